#!/usr/bin/env python3
"""Opens every HTML handout in headless Chromium and fails on console errors or a page that does not load.

Usage: scripts/browser-check.py [--screenshots DIR] PAGE.html...

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe), so it needs
nothing but Python's standard library and Debian's `chromium`. For each page it waits for the load
event, collects console errors, uncaught exceptions and failed local resources, checks the page has
a <main> element with content, and saves a full-page screenshot to DIR/NAME.png (default
screenshots/). Resources from the network (the MathJax CDN) may fail offline; those are reported
as notes, not errors. Exit status: 0 all pages clean, 1 a page had errors, 2 Chromium missing.
"""
import base64, json, os, shutil, subprocess, sys, time

def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None

class DevTools:
    def __init__(self, binary):
        self.to_browser_r, self.to_browser_w = os.pipe()
        self.from_browser_r, self.from_browser_w = os.pipe()
        def wire():
            os.dup2(self.to_browser_r, 3)
            os.dup2(self.from_browser_w, 4)
        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--hide-scrollbars", "--window-size=1000,1400", "--no-first-run", "--allow-file-access-from-files",
             "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(self.to_browser_r)
        os.close(self.from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser_w, json.dumps(message).encode() + b"\0")
        return self.next_id

    def read(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            import select
            ready, _, _ = select.select([self.from_browser_r], [], [], 0.2)
            if ready:
                chunk = os.read(self.from_browser_r, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None, timeout=30):
        ident = self.send(method, params, session)
        deadline = time.time() + timeout
        while True:
            message = self.read(deadline)
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        while True:
            message = self.read(deadline)
            if message.get("method") == method:
                return message
            self.events.append(message)

    def close(self):
        try:
            self.send("Browser.close")
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

def check_page(tools, path, screenshots):
    url = "file://" + os.path.abspath(path)
    target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        tools.call(f"{domain}.enable", session=session)
    tools.events.clear()
    tools.call("Page.navigate", {"url": url}, session=session)
    problems, notes = [], []
    try:
        tools.wait_for("Page.loadEventFired", timeout=30)
    except TimeoutError:
        problems.append("the page did not finish loading within 30 s")
    time.sleep(0.3)  # let late console messages arrive
    main = tools.call("Runtime.evaluate", {"expression": "(document.querySelector('main') || {}).textContent || ''",
                                           "returnByValue": True}, session=session)
    if not main.get("result", {}).get("value", "").strip():
        problems.append("the page has no <main> content")
    shot = tools.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=session)
    os.makedirs(screenshots, exist_ok=True)
    name = os.path.splitext(os.path.basename(path))[0] + ".png"
    with open(os.path.join(screenshots, name), "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))
    for event in tools.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            problems.append("uncaught exception: " + details.get("exception", {}).get("description", details.get("text", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            if entry.get("url", "").startswith(("http://", "https://")):
                notes.append(f"network resource unavailable (offline?): {entry.get('url')}")
            else:
                problems.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
    tools.events.clear()
    tools.call("Target.closeTarget", {"targetId": target})
    return problems, notes, os.path.join(screenshots, name)

def main(argv):
    screenshots = "screenshots"
    if len(argv) >= 2 and argv[0] == "--screenshots":
        screenshots, argv = argv[1], argv[2:]
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary = find_chromium()
    if not binary:
        print("error: Chromium not found; install Debian's 'chromium' package (make browser-check does)", file=sys.stderr)
        return 2
    tools = DevTools(binary)
    failed = 0
    try:
        for path in argv:
            problems, notes, shot = check_page(tools, path, screenshots)
            status = "ok" if not problems else "FAILED"
            print(f"{path}: {status}, screenshot {shot}")
            for note in notes:
                print(f"  note: {note}")
            for problem in problems:
                print(f"  error: {problem}")
            failed += bool(problems)
    finally:
        tools.close()
    print(f"browser check: {len(argv) - failed} of {len(argv)} pages clean")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
