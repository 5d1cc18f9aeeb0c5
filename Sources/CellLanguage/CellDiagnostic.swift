/// An error in a cell, located in the notebook, printed the way the Swift compiler prints errors.
public struct CellDiagnostic: Error, Sendable, Equatable {
    /// The notebook's path.
    public var file: String
    /// Notebook line, 1-based.
    public var line: Int
    /// Notebook column, 1-based.
    public var column: Int
    /// What went wrong, saying what was expected and what was found.
    public var message: String
    /// The notebook's source line at `line` (without its container prefix stripped), for the caret display.
    public var sourceLine: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String, sourceLine: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, the source line and a caret under the column.
    public var formatted: String {
        var text = "\(file):\(line):\(column): error: \(message)"
        if !sourceLine.isEmpty {
            text += "\n" + sourceLine + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return text
    }
}
