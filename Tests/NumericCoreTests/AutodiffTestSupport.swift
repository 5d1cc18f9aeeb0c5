import Foundation
import NumericCore

/// f(x, y) = xy² + y + 5, Lecture 13 §4, written as Figure 22 draws it: n₁ = n₂ + n₃, n₂ = n₄n₅,
/// n₄ = n₆², n₅ = x, n₃ = y + 5.
func lectureThirteenF<T: DifferentiableScalar>(_ v: [T]) -> T {
    let x = v[0], y = v[1]
    return pow(y, 2) * x + (y + 5)
}

/// Gormley §1.3: J = cos(sin(x²) + 3x²).
func gormleyJ<T: DifferentiableScalar>(_ x: T) -> T {
    cos(sin(x * x) + 3 * (x * x))
}

/// dJ/dx = −sin(sin(x²) + 3x²)·(2x·cos(x²) + 6x), derived by hand with the chain rule.
func gormleyJPrime(_ x: Double) -> Double {
    -sin(sin(x * x) + 3 * x * x) * (2 * x * cos(x * x) + 6 * x)
}

/// Whether `a` and `b` agree to `relative` of their size (absolute below 1).
func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
    abs(a - b) <= relative * max(1, abs(a), abs(b))
}

/// A central difference written out here, independent of the code under test.
func oracleDerivative(_ f: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}
