import Display
import NumericCore

/// `forward(net, x)`: every layer's pre-activation z and activation h for a batch, one row per example.
enum ForwardVerbs {
    static let builtins: [Builtin] = [
        Builtin("forward(_:_:)") { arguments, _ in
            let network = try arguments.network(0).network
            let inputs = try NetworkVerbs.inputs(arguments, 1)
            return .object(ForwardTraceObject(try network.forward(inputs), network: network))
        },
    ]
}

/// A forward pass, displayed as one table per layer: its inputs, then z, then h, a row per example
/// (Lecture 13's table of x₁ x₂ h₁ h₂ h₃ for the four XOR points).
final class ForwardTraceObject: CellObject {
    let trace: ForwardTrace
    let network: Network

    init(_ trace: ForwardTrace, network: Network) {
        self.trace = trace
        self.network = network
    }

    var typeName: String { "ForwardTrace" }

    func display() -> [DisplayBlock] {
        network.layers.indices.map { .table(table(of: $0)) }
    }

    /// Layer `index`: its inputs, z = (inputs)·W + b and h = f(z), one row per example.
    func table(of index: Int) -> Table {
        let layer = network.layers[index]
        let layerInputs = index == 0 ? trace.inputs : trace.activations[index - 1]
        let inputNames = NetworkNotation.inputNames(of: index, in: network)
        let inputColumns = NetworkNotation.shownColumns(layerInputs.columns, limit: 8)
        let unitColumns = NetworkNotation.shownColumns(layer.outputCount, limit: 8)
        let zNames = NetworkNotation.unitNames("z", of: index, in: network)
        let hNames = NetworkNotation.unitNames("h", of: index, in: network)
        let header = inputColumns.map { $0.map { inputNames[$0] } ?? "…" }
            + unitColumns.map { $0.map { zNames[$0] } ?? "…" } + unitColumns.map { $0.map { hNames[$0] } ?? "…" }
        func cells(_ matrix: Matrix, _ columns: [Int?], row: Int) -> [String] {
            columns.map { $0.map { NetworkNotation.number(matrix[row, $0]) } ?? "…" }
        }
        var rows: [[String]] = []
        for row in NetworkNotation.shownRows(trace.inputs.rows) {
            guard let row else { rows.append(["⋮"] + header.dropFirst().map { _ in "" }); continue }
            rows.append(cells(layerInputs, inputColumns, row: row) + cells(trace.preActivations[index], unitColumns, row: row)
                        + cells(trace.activations[index], unitColumns, row: row))
        }
        let input = index == 0 ? "x" : "h"
        let caption = "layer \(index + 1): z = \(input)·W + b, h = \(NetworkNotation.symbol(of: layer.activation))(z)"
            + (trace.inputs.rows > 12 ? "  (\(trace.inputs.rows) examples)" : "")
        return Table(caption: caption, header: header, rows: rows)
    }

    var memberNames: [String] { ["inputs", "preActivations", "activations", "output"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "inputs": return .matrix(trace.inputs)
        case "preActivations": return .array(trace.preActivations.map { .matrix($0) })
        case "activations": return .array(trace.activations.map { .matrix($0) })
        case "output": return .matrix(trace.output)
        default: return nil
        }
    }
}
