import Display
import NumericCore

/// A network's architecture drawn with characters — a column of units per layer, each layer's size and
/// activation under it — small enough for a handout line. It shows as its text.
///
/// ```
///  x        h        ŷ
///  ●  ───▶  ●  ───▶  ●
///  ●        ●
///  2        2        1
/// input  sigmoid  sigmoid
/// ```
public struct NetworkDiagram: Displayable, CustomStringConvertible, Sendable {
    /// The drawing, one line per row of units.
    public let description: String

    /// The diagram of `network`.
    public init(_ network: Network) { description = Self.draw(network) }

    public var display: [DisplayBlock] { [.text(description)] }

    /// Units drawn per column before the rest is elided with `⋮`.
    static let tallestColumn = 6

    private static func draw(_ network: Network) -> String {
        var columns: [(name: String, size: Int, label: String)] = [("x", network.inputCount, "input")]
        for (index, layer) in network.layers.enumerated() {
            let isOutput = index == network.layers.count - 1
            columns.append((isOutput ? "ŷ" : "h\(subscriptDigits(index + 1))", layer.outputCount, "\(layer.activation)"))
        }
        let width = max(7, columns.map { max($0.label.count, String($0.size).count) }.max() ?? 0) + 2
        let arrow = " ───▶ "
        func cell(_ text: String) -> String {
            let padding = width - text.count
            return String(repeating: " ", count: padding / 2) + text + String(repeating: " ", count: padding - padding / 2)
        }
        let rows = min(tallestColumn, columns.map(\.size).max() ?? 0)
        var lines = [columns.map { cell($0.name) }.joined(separator: String(repeating: " ", count: arrow.count))]
        for row in 0..<rows {
            let cells = columns.map { column -> String in
                if row < column.size && (row < rows - 1 || column.size <= rows) { return cell("●") }
                if row == rows - 1 && column.size > rows { return cell("⋮") }
                return cell("")
            }
            var line = cells[0]
            for next in cells.dropFirst() { line += (row == 0 ? arrow : String(repeating: " ", count: arrow.count)) + next }
            lines.append(line)
        }
        lines.append(columns.map { cell(String($0.size)) }.joined(separator: String(repeating: " ", count: arrow.count)))
        lines.append(columns.map { cell($0.label) }.joined(separator: String(repeating: " ", count: arrow.count)))
        return lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    private static func subscriptDigits(_ number: Int) -> String {
        String(String(number).map { Character(UnicodeScalar(0x2080 + Int(String($0))!)!) })
    }
}

/// `diagram(net)`: the network's architecture as characters (``NetworkDiagram``).
public func diagram(_ network: Network) -> NetworkDiagram { NetworkDiagram(network) }
