import Display
import NumericCore

/// `approximate(f, x: a...b, y: c...d, cellsPerSide: k)`: a 2-2k-((k+1)²−1)-1 sigmoid net summing
/// a k × k grid of bumps (NumericCore's ``GridApproximation``), shown as f and the net on the same shades.
@dynamicMemberLookup
public struct GridApproximationReport: Displayable {
    /// The construction: its network and largest error.
    public let construction: GridApproximation
    /// How f is named (`f(x, y)` unless told).
    public let label: String
    /// f over the rectangle.
    public let target: Plot
    /// The net over the rectangle, on f's shades.
    public let approximation: Plot

    /// Builds the construction for `function` and samples both maps, or an error that names the mistake.
    public init(approximating function: (Double, Double) throws -> Double, x: ClosedRange<Double>, y: ClosedRange<Double>,
                cellsPerSide: Int, andSteepness: Double = defaultAndSteepness, label: String = "f(x, y)") throws {
        construction = try gridApproximation(of: function, x: x, y: y, cellsPerSide: cellsPerSide, andSteepness: andSteepness)
        self.label = label
        let targetGrid = try UniversalNotation.grid(of: function, x: x, y: y)
        let netGrid = try UniversalNotation.grid(of: construction.network, x: x, y: y)
        // One value scale for both maps, so equal shades mean equal values.
        let shades = UniversalNotation.sharedRange(targetGrid, netGrid)
        target = try Plot.heatMap(targetGrid, x: x, y: y, title: label, valueLabel: "f", valueRange: shades)
        approximation = try Plot.heatMap(netGrid, x: x, y: y, title: "the net, \(cellsPerSide) × \(cellsPerSide) bumps",
                                         valueLabel: "net", valueRange: shades)
    }

    /// The construction's own properties: `network`, `cellsPerSide`, `maxError`, the steepnesses.
    public subscript<T>(dynamicMember keyPath: KeyPath<GridApproximation, T>) -> T { construction[keyPath: keyPath] }

    /// Two lines: the net's shape and parts, then the largest error on the sample grid.
    public var summary: String {
        let fit = construction
        let k = fit.cellsPerSide
        let side = fit.target.xs.count
        return "\(label) on \(UniversalNotation.interval(fit.x)) × \(UniversalNotation.interval(fit.y)) as \(k) × \(k) bumps: a "
            + "\(UniversalNotation.shape(fit.network)) net (\(k) x-steps and \(k) y-steps, "
            + "\(fit.network.layers[1].outputCount) soft-AND quadrants, linear output)\n"
            + "largest |net − \(label)| = \(NumberFormat.format(fit.maxError)) on a \(side) × \(side) grid"
    }

    public var display: [DisplayBlock] { [.text(summary), .plot(target), .plot(approximation)] }
    public var inlineText: String { summary }
}

/// Approximates a function of two numbers on a rectangle by a grid of bumps; a mistake stops the program.
///
/// ```swift
/// approximate({ x, y in sin(x) * cos(y) }, x: 0...3, y: 0...3, cellsPerSide: 8).maxError   // 0.209803
/// ```
public func approximate(_ function: (Double, Double) -> Double, x: ClosedRange<Double>, y: ClosedRange<Double>,
                        cellsPerSide: Int, andSteepness: Double = defaultAndSteepness,
                        label: String = "f(x, y)") -> GridApproximationReport {
    stopOnError {
        try GridApproximationReport(approximating: function, x: x, y: y, cellsPerSide: cellsPerSide,
                                    andSteepness: andSteepness, label: label)
    }
}
