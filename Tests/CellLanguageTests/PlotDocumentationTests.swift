import Foundation
import Testing
@testable import CellLanguage

/// `docs/plot-cells.md` is a doc test: its `swift` blocks run top to bottom in one session, and each
/// `output` block that follows one must be what the cell displays (for `should-fail`, its error).
@Suite("Plot verbs: docs/plot-cells.md") struct PlotDocumentationTests {
    static func examples() throws -> [DocumentationExample] {
        try DocumentationExample.examples(inDocument: "plot-cells.md")
    }

    @Test func everyExampleRunsAndShowsItsOutput() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 12)
        let session = Session()
        for example in examples {
            let result = example.run(in: session, file: "docs/plot-cells.md")
            if example.shouldFail {
                let error = try #require(result.error, "line \(example.line) should fail")
                if let expected = example.expected {
                    #expect(expected.hasPrefix("docs/plot-cells.md:\(error.line):\(error.column): error: \(error.message)\n"),
                            "line \(example.line)")
                }
                continue
            }
            #expect(result.error == nil, "line \(example.line): \(result.error?.message ?? "")")
            #expect(!result.blocks.isEmpty, "line \(example.line) displays nothing")
            if let expected = example.expected {
                #expect(result.blocks.text == expected, "line \(example.line)")
            }
        }
    }
}
