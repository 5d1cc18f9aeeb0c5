import Display
import NotebookDisplay
import NumericCore

/// `autodiffCost(_:at:)`: forward and reverse mode on the same function, with what each spent.
public final class AutodiffCostObject: CellObject {
    let cost: AutodiffCost

    init(_ cost: AutodiffCost) { self.cost = cost }

    public var typeName: String { "AutodiffCost" }

    /// `autodiffCost(forward: f, reverse: f, at:)` as Swift writes it for a generic `f`, and the
    /// cell's shorthand `autodiffCost(of: f, at:)` with the function once.
    static let builtins: [Builtin] = [
        Builtin("autodiffCost(forward:reverse:at:)") { arguments, context in
            let point = try arguments.point()
            let forward = try AutodiffFunction(try arguments.closure("forward"), verb: "autodiffCost(forward:reverse:at:)",
                                               inputCount: point.count, context: context)
            let reverse = try AutodiffFunction(try arguments.closure("reverse"), verb: "autodiffCost(forward:reverse:at:)",
                                               inputCount: point.count, context: context)
            return .object(AutodiffCostObject(try autodiffCost(forward: forward.dual, reverse: reverse.tracked, at: point)))
        },
    ] + ["_", "of"].map { first in
        Builtin("autodiffCost(\(first):at:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure(0), verb: "autodiffCost(_:at:)",
                                                inputCount: point.count, context: context)
            return .object(AutodiffCostObject(try autodiffCost(forward: function.dual, reverse: function.tracked, at: point)))
        }
    }

    public func display() -> [DisplayBlock] { cost.display }

    public var memberNames: [String] { ["inputs", "operationsPerEvaluation", "forwardMode", "reverseMode"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "inputs": return .int(cost.inputs)
        case "operationsPerEvaluation": return .int(cost.operationsPerEvaluation)
        case "forwardMode": return Self.record(cost.forwardMode)
        case "reverseMode": return Self.record(cost.reverseMode)
        default: return nil
        }
    }

    static func record(_ cost: AutodiffModeCost) -> Value {
        .object(AutodiffRecord("AutodiffModeCost", [
            ("forwardPasses", .int(cost.forwardPasses)), ("backwardPasses", .int(cost.backwardPasses)),
            ("forwardOperations", .int(cost.forwardOperations)), ("backwardSteps", .int(cost.backwardSteps)),
            ("total", .int(cost.total)),
        ]))
    }
}
