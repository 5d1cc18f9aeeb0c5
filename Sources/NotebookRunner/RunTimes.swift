import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// How long each notebook took, as `--record-times FILE` writes it and `--times FILE` reads it to balance
/// `--shard`: one `SECONDS<TAB>PATH` line per notebook, sorted by path; `#` lines are comments. Shards
/// of one course write disjoint files, so `cat` merges them.
public struct RunTimes: Sendable, Equatable {
    /// Seconds per notebook path, as the command line named it.
    public var seconds: [String: Double] = [:]

    /// A line of a times file that cannot be read, located like a compiler error.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// No recorded times.
    public init(seconds: [String: Double] = [:]) { self.seconds = seconds }

    /// The largest times file read: a line per notebook is tens of bytes.
    public static let maximumBytes = 10_000_000

    /// Reads the file at `path`.
    public init(readingFile path: String) throws(Problem) {
        guard case .bytes(let bytes) = FileBytes.read(path, atMost: Self.maximumBytes) else {
            throw Problem(description: "\(path): error: cannot read the run times file (a regular file of at most \(Self.maximumBytes) bytes)")
        }
        try self.init(parsing: String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// Reads the text of a times file; `file` names it in errors.
    public init(parsing text: String, file: String) throws(Problem) {
        var firstLine: [String: Int] = [:]
        for (offset, content) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = offset + 1
            if content.allSatisfy({ $0 == " " || $0 == "\t" }) || content.hasPrefix("#") { continue }
            guard let tab = content.firstIndex(of: "\t"), let value = Double(content[..<tab]), value.isFinite, value >= 0,
                  content.index(after: tab) < content.endIndex else {
                throw Problem(description: "\(file):\(number):1: error: expected 'SECONDS<TAB>NOTEBOOK' with SECONDS a number of at least 0")
            }
            let path = String(content[content.index(after: tab)...])
            if let first = firstLine[path] {
                throw Problem(description: "\(file):\(number):\(content.distance(from: content.startIndex, to: tab) + 2): error: \(path) is listed twice (first on line \(first))")
            }
            firstLine[path] = number
            seconds[path] = value
        }
    }

    /// The file's text: a comment line, then one line per notebook sorted by path, milliseconds exact.
    public var text: String {
        var text = "# nbrun run times: SECONDS<TAB>NOTEBOOK, written by --record-times, read by --times to balance --shard\n"
        for path in seconds.keys.sorted() {
            text += NumberFormat.printf("%.3f", seconds[path]!) + "\t" + path + "\n"
        }
        return text
    }

    /// What each of `notebooks` is expected to take: its recorded time, else its size in bytes scaled by the
    /// recorded notebooks' seconds per byte (plain bytes when nothing usable is recorded).
    public func weights(for notebooks: [String]) -> [Double] {
        let sizes = notebooks.map(Self.size)
        var recordedSeconds = 0.0, recordedBytes = 0.0
        for (notebook, size) in zip(notebooks, sizes) {
            if let time = seconds[notebook] { recordedSeconds += time; recordedBytes += size }
        }
        let secondsPerByte = recordedSeconds > 0 && recordedBytes > 0 ? recordedSeconds / recordedBytes : 1
        return zip(notebooks, sizes).map { notebook, size in seconds[notebook] ?? size * secondsPerByte }
    }

    /// The file's size in bytes, 0 when it cannot be read.
    private static func size(_ path: String) -> Double {
        var status = stat()
        return stat(path, &status) == 0 ? Double(status.st_size) : 0
    }
}
