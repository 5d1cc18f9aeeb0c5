extension TextPlotRenderer {
    /// The tallest heat map in rows; wider regions get fewer.
    static let heatMapMaximumHeight = 24

    /// A heat map: each character the shade of the cell under it, marked points on top, then legends.
    static func heatMapLines(_ map: Plot.HeatMap) -> [String] {
        let xAxis = map.xAxis, yAxis = map.yAxis
        var width = plotWidth(labelWidth: tickLabelWidth(yAxis), cap: 56)
        // A character is about twice as tall as it is wide, so half as many rows as columns makes a square.
        let aspect = (yAxis.upper - yAxis.lower) / (xAxis.upper - xAxis.lower)
        var height = Int((Double(width) / 2 * aspect).rounded())
        if !(height <= heatMapMaximumHeight) {
            height = heatMapMaximumHeight
            width = Swift.max(16, Swift.min(width, Int((2 * Double(height) / aspect).rounded())))
        }
        height = Swift.max(4, height)
        var frame = TextFrame(x: xAxis, y: yAxis, width: width, height: height, placement: .cells)
        let scale = map.valueScale
        for row in 0..<height {
            let valueRow = map.rowCount - 1 - Swift.min(map.rowCount - 1, (2 * row + 1) * map.rowCount / (2 * height))
            for column in 0..<width {
                let valueColumn = Swift.min(map.columnCount - 1, (2 * column + 1) * map.columnCount / (2 * width))
                frame.put(shade(scale.fraction(of: map.values[valueRow][valueColumn])), column: column, row: row)
            }
        }
        for point in map.points where map.isDrawn(point) {
            guard let column = frame.column(point.x), let row = frame.row(point.y) else { continue }
            frame.put(classMarker(point.classIndex), column: column, row: row)
        }
        var lines = frame.lines(xLabel: map.xLabel, yLabel: map.yLabel)
        lines.append(shadeLegend(scale, label: map.valueLabel))
        lines += classLegend(map.classes)
        return lines
    }
}
