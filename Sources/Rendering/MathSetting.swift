/// How a handout typesets its TeX math (`--math`).
///
/// Every setting typesets with KaTeX 0.16.4, the version Debian's `libjs-katex` ships, so a page reads
/// the same whichever loads it.
public enum MathSetting: String, Sendable, Codable, CaseIterable {
    /// `local`: KaTeX from the output folder's `assets/katex/`, copied there by nbrun; works offline.
    case local
    /// `cdn`: KaTeX from jsDelivr; the output folder holds no assets, the page needs the network.
    case cdn
    /// `none`: no typesetting; the page shows the TeX as written.
    case none

    /// The KaTeX version the CDN setting loads, the one Debian's `libjs-katex` installs.
    public static let katexVersion = "0.16.4"

    /// The script a page loads in the `local` setting, relative to the output folder; with the style
    /// sheet and the fonts it names, the only files the page needs.
    public static let localScript = "assets/katex/katex.min.js"
    /// The style sheet a page loads in the `local` setting, relative to the output folder.
    public static let localStyleSheet = "assets/katex/katex.min.css"

    /// The `<head>` elements that load and start KaTeX, for a page `root` away from the output folder
    /// (`""`, or `"../"` for a handout in a sub-folder); empty for ``none``.
    func head(root: String) -> String {
        let styleSheet: String, scripts: [String]
        switch self {
        case .none: return ""
        case .local:
            styleSheet = root + Self.localStyleSheet
            scripts = [root + Self.localScript]
        case .cdn:
            let base = "https://cdn.jsdelivr.net/npm/katex@\(Self.katexVersion)/dist/"
            styleSheet = base + "katex.min.css"
            scripts = [base + "katex.min.js"]
        }
        var head = "<link rel=\"stylesheet\" href=\"\(styleSheet)\">\n"
        for script in scripts { head += "<script defer src=\"\(script)\"></script>\n" }
        // Deferred scripts run before DOMContentLoaded. Only the spans the math reader marked are typeset,
        // each from its own text without the dollars; without KaTeX the TeX stays readable as written.
        return head + """
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          if (!window.katex) return;
          document.querySelectorAll("span.math").forEach(function (span) {
            var display = span.classList.contains("display"), fence = display ? 2 : 1;
            katex.render(span.textContent.slice(fence, -fence), span, { displayMode: display, throwOnError: false });
          });
        });
        </script>

        """
    }
}
