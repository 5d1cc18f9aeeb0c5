import Display

/// How one series or class looks, chosen so that each stays distinct when printed in black and white.
struct SVGSeriesStyle {
    /// Marker shapes, drawn at data points and in the legend.
    enum Marker: CaseIterable { case circle, cross, triangle, square, diamond, plus }

    let color: String
    let dash: String?
    let marker: Marker

    /// The Okabe–Ito colours, distinguishable with colour-blindness; black last.
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#000000"]
    /// Solid, dashed, dotted, dash-dot, long-dashed, sparse dotted.
    static let dashes: [String?] = [nil, "8 4", "2 3", "10 3 2 3", "14 4", "1 5"]

    /// The style of the series (or class) at an index.
    static func at(_ index: Int) -> SVGSeriesStyle {
        SVGSeriesStyle(color: colors[index % colors.count], dash: dashes[index % dashes.count],
                       marker: Marker.allCases[index % Marker.allCases.count])
    }

    /// A marker centred on a point; `fill` is the inside of closed shapes.
    static func marker(_ marker: Marker, x: Double, y: Double, size: Double, stroke: String, fill: String,
                       strokeWidth: Double = 1.5) -> String {
        let n = SVGMarkup.number
        let s = size
        let width = n(strokeWidth)
        switch marker {
        case .circle:
            return SVGMarkup.element("circle", ["cx": n(x), "cy": n(y), "r": n(s), "fill": fill, "stroke": stroke,
                                                "stroke-width": width])
        case .square:
            return SVGMarkup.element("rect", ["x": n(x - s), "y": n(y - s), "width": n(2 * s), "height": n(2 * s),
                                              "fill": fill, "stroke": stroke, "stroke-width": width])
        case .triangle:
            let points = "\(n(x)),\(n(y - 1.2 * s)) \(n(x + 1.1 * s)),\(n(y + 0.8 * s)) \(n(x - 1.1 * s)),\(n(y + 0.8 * s))"
            return SVGMarkup.element("polygon", ["points": points, "fill": fill, "stroke": stroke, "stroke-width": width])
        case .diamond:
            let points = "\(n(x)),\(n(y - 1.3 * s)) \(n(x + 1.3 * s)),\(n(y)) \(n(x)),\(n(y + 1.3 * s)) \(n(x - 1.3 * s)),\(n(y))"
            return SVGMarkup.element("polygon", ["points": points, "fill": fill, "stroke": stroke, "stroke-width": width])
        case .cross:
            let d = "M\(n(x - s)) \(n(y - s))L\(n(x + s)) \(n(y + s))M\(n(x - s)) \(n(y + s))L\(n(x + s)) \(n(y - s))"
            return SVGMarkup.element("path", ["d": d, "fill": "none", "stroke": stroke, "stroke-width": n(strokeWidth + 0.5)])
        case .plus:
            let d = "M\(n(x - 1.2 * s)) \(n(y))L\(n(x + 1.2 * s)) \(n(y))M\(n(x)) \(n(y - 1.2 * s))L\(n(x)) \(n(y + 1.2 * s))"
            return SVGMarkup.element("path", ["d": d, "fill": "none", "stroke": stroke, "stroke-width": n(strokeWidth + 0.5)])
        }
    }
}
