/// The value and every partial derivative of a function, from one forward and one backward pass
/// over its tape (reverse mode), with the tape kept for showing the work.
public struct ReverseGradient {
    /// f at the point.
    public let value: Double
    /// ∂f/∂xᵢ for each input, in input order.
    public let partials: [Double]
    /// The recorded graph.
    public let tape: Tape
    /// The inputs as recorded, in input order.
    public let inputs: [TapeVariable]
    /// The result node.
    public let output: TapeVariable
    /// The adjoint of every node.
    public let adjoints: Adjoints
    /// Forward passes run: always 1.
    public let forwardPasses = 1
    /// Backward passes run: always 1, whatever the number of inputs.
    public let backwardPasses = 1

    /// df/dx for a function of one variable; a function of several stops the program (use ``partials``).
    public var derivative: Double { stopOnError { try onlyPartial() } }

    /// df/dx, as ``derivative`` gives it, or an error for a function of several variables.
    public func onlyPartial() throws -> Double {
        guard partials.count == 1 else {
            throw AutodiffError(description: "derivative is for a function of one variable; this one has \(partials.count) inputs: use partials")
        }
        return partials[0]
    }
    /// The inputs' names, as the tables show them.
    public var names: [String] {
        inputs.map { input in
            if let index = input.index, case .input(let name) = tape.nodes[index].operation { return name }
            return "?"
        }
    }
    /// Operations the function asked the tape for.
    public var operationsRequested: Int { tape.operationsRequested }
    /// Operations the tape computed: fewer than requested when repeated subexpressions are shared.
    public var operationsComputed: Int { tape.operationsComputed }
    /// Nodes on the tape, inputs and constants included.
    public var nodeCount: Int { tape.nodes.count }
    /// Steps of the backward pass: one per link followed.
    public var backwardSteps: Int { adjoints.steps }

    /// The table of nodes and links, for showing the backward pass as the lectures draw it.
    public func table(naming: TapeNodeNaming = .fromOutput) -> TapeTable {
        TapeTable(adjoints: adjoints, naming: naming)
    }
}

/// Runs `f` once on tracked inputs at `point`, then one backward pass: the value and all partials.
///
/// `names` label the inputs in tables; by default `x`, `y`, `z` for up to three inputs and
/// `x₁`, `x₂`, … beyond.
///
/// ```swift
/// let g = reverseGradient(of: { v in v[0] * pow(v[1], 2) + (v[1] + 5) }, at: [2, 3])
/// g.partials   // [9, 13]
/// ```
public func reverseGradient(of f: ([TapeVariable]) throws -> TapeVariable, at point: [Double],
                            names: [String]? = nil,
                            sharesRepeatedSubexpressions: Bool = true) rethrows -> ReverseGradient {
    let tape = Tape(sharesRepeatedSubexpressions: sharesRepeatedSubexpressions)
    let labels = names ?? defaultInputNames(count: point.count)
    precondition(labels.count == point.count, "one name per input")
    let inputs = zip(point, labels).map { tape.variable($0, name: $1) }
    let result = try f(inputs)
    // A function that ignores its inputs returns a free constant; put it on the tape as the output.
    let output = result.tape == nil ? tape.constant(result.value) : result
    let adjoints = tape.backward(from: output)
    return ReverseGradient(value: output.value, partials: inputs.map { adjoints[$0] }, tape: tape,
                           inputs: inputs, output: output, adjoints: adjoints)
}

/// Reverse mode on a function of one number, `reverseGradient(of: { x in cos(sin(x * x)) }, at: [0.7])`,
/// with the tape kept for its table.
@_disfavoredOverload
public func reverseGradient(of f: (TapeVariable) throws -> TapeVariable, at point: [Double],
                            names: [String]? = nil) rethrows -> ReverseGradient {
    precondition(point.count == 1, "a function of one number takes a point of one coordinate")
    return try reverseGradient(of: { try f($0[0]) }, at: point, names: names)
}

/// The value and derivative of a one-variable function by reverse mode.
public func reverseDerivative(of f: (TapeVariable) throws -> TapeVariable,
                              at x: Double) rethrows -> (value: Double, derivative: Double) {
    let g = try reverseGradient(of: { try f($0[0]) }, at: [x])
    return (g.value, g.partials[0])
}

/// The names the autodiff functions give inputs when `names:` is left out: `x`, `y`, `z` for up
/// to three inputs; `x₁`, `x₂`, … for more.
public func defaultInputNames(count: Int) -> [String] {
    if count <= 3 { return Array(["x", "y", "z"].prefix(count)) }
    return (1...count).map { AutodiffText.subscripted("x", $0) }
}

/// Reverse mode on a function of two numbers written as Swift writes it,
/// `reverseGradient(of: { (w: TapeVariable, b: TapeVariable) in sigmoid(w * 1.5 + b) }, at: [0.5, -0.3])`.
public func reverseGradient(of f: (TapeVariable, TapeVariable) throws -> TapeVariable, at point: [Double],
                            names: [String]? = nil,
                            sharesRepeatedSubexpressions: Bool = true) rethrows -> ReverseGradient {
    precondition(point.count == 2, "a function of two numbers takes a point of two coordinates")
    return try reverseGradient(of: { try f($0[0], $0[1]) }, at: point, names: names,
                               sharesRepeatedSubexpressions: sharesRepeatedSubexpressions)
}
