import Display

extension SVGPlotRenderer {
    /// Horizontal bars from zero, one per label, with the value written at the right.
    static func drawBarChart(_ chart: Plot.BarChart, on canvas: inout SVGCanvas) {
        let labelLength = Swift.min(SVGCanvas.legendLabelMaximumLength, chart.labels.map(\.count).max() ?? 0)
        // About 7.5 units per character at font size 13.
        canvas.left = Swift.max(60, 24 + 7.5 * Double(labelLength))
        canvas.right = width - 80
        let axis = chart.valueAxis
        let placeholder = Plot.ResolvedAxis(lower: 0, upper: 1, scale: .linear)
        canvas.drawAxes(x: axis, y: placeholder, xLabel: chart.valueLabel, yLabel: nil, gridlines: true, yTicks: false)
        let n = SVGMarkup.number
        let band = (canvas.bottom - canvas.top) / Double(chart.values.count)
        let thickness = Swift.min(28, band * 0.6)
        let zero = canvas.xPosition(0, on: axis)
        var bars = ["<g>"]
        for (index, value) in chart.values.enumerated() {
            let centre = canvas.top + (Double(index) + 0.5) * band
            canvas.text(SVGCanvas.shortened(chart.labels[index]), x: canvas.left - 8, y: centre + 4.5, anchor: "end")
            canvas.text(NumberFormat.format(value), x: canvas.right + 8, y: centre + 4.5, anchor: "start")
            guard value.isFinite else { continue }
            let end = canvas.xPosition(value, on: axis)
            bars.append(SVGMarkup.element("rect", ["x": n(Swift.min(zero, end)), "y": n(centre - thickness / 2),
                                                   "width": n(abs(end - zero)), "height": n(thickness),
                                                   "fill": "#4a7fb5", "stroke": "#000000", "stroke-width": "1"]))
        }
        bars.append(SVGMarkup.element("path", ["d": "M\(n(zero)) \(n(canvas.top))V\(n(canvas.bottom))",
                                               "stroke": "#000000", "stroke-width": "1.5"]))
        bars.append("</g>")
        canvas.add(bars.joined(separator: "\n"))
    }
}
