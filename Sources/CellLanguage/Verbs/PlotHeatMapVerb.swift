import Display

/// `heatMap`: a function of two numbers (or a grid of values) shaded over a rectangle, darker is
/// higher, with optional marked points by class.
///
/// ```swift
/// heatMap(over: -0.5...1.5, by: -0.5...1.5) { x, y in sin(3 * x) * y }
/// heatMap(over: -0.5...1.5, by: -0.5...1.5, valueLabel: "h₅",
///         points: [[0, 0], [0, 1], [1, 0], [1, 1]], classes: [0, 1, 1, 0]) { x1, x2 in bump(x1, x2) }
/// heatMap(grid, over: 0...1, by: 0...1)               // grid[0] is the bottom row
/// ```
enum PlotHeatMapVerb {
    static let options = "resolution?:title?:xLabel?:yLabel?:valueLabel?:valueRange?:points?:classes?:classNames?:"

    static let builtins: [Builtin] = [
        Builtin("heatMap(over:by:\(options)_:)") { arguments, context in
            try heatMap(of: try arguments.closure(arguments.count - 1), arguments: arguments, context: context)
        },
        Builtin("heatMap(_:over:by:\(options))") { arguments, context in
            try heatMap(of: try arguments.value(0), arguments: arguments, context: context)
        },
    ]

    /// Cells along each side of the sampled square: fine enough for the SVG, averaged down for text.
    static let defaultResolution = 40
    /// 200 × 200 calls of a cell closure take about a second; more would not show in a handout.
    static let maximumResolution = 200

    static func heatMap(of source: Value, arguments: Arguments, context: CellContext) throws -> Value {
        guard let x = try arguments.plotInterval("over"), let y = try arguments.plotInterval("by") else {
            throw CellError("\(arguments.builtin.signature) needs the region, such as 'over: -0.5...1.5, by: -0.5...1.5'")
        }
        let resolution = arguments.has("resolution") ? try arguments.int("resolution") : defaultResolution
        guard (1...maximumResolution).contains(resolution) else {
            throw CellError("heatMap takes a resolution of 1 to \(maximumResolution) cells a side, not \(resolution)")
        }
        let (points, pointNames) = try arguments.plotPoints("points", classesLabel: "classes")
        if arguments.has("classes") && !arguments.has("points") {
            throw CellError("'classes:' gives the class of each marked point; give the points too, as 'points: [[0, 0], [1, 1]]'")
        }
        let classNames = try arguments.plotNames("classNames") ?? pointNames
        let valueRange = try arguments.plotInterval("valueRange")
        let title = try arguments.plotText("title")
        let xLabel = try arguments.plotText("xLabel") ?? "x"
        let yLabel = try arguments.plotText("yLabel") ?? "y"
        var valueLabel = try arguments.plotText("valueLabel")

        let plot: Plot
        switch source {
        case .closure, .builtin:
            try PlotSampling.checkArity(source, 2, verb: "heatMap")
            let name = PlotSampling.label(of: source, variable: "\(xLabel), \(yLabel)", fallback: "the function")
            plot = try Plot.heatMap(x: x, y: y, resolution: resolution, title: title, xLabel: xLabel, yLabel: yLabel,
                                    valueLabel: valueLabel, valueRange: valueRange, points: points,
                                    classNames: classNames) { pointX, pointY in
                try context.tick()
                return try PlotSampling.number(context.call(source, [.double(pointX), .double(pointY)]), function: name,
                                               at: "(\(NumberFormat.format(pointX)), \(NumberFormat.format(pointY)))")
            }
        case .object(let object as any PlotSurfaceSource):
            valueLabel = valueLabel ?? object.plotValueLabel
            plot = try Plot.heatMap(x: x, y: y, resolution: resolution, title: title, xLabel: xLabel, yLabel: yLabel,
                                    valueLabel: valueLabel, valueRange: valueRange, points: points,
                                    classNames: classNames) { pointX, pointY in
                try context.tick()
                return try object.plotValue(x: pointX, y: pointY, context: context)
            }
        default:
            let grid = try arguments.plotGrid(0)
            guard !grid.isEmpty, !grid[0].isEmpty else { throw CellError("a heat map needs at least one value; the grid is empty") }
            plot = try Plot.heatMap(grid, x: x, y: y, title: title, xLabel: xLabel, yLabel: yLabel,
                                    valueLabel: valueLabel, valueRange: valueRange, points: points, classNames: classNames)
        }
        return PlotObject.value(plot)
    }
}
