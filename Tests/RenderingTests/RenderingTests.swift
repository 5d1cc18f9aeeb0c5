import Display
import NotebookDocument
import Testing
@testable import Rendering

private func html(_ text: String, _ cells: [Int: CellPresentation] = [:], mathJax: Bool = true) throws -> String {
    HTMLHandout.render(try Notebook(path: "n/t.md", text: text), cells: cells, options: .init(mathJax: mathJax))
}

private func body(_ page: String) -> String {
    guard let start = page.range(of: "<main>\n"), let end = page.range(of: "</main>") else { return page }
    return String(page[start.upperBound..<end.lowerBound])
}

@Test func mathReachesTheHTMLVerbatim() throws {
    let page = try html("The weight $w_{ij}^{\\ell}$ and *x* and $a < b$.\n\n$$\nz_i = \\sum_j w_{ij} h_j\n$$\n")
    #expect(body(page) == "<p>The weight $w_{ij}^{\\ell}$ and <em>x</em> and $a &lt; b$.</p>\n<p>$$\nz_i = \\sum_j w_{ij} h_j\n$$</p>\n")
}

@Test func dollarsThatAreNotMathStayText() throws {
    #expect(body(try html("It costs $5 and $6.\n\nEscaped \\$x_1\\$ and `$y_1$` stay.\n")) ==
            "<p>It costs $5 and $6.</p>\n<p>Escaped \\$x_1\\$ and <code>$y_1$</code> stay.</p>\n")
}

@Test func mathInsideCodeBlocksIsUntouched() throws {
    #expect(body(try html("```\n$a_b$ *c*\n```\n")) == "<pre><code>$a_b$ *c*\n</code></pre>\n")
}

