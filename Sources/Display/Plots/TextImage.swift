extension TextPlotRenderer {
    /// The most pixel columns drawn (two characters each, inside a border); wider images are averaged down.
    static let imageMaximumColumns = 34
    /// The most pixel rows drawn; taller images are averaged down.
    static let imageMaximumRows = 40

    /// An image: two characters per pixel so that pixels look square, inside a border, then the shade legend.
    static func imageLines(_ image: Plot.GreyscaleImage) -> (lines: [String], notes: [String]) {
        let factor = Swift.max(1, Swift.max((image.columns + imageMaximumColumns - 1) / imageMaximumColumns,
                                            (image.rows + imageMaximumRows - 1) / imageMaximumRows))
        let rows = (image.rows + factor - 1) / factor
        let columns = (image.columns + factor - 1) / factor
        let scale = image.valueScale
        let border = "+" + String(repeating: "-", count: 2 * columns) + "+"
        var lines = [border]
        for row in 0..<rows {
            var line = "|"
            for column in 0..<columns {
                let shade = shade(scale.fraction(of: blockMean(image, row: row, column: column, factor: factor)))
                line += String(repeating: shade, count: 2)
            }
            lines.append(line + "|")
        }
        lines.append(border)
        lines.append(shadeLegend(scale, label: "value") + "   (\(image.rows) × \(image.columns) pixels)")
        let notes = factor == 1 ? [] : ["drawn at 1/\(factor) size: each character pair averages \(factor) × \(factor) pixels"]
        return (lines, notes)
    }

    /// The mean of the finite pixels of a `factor` × `factor` block, or NaN when none is finite.
    private static func blockMean(_ image: Plot.GreyscaleImage, row: Int, column: Int, factor: Int) -> Double {
        var sum = 0.0, count = 0
        for pixelRow in (row * factor)..<Swift.min(image.rows, (row + 1) * factor) {
            for pixelColumn in (column * factor)..<Swift.min(image.columns, (column + 1) * factor) {
                let value = image.value(row: pixelRow, column: pixelColumn)
                if value.isFinite { sum += value; count += 1 }
            }
        }
        return count == 0 ? .nan : sum / Double(count)
    }
}
