#!/usr/bin/env python3
"""Opens every HTML handout offline in headless Chromium, at 1280 and 390 px, and fails on what a reader would see wrong.

Usage: scripts/browser-check.py [--screenshots DIR] PAGE.html...

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe), so it needs
nothing but Python's standard library and Debian's `chromium`. The network is off (every host name
fails to resolve), as on a train or in an exam room. For each page, at each width, it waits for the
load event and fails on:
- console errors, uncaught exceptions, resources that fail to load (local or from the network);
- a page without <main> content;
- math left as TeX: a span.math that KaTeX did not typeset, a KaTeX error, or `$…$` text outside code;
- horizontal overflow: the page wider than the window, or a box whose content is cut off (overflow
  hidden or clipped) instead of scrolling;
- a plot whose tick labels are drawn smaller than 8 px;
- fewer <table>s in the prose than pipe tables in the page's Markdown handout (NAME.md beside it).
It saves full-page screenshots DIR/NAME-1280.png and DIR/NAME-390.png and a print of the page,
DIR/NAME.pdf (default DIR: screenshots/). Exit status: 0 all pages clean, 1 a page had errors,
2 Chromium missing.
"""
import base64, json, os, shutil, subprocess, sys, time

def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None

class DevTools:
    # Every host name fails to resolve; `allow_loopback` lets pages reach 127.0.0.1 (the preview check).
    def __init__(self, binary, allow_loopback=False):
        self.to_browser_r, self.to_browser_w = os.pipe()
        self.from_browser_r, self.from_browser_w = os.pipe()
        def wire():
            os.dup2(self.to_browser_r, 3)
            os.dup2(self.from_browser_w, 4)
        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--hide-scrollbars", "--window-size=1280,1400", "--host-resolver-rules=MAP * ~NOTFOUND" + (", EXCLUDE 127.0.0.1" if allow_loopback else ""), "--no-first-run", "--allow-file-access-from-files",
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

# Runs in the page; returns a list of problems a reader would see.
PAGE_PROBLEMS = r"""
(() => {
  const problems = [];
  const main = document.querySelector('main');
  if (!main || !main.textContent.trim()) return ['the page has no <main> content'];
  const untypeset = [...document.querySelectorAll('span.math')].filter(span => !span.querySelector('.katex'));
  if (untypeset.length) problems.push(`${untypeset.length} math element(s) not typeset, first: ${untypeset[0].textContent.slice(0, 60)}`);
  const errors = document.querySelectorAll('.katex-error');
  if (errors.length) problems.push(`${errors.length} KaTeX error(s), first: ${errors[0].getAttribute('title') || errors[0].textContent}`);
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: node => node.parentElement.closest('pre, code, .katex, .output, script, style')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
  const raw = [];
  for (let node; (node = walker.nextNode());) {
    const match = node.textContent.match(/\$\$[^$]+\$\$|\$[^\s$][^$]*\\[A-Za-z]+[^$]*\$/);
    if (match) raw.push(match[0].slice(0, 60));
  }
  if (raw.length) problems.push(`${raw.length} raw TeX text(s) left in the page, first: ${raw[0]}`);
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1)
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
  for (const box of document.querySelectorAll('main pre, main div.output, main table, main figure, main .katex-display')) {
    const style = getComputedStyle(box);
    if (box.scrollWidth > box.clientWidth + 1 && !['auto', 'scroll'].includes(style.overflowX)) {
      problems.push(`a ${box.tagName.toLowerCase()} cuts off its content (${box.scrollWidth} px in ${box.clientWidth} px, overflow ${style.overflowX}): ${box.textContent.slice(0, 40)}`);
      break;
    }
  }
  let smallest = Infinity, smallestText = '';
  for (const svg of document.querySelectorAll('figure.plot svg')) {
    const box = svg.getBoundingClientRect(), view = svg.viewBox.baseVal;
    if (!view || !view.width || !box.width) continue;
    for (const text of svg.querySelectorAll('text')) {
      const size = parseFloat(getComputedStyle(text).fontSize) * box.width / view.width;
      if (size < smallest) { smallest = size; smallestText = text.textContent; }
    }
  }
  if (smallest < 8) problems.push(`a plot label is drawn at ${smallest.toFixed(1)} px ("${smallestText}")`);
  const tables = [...main.querySelectorAll('table')].filter(table => !table.closest('.output')).length;
  return { problems, tables };
})()
"""

def markdown_tables(path):
    """Pipe tables in a Markdown handout: a delimiter row (| --- | :-: |) under a row with a pipe, outside fences."""
    try:
        lines = open(path, encoding="utf-8").read().split("\n")
    except OSError:
        return None
    import re
    delimiter = re.compile(r"^\s*(>\s*)*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
    count, fence = 0, None
    for index, line in enumerate(lines):
        stripped = line.lstrip("> \t")
        if fence:
            if stripped.startswith(fence):
                fence = None
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            continue
        if "|" in line and delimiter.match(line) and index > 0 and "|" in lines[index - 1]:
            count += 1
    return count

def check_page(tools, path, screenshots, name):
    url = "file://" + os.path.abspath(path)
    target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        tools.call(f"{domain}.enable", session=session)
    problems, shots = [], []
    expected_tables = markdown_tables(os.path.splitext(path)[0] + ".md")
    os.makedirs(screenshots, exist_ok=True)
    for width in (1280, 390):
        tools.call("Emulation.setDeviceMetricsOverride",
                   {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session=session)
        tools.events.clear()
        tools.call("Page.navigate", {"url": url}, session=session)
        try:
            tools.wait_for("Page.loadEventFired", timeout=30)
        except TimeoutError:
            problems.append(f"{width} px: the page did not finish loading within 30 s")
        time.sleep(0.3)  # let late console messages and fonts arrive
        found = tools.call("Runtime.evaluate", {"expression": PAGE_PROBLEMS, "returnByValue": True},
                           session=session).get("result", {}).get("value", {})
        if isinstance(found, list):
            found = {"problems": found, "tables": None}
        problems += [f"{width} px: {problem}" for problem in found.get("problems", [])]
        if width == 1280 and expected_tables is not None and found.get("tables") is not None \
                and found["tables"] < expected_tables:
            problems.append(f"the Markdown handout has {expected_tables} pipe table(s), the page {found['tables']} <table>(s)")
        shot = tools.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=session)
        shots.append(os.path.join(screenshots, f"{name}-{width}.png"))
        with open(shots[-1], "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))
        for event in tools.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                problems.append(f"{width} px: uncaught exception: " + details.get("exception", {}).get("description", details.get("text", "")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                problems.append(f"{width} px: console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                problems.append(f"{width} px: {entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                problems.append(f"{width} px: a resource failed to load ({params.get('errorText')})")
    pdf = tools.call("Page.printToPDF", {"printBackground": True}, session=session, timeout=60)
    with open(os.path.join(screenshots, name + ".pdf"), "wb") as handle:
        handle.write(base64.b64decode(pdf["data"]))
    tools.events.clear()
    tools.call("Target.closeTarget", {"targetId": target})
    seen = set()
    problems = [p for p in problems if not (p in seen or seen.add(p))]
    return problems, [], ", ".join(shots)

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
        # Screenshots are named by the page's path under the pages' common folder (week1-intro-390.png).
        common = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in argv])
        for path in argv:
            name = os.path.splitext(os.path.relpath(os.path.abspath(path), common))[0].replace(os.sep, "-")
            problems, notes, shot = check_page(tools, path, screenshots, name)
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
