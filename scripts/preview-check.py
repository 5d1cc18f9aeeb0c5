#!/usr/bin/env python3
"""make preview-check: `nbrun preview` in headless Chromium. Serves a scratch notebook, opens its page,
edits the notebook and waits for the page's text to change without a navigation (a mark set on the
page's window survives only if the page was not reloaded). Then breaks a cell and waits for the
draft banner, and fixes it and waits for the handout again.

Usage: scripts/preview-check.py NBRUN
Exit status 0 when every step is seen within 10 s, 1 otherwise, 2 when Chromium or the preview cannot start."""
import importlib.util, os, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("browser_check", os.path.join(HERE, "browser-check.py"))
browser_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(browser_check)

NOTEBOOK = "# Preview check\n\nThe answer is below.\n\n```swift\nlet answer = {value}\nanswer\n```\n"

def evaluate(tools, session, expression):
    return tools.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                      session=session).get("result", {}).get("value")

def wait_until(tools, session, expression, what, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if evaluate(tools, session, expression):
            return True
        time.sleep(0.05)
    print(f"error: {what} not seen within {timeout} s", file=sys.stderr)
    return False

def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    binary = browser_check.find_chromium()
    if not binary:
        print("error: Chromium not found; install Debian's 'chromium' package", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="nbrun-preview-check-")
    notebook = os.path.join(folder, "notebooks", "check.md")
    os.makedirs(os.path.dirname(notebook))
    with open(notebook, "w") as handle:
        handle.write(NOTEBOOK.format(value="1234 + 1"))
    server = subprocess.Popen([argv[0], "preview", os.path.join(folder, "notebooks"), "--port", "0", "--math", "none",
                               "--output", os.path.join(folder, "output")], stdout=subprocess.PIPE, text=True)
    tools = None
    try:
        port = None
        for line in server.stdout:
            match = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            print("error: nbrun preview did not say where it serves", file=sys.stderr)
            return 2
        tools = browser_check.DevTools(binary, allow_loopback=True)
        target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime"):
            tools.call(f"{domain}.enable", session=session)
        tools.call("Page.navigate", {"url": f"http://127.0.0.1:{port}/check.html"}, session=session)
        tools.wait_for("Page.loadEventFired", timeout=30)
        if not wait_until(tools, session, "document.body.innerText.includes('1235')", "the first page"):
            return 1
        evaluate(tools, session, "window.nbrunMark = 'not reloaded'; true")
        time.sleep(0.3)  # the page's socket connects
        steps = [("1234 + 2", "document.body.innerText.includes('1236')", "the edited value"),
                 ("1234 + missing", "document.body.innerText.includes('Draft: 1 error')", "the draft banner"),
                 ("1234 + 3", "document.body.innerText.includes('1237') && !document.body.innerText.includes('Draft')", "the fixed page")]
        for value, expression, what in steps:
            started = time.time()
            with open(notebook, "w") as handle:
                handle.write(NOTEBOOK.format(value=value))
            if not wait_until(tools, session, expression, what):
                return 1
            if evaluate(tools, session, "window.nbrunMark") != "not reloaded":
                print(f"error: the page navigated to show {what}", file=sys.stderr)
                return 1
            print(f"preview check: {what} shown {1000 * (time.time() - started):.0f} ms after the save, without a navigation")
        return 0
    finally:
        if tools:
            tools.close()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
