import Display
import NotebookDisplay
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

    func display() -> [DisplayBlock] { trace.display }

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
