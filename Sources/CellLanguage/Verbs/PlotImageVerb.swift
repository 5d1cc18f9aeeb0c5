import Display
import NotebookDisplay

/// `image`: a small greyscale picture, darker is higher, such as an 8×8 digit or a first-layer weight
/// vector reshaped to 28×28. The library's `image` (NotebookDisplay) draws it; this binds the cell's values.
///
/// ```swift
/// image(digit)                                          // an 8×8 matrix, top row first
/// image(weights, rows: 28, columns: 28, title: "unit 3")
/// image(pixels, valueRange: 0...16)                     // fixed shade scale
/// ```
enum PlotImageVerb {
    static let builtins: [Builtin] = [
        Builtin("image(_:rows?:columns?:title?:valueRange?:)") { arguments, _ in
            let title = try arguments.plotText("title")
            let valueRange = try arguments.plotInterval("valueRange")
            let rows = arguments.has("rows") ? try arguments.int("rows") : nil
            let columns = arguments.has("columns") ? try arguments.int("columns") : nil
            let plot: Plot
            switch try arguments.value(0) {
            case .matrix(let matrix):
                plot = try imagePlot(matrix, rows: rows, columns: columns, title: title, valueRange: valueRange)
            case .array(let elements) where !elements.isEmpty && elements.allSatisfy({ if case .array = $0 { true } else { false } }):
                plot = try imagePlot(grid: arguments.plotGrid(0), rows: rows, columns: columns, title: title, valueRange: valueRange)
            default:
                plot = try imagePlot(arguments.doubles(0), rows: rows, columns: columns, title: title, valueRange: valueRange)
            }
            return PlotObject.value(plot)
        },
    ]
}
