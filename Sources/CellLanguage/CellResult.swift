import Display

/// What running one cell produced: its displayed values and printed text, in order, and its error if it failed.
public struct CellResult: Sendable {
    /// Printed text and displayed values in the order they were produced.
    public var blocks: [DisplayBlock]
    /// The error that stopped the cell, if any.
    public var error: CellDiagnostic?

    /// Creates a result.
    public init(blocks: [DisplayBlock], error: CellDiagnostic? = nil) {
        self.blocks = blocks
        self.error = error
    }
}
