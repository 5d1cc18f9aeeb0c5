import Rendering

/// What a preview adds to every page it serves: a script that listens for the page's path on the
/// reload socket and then swaps in the new page's body (so the scroll position stays and nothing
/// navigates), and, on a draft, a banner naming the first error.
enum ReloadScript {
    /// The WebSocket path pages listen on.
    static let socketPath = "/__nbrun/events"

    /// The script: reconnects every second while the server is away; re-typesets math as the page's own
    /// script does on load.
    static let script = """
    <script>
    (function () {
      var path = location.pathname === "/" ? "/index.html" : location.pathname;
      function typeset(root) {
        if (!window.katex) return;
        root.querySelectorAll("span.math").forEach(function (span) {
          var display = span.classList.contains("display"), fence = display ? 2 : 1;
          katex.render(span.textContent.slice(fence, -fence), span, { displayMode: display, throwOnError: false });
        });
      }
      function connect() {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
        socket.onmessage = function (event) {
          if (event.data !== path) return;
          fetch(path, { cache: "no-store" }).then(function (response) { return response.text(); }).then(function (text) {
            var page = new DOMParser().parseFromString(text, "text/html");
            document.title = page.title;
            document.body.className = page.body.className;
            document.body.innerHTML = page.body.innerHTML;
            typeset(document.body);
            document.dispatchEvent(new CustomEvent("nbrun:reloaded"));
          });
        };
        socket.onclose = function () { setTimeout(connect, 1000); };
      }
      connect();
    })();
    </script>
    """

    /// `html` with the script before `</body>`, and with `banner` (HTML) at the top of the body.
    static func inject(into html: String, banner: String?) -> String {
        var page = html
        if let banner, let body = page.range(of: "<body") , let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: "\n" + banner, at: page.index(after: end))
        }
        if let close = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script + "\n", at: close.lowerBound)
        } else {
            page += script
        }
        return page
    }

    /// The banner of a draft: how many errors, the first in full.
    static func draftBanner(errors: [String]) -> String {
        let first = errors.first.map { "<pre style=\"white-space: pre-wrap; margin: 0.4rem 0 0\">" + HTMLEscaping.escape($0) + "</pre>" } ?? ""
        return """
        <div class="nbrun-draft" role="alert" style="border: 2px solid #b3261e; background: #fdf3f2; color: #5c0f0a; padding: 0.6rem 0.9rem; margin: 0 0 1rem; font: 0.95rem/1.4 system-ui, sans-serif"><strong>Draft: \(errors.count) error\(errors.count == 1 ? "" : "s")</strong>; the handouts in the output folder are the last good ones.\(first)</div>
        <style>div.output.error::before { content: "error"; }</style>
        """
    }
}
