#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Maps lines of a Markdown handout back to the notebook lines they were copied from.
struct NotebookLineMap {
    private var map: [Int: Int] = [:]

    /// Aligns the handout with its notebook: source lines appear in order; inserted output lines map to the cell above.
    init(notebook path: String, handout: String) {
        guard let bytes = FileBytes.read(path) else { return }
        let source = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var next = 0
        for (index, line) in handout.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if next < source.count, source[next] == line {
                next += 1
                map[index + 1] = next
            } else {
                map[index + 1] = max(1, next)
            }
        }
    }

    /// The notebook line for a handout line, if known.
    func notebookLine(forHandoutLine line: Int) -> Int? { map[line] }
}
