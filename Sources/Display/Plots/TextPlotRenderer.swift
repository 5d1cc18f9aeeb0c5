/// Draws a ``Plot`` with characters, for the Markdown handout and the terminal.
///
/// Every line fits in ``maximumWidth`` columns. Curves use one character per series
/// (``seriesCharacters``), classes one marker each (``classMarkers``), and heat maps and images the
/// ``shadeRamp`` from light to dark, with a legend line saying which values the ends stand for.
/// Notes about values that were not drawn follow the plot, each line starting `note:`.
public enum TextPlotRenderer {
    /// The widest line a text plot draws, so that handouts read in a terminal and on paper.
    public static let maximumWidth = 72
    /// The characters of the line plot's series, in order; more series reuse them from the start.
    public static let seriesCharacters: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]
    /// The markers of the classes 0, 1, …; none is in the shade ramp, so they stand out on a heat map.
    public static let classMarkers: [Character] = ["o", "x", "v", "^", "&", "$", "s", "d"]
    /// Shades from the lowest value (a space) to the highest (`@`).
    public static let shadeRamp: [Character] = Array(" .:-=+*#%@")
    /// The character for a NaN or infinite cell or pixel.
    public static let missingShade: Character = "?"

    /// The plot as text: title, plot, legend, then notes, without a trailing newline.
    public static func render(_ plot: Plot) -> String {
        var lines: [String] = []
        var extraNotes: [String] = []
        let body: [String]
        switch plot.content {
        case .lines(let chart): body = lineChartLines(chart)
        case .scatter(let scatter): body = scatterLines(scatter)
        case .heatMap(let map): body = heatMapLines(map)
        case .image(let image): (body, extraNotes) = imageLines(image)
        case .bars(let chart): body = barChartLines(chart)
        }
        if let title = plot.title, !title.isEmpty {
            let plotWidth = body.map(\.count).max() ?? 0
            if title.count < plotWidth {
                lines.append(String(repeating: " ", count: (plotWidth - title.count) / 2) + title)
            } else {
                lines += wrap(title, width: maximumWidth)
            }
        }
        lines += body
        for note in plot.notes + extraNotes {
            lines += wrap("note: " + note, width: maximumWidth, indent: "      ")
        }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n")
    }

    /// The character of the series at an index.
    public static func seriesCharacter(_ index: Int) -> Character { seriesCharacters[index % seriesCharacters.count] }

    /// The marker of a class.
    public static func classMarker(_ classIndex: Int) -> Character { classMarkers[classIndex % classMarkers.count] }

    /// The shade for a value's place in its scale, or ``missingShade`` for `nil`.
    static func shade(_ fraction: Double?) -> Character {
        guard let fraction else { return missingShade }
        return shadeRamp[Swift.min(shadeRamp.count - 1, Int(fraction * Double(shadeRamp.count)))]
    }

    /// The legend line of a value scale: `output: 0.01 [ .:-=+*#%@] 0.99`.
    static func shadeLegend(_ scale: Plot.ValueScale, label: String?) -> String {
        let name = label ?? "shade"
        if scale.isConstant {
            return "\(name): every value is \(NumberFormat.format(scale.lower)), drawn as '\(shade(0.5))'"
        }
        return "\(name): \(NumberFormat.format(scale.lower)) [\(String(shadeRamp))] \(NumberFormat.format(scale.upper))"
    }

    /// The legend of classes: `o class 0   x class 1`.
    static func classLegend(_ classes: [(index: Int, name: String)]) -> [String] {
        wrapItems(classes.map { "\(classMarker($0.index)) \($0.name)" }, separator: "   ", width: maximumWidth)
    }

    /// Columns for a plot whose y tick labels are at most `labelWidth` wide, leaving room for the last x label.
    static func plotWidth(labelWidth: Int, cap: Int = 64) -> Int {
        Swift.min(cap, maximumWidth - labelWidth - 2 - 3)
    }

    /// The widest y tick label of an axis.
    static func tickLabelWidth(_ axis: Plot.ResolvedAxis) -> Int {
        axis.ticks.map { NumberFormat.format($0).count }.max() ?? 1
    }
}
