import Display
import NotebookDisplay

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
            let logScale = arguments.has("logScale") ? try arguments.bool("logScale") : nil
            let title = arguments.has("title") ? try arguments.string("title") : "loss curve"
            do {
                return PlotObject.value(try LinePlot.lossCurve(runs, labels: labels, logScale: logScale, title: title))
            } catch let problem as LinePlot.Problem {
                throw CellError(problem.description, argumentIndex: problem.description.contains("label")
                                ? arguments.argumentIndex(of: "labels") : nil)
            }
        },
    ]
}
