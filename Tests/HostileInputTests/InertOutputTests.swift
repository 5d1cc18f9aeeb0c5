import Foundation
import Testing
@testable import NotebookRunner

/// Whatever a cell prints stays text inside its output block, in the Markdown handout and in HTML.
@Suite struct InertOutputTests {
    static let hostile = #"print("ok\r\r# Heading\r<img src=x onerror=alert(1)>\r\n``` \r\n\u{1b}[31mred\u{0}\u{7f}\r")"#

    @Test func printedLineBreaksAndMarkupStayInsideTheBlockInEveryContainer() throws {
        let scratch = Scratch()
        let notebook = "# Inert\n\n> Quoted:\n>\n> ```swift\n> \(Self.hostile)\n> ```\n\n- An item:\n\n  ```swift\n  \(Self.hostile)\n  ```\n\nAfter.\n"
        scratch.write(notebook, to: "notebooks/inert.md")
        let (status, _, errors) = scratch.run(["notebooks/inert.md"])
        #expect(status == .success, "\(errors)")
        let markdown = try #require(scratch.read("output/inert.md"))
        let html = try #require(scratch.read("output/inert.html"))

        #expect(!markdown.utf8.contains(13), "a carriage return reached the Markdown handout")
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        // The printed heading is a line of its block: after the quote's '> ' or the item's indentation, never a line of its own.
        #expect(lines.contains("> # Heading") && lines.contains("  # Heading"), "\(markdown)")
        #expect(!lines.contains { $0.hasPrefix("# Heading") || $0.hasPrefix("<img") })
        #expect(lines.contains("> ␛[31mred␀␡"))
        #expect(lines.last(where: { !$0.isEmpty }) == "After.")

        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<h1>Heading") && !html.contains("<h1 id=\"heading\""))
        // Twice in the cells' code, twice in their output, escaped every time.
        #expect(html.components(separatedBy: "&lt;img src=x onerror=alert(1)&gt;").count == 5)
        #expect(html.contains("<p>After.</p>"))
    }
}
