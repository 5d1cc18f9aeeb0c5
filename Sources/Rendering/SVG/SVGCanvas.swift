import Display

/// The SVG being drawn: a plot rectangle inside a 640-wide page, and the elements so far.
struct SVGCanvas {
    /// The plot rectangle, in viewBox units; y grows downwards.
    var left: Double, top: Double, right: Double, bottom: Double
    private(set) var elements: [String] = []

    /// Appends one element (or group) of markup.
    mutating func add(_ markup: String) { elements.append(markup) }

    /// The x coordinate of a value on a horizontal axis.
    func xPosition(_ value: Double, on axis: Plot.ResolvedAxis) -> Double {
        left + axis.fraction(of: value) * (right - left)
    }

    /// The y coordinate of a value on a vertical axis.
    func yPosition(_ value: Double, on axis: Plot.ResolvedAxis) -> Double {
        bottom - axis.fraction(of: value) * (bottom - top)
    }

    /// Text at a point, in the plot's font; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "middle", size: Double = 13,
                       weight: String? = nil, style: String? = nil) {
        let n = SVGMarkup.number
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let style { attributes += " font-style=\"\(style)\"" }
        add("<text \(attributes)>\(SVGMarkup.escape(content))</text>")
    }

    /// Gridlines (optional), the frame, tick marks, tick labels and axis labels of both axes.
    mutating func drawAxes(x: Plot.ResolvedAxis, y: Plot.ResolvedAxis, xLabel: String?, yLabel: String?,
                           gridlines: Bool, yTicks: Bool = true) {
        let n = SVGMarkup.number
        var grid: [String] = []
        var ticks: [String] = []
        for tick in x.ticks {
            let position = xPosition(tick, on: x)
            guard position >= left - 0.01, position <= right + 0.01 else { continue }
            if gridlines { grid.append("M\(n(position)) \(n(top))V\(n(bottom))") }
            ticks.append("M\(n(position)) \(n(bottom))v5")
            text(NumberFormat.format(tick), x: position, y: bottom + 19)
        }
        for tick in yTicks ? y.ticks : [] {
            let position = yPosition(tick, on: y)
            guard position >= top - 0.01, position <= bottom + 0.01 else { continue }
            if gridlines { grid.append("M\(n(left)) \(n(position))H\(n(right))") }
            ticks.append("M\(n(left)) \(n(position))h-5")
            text(NumberFormat.format(tick), x: left - 8, y: position + 4.5, anchor: "end")
        }
        if !grid.isEmpty {
            elements.insert(SVGMarkup.element("path", ["d": grid.joined(), "stroke": "#d9d9d9", "stroke-width": "1"]),
                            at: 0)
        }
        add(SVGMarkup.element("rect", ["x": n(left), "y": n(top), "width": n(right - left), "height": n(bottom - top),
                                       "fill": "none", "stroke": "#000000", "stroke-width": "1"]))
        if !ticks.isEmpty {
            add(SVGMarkup.element("path", ["d": ticks.joined(), "stroke": "#000000", "stroke-width": "1"]))
        }
        if let xLabel, !xLabel.isEmpty { text(xLabel, x: (left + right) / 2, y: bottom + 40, size: 14) }
        if let yLabel, !yLabel.isEmpty {
            let centre = (top + bottom) / 2
            add("<text transform=\"translate(\(n(left - 52)) \(n(centre))) rotate(-90)\" text-anchor=\"middle\" "
                + "font-size=\"14.00\">\(SVGMarkup.escape(yLabel))</text>")
        }
    }

    /// A legend entry in the right-hand panel: a sample (line, marker or both) and its label.
    mutating func legendEntry(index row: Int, top legendTop: Double, label: String, sample: (Double, Double) -> String) {
        let y = legendTop + Double(row) * 22
        add(sample(right + 34, y))
        text(Self.shortened(label), x: right + 62, y: y + 4.5, anchor: "start")
    }

    /// The longest legend label that fits the panel; longer ones end in `…`.
    static let legendLabelMaximumLength = 17

    /// A label cut to fit the legend panel.
    static func shortened(_ label: String) -> String {
        label.count <= legendLabelMaximumLength ? label : String(label.prefix(legendLabelMaximumLength - 1)) + "…"
    }
}
