/// Values of a function of two variables on a rectangular grid: data for a heat map.
public struct GridSample: Sendable, Equatable {
    /// The grid's x coordinates, increasing (the heat map's columns).
    public var xs: [Double]
    /// The grid's y coordinates, increasing (the heat map's rows).
    public var ys: [Double]
    /// `values[j][i]` is the value at `(xs[i], ys[j])`: one row per y.
    public var values: [[Double]]

    /// Creates a sample from its coordinates and its rows of values.
    public init(xs: [Double], ys: [Double], values: [[Double]]) {
        self.xs = xs
        self.ys = ys
        self.values = values
    }

    /// The largest absolute difference from another sample on the same grid.
    public func maxAbsDifference(from other: GridSample) -> Double {
        zip(values, other.values).reduce(0) { worst, rows in
            zip(rows.0, rows.1).reduce(worst) { Swift.max($0, Swift.abs($1.0 - $1.1)) }
        }
    }
}

/// Samples `function` on a `points × points` grid over `x × y`, ends included.
public func sampleOnGrid(_ function: (Double, Double) throws -> Double, x: ClosedRange<Double>,
                         y: ClosedRange<Double>, points: Int) throws -> GridSample {
    try require(points >= 2, "a grid needs at least 2 points per side, found \(points)")
    let xs = evenlySpaced(x, count: points)
    let ys = evenlySpaced(y, count: points)
    let values = try ys.map { yValue in try xs.map { xValue in try function(xValue, yValue) } }
    return GridSample(xs: xs, ys: ys, values: values)
}

/// Samples output `output` of a two-input network on a `points × points` grid over `x × y`.
public func sampleOnGrid(_ network: Network, x: ClosedRange<Double>, y: ClosedRange<Double>,
                         points: Int, output: Int = 0) throws -> GridSample {
    try require(points >= 2, "a grid needs at least 2 points per side, found \(points)")
    try require(network.inputCount == 2, "a heat map needs a network with 2 inputs, found \(network.inputCount)")
    try require((0..<network.outputCount).contains(output),
                "output \(output) is not one of the network's \(network.outputCount) outputs")
    let xs = evenlySpaced(x, count: points)
    let ys = evenlySpaced(y, count: points)
    var inputs = Matrix(rows: points * points, columns: 2)
    for (j, yValue) in ys.enumerated() {
        for (i, xValue) in xs.enumerated() {
            inputs[j * points + i, 0] = xValue
            inputs[j * points + i, 1] = yValue
        }
    }
    let predictions = try network.predict(inputs)
    let values = (0..<points).map { j in (0..<points).map { i in predictions[j * points + i, output] } }
    return GridSample(xs: xs, ys: ys, values: values)
}
