/// A fenced code block whose info string starts with `swift`, with its exact place in the notebook.
public struct Cell: Sendable, Equatable {
    /// Position among the notebook's cells, from 0.
    public var index: Int
    /// The options of its info string.
    public var options: CellOptions
    /// The code between the fences, lines joined by `\n`, container prefixes (`> `, list indentation) removed.
    public var code: String
    /// Notebook line (1-based) of the opening fence.
    public var openingLine: Int
    /// Notebook line (1-based) of the closing fence.
    public var closingLine: Int
    /// For each code line, the bytes of container prefix and indentation before it on its notebook line.
    public var columnOffsets: [Int]
    /// What an inserted block's lines must start with to stay in the cell's container (`> `, spaces for a list item).
    public var containerPrefix: String

    /// Notebook line of the first code line.
    public var firstCodeLine: Int { openingLine + 1 }
}
