import Foundation
import Testing
@testable import CellLanguage

/// Every builtin a cell can call has an example that runs: in a `swift` block (not `no-run`) of the
/// reference (README.md, docs/) or of a course notebook, all of which `make test` runs
/// (`nbrun check-examples`, `nbrun --check`).
@Suite("Every verb has an executed example") struct ReferenceCoverageTests {
    /// The code of every runnable `swift` block of the reference and the course.
    static func runnableCode() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        var pages = [root.appendingPathComponent("README.md")]
        for folder in ["docs", "notebooks"] {
            let url = root.appendingPathComponent(folder)
            pages += try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "md" }
        }
        var code = ""
        for page in pages {
            var inBlock = false, runs = false
            for line in try String(contentsOf: page, encoding: .utf8).components(separatedBy: "\n") {
                if !inBlock, line.hasPrefix("```swift") {
                    inBlock = true
                    runs = !line.contains("no-run")
                } else if inBlock, line == "```" {
                    inBlock = false
                } else if inBlock, runs {
                    code += line + "\n"
                }
            }
        }
        return code
    }

    @Test func everyBuiltinIsCalledInAnExample() throws {
        let code = try Self.runnableCode()
        // A builtin is called as `name(`, `name {` (a trailing closure) or, for a method form
        // `Dataset.split`, as `.split(`.
        let missing = BuiltinRegistry.names.filter { name in
            let called = name.split(separator: ".").last.map(String.init) ?? name
            return ["\(called)(", "\(called) {", ".\(called)("].allSatisfy { !code.contains($0) }
        }.sorted()
        #expect(missing.isEmpty, "no executed example calls: \(missing.joined(separator: ", "))")
    }
}
