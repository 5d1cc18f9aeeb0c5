import Foundation
import Testing
@testable import CellLanguage

/// `docs/universal-cells.md` is a doc test: its `swift` blocks run top to bottom in one session, and
/// each line of an `output` block that follows one (but `⋮`) must appear, in order, in what it displays.
@Suite("Universal approximation cells: docs/universal-cells.md") struct UniversalDocumentationTests {
    struct Example {
        var line: Int
        var code: String
        var expected: String?
    }

    static func examples() throws -> [Example] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/universal-cells.md").standardized.path
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
                examples.append(Example(line: index + 2, code: code))
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
            let lineCount = example.code.components(separatedBy: "\n").count
            let result = session.run(CellSource(file: "docs/universal-cells.md", code: example.code, firstLine: example.line,
                                                columnOffsets: Array(repeating: 0, count: lineCount)))
            #expect(result.error == nil, "line \(example.line): \(result.error?.message ?? "")")
            if let expected = example.expected {
                #expect(Self.contains(result.blocks.text, excerptLines: expected),
                        "line \(example.line) shows:\n\(result.blocks.text)")
            }
        }
    }
}
