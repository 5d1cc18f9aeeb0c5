/// The code of one cell and where it sits in its notebook, so errors can point at notebook lines.
public struct CellSource: Sendable {
    /// The notebook's path as the user wrote it, used in diagnostics (`notebooks/xor.md`).
    public var file: String
    /// The cell's code, lines separated by `\n`, without the fences.
    public var code: String
    /// The notebook line (1-based) of the cell's first code line.
    public var firstLine: Int
    /// For each code line, how many columns of container prefix (`> `, list indentation) precede it in the notebook.
    public var columnOffsets: [Int]

    /// Creates a cell source.
    public init(file: String, code: String, firstLine: Int, columnOffsets: [Int] = []) {
        self.file = file
        self.code = code
        self.firstLine = firstLine
        self.columnOffsets = columnOffsets
    }

    /// Maps a 1-based line and column inside the cell to the notebook's line and column.
    public func notebookPosition(line: Int, column: Int) -> (line: Int, column: Int) {
        let offset = line - 1 < columnOffsets.count && line >= 1 ? columnOffsets[line - 1] : 0
        return (firstLine + line - 1, column + offset)
    }
}
