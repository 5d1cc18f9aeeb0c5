import CCmark
import NotebookDocument
import Testing
@testable import Rendering

/// The Markdown handout's splicer: the notebook byte for byte with an output block after each cell.
private func parse(_ text: String, path: String = "nb.md") throws -> Notebook {
    try Notebook(path: path, text: text)
}

private func splice(_ text: String, _ output: String = "OUT") throws -> String {
    let notebook = try parse(text)
    var outputs: [Int: Splicer.CellOutput] = [:]
    for cell in notebook.cells { outputs[cell.index] = .init(text: output) }
    return Splicer.handout(notebook, outputs: outputs)
}

/// The parent type of every `output` code block when the handout is parsed again by cmark.
private func outputContainers(_ handout: String) -> [cmark_node_type] {
    let tree = CMarkTree(parsing: handout)
    var parents: [cmark_node_type] = []
    tree.forEachNode { node in
        if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, string(cmark_node_get_fence_info(node)) == "output" {
            parents.append(cmark_node_get_type(cmark_node_parent(node)))
        }
    }
    return parents
}

@Test func handoutIsTheSourceWithAnOutputBlockAfterEachCell() throws {
    let source = "Intro *text*  \n\n```swift\n1 + 1\n```\nAfter.\n"
    #expect(try splice(source, "2") == "Intro *text*  \n\n```swift\n1 + 1\n```\n```output\n2\n```\nAfter.\n")
}

@Test func keepsCRLFLineEndings() throws {
    let source = "a\r\n\r\n```swift\r\nx\r\n```\r\nb\r\n"
    let notebook = try parse(source)
    #expect(notebook.cells.first?.code == "x")
    #expect(try splice(source) == "a\r\n\r\n```swift\r\nx\r\n```\r\n```output\r\nOUT\r\n```\r\nb\r\n")
}

@Test func keepsAMissingFinalNewline() throws {
    #expect(try splice("```swift\nx\n```") == "```swift\nx\n```\n```output\nOUT\n```")
}

@Test func outputStaysInsideBlockQuotesAndListItems() throws {
    let quoted = try splice("> Quote\n>\n> ```swift\n> x\n> ```\n\nafter\n", "a\n\nb")
    #expect(quoted == "> Quote\n>\n> ```swift\n> x\n> ```\n> ```output\n> a\n>\n> b\n> ```\n\nafter\n")
    #expect(outputContainers(quoted) == [CMARK_NODE_BLOCK_QUOTE])

    let listed = try splice("1. Step\n\n   ```swift\n   x\n   ```\n2. Next\n")
    #expect(listed == "1. Step\n\n   ```swift\n   x\n   ```\n   ```output\n   OUT\n   ```\n2. Next\n")
    #expect(outputContainers(listed) == [CMARK_NODE_ITEM])

    let nested = try splice("> - ```swift\n>   x\n>   ```\n")
    #expect(outputContainers(nested) == [CMARK_NODE_ITEM])
}

@Test func tildeAndLongerFencesAroundShorterOnes() throws {
    let notebook = try parse("~~~~swift\n```\nnot a fence\n```\n~~~~\n\n`````swift\nlet s = \"```\"\n`````\n")
    #expect(notebook.cells.map(\.code) == ["```\nnot a fence\n```", "let s = \"```\""])
}

@Test func outputFenceOutgrowsBackticksInTheOutput() {
    #expect(Splicer.block("a ```` b", prefix: "", ending: "\n") == "`````output\na ```` b\n`````\n")
}

@Test func hideCodeReplacesTheCellWithItsOutput() throws {
    let notebook = try parse("a\n```swift hide-code\nx\n```\nb\n")
    let handout = Splicer.handout(notebook, outputs: [0: .init(text: "1", hideCode: true)])
    #expect(handout == "a\n```output\n1\n```\nb\n")
}

@Test func aCellInAFootnoteGetsItsOutputWhereItIsWritten() throws {
    let handout = try splice("# Top[^n]\n\n[^n]: Note:\n\n    ```swift\n    1\n    ```\n\n```swift\n2\n```\n")
    #expect(handout == "# Top[^n]\n\n[^n]: Note:\n\n    ```swift\n    1\n    ```\n    ```output\n    OUT\n    ```\n\n```swift\n2\n```\n```output\nOUT\n```\n")
}

@Test func aNotebookWithoutCellsIsItsOwnHandout() throws {
    #expect(try splice("# Only prose\n") == "# Only prose\n")
}
