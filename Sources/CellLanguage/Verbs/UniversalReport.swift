import Display
import NumericCore

/// A construction's report that carries the network it built: `.network` is that network as an
/// ordinary `Network` value, and the network verbs are also its methods (`bump.forward(x)` is
/// `forward(bump.network, x)`).
///
/// ```swift
/// let fit = approximate({ x in sin(3 * x) }, over: 0...3.14159, units: 16)
/// gradientCheck(fit.network, inputs: [[1.0]], targets: [[0]], loss: .halfSumSquared)
/// fit.predict([[0.5]])
/// ```
protocol ConstructedNetworkReport: CellObject {
    /// The built network, one object for the report's lifetime, so a change through
    /// `report.network.layers[0].weights = …` is seen by the next `report.network`.
    var networkObject: NetworkObject { get }
}

extension ConstructedNetworkReport {
    /// The network verbs as methods of the report, on its network.
    func networkMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        guard NetworkObject.methods.contains(name) else { return nil }
        return try networkObject.callMethod(name, arguments: arguments, context: context)
    }
}

/// Shared pieces of the universal-approximation displays: one-line net shapes, sampled plots.
enum UniversalDisplay {
    /// `1 → 16 → 1`: a network's layer sizes.
    static func shape(_ network: Network) -> String {
        network.sizes.map(String.init).joined(separator: " → ")
    }

    /// Formats a number through the one formatter.
    static func number(_ value: Double) -> String { NumberFormat.format(value) }

    /// Numbers as an array value.
    static func numbers(_ values: [Double]) -> Value { .array(values.map { .double($0) }) }

    /// Whole numbers as an array value.
    static func integers(_ values: [Int]) -> Value { .array(values.map { .int($0) }) }

    /// Points plotted per curve: 401 over an interval gives every step of a 16-unit net a few samples.
    static let curveSamples = 401

    /// A one-input, one-output network's curve on `interval`, one forward pass for all samples.
    static func series(_ label: String, of network: Network, over interval: ClosedRange<Double>,
                       samples: Int = curveSamples) throws -> Plot.Series {
        let xs = (0..<samples).map {
            interval.lowerBound + (interval.upperBound - interval.lowerBound) * Double($0) / Double(samples - 1)
        }
        let outputs = try network.predict(Matrix(column: xs))
        return Plot.Series(label, x: xs, y: (0..<samples).map { outputs[$0, 0] })
    }

    /// Cells per side of a displayed heat map: as `heatMap` draws a net, and small enough for the SVG.
    static let heatMapResolution = 40

    /// Output 0 of a two-input network at the centres of a `resolution`² grid, bottom row first.
    static func grid(of network: Network, x: ClosedRange<Double>, y: ClosedRange<Double>,
                     resolution: Int = heatMapResolution) throws -> [[Double]] {
        var inputs = Matrix(rows: resolution * resolution, columns: 2)
        for row in 0..<resolution {
            for column in 0..<resolution {
                inputs[row * resolution + column, 0] = centre(x, column, of: resolution)
                inputs[row * resolution + column, 1] = centre(y, row, of: resolution)
            }
        }
        let outputs = try network.predict(inputs)
        return (0..<resolution).map { row in (0..<resolution).map { outputs[row * resolution + $0, 0] } }
    }

    /// The centre of cell `index` of `count` along `range`.
    static func centre(_ range: ClosedRange<Double>, _ index: Int, of count: Int) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * (Double(index) + 0.5) / Double(count)
    }

    /// The smallest range holding every value of both grids, so two heat maps share their shades.
    static func sharedRange(_ grids: [[Double]]...) -> ClosedRange<Double>? {
        let values = grids.flatMap { $0.flatMap { $0 } }.filter(\.isFinite)
        guard let lower = values.min(), let upper = values.max(), lower < upper else { return nil }
        return lower...upper
    }
}
