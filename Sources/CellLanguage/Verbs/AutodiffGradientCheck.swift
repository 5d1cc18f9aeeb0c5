import Display
import NotebookDisplay
import NumericCore

/// `gradcheck(_:at:)` for closures (reverse mode against central differences, Gormley §2.4),
/// `gradcheck(_:analytic:at:)` for any claimed gradient, and `epsilonSweep(_:at:input:)`.
enum AutodiffGradientCheck {
    static let builtins: [Builtin] = ["_", "of"].flatMap { first in [
        Builtin("gradcheck(\(first):at:names?:epsilon?:tolerance?:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure(0), verb: "gradcheck(_:at:)",
                                                inputCount: point.count, context: context)
            let report = try gradcheck(of: function.tracked, at: point,
                                       names: try arguments.inputNames(count: point.count),
                                       epsilon: try settings(arguments).epsilon, tolerance: try settings(arguments).tolerance)
            return .object(ClosureGradientCheckObject(report))
        },
        Builtin("epsilonSweep(\(first):at:input?:names?:epsilons?:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure(0), verb: "epsilonSweep(_:at:)",
                                                inputCount: point.count, context: context)
            let names = try arguments.inputNames(count: point.count)
            let input = try inputIndex(arguments, names: names)
            let epsilons = try arguments.has("epsilons") ? arguments.doubles("epsilons") : ClosureGradientCheck.sweepEpsilons
            guard !epsilons.isEmpty, epsilons.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                throw CellError("epsilons: needs positive, finite steps such as [0.1, 0.01, 0.001]")
            }
            return .object(EpsilonSweepObject(try epsilonSweep(of: function.tracked, at: point, input: input,
                                                               names: names, epsilons: epsilons)))
        },
    ] } + [
        Builtin("gradcheck(_:analytic:at:names?:epsilon?:tolerance?:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure(0), verb: "gradcheck(_:analytic:at:)",
                                                inputCount: point.count, context: context)
            let analytic = try arguments.value("analytic").asDouble.map { [$0] } ?? arguments.doubles("analytic")
            guard analytic.count == point.count else {
                throw CellError("analytic: gives \(AutodiffNotation.count(analytic.count, "derivative", "derivatives")) for a point of \(AutodiffNotation.count(point.count, "coordinate", "coordinates"))")
            }
            let report = try gradcheck(function.value(at:), analytic: analytic, at: point,
                                       names: try arguments.inputNames(count: point.count),
                                       epsilon: try settings(arguments).epsilon, tolerance: try settings(arguments).tolerance)
            return .object(ClosureGradientCheckObject(report))
        },
    ]

    /// `epsilon:` and `tolerance:`, or NumericCore's documented defaults (1e-5 and 1e-6).
    private static func settings(_ arguments: Arguments) throws -> (epsilon: Double, tolerance: Double) {
        let epsilon = try arguments.has("epsilon") ? arguments.double("epsilon") : ClosureGradientCheck.defaultEpsilon
        let tolerance = try arguments.has("tolerance") ? arguments.double("tolerance") : ClosureGradientCheck.tolerance
        guard epsilon > 0, epsilon.isFinite else { throw CellError("epsilon: must be a positive step, found \(NumberFormat.format(epsilon))") }
        guard tolerance >= 0 else { throw CellError("tolerance: must not be negative, found \(NumberFormat.format(tolerance))") }
        return (epsilon, tolerance)
    }

    /// `input:` as a position (`1`) or a name (`"y"`); the first input when left out.
    private static func inputIndex(_ arguments: Arguments, names: [String]) throws -> Int {
        guard let value = arguments.optional("input") else { return 0 }
        if case .string(let name) = value {
            guard let index = names.firstIndex(of: name) else {
                throw CellError("input: '\(name)' is not one of the inputs \(names.joined(separator: ", "))")
            }
            return index
        }
        let index = try arguments.int("input")
        guard names.indices.contains(index) else {
            throw CellError("input: \(index) is out of range for \(AutodiffNotation.count(names.count, "input", "inputs")) (0..<\(names.count))")
        }
        return index
    }
}

/// The result of a gradient check: one row per input, the worst relative error, pass or fail.
public final class ClosureGradientCheckObject: CellObject {
    let report: ClosureGradientCheckReport

    init(_ report: ClosureGradientCheckReport) {
        self.report = report
    }

    public var typeName: String { "GradientCheck" }

    public func display() -> [DisplayBlock] { report.display }

    public var memberNames: [String] { ["passed", "worstRelativeError", "rows", "epsilon", "tolerance"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "passed": return .bool(report.passed)
        case "worstRelativeError": return .double(report.worstRelativeError)
        case "epsilon": return .double(report.epsilon)
        case "tolerance": return .double(report.tolerance)
        case "rows":
            return .array(report.rows.map { row in
                .object(AutodiffRecord("GradientCheckRow", [
                    ("name", .string(row.name)), ("analytic", .double(row.analytic)), ("numerical", .double(row.numerical)),
                    ("relativeError", .double(row.relativeError)), ("passed", .bool(row.passed)),
                ]))
            })
        default: return nil
        }
    }
}

/// The ε sweep: the central difference's relative error for each step, as a table and a log-log plot.
public final class EpsilonSweepObject: CellObject {
    let sweep: EpsilonSweep

    init(_ sweep: EpsilonSweep) { self.sweep = sweep }

    public var typeName: String { "EpsilonSweep" }
    public func display() -> [DisplayBlock] { sweep.display }
    public var memberNames: [String] { ["epsilons", "errors", "numerical", "analytic", "bestEpsilon", "smallestError"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "epsilons": return .array(sweep.epsilons.map { .double($0) })
        case "errors": return .array(sweep.errors.map { .double($0) })
        case "numerical": return .array(sweep.numerical.map { .double($0) })
        case "analytic": return .double(sweep.analytic)
        case "bestEpsilon": return .double(sweep.bestEpsilon)
        case "smallestError": return .double(sweep.smallestError)
        default: return nil
        }
    }
}
