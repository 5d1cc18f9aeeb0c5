/// The largest |net(x) − f(x)| found on a grid, and where.
public struct MaxError: Sendable, Equatable {
    /// The largest absolute error on the grid.
    public var value: Double
    /// The grid point where it occurs (the first, if several tie).
    public var at: Double
    /// How many evenly spaced points, ends included, were measured.
    public var samples: Int
}

/// The largest |net(x) − f(x)| of a one-input, one-output net on `samples` evenly spaced points of
/// `interval`, ends included (the nets here are measured on 1001 points unless told otherwise).
public func maxError(of network: Network, approximating function: (Double) throws -> Double,
                     on interval: ClosedRange<Double>, samples: Int = 1001) throws -> MaxError {
    try require(samples >= 2, "the error needs at least 2 sample points, found \(samples)")
    try require(network.inputCount == 1 && network.outputCount == 1,
                "the error is measured for a 1-input, 1-output net, found \(network.sizes)")
    let points = evenlySpaced(interval, count: samples)
    let predictions = try network.predict(Matrix(column: points))
    var worst = MaxError(value: 0, at: points[0], samples: samples)
    for (row, x) in points.enumerated() {
        let error = Swift.abs(predictions[row, 0] - (try function(x)))
        // `!(error <= worst)` also catches NaN, so a broken net never reports a small error.
        if !(error <= worst.value) { worst.value = error; worst.at = x }
    }
    return worst
}
