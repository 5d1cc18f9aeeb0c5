import CCmark
import Testing
@testable import NotebookDocument

private func parse(_ text: String, path: String = "nb.md") throws -> Notebook {
    try Notebook(path: path, text: text)
}

@Test func findsSwiftCellsWithOptionsAndLines() throws {
    let notebook = try parse("# XOR net\n\nText.\n\n```swift hide-code\nlet a = 1\na\n```\n\n```python\nx\n```\n\n    indented swift\n")
    #expect(notebook.title == "XOR net")
    #expect(notebook.cells.count == 1)
    let cell = try #require(notebook.cells.first)
    #expect(cell.code == "let a = 1\na")
    #expect(cell.openingLine == 5 && cell.closingLine == 8 && cell.firstCodeLine == 6)
    #expect(cell.options.hideCode && !cell.options.noRun)
}

@Test func columnOffsetsCountTheContainerPrefix() throws {
    let cell = try #require(try parse("> ```swift\n> let a = 1\n>   b\n> ```\n").cells.first)
    #expect(cell.code == "let a = 1\n  b")
    #expect(cell.columnOffsets == [2, 2])
    #expect(cell.containerPrefix == "> ")
}

@Test func unclosedFenceIsAnError() {
    #expect(throws: DocumentDiagnostic(file: "nb.md", line: 3, column: 1,
                                       message: "unclosed code fence: this swift cell has no closing ```")) {
        try parse("text\n\n```swift\nlet x = 1\n")
    }
    #expect(throws: DocumentDiagnostic.self) { try parse("- ```swift\n  a\n- next\n") }
}

@Test func unknownOptionSuggestsTheNearestOne() {
    #expect(throws: DocumentDiagnostic(file: "nb.md", line: 1, column: 10,
                                       message: "unknown cell option 'hide-cod'; did you mean 'hide-code'? (options: hide-code, hide-output, no-run, should-fail, solution, test, points=N, hidden)")) {
        try parse("```swift hide-cod\nx\n```\n")
    }
}

@Test func rejectsInvalidUTF8AndBinary() {
    #expect(throws: DocumentDiagnostic(file: "b.md", line: 2, column: 3,
                                       message: "invalid UTF-8 (byte 0xFF); a notebook must be UTF-8 text", isUnreadable: true)) {
        try Notebook(path: "b.md", bytes: Array("ok\nab".utf8) + [0xFF])
    }
    #expect(throws: DocumentDiagnostic.self) { try Notebook(path: "b.md", bytes: [0x61, 0x00, 0x62]) }
    #expect(throws: DocumentDiagnostic.self) { try Notebook(path: "b.md", bytes: [0xED, 0xA0, 0x80]) }
}

@Test func emptyAndCellFreeNotebooksParse() throws {
    #expect(try parse("").cells.isEmpty)
    #expect(try parse("# Only prose\n").source.text == "# Only prose\n")
}

@Test func sourceTextRebuildsTheBytes() {
    for text in ["", "a", "a\n", "a\r\nb\rc\n\nd", "\n\n"] {
        #expect(SourceText(text).text == text)
    }
}

/// cmark-gfm keeps the extensions' special characters in a global table that every parse changes;
/// parses on many threads at once must still read strikethrough and tables the same.
@Test func parsesOnManyThreadsAtOnceAgree() async {
    let text = "| a | b |\n| --- | --- |\n| ~~x~~ | y |\n\n~~gone~~ and www.example.com\n"
    let expected = CMarkTree(parsing: text).html()
    #expect(expected.contains("<del>x</del>") && expected.contains("<table>"))
    let results = await withTaskGroup(of: [String].self) { group in
        for _ in 0..<8 { group.addTask { (0..<200).map { _ in CMarkTree(parsing: text).html() } } }
        var all: [String] = []
        for await batch in group { all += batch }
        return all
    }
    #expect(results.count == 1600)
    #expect(results.allSatisfy { $0 == expected })
}

/// cmark-gfm moves footnote definitions to the end of its tree; a cell inside one still runs where it
/// is written, before the cells below it.
@Test func aCellInAFootnoteKeepsItsPlaceInTheSource() throws {
    let notebook = try parse("Text[^n].\n\n[^n]: Note:\n\n    ```swift\n    let x = 41\n    ```\n\n# Title\n\n```swift\nprint(x + 1)\n```\n")
    #expect(notebook.cells.map(\.code) == ["let x = 41", "print(x + 1)"])
    #expect(notebook.cells.map(\.index) == [0, 1])
    #expect(notebook.title == "Title")
}

