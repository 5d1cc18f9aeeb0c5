import Display
import NotebookDocument
import Testing
@testable import Rendering

private func html(_ text: String, _ cells: [Int: CellPresentation] = [:], math: MathSetting = .local,
                  course: CourseLinks = CourseLinks()) throws -> String {
    HTMLHandout.render(try Notebook(path: "n/t.md", text: text), cells: cells, options: .init(math: math, course: course))
}

private func body(_ page: String) -> String {
    guard let start = page.range(of: "<main>\n"), let end = page.range(of: "</main>") else { return page }
    return String(page[start.upperBound..<end.lowerBound])
}

@Test func mathReachesTheHTMLVerbatim() throws {
    let page = try html("The weight $w_{ij}^{\\ell}$ and *x* and $a < b$.\n\n$$\nz_i = \\sum_j w_{ij} h_j\n$$\n")
    #expect(body(page) == "<p>The weight <span class=\"math\">$w_{ij}^{\\ell}$</span> and <em>x</em> and <span class=\"math\">$a &lt; b$</span>.</p>\n<p><span class=\"math display\">$$\nz_i = \\sum_j w_{ij} h_j\n$$</span></p>\n")
}

/// Inline math may go on over a line break inside a paragraph, never over a blank line or into a code block.
@Test func inlineMathSpansALineBreakButNotAParagraph() throws {
    #expect(body(try html("so $\\partial n_2/\\partial n_5\n= n_4$ here\n")) ==
            "<p>so <span class=\"math\">$\\partial n_2/\\partial n_5\n= n_4$</span> here</p>\n")
    #expect(body(try html("a $b\n\nc$ d\n")) == "<p>a $b</p>\n<p>c$ d</p>\n")
    #expect(body(try html("a $b\n```\nc$\n```\n")) == "<p>a $b</p>\n<pre><code>c$\n</code></pre>\n")
}

/// Dollars that are not math are outside every `span.math`, the only text the page typesets; an escaped one is a plain `$`.
@Test func dollarsThatAreNotMathStayText() throws {
    #expect(body(try html("It costs $5 and $6.\n\nEscaped \\$x_1\\$ and `$y_1$` stay.\n")) ==
            "<p>It costs $5 and $6.</p>\n<p>Escaped $x_1$ and <code>$y_1$</code> stay.</p>\n")
}

@Test func mathInsideCodeBlocksIsUntouched() throws {
    #expect(body(try html("```\n$a_b$ *c*\n```\n")) == "<pre><code>$a_b$ *c*\n</code></pre>\n")
}

