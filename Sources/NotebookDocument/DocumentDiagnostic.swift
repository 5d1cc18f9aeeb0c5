/// A problem with a notebook file itself (not with a cell's code), located like a compiler error.
public struct DocumentDiagnostic: Error, Sendable, Equatable {
    /// The notebook's path.
    public var file: String
    /// Line, 1-based.
    public var line: Int
    /// Column, 1-based, in bytes.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// Whether the file could not be read as text at all (binary data, invalid UTF-8), rather than holding a bad cell.
    public var isUnreadable: Bool

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String, isUnreadable: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isUnreadable = isUnreadable
    }

    /// `file:line:col: error: message`.
    public var formatted: String { "\(file):\(line):\(column): error: \(message)" }
}
