extension TextPlotRenderer {
    /// Rows of a line plot or scatter plot: enough to show a curve's shape, few enough for a page.
    static let chartHeight = 17

    /// A line plot: each series' points joined by runs of its character, then a legend line.
    static func lineChartLines(_ chart: Plot.LineChart) -> [String] {
        let (xAxis, yAxis) = chart.resolvedAxes
        let width = plotWidth(labelWidth: tickLabelWidth(yAxis))
        var frame = TextFrame(x: xAxis, y: yAxis, width: width, height: chartHeight, placement: .points)
        for (index, series) in chart.series.enumerated() {
            let character = seriesCharacter(index)
            var previous: (column: Double, row: Double)?
            for (pointX, pointY) in zip(series.x, series.y) {
                guard chart.isDrawn(x: pointX, y: pointY),
                      let column = frame.columnPosition(pointX), let row = frame.rowPosition(pointY) else {
                    previous = nil  // a gap in the data is a gap in the curve
                    continue
                }
                frame.drawSegment(from: previous ?? (column, row), to: (column, row), with: character)
                previous = (column, row)
            }
        }
        let legend = chart.series.enumerated().map { "\(seriesCharacter($0.offset)) \($0.element.label)" }
        return frame.lines(xLabel: chart.x.label, yLabel: axisLabel(chart.y))
            + wrapItems(legend, separator: "   ", width: maximumWidth)
    }

    /// A scatter plot: one marker per point by class, then a legend of classes.
    static func scatterLines(_ scatter: Plot.Scatter) -> [String] {
        let (xAxis, yAxis) = scatter.resolvedAxes
        let width = plotWidth(labelWidth: tickLabelWidth(yAxis))
        var frame = TextFrame(x: xAxis, y: yAxis, width: width, height: chartHeight, placement: .points)
        for point in scatter.points where scatter.isDrawn(point) {
            guard let column = frame.column(point.x), let row = frame.row(point.y) else { continue }
            frame.put(classMarker(point.classIndex), column: column, row: row)
        }
        return frame.lines(xLabel: scatter.x.label, yLabel: axisLabel(scatter.y)) + classLegend(scatter.classes)
    }

    /// An axis label with `(log scale)` added for a logarithmic axis.
    static func axisLabel(_ axis: Plot.Axis) -> String? {
        guard axis.scale == .logarithmic else { return axis.label }
        return (axis.label.map { $0 + " " } ?? "") + "(log scale)"
    }
}
