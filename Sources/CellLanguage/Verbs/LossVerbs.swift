import NumericCore

/// Losses and penalties by name: `loss(.meanSquared, outputs: y, targets: t)`, its gradient ∂J/∂y,
/// a network's loss on data, and `penalty(.l2(0.01), net)`.
enum LossVerbs {
    static let builtins: [Builtin] = [
        Builtin("loss(_:outputs:targets:)") { arguments, _ in
            let (loss, outputs, targets) = try operands(arguments)
            return .double(try loss.value(outputs: outputs, targets: targets))
        },
        Builtin("lossGradient(_:outputs:targets:)") { arguments, _ in
            let (loss, outputs, targets) = try operands(arguments)
            return .matrix(try loss.gradient(outputs: outputs, targets: targets))
        },
        Builtin("loss(_:inputs:targets:loss:regularization?:)") { arguments, _ in
            let network = try arguments.network(0).network
            let inputs = try arguments.matrix("inputs")
            let targets = DatasetVerbs.column(try arguments.matrix("targets"), examples: inputs.rows)
            return .double(try network.loss(inputs: inputs, targets: targets, loss: try arguments.loss("loss"),
                                            regularization: try arguments.regularization("regularization")))
        },
        Builtin("loss(_:on:loss:regularization?:)") { arguments, _ in
            let network = try arguments.network(0).network
            let data = try arguments.dataset("on")
            return .double(try network.loss(inputs: data.inputs, targets: data.targets, loss: try arguments.loss("loss"),
                                            regularization: try arguments.regularization("regularization")))
        },
        Builtin("penalty(_:_:)") { arguments, _ in
            let regularization = try arguments.regularization(arguments.builtin.parameters[0].label)
            if case .object(let object as NetworkObject) = try arguments.value(1) {
                return .double(penalty(regularization, object.network))
            }
            return .double(penalty(regularization, try arguments.matrix(1)))
        },
    ]

    /// The loss named by the first argument and the outputs and targets, as matrices of one shape.
    static func operands(_ arguments: Arguments) throws -> (Loss, Matrix, Matrix) {
        let loss = try arguments.loss("")
        let outputs = try arguments.matrix("outputs"), targets = try arguments.matrix("targets")
        return (loss, outputs, targets)
    }
}
