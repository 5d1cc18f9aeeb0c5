/// A 2-2k-((k+1)²−1)-1 net that approximates f(x, y) on a rectangle with a k × k grid of bumps.
///
/// Layer 1 holds k steps in x, σ(s_x(x − t_i)), and k in y, σ(s_y(y − u_j)), at the midpoints
/// between grid points x_i, y_j (i, j = 0…k). Layer 2 holds one "quadrant" unit per (i, j) ≠ (0, 0):
/// the soft AND σ(b(X_i + Y_j − 3/2)) of an x-step and a y-step, or σ(b(X_i − ½)) / σ(b(Y_j − ½))
/// when one index is 0 (that step alone). The linear output weights quadrant (i, j) by the mixed
/// difference f(x_i, y_j) − f(x_{i−1}, y_j) − f(x_i, y_{j−1}) + f(x_{i−1}, y_{j−1}) (terms with a −1
/// index dropped) and adds f(x_0, y_0), so the sum telescopes to f at the nearest grid point. Each
/// cell's bump (Lecture 13's h₅ turned inside out) is the inclusion–exclusion sum of four quadrants;
/// sharing the 2k lines keeps layer 1 at 2k units instead of the 4k² of one bump per cell.
public struct GridApproximation: Sendable, Equatable {
    /// The 2-2k-((k+1)²−1)-1 net (sigmoid, sigmoid, linear).
    public var network: Network
    /// The rectangle's x interval.
    public var x: ClosedRange<Double>
    /// The rectangle's y interval.
    public var y: ClosedRange<Double>
    /// The number k of cells per side.
    public var cellsPerSide: Int
    /// The steepness of the x-steps, `defaultStepSharpness` over the x spacing by default.
    public var xSteepness: Double
    /// The steepness of the y-steps.
    public var ySteepness: Double
    /// The steepness b of the quadrant (AND) units.
    public var andSteepness: Double
    /// f on the error grid (first heat map).
    public var target: GridSample
    /// The net on the same grid (second heat map).
    public var approximation: GridSample
    /// The largest |net − f| on that grid.
    public var maxError: Double
}

/// The default steepness b of the quadrant units: their inputs sit ½ from the threshold, so a
/// quadrant that should be off leaks at most σ(−b/2) ≈ 4.5e−5.
public let defaultAndSteepness: Double = 20

/// Builds the grid-of-bumps net for f on `x × y` with `cellsPerSide` cells per side and measures it
/// on a `samplesPerSide²` grid (ends included).
///
/// ```swift
/// let fit = try gridApproximation(of: { x, y in sin(x) * cos(y) }, x: 0...3, y: 0...3, cellsPerSide: 10)
/// fit.maxError; fit.target; fit.approximation
/// ```
public func gridApproximation(of function: (Double, Double) throws -> Double, x: ClosedRange<Double>,
                              y: ClosedRange<Double>, cellsPerSide: Int,
                              andSteepness: Double = defaultAndSteepness,
                              samplesPerSide: Int = 101) throws -> GridApproximation {
    let k = cellsPerSide
    try require(k >= 1, "a grid approximation needs at least 1 cell per side, found \(k)")
    for range in [x, y] {
        try require(range.lowerBound.isFinite && range.upperBound.isFinite && range.upperBound > range.lowerBound,
                    "each side must be finite and longer than a point, found \(range)")
    }
    try require(andSteepness > 0 && andSteepness.isFinite, "the AND steepness must be positive, found \(andSteepness)")
    let xSpacing = (x.upperBound - x.lowerBound) / Double(k)
    let ySpacing = (y.upperBound - y.lowerBound) / Double(k)
    let xSteepness = defaultStepSharpness / xSpacing
    let ySteepness = defaultStepSharpness / ySpacing
    let xs = evenlySpaced(x, count: k + 1)
    let ys = evenlySpaced(y, count: k + 1)
    let values = try xs.map { xValue in try ys.map { yValue in try function(xValue, yValue) } }   // values[i][j]
    try require(values.allSatisfy { $0.allSatisfy(\.isFinite) }, "f must be finite at the grid points")

    // Layer 1: columns 0..<k are x-steps 1…k, columns k..<2k are y-steps 1…k.
    var lineWeights = Matrix(rows: 2, columns: 2 * k)
    var lineBias = Matrix(rows: 1, columns: 2 * k)
    for step in 1...k {
        lineWeights[0, step - 1] = xSteepness
        lineBias[0, step - 1] = -xSteepness * (x.lowerBound + (Double(step) - 0.5) * xSpacing)
        lineWeights[1, k + step - 1] = ySteepness
        lineBias[0, k + step - 1] = -ySteepness * (y.lowerBound + (Double(step) - 0.5) * ySpacing)
    }
    // Layer 2: one quadrant unit per (i, j) ≠ (0, 0), in row-major order of (i, j).
    let quadrants = (0...k).flatMap { i in (0...k).map { j in (i, j) } }.filter { $0 != (0, 0) }
    var andWeights = Matrix(rows: 2 * k, columns: quadrants.count)
    var andBias = Matrix(rows: 1, columns: quadrants.count)
    var heights = [Double](repeating: 0, count: quadrants.count)
    for (unit, (i, j)) in quadrants.enumerated() {
        if i > 0 { andWeights[i - 1, unit] = andSteepness }
        if j > 0 { andWeights[k + j - 1, unit] = andSteepness }
        andBias[0, unit] = -andSteepness * (i > 0 && j > 0 ? 1.5 : 0.5)
        heights[unit] = values[i][j] - (i > 0 ? values[i - 1][j] : 0) - (j > 0 ? values[i][j - 1] : 0)
            + (i > 0 && j > 0 ? values[i - 1][j - 1] : 0)
    }
    let network = Network(layers: [
        Layer(weights: lineWeights, bias: lineBias, activation: .sigmoid),
        Layer(weights: andWeights, bias: andBias, activation: .sigmoid),
        Layer(weights: Matrix(column: heights), bias: Matrix(row: [values[0][0]]), activation: .linear),
    ])
    let target = try sampleOnGrid(function, x: x, y: y, points: samplesPerSide)
    let approximation = try sampleOnGrid(network, x: x, y: y, points: samplesPerSide)
    return GridApproximation(network: network, x: x, y: y, cellsPerSide: k, xSteepness: xSteepness,
                             ySteepness: ySteepness, andSteepness: andSteepness, target: target,
                             approximation: approximation, maxError: approximation.maxAbsDifference(from: target))
}
