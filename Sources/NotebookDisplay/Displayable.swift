import Display
import NumericCore

/// A value that shows itself as a cell's result: as text, a table or a plot.
///
/// The handout's output block is the text of ``display``; the HTML handout may draw tables and plots
/// richly. ``inlineText`` is the value inside an array, an interpolation or an error message.
public protocol Displayable {
    /// How the value shows when a cell ends with it, or when ``show(_:)`` is called.
    var display: [DisplayBlock] { get }
    /// The one-line (or short) text of the value inside an array or a message.
    var inlineText: String { get }
}

extension Displayable {
    /// Defaults to the text of ``display``.
    public var inlineText: String { display.text }
}

extension Double: Displayable {
    /// The number through ``NumberFormat``: six significant digits, never `-0`.
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { NumberFormat.format(self) }
}

extension Int: Displayable {
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { NumberFormat.format(self) }
}

extension Bool: Displayable {
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { self ? "true" : "false" }
}

extension String: Displayable {
    /// A string shows quoted, as in a playground; `print` shows it bare.
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { "\"" + self + "\"" }
}

extension Array: Displayable where Element: Displayable {
    /// `[0.562177, 0.7773, 0.993307]`: the elements' inline text.
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { "[" + map(\.inlineText).joined(separator: ", ") + "]" }
}

extension Optional: Displayable where Wrapped: Displayable {
    /// The value as it shows on its own, or `nil`: `xs.first` shows `3`, as a cell shows it.
    public var display: [DisplayBlock] { map(\.display) ?? [.text("nil")] }
    public var inlineText: String { map(\.inlineText) ?? "nil" }
}

extension ClosedRange: Displayable where Bound: Displayable {
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { lowerBound.inlineText + "..." + upperBound.inlineText }
}

extension Range: Displayable where Bound: Displayable {
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { lowerBound.inlineText + "..<" + upperBound.inlineText }
}

extension Matrix: Displayable {
    /// An aligned grid of the formatted entries, no header.
    public var display: [DisplayBlock] { [.table(displayTable)] }

    /// The matrix as a bare grid of formatted numbers.
    public var displayTable: Table {
        var numbers: [[Double]] = []
        numbers.reserveCapacity(rows)
        for row in 0..<rows {
            numbers.append(Array(storage[(row * columns)..<((row + 1) * columns)]))
        }
        return Table(numbers: numbers)
    }
}

extension Table: Displayable {
    public var display: [DisplayBlock] { [.table(self)] }
}

extension Plot: Displayable {
    public var display: [DisplayBlock] { [.plot(self)] }
}
extension Matrix: CustomStringConvertible {}

/// How close `expect(_:closeTo:)` asks for without `tolerance:`, in cells and in programs: a millionth,
/// the last digit the number format's six significant digits show for numbers near one.
public let defaultExpectTolerance = 1e-6
