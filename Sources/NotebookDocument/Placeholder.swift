// NotebookDocument
