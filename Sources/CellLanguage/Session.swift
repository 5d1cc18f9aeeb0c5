import Display

/// Limits that keep a cell from hanging or exhausting the process.
public struct ExecutionLimits: Sendable {
    /// Wall-clock seconds one cell may run before it is stopped with an error.
    public var secondsPerCell: Double
    /// Deepest allowed nesting of function and closure calls.
    public var maximumCallDepth: Int

    /// Creates limits; the defaults suit teaching notebooks.
    public init(secondsPerCell: Double = 10, maximumCallDepth: Int = 200) {
        self.secondsPerCell = secondsPerCell
        self.maximumCallDepth = maximumCallDepth
    }
}

/// One notebook's kernel: the environment all its cells share, top to bottom.
///
/// PLACEHOLDER: the evaluator work replaces this body.
public final class Session {
    /// The folder relative paths in cells (such as a CSV file) are resolved against: the notebook's folder.
    public var baseDirectory = "."

    /// Creates a fresh environment.
    public init(limits: ExecutionLimits = ExecutionLimits()) {}

    /// Parses and runs one cell; never throws and never traps, whatever the cell holds.
    public func run(_ cell: CellSource) -> CellResult {
        CellResult(blocks: [.text(cell.code)])
    }
}
