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
    /// Notes after the error, such as where the running cell called the function that failed.
    public var notes: [CellDiagnostic] = []
    /// `error`, or `note` for a note.
    public var severity = "error"

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
        var text = "\(file):\(line):\(column): \(severity): \(message)"
        if !sourceLine.isEmpty {
            text += "\n" + sourceLine + "\n" + String(repeating: " ", count: caretOffset) + "^"
        }
        for note in notes { text += "\n" + note.formatted }
        return text
    }

    /// Characters before the caret: `column` counts UTF-8 bytes, as compilers do, but the caret sits
    /// under the character that starts there, however many bytes the text before it takes.
    var caretOffset: Int {
        var bytes = max(0, column - 1)
        var characters = 0
        for character in sourceLine {
            guard bytes > 0 else { break }
            bytes -= character.utf8.count
            characters += 1
        }
        return characters + max(0, bytes)
    }
}
