/// A 1-n-1 net that approximates f on [a, b] as a sum of n steep sigmoid steps, and its error.
public struct StepApproximation: Sendable, Equatable {
    /// The 1-n-1 net: sigmoid hidden units (one step each), linear output.
    public var network: Network
    /// The interval [a, b].
    public var interval: ClosedRange<Double>
    /// The number n of hidden units (steps).
    public var units: Int
    /// The grid spacing h = (b − a)/n between the grid points x_i = a + i·h, i = 0…n.
    public var spacing: Double
    /// The steepness s of every step σ(s(x − t_i)); by default `defaultStepSharpness / h`.
    public var steepness: Double
    /// The step centres t_i = a + (i − ½)h, midway between grid points, i = 1…n.
    public var stepCentres: [Double]
    /// The step heights f(x_i) − f(x_{i−1}), the output weights.
    public var stepHeights: [Double]
    /// f(a), the output bias.
    public var base: Double
    /// The largest |net(x) − f(x)| on `errorSamples` points of [a, b].
    public var maxError: MaxError
}

/// s·h for the default steepness s = 10/h: a step then differs from the hard step by at most
/// σ(−5) ≈ 0.0067 at the grid points, half a spacing from its centre, and its rise (10% to 90%)
/// spans 0.44·h, so steps never overlap much while the net stays differentiable.
public let defaultStepSharpness: Double = 10

/// Builds the 1-n-1 sigmoid net f̂(x) = f(a) + Σ_i (f(x_i) − f(x_{i−1}))·σ(s(x − t_i)) and measures
/// its largest error on `errorSamples` points; for continuous f the error shrinks as n grows
/// (about L·h/2 for an L-Lipschitz f).
///
/// ```swift
/// let fit = try stepApproximation(of: { sin(3 * $0) }, on: 0...Double.pi, units: 50)
/// fit.maxError.value
/// ```
public func stepApproximation(of function: (Double) throws -> Double, on interval: ClosedRange<Double>,
                              units: Int, steepness: Double? = nil,
                              errorSamples: Int = 1001) throws -> StepApproximation {
    try require(units >= 1, "a step approximation needs at least 1 hidden unit, found \(units)")
    try require(interval.lowerBound.isFinite && interval.upperBound.isFinite
                    && interval.upperBound > interval.lowerBound,
                "the interval must be finite and longer than a point, found \(interval)")
    let spacing = (interval.upperBound - interval.lowerBound) / Double(units)
    let steepness = steepness ?? defaultStepSharpness / spacing
    try require(steepness > 0 && steepness.isFinite, "the steepness must be positive, found \(steepness)")
    let gridValues = try evenlySpaced(interval, count: units + 1).map { try function($0) }
    try require(gridValues.allSatisfy(\.isFinite), "f must be finite at the grid points of \(interval)")
    let stepCentres = (1...units).map { interval.lowerBound + (Double($0) - 0.5) * spacing }
    let stepHeights = (1...units).map { gridValues[$0] - gridValues[$0 - 1] }
    let hidden = Layer(weights: Matrix(row: Array(repeating: steepness, count: units)),
                       bias: Matrix(row: stepCentres.map { -steepness * $0 }), activation: .sigmoid)
    let output = Layer(weights: Matrix(column: stepHeights), bias: Matrix(row: [gridValues[0]]),
                       activation: .linear)
    let network = Network(layers: [hidden, output])
    return StepApproximation(network: network, interval: interval, units: units, spacing: spacing,
                             steepness: steepness, stepCentres: stepCentres, stepHeights: stepHeights,
                             base: gridValues[0],
                             maxError: try maxError(of: network, approximating: function, on: interval,
                                                    samples: errorSamples))
}

/// One row of an error table: n hidden units and the construction's largest error.
public struct ApproximationErrorRow: Sendable, Equatable {
    /// The number of hidden units.
    public var units: Int
    /// The steepness the construction used.
    public var steepness: Double
    /// The largest |net(x) − f(x)| on the error grid.
    public var maxError: Double
}

/// The step construction's largest error for each n in `units` (for example 2, 4, 8, …, 256).
public func stepApproximationErrors(of function: (Double) throws -> Double, on interval: ClosedRange<Double>,
                                    units: [Int], errorSamples: Int = 1001) throws -> [ApproximationErrorRow] {
    try units.map { count in
        let fit = try stepApproximation(of: function, on: interval, units: count, errorSamples: errorSamples)
        return ApproximationErrorRow(units: count, steepness: fit.steepness, maxError: fit.maxError.value)
    }
}
