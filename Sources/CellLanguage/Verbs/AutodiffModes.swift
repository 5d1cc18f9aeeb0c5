import Display
import NotebookDisplay
import NumericCore

/// The forward- and reverse-mode verbs: `derivative(of:at:)`, `gradient(of:at:)`,
/// `reverseGradient(of:at:)`, `reverseDerivative(of:at:)`.
enum AutodiffModes {
    static let builtins: [Builtin] = [
        // f(x + ε): the value and the derivative in one dual number.
        Builtin("derivative(of:at:)") { arguments, context in
            if case .symbol = try arguments.value("of") { return try ActivationVerbs.derivative(arguments) }
            let function = try AutodiffFunction(try arguments.closure("of"), verb: "derivative(of:at:)",
                                                inputCount: 1, context: context)
            let x = try arguments.double("at")
            return DualObject.wrap(try derivative(of: { try function.dual([$0]) }, at: x))
        },
        // One dual-number pass per input, ε seeded on that input alone.
        Builtin("gradient(of:at:names?:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure("of"), verb: "gradient(of:at:)",
                                                inputCount: point.count, context: context)
            return .object(ForwardGradientObject(try gradient(of: function.dual, at: point,
                                                              names: try arguments.inputNames(count: point.count))))
        },
        // One recorded forward pass and one backward pass, whatever the number of inputs.
        Builtin("reverseGradient(of:at:names?:sharesRepeatedSubexpressions?:)") { arguments, context in
            let point = try arguments.point()
            let function = try AutodiffFunction(try arguments.closure("of"), verb: "reverseGradient(of:at:)",
                                                inputCount: point.count, context: context)
            let shares = try arguments.has("sharesRepeatedSubexpressions") ? arguments.bool("sharesRepeatedSubexpressions") : true
            let result = try reverseGradient(of: function.tracked, at: point,
                                             names: try arguments.inputNames(count: point.count),
                                             sharesRepeatedSubexpressions: shares)
            return .object(ReverseGradientObject(result))
        },
        Builtin("reverseDerivative(of:at:)") { arguments, context in
            let function = try AutodiffFunction(try arguments.closure("of"), verb: "reverseDerivative(of:at:)",
                                                inputCount: 1, context: context)
            return .object(ReverseGradientObject(try reverseGradient(of: function.tracked, at: [try arguments.double("at")])))
        },
    ]
}

/// The result of `gradient(of:at:)`: the value, every partial, and each dual-number pass shown.
public final class ForwardGradientObject: CellObject {
    let result: ForwardGradient

    init(_ result: ForwardGradient) { self.result = result }

    public var typeName: String { "ForwardGradient" }
    public func display() -> [DisplayBlock] { result.display }
    public var memberNames: [String] { ["value", "partials", "passes", "names"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "value": return .double(result.value)
        case "partials": return .array(result.partials.map { .double($0) })
        case "passes": return .int(result.passes)
        case "names": return .array(result.names.map { .string($0) })
        default: return nil
        }
    }
}

/// The result of `reverseGradient(of:at:)`: the value, every partial from one backward pass, and the
/// tape shown as its table of nodes and links.
public final class ReverseGradientObject: CellObject {
    let result: ReverseGradient

    init(_ result: ReverseGradient) { self.result = result }

    public var typeName: String { "ReverseGradient" }
    public func display() -> [DisplayBlock] { result.display }

    public var memberNames: [String] {
        ["value", "partials", "derivative", "table", "tape", "forwardPasses", "backwardPasses", "backwardSteps",
         "operationsRequested", "operationsComputed", "nodeCount"]
    }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "value": return .double(result.value)
        case "partials": return .array(result.partials.map { .double($0) })
        case "derivative": return .double(try result.onlyPartial())
        case "table": return .object(TapeTableObject(result.table()))
        case "tape": return .object(TapeObject(result.tape))
        case "forwardPasses": return .int(result.forwardPasses)
        case "backwardPasses": return .int(result.backwardPasses)
        case "backwardSteps": return .int(result.backwardSteps)
        case "operationsRequested": return .int(result.operationsRequested)
        case "operationsComputed": return .int(result.operationsComputed)
        case "nodeCount": return .int(result.nodeCount)
        default: return nil
        }
    }

    /// `result.table()`, or `result.table(naming: .forwardOrder)` to number the nodes v₁ … v_N in the
    /// order computed (Grosse).
    public func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        guard name == "table" else { return nil }
        if arguments.isEmpty { return .object(TapeTableObject(result.table())) }
        guard arguments.map(\.label) == ["naming"], case .symbol(let naming) = arguments[0].value else {
            throw CellError("call it as table(), table(naming: .fromOutput) or table(naming: .forwardOrder)")
        }
        switch naming {
        case "fromOutput": return .object(TapeTableObject(result.table(naming: .fromOutput)))
        case "forwardOrder": return .object(TapeTableObject(result.table(naming: .forwardOrder)))
        default: throw CellError("unknown naming .\(naming); use .fromOutput (Lecture 13: n₁ is the result) or .forwardOrder (Grosse: v₁ … v_N)")
        }
    }
}
