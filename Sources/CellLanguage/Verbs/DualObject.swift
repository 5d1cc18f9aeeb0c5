import Display
import NotebookDisplay
import NumericCore

/// A dual number a + a′ε as a cell value (forward mode): prints as `26 + 13ε`, does arithmetic with
/// numbers and other duals, and goes through `sin`, `exp`, `pow`, … with their derivative rules.
///
/// ```swift
/// let y = Dual(3, derivative: 1)
/// 2 * y * y + y + 5          // 26 + 13ε
/// ```
public final class DualObject: AutodiffScalarObject {
    /// The dual number.
    public let scalar: Dual

    /// Wraps a dual number.
    public init(_ dual: Dual) { scalar = dual }

    static func wrap(_ scalar: Dual) -> Value { .object(DualObject(scalar)) }

    public func binary(_ op: ArithmeticOperator, _ other: Value, selfIsLeft: Bool) throws -> Value? {
        try scalarBinary(op, other, selfIsLeft: selfIsLeft)
    }
    public func negated() throws -> Value { scalarNegated() }
    public func apply(_ function: MathFunction) throws -> Value? { scalarApply(function) }

    func operand(_ other: Value) throws -> Dual? {
        switch other {
        case .int, .double: return Dual(constant: other.asDouble!)
        case .object(let object as DualObject): return object.scalar
        case .object(is TapeVariableObject):
            throw CellError("cannot combine a Dual (forward mode) with a TapeVariable (reverse mode) in one expression")
        default: return nil
        }
    }

    public var typeName: String { "Dual" }
    public var description: String { scalar.description }
    public func display() -> [DisplayBlock] { scalar.display }
    public var memberNames: [String] { ["value", "derivative"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "value": return .double(scalar.value)
        case "derivative": return .double(scalar.derivative)
        default: return nil
        }
    }

    /// Two duals are equal when both parts are (`Dual(26, derivative: 13) == f(2, 3 + ε)`).
    public func isEqual(to other: Value) -> Bool {
        if case .object(let object as DualObject) = other { return object.scalar == scalar }
        return false
    }

    /// `Dual(3, derivative: 1)` (3 + ε) and `Dual(constant: 5)` (5 + 0ε).
    static let builtins: [Builtin] = [
        Builtin("Dual(_:derivative:)") { arguments, _ in
            wrap(Dual(try arguments.double(0), derivative: try arguments.double("derivative")))
        },
        Builtin("Dual(constant:)") { arguments, _ in wrap(Dual(constant: try arguments.double("constant"))) },
    ]
}
