#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A scalar function of one variable together with its derivative rule, shared by `Double`,
/// ``Dual`` and ``TapeVariable`` so that every mode differentiates it the same way.
///
/// Each rule states its value and its derivative side by side, as in micrograd:
///
/// ```swift
/// static let sin = ElementaryFunction(name: "sin", value: { Glibc.sin($0) },
///                                     derivative: { Glibc.cos($0) })
/// ```
///
/// A lecture can define its own function, with a correct or a deliberately wrong derivative,
/// and apply it with ``DifferentiableScalar/applying(_:)``. On a ``Tape`` two functions with the
/// same ``name`` are treated as the same function when repeated subexpressions are shared.
public struct ElementaryFunction: Sendable {
    /// The name shown in tape tables, e.g. `sin` or `^2`.
    public let name: String
    /// f(x).
    public let value: @Sendable (Double) -> Double
    /// f′(x).
    public let derivative: @Sendable (Double) -> Double
    /// The constant exponent r when this is x ↦ xʳ, so a tape can print `n₆²`.
    public let exponent: Double?

    /// Creates a function from its value and its derivative rule.
    public init(name: String,
                value: @escaping @Sendable (Double) -> Double,
                derivative: @escaping @Sendable (Double) -> Double) {
        self.init(name: name, exponent: nil, value: value, derivative: derivative)
    }

    private init(name: String, exponent: Double?,
                 value: @escaping @Sendable (Double) -> Double,
                 derivative: @escaping @Sendable (Double) -> Double) {
        self.name = name
        self.exponent = exponent
        self.value = value
        self.derivative = derivative
    }
}

extension ElementaryFunction {
    /// sin x, with d/dx sin x = cos x.
    public static let sin = ElementaryFunction(
        name: "sin", value: { Glibc.sin($0) }, derivative: { Glibc.cos($0) })

    /// cos x, with d/dx cos x = −sin x.
    public static let cos = ElementaryFunction(
        name: "cos", value: { Glibc.cos($0) }, derivative: { -Glibc.sin($0) })

    /// tan x, with d/dx tan x = 1 + tan²x.
    public static let tan = ElementaryFunction(
        name: "tan", value: { Glibc.tan($0) },
        derivative: { let t = Glibc.tan($0); return 1 + t * t })

    /// eˣ, its own derivative.
    public static let exp = ElementaryFunction(
        name: "exp", value: { Glibc.exp($0) }, derivative: { Glibc.exp($0) })

    /// The natural logarithm, with d/dx log x = 1/x.
    public static let log = ElementaryFunction(
        name: "log", value: { Glibc.log($0) }, derivative: { 1 / $0 })

    /// √x, with d/dx √x = 1/(2√x).
    public static let sqrt = ElementaryFunction(
        name: "sqrt", value: { Glibc.sqrt($0) }, derivative: { 1 / (2 * Glibc.sqrt($0)) })

    /// tanh x, with d/dx tanh x = 1 − tanh²x.
    public static let tanh = ElementaryFunction(
        name: "tanh", value: { Glibc.tanh($0) },
        derivative: { let t = Glibc.tanh($0); return 1 - t * t })

    /// The logistic sigmoid σ(x) = 1/(1 + e⁻ˣ), with σ′(x) = σ(x)(1 − σ(x)).
    public static let sigmoid = ElementaryFunction(
        name: "sigmoid", value: Activation.sigmoid,
        derivative: { let s = Activation.sigmoid($0); return s * (1 - s) })

    /// max(0, x), with derivative 1 for x > 0 and 0 otherwise (0 at the kink, as PyTorch does).
    public static let relu = ElementaryFunction(
        name: "relu", value: { $0 > 0 ? $0 : 0 }, derivative: { $0 > 0 ? 1 : 0 })

    /// Huang's HardLimit: 1 for x ≥ 0, else 0; derivative 0 (the jump at 0 has none).
    public static let hardLimit = ElementaryFunction(
        name: "hardLimit", value: { $0 >= 0 ? 1 : 0 }, derivative: { _ in 0 })

    /// The identity, derivative 1.
    public static let identity = ElementaryFunction(name: "identity", value: { $0 }, derivative: { _ in 1 })

    /// log(1 + eˣ) without overflow, with derivative σ(x).
    public static let softplus = ElementaryFunction(
        name: "softplus", value: Activation.softplus, derivative: Activation.sigmoid)

    /// xʳ for a constant exponent r, with d/dx xʳ = r·xʳ⁻¹ (Lecture 13: (x + x′ε)ⁿ = xⁿ + nxⁿ⁻¹x′ε).
    public static func power(_ exponent: Double) -> ElementaryFunction {
        ElementaryFunction(
            name: "^" + AutodiffText.number(exponent), exponent: exponent,
            value: { Glibc.pow($0, exponent) },
            // x⁰ is constant; without this case 0·0⁻¹ would give NaN at x = 0.
            derivative: { exponent == 0 ? 0 : exponent * Glibc.pow($0, exponent - 1) })
    }
}
