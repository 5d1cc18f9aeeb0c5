import Display
import NotebookDisplay

/// `plot`: line plots of functions over an interval and of series of numbers.
///
/// ```swift
/// plot(sin, over: 0...6.28)
/// plot(over: -6...6, title: "a bump") { x in exp(-x * x) }
/// plot([{ t in sigmoid(1 * t) }, { t in sigmoid(2 * t) }], over: -5...5, labels: ["a = 1", "a = 2"], xLabel: "t")
/// plot([("tanh", tanh), ("ReLU", { x in max(0, x) })], over: -3...3)
/// plot(x: epochs, y: [trainLoss, testLoss], labels: ["train", "test"], logScale: true)
/// plot(series: [("train", trainLoss), ("test", testLoss)])
/// ```
enum PlotFunctionVerb {
    /// The options every line plot takes, in this order, after its data.
    static let options = "title?:xLabel?:yLabel?:yRange?:logScale?:"

    static let builtins: [Builtin] = [
        Builtin("plot(_:_...?:over?:label?:labels?:samples?:\(options))") { arguments, context in
            let entries = try [arguments.value(0)] + arguments.variadic(1)
            return try plot(entries.flatMap { try curves(in: $0, arguments: arguments, index: 0) },
                            arguments: arguments, context: context)
        },
        Builtin("plot(over:label?:samples?:\(options)_:)") { arguments, context in
            let function = try arguments.closure(arguments.count - 1)
            return try plot([.function(function, label: nil)], arguments: arguments, context: context)
        },
        Builtin("plot(x:y:label?:labels?:\(options))") { arguments, context in
            let xs = try arguments.doubles("x")
            let columns = try dataColumns(arguments, "y")
            return try plot(columns.map { .data(x: xs, y: $0, label: nil) }, arguments: arguments, context: context)
        },
        Builtin("plot(series:\(options))") { arguments, context in
            let index = arguments.index(of: "series")
            let curves = try arguments.array("series").map { element -> Curve in
                guard case .tuple(let parts) = element, parts.count == 2 || parts.count == 3,
                      case .string(let label) = parts[0] else {
                    throw arguments.mismatch(index, expected: "an array of (label, y) or (label, x, y) tuples", found: element)
                }
                let ys = try numbers(parts.last!, arguments: arguments, index: index)
                let xs = parts.count == 3 ? try numbers(parts[1], arguments: arguments, index: index) : nil
                return .data(x: xs ?? indices(ys.count), y: ys, label: label)
            }
            return try plot(curves, arguments: arguments, context: context)
        },
    ]

    /// One curve of a plot before sampling: a function of x, or numbers.
    enum Curve {
        case function(Value, label: String?)
        case data(x: [Double], y: [Double], label: String?)
    }

    /// The curves one unlabelled argument stands for: a function, a `(label, function)` pair, numbers,
    /// or an array of any of these.
    static func curves(in value: Value, arguments: Arguments, index: Int) throws -> [Curve] {
        switch value {
        case .closure, .builtin:
            return [.function(value, label: nil)]
        case .tuple(let parts) where parts.count == 2:
            guard case .string(let label) = parts[0] else { break }
            switch parts[1] {
            case .closure, .builtin: return [.function(parts[1], label: label)]
            default:
                let ys = try numbers(parts[1], arguments: arguments, index: index)
                return [.data(x: indices(ys.count), y: ys, label: label)]
            }
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy({ $0.asDouble != nil }):
            let ys = elements.map { $0.asDouble! }
            return [.data(x: indices(ys.count), y: ys, label: nil)]
        case .array(let elements) where !elements.isEmpty:
            return try elements.flatMap { element -> [Curve] in
                if case .array = element, !isNumbers(element) {
                    throw arguments.mismatch(index, expected: "a function, a (label, function) pair, numbers, or an array of these", found: value)
                }
                return try curves(in: element, arguments: arguments, index: index)
            }
        case .matrix(let matrix) where matrix.rows == 1 || matrix.columns == 1:
            return [.data(x: indices(matrix.storage.count), y: matrix.storage, label: nil)]
        default:
            break
        }
        throw arguments.mismatch(index, expected: "a function, a (label, function) pair, numbers, or an array of these", found: value)
    }

