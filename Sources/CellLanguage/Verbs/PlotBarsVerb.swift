import Display
import NotebookDisplay

/// `bars`: one horizontal bar per labelled value, from zero.
///
/// ```swift
/// bars(["w₁", "w₂", "b"], [0.8, -0.3, 0.1], valueLabel: "relative error")
/// bars(errors)                                          // bars labelled 0, 1, 2, …
/// ```
enum PlotBarsVerb {
    static let builtins: [Builtin] = [
        Builtin("bars(_:_:title?:valueLabel?:)") { arguments, _ in
            let labels = try arguments.plotNames("") ?? []
            let values = try arguments.doubles(1)
            return try bars(labels, values, arguments: arguments)
        },
        Builtin("bars(_:title?:valueLabel?:)") { arguments, _ in
            let values = try arguments.doubles(0)
            return try bars(values.indices.map(String.init), values, arguments: arguments)
        },
    ]

    static func bars(_ labels: [String], _ values: [Double], arguments: Arguments) throws -> Value {
        do {
            return PlotObject.value(try LinePlot.bars(labels, values, title: try arguments.plotText("title"),
                                                      valueLabel: try arguments.plotText("valueLabel")))
        } catch let problem as LinePlot.Problem {
            throw CellError(problem.description)
        }
    }
}
