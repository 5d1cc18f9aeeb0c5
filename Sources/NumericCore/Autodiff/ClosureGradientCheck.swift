/// Settings and results of checking a closure's gradient against central differences.
///
/// Gormley §2.4, eq. 7: ∂E/∂θᵢ ≈ (E(θ + ε·dᵢ) − E(θ − ε·dᵢ)) / 2ε, compared with reverse mode
/// input by input through the relative error |a − n| / max(|a|, |n|, ``scaleFloor``).
public enum ClosureGradientCheck {
    /// The step ε used unless told otherwise.
    ///
    /// A central difference has truncation error ≈ ε²|f‴|/6 and rounding error ≈ u|f|/ε
    /// (u ≈ 1.1e-16); their sum is smallest near ε = ∛u ≈ 5e-6 (Numerical Recipes §5.7), so 1e-5.
    /// Gormley's "epsilon close to machine epsilon" would leave only rounding error: see
    /// ``epsilonSweep(of:at:input:names:epsilons:)``.
    public static let defaultEpsilon = 1e-5

    /// A check passes when every input's relative error is at most this.
    ///
    /// At ε = 1e-5 a correct gradient of a well-scaled function shows relative errors around
    /// u^(2/3) ≈ 1e-10 to 1e-8; CS231n's gradient-check notes call errors above 1e-4 suspect and
    /// below 1e-7 fine. 1e-6 leaves two orders of margin for correct code while any wrong
    /// derivative rule (an error of order 1) fails.
    public static let tolerance = 1e-6

    /// The smallest denominator of the relative error, so a true zero is not judged by noise.
    ///
    /// A central difference at ε = 1e-5 carries rounding noise of about |f|·u/ε ≈ 1e-11·|f|; divided
    /// by max(|a|, |n|) alone, a zero gradient would show relative error 1. With this floor,
    /// gradients below 1e-4 are in effect compared absolutely (to 1e-10).
    public static let scaleFloor = 1e-4

    /// The ε sweep's steps: 10⁻¹, 10⁻², …, 10⁻¹².
    public static let sweepEpsilons: [Double] = [
        1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12,
    ]

    /// |a − n| / max(|a|, |n|, ``scaleFloor``).
    public static func relativeError(_ analytic: Double, _ numerical: Double) -> Double {
        abs(analytic - numerical) / max(abs(analytic), abs(numerical), scaleFloor)
    }
}

/// One input's line of a gradient check.
public struct ClosureGradientCheckRow: Sendable, Equatable {
    /// The input's position.
    public let input: Int
    /// The input's name (`x`, `y`, …).
    public let name: String
    /// The derivative being checked (from reverse mode, or as given).
    public let analytic: Double
    /// The central difference.
    public let numerical: Double
    /// |a − n| / max(|a|, |n|, floor).
    public let relativeError: Double
    /// Whether the relative error is within the tolerance.
    public let passed: Bool
}

/// The result of a gradient check: one row per input, the worst error and the verdict.
public struct ClosureGradientCheckReport: Sendable, Equatable {
    /// One row per input.
    public let rows: [ClosureGradientCheckRow]
    /// The step ε used.
    public let epsilon: Double
    /// The tolerance applied.
    public let tolerance: Double
    /// Where the checked derivatives came from: `reverse mode` or `claimed`.
    public var analyticSource = "claimed"
    /// The largest relative error (0 for a function of no inputs).
    public var worstRelativeError: Double { rows.map(\.relativeError).max() ?? 0 }
    /// Whether every input passed.
    public var passed: Bool { rows.allSatisfy(\.passed) }
}

/// One step of an ε sweep: how good the central difference is at that ε.
public struct EpsilonSweepRow: Sendable, Equatable {
    /// The step.
    public let epsilon: Double
    /// The central difference at that step.
    public let numerical: Double
    /// The reverse-mode derivative it is compared with.
    public let analytic: Double
    /// |a − n| / max(|a|, |n|, floor).
    public let relativeError: Double
}

/// The central difference (f(θ + εeᵢ) − f(θ − εeᵢ)) / 2ε for input `input` (Gormley eq. 7).
public func centralDifference(of f: ([Double]) throws -> Double, at point: [Double], input: Int,
                              epsilon: Double = ClosureGradientCheck.defaultEpsilon) rethrows -> Double {
    var plus = point, minus = point
    plus[input] += epsilon
    minus[input] -= epsilon
    return (try f(plus) - f(minus)) / (2 * epsilon)
}

/// Checks a given gradient `analytic` of `f` at `point` against central differences, input by input.
///
/// Use it for a derivative from anywhere: a hand derivation, backprop, or a deliberately wrong
/// rule that the check must catch.
public func gradcheck(_ f: ([Double]) throws -> Double, analytic: [Double], at point: [Double],
                      names: [String]? = nil,
                      epsilon: Double = ClosureGradientCheck.defaultEpsilon,
                      tolerance: Double = ClosureGradientCheck.tolerance) rethrows -> ClosureGradientCheckReport {
    precondition(analytic.count == point.count, "one derivative per input")
    let labels = names ?? defaultInputNames(count: point.count)
    let rows = try point.indices.map { i in
        let numerical = try centralDifference(of: f, at: point, input: i, epsilon: epsilon)
        let error = ClosureGradientCheck.relativeError(analytic[i], numerical)
        return ClosureGradientCheckRow(input: i, name: labels[i], analytic: analytic[i],
                                       numerical: numerical, relativeError: error,
                                       passed: error <= tolerance)
    }
    return ClosureGradientCheckReport(rows: rows, epsilon: epsilon, tolerance: tolerance)
}

