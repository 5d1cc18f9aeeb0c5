import Foundation
@testable import CellLanguage

/// One `swift` block of a reference page in `docs/`, with the `output` block that follows it, if any.
struct DocumentationExample {
    /// The page line of the block's first code line.
    var line: Int
    var code: String
    var shouldFail: Bool
    var expected: String?

    /// Every example of `docs/NAME`, in page order.
    static func examples(inDocument name: String) throws -> [DocumentationExample] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/\(name)").standardized.path
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        var examples: [DocumentationExample] = []
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
                examples.append(DocumentationExample(line: index + 2, code: code, shouldFail: line.contains("should-fail")))
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

    /// Runs the example as a cell of `session`, positioned at its page line.
    func run(in session: Session, file: String) -> CellResult {
        let lineCount = code.components(separatedBy: "\n").count
        return session.run(CellSource(file: file, code: code, firstLine: line,
                                      columnOffsets: Array(repeating: 0, count: lineCount)))
    }
}
