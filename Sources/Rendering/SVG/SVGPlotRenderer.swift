import Display

/// Draws a ``Plot`` as an inline `<svg>` for the HTML handout, sized for a printed page.
///
/// The viewBox is 640 units wide and 400 tall (plus a line per note); the element is `width="100%"`.
/// Every number in an attribute has two decimals and every element comes in a fixed order, so the same
/// plot renders to the same bytes everywhere. Series differ in colour, dash pattern and marker; heat maps
/// use reversed viridis and images greys, darker meaning higher in both, so pages read printed in black and white.
///
/// ```swift
/// let svg = SVGPlotRenderer.render(try Plot.lossCurve(history))
/// ```
public enum SVGPlotRenderer {
    /// The viewBox width.
    public static let width = 640.0
    /// The viewBox height before note lines.
    public static let height = 400.0
    /// The height of one note line under the plot.
    static let noteLineHeight = 18.0

    /// The plot as an `<svg>` element, without a trailing newline.
    public static func render(_ plot: Plot) -> String {
        // The plot rectangle leaves room for the title above, tick and axis labels below and left,
        // and a legend panel on the right.
        var canvas = SVGCanvas(left: 78, top: 44, right: width - 180, bottom: height - 58)
        switch plot.content {
        case .lines(let chart): drawLineChart(chart, on: &canvas)
        case .scatter(let scatter): drawScatter(scatter, on: &canvas)
        case .heatMap(let map): drawHeatMap(map, on: &canvas)
        case .image(let image): drawImage(image, on: &canvas)
        case .bars(let chart): drawBarChart(chart, on: &canvas)
        }
        let notes = plot.notes
        let totalHeight = height + Double(notes.count) * noteLineHeight
        for (index, note) in notes.enumerated() {
            canvas.text("note: " + note, x: 20, y: height + Double(index) * noteLineHeight + 4, anchor: "start",
                        size: 12, style: "italic")
        }
        let n = SVGMarkup.number
        let label = plot.title ?? "plot"
        var lines = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(totalHeight))\" "
            + "width=\"100%\" style=\"max-width:\(Int(width))px;height:auto\" role=\"img\" "
            + "aria-label=\"\(SVGMarkup.escape(label))\" font-family=\"Helvetica, Arial, sans-serif\">"]
        lines.append(SVGMarkup.element("title", [:], text: label))
        lines.append(SVGMarkup.element("rect", ["x": "0.00", "y": "0.00", "width": n(width), "height": n(totalHeight),
                                                "fill": "#ffffff"]))
        if let title = plot.title, !title.isEmpty {
            lines.append(SVGMarkup.element("text", ["x": n(width / 2), "y": "26.00", "text-anchor": "middle",
                                                    "font-size": "16.00", "font-weight": "bold"], text: title))
        }
        lines += canvas.elements
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
