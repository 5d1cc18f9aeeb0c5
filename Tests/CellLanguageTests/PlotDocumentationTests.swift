import Foundation
import Testing
@testable import CellLanguage

/// `docs/plot-cells.md` is a doc test: its `swift` blocks run top to bottom in one session, and each
/// `output` block that follows one must be what the cell displays (for `should-fail`, its error).
@Suite("Plot verbs: docs/plot-cells.md") struct PlotDocumentationTests {
    struct Example {
        var line: Int
        var code: String
        var shouldFail: Bool
        var expected: String?
    }

    static func examples() throws -> [Example] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/plot-cells.md").standardized.path
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        func block(from start: Int) -> (body: String, end: Int) {
            var end = start + 1
            while end < lines.count && lines[end] != "```" { end += 1 }
            return (lines[(start + 1)..<end].joined(separator: "\n"), end)
        }
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("```swift") {
                let (code, end) = block(from: index)
                examples.append(Example(line: index + 2, code: code, shouldFail: line.contains("should-fail")))
                index = end
            } else if line == "```output", !examples.isEmpty, examples[examples.count - 1].expected == nil {
                let (body, end) = block(from: index)
                examples[examples.count - 1].expected = body
                index = end
            }
            index += 1
        }
        return examples
    }

    @Test func everyExampleRunsAndShowsItsOutput() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 12)
        let session = Session()
        for example in examples {
            let lineCount = example.code.components(separatedBy: "\n").count
            let result = session.run(CellSource(file: "docs/plot-cells.md", code: example.code, firstLine: example.line,
                                                columnOffsets: Array(repeating: 0, count: lineCount)))
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
