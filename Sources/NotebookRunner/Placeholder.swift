// NotebookRunner
