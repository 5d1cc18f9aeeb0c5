import Display
import NumericCore

/// A cell value that can stand for a dataset's points by class: `scatter(xor)` and
/// `heatMap(…, points: xor)` accept any object conforming to it.
///
/// The numeric verbs conform their dataset type, so a plot verb never needs to know it:
///
/// ```swift
/// extension DatasetObject: PlotClassPointSource {
///     var plotClassPoints: [Plot.ClassPoint] { … }   // first two inputs, class from the target
///     var plotClassNames: [String] { ["target 0", "target 1"] }
/// }
/// ```
public protocol PlotClassPointSource: CellObject {
    /// The points with their classes, numbered from 0.
    var plotClassPoints: [Plot.ClassPoint] { get throws }
    /// Legend names by class index; empty for `class 0`, `class 1`, ….
    var plotClassNames: [String] { get }
}

/// A cell value that is a function of two numbers, such as a network with two inputs and one output:
/// `heatMap(net, over: …, by: …)` samples it as it would a closure `{ x, y in … }`.
public protocol PlotSurfaceSource: CellObject {
    /// The value at (x, y).
    func plotValue(x: Double, y: Double, context: CellContext) throws -> Double
    /// The label of the shade legend when the cell gives none, such as `output`.
    var plotValueLabel: String? { get }
}

/// Conversions shared by the plot verbs: ranges, number arrays, grids, labels and functions of
/// numbers, each failing with a message that names the argument.
extension Arguments {
    /// The parameter labelled `label` as a closed interval of finite numbers: `-6...6`, `0..<1`.
    func plotInterval(_ label: String) throws -> ClosedRange<Double>? {
        guard let value = optional(label) else { return nil }
        let index = index(of: label)
        guard case .range(let range) = value, let lower = range.lower.asDouble, let upper = range.upper.asDouble else {
            throw mismatch(index, expected: "a range of numbers such as -6...6", found: value)
        }
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw CellError("the range \(NumberFormat.format(lower))...\(NumberFormat.format(upper)) for argument '\(label):' of \(builtin.signature) is empty; give a lower bound below the upper bound, both finite",
                            argumentIndex: argumentIndex(index))
        }
        return lower...upper
    }

    /// The parameter labelled `label` as an optional string.
    func plotText(_ label: String) throws -> String? {
        has(label) ? try string(label) : nil
    }

    /// The parameter labelled `label` as a `Bool`, or `defaultValue` when left out.
    func plotFlag(_ label: String, default defaultValue: Bool) throws -> Bool {
        has(label) ? try bool(label) : defaultValue
    }

    /// The parameter labelled `label` as a list of names; numbers and other values give their description.
    func plotNames(_ label: String) throws -> [String]? {
        guard has(label) else { return nil }
        return try array(label).map { element in
            if case .string(let text) = element { return text }
            return element.description
        }
    }

    /// The parameter labelled `label` as class indices (whole numbers from 0).
    func plotClasses(_ label: String) throws -> [Int]? {
        guard has(label) else { return nil }
        let index = index(of: label)
        let numbers = try doubles(label)
        return try numbers.map { number in
            guard number.isFinite, number.rounded() == number, number >= 0, number < 1e6 else {
                throw CellError("expected classes numbered 0, 1, 2, … for argument '\(label):' of \(builtin.signature), found \(NumberFormat.format(number))",
                                argumentIndex: argumentIndex(index))
            }
            return Int(number)
        }
    }

    /// Parameter `index` as rows of numbers: a matrix, or an array of arrays of numbers.
    func plotGrid(_ index: Int) throws -> [[Double]] {
        let value = try value(index)
        switch value {
        case .matrix(let matrix):
            return (0..<matrix.rows).map { row in (0..<matrix.columns).map { matrix[row, $0] } }
        case .array(let rows) where rows.allSatisfy({ if case .array = $0 { return true } else { return false } }):
            return try rows.map { row in
                guard case .array(let elements) = row else { return [] }
                return try elements.map { element in
                    guard let number = element.asDouble else {
                        throw mismatch(index, expected: "rows of numbers", found: value)
                    }
                    return number
                }
            }
        default:
            throw mismatch(index, expected: "a Matrix or an array of rows of numbers", found: value)
        }
    }

    /// The parameter labelled `label` as marked points: an n×2 matrix or array of pairs, or a dataset.
    func plotPoints(_ label: String, classesLabel: String) throws -> (points: [Plot.ClassPoint], names: [String]) {
        guard let value = optional(label) else { return ([], []) }
        let index = index(of: label)
        if case .object(let object) = value, let source = object as? any PlotClassPointSource {
            return (try source.plotClassPoints, source.plotClassNames)
        }
        let rows = try plotGrid(index)
        if let bad = rows.firstIndex(where: { $0.count < 2 }) {
            throw CellError("expected points as rows (x, y) for argument '\(label):' of \(builtin.signature), but row \(bad) has \(rows[bad].count) value\(rows[bad].count == 1 ? "" : "s")",
                            argumentIndex: argumentIndex(index))
        }
        let classes = try plotClasses(classesLabel) ?? Array(repeating: 0, count: rows.count)
        guard classes.count == rows.count else {
            throw CellError("\(rows.count) point\(rows.count == 1 ? "" : "s") but \(classes.count) class\(classes.count == 1 ? "" : "es") in \(builtin.signature)",
                            argumentIndex: argumentIndex(of: classesLabel))
        }
        return (zip(rows, classes).map { Plot.ClassPoint(x: $0[0], y: $0[1], classIndex: $1) }, [])
    }
}

