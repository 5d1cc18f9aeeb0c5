import Foundation
import Testing
@testable import CellLanguage

/// `docs/universal-cells.md` is a doc test: its `swift` blocks run top to bottom in one session, and
/// each line of an `output` block that follows one (but `⋮`) must appear, in order, in what it displays.
@Suite("Universal approximation cells: docs/universal-cells.md") struct UniversalDocumentationTests {
    static func examples() throws -> [DocumentationExample] {
        try DocumentationExample.examples(inDocument: "universal-cells.md")
    }

    /// Whether every line of `excerpt` but `⋮` occurs in `text`, each after the one before.
    static func contains(_ text: String, excerptLines excerpt: String) -> Bool {
        var rest = text[...]
        for line in excerpt.components(separatedBy: "\n") where line.trimmingCharacters(in: .whitespaces) != "⋮" {
            guard let found = rest.range(of: line) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    @Test func everyExampleRunsAndShowsItsOutput() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 10)
        let session = Session()
        for example in examples {
            let result = example.run(in: session, file: "docs/universal-cells.md")
            #expect(result.error == nil, "line \(example.line): \(result.error?.message ?? "")")
            if let expected = example.expected {
                #expect(Self.contains(result.blocks.text, excerptLines: expected),
                        "line \(example.line) shows:\n\(result.blocks.text)")
            }
        }
    }
}
