/// A notebook's bytes split into lines, each keeping its own terminator, so the file can be rebuilt byte for byte.
public struct SourceText: Sendable {
    /// One line: its content and the terminator that ended it (`"\n"`, `"\r\n"`, `"\r"` or `""` at the end of a file without a final newline).
    public struct Line: Sendable, Equatable {
        /// The line without its terminator.
        public var content: String
        /// The bytes that ended the line.
        public var terminator: String
    }

    /// The lines; line `n` of the notebook (1-based) is `lines[n - 1]`.
    public let lines: [Line]

    /// The terminator used by the file's first terminated line, `"\n"` for a file with none.
    public let lineEnding: String

    /// Splits valid UTF-8 text into lines.
    public init(_ text: String) {
        var lines: [Line] = []
        var content: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                var terminator = String(UnicodeScalar(byte))
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    terminator = "\r\n"
                    index += 1
                }
                lines.append(Line(content: String(decoding: content, as: UTF8.self), terminator: terminator))
                content.removeAll(keepingCapacity: true)
            } else {
                content.append(byte)
            }
            index += 1
        }
        if !content.isEmpty { lines.append(Line(content: String(decoding: content, as: UTF8.self), terminator: "")) }
        self.lines = lines
        self.lineEnding = lines.first(where: { !$0.terminator.isEmpty })?.terminator ?? "\n"
    }

    /// The content of notebook line `number` (1-based), or `""` past the end.
    public func content(ofLine number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1].content : ""
    }

    /// The whole text again, byte for byte.
    public var text: String { lines.map { $0.content + $0.terminator }.joined() }
}
