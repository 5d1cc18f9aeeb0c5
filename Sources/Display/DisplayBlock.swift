/// One piece of a cell's output: plain text, a table or a plot.
///
/// The Markdown handout and the terminal show every block as text (``text``);
/// the HTML handout may render tables and plots richly.
public enum DisplayBlock: Sendable, Equatable {
    /// Text exactly as printed, for example by `print`.
    case text(String)
    /// An aligned table, such as a matrix or a forward trace.
    case table(Table)
    /// A plot; its text form is drawn with characters, its HTML form as SVG.
    case plot(Plot)

    /// The block as plain text, without a trailing newline.
    public var text: String {
        switch self {
        case .text(let text): return text.hasSuffix("\n") ? String(text.dropLast()) : text
        case .table(let table): return table.text
        case .plot(let plot): return plot.text
        }
    }
}

extension Array where Element == DisplayBlock {
    /// The blocks as plain text, one after another, separated by blank lines where they are not `print` text.
    public var text: String {
        var result = ""
        var previousWasPrint = false
        for block in self {
            let isPrint: Bool
            if case .text = block { isPrint = true } else { isPrint = false }
            if !result.isEmpty {
                result += (isPrint && previousWasPrint) ? "\n" : "\n\n"
            }
            result += block.text
            previousWasPrint = isPrint
        }
        return result
    }
}
