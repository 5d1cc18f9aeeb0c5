import Display

/// What running one cell produced: its displayed values and printed text, in order, and its error if it failed.
public struct CellResult: Sendable {
    /// Printed text and displayed values in the order they were produced; none for a cell stopped by its
    /// time limit, whose partial output would depend on the machine's speed.
    public var blocks: [DisplayBlock]
    /// The error that stopped the cell, if any.
    public var error: CellDiagnostic?

    /// Creates a result.
    public init(blocks: [DisplayBlock], error: CellDiagnostic? = nil) {
        self.blocks = blocks
        self.error = error
    }
}
