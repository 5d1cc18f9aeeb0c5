/// A position inside a cell's code: 1-based line and column (UTF-8 columns, as swift-syntax counts them).
public struct CellPosition: Sendable, Equatable {
    /// Line inside the cell, 1-based.
    public var line: Int
    /// Column inside the line, 1-based.
    public var column: Int
    /// Which of the session's cells the code is in (a function declared in an earlier cell runs there);
    /// `nil` for the running cell.
    public var cell: Int?

    /// Creates a position.
    public init(line: Int, column: Int, cell: Int? = nil) {
        self.line = line
        self.column = column
        self.cell = cell
    }
}

/// An error raised while compiling or running a cell; the session turns it into a ``CellDiagnostic``.
///
/// Builtins throw it without a position; the call that invoked them adds the position of the call
/// (or of the offending argument).
public struct CellError: Error, Sendable {
    /// What was expected and what was found.
    public var message: String
    /// Where in the cell, when known.
    public var position: CellPosition?
    /// The index of the call argument at fault, so the call can point at it.
    public var argumentIndex: Int?
    /// Where the running cell called into the code of another cell that raised the error (a note, as the compiler gives).
    public var calledFrom: CellPosition?

    /// Creates an error with a message.
    public init(_ message: String, position: CellPosition? = nil, argumentIndex: Int? = nil) {
        self.message = message
        self.position = position
        self.argumentIndex = argumentIndex
    }
}

extension CellError {
    /// Converts any error thrown by a builtin or the numeric core into a `CellError`.
    static func wrapping(_ error: any Error) -> CellError {
        if let cellError = error as? CellError { return cellError }
        return CellError(String(describing: error))
    }

    /// Returns the error located at `position` unless it already has a position. An error from another
    /// cell's code passing through `position` keeps its place and notes the innermost call in each cell it
    /// leaves, so the last note is in the cell that was running.
    func located(at position: CellPosition) -> CellError {
        var copy = self
        guard let own = copy.position else {
            copy.position = position
            return copy
        }
        if own.cell != position.cell, copy.calledFrom?.cell != position.cell { copy.calledFrom = position }
        return copy
    }
}

/// Runs `body`, giving any error it throws `position` if it has none yet.
@inline(__always)
func locating<T>(_ position: CellPosition, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw CellError.wrapping(error).located(at: position) }
}