/// Front matter: what it holds, that it hides from the cells and headings, and where its errors point.
@Suite struct FrontMatterTests {
    @Test func readsTitleAuthorDescriptionAndOrder() throws {
        let notebook = try Notebook(path: "n.md", text: "---\ntitle: \"XOR: two layers\"\nauthor: A\ndescription: >\n  Folded\n  text.\norder: 2.5\n---\n# Heading\n\n```swift\n1\n```\n")
        #expect(notebook.frontMatter == FrontMatter(title: "XOR: two layers", author: "A", description: "Folded text.\n", order: 2.5, lineCount: 8))
        #expect(notebook.title == "XOR: two layers")
        #expect(notebook.cells.count == 1 && notebook.cells[0].openingLine == 11, "later lines keep their numbers")
    }

    @Test func withoutTitleTheFirstHeadingStillNamesTheNotebook() throws {
        let notebook = try Notebook(path: "n.md", text: "---\norder: 1\n---\n\n# Perceptrons\n")
        #expect(notebook.title == "Perceptrons" && notebook.frontMatter?.order == 1)
        #expect(try Notebook(path: "n.md", text: "# Just\n---\nx: 1\n---\n").frontMatter == nil, "only a first line opens it")
        #expect(try Notebook(path: "n.md", text: "---\n---\nText\n").frontMatter == FrontMatter(lineCount: 2))
        #expect(try Notebook(path: "n.md", text: "---\ndate: 2026-12-02\ntags: [a, b]\ntitle: T\n---\n").frontMatter
                == FrontMatter(title: "T", lineCount: 5), "the author's own keys are ignored")
    }

    @Test(arguments: [
        ("---\ntitle: x\n", "n.md:1:1: error: front matter opened by '---' is never closed; end it with a line '---'"),
        ("---\ntitle: x\nautor: y\n---\n", "n.md:3:1: error: front matter: unknown key 'autor'; did you mean 'author'? (keys: title, author, description, order)"),
        ("---\norder: first\n---\n", "n.md:2:8: error: front matter: 'order' must be a number, found 'first'"),
        ("---\ntitle: [a, b]\n---\n", "n.md:2:8: error: front matter: 'title' must be text, found a list"),
        ("---\n- a\n- b\n---\n", "n.md:2:1: error: front matter: expected 'key: value' lines (title, author, description, order), found a list"),
    ])
    func badFrontMatterIsAnErrorAtItsLine(_ text: String, _ message: String) {
        #expect(throws: DocumentDiagnostic.self) { try Notebook(path: "n.md", text: text) }
        do { _ = try Notebook(path: "n.md", text: text) } catch { #expect(error.formatted == message) }
    }

    @Test func yamlThatDoesNotParseNamesItsLine() {
        do {
            _ = try Notebook(path: "n.md", text: "---\ntitle: a\n  b: : c\n---\n")
            Issue.record("no error")
        } catch {
            #expect(error.formatted.hasPrefix("n.md:3:"), "\(error.formatted)")
            #expect(error.formatted.contains("error: front matter: "))
        }
    }
}

/// The assignment options read from the one table, with their errors in the compiler's format.
@Test func assignmentOptionsComeFromTheTable() throws {
    let notebook = try Notebook(path: "a.md", text: "```swift solution\nlet w = 1\n```\n\n```swift test points=3 hidden\nexpect(w == 1)\n```\n")
    #expect(notebook.cells[0].options.solution && !notebook.cells[0].options.test)
    #expect(notebook.cells[1].options.test && notebook.cells[1].options.hidden && notebook.cells[1].options.points == 3)
    let cases: [(String, String)] = [
        ("```swift test points=x\n1\n```\n", "a.md:1:15: error: points takes a whole number from 0 to 1000, as in points=2"),
        ("```swift test pionts=2\n1\n```\n", "a.md:1:15: error: unknown cell option 'pionts=2'; did you mean 'points=N'? (options: hide-code, hide-output, no-run, should-fail, solution, test, points=N, hidden)"),
        ("```swift hidden\n1\n```\n", "a.md:1:10: error: hidden needs test: a test cell is written 'swift test points=2'"),
        ("```swift test points=2 points=3\n1\n```\n", "a.md:1:24: error: cell option 'points' is given twice"),
        ("```swift test solution\n1\n```\n", "a.md:1:10: error: a cell is a test or a solution, not both"),
        ("```swift solution=1\n1\n```\n", "a.md:1:10: error: solution takes no value"),
    ]
    for (text, message) in cases {
        #expect(throws: DocumentDiagnostic.self) { try Notebook(path: "a.md", text: text) }
        do { _ = try Notebook(path: "a.md", text: text) } catch { #expect(error.formatted == message) }
    }
}
