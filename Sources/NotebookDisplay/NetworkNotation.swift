import Display
import NumericCore

/// How the network verbs name things in their tables: inputs x₁ x₂ …, units h₁ h₂ … numbered
/// through all layers (Lecture 13 calls XOR's output unit h₃), their pre-activations z₁ z₂ ….
public enum NetworkNotation {
    /// `₁₂`: the decimal digits of `number` as Unicode subscripts.
    public static func subscripted(_ number: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(String(number).map { $0 == "-" ? "₋" : digits[Int(String($0))!] })
    }

    /// `x₁`, `h₃`: a symbol with a 1-based subscript.
    public static func name(_ symbol: String, _ index: Int) -> String { symbol + subscripted(index) }

    /// The number of the first unit of layer `layer` (0-based) when units are numbered through the net from 1.
    public static func firstUnit(of layer: Int, in network: Network) -> Int {
        1 + network.layers.prefix(layer).reduce(0) { $0 + $1.outputCount }
    }

    /// The names of layer `layer`'s inputs: x₁ … for the first layer, the previous layer's h's after it.
    public static func inputNames(of layer: Int, in network: Network) -> [String] {
        if layer == 0 { return (0..<(network.layers.first?.inputCount ?? 0)).map { name("x", $0 + 1) } }
        return unitNames("h", of: layer - 1, in: network)
    }

    /// `h₃ h₄` or `z₃ z₄`: the names of layer `layer`'s units.
    public static func unitNames(_ symbol: String, of layer: Int, in network: Network) -> [String] {
        let first = firstUnit(of: layer, in: network)
        return (0..<network.layers[layer].outputCount).map { name(symbol, first + $0) }
    }

    /// Rows `0..<count` to show: all of them up to `limit`, else the first `limit − 2` and the last one.
    public static func shownRows(_ count: Int, limit: Int = 12) -> [Int?] {
        guard count > limit else { return Array(0..<count) }
        return Array(0..<(limit - 2)) + [nil, count - 1]
    }

    /// Columns to show: all up to `limit`, else the first `limit − 1` and a `…` column (nil).
    public static func shownColumns(_ count: Int, limit: Int = 10) -> [Int?] {
        guard count > limit else { return Array(0..<count) }
        return Array(0..<(limit - 1)) + [nil]
    }

    /// Formats a number through the one formatter.
    public static func number(_ value: Double) -> String { NumberFormat.format(value) }

    /// A table of a layer's weights with one row per input and a last row for the bias, one column per unit.
    public static func parameterTable(caption: String, weights: Matrix, bias: Matrix, inputNames: [String],
                               unitNames: [String], biasName: String = "b") -> Table {
        let columns = shownColumns(weights.columns)
        let header = [""] + columns.map { $0.map { unitNames[$0] } ?? "…" }
        var rows: [[String]] = []
        for row in shownRows(weights.rows, limit: 16) {
            guard let row else { rows.append(["⋮"] + columns.map { _ in "" }); continue }
            rows.append([inputNames[row]] + columns.map { $0.map { number(weights[row, $0]) } ?? "…" })
        }
        rows.append([biasName] + columns.map { $0.map { number(bias[0, $0]) } ?? "…" })
        return Table(caption: caption, header: header, rows: rows)
    }
}
