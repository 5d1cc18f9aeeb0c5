import Display
import NotebookDisplay

/// `scatter`: points marked by class, such as the four XOR inputs by target.
///
/// ```swift
/// scatter(x: [0, 0, 1, 1], y: [0, 1, 0, 1], classes: [0, 1, 1, 0], classNames: ["t = 0", "t = 1"])
/// scatter([[0, 0], [0, 1], [1, 0], [1, 1]], classes: [0, 1, 1, 0])
/// ```
enum PlotScatterVerb {
    static let options = "classNames?:title?:xLabel?:yLabel?:"

    static let builtins: [Builtin] = [
        Builtin("scatter(x:y:classes?:\(options))") { arguments, _ in
            let xs = try arguments.doubles("x"), ys = try arguments.doubles("y")
            guard xs.count == ys.count else {
                throw CellError("scatter has \(xs.count) x values but \(ys.count) y values")
            }
            guard !xs.isEmpty else { throw CellError("a scatter plot needs at least one point; x and y are empty") }
            let classes = try arguments.plotClasses("classes") ?? Array(repeating: 0, count: xs.count)
            guard classes.count == xs.count else {
                throw CellError("scatter has \(xs.count) points but \(classes.count) classes",
                                argumentIndex: arguments.argumentIndex(of: "classes"))
            }
            let points = (0..<xs.count).map { Plot.ClassPoint(x: xs[$0], y: ys[$0], classIndex: classes[$0]) }
            return try scatter(points, names: [], arguments: arguments)
        },
        Builtin("scatter(_:classes?:\(options))") { arguments, _ in
            let (points, names): ([Plot.ClassPoint], [String])
            let value = try arguments.value(0)
            if case .symbol = value {
                // `scatter(.xor)`: a built-in dataset by name, as Swift reads `Dataset.xor`.
                if arguments.has("classes") { throw CellError("a dataset brings its own classes; leave out 'classes:'") }
                (points, names) = try classPoints(of: try arguments.dataset(0))
            } else if case .object(let object as any PlotClassPointSource) = value {
                if arguments.has("classes") { throw CellError("a dataset brings its own classes; leave out 'classes:'") }
                (points, names) = (try object.plotClassPoints, object.plotClassNames)
            } else {
                let rows = try arguments.plotGrid(0)
                if let bad = rows.firstIndex(where: { $0.count != 2 }) {
                    throw CellError("scatter(_:) takes one row (x, y) per point, but row \(bad) has \(rows[bad].count) value\(rows[bad].count == 1 ? "" : "s")",
                                    argumentIndex: arguments.argumentIndex(0))
                }
                guard !rows.isEmpty else { throw CellError("a scatter plot needs at least one point; the matrix is empty") }
                let classes = try arguments.plotClasses("classes") ?? Array(repeating: 0, count: rows.count)
                guard classes.count == rows.count else {
                    throw CellError("scatter has \(rows.count) points but \(classes.count) classes",
                                    argumentIndex: arguments.argumentIndex(of: "classes"))
                }
                (points, names) = (zip(rows, classes).map { Plot.ClassPoint(x: $0[0], y: $0[1], classIndex: $1) }, [])
            }
            return try scatter(points, names: names, arguments: arguments)
        },
    ]

    static func scatter(_ points: [Plot.ClassPoint], names: [String], arguments: Arguments) throws -> Value {
        PlotObject.value(try ScatterPlot.plot(points, title: try arguments.plotText("title"),
                                              xLabel: try arguments.plotText("xLabel") ?? "x",
                                              yLabel: try arguments.plotText("yLabel") ?? "y",
                                              classNames: try arguments.plotNames("classNames") ?? names))
    }
}
