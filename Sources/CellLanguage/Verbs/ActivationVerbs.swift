import NumericCore

/// The activations as functions of numbers and matrices (`sigmoid(z)`, `relu(m)`, `softmax(z)`), and
/// `value(of: .sigmoid, at: z)`, `derivative(of: .sigmoid, at: z)` for any of them by name.
///
/// ReLU′(0) = 0 and hardLimit(0) = 1 (Huang's HardLimit), as in NumericCore.
enum ActivationVerbs {
    /// One builtin per activation with a function of its own (`sigmoid`, `relu`, `hardLimit`, …, from
    /// NumericCore's ``Activation/functionName``), then `softmax` and `value(of:at:)`.
    static let builtins: [Builtin] = Activation.allCases.compactMap { activation in
        activation.functionName.map { name in
            Builtin("\(name)(_:)") { arguments, _ in
                // A dual number or tape variable goes through the activation's rule in its own mode.
                if case .object(let scalar as any AutodiffScalarObject) = try arguments.value(0), let rule = activation.rule {
                    return scalar.applying(rule)
                }
                return try evaluate(arguments, at: 0, number: activation.value, matrix: activation.apply)
            }
        }
    } + [
        Builtin("softmax(_:)") { arguments, _ in
            let value = try arguments.value(0)
            if case .matrix(let z) = value { return .matrix(Activation.softmax.apply(z)) }
            if case .array(let rows) = value, case .array? = rows.first {
                return .matrix(Activation.softmax.apply(try MatrixConversion.matrix(from: value)))
            }
            let z = try arguments.doubles(0)
            return .array(Activation.softmax(z).map { .double($0) })
        },
        Builtin("value(of:at:)") { arguments, _ in
            let activation = try arguments.activation("of")
            return try evaluate(arguments, at: arguments.index(of: "at"), number: activation.value, matrix: activation.apply)
        },
    ]

    /// `derivative(of: .sigmoid, at: z)`: an activation's derivative by name; `derivative(of:at:)` with a
    /// closure is forward-mode autodiff (``AutodiffModes``), which hands symbols over to this.
    static func derivative(_ arguments: Arguments) throws -> Value {
        let activation = try arguments.activation("of")
        guard activation.isElementwise else {
            throw CellError("softmax couples its outputs, so it has a Jacobian rather than one derivative per entry; backward(…) applies it")
        }
        return try evaluate(arguments, at: arguments.index(of: "at"), number: activation.derivative, matrix: activation.derivative)
    }

    static func evaluate(_ arguments: Arguments, at index: Int, number: (Double) -> Double,
                         matrix: (Matrix) -> Matrix) throws -> Value {
        let value = try arguments.value(index)
        switch value {
        case .matrix(let z): return .matrix(matrix(z))
        case .int, .double: return .double(number(value.asDouble!))
        case .array:
            if let z = try? MatrixConversion.matrix(from: value) {
                let result = matrix(z)
                if case .array(let first) = value, case .array? = first.first { return .matrix(result) }
                return .array(result.storage.map { .double($0) })
            }
        default: break
        }
        throw arguments.mismatch(index, expected: "a number, an array of numbers or a Matrix", found: value)
    }
}
