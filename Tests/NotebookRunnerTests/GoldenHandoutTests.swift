import Foundation
import Testing
@testable import NotebookRunner

/// Golden notebooks under `Golden/`: each `NAME.md` runs in memory and must give exactly
/// `NAME.out.md` and `NAME.out.html`. Re-record on purpose with `NBRUN_RECORD=1 swift test`.
struct GoldenHandoutTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var notebooks: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasSuffix(".out.md") }.sorted()
    }

    @Test(arguments: notebooks)
    func handoutMatchesGolden(_ name: String) throws {
        let source = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        var options = RunOptions()
        options.timeout = 5
        let result = NotebookPipeline.run(path: name, bytes: [UInt8](source), options: options)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let base = String(name.dropLast(3))
        for (text, suffix) in [(result.markdown, ".out.md"), (result.html, ".out.html")] {
            let actual = try #require(text)
            let url = Self.folder.appendingPathComponent(base + suffix)
            if ProcessInfo.processInfo.environment["NBRUN_RECORD"] == "1" {
                try Data(actual.utf8).write(to: url)
                continue
            }
            let expected = try #require(FileManager.default.contents(atPath: url.path), "missing golden \(base + suffix)")
            #expect(actual == String(decoding: expected, as: UTF8.self), "\(base + suffix) differs; re-record with NBRUN_RECORD=1 if intended")
        }
    }

    private func isClosingFence(_ line: String) -> Bool {
        let fence = line.drop(while: { $0 == ">" || $0 == " " }).filter { $0 != "\r" }
        return fence.count >= 3 && fence.allSatisfy { $0 == "`" }
    }

    @Test func markdownHandoutKeepsEveryByteOfTheNotebook() throws {
        for name in Self.notebooks {
            let source = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
            let golden = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(String(name.dropLast(3)) + ".out.md")), as: UTF8.self)
            // Removing the inserted output blocks gives the notebook back (hide-code cells aside).
            guard !source.contains("hide-code") else { continue }
            // Split on LF bytes: in a Swift string "\r\n" is one character and would not split.
            var lines = golden.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            var index = 0
            while index < lines.count {
                let trimmed = lines[index].drop(while: { $0 == ">" || $0 == " " })
                if trimmed.hasPrefix("```output") || trimmed.hasPrefix("````output") {
                    var end = index + 1
                    while end < lines.count, !isClosingFence(lines[end]) { end += 1 }
                    lines.removeSubrange(index...min(end, lines.count - 1))
                } else {
                    index += 1
                }
            }
            #expect(lines.joined(separator: "\n") == source, "\(name)")
        }
    }
}
