import Foundation
import Testing
@testable import NotebookDocument

/// The README's table of cell options is the one the parser reads: every row of `CellOption.table`
/// appears in it as `| \`spelling\` | documentation |`, and it has no other option rows.
@Test func readmeListsEveryCellOptionAsTheTableDocumentsIt() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let header = "| option | effect |\n| --- | --- |\n"
    let start = try #require(text.range(of: header))
    let rows = text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        .prefix { $0.hasPrefix("|") }.map(String.init)
    #expect(rows == CellOption.table.map { "| `\($0.spelling)` | \($0.documentation) |" })
}
