/// A character grid with a y axis on the left and an x axis below, the canvas of every text plot.
///
/// Values map to grid positions in one of two ways: `points` puts the axis ends on the first and last
/// column (for curves and scatters), `cells` cuts the axis into equal cells (for heat maps and bars).
struct TextFrame {
    /// How values map to columns and rows.
    enum Placement { case points, cells }

    let x: Plot.ResolvedAxis
    let y: Plot.ResolvedAxis
    let width: Int
    let height: Int
    let placement: Placement
    private(set) var grid: [[Character]]

    init(x: Plot.ResolvedAxis, y: Plot.ResolvedAxis, width: Int, height: Int, placement: Placement) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.placement = placement
        grid = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    /// A value's fractional column, 0 at the left edge; `nil` when it cannot be placed.
    func columnPosition(_ value: Double) -> Double? {
        let fraction = x.fraction(of: value)
        return fraction.isFinite ? fraction * Double(width - 1) : nil
    }

    /// A value's fractional row, 0 at the top; `nil` when it cannot be placed.
    func rowPosition(_ value: Double) -> Double? {
        let fraction = y.fraction(of: value)
        return fraction.isFinite ? (1 - fraction) * Double(height - 1) : nil
    }

    /// The column a value falls in, or `nil` outside the axis.
    func column(_ value: Double) -> Int? { index(fraction: x.fraction(of: value), count: width, flipped: false) }

    /// The row a value falls in (0 at the top), or `nil` outside the axis.
    func row(_ value: Double) -> Int? { index(fraction: y.fraction(of: value), count: height, flipped: true) }

    private func index(fraction: Double, count: Int, flipped: Bool) -> Int? {
        // A little slack keeps values that are at the ends up to rounding on the grid.
        let slack = 1e-9
        guard fraction.isFinite, fraction >= -slack, fraction <= 1 + slack else { return nil }
        let position: Int
        switch placement {
        case .points: position = Int((fraction * Double(count - 1)).rounded())
        case .cells: position = Swift.min(count - 1, Swift.max(0, Int(fraction * Double(count))))
        }
        return flipped ? count - 1 - position : position
    }

    /// Puts a character at a grid position; positions off the grid are ignored.
    mutating func put(_ character: Character, column: Int, row: Int) {
        guard (0..<width).contains(column), (0..<height).contains(row) else { return }
        grid[row][column] = character
    }

    /// Draws a straight run of characters between two fractional grid positions, clipped to the grid.
    mutating func drawSegment(from start: (column: Double, row: Double), to end: (column: Double, row: Double),
                              with character: Character) {
        let span = Swift.max(abs(end.column - start.column), abs(end.row - start.row))
        // A cap on steps keeps a segment to a far-off point from looping for long.
        let steps = Swift.min(4 * (width + height), Int(span.rounded(.up)))
        for step in 0...Swift.max(steps, 0) {
            let t = steps == 0 ? 0 : Double(step) / Double(steps)
            let column = start.column + (end.column - start.column) * t
            let row = start.row + (end.row - start.row) * t
            guard column > -0.5, column < Double(width) - 0.5, row > -0.5, row < Double(height) - 0.5 else { continue }
            put(character, column: Int(column.rounded()), row: Int(row.rounded()))
        }
    }

    /// The grid with its axes, tick labels and axis labels, as lines of text.
    ///
    /// `rowLabels` replaces the y tick labels (a bar chart's names); `rowSuffixes` follow each row.
    func lines(xLabel: String?, yLabel: String?, rowLabels: [String]? = nil, rowSuffixes: [String]? = nil) -> [String] {
        var leftLabels = Array(repeating: "", count: height)
        var tickRows = Set<Int>()
        if let rowLabels {
            for (index, label) in rowLabels.prefix(height).enumerated() { leftLabels[index] = label }
        } else {
            for tick in y.ticks {
                guard let row = row(tick), !tickRows.contains(row) else { continue }
                tickRows.insert(row)
                leftLabels[row] = NumberFormat.format(tick)
            }
        }
        let labelWidth = leftLabels.map(\.count).max() ?? 0
        let offset = labelWidth + 2
        var lines: [String] = []
        if let yLabel, !yLabel.isEmpty { lines.append(yLabel) }
        for row in 0..<height {
            let label = leftLabels[row]
            let padded = rowLabels == nil
                ? String(repeating: " ", count: labelWidth - label.count) + label
                : label + String(repeating: " ", count: labelWidth - label.count)
            var line = padded + (tickRows.contains(row) ? " +" : " |") + String(grid[row])
            if let rowSuffixes, row < rowSuffixes.count { line += rowSuffixes[row] }
            lines.append(line)
        }
        var axis = Array(String(repeating: " ", count: labelWidth) + " +" + String(repeating: "-", count: width))
        var tickLabels = Array(repeating: Character(" "), count: TextPlotRenderer.maximumWidth)
        var lastEnd = -1
        for tick in x.ticks {
            guard let column = column(tick) else { continue }
            axis[offset + column] = "+"
            let label = Array(NumberFormat.format(tick))
            var start = offset + column - label.count / 2
            start = Swift.min(start, TextPlotRenderer.maximumWidth - label.count)
            guard start > lastEnd, start >= 0 else { continue }
            for (index, character) in label.enumerated() { tickLabels[start + index] = character }
            lastEnd = start + label.count
        }
        lines.append(String(axis))
        lines.append(String(tickLabels))
        if let xLabel, !xLabel.isEmpty {
            lines.append(String(repeating: " ", count: Swift.max(0, offset + (width - xLabel.count) / 2)) + xLabel)
        }
        return lines.map(trimmingTrailingSpaces)
    }
}

/// A line without the spaces at its end.
func trimmingTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line = line.dropLast() }
    return String(line)
}

/// Breaks text into lines of at most `width` characters at spaces; later lines start with `indent`.
func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    wrapItems(text.split(separator: " ").map(String.init), separator: " ", width: width, indent: indent)
}

/// Joins items with a separator, starting a new line (with `indent`) where the next item would pass `width`.
func wrapItems(_ items: [String], separator: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    var current = ""
    for item in items {
        if current.isEmpty {
            current = (lines.isEmpty ? "" : indent) + item
        } else if current.count + separator.count + item.count > width {
            lines.append(current)
            current = indent + item
        } else {
            current += separator + item
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}
