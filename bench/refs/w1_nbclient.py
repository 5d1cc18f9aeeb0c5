"""W1 reference, in-process: execute bench/refs/xor.ipynb with nbclient (a fresh kernel each run,
as a render does) and export it to Markdown with nbconvert, without a new Python process.
The whole-process reference is `jupyter nbconvert --to markdown --execute bench/refs/xor.ipynb`."""
import os

import benchserve

HERE = os.path.dirname(os.path.abspath(__file__))


def setup():
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import MarkdownExporter
    return nbformat, NotebookClient, MarkdownExporter()


def run(state, arg):
    nbformat, NotebookClient, exporter = state
    start = benchserve.clock()
    nb = nbformat.read(os.path.join(HERE, "xor.ipynb"), as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": HERE}}).execute()
    markdown, _ = exporter.from_notebook_node(nb)
    return benchserve.clock() - start, {"chars": len(markdown)}


if __name__ == "__main__":
    benchserve.main(setup, run, label="W1 nbclient in-process")
