/// Why data cannot be drawn at all; its description is the message a notebook shows.
public enum PlotError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line plot was given no series.
    case noSeries
    /// A series has no points.
    case emptySeries(label: String)
    /// A series' x and y arrays differ in length.
    case mismatchedLengths(label: String, xCount: Int, yCount: Int)
    /// A scatter plot's coordinates and classes differ in count.
    case mismatchedClasses(points: Int, classes: Int)
    /// A scatter plot, bar chart or image was given nothing to draw.
    case noData(kind: String)
    /// A given range is empty, reversed or not finite, such as `1...1` for the x axis.
    case emptyRange(axis: String, lower: Double, upper: Double)
    /// A logarithmic axis was given a range that reaches zero or below.
    case nonPositiveLogRange(axis: String, lower: Double)
    /// A grid's rows differ in length.
    case raggedGrid(kind: String, row: Int, count: Int, expected: Int)
    /// An image's value count does not match its rows × columns.
    case shapeMismatch(rows: Int, columns: Int, count: Int)
    /// A class index is negative.
    case negativeClass(Int)
    /// A bar chart's labels and values differ in length.
    case mismatchedLabels(labels: Int, values: Int)
    /// A sampled function was asked for fewer than two samples.
    case tooFewSamples(Int)

    /// The message shown to the notebook author.
    public var description: String {
        let format = NumberFormat.format as (Double) -> String
        switch self {
        case .noSeries:
            return "a line plot needs at least one series"
        case .emptySeries(let label):
            return "series '\(label)' has no points"
        case .mismatchedLengths(let label, let xCount, let yCount):
            return "series '\(label)' has \(xCount) x values but \(yCount) y values"
        case .mismatchedClasses(let points, let classes):
            return "a scatter plot has \(points) points but \(classes) classes"
        case .noData(let kind):
            return "a \(kind) needs at least one value"
        case .emptyRange(let axis, let lower, let upper):
            return "the \(axis) range \(format(lower))...\(format(upper)) is empty; give a lower bound below the upper bound, both finite"
        case .nonPositiveLogRange(let axis, let lower):
            return "the \(axis) axis is logarithmic, so its range must start above 0, not at \(format(lower))"
        case .raggedGrid(let kind, let row, let count, let expected):
            return "the \(kind)'s row \(row) has \(count) values, but row 0 has \(expected)"
        case .shapeMismatch(let rows, let columns, let count):
            return "an image of \(rows)×\(columns) pixels needs \(rows * columns) values, not \(count)"
        case .negativeClass(let index):
            return "class \(index) is negative; classes are numbered from 0"
        case .mismatchedLabels(let labels, let values):
            return "a bar chart has \(labels) labels but \(values) values"
        case .tooFewSamples(let count):
            return "a function plot needs at least 2 samples, not \(count)"
        }
    }
}
