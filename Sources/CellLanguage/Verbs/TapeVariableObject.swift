import Display
import NotebookDisplay
import NumericCore

/// A value tracked on a tape (reverse mode) as a cell value: every operation on it records a node.
///
/// It prints as its value and node, `18 (node 3)`; `.value` and `.node` read them.
public final class TapeVariableObject: AutodiffScalarObject {
    /// The tracked value.
    public let scalar: TapeVariable

    /// Wraps a tracked value.
    public init(_ variable: TapeVariable) { scalar = variable }

    static func wrap(_ scalar: TapeVariable) -> Value { .object(TapeVariableObject(scalar)) }

    public func binary(_ op: ArithmeticOperator, _ other: Value, selfIsLeft: Bool) throws -> Value? {
        try scalarBinary(op, other, selfIsLeft: selfIsLeft)
    }
    public func negated() throws -> Value { scalarNegated() }
    public func apply(_ function: MathFunction) throws -> Value? { scalarApply(function) }

    func operand(_ other: Value) throws -> TapeVariable? {
        switch other {
        case .int, .double: return TapeVariable(constant: other.asDouble!)
        case .object(let object as TapeVariableObject):
            // NumericCore treats two tapes in one expression as a programming error and traps;
            // in a cell it is a mistake to report (a tracked value kept from an earlier run).
            if let mine = scalar.tape, let theirs = object.scalar.tape, mine !== theirs {
                throw CellError("cannot combine tracked values from two different tapes (a TapeVariable kept from an earlier reverse-mode run?)")
            }
            return object.scalar
        case .object(is DualObject):
            throw CellError("cannot combine a TapeVariable (reverse mode) with a Dual (forward mode) in one expression")
        default: return nil
        }
    }

    public var typeName: String { "TapeVariable" }
    public var description: String { scalar.description }
    public func display() -> [DisplayBlock] { [.text(description)] }
    public var memberNames: [String] { ["value", "node"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "value": return .double(scalar.value)
        case "node": return scalar.index.map { .int($0) } ?? .void
        default: return nil
        }
    }

    /// The same node of the same tape (or two free constants of equal value).
    public func isEqual(to other: Value) -> Bool {
        guard case .object(let object as TapeVariableObject) = other else { return false }
        if let mine = scalar.tape, let theirs = object.scalar.tape {
            return mine === theirs && scalar.index == object.scalar.index
        }
        return scalar.tape == nil && object.scalar.tape == nil && scalar.value == object.scalar.value
    }
}

/// A tape built by hand in a cell: `let tape = Tape()`, `tape.variable(2, name: "x")`, then
/// `tape.backward(from: f)` for the table of nodes and links.
///
/// It displays as the nodes recorded so far, in the order computed (the forward pass).
public final class TapeObject: CellObject {
    /// The tape.
    public let tape: Tape

    /// Wraps a tape.
    public init(_ tape: Tape) { self.tape = tape }

    public var typeName: String { "Tape" }

    public func display() -> [DisplayBlock] { tape.display }

    public var memberNames: [String] {
        ["nodeCount", "operationsRequested", "operationsComputed", "variable", "constant", "backward", "table"]
    }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "nodeCount": return .int(tape.nodes.count)
        case "operationsRequested": return .int(tape.operationsRequested)
        case "operationsComputed": return .int(tape.operationsComputed)
        default: return nil
        }
    }

    public func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        let labels = arguments.map(\.label)
        switch name {
        case "variable":
            guard labels == ["", "name"], let value = arguments[0].value.asDouble,
                  case .string(let inputName) = arguments[1].value else {
                throw CellError("call it as tape.variable(2, name: \"x\"): a number and a name")
            }
            return TapeVariableObject.wrap(tape.variable(value, name: inputName))
        case "constant":
            guard labels == [""], let value = arguments[0].value.asDouble else {
                throw CellError("call it as tape.constant(5) with a number")
            }
            return TapeVariableObject.wrap(tape.constant(value))
        case "backward", "table":
            // `tape.table(for: f)` as Swift writes it; `tape.backward(from: f)` shows the same table.
            let label = name == "backward" ? "from" : "for"
            guard labels == [label] else { throw CellError("call it as tape.\(name)(\(label): f), f a value computed on this tape") }
            guard case .object(let output as TapeVariableObject) = arguments[0].value,
                  output.scalar.tape === tape else {
                let value = arguments[0].value
                throw CellError("tape.\(name)(\(label):) needs a value computed on this tape, found \(value.typeName) \(value.shortDescription)")
            }
            return .object(TapeTableObject(tape.table(for: output.scalar)))
        default:
            return nil
        }
    }

    /// `Tape()` and `Tape(sharesRepeatedSubexpressions: false)`.
    static let builtins: [Builtin] = [
        Builtin("Tape(sharesRepeatedSubexpressions?:)") { arguments, _ in
            let shares = try arguments.has(0) ? arguments.bool(0) : true
            return .object(TapeObject(Tape(sharesRepeatedSubexpressions: shares)))
        },
    ]
}
