/// A fenced code block that is not a cell, as cmark reads it (a reference page's `output` block).
public struct FencedBlock: Sendable, Equatable {
    /// The info string's first word (`output`).
    public var info: String
    /// The opening fence's characters (```` ``` ```` or `~~~~`), which the closing fence must match.
    public var fence: String
    /// The opening fence's line, 1-based.
    public var openingLine: Int
    /// The closing fence's line, 1-based; `nil` when the block runs to the end of its container unclosed.
    public var closingLine: Int?
}
