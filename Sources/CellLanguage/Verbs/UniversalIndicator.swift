import Display
import NotebookDisplay
import NumericCore

/// `indicatorNetwork(table)`: Grosse's universality construction for a table over {−1, 1}^D — one
/// hard-threshold unit per input pattern (weights = the pattern, bias −(D − ½)), a linear output
/// carrying the table — checked on every row.
final class IndicatorNetworkObject: ConstructedNetworkReport {
    let construction: IndicatorNetwork
    let networkObject: NetworkObject
    /// Every row's inputs, in table order.
    let inputs: Matrix
    /// The net's output and hidden activations on every row.
    let outputs: [Double]
    let hidden: Matrix

    init(_ construction: IndicatorNetwork) throws {
        self.construction = construction
        networkObject = NetworkObject(construction.network)
        inputs = try Matrix(try bipolarPatterns(bits: construction.inputCount))
        let trace = try construction.network.forward(inputs)
        hidden = trace.activations[0]
        outputs = trace.output.storage
    }

    var typeName: String { "IndicatorNetwork" }

    var summary: String {
        let d = construction.inputCount
        let bias = UniversalDisplay.number(-(Double(d) - 0.5))
        return "Grosse's construction over D = \(d) inputs in {−1, 1}: a \(UniversalDisplay.shape(construction.network)) net, "
            + "one step unit per \(construction.hiddenUnits == 1 << d ? "pattern" : "chosen pattern") "
            + "(weights = the pattern, bias −(D − ½) = \(bias)), linear output weighted by the table"
    }

    var verdict: String {
        construction.verified
            ? "reproduces all \(1 << construction.inputCount) rows exactly"
            : "largest |net − table| = \(UniversalDisplay.number(construction.maxError)) over the \(1 << construction.inputCount) rows"
    }

    var table: Table {
        let d = construction.inputCount
        let header = (0..<d).map { NetworkNotation.name("x", $0 + 1) } + ["table", "unit firing", "net"]
        let rows = NetworkNotation.shownRows(inputs.rows, limit: 18).map { row -> [String] in
            guard let row else { return ["⋮"] + header.dropFirst().map { _ in "" } }
            let firing = (0..<hidden.columns).filter { hidden[row, $0] == 1 }
                .map { NetworkNotation.name("h", $0 + 1) }.joined(separator: " ")
            return (0..<d).map { UniversalDisplay.number(inputs[row, $0]) }
                + [UniversalDisplay.number(construction.table[row]), firing.isEmpty ? "none" : firing,
                   UniversalDisplay.number(outputs[row])]
        }
        return Table(caption: "every row of the table, the hidden unit that fires, and the net's output",
                     header: header, rows: rows)
    }

    func display() -> [DisplayBlock] { [.text(summary), .table(table), .text(verdict)] }

    var description: String { summary + "\n" + verdict }

    var memberNames: [String] {
        ["network", "inputCount", "hiddenUnits", "patterns", "table", "inputs", "outputs", "verified", "maxError"]
            + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network": return .object(networkObject)
        case "inputCount": return .int(construction.inputCount)
        case "hiddenUnits": return .int(construction.hiddenUnits)
        case "patterns": return .matrix(try Matrix(construction.patterns))
        case "table": return UniversalDisplay.numbers(construction.table)
        case "inputs": return .matrix(inputs)
        case "outputs": return UniversalDisplay.numbers(outputs)
        case "verified": return .bool(construction.verified)
        case "maxError": return .double(construction.maxError)
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        try networkMethod(name, arguments: arguments, context: context)
    }
}
