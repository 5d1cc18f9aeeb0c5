#!/usr/bin/env python3
"""make export-check: the cells are Swift. Exports notebooks with `nbrun export` into one SwiftPM
package, builds it once against nbrun's NotebookKit library, runs each notebook's program and
compares what it prints with the output blocks of the committed handout output/NAME.md.

Usage: scripts/export-check.py NBRUN PACKAGE_DIR NOTEBOOK...
Exit status 0 when every program compiles and prints its handout's outputs, 1 otherwise."""
import difflib
import os
import re
import subprocess
import sys


def output_blocks(handout_path):
    """The text of the ```output blocks of a Markdown handout, in order, joined; a should-fail cell's
    block (its error) is left out, since the exported program keeps that cell as a comment."""
    with open(handout_path, encoding="utf-8") as handout:
        text = handout.read()
    blocks = re.findall(r"^```swift([^\n]*)\n.*?^```\n(?:```output\n(.*?)^```\n)?", text, re.S | re.M)
    return "".join(output for info, output in blocks if "should-fail" not in info.split())


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    nbrun, package, notebooks = sys.argv[1], sys.argv[2], sys.argv[3:]
    subprocess.run([nbrun, "export", "--output", package, *notebooks], check=True)
    build = subprocess.run(["swift", "build", "--package-path", package], capture_output=True, text=True)
    if build.returncode != 0:
        errors = sorted({line for line in build.stdout.splitlines() + build.stderr.splitlines() if "error:" in line})
        print("\n".join(errors[:60]))
        print(f"export-check: the exported package does not compile ({len(errors)} errors)")
        return 1
    failed = 0
    for notebook in notebooks:
        name = os.path.splitext(os.path.basename(notebook))[0]
        run = subprocess.run(["swift", "run", "--skip-build", "--package-path", package, name],
                             capture_output=True, text=True)
        expected = output_blocks(os.path.join("output", name + ".md"))
        if run.returncode != 0 or run.stdout != expected:
            failed += 1
            print(f"{notebook}: the exported program's output differs from output/{name}.md (exit {run.returncode})")
            print(run.stderr[-2000:], end="")
            diff = difflib.unified_diff(expected.splitlines(), run.stdout.splitlines(),
                                        f"output/{name}.md", f"swift run {name}", lineterm="")
            print("\n".join(list(diff)[:80]))
        else:
            print(f"{notebook}: compiled, and its program prints the handout's {expected.count(chr(10))} output lines")
    print(f"export-check: {len(notebooks) - failed} of {len(notebooks)} notebooks compile and print their handouts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
