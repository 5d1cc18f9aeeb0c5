import Foundation
import Testing

/// Compares text with a golden file next to this test, byte for byte; `NBRUN_RECORD=1` re-records it.
func expectGolden(_ actual: String, named name: String, filePath: String = #filePath,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["NBRUN_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: file)
        return
    }
    guard let expected = try? Data(contentsOf: file) else {
        Issue.record("golden file \(name) is missing; record it with NBRUN_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    guard expected != Data(actual.utf8) else { return }
    let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first = (0..<min(expectedLines.count, actualLines.count)).first { expectedLines[$0] != actualLines[$0] }
        ?? min(expectedLines.count, actualLines.count)
    Issue.record("""
        \(name) differs from its golden file at line \(first + 1) (re-record with NBRUN_RECORD=1 if intended)
        expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
        actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
        """, sourceLocation: sourceLocation)
}
