import Display

extension SVGPlotRenderer {
    /// About how many markers each long series gets, so that markers identify it without hiding the line.
    static let markersPerSeries = 10

    /// Each series as polylines (broken where points are not drawn) in its colour and dash, with markers.
    static func drawLineChart(_ chart: Plot.LineChart, on canvas: inout SVGCanvas) {
        let (xAxis, yAxis) = chart.resolvedAxes
        canvas.drawAxes(x: xAxis, y: yAxis, xLabel: chart.x.label, yLabel: chart.y.label, gridlines: true)
        let n = SVGMarkup.number
        for (index, series) in chart.series.enumerated() {
            let style = SVGSeriesStyle.at(index)
            var runs: [[(Double, Double)]] = [[]]
            for (pointX, pointY) in zip(series.x, series.y) {
                if chart.isDrawn(x: pointX, y: pointY) {
                    runs[runs.count - 1].append((canvas.xPosition(pointX, on: xAxis), canvas.yPosition(pointY, on: yAxis)))
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            var group = ["<g>"]
            for run in runs where run.count > 1 {
                let points = run.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
                group.append(polyline(points: points, style: style))
            }
            let drawn = runs.flatMap { $0 }
            let every = Swift.max(1, drawn.count / markersPerSeries)
            // Series start their markers at different offsets so that markers of overlapping curves do not stack.
            let offset = drawn.count > markersPerSeries ? (index * every / Swift.max(1, chart.series.count)) : 0
            for (position, point) in drawn.enumerated() where position % every == offset % every {
                group.append(SVGSeriesStyle.marker(style.marker, x: point.0, y: point.1, size: 3.5,
                                                   stroke: style.color, fill: "#ffffff"))
            }
            group.append("</g>")
            canvas.add(group.joined(separator: "\n"))
            canvas.legendEntry(index: index, top: canvas.top + 10, label: series.label) { x, y in
                polyline(points: "\(n(x - 18)),\(n(y)) \(n(x + 18)),\(n(y))", style: style) + "\n"
                    + SVGSeriesStyle.marker(style.marker, x: x, y: y, size: 3.5, stroke: style.color, fill: "#ffffff")
            }
        }
    }

    /// Points by class: each class its own marker shape and colour, with a legend of classes.
    static func drawScatter(_ scatter: Plot.Scatter, on canvas: inout SVGCanvas) {
        let (xAxis, yAxis) = scatter.resolvedAxes
        canvas.drawAxes(x: xAxis, y: yAxis, xLabel: scatter.x.label, yLabel: scatter.y.label, gridlines: true)
        var group = ["<g>"]
        for point in scatter.points where scatter.isDrawn(point) {
            let style = SVGSeriesStyle.at(point.classIndex)
            group.append(SVGSeriesStyle.marker(style.marker, x: canvas.xPosition(point.x, on: xAxis),
                                               y: canvas.yPosition(point.y, on: yAxis), size: 4.5,
                                               stroke: style.color, fill: "#ffffff", strokeWidth: 1.8))
        }
        group.append("</g>")
        canvas.add(group.joined(separator: "\n"))
        for (row, entry) in scatter.classes.enumerated() {
            let style = SVGSeriesStyle.at(entry.index)
            canvas.legendEntry(index: row, top: canvas.top + 10, label: entry.name) { x, y in
                SVGSeriesStyle.marker(style.marker, x: x, y: y, size: 4.5, stroke: style.color, fill: "#ffffff",
                                      strokeWidth: 1.8)
            }
        }
    }

    private static func polyline(points: String, style: SVGSeriesStyle) -> String {
        if let dash = style.dash {
            return SVGMarkup.element("polyline", ["points": points, "fill": "none", "stroke": style.color,
                                                  "stroke-width": "2.00", "stroke-dasharray": dash,
                                                  "stroke-linejoin": "round"])
        }
        return SVGMarkup.element("polyline", ["points": points, "fill": "none", "stroke": style.color,
                                              "stroke-width": "2.00", "stroke-linejoin": "round"])
    }
}
