#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A number that one generic function can compute with in every mode: `Double` (plain value),
/// ``Dual`` (forward mode) and ``TapeVariable`` (reverse mode).
///
/// Write the function once and run it three ways:
///
/// ```swift
/// func f<T: DifferentiableScalar>(_ v: [T]) -> T { v[0] * v[1] * v[1] + v[1] + 5 }
/// f([2.0, 3.0])                          // 26
/// gradient(of: f, at: [2, 3])            // forward mode: one pass per input
/// reverseGradient(of: f, at: [2, 3])     // reverse mode: one forward, one backward pass
/// ```
///
/// Constants enter through the mixed operators (`3 * x`, `x + 5`) or ``init(constant:)``;
/// elementary functions through the free functions `sin`, `cos`, `tan`, `exp`, `log`, `sqrt`,
/// `tanh` and `pow` here and the activations' (`sigmoid`, `relu`, …, `ActivationFunctions.swift`), which all
/// go through ``apply(_:to:)``.
public protocol DifferentiableScalar {
    /// A constant: its derivative with respect to every input is zero.
    init(constant: Double)
    /// The ordinary numeric value.
    var value: Double { get }

    /// Sum.
    static func + (lhs: Self, rhs: Self) -> Self
    /// Difference.
    static func - (lhs: Self, rhs: Self) -> Self
    /// Product.
    static func * (lhs: Self, rhs: Self) -> Self
    /// Quotient.
    static func / (lhs: Self, rhs: Self) -> Self
    /// Negation.
    static prefix func - (operand: Self) -> Self

    /// Sum with a constant.
    static func + (lhs: Self, rhs: Double) -> Self
    /// Sum with a constant.
    static func + (lhs: Double, rhs: Self) -> Self
    /// Difference with a constant.
    static func - (lhs: Self, rhs: Double) -> Self
    /// Difference with a constant.
    static func - (lhs: Double, rhs: Self) -> Self
    /// Product with a constant.
    static func * (lhs: Self, rhs: Double) -> Self
    /// Product with a constant.
    static func * (lhs: Double, rhs: Self) -> Self
    /// Quotient by a constant.
    static func / (lhs: Self, rhs: Double) -> Self
    /// Quotient of a constant.
    static func / (lhs: Double, rhs: Self) -> Self

    /// Applies an elementary function, using its derivative rule in this mode.
    static func apply(_ function: ElementaryFunction, to x: Self) -> Self
}

extension DifferentiableScalar {
    /// Applies an elementary function (a built-in one or one the lecture defines).
    public func applying(_ function: ElementaryFunction) -> Self { Self.apply(function, to: self) }

    /// Adds in place.
    @_disfavoredOverload
    public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }
    /// Subtracts in place.
    @_disfavoredOverload
    public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }
    /// Multiplies in place.
    @_disfavoredOverload
    public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }
    /// Divides in place.
    @_disfavoredOverload
    public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }
}

extension Double: DifferentiableScalar {
    /// The number itself.
    public init(constant: Double) { self = constant }
    /// The number itself, so generic code can read `x.value` in every mode.
    public var value: Double { self }
    /// f(x): a plain number carries no derivative.
    public static func apply(_ function: ElementaryFunction, to x: Double) -> Double {
        function.value(x)
    }
}

// Free functions so generic code reads like the lectures: `cos(sin(x * x) + 3 * x * x)`.
// They are disfavoured so that plain `Double` code keeps calling the C library directly.

/// sin x in any mode.
@_disfavoredOverload public func sin<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.sin, to: x) }
/// cos x in any mode.
@_disfavoredOverload public func cos<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.cos, to: x) }
/// tan x in any mode.
@_disfavoredOverload public func tan<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.tan, to: x) }
/// eˣ in any mode.
@_disfavoredOverload public func exp<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.exp, to: x) }
/// The natural logarithm in any mode.
@_disfavoredOverload public func log<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.log, to: x) }
/// √x in any mode.
@_disfavoredOverload public func sqrt<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.sqrt, to: x) }
/// tanh x in any mode.
@_disfavoredOverload public func tanh<T: DifferentiableScalar>(_ x: T) -> T { T.apply(.tanh, to: x) }
/// xⁿ for an integer exponent in any mode.
@_disfavoredOverload public func pow<T: DifferentiableScalar>(_ x: T, _ n: Int) -> T {
    T.apply(.power(Double(n)), to: x)
}
/// xʳ for a constant real exponent in any mode.
@_disfavoredOverload public func pow<T: DifferentiableScalar>(_ x: T, _ r: Double) -> T {
    T.apply(.power(r), to: x)
}
