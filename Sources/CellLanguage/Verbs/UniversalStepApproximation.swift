import Display
import NotebookDisplay
import NumericCore

/// `approximate(f, over: a...b, units: n)`: the 1-n-1 sigmoid net f(a) + Σ (f(xᵢ) − f(xᵢ₋₁))·σ(s(x − tᵢ)),
/// a staircase of n steep steps through f's values on a grid, with its largest error and f beside it.
final class StepApproximationObject: ConstructedNetworkReport {
    let fit: StepApproximation
    let networkObject: NetworkObject
    let functionLabel: String
    let plot: Plot

    init(_ fit: StepApproximation, function: Value, context: CellContext) throws {
        self.fit = fit
        networkObject = NetworkObject(fit.network)
        functionLabel = PlotSampling.label(of: function, variable: "x", fallback: "f(x)")
        let target = try PlotSampling.series(function, label: functionLabel, over: fit.interval,
                                             samples: UniversalDisplay.curveSamples, context: context)
        let net = try UniversalDisplay.series("net(x), \(fit.units) steps", of: fit.network, over: fit.interval)
        plot = try Plot.lines([target, net], title: "\(functionLabel) and its \(fit.units)-step net",
                              x: Plot.Axis("x"), y: Plot.Axis("y"))
    }

    var typeName: String { "StepApproximation" }

    var summary: String {
        let interval = "[\(UniversalDisplay.number(fit.interval.lowerBound)), \(UniversalDisplay.number(fit.interval.upperBound))]"
        return "\(functionLabel) on \(interval) as \(fit.units) sigmoid steps: a \(UniversalDisplay.shape(fit.network)) net, "
            + "spacing h = \(UniversalDisplay.number(fit.spacing)), steepness s = \(UniversalDisplay.number(fit.steepness))\n"
            + "largest |net(x) − \(functionLabel)| = \(UniversalDisplay.number(fit.maxError.value)) at x = "
            + "\(UniversalDisplay.number(fit.maxError.at)) (\(fit.maxError.samples) points)"
    }

    var stepsTable: Table {
        let rows = NetworkNotation.shownRows(fit.units, limit: 12).map { index -> [String] in
            guard let index else { return ["⋮", "", ""] }
            return [NetworkNotation.name("h", index + 1), UniversalDisplay.number(fit.stepCentres[index]),
                    UniversalDisplay.number(fit.stepHeights[index])]
        }
        return Table(caption: "hidden unit hᵢ = σ(s·(x − tᵢ)) adds a step of height f(xᵢ) − f(xᵢ₋₁); output bias f(a) = \(UniversalDisplay.number(fit.base))",
                     header: ["unit", "centre tᵢ", "height"], rows: rows)
    }

    func display() -> [DisplayBlock] { [.text(summary), .table(stepsTable), .plot(plot)] }

    var description: String { summary }

    var memberNames: [String] {
        ["network", "units", "spacing", "steepness", "stepCentres", "stepHeights", "base", "maxError", "maxErrorAt",
         "plot", "steps"] + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network": return .object(networkObject)
        case "units": return .int(fit.units)
        case "spacing": return .double(fit.spacing)
        case "steepness": return .double(fit.steepness)
        case "stepCentres": return UniversalDisplay.numbers(fit.stepCentres)
        case "stepHeights": return UniversalDisplay.numbers(fit.stepHeights)
        case "base": return .double(fit.base)
        case "maxError": return .double(fit.maxError.value)
        case "maxErrorAt": return .double(fit.maxError.at)
        case "plot": return .object(PlotObject(plot))
        case "steps": return .object(UniversalTableObject(stepsTable))
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        try networkMethod(name, arguments: arguments, context: context)
    }
}

/// `approximationErrors(f, over:, units: [2, 4, 8, …])`: the step construction's largest error for
/// each n, with n × error (flat when the error falls like 1/n) and a log–log plot.
final class ApproximationErrorsObject: CellObject {
    let rows: [ApproximationErrorRow]
    let functionLabel: String
    let interval: ClosedRange<Double>
    let plot: Plot

    init(_ rows: [ApproximationErrorRow], function: Value, interval: ClosedRange<Double>) throws {
        self.rows = rows
        self.interval = interval
        functionLabel = PlotSampling.label(of: function, variable: "x", fallback: "f(x)")
        let positive = rows.allSatisfy { $0.maxError > 0 }
        let scale: Plot.AxisScale = positive && rows.count > 1 ? .logarithmic : .linear
        plot = try Plot.lines([Plot.Series("largest error", x: rows.map { Double($0.units) }, y: rows.map(\.maxError))],
                              title: "error against hidden units", x: Plot.Axis("hidden units n", scale: scale),
                              y: Plot.Axis("largest error", scale: scale))
    }

    var typeName: String { "ApproximationErrors" }

    /// Whether each error is below the one before it.
    var decreasing: Bool { zip(rows, rows.dropFirst()).allSatisfy { $1.maxError < $0.maxError } }

    var table: Table {
        let interval = "[\(UniversalDisplay.number(self.interval.lowerBound)), \(UniversalDisplay.number(self.interval.upperBound))]"
        return Table(caption: "step nets for \(functionLabel) on \(interval), largest error on 1001 points",
                     header: ["units n", "steepness s", "largest error", "n × error"],
                     rows: rows.map { row in
                         [String(row.units), UniversalDisplay.number(row.steepness), UniversalDisplay.number(row.maxError),
                          UniversalDisplay.number(Double(row.units) * row.maxError)]
                     })
    }

    func display() -> [DisplayBlock] { [.table(table), .plot(plot)] }

    var memberNames: [String] { ["units", "errors", "steepnesses", "decreasing", "plot", "table"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "units": return UniversalDisplay.integers(rows.map(\.units))
        case "errors": return UniversalDisplay.numbers(rows.map(\.maxError))
        case "steepnesses": return UniversalDisplay.numbers(rows.map(\.steepness))
        case "decreasing": return .bool(decreasing)
        case "plot": return .object(PlotObject(plot))
        case "table": return .object(UniversalTableObject(table))
        default: return nil
        }
    }
}
