import Display
import NumericCore

/// `autodiffCost(_:at:)`: forward and reverse mode on the same function, with what each spent.
public final class AutodiffCostObject: CellObject {
    let cost: AutodiffCost

    init(_ cost: AutodiffCost) { self.cost = cost }

    public var typeName: String { "AutodiffCost" }

    static let builtins: [Builtin] = ["_", "of"].map { first in
        Builtin("autodiffCost(\(first):at:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure(0), verb: "autodiffCost(_:at:)",
                                                inputCount: point.count, context: context)
            return .object(AutodiffCostObject(try autodiffCost(forward: function.dual, reverse: function.tracked, at: point)))
        }
    }

    public func display() -> [DisplayBlock] {
        func row(_ mode: String, _ cost: AutodiffModeCost) -> [String] {
            [mode, String(cost.forwardPasses), String(cost.backwardPasses), String(cost.forwardOperations),
             String(cost.backwardSteps), String(cost.forwardOperations + cost.backwardSteps)]
        }
        let caption = "cost of all \(cost.inputs) partials of a function of \(AutodiffFormat.count(cost.inputs, "input", "inputs")), \(AutodiffFormat.count(cost.operationsPerEvaluation, "operation", "operations")) per evaluation"
        return [.table(Table(caption: caption,
                             header: ["mode", "forward passes", "backward passes", "forward operations", "backward steps", "total"],
                             rows: [row("forward (duals)", cost.forwardMode), row("reverse (tape)", cost.reverseMode)]))]
    }

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
            ("total", .int(cost.forwardOperations + cost.backwardSteps)),
        ]))
    }
}
