/// A plot: what to draw, independent of how (text or SVG).
///
/// Placeholder model; the plots work (issue 6) fills in series, heat maps, scatters and images.
public struct Plot: Sendable, Equatable {
    /// A title shown above the plot.
    public var title: String?

    /// Creates an empty plot with a title.
    public init(title: String? = nil) { self.title = title }

    /// The plot drawn with characters.
    public var text: String { title ?? "" }
}
