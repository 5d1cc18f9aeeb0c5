import Display
import NumericCore

/// `approximate(f, over: a...b, units: n)`: the 1-n-1 sigmoid staircase through f's values on a grid
/// (NumericCore's ``StepApproximation``), shown with its largest error and drawn beside f.
@dynamicMemberLookup
public struct StepApproximationReport: Displayable {
    /// The construction: its network, steps and largest error.
    public let construction: StepApproximation
    /// How f is named in the text and the legend (`f(x)` unless told).
    public let label: String
    /// f and the net on the interval.
    public let plot: Plot

    /// Builds the construction for `function` and samples it for the plot, or an error that names the mistake.
    public init(approximating function: (Double) throws -> Double, over interval: ClosedRange<Double>, units: Int,
                steepness: Double? = nil, label: String = "f(x)") throws {
        try self.init(try stepApproximation(of: function, on: interval, units: units, steepness: steepness),
                      function: function, label: label)
    }

    /// Shows a construction already built for `function`.
    public init(_ construction: StepApproximation, function: (Double) throws -> Double, label: String = "f(x)") throws {
        self.construction = construction
        self.label = label
        let interval = construction.interval
        let target = try Plot.Series.sampling(label, over: interval, samples: UniversalNotation.curveSamples, function)
        let net = try UniversalNotation.series("net(x), \(construction.units) steps", of: construction.network, over: interval)
        plot = try Plot.lines([target, net], title: "\(label) and its \(construction.units)-step net",
                              x: Plot.Axis("x"), y: Plot.Axis("y"))
    }

    /// The construction's own properties: `network`, `units`, `spacing`, `steepness`, `stepCentres`, ….
    public subscript<T>(dynamicMember keyPath: KeyPath<StepApproximation, T>) -> T { construction[keyPath: keyPath] }

    /// The largest |net(x) − f(x)| on the sample points.
    public var maxError: Double { construction.maxError.value }
    /// Where that largest error is.
    public var maxErrorAt: Double { construction.maxError.at }

    /// Two lines: the net and its spacing and steepness, then the largest error.
    public var summary: String {
        let fit = construction
        return "\(label) on \(UniversalNotation.interval(fit.interval)) as \(fit.units) sigmoid steps: a \(UniversalNotation.shape(fit.network)) net, "
            + "spacing h = \(NumberFormat.format(fit.spacing)), steepness s = \(NumberFormat.format(fit.steepness))\n"
            + "largest |net(x) − \(label)| = \(NumberFormat.format(fit.maxError.value)) at x = "
            + "\(NumberFormat.format(fit.maxError.at)) (\(fit.maxError.samples) points)"
    }

    /// unit | centre tᵢ | height, at most twelve rows.
    public var steps: Table {
        let fit = construction
        let rows = NetworkNotation.shownRows(fit.units, limit: 12).map { index -> [String] in
            guard let index else { return ["⋮", "", ""] }
            return [NetworkNotation.name("h", index + 1), NumberFormat.format(fit.stepCentres[index]),
                    NumberFormat.format(fit.stepHeights[index])]
        }
        return Table(caption: "hidden unit hᵢ = σ(s·(x − tᵢ)) adds a step of height f(xᵢ) − f(xᵢ₋₁); output bias f(a) = \(NumberFormat.format(fit.base))",
                     header: ["unit", "centre tᵢ", "height"], rows: rows)
    }

    public var display: [DisplayBlock] { [.text(summary), .table(steps), .plot(plot)] }
    public var inlineText: String { summary }
}

/// Approximates `function` on `interval` by `units` sigmoid steps (Lecture 13 §2.3); a mistake stops the program.
///
/// ```swift
/// let fit = approximate({ x in sin(3 * x) }, over: 0...Double.pi, units: 16)
/// fit.maxError   // 0.109518
/// ```
public func approximate(_ function: (Double) -> Double, over interval: ClosedRange<Double>, units: Int,
                        steepness: Double? = nil, label: String = "f(x)") -> StepApproximationReport {
    stopOnError {
        try StepApproximationReport(approximating: function, over: interval, units: units, steepness: steepness, label: label)
    }
}

/// `approximationErrors(f, over:, units: [2, 4, 8, …])`: the step construction's largest error for
/// each n, with n × error (flat when the error falls like 1/n) and a log–log plot.
public struct ApproximationErrors: Displayable {
    /// One row per unit count.
    public let rows: [ApproximationErrorRow]
    /// The interval approximated on.
    public let interval: ClosedRange<Double>
    /// How f is named in the caption.
    public let label: String

    /// Builds the construction for each count, or an error that names the mistake.
    public init(approximating function: (Double) throws -> Double, over interval: ClosedRange<Double>, units: [Int],
                label: String = "f(x)") throws {
        guard !units.isEmpty else {
            throw ConstructionError.invalidArgument("approximationErrors needs at least one unit count, such as 'units: [2, 4, 8]'")
        }
        rows = try stepApproximationErrors(of: function, on: interval, units: units)
        self.interval = interval
        self.label = label
    }

    /// The unit counts.
    public var units: [Int] { rows.map(\.units) }
    /// The largest error for each count.
    public var errors: [Double] { rows.map(\.maxError) }
    /// The steepness used for each count.
    public var steepnesses: [Double] { rows.map(\.steepness) }
    /// Whether each error is below the one before it.
    public var decreasing: Bool { zip(rows, rows.dropFirst()).allSatisfy { $1.maxError < $0.maxError } }

    /// units n | steepness s | largest error | n × error.
    public var table: Table {
        Table(caption: "step nets for \(label) on \(UniversalNotation.interval(interval)), largest error on 1001 points",
              header: ["units n", "steepness s", "largest error", "n × error"],
              rows: rows.map { row in
                  [String(row.units), NumberFormat.format(row.steepness), NumberFormat.format(row.maxError),
                   NumberFormat.format(Double(row.units) * row.maxError)]
              })
    }

    /// The largest error against n, on log–log axes when every error is positive.
    public func plot() throws -> Plot {
        let positive = rows.allSatisfy { $0.maxError > 0 }
        let scale: Plot.AxisScale = positive && rows.count > 1 ? .logarithmic : .linear
        return try Plot.lines([Plot.Series("largest error", x: rows.map { Double($0.units) }, y: errors)],
                              title: "error against hidden units", x: Plot.Axis("hidden units n", scale: scale),
                              y: Plot.Axis("largest error", scale: scale))
    }

    public var display: [DisplayBlock] {
        var blocks: [DisplayBlock] = [.table(table)]
        if let plot = try? plot() { blocks.append(.plot(plot)) }
        return blocks
    }
}

/// The step construction's largest error for each count in `units`; a mistake stops the program.
public func approximationErrors(_ function: (Double) -> Double, over interval: ClosedRange<Double>, units: [Int],
                                label: String = "f(x)") -> ApproximationErrors {
    stopOnError { try ApproximationErrors(approximating: function, over: interval, units: units, label: label) }
}
