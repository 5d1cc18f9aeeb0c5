import Foundation
import Testing
import NumericCore

@Suite("Dual numbers (forward mode)")
struct DualTests {
    @Test("Lecture 13: f(2, 3 + ε) = 26 + 13ε")
    func lectureThirteenPartialInY() {
        let y = Dual.variable(3)
        let f = 2 * y * y + y + 5
        #expect(f.value == 26)
        #expect(f.derivative == 13)
        #expect(f.description == "26 + 13ε")
    }

    @Test("Lecture 13: (3 + ε)² = 9 + 6ε")
    func squareOfThreePlusEpsilon() {
        #expect(pow(Dual.variable(3), 2) == Dual(9, derivative: 6))
        #expect((Dual.variable(3) * Dual.variable(3)).description == "9 + 6ε")
    }

    @Test("One pass per input gives ∂f/∂x = 9 and ∂f/∂y = 13")
    func gradientOfLectureThirteenF() {
        let g = gradient(of: lectureThirteenF, at: [2, 3])
        #expect(g.value == 26)
        // ∂f/∂x = y² = 9, ∂f/∂y = 2xy + 1 = 13.
        #expect(g.partials == [9, 13])
        #expect(g.passes == 2)
    }

    @Test("Lecture 13's rules: λ(a + a′ε), sum, difference, product, reciprocal")
    func lectureRules() {
        let a = Dual(2, derivative: 5), b = Dual(-3, derivative: 0.5)
        #expect(4 * a == Dual(8, derivative: 20))
        #expect(a + b == Dual(-1, derivative: 5.5))
        #expect(a - b == Dual(5, derivative: 4.5))
        #expect(a * b == Dual(-6, derivative: 5 * -3 + 2 * 0.5))
        #expect(1 / a == Dual(0.5, derivative: -5.0 / 4))
        #expect(-a == Dual(-2, derivative: -5))
        let quotientRule: Double = (5 * -3 - 2 * 0.5) / 9      // (a′b − ab′)/b²
        #expect((a / b).derivative == quotientRule)
        #expect(a - 1 == Dual(1, derivative: 5))
        #expect(1 - a == Dual(-1, derivative: -5))
    }

    @Test("Description prints a negative derivative with a minus and trims zeros")
    func description() {
        #expect(Dual(1.5, derivative: -2).description == "1.5 - 2ε")
        #expect(Dual(-0.0, derivative: 0.125).description == "0 + 0.125ε")
        #expect(Dual(1e-8, derivative: 1.0 / 3).description == "1e-08 + 0.333333ε")
    }

    @Test("Gormley's J = cos(sin(x²) + 3x²) matches the hand-derived derivative",
          arguments: [-1.2, -0.4, 0.3, 0.7, 1.5, 2.0])
    func gormleyJForward(x: Double) {
        let d = derivative(of: gormleyJ, at: x)
        #expect(close(d.value, cos(sin(x * x) + 3 * x * x)))
        #expect(close(d.derivative, gormleyJPrime(x)))
    }

    @Test("A generic function still runs on plain Doubles, and plain Double math is untouched")
    func plainDoubles() {
        #expect(lectureThirteenF([2.0, 3.0]) == 26)
        let x = 2.0
        let viaLibrary: Double = pow(x, 2) + sin(x) + exp(x) + sqrt(x) + tanh(x) + log(x)
        #expect(viaLibrary == 4 + Foundation.sin(2.0) + Foundation.exp(2.0) + Foundation.sqrt(2.0)
                + Foundation.tanh(2.0) + Foundation.log(2.0))
        var s = 1.0
        s += 2
        #expect(s == 3)
    }
}
