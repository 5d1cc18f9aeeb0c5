import Display
import NumericCore

/// `softThresholds(steepnesses:margin:range:)`: σ(a·t) closing in on the hard step as a grows
/// (Lecture 13, Figure 4; Grosse §4.3) — the largest gap outside |t| < δ, measured and in closed
/// form σ(−aδ), and the curves beside the step.
final class SoftThresholdsObject: CellObject {
    let gaps: [SoftThresholdGap]
    let range: Double
    let plot: Plot

    /// Samples per side for the measured gap (δ ≤ |t| ≤ range), as the numeric core measures it.
    static let gapSamples = 1001

    init(steepnesses: [Double], margin: Double, range: Double) throws {
        gaps = try softThresholdGaps(steepnesses: steepnesses, margin: margin, range: range,
                                     samples: SoftThresholdsObject.gapSamples)
        self.range = range
        // An odd count puts a sample at t = 0, where the step jumps.
        let interval = -range...range
        var series = try gaps.map { gap in
            try Plot.Series.sampling("σ(\(UniversalDisplay.number(gap.steepness))·t)", over: interval,
                                     samples: UniversalDisplay.curveSamples) { Activation.sigmoid(gap.steepness * $0) }
        }
        series.append(try Plot.Series.sampling("step(t)", over: interval, samples: UniversalDisplay.curveSamples) {
            Activation.step.value($0)
        })
        plot = try Plot.lines(series, title: "σ(a·t) approaching the step", x: Plot.Axis("t"), y: Plot.Axis("h"))
    }

    var typeName: String { "SoftThresholds" }

    var table: Table {
        let margin = UniversalDisplay.number(gaps.first?.margin ?? 0)
        let rows = gaps.map { gap in
            [UniversalDisplay.number(gap.steepness), UniversalDisplay.number(gap.measured),
             UniversalDisplay.number(gap.closedForm)]
        }
        return Table(caption: "largest |σ(a·t) − step(t)| for \(margin) ≤ |t| ≤ \(UniversalDisplay.number(range))",
                     header: ["a", "measured", "σ(−a·\(margin))"], rows: rows)
    }

    func display() -> [DisplayBlock] { [.table(table), .plot(plot)] }

    var memberNames: [String] { ["steepnesses", "margin", "gaps", "closedForms", "plot", "table", "networks"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "steepnesses": return UniversalDisplay.numbers(gaps.map(\.steepness))
        case "margin": return .double(gaps.first?.margin ?? 0)
        case "gaps": return UniversalDisplay.numbers(gaps.map(\.measured))
        case "closedForms": return UniversalDisplay.numbers(gaps.map(\.closedForm))
        case "plot": return .object(PlotObject(plot))
        case "table": return .object(UniversalTableObject(table))
        case "networks":
            // Each soft threshold as the one-unit net t ↦ σ(a·t).
            return .array(try gaps.map { gap in
                .object(NetworkObject(Network(layers: [try Layer(weights: [[gap.steepness]], bias: [0], activation: .sigmoid)])))
            })
        default: return nil
        }
    }
}

/// A table on its own as a cell value, for a report's `.table` member.
final class UniversalTableObject: CellObject {
    let table: Table
    init(_ table: Table) { self.table = table }
    var typeName: String { "Table" }
    func display() -> [DisplayBlock] { [.table(table)] }
}
