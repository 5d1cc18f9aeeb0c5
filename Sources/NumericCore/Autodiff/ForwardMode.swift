/// The value and every partial derivative of a function of several variables, from forward mode.
public struct ForwardGradient: Sendable, Equatable {
    /// f at the point.
    public var value: Double
    /// ∂f/∂xᵢ for each input, in input order.
    public var partials: [Double]
    /// How many times f was run: one forward pass per input (Lecture 13: f(2 + ε, 3), then f(2, 3 + ε)).
    public var passes: Int
    /// The inputs' names, `x₁`, `x₂`, … unless given.
    public var names: [String] = []
    /// Where the function was differentiated.
    public var point: [Double] = []

    /// The dual numbers of pass `pass`: every input at its value, ε on input `pass` alone.
    public func inputs(ofPass pass: Int) -> [Dual] {
        point.indices.map { Dual(point[$0], derivative: $0 == pass ? 1 : 0) }
    }
    /// The result of pass `pass`: f's value, and ∂f/∂x for that pass's input as the ε part.
    public func output(ofPass pass: Int) -> Dual { Dual(value, derivative: partials[pass]) }
}

/// The value and derivative of a one-variable function at `x`, as the dual number f(x + ε).
///
/// ```swift
/// derivative(of: { x in cos(sin(x * x) + 3 * x * x) }, at: 1)
/// ```
public func derivative(of f: (Dual) throws -> Dual, at x: Double) rethrows -> Dual {
    try f(.variable(x))
}

/// The value and all partials of `f` at `point` by forward mode: one pass per input, each seeding
/// ε on that input alone.
public func gradient(of f: ([Dual]) throws -> Dual, at point: [Double], names: [String]? = nil) rethrows -> ForwardGradient {
    guard !point.isEmpty else {
        return ForwardGradient(value: try f([]).value, partials: [], passes: 1)
    }
    var value = 0.0
    var partials: [Double] = []
    for seeded in point.indices {
        let result = try f(point.indices.map { i in Dual(point[i], derivative: i == seeded ? 1 : 0) })
        value = result.value
        partials.append(result.derivative)
    }
    return ForwardGradient(value: value, partials: partials, passes: point.count,
                           names: names ?? defaultInputNames(count: point.count), point: point)
}

/// Forward mode on a function of two numbers written as Swift writes it,
/// `gradient(of: { (l: Dual, w: Dual) in l + 0.05 * w * w }, at: [0.09, 0.5])`; `names` label the inputs.
public func gradient(of f: (Dual, Dual) throws -> Dual, at point: [Double], names: [String]? = nil) rethrows -> ForwardGradient {
    precondition(point.count == 2, "a function of two numbers takes a point of two coordinates")
    return try gradient(of: { try f($0[0], $0[1]) }, at: point, names: names)
}
