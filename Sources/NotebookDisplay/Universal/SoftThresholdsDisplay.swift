import Display
import NumericCore

extension SoftThresholds: Displayable {
    /// The gaps, measured and in closed form, then the curves beside the step.
    public var display: [DisplayBlock] {
        var blocks: [DisplayBlock] = [.table(table)]
        if let plot = try? plot() { blocks.append(.plot(plot)) }
        return blocks
    }

    /// a | measured gap | σ(−a·δ).
    public var table: Table {
        let margin = NumberFormat.format(self.margin)
        let rows = rows.map { gap in
            [NumberFormat.format(gap.steepness), NumberFormat.format(gap.measured), NumberFormat.format(gap.closedForm)]
        }
        return Table(caption: "largest |σ(a·t) − step(t)| for \(margin) ≤ |t| ≤ \(NumberFormat.format(range))",
                     header: ["a", "measured", "σ(−a·\(margin))"], rows: rows)
    }

    /// σ(a·t) for each a, and the step, on −range…range.
    public func plot() throws -> Plot {
        // An odd count puts a sample at t = 0, where the step jumps.
        let interval = -range...range
        var series = try rows.map { gap in
            try Plot.Series.sampling("σ(\(NumberFormat.format(gap.steepness))·t)", over: interval,
                                     samples: UniversalNotation.curveSamples) { Activation.sigmoid(gap.steepness * $0) }
        }
        series.append(try Plot.Series.sampling("step(t)", over: interval, samples: UniversalNotation.curveSamples) {
            Activation.step.value($0)
        })
        return try Plot.lines(series, title: "σ(a·t) approaching the step", x: Plot.Axis("t"), y: Plot.Axis("h"))
    }
}
