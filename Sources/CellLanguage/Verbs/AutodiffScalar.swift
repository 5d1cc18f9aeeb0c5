#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NumericCore

/// A cell value that is a number of one autodiff mode: ``DualObject`` (forward mode) or
/// ``TapeVariableObject`` (reverse mode).
///
/// The arithmetic is written once here, over NumericCore's ``DifferentiableScalar``: a conforming
/// object only says how to read another cell value as its own kind (``operand(_:)``) and how to
/// wrap a result (``wrap(_:)``). So one closure `{ x, y in x * y * y + y + 5 }` runs on plain
/// numbers, duals and tape variables, and every derivative rule lives in NumericCore beside its value.
protocol AutodiffScalarObject: NumericObject {
    associatedtype Scalar: DifferentiableScalar
    /// The number this object holds.
    var scalar: Scalar { get }
    /// A result as a cell value.
    static func wrap(_ scalar: Scalar) -> Value
    /// `other` as this kind: a plain number becomes a constant; `nil` for a value that is no number;
    /// an error for a number of another mode (a dual meeting a tape variable) or another tape.
    func operand(_ other: Value) throws -> Scalar?
}

extension AutodiffScalarObject {
    /// ``NumericObject/binary(_:_:selfIsLeft:)`` for every mode.
    func scalarBinary(_ op: ArithmeticOperator, _ other: Value, selfIsLeft: Bool) throws -> Value? {
        guard let partner = try operand(other) else { return nil }
        let (a, b) = selfIsLeft ? (scalar, partner) : (partner, scalar)
        let otherIsConstant = other.asDouble != nil
        switch op {
        case .add: return Self.wrap(a + b)
        case .subtract: return Self.wrap(a - b)
        case .multiply, .elementwiseMultiply: return Self.wrap(a * b)
        case .divide: return Self.wrap(a / b)
        case .power:
            // A constant exponent is one power node with the rule r·xʳ⁻¹ (Lecture 13:
            // (x + x′ε)ⁿ = xⁿ + nxⁿ⁻¹x′ε); a variable exponent goes through x^y = exp(y·log x).
            if selfIsLeft, otherIsConstant { return Self.wrap(Scalar.apply(.power(b.value), to: a)) }
            return Self.wrap(Scalar.apply(.exp, to: b * Scalar.apply(.log, to: a)))
        case .less: return .bool(a.value < b.value)
        case .lessOrEqual: return .bool(a.value <= b.value)
        case .greater: return .bool(a.value > b.value)
        case .greaterOrEqual: return .bool(a.value >= b.value)
        case .equal, .notEqual:
            let equal = otherIsConstant ? a.value == b.value : isEqual(to: other)
            return .bool(op == .equal ? equal : !equal)
        case .remainder: return nil
        }
    }

    /// ``NumericObject/negated()`` for every mode.
    func scalarNegated() -> Value { Self.wrap(-scalar) }

    /// ``NumericObject/apply(_:)`` for every mode.
    func scalarApply(_ function: MathFunction) -> Value { applying(AutodiffElementaryFunctions.function(for: function)) }

    /// `rule` applied in this mode, with its derivative.
    func applying(_ rule: ElementaryFunction) -> Value { Self.wrap(Scalar.apply(rule, to: scalar)) }
}

/// The elementary functions cells can apply to duals and tape variables, each with its derivative rule.
enum AutodiffElementaryFunctions {
    /// NumericCore's function for a math builtin; the few it lacks are defined here, value beside derivative.
    static func function(for function: MathFunction) -> ElementaryFunction {
        switch function {
        case .sin: return .sin
        case .cos: return .cos
        case .tan: return .tan
        case .exp: return .exp
        case .log: return .log
        case .sqrt: return .sqrt
        case .tanh: return .tanh
        case .abs: return abs
        case .floor: return floor
        case .ceil: return ceil
        case .round: return round
        }
    }

    /// |x|, with derivative sign(x) (0 at the kink, as relu′(0) = 0).
    static let abs = ElementaryFunction(name: "abs", value: { Swift.abs($0) },
                                        derivative: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) })
    /// ⌊x⌋: a step function, derivative 0 wherever it has one.
    static let floor = ElementaryFunction(name: "floor", value: { $0.rounded(.down) }, derivative: { _ in 0 })
    /// ⌈x⌉: a step function, derivative 0 wherever it has one.
    static let ceil = ElementaryFunction(name: "ceil", value: { $0.rounded(.up) }, derivative: { _ in 0 })
    /// round(x): a step function, derivative 0 wherever it has one.
    static let round = ElementaryFunction(name: "round", value: { $0.rounded(.toNearestOrAwayFromZero) },
                                          derivative: { _ in 0 })
}
