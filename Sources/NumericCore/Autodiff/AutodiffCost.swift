/// What one mode of automatic differentiation spent to get the value and all partials.
public struct AutodiffModeCost: Sendable, Equatable {
    /// Times the function was run forwards.
    public let forwardPasses: Int
    /// Backward passes over a tape (0 for forward mode).
    public let backwardPasses: Int
    /// Elementary operations evaluated in all forward passes together.
    public let forwardOperations: Int
    /// Multiply-adds in the backward pass: one per link followed (0 for forward mode).
    public let backwardSteps: Int

    /// All the work: forward operations plus backward steps.
    public var total: Int { forwardOperations + backwardSteps }

    /// Creates a cost record.
    public init(forwardPasses: Int, backwardPasses: Int, forwardOperations: Int, backwardSteps: Int) {
        self.forwardPasses = forwardPasses
        self.backwardPasses = backwardPasses
        self.forwardOperations = forwardOperations
        self.backwardSteps = backwardSteps
    }
}

/// Forward and reverse mode side by side for one function of n inputs (Lecture 13 §4: forward mode
/// must "redo the similar computation" once per input; reverse mode gets "all partial derivatives
/// at once").
public struct AutodiffCost: Sendable, Equatable {
    /// Number of inputs n.
    public let inputs: Int
    /// Elementary operations in one evaluation of the function (each `+`, `×`, `sin`, …).
    public let operationsPerEvaluation: Int
    /// Forward mode: n passes of dual numbers.
    public let forwardMode: AutodiffModeCost
    /// Reverse mode: one recorded forward pass and one backward pass.
    public let reverseMode: AutodiffModeCost
}

/// Runs the same function in both modes at `point` and counts what each spent.
///
/// Passes are counted as the closures are actually called. Operations per evaluation are counted
/// on a tape that records every operation the function asks for (a dual-number pass performs
/// exactly those); reverse mode's forward operations are those its tape computed, after sharing
/// repeated subexpressions. Write the function once, generically, and pass it twice:
///
/// ```swift
/// func sumOfSquares<T: DifferentiableScalar>(_ x: [T]) -> T { x.dropFirst().reduce(x[0] * x[0]) { $0 + $1 * $1 } }
/// autodiffCost(forward: sumOfSquares, reverse: sumOfSquares, at: [1, 2, 3, 4])
/// ```
public func autodiffCost(forward: ([Dual]) throws -> Dual,
                         reverse: ([TapeVariable]) throws -> TapeVariable,
                         at point: [Double]) rethrows -> AutodiffCost {
    var dualPasses = 0
    _ = try gradient(of: { inputs in dualPasses += 1; return try forward(inputs) }, at: point)

    let counting = Tape(sharesRepeatedSubexpressions: false)
    _ = try reverse(point.enumerated().map { counting.variable($1, name: "x\($0)") })
    let perEvaluation = counting.operationsRequested

    var tapePasses = 0
    let recorded = try reverseGradient(of: { inputs in tapePasses += 1; return try reverse(inputs) },
                                       at: point)
    return AutodiffCost(
        inputs: point.count,
        operationsPerEvaluation: perEvaluation,
        forwardMode: AutodiffModeCost(forwardPasses: dualPasses, backwardPasses: 0,
                                      forwardOperations: dualPasses * perEvaluation, backwardSteps: 0),
        reverseMode: AutodiffModeCost(forwardPasses: tapePasses, backwardPasses: recorded.backwardPasses,
                                      forwardOperations: recorded.tape.operationsComputed,
                                      backwardSteps: recorded.adjoints.steps))
}