    /// Checks the call's options and draws the curves with ``LinePlot/plot(_:over:labels:samples:title:xLabel:yLabel:yRange:logScale:)``,
    /// each function called through the cell (with the time limit) and named as Swift would name it.
    static func plot(_ curves: [Curve], arguments: Arguments, context: CellContext) throws -> Value {
        let interval = try arguments.plotInterval("over")
        let xLabel = try arguments.plotText("xLabel") ?? "x"
        let labels = try curveLabels(curves.count, arguments: arguments)
        let samples = arguments.has("samples") ? try arguments.int("samples") : LinePlot.defaultSamples
        guard (2...LinePlot.maximumSamples).contains(samples) else {
            throw CellError("\(arguments.builtin.signature) takes 2 to \(LinePlot.maximumSamples) samples, not \(samples)")
        }
        let sampled = try curves.map { curve -> LinePlot.Curve in
            switch curve {
            case .function(let function, let ownLabel):
                guard interval != nil else {
                    throw CellError("\(arguments.builtin.signature) needs an interval to plot a function over, such as 'over: -6...6'")
                }
                try PlotSampling.checkArity(function, 1, verb: "plot")
                let label = ownLabel ?? PlotSampling.name(of: function, variable: xLabel)
                return .function({ x in
                    try context.tick()
                    return try PlotSampling.number(context.call(function, [.double(x)]), function: "'\(label ?? "f(\(xLabel))")'",
                                                   at: "x = \(NumberFormat.format(x))")
                }, label: label)
            case .data(let xs, let ys, let ownLabel):
                return .data(x: xs, y: ys, label: ownLabel)
            }
        }
        return PlotObject.value(try LinePlot.plot(sampled, over: interval, labels: labels, samples: samples,
                                                  title: try arguments.plotText("title"), xLabel: xLabel,
                                                  yLabel: try arguments.plotText("yLabel"), yRange: try arguments.plotInterval("yRange"),
                                                  logScale: try arguments.plotFlag("logScale", default: false)))
    }

    /// The `labels:` (or `label:`) of a call, checked against the number of curves.
    static func curveLabels(_ count: Int, arguments: Arguments) throws -> [String]? {
        if arguments.has("label") {
            let label = try arguments.string("label")
            guard count == 1 else {
                throw CellError("'label:' names one curve, but this plot has \(count); use 'labels: [\"…\", …]'")
            }
            return [label]
        }
        guard let labels = try arguments.plotNames("labels") else { return nil }
        guard labels.count == count else {
            throw CellError("\(labels.count) label\(labels.count == 1 ? "" : "s") for \(count) curve\(count == 1 ? "" : "s") in \(arguments.builtin.signature)",
                            argumentIndex: arguments.argumentIndex(of: "labels"))
        }
        return labels
    }

    /// The y values of `plot(x:y:)`: numbers, an array of arrays of numbers, or a matrix (one curve per column).
    static func dataColumns(_ arguments: Arguments, _ label: String) throws -> [[Double]] {
        let value = try arguments.value(label)
        switch value {
        case .matrix(let matrix) where matrix.rows > 1 && matrix.columns > 1:
            return (0..<matrix.columns).map { column in (0..<matrix.rows).map { matrix[$0, column] } }
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy({ if case .array = $0 { return true } else { return false } }):
            return try arguments.plotGrid(arguments.index(of: label))
        default:
            return [try arguments.doubles(label)]
        }
    }

    static func numbers(_ value: Value, arguments: Arguments, index: Int) throws -> [Double] {
        switch value {
        case .array(let elements) where isNumbers(value): return elements.map { $0.asDouble! }
        case .matrix(let matrix) where matrix.rows == 1 || matrix.columns == 1: return matrix.storage
        default: throw arguments.mismatch(index, expected: "an array of numbers", found: value)
        }
    }

    static func isNumbers(_ value: Value) -> Bool {
        guard case .array(let elements) = value else { return false }
        return elements.allSatisfy { $0.asDouble != nil }
    }

    /// 0, 1, 2, …: the x of a series given by its y values alone, as Swift indexes an array.
    static func indices(_ count: Int) -> [Double] { (0..<count).map(Double.init) }
}