/// A cell's highlighted code and its output are one `div.cell`, which print keeps on one page.
@Test func outputsRenderAsTablesAndTextAfterTheirCell() throws {
    let table = Table(caption: "layer 1", header: ["x", "h"], rows: [["0", "0.5"], ["1", "0.731059"]])
    let cells = [0: CellPresentation(blocks: [.text("hello <b>"), .table(table)])]
    let result = body(try html("```swift\nprint(1)\n```\n", cells))
    #expect(result == """
    <div class="cell">
    <pre><code class="language-swift">print(<span class="num">1</span>)
    </code></pre>
    <div class="output">
    <pre>hello &lt;b&gt;</pre>
    <p class="caption">layer 1</p><table><thead><tr><th class="num">x</th><th class="num">h</th></tr></thead><tbody><tr><td class="num">0</td><td class="num">0.5</td></tr><tr><td class="num">1</td><td class="num">0.731059</td></tr></tbody></table>
    </div>
    </div>

    """)
}

/// Swift cells (and `no-run` ones) are highlighted; other code blocks are left as cmark writes them.
@Test func swiftCodeIsHighlightedOtherCodeIsNot() throws {
    let page = body(try html("```swift no-run\nlet rate = 0.5 // small\n```\n\n```python\nlet x = 1\n```\n"))
    #expect(page == """
    <pre><code class="language-swift"><span class="kw">let</span> rate = <span class="num">0.5</span> <span class="com">// small</span>
    </code></pre>
    <pre><code class="language-python">let x = 1
    </code></pre>

    """)
}

@Test func expectedErrorsAreMarkedAndHiddenCodeIsDropped() throws {
    let cells = [0: CellPresentation(blocks: [.text("t.md:2:1: error: boom")], isError: true, hideCode: true)]
    let result = body(try html("```swift should-fail hide-code\nboom\n```\n", cells))
    #expect(result == "<div class=\"output error\">\n<pre>t.md:2:1: error: boom</pre>\n</div>\n")
}

@Test func pageHasTitleThenContentsAndLoadsKaTeXOnlyForMath() throws {
    let text = "# Learning $XOR$\n\n## One\n\n## Two\n\n## Two\n"
    let page = try html(text)
    #expect(page.contains("<title>Learning $XOR$</title>"))
    #expect(page.contains("<h2><a class=\"anchor\" id=\"two-2\" href=\"#two-2\"></a>Two</h2>"))
    // Contents after the title, before the first section.
    let title = try #require(page.range(of: "<h1>")), contents = try #require(page.range(of: "<nav class=\"contents\">"))
    let one = try #require(page.range(of: "id=\"one\""))
    #expect(title.lowerBound < contents.lowerBound && contents.lowerBound < one.lowerBound)
    #expect(page.contains("<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\">"))
    #expect(page.contains("<script defer src=\"assets/katex/katex.min.js\"></script>"))
    #expect(!page.contains("https://"), "local math needs no network")
    let cdn = try html(text, math: .cdn)
    #expect(cdn.contains("<script defer src=\"https://cdn.jsdelivr.net/npm/katex@0.16.4/dist/katex.min.js\"></script>"))
    #expect(!cdn.contains("assets/"))
    #expect(!(try html(text, math: .none)).contains("katex.min"))
    #expect(!(try html("# Plain\n\nNo math, \\$5 only.\n")).contains("katex.min"), "a page without math loads nothing for it")
    #expect(!page.contains("Generated"))
}

/// A handout in a sub-folder reaches the assets and the index through `../`; neighbours are linked by title.
@Test func courseLinksLeadToTheIndexAndTheNeighbours() throws {
    let course = CourseLinks(root: "../", linksIndex: true, previous: .init(file: "week1/intro.html", title: "Intro & <setup>"),
                             next: .init(file: "week2/more.html", title: "More"))
    let page = try html("# Week 2\n\nWith $x$.\n", course: course)
    let bar = "<nav class=\"course\"><a rel=\"prev\" href=\"../week1/intro.html\">← Intro &amp; &lt;setup&gt;</a> <a href=\"../index.html\">Course index</a> <a rel=\"next\" href=\"../week2/more.html\">More →</a></nav>\n"
    #expect(page.components(separatedBy: bar).count == 3, "the bar above and below the page")
    #expect(page.contains("href=\"../assets/katex/katex.min.css\""))
    #expect(CourseLinks.root(of: "week2/more") == "../" && CourseLinks.root(of: "xor") == "" && CourseLinks.root(of: "a/b/c") == "../../")
    #expect(!(try html("# Alone\n")).contains("nav class=\"course\""), "no course, no bar")
}

/// Front matter is never shown as text: no `<hr>`, no `title:` paragraph; its title, author and description head the page.
@Test func frontMatterHeadsThePageAndIsNeverShown() throws {
    let text = "---\ntitle: Back*prop*\nauthor: A. Teacher\ndescription: The chain rule, organised.\norder: 2\n---\n\nSome $x$ prose.\n"
    let page = try html(text)
    #expect(body(page) == """
    <h1>Back*prop*</h1>
    <p class="byline">A. Teacher</p>
    <p class="description">The chain rule, organised.</p>
    <p>Some <span class="math">$x$</span> prose.</p>

    """)
    #expect(page.contains("<title>Back*prop*</title>"))
    // With a heading of its own, the page keeps it and puts the byline under it.
    let headed = body(try html("---\nauthor: B\n---\n# Own title\n\nText.\n"))
    #expect(headed == "<h1><a class=\"anchor\" id=\"own-title\" href=\"#own-title\"></a>Own title</h1>\n<p class=\"byline\">B</p>\n<p>Text.</p>\n")
    // The Markdown handout is the source byte for byte.
    let notebook = try Notebook(path: "t.md", text: text + "```swift\n1\n```\n")
    #expect(MarkdownHandout.render(notebook, cells: [0: CellPresentation(blocks: [.text("1")])]) == text + "```swift\n1\n```\n```output\n1\n```\n")
}

@Test func markdownHandoutShowsTextOfEveryBlock() throws {
    let notebook = try Notebook(path: "t.md", text: "```swift\nx\n```\n```swift hide-output\ny\n```\n")
    let cells = [0: CellPresentation(blocks: [.text("a"), .table(Table(numbers: [[1, 2]]))]),
                 1: CellPresentation(blocks: [.text("b")], showsOutput: false)]
    #expect(MarkdownHandout.render(notebook, cells: cells) == "```swift\nx\n```\n```output\na\n\n1  2\n```\n```swift hide-output\ny\n```\n")
}

@Test func indexListsEveryHandoutAndLinksOnlyThoseThatExist() {
    let page = IndexPage.render(title: "Course", entries: [
        .init(file: "xor.html", title: "XOR & friends", description: "Two layers <b>", status: "ok"),
        .init(file: "week2/bad.html", title: "Broken", status: "failed", exists: false),
    ])
    #expect(page.contains("<tr><td class=\"num\">1</td><td class=\"description\"><a href=\"xor.html\">XOR &amp; friends</a><br><small>Two layers &lt;b&gt;</small></td><td class=\"status-ok\">ok</td></tr>"))
    #expect(page.contains("<tr><td class=\"num\">2</td><td class=\"description\">Broken</td><td class=\"status-failed\">failed</td></tr>"))
    #expect(!page.contains("bad.html"))
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
    #expect(page.contains("<td><span class=\"math\">$\\lvert a_1 \\rvert$</span></td>"), "\(page)")
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

/// A display equation over several lines is one token to cmark; the cells after it still find their output.
@Test func cellsAfterMultiLineMathKeepTheirOutput() throws {
    let cells = [0: CellPresentation(blocks: [.text("1")])]
    let page = body(try html("$$\na\n+ b\n$$\n\n```swift\n1\n```\n", cells))
    #expect(page.contains("<div class=\"cell\">\n<pre><code class=\"language-swift\"><span class=\"num\">1</span>\n</code></pre>\n<div class=\"output\">\n<pre>1</pre>"), "\(page)")
    // CRLF line ends: math inside code is still left alone.
    let crlf = body(try html("Text $x$.\r\n\r\n```\r\n$a_b$ *c*\r\n```\r\n"))
    #expect(crlf == "<p>Text <span class=\"math\">$x$</span>.</p>\n<pre><code>$a_b$ *c*\n</code></pre>\n", "\(crlf)")
}

/// Boxes made ahead while cells run give the page the same bytes as a page that makes them itself, and
/// one made from other code or another presentation (the cell changed) is not used.
@Test func boxesMadeAheadChangeNoByteOfThePage() throws {
    let text = "# Boxes\n\n```swift\nlet x = 2\n```\n\n> ```swift\n> x * 21\n> ```\n\n```swift hide-code\nprint(x)\n```\n"
    let notebook = try Notebook(path: "n/t.md", text: text)
    let table = Table(header: ["a"], rows: [["1"]])
    let cells = [0: CellPresentation(blocks: [], showsOutput: false),
                 1: CellPresentation(blocks: [.text("42"), .table(table)]),
                 2: CellPresentation(blocks: [.text("2")], hideCode: true)]
    let plain = HTMLHandout.render(notebook, cells: cells)
    let boxes = PageBoxes()
    for cell in notebook.cells { boxes.make(cell: cell.index, code: cell.code + "\n", presentation: cells[cell.index]!) }
    #expect(HTMLHandout.render(notebook, cells: cells, options: .init(boxes: boxes)) == plain)
    #expect(boxes.box(cell: 1, code: "x * 21\n", shownAs: cells[1]!) != nil, "the quoted cell's code is the block's, prefixes removed")
    let staleCode = PageBoxes(), staleOutput = PageBoxes()
    staleCode.make(cell: 1, code: "x * 20\n", presentation: cells[1]!)
    staleOutput.make(cell: 1, code: "x * 21\n", presentation: CellPresentation(blocks: [.text("a stale output")]))
    #expect(HTMLHandout.render(notebook, cells: cells, options: .init(boxes: staleCode)) == plain)
    #expect(HTMLHandout.render(notebook, cells: cells, options: .init(boxes: staleOutput)) == plain)
    #expect(plain.contains("<pre>42</pre>") && !plain.contains("a stale output"))
}