/// Calls cell functions at numbers, for plots: closures, builtins such as `sin`, and surfaces.
enum PlotSampling {
    /// A value a plotted function returned, as a number: a number or a 1×1 matrix.
    /// `point` is written only for the error: a heat map samples its function a thousand times and more.
    static func number(_ value: Value, function: @autoclosure () -> String, at point: @autoclosure () -> String) throws -> Double {
        if let number = value.asDouble { return number }
        if case .matrix(let matrix) = value, matrix.rows == 1, matrix.columns == 1 { return matrix[0, 0] }
        throw CellError("\(function()) returned \(value.typeName) \(value.shortDescription) at \(point()); a plot needs a number")
    }

    /// Checks that a function value takes `count` numbers, when its arity is known.
    static func checkArity(_ function: Value, _ count: Int, verb: String) throws {
        if case .closure(let closure) = function, closure.parameterCount != count {
            let wanted = count == 1 ? "one number, such as { x in sin(x) }" : "two numbers, such as { x, y in x * y }"
            throw CellError("\(verb) needs a function of \(wanted); this closure takes \(closure.parameterCount) argument\(closure.parameterCount == 1 ? "" : "s")")
        }
    }

    /// The name a function value gets in a legend: `sin(x)`, `f(x)` for a `func f`, or `fallback`.
    static func label(of function: Value, variable: String, fallback: String) -> String {
        name(of: function, variable: variable) ?? fallback
    }

    /// `sin(x)` for a builtin, `f(x)` for a `func f`; `nil` for a closure expression, which has no name.
    static func name(of function: Value, variable: String) -> String? {
        switch function {
        case .builtin(let builtin): return "\(builtin.name)(\(variable))"
        case .closure(let closure): return closure.name.map { "\($0)(\(variable))" }
        default: return nil
        }
    }

    /// Samples a one-number function on an interval, ends included.
    static func series(_ function: Value, label: String, over interval: ClosedRange<Double>, samples: Int,
                       context: CellContext) throws -> Plot.Series {
        try Plot.Series.sampling(label, over: interval, samples: samples) { x in
            try context.tick()
            return try number(context.call(function, [.double(x)]), function: "'\(label)'",
                              at: "x = \(NumberFormat.format(x))")
        }
    }
}

extension PlotObject {
    /// Wraps a plot as a cell value.
    static func value(_ plot: Plot) -> Value { .object(PlotObject(plot)) }
}
