/// The standalone page around a handout's body: the course links, embedded CSS, KaTeX when the page has math.
public enum HandoutPage {
    /// The page; `title` and `body` are HTML already.
    public static func wrap(title: String, body: String, math: MathSetting, course: CourseLinks, generatedOn: String?) -> String {
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
        page += math.head(root: course.root)
        let navigation = course.html()
        page += "</head>\n<body>\n" + navigation + "<main>\n"
        if let date = generatedOn { page += "<p class=\"generated\">Generated \(HTMLEscaping.escape(date))</p>\n" }
        return page + body + "</main>\n" + navigation + "</body>\n</html>\n"
    }

    /// The table of contents (levels 2 and 3), or `""` for a page with fewer than three sections.
    static func contents(_ entries: [(level: Int, id: String, title: String)]) -> String {
        let sections = entries.filter { $0.level >= 2 && $0.level <= 3 }
        guard sections.count >= 3 else { return "" }
        var html = "<nav class=\"contents\"><p>Contents</p><ul>\n"
        for entry in sections {
            html += "<li class=\"level\(entry.level)\"><a href=\"#\(entry.id)\">\(entry.title)</a></li>\n"
        }
        return html + "</ul></nav>\n"
    }

    /// Styles for a desktop, a phone (390 px: nothing wider than the page; wide tables, outputs, plots
    /// and equations scroll inside their own box) and print (a cell's code and output on one page where
    /// they fit; no course links). Highlighted Swift differs by weight and slant as well as colour, so it
    /// reads in black and white.
    static let stylesheet = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --code-bg: #f5f7fa; --out-bg: #fffdf6; --accent: #2a5db0; }
    html { font-size: 17px; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #fff; font-family: "Charter", "Georgia", "Cambria", serif; line-height: 1.55; }
    main { max-width: 46rem; margin: 1.5rem auto 2.5rem; padding: 0 1.25rem; overflow-wrap: break-word; }
    h1, h2, h3, h4 { font-family: "Helvetica Neue", "Arial", sans-serif; line-height: 1.25; margin: 2rem 0 0.75rem; break-after: avoid; }
    h1 { font-size: 2rem; margin-top: 0; } h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; } h3 { font-size: 1.15rem; }
    a { color: var(--accent); } a.anchor { text-decoration: none; }
    p, li { hyphens: auto; }
    code, pre { font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; font-size: 0.82rem; }
    :not(pre) > code { background: var(--code-bg); padding: 0.05rem 0.25rem; border-radius: 3px; overflow-wrap: anywhere; }
    pre { overflow-x: auto; padding: 0.7rem 0.9rem; line-height: 1.4; margin: 0.9rem 0; max-width: 100%; box-sizing: border-box; }
    pre:has(> code.language-swift) { background: var(--code-bg); border-left: 4px solid var(--accent); border-radius: 0 4px 4px 0; }
    code .kw { color: #8a1f8a; font-weight: 700; } code .ty { color: #0b5e75; font-style: italic; }
    code .num { color: #1c3fb0; } code .str { color: #a8321a; } code .com { color: #5a6b5d; font-style: italic; }
    code .attr { color: #7a5200; font-weight: 700; }
    div.cell { margin: 0.9rem 0 1.2rem; } div.cell > pre { margin-bottom: 0; }
    div.output { margin: -0.5rem 0 1.2rem; border-left: 4px solid #c9a227; background: var(--out-bg); padding: 0.1rem 0.9rem; overflow-x: auto; }
    div.cell > div.output { margin: 0; }
    div.output::before { content: "output"; display: block; font: 600 0.7rem "Helvetica Neue", Arial, sans-serif; color: var(--muted); letter-spacing: 0.06em; text-transform: uppercase; margin-top: 0.4rem; }
    div.output pre { background: none; padding: 0.3rem 0; margin: 0.3rem 0; }
    div.output.error { border-left-color: #b3261e; background: #fdf3f2; }
    div.output.error::before { content: "error (expected)"; color: #b3261e; }
    table { border-collapse: collapse; margin: 0.5rem 0 0.8rem; font-size: 0.9rem; display: block; width: max-content; max-width: 100%; overflow-x: auto; }
    div.output table { font-family: "DejaVu Sans Mono", "Menlo", monospace; font-size: 0.8rem; }
    div.output td, div.output th, td.num, th.num { white-space: nowrap; }
    p.caption { margin: 0.7rem 0 0; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.8rem; color: var(--muted); break-after: avoid; }
    th, td { padding: 0.15rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; }
    th { border-bottom: 2px solid var(--ink); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    td[align="right"], th[align="right"] { text-align: right; } td[align="center"], th[align="center"] { text-align: center; }
    li:has(> input[type="checkbox"]) { list-style: none; } li > input[type="checkbox"] { margin: 0 0.4rem 0 -1.2rem; }
    table.grid td { border: none; } table.grid { border-left: 2px solid var(--ink); border-right: 2px solid var(--ink); }
    figure.plot { margin: 0.6rem 0; overflow-x: auto; } figure.plot svg { width: 100%; height: auto; max-width: 40rem; min-width: 28rem; display: block; }
    .katex-display { overflow-x: auto; overflow-y: hidden; padding: 0.2rem 0; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid var(--rule); color: #333; }
    nav.contents { border: 1px solid var(--rule); padding: 0.4rem 1rem; margin: 1rem 0 2rem; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.9rem; }
    nav.contents p { margin: 0.3rem 0; font-weight: 600; } nav.contents ul { margin: 0.2rem 0; padding-left: 1.2rem; } nav.contents li.level3 { margin-left: 1.2rem; }
    nav.course { max-width: 46rem; margin: 1rem auto; padding: 0 1.25rem; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.85rem; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; justify-content: space-between; }
    p.byline { margin: -0.3rem 0 0.3rem; font-family: "Helvetica Neue", Arial, sans-serif; color: var(--muted); }
    p.description { font-style: italic; color: #333; }
    p.generated { color: var(--muted); font-size: 0.85rem; }
    table.index { font-family: "Helvetica Neue", Arial, sans-serif; }
    table.index td.status-ok { color: #1e7b34; } table.index td.status-failed, table.index td.status-missing { color: #b3261e; }
    table.index td.description { min-width: 12rem; }
    @media (max-width: 30rem) { html { font-size: 16px; } main, nav.course { padding: 0 0.8rem; } pre { padding: 0.6rem 0.7rem; } }
    @media print {
      html { font-size: 11pt; } main { max-width: none; margin: 0; } nav.course { display: none; }
      a { color: inherit; text-decoration: none; }
      div.cell, pre, div.output, figure, table, p.caption + table { break-inside: avoid; }
      pre, div.output pre { white-space: pre-wrap; overflow-wrap: anywhere; }
      table { display: table; width: auto; } div.output table { font-size: 0.72rem; }
      figure.plot svg { min-width: 0; }
    }
    """
}
