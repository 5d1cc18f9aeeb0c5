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

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:col: error: message`.
    public var formatted: String { "\(file):\(line):\(column): error: \(message)" }
}
