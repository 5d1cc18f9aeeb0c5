extension TextPlotRenderer {
    /// The longest bar name shown; longer names are cut with `…`.
    static let barLabelMaximumWidth = 16

    /// A bar chart: one row per bar, `#` from zero to the value, the value after the bars.
    static func barChartLines(_ chart: Plot.BarChart) -> [String] {
        let axis = chart.valueAxis
        let labels = chart.labels.map { $0.count <= barLabelMaximumWidth ? $0 : String($0.prefix(barLabelMaximumWidth - 1)) + "…" }
        let values = chart.values.map(NumberFormat.format)
        let labelWidth = labels.map(\.count).max() ?? 0
        let valueWidth = values.map(\.count).max() ?? 0
        let width = Swift.min(48, maximumWidth - labelWidth - 2 - valueWidth - 2)
        let placeholder = Plot.ResolvedAxis(lower: 0, upper: 1, scale: .linear)
        var frame = TextFrame(x: axis, y: placeholder, width: width, height: chart.values.count, placement: .points)
        let zero = frame.column(0) ?? 0
        for (row, value) in chart.values.enumerated() {
            guard value.isFinite, value != 0, let end = frame.column(value) else { continue }
            for column in Swift.min(zero, end)...Swift.max(zero, end) { frame.put("#", column: column, row: row) }
        }
        return frame.lines(xLabel: chart.valueLabel, yLabel: nil, rowLabels: labels, rowSuffixes: values.map { " " + $0 })
    }
}
