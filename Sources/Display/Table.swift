/// A table of already formatted cells, with an optional caption and header row.
///
/// Numeric columns align to the right, text columns to the left.
public struct Table: Sendable, Equatable {
    /// A line shown above the table, such as `layer 1: z = W·x + b`.
    public var caption: String?
    /// Column headings; empty for a bare grid such as a matrix.
    public var header: [String]
    /// The cells, row by row, each row as long as the header (or as the widest row).
    public var rows: [[String]]

    /// Creates a table from formatted cells.
    public init(caption: String? = nil, header: [String] = [], rows: [[String]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }

    /// Creates a bare grid of numbers, as a matrix displays itself.
    public init(caption: String? = nil, header: [String] = [], numbers: [[Double]]) {
        self.init(caption: caption, header: header,
                  rows: numbers.map { $0.map(NumberFormat.format) })
    }

    /// The number of columns: the widest of the header and every row.
    public var columnCount: Int {
        rows.reduce(header.count) { Swift.max($0, $1.count) }
    }

    /// Whether a column holds numbers only (and so aligns to the right).
    public func isNumeric(column: Int) -> Bool {
        rows.allSatisfy { row in
            column >= row.count || row[column].isEmpty || Double(row[column]) != nil
                || ["nan", "inf", "-inf", "⋮", "…", "·"].contains(row[column])
        }
    }

    /// The table as aligned text: a caption line, a header with a rule under it, then the rows.
    public var text: String {
        let count = columnCount
        var widths = [Int](repeating: 0, count: count)
        for row in [header] + rows {
            for (index, cell) in row.enumerated() { widths[index] = Swift.max(widths[index], cell.count) }
        }
        let numeric = (0..<count).map(isNumeric(column:))
        func line(_ row: [String]) -> String {
            var cells: [String] = []
            for index in 0..<count {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                cells.append(numeric[index] ? padding + cell : cell + padding)
            }
            var text = cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines: [String] = []
        if let caption { lines.append(caption) }
        if !header.isEmpty {
            lines.append(line(header))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        lines.append(contentsOf: rows.map(line))
        return lines.joined(separator: "\n")
    }
}