/// Checks a claimed gradient of a function of two numbers, `gradcheck({ x, y in x * y }, analytic: [3, 2], at: [2, 3])`.
public func gradcheck(_ f: (Double, Double) throws -> Double, analytic: [Double], at point: [Double],
                      names: [String]? = nil,
                      epsilon: Double = ClosureGradientCheck.defaultEpsilon,
                      tolerance: Double = ClosureGradientCheck.tolerance) rethrows -> ClosureGradientCheckReport {
    precondition(point.count == 2, "a function of two numbers takes a point of two coordinates")
    return try gradcheck({ try f($0[0], $0[1]) }, analytic: analytic, at: point, names: names,
                         epsilon: epsilon, tolerance: tolerance)
}

/// Checks reverse mode on a function of one number, `gradcheck(of: { x in sin(x * x) }, at: [0.7])`.
@_disfavoredOverload
public func gradcheck(of f: (TapeVariable) throws -> TapeVariable, at point: [Double],
                      names: [String]? = nil,
                      epsilon: Double = ClosureGradientCheck.defaultEpsilon,
                      tolerance: Double = ClosureGradientCheck.tolerance) rethrows -> ClosureGradientCheckReport {
    try gradcheck(of: { try f($0[0]) }, at: point, names: names, epsilon: epsilon, tolerance: tolerance)
}

/// Checks reverse mode on `f` at `point` against central differences of the same closure.
///
/// ```swift
/// gradcheck(of: { v in cos(sin(v[0] * v[0]) + 3 * v[0] * v[0]) }, at: [0.7]).passed   // true
/// ```
public func gradcheck(of f: ([TapeVariable]) throws -> TapeVariable, at point: [Double],
                      names: [String]? = nil,
                      epsilon: Double = ClosureGradientCheck.defaultEpsilon,
                      tolerance: Double = ClosureGradientCheck.tolerance) rethrows -> ClosureGradientCheckReport {
    let reverse = try reverseGradient(of: f, at: point, names: names)
    var report = try gradcheck({ try plainValue(of: f, at: $0) }, analytic: reverse.partials, at: point, names: names,
                               epsilon: epsilon, tolerance: tolerance)
    report.analyticSource = "reverse mode"
    return report
}

/// The central difference's error against reverse mode for each ε in `epsilons`, for one input.
///
/// The error first falls with ε (truncation, ∝ ε²) and then rises again (rounding, ∝ u/ε): the
/// smallest error lies at a middle ε, not at the smallest.
public func epsilonSweep(of f: ([TapeVariable]) throws -> TapeVariable, at point: [Double],
                         input: Int = 0, names: [String]? = nil,
                         epsilons: [Double] = ClosureGradientCheck.sweepEpsilons) rethrows -> EpsilonSweep {
    precondition(!epsilons.isEmpty, "an ε sweep needs at least one step")
    let reverse = try reverseGradient(of: f, at: point, names: names)
    let analytic = reverse.partials[input]
    let rows = try epsilons.map { epsilon in
        let numerical = try centralDifference(of: { try plainValue(of: f, at: $0) }, at: point, input: input, epsilon: epsilon)
        return EpsilonSweepRow(epsilon: epsilon, numerical: numerical, analytic: analytic,
                               relativeError: ClosureGradientCheck.relativeError(analytic, numerical))
    }
    return EpsilonSweep(rows: rows, input: reverse.names[input])
}

/// The ε sweep of a function of one number, `epsilonSweep(of: { x in cos(sin(x * x)) }, at: [0.7])`.
@_disfavoredOverload
public func epsilonSweep(of f: (TapeVariable) throws -> TapeVariable, at point: [Double], names: [String]? = nil,
                         epsilons: [Double] = ClosureGradientCheck.sweepEpsilons) rethrows -> EpsilonSweep {
    try epsilonSweep(of: { try f($0[0]) }, at: point, names: names, epsilons: epsilons)
}

/// An ε sweep: the central difference's relative error against reverse mode, step by step.
public struct EpsilonSweep: Sendable, Equatable {
    /// One row per step, in the order given.
    public let rows: [EpsilonSweepRow]
    /// The name of the input swept.
    public let input: String
    /// The steps.
    public var epsilons: [Double] { rows.map(\.epsilon) }
    /// The relative error at each step.
    public var errors: [Double] { rows.map(\.relativeError) }
    /// The central difference at each step.
    public var numerical: [Double] { rows.map(\.numerical) }
    /// The reverse-mode derivative every step is compared with.
    public var analytic: Double { rows[0].analytic }
    /// The row with the smallest relative error.
    public var best: EpsilonSweepRow { rows.min { $0.relativeError < $1.relativeError }! }
    /// The step with the smallest relative error.
    public var bestEpsilon: Double { best.epsilon }
    /// The smallest relative error.
    public var smallestError: Double { best.relativeError }
}

/// The plain value of a tape closure at `point`: run it on a throwaway tape and read the result.
private func plainValue(of f: ([TapeVariable]) throws -> TapeVariable, at point: [Double]) rethrows -> Double {
    let tape = Tape(sharesRepeatedSubexpressions: false)
    return try f(point.enumerated().map { tape.variable($1, name: "x\($0)") }).value
}
