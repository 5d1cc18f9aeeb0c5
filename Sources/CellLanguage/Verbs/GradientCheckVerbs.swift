import Display
import NotebookDisplay
import NumericCore

/// `gradientCheck(net, inputs:targets:loss:)`: central differences (Gormley eq. 7) against backprop
/// for every weight and bias. A closure's claimed gradient is `gradcheck(_:analytic:at:)`'s (``AutodiffGradientCheck``).
enum GradientCheckVerbs {
    static let builtins: [Builtin] = [
        Builtin("gradientCheck(_:inputs:targets:loss:regularization?:tolerance?:)") { arguments, context in
            let (inputs, targets) = try BackwardVerbs.batch(arguments)
            return try check(arguments, inputs: inputs, targets: targets, context: context)
        },
        Builtin("gradientCheck(_:_:_:loss:regularization?:tolerance?:)") { arguments, context in
            let inputs = try arguments.matrix(1)
            return try check(arguments, inputs: inputs, targets: DatasetVerbs.column(try arguments.matrix(2), examples: inputs.rows),
                             context: context)
        },
        Builtin("gradientCheck(_:on:loss:regularization?:tolerance?:)") { arguments, context in
            let data = try arguments.dataset("on")
            return try check(arguments, inputs: data.inputs, targets: data.targets, context: context)
        },
    ]

    static func tolerance(_ arguments: Arguments) throws -> Double {
        guard arguments.has("tolerance") else { return GradientCheckReport.defaultTolerance }
        let tolerance = try arguments.double("tolerance")
        guard tolerance > 0 else { throw CellError("the tolerance must be positive, found \(NetworkNotation.number(tolerance))") }
        return tolerance
    }

    static func check(_ arguments: Arguments, inputs: Matrix, targets: Matrix, context: CellContext) throws -> Value {
        let network = try arguments.network(0).network
        // Two objectives per parameter: every parameter counts toward the cell's time limit.
        let report = try network.gradientCheck(inputs: inputs, targets: targets, loss: try arguments.loss("loss"),
                                               regularization: try arguments.regularization("regularization"),
                                               tolerance: try tolerance(arguments), checkpoint: { try context.checkDeadline() })
        return .object(GradientCheckObject(report))
    }
}

/// A gradient check: a table per layer's parameters (numeric, analytic, relative error), the worst, the verdict.
final class GradientCheckObject: CellObject {
    let report: GradientCheckReport

    init(_ report: GradientCheckReport) { self.report = report }

    var typeName: String { "GradientCheck" }

    func display() -> [DisplayBlock] { report.display }

    var description: String { report.verdict }

    var memberNames: [String] { ["passed", "worst", "tolerance", "count", "relativeErrors"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "passed": return .bool(report.passed)
        case "worst": return .double(report.worst)
        case "tolerance": return .double(report.tolerance)
        case "count": return .int(report.entries.count)
        case "relativeErrors": return .array(report.entries.map { .double($0.relativeError) })
        default: return nil
        }
    }
}
