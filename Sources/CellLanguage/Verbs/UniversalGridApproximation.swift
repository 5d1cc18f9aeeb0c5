import Display
import NumericCore

/// `approximate(f, x: a...b, y: c...d, cellsPerSide: k)`: a 2-2k-((k+1)²−1)-1 sigmoid net that sums
/// a k × k grid of bumps, shown as f and the net on the same shades, with the largest error.
final class GridApproximationObject: ConstructedNetworkReport {
    let fit: GridApproximation
    let networkObject: NetworkObject
    let functionLabel: String
    let target: Plot
    let approximation: Plot

    init(_ fit: GridApproximation, function: Value, surface: (Double, Double) throws -> Double) throws {
        self.fit = fit
        networkObject = NetworkObject(fit.network)
        functionLabel = PlotSampling.label(of: function, variable: "x, y", fallback: "f(x, y)")
        let resolution = UniversalDisplay.heatMapResolution
        let targetGrid = try (0..<resolution).map { row in
            try (0..<resolution).map { column in
                try surface(UniversalDisplay.centre(fit.x, column, of: resolution),
                            UniversalDisplay.centre(fit.y, row, of: resolution))
            }
        }
        let netGrid = try UniversalDisplay.grid(of: fit.network, x: fit.x, y: fit.y)
        // One value scale for both maps, so equal shades mean equal values.
        let shades = UniversalDisplay.sharedRange(targetGrid, netGrid)
        target = try Plot.heatMap(targetGrid, x: fit.x, y: fit.y, title: functionLabel, valueLabel: "f",
                                  valueRange: shades)
        approximation = try Plot.heatMap(netGrid, x: fit.x, y: fit.y,
                                         title: "the net, \(fit.cellsPerSide) × \(fit.cellsPerSide) bumps",
                                         valueLabel: "net", valueRange: shades)
    }

    var typeName: String { "GridApproximation" }

    var summary: String {
        let k = fit.cellsPerSide
        func interval(_ range: ClosedRange<Double>) -> String {
            "[\(UniversalDisplay.number(range.lowerBound)), \(UniversalDisplay.number(range.upperBound))]"
        }
        let side = fit.target.xs.count
        return "\(functionLabel) on \(interval(fit.x)) × \(interval(fit.y)) as \(k) × \(k) bumps: a "
            + "\(UniversalDisplay.shape(fit.network)) net (\(k) x-steps and \(k) y-steps, "
            + "\(fit.network.layers[1].outputCount) soft-AND quadrants, linear output)\n"
            + "largest |net − \(functionLabel)| = \(UniversalDisplay.number(fit.maxError)) on a \(side) × \(side) grid"
    }

    func display() -> [DisplayBlock] { [.text(summary), .plot(target), .plot(approximation)] }

    var description: String { summary }

    var memberNames: [String] {
        ["network", "cellsPerSide", "maxError", "xSteepness", "ySteepness", "andSteepness", "target", "approximation"]
            + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network": return .object(networkObject)
        case "cellsPerSide": return .int(fit.cellsPerSide)
        case "maxError": return .double(fit.maxError)
        case "xSteepness": return .double(fit.xSteepness)
        case "ySteepness": return .double(fit.ySteepness)
        case "andSteepness": return .double(fit.andSteepness)
        case "target": return .object(PlotObject(target))
        case "approximation": return .object(PlotObject(approximation))
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        try networkMethod(name, arguments: arguments, context: context)
    }
}
