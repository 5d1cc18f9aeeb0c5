import Display

/// How one executed cell appears in a handout.
public struct CellPresentation: Sendable, Equatable {
    /// What the cell displayed and printed, in order (or its error, for a `should-fail` cell).
    public var blocks: [DisplayBlock]
    /// Whether `blocks` is an error message (a `should-fail` cell's expected failure).
    public var isError: Bool
    /// Whether the handout leaves the cell's code out (`hide-code`).
    public var hideCode: Bool
    /// Whether the handout shows an output block (false for `hide-output`, `no-run` and cells with nothing to show).
    public var showsOutput: Bool
    /// A line the page shows above the cell (an assignment's test: its id and points).
    public var caption: String?

    /// Creates a presentation.
    public init(blocks: [DisplayBlock], isError: Bool = false, hideCode: Bool = false, showsOutput: Bool = true) {
        self.blocks = blocks
        self.isError = isError
        self.hideCode = hideCode
        self.showsOutput = showsOutput
    }
}
