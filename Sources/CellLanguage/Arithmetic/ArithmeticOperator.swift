/// A binary operator the evaluator dispatches through ``Arithmetic``.
public enum ArithmeticOperator: String, Sendable {
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*` (the matrix product when both sides are matrices)
    case multiply = "*"
    /// `/`
    case divide = "/"
    /// `%`
    case remainder = "%"
    /// `.*`, the elementwise (Hadamard) product
    case elementwiseMultiply = ".*"
    /// `pow(x, y)`
    case power = "pow"
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="

    /// Whether the operator compares and yields a `Bool`.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }
}

/// A one-argument math function that every numeric kind provides.
public enum MathFunction: String, Sendable, CaseIterable {
    /// `sin(x)`
    case sin
    /// `cos(x)`
    case cos
    /// `tan(x)`
    case tan
    /// `exp(x)`
    case exp
    /// `log(x)`, the natural logarithm
    case log
    /// `sqrt(x)`
    case sqrt
    /// `abs(x)`
    case abs
    /// `tanh(x)`
    case tanh
    /// `floor(x)`
    case floor
    /// `ceil(x)`
    case ceil
    /// `round(x)`, halves away from zero
    case round
}

/// A numeric kind beyond `Int`, `Double` and `Matrix` (dual numbers, tape variables): an object that
/// does its own arithmetic, so one closure `{ x, y in x * y * y + y + 5 }` runs on all of them.
///
/// ``Arithmetic`` asks the object whenever one operand of `+ - * / .* pow` or a comparison is one,
/// and the math builtins (`sin`, `exp`, …) ask it through ``apply(_:)``. Adding a numeric kind is one
/// new file in `Verbs/` with one conforming class; the evaluator does not change.
public protocol NumericObject: CellObject {
    /// `self op other` when `selfIsLeft`, else `other op self`; `nil` when the combination is unsupported.
    func binary(_ operator: ArithmeticOperator, _ other: Value, selfIsLeft: Bool) throws -> Value?
    /// `-self`.
    func negated() throws -> Value
    /// `function(self)`, or `nil` when unsupported.
    func apply(_ function: MathFunction) throws -> Value?
}
