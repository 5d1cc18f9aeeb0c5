import Display
import NotebookDisplay
import NumericCore

/// `backward(…)`: the sensitivities ∂J/∂z of every layer and the gradients ∂J/∂W, ∂J/∂b;
/// `step(…)`: one gradient-descent update, returning the updated network.
enum BackwardVerbs {
    static let builtins: [Builtin] = [
        Builtin("backward(_:_:targets:loss:regularization?:)") { arguments, _ in
            let network = try arguments.network(0).network
            let trace = try arguments.object(1, as: ForwardTraceObject.self, named: "ForwardTrace (from forward(net, x))").trace
            let targets = DatasetVerbs.column(try arguments.matrix("targets"), examples: trace.inputs.rows)
            let gradients = try network.backward(trace, targets: targets, loss: try arguments.loss("loss"),
                                                 regularization: try arguments.regularization("regularization"))
            return .object(GradientsObject(gradients, network: network, lossName: try arguments.loss("loss").description))
        },
        Builtin("backward(_:inputs:targets:loss:regularization?:)") { arguments, _ in
            let network = try arguments.network(0).network
            let (inputs, targets) = try batch(arguments)
            let gradients = try network.gradients(inputs: inputs, targets: targets, loss: try arguments.loss("loss"),
                                                  regularization: try arguments.regularization("regularization"))
            return .object(GradientsObject(gradients, network: network, lossName: try arguments.loss("loss").description))
        },
        Builtin("step(_:inputs:targets:loss:learningRate:regularization?:)") { arguments, _ in
            let network = try arguments.network(0).network
            let (inputs, targets) = try batch(arguments)
            let rate = try arguments.double("learningRate")
            let next = try network.step(inputs: inputs, targets: targets, loss: try arguments.loss("loss"), learningRate: rate,
                                        regularization: try arguments.regularization("regularization"))
            return .object(NetworkObject(next))
        },
        Builtin("step(_:_:learningRate:)") { arguments, _ in
            let network = try arguments.network(0).network
            let gradients = try arguments.object(1, as: GradientsObject.self, named: "Gradients (from backward(…))").gradients
            let rate = try arguments.double("learningRate")
            return .object(NetworkObject(try network.step(gradients, learningRate: rate)))
        },
    ]

    /// `inputs:` and `targets:` (a flat target list is one target per example).
    static func batch(_ arguments: Arguments) throws -> (Matrix, Matrix) {
        let inputs = try arguments.matrix("inputs")
        return (inputs, DatasetVerbs.column(try arguments.matrix("targets"), examples: inputs.rows))
    }
}

/// The result of backpropagation: per layer ∂J/∂z (a row per example), ∂J/∂W and ∂J/∂b, and J.
final class GradientsObject: CellObject {
    let gradients: Gradients
    let network: Network
    let lossName: String

    init(_ gradients: Gradients, network: Network, lossName: String) {
        self.gradients = gradients
        self.network = network
        self.lossName = lossName
    }

    var typeName: String { "Gradients" }

    func display() -> [DisplayBlock] { gradients.display }

    var memberNames: [String] { ["sensitivities", "weightGradients", "biasGradients", "loss", "penalty", "objective"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "sensitivities": return .array(gradients.sensitivities.map { .matrix($0) })
        case "weightGradients": return .array(gradients.weightGradients.map { .matrix($0) })
        case "biasGradients": return .array(gradients.biasGradients.map { .matrix($0) })
        case "loss": return .double(gradients.loss)
        case "penalty": return .double(gradients.penalty)
        case "objective": return .double(gradients.objective)
        default: return nil
        }
    }
}
