import Display

/// `lossCurve`: the loss of a training run (or several) against epoch 1, 2, ….
///
/// ```swift
/// lossCurve(losses)                                   // log scale when every loss is positive
/// lossCurve(losses, logScale: false, title: "XOR, η = 0.5")
/// lossCurve([slow, fast], labels: ["η = 0.1", "η = 1"])
/// ```
enum PlotLossCurveVerb {
    static let builtins: [Builtin] = [
        Builtin("lossCurve(_:labels?:logScale?:title?:)") { arguments, _ in
            let runs = try PlotFunctionVerb.dataColumns(arguments, "")
            let labels = try arguments.plotNames("labels")
            if let labels, labels.count != runs.count {
                throw CellError("\(labels.count) label\(labels.count == 1 ? "" : "s") for \(runs.count) run\(runs.count == 1 ? "" : "s") in lossCurve(_:labels:)",
                                argumentIndex: arguments.argumentIndices[arguments.index(of: "labels")].first)
            }
            if let empty = runs.firstIndex(where: \.isEmpty) {
                throw CellError(runs.count == 1 ? "lossCurve needs at least one loss; the array is empty"
                                                : "lossCurve needs at least one loss per run; run \(empty) is empty")
            }
            // A log axis shows the long tail of a loss curve; it cannot show a loss of 0 or below.
            let everyLossPositive = runs.joined().allSatisfy { !($0 <= 0) }
            let logScale = try arguments.plotFlag("logScale", default: everyLossPositive)
            let series = runs.enumerated().map { index, losses in
                Plot.Series(labels?[index] ?? (runs.count == 1 ? "loss" : "run \(index + 1)"),
                            x: (0..<losses.count).map { Double($0 + 1) }, y: losses)
            }
            let title = arguments.has("title") ? try arguments.string("title") : "loss curve"
            return PlotObject.value(try Plot.lines(series, title: title, x: Plot.Axis("epoch"),
                                                   y: Plot.Axis("loss", scale: logScale ? .logarithmic : .linear)))
        },
    ]
}
