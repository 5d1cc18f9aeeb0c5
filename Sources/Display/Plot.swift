/// A plot: what to draw, independent of how (text or SVG).
///
/// A plot is built by one of the validating constructors (``lines(_:title:x:y:)``,
/// ``lossCurve(_:title:scale:)``, ``function(_:over:samples:title:x:y:_:)``, ``heatMap(_:x:y:title:xLabel:yLabel:valueLabel:valueRange:points:classNames:)``,
/// ``scatter(_:title:x:y:classNames:)``, ``image(_:title:valueRange:)``, ``bars(_:values:title:valueLabel:)``),
/// which throw a ``PlotError`` for data that cannot be drawn at all (no points, ragged grids, empty ranges).
/// Values that are merely unusable (NaN, infinities, non-positive values on a log axis) are skipped
/// and reported in ``notes``. ``text`` draws the plot with characters; the Rendering target draws it as SVG.
///
/// ```swift
/// let plot = try Plot.lossCurve([0.7, 0.4, 0.2, 0.1])
/// print(plot.text)
/// ```
public struct Plot: Sendable, Equatable {
    /// What kind of plot this is, with its data.
    public enum Content: Sendable, Equatable {
        /// One or more series drawn as lines.
        case lines(LineChart)
        /// Points marked by class.
        case scatter(Scatter)
        /// A grid of values over a rectangle, shaded, with optional marked points.
        case heatMap(HeatMap)
        /// A small greyscale picture, such as a digit or a weight vector.
        case image(GreyscaleImage)
        /// One horizontal bar per labelled value.
        case bars(BarChart)
    }

    /// A title shown above the plot.
    public var title: String?
    /// The kind of plot and its data.
    public var content: Content

    /// Creates a plot from already validated content; the static constructors are the usual way in.
    public init(title: String? = nil, content: Content) {
        self.title = title
        self.content = content
    }

    /// The plot drawn with characters, at most ``TextPlotRenderer/maximumWidth`` columns wide.
    public var text: String { TextPlotRenderer.render(self) }

    /// Sentences about data that was not drawn (non-finite values, points outside the range), one per line.
    public var notes: [String] {
        switch content {
        case .lines(let chart): return chart.notes
        case .scatter(let scatter): return scatter.notes
        case .heatMap(let map): return map.notes
        case .image(let image): return image.notes
        case .bars(let chart): return chart.notes
        }
    }
}
