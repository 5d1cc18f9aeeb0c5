import Display

/// A plot as a cell value: displays as text in the Markdown handout and as SVG in the HTML one.
public final class PlotObject: CellObject {
    /// The plot model.
    public let plot: Plot

    /// Wraps a plot.
    public init(_ plot: Plot) { self.plot = plot }

    public var typeName: String { "Plot" }

    public func display() -> [DisplayBlock] { [.plot(plot)] }
}
