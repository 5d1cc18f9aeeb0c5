/// A dual number a + a′ε with ε² = 0: a value and its derivative carried together (forward mode).
///
/// Lecture 13 §4: feeding y = 3 + ε into f(x, y) = xy² + y + 5 at x = 2 gives
///
/// ```swift
/// let y = Dual.variable(3)
/// 2 * y * y + y + 5      // 26 + 13ε: f(2, 3) = 26 and ∂f/∂y(2, 3) = 13
/// ```
///
/// Every operation below states its value and its derivative rule together.
public struct Dual: DifferentiableScalar, Hashable, Sendable, CustomStringConvertible {
    /// The real part a: the function's value.
    public var value: Double
    /// The ε part a′: the derivative along the seeded input.
    public var derivative: Double

    /// Creates a + a′ε.
    public init(_ value: Double, derivative: Double) {
        self.value = value
        self.derivative = derivative
    }

    /// A constant a + 0ε.
    public init(constant: Double) { self.init(constant, derivative: 0) }

    /// The input we differentiate along: x + 1ε.
    public static func variable(_ value: Double) -> Dual { Dual(value, derivative: 1) }

    /// `26 + 13ε`, numbers in `%g` style.
    public var description: String {
        let sign = derivative.sign == .minus && derivative != 0 && !derivative.isNaN ? "-" : "+"
        return "\(AutodiffText.number(value)) \(sign) \(AutodiffText.number(abs(derivative)))ε"
    }

    // MARK: Arithmetic (Lecture 13 §4)

    /// (a + a′ε) + (b + b′ε) = (a + b) + (a′ + b′)ε.
    public static func + (a: Dual, b: Dual) -> Dual {
        Dual(a.value + b.value, derivative: a.derivative + b.derivative)
    }

    /// (a + a′ε) − (b + b′ε) = (a − b) + (a′ − b′)ε.
    public static func - (a: Dual, b: Dual) -> Dual {
        Dual(a.value - b.value, derivative: a.derivative - b.derivative)
    }

    /// (a + a′ε)(b + b′ε) = ab + (a′b + ab′)ε.
    public static func * (a: Dual, b: Dual) -> Dual {
        Dual(a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
    }

    /// (a + a′ε)/(b + b′ε) = a/b + ((a′b − ab′)/b²)ε.
    public static func / (a: Dual, b: Dual) -> Dual {
        Dual(a.value / b.value,
             derivative: (a.derivative * b.value - a.value * b.derivative) / (b.value * b.value))
    }

    /// −(a + a′ε) = −a − a′ε.
    public static prefix func - (a: Dual) -> Dual { Dual(-a.value, derivative: -a.derivative) }

    // MARK: Mixed with constants: λ(a + a′ε) = λa + λa′ε, and a constant adds nothing to a′.

    /// (a + a′ε) + c = (a + c) + a′ε.
    public static func + (a: Dual, c: Double) -> Dual { Dual(a.value + c, derivative: a.derivative) }
    /// c + (a + a′ε) = (c + a) + a′ε.
    public static func + (c: Double, a: Dual) -> Dual { Dual(c + a.value, derivative: a.derivative) }
    /// (a + a′ε) − c = (a − c) + a′ε.
    public static func - (a: Dual, c: Double) -> Dual { Dual(a.value - c, derivative: a.derivative) }
    /// c − (a + a′ε) = (c − a) − a′ε.
    public static func - (c: Double, a: Dual) -> Dual { Dual(c - a.value, derivative: -a.derivative) }
    /// λ(a + a′ε) = λa + λa′ε.
    public static func * (a: Dual, λ: Double) -> Dual { Dual(a.value * λ, derivative: a.derivative * λ) }
    /// λ(a + a′ε) = λa + λa′ε.
    public static func * (λ: Double, a: Dual) -> Dual { Dual(λ * a.value, derivative: λ * a.derivative) }
    /// (a + a′ε)/c = a/c + (a′/c)ε.
    public static func / (a: Dual, c: Double) -> Dual { Dual(a.value / c, derivative: a.derivative / c) }
    /// c/(a + a′ε) = c/a − (c·a′/a²)ε.
    public static func / (c: Double, a: Dual) -> Dual {
        Dual(c / a.value, derivative: -c * a.derivative / (a.value * a.value))
    }

    /// f(a + a′ε) = f(a) + f′(a)a′ε: the first-order Taylor expansion (Lecture 13 §4).
    public static func apply(_ function: ElementaryFunction, to a: Dual) -> Dual {
        Dual(function.value(a.value), derivative: function.derivative(a.value) * a.derivative)
    }
}
