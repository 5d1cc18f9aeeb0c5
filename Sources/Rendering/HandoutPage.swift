/// The standalone page around a handout's body: title, table of contents, embedded CSS, MathJax.
enum HandoutPage {
    /// The page; `title`, `body` and the contents' titles are HTML already.
    static func wrap(title: String, body: String, contents: [(level: Int, id: String, title: String)],
                     options: HTMLHandout.Options) -> String {
        var page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="nbrun">
        <title>\(title)</title>
        <style>
        \(stylesheet)
        </style>

        """
        if options.mathJax { page += mathJax }
        page += "</head>\n<body>\n<main>\n"
        if let date = options.generatedOn { page += "<p class=\"generated\">Generated \(HTMLEscaping.escape(date))</p>\n" }
        let sections = contents.filter { $0.level >= 2 && $0.level <= 3 }
        if sections.count >= 3 {
            page += "<nav class=\"contents\"><p>Contents</p><ul>\n"
            for entry in sections {
                page += "<li class=\"level\(entry.level)\"><a href=\"#\(entry.id)\">\(entry.title)</a></li>\n"
            }
            page += "</ul></nav>\n"
        }
        return page + body + "</main>\n</body>\n</html>\n"
    }

    /// MathJax 3 from its CDN, configured for `$…$` and `$$…$$`; a page offline simply shows the TeX.
    static let mathJax = """
    <script>
    window.MathJax = { tex: { inlineMath: [['$', '$'], ['\\\\(', '\\\\)']], displayMath: [['$$', '$$'], ['\\\\[', '\\\\]']] },
                       options: { skipHtmlTags: ['script', 'noscript', 'style', 'textarea', 'pre', 'code'] } };
    </script>
    <script async src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js" onerror="void 0"></script>

    """

    /// Print-friendly styles: readable prose width, code and output set apart, no plot split across pages.
    static let stylesheet = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --code-bg: #f5f7fa; --out-bg: #fffdf6; --accent: #2a5db0; }
    html { font-size: 17px; }
    body { margin: 0; color: var(--ink); background: #fff; font-family: "Charter", "Georgia", "Cambria", serif; line-height: 1.55; }
    main { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
    h1, h2, h3, h4 { font-family: "Helvetica Neue", "Arial", sans-serif; line-height: 1.25; margin: 2rem 0 0.75rem; break-after: avoid; }
    h1 { font-size: 2rem; margin-top: 0; } h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; } h3 { font-size: 1.15rem; }
    a { color: var(--accent); } a.anchor { text-decoration: none; }
    p, li { hyphens: auto; }
    code, pre { font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; font-size: 0.82rem; }
    :not(pre) > code { background: var(--code-bg); padding: 0.05rem 0.25rem; border-radius: 3px; }
    pre { overflow-x: auto; padding: 0.7rem 0.9rem; line-height: 1.4; margin: 0.9rem 0; }
    pre > code[class^="language-swift"], pre:has(> code[class^="language-swift"]) { background: var(--code-bg); }
    pre:has(> code[class^="language-swift"]) { border-left: 4px solid var(--accent); border-radius: 0 4px 4px 0; }
    div.output { margin: -0.5rem 0 1.2rem; border-left: 4px solid #c9a227; background: var(--out-bg); padding: 0.1rem 0.9rem; break-inside: avoid; }
    div.output::before { content: "output"; display: block; font: 600 0.7rem "Helvetica Neue", Arial, sans-serif; color: var(--muted); letter-spacing: 0.06em; text-transform: uppercase; margin-top: 0.4rem; }
    div.output pre { background: none; padding: 0.3rem 0; margin: 0.3rem 0; }
    div.output.error { border-left-color: #b3261e; background: #fdf3f2; }
    div.output.error::before { content: "error (expected)"; color: #b3261e; }
    table { border-collapse: collapse; margin: 0.5rem 0 0.8rem; font-family: "DejaVu Sans Mono", "Menlo", monospace; font-size: 0.8rem; break-inside: avoid; }
    p.caption { margin: 0.7rem 0 0; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.8rem; color: var(--muted); break-after: avoid; }
    th, td { padding: 0.15rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; }
    th { border-bottom: 2px solid var(--ink); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.grid td { border: none; } table.grid { border-left: 2px solid var(--ink); border-right: 2px solid var(--ink); }
    figure.plot { margin: 0.6rem 0; break-inside: avoid; } figure.plot svg { width: 100%; height: auto; max-width: 40rem; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid var(--rule); color: #333; }
    nav.contents { border: 1px solid var(--rule); padding: 0.4rem 1rem; margin: 1rem 0 2rem; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.9rem; }
    nav.contents p { margin: 0.3rem 0; font-weight: 600; } nav.contents ul { margin: 0.2rem 0; padding-left: 1.2rem; } nav.contents li.level3 { margin-left: 1.2rem; }
    p.generated { color: var(--muted); font-size: 0.85rem; }
    table.index { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.9rem; }
    table.index td.status-ok { color: #1e7b34; } table.index td.status-failed { color: #b3261e; }
    @media print {
      html { font-size: 11pt; } main { max-width: none; margin: 0; }
      a { color: inherit; text-decoration: none; } nav.contents { break-after: page; }
      pre, div.output, figure, table { break-inside: avoid; } pre { white-space: pre-wrap; }
    }
    """
}
