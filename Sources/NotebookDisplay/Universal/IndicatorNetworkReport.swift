import Display
import NumericCore

/// `indicatorNetwork(table)`: Grosse's construction for a table over {−1, 1}^D (NumericCore's
/// ``IndicatorNetwork``), checked on every row and shown with the unit that fires on each.
@dynamicMemberLookup
public struct IndicatorNetworkReport: Displayable {
    /// The construction.
    public let construction: IndicatorNetwork
    /// Every row's inputs, in table order.
    public let inputs: Matrix
    /// The net's output on every row.
    public let outputs: [Double]
    /// The hidden activations on every row.
    public let hidden: Matrix

    /// Runs the construction's net on every row of its table.
    public init(_ construction: IndicatorNetwork) throws {
        self.construction = construction
        inputs = Matrix(try bipolarPatterns(bits: construction.inputCount))
        let trace = try construction.network.forward(inputs)
        hidden = trace.activations[0]
        outputs = trace.output.storage
    }

    /// The construction's own properties: `network`, `inputCount`, `hiddenUnits`, `table`, `verified`, `maxError`.
    public subscript<T>(dynamicMember keyPath: KeyPath<IndicatorNetwork, T>) -> T { construction[keyPath: keyPath] }

    /// The hidden units' patterns, one row per unit.
    public var patterns: Matrix { Matrix(construction.patterns) }

    /// The net and how its units are made.
    public var summary: String {
        let d = construction.inputCount
        let bias = NumberFormat.format(-(Double(d) - 0.5))
        return "Grosse's construction over D = \(d) inputs in {−1, 1}: a \(UniversalNotation.shape(construction.network)) net, "
            + "one step unit per \(construction.hiddenUnits == 1 << d ? "pattern" : "chosen pattern") "
            + "(weights = the pattern, bias −(D − ½) = \(bias)), linear output weighted by the table"
    }

    /// Whether the net reproduces the table.
    public var verdict: String {
        construction.verified
            ? "reproduces all \(1 << construction.inputCount) rows exactly"
            : "largest |net − table| = \(NumberFormat.format(construction.maxError)) over the \(1 << construction.inputCount) rows"
    }

    /// x₁ … x_D | table | unit firing | net, at most eighteen rows.
    public var table: Table {
        let d = construction.inputCount
        let header = (0..<d).map { NetworkNotation.name("x", $0 + 1) } + ["table", "unit firing", "net"]
        let rows = NetworkNotation.shownRows(inputs.rows, limit: 18).map { row -> [String] in
            guard let row else { return ["⋮"] + header.dropFirst().map { _ in "" } }
            let firing = (0..<hidden.columns).filter { hidden[row, $0] == 1 }
                .map { NetworkNotation.name("h", $0 + 1) }.joined(separator: " ")
            return (0..<d).map { NumberFormat.format(inputs[row, $0]) }
                + [NumberFormat.format(construction.table[row]), firing.isEmpty ? "none" : firing,
                   NumberFormat.format(outputs[row])]
        }
        return Table(caption: "every row of the table, the hidden unit that fires, and the net's output",
                     header: header, rows: rows)
    }

    public var display: [DisplayBlock] { [.text(summary), .table(table), .text(verdict)] }
    public var inlineText: String { summary + "\n" + verdict }
}

/// Grosse's construction for a table of numbers, rows in `bipolarPatterns` order; a mistake stops the program.
public func indicatorNetwork(_ table: [Double], units: IndicatorUnits = .everyPattern) -> IndicatorNetworkReport {
    stopOnError { try IndicatorNetworkReport(try indicatorNetwork(table: table, units: units)) }
}

/// Grosse's construction for a boolean table (true ↦ 1), as `indicatorNetwork([false, true, true, false])` builds XOR.
public func indicatorNetwork(_ table: [Bool], units: IndicatorUnits = .everyPattern) -> IndicatorNetworkReport {
    stopOnError { try IndicatorNetworkReport(try indicatorNetwork(table: table, units: units)) }
}

/// Grosse's construction for the boolean function `rule` of D = `bits` inputs in {−1, 1}.
///
/// ```swift
/// indicatorNetwork(bits: 3) { x in x[0] + x[1] + x[2] > 0 }   // majority of three
/// ```
public func indicatorNetwork(bits: Int, units: IndicatorUnits = .everyPattern,
                             _ rule: ([Double]) -> Bool) -> IndicatorNetworkReport {
    stopOnError { try IndicatorNetworkReport(try indicatorNetwork(table: try bipolarPatterns(bits: bits).map(rule), units: units)) }
}
