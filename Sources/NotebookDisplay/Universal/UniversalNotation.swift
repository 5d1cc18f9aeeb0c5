import Display
import NumericCore

/// Shared pieces of the universal-approximation displays: one-line net shapes, sampled curves and grids.
enum UniversalNotation {
    /// `1 → 16 → 1`: a network's layer sizes.
    static func shape(_ network: Network) -> String {
        network.sizes.map(String.init).joined(separator: " → ")
    }

    /// `[0, 3.14159]`.
    static func interval(_ range: ClosedRange<Double>) -> String {
        "[\(NumberFormat.format(range.lowerBound)), \(NumberFormat.format(range.upperBound))]"
    }

    /// Points plotted per curve: 401 over an interval gives every step of a 16-unit net a few samples.
    static let curveSamples = 401

    /// A one-input, one-output network's curve on `interval`, one forward pass for all samples.
    static func series(_ label: String, of network: Network, over interval: ClosedRange<Double>) throws -> Plot.Series {
        let xs = (0..<curveSamples).map {
            interval.lowerBound + (interval.upperBound - interval.lowerBound) * Double($0) / Double(curveSamples - 1)
        }
        let outputs = try network.predict(Matrix(column: xs))
        return Plot.Series(label, x: xs, y: (0..<curveSamples).map { outputs[$0, 0] })
    }

    /// Cells per side of a displayed heat map: as `heatMap` draws a net, and small enough for the SVG.
    static let heatMapResolution = 40

    /// Output 0 of a two-input network at the centres of the grid, bottom row first.
    static func grid(of network: Network, x: ClosedRange<Double>, y: ClosedRange<Double>) throws -> [[Double]] {
        try networkGrid(network, x: x, y: y, resolution: heatMapResolution)
    }

    /// A function of two numbers at the centres of the same grid.
    static func grid(of function: (Double, Double) throws -> Double, x: ClosedRange<Double>,
                     y: ClosedRange<Double>) throws -> [[Double]] {
        try (0..<heatMapResolution).map { row in
            try (0..<heatMapResolution).map { column in
                try function(Plot.gridCentre(x, column, of: heatMapResolution), Plot.gridCentre(y, row, of: heatMapResolution))
            }
        }
    }

    /// The smallest range holding every value of both grids, so two heat maps share their shades.
    static func sharedRange(_ grids: [[Double]]...) -> ClosedRange<Double>? {
        let values = grids.flatMap { $0.flatMap { $0 } }.filter(\.isFinite)
        guard let lower = values.min(), let upper = values.max(), lower < upper else { return nil }
        return lower...upper
    }
}