@Test func outputsRenderAsTablesAndTextAfterTheirCell() throws {
    let table = Table(caption: "layer 1", header: ["x", "h"], rows: [["0", "0.5"], ["1", "0.731059"]])
    let cells = [0: CellPresentation(blocks: [.text("hello <b>"), .table(table)])]
    let result = body(try html("```swift\nprint(1)\n```\n", cells))
    #expect(result == """
    <pre><code class="language-swift">print(1)
    </code></pre>
    <div class="output">
    <pre>hello &lt;b&gt;</pre>
    <p class="caption">layer 1</p><table><thead><tr><th class="num">x</th><th class="num">h</th></tr></thead><tbody><tr><td class="num">0</td><td class="num">0.5</td></tr><tr><td class="num">1</td><td class="num">0.731059</td></tr></tbody></table>
    </div>

    """)
}

@Test func expectedErrorsAreMarkedAndHiddenCodeIsDropped() throws {
    let cells = [0: CellPresentation(blocks: [.text("t.md:2:1: error: boom")], isError: true, hideCode: true)]
    let result = body(try html("```swift should-fail hide-code\nboom\n```\n", cells))
    #expect(result == "<div class=\"output error\">\n<pre>t.md:2:1: error: boom</pre>\n</div>\n")
}

@Test func pageHasTitleContentsAndOptionalMathJax() throws {
    let text = "# Learning $XOR$\n\n## One\n\n## Two\n\n## Two\n"
    let page = try html(text)
    #expect(page.contains("<title>Learning $XOR$</title>"))
    #expect(page.contains("<h2><a class=\"anchor\" id=\"two-2\" href=\"#two-2\"></a>Two</h2>"))
    #expect(page.contains("<nav class=\"contents\">"))
    #expect(page.contains("mathjax"))
    #expect(!(try html(text, mathJax: false)).contains("mathjax"))
    #expect(!page.contains("Generated"))
}

@Test func markdownHandoutShowsTextOfEveryBlock() throws {
    let notebook = try Notebook(path: "t.md", text: "```swift\nx\n```\n```swift hide-output\ny\n```\n")
    let cells = [0: CellPresentation(blocks: [.text("a"), .table(Table(numbers: [[1, 2]]))]),
                 1: CellPresentation(blocks: [.text("b")], showsOutput: false)]
    #expect(MarkdownHandout.render(notebook, cells: cells) == "```swift\nx\n```\n```output\na\n\n1  2\n```\n```swift hide-output\ny\n```\n")
}

@Test func indexListsEveryHandout() {
    let page = IndexPage.render(title: "Course", entries: [.init(file: "xor.html", title: "XOR & friends", status: "ok", cells: 3)])
    #expect(page.contains("<a href=\"xor.html\">XOR &amp; friends</a>"))
    #expect(page.contains("<td class=\"status-ok\">ok</td>"))
}

/// GitHub Flavored Markdown in prose, as the GFM spec's examples give it (tables 198, strikethrough 491,
/// extended autolinks 622); task lists and footnotes by what they must contain.
@Test func proseIsReadAsGitHubFlavoredMarkdown() throws {
    let table = "| foo | bar |\n| --- | --- |\n| baz | bim |\n"
    #expect(body(try html(table)) ==
            "<table>\n<thead>\n<tr>\n<th>foo</th>\n<th>bar</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>baz</td>\n<td>bim</td>\n</tr>\n</tbody>\n</table>\n")
    #expect(body(try html("~~Hi~~ Hello, world!\n")) == "<p><del>Hi</del> Hello, world!</p>\n")
    #expect(body(try html("Visit www.commonmark.org/help for more information.\n")) ==
            "<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> for more information.</p>\n")

    let tasks = body(try html("- [ ] foo\n- [x] bar\n"))
    let items = tasks.split(separator: "\n").filter { $0.hasPrefix("<li>") }
    #expect(items.count == 2)
    #expect(items.allSatisfy { $0.contains("type=\"checkbox\"") && $0.contains("disabled=\"\"") })
    #expect(!items[0].contains("checked") && items[1].contains("checked=\"\""), "\(tasks)")

    let notes = body(try html("Text[^1].\n\n[^1]: A *note*.\n"))
    #expect(notes.contains("<a href=\"#fn-1\" id=\"fnref-1\""), "\(notes)")
    #expect(notes.contains("<section class=\"footnotes\""), "\(notes)")
    #expect(notes.contains("<li id=\"fn-1\">\n<p>A <em>note</em>."), "\(notes)")
}

@Test func mathInATableCellAndPipesInCodeStayWhole() throws {
    let page = body(try html("| x | y |\n| --- | --- |\n| $\\lvert a_1 \\rvert$ | `a \\| b` |\n"))
    #expect(page.contains("<td>$\\lvert a_1 \\rvert$</td>"), "\(page)")
    #expect(page.contains("<td><code>a | b</code></td>"), "\(page)")
}

@Test func linksToOtherNotebooksPointAtTheirHTMLHandouts() throws {
    let cases: [(String, String?)] = [
        ("backprop.md", "backprop.html"), ("backprop.md#the-chain-rule", "backprop.html#the-chain-rule"),
        ("week1/intro.md", "week1/intro.html"), ("../notes.md?plain", "../notes.html?plain"),
        ("https://example.com/a.md", nil), ("mailto:x@y.md", nil), ("/abs/a.md", nil), ("#a.md", nil),
        ("data/iris.csv", nil), ("README.markdown", nil), (".md", nil), ("c:a.md", nil),
    ]
    for (url, expected) in cases { #expect(HTMLHandout.pageLink(url) == expected, "\(url)") }
    let page = body(try html("See [backprop](backprop.md#steps), [the site](https://example.com/x.md) and <https://a.org/b.md>.\n"))
    #expect(page == "<p>See <a href=\"backprop.html#steps\">backprop</a>, <a href=\"https://example.com/x.md\">the site</a> and <a href=\"https://a.org/b.md\">https://a.org/b.md</a>.</p>\n")
}
