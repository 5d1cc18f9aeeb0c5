/// A value tracked by a ``Tape``: the tape and the index of the node holding the value (reverse mode).
///
/// Arithmetic on tape variables records nodes; each operation below states its value and its
/// local partials together. A variable made with ``init(constant:)`` belongs to no tape yet: it is
/// recorded as a constant node the first time it meets a tracked value, and two constants
/// combine into a constant without touching any tape.
///
/// ```swift
/// let tape = Tape()
/// let x = tape.variable(2, name: "x"), y = tape.variable(3, name: "y")
/// let f = x * pow(y, 2) + (y + 5)
/// let adjoints = tape.backward(from: f)
/// adjoints[x]   // 9
/// adjoints[y]   // 13
/// ```
public struct TapeVariable: DifferentiableScalar, CustomStringConvertible {
    enum Storage {
        case constant(Double)
        case node(Tape, Int)

        var nodeIndex: Int? {
            if case .node(_, let i) = self { return i }
            return nil
        }
    }

    let storage: Storage

    init(tape: Tape, index: Int) { storage = .node(tape, index) }

    /// A constant not yet on any tape.
    public init(constant: Double) { storage = .constant(constant) }

    /// The tape holding this value, or `nil` for a free constant.
    public var tape: Tape? {
        if case .node(let t, _) = storage { return t }
        return nil
    }

    /// The node index on ``tape``, or `nil` for a free constant.
    public var index: Int? { storage.nodeIndex }

    /// The value computed in the forward pass.
    public var value: Double {
        switch storage {
        case .constant(let c): c
        case .node(let tape, let i): tape.nodes[i].value
        }
    }

    /// The value, and the node it lives in: `18 (node 3)`.
    public var description: String {
        switch storage {
        case .constant(let c): AutodiffText.number(c)
        case .node(_, let i): "\(AutodiffText.number(value)) (node \(i))"
        }
    }

    // MARK: Recording

    /// Records a one-input operation whose `rule` gives (value, ∂value/∂a).
    private static func unary(_ operation: TapeOperation, _ a: TapeVariable,
                              _ rule: (Double) -> (value: Double, partial: Double)) -> TapeVariable {
        guard let tape = a.tape else { return TapeVariable(constant: rule(a.value).value) }
        let index = tape.record(operation, inputs: [tape.index(of: a)]) {
            let (value, partial) = rule(a.value)
            return (value, [partial])
        }
        return TapeVariable(tape: tape, index: index)
    }

    /// Records a two-input operation whose `rule` gives (value, ∂value/∂a, ∂value/∂b).
    private static func binary(_ operation: TapeOperation, _ a: TapeVariable, _ b: TapeVariable,
                               _ rule: (Double, Double) -> (value: Double, da: Double, db: Double))
        -> TapeVariable {
        guard let tape = a.tape ?? b.tape else {
            return TapeVariable(constant: rule(a.value, b.value).value)
        }
        let inputs = [tape.index(of: a), tape.index(of: b)]
        let index = tape.record(operation, inputs: inputs) {
            let (value, da, db) = rule(a.value, b.value)
            return (value, [da, db])
        }
        return TapeVariable(tape: tape, index: index)
    }

    // MARK: Arithmetic: value, then the local partial with respect to each input

    /// a + b: ∂/∂a = 1, ∂/∂b = 1.
    public static func + (a: TapeVariable, b: TapeVariable) -> TapeVariable {
        binary(.add, a, b) { a, b in (a + b, 1, 1) }
    }

    /// a − b: ∂/∂a = 1, ∂/∂b = −1.
    public static func - (a: TapeVariable, b: TapeVariable) -> TapeVariable {
        binary(.subtract, a, b) { a, b in (a - b, 1, -1) }
    }

    /// ab: ∂/∂a = b, ∂/∂b = a (Lecture 13: ∂n₂/∂n₅ = n₄ = 9).
    public static func * (a: TapeVariable, b: TapeVariable) -> TapeVariable {
        binary(.multiply, a, b) { a, b in (a * b, b, a) }
    }

    /// a/b: ∂/∂a = 1/b, ∂/∂b = −a/b².
    public static func / (a: TapeVariable, b: TapeVariable) -> TapeVariable {
        binary(.divide, a, b) { a, b in (a / b, 1 / b, -a / (b * b)) }
    }

    /// −a: ∂/∂a = −1.
    public static prefix func - (a: TapeVariable) -> TapeVariable {
        unary(.negate, a) { a in (-a, -1) }
    }

    /// f(a): ∂/∂a = f′(a), the function's own derivative rule.
    public static func apply(_ function: ElementaryFunction, to a: TapeVariable) -> TapeVariable {
        let operation: TapeOperation = function.exponent.map { .power($0) } ?? .function(function.name)
        return unary(operation, a) { a in (function.value(a), function.derivative(a)) }
    }

    // MARK: Mixed with constants: the constant becomes a constant node, as in a parse tree.

    /// a + c.
    public static func + (a: TapeVariable, c: Double) -> TapeVariable { a + TapeVariable(constant: c) }
    /// c + a.
    public static func + (c: Double, a: TapeVariable) -> TapeVariable { TapeVariable(constant: c) + a }
    /// a − c.
    public static func - (a: TapeVariable, c: Double) -> TapeVariable { a - TapeVariable(constant: c) }
    /// c − a.
    public static func - (c: Double, a: TapeVariable) -> TapeVariable { TapeVariable(constant: c) - a }
    /// a·c.
    public static func * (a: TapeVariable, c: Double) -> TapeVariable { a * TapeVariable(constant: c) }
    /// c·a.
    public static func * (c: Double, a: TapeVariable) -> TapeVariable { TapeVariable(constant: c) * a }
    /// a/c.
    public static func / (a: TapeVariable, c: Double) -> TapeVariable { a / TapeVariable(constant: c) }
    /// c/a.
    public static func / (c: Double, a: TapeVariable) -> TapeVariable { TapeVariable(constant: c) / a }
}
