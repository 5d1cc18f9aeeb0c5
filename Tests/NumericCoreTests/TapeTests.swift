import Foundation
import Testing
import NumericCore

@Suite("Tape (reverse mode)")
struct TapeTests {
    @Test("Lecture 13: one backward pass gives f = 26, ∂f/∂x = 9, ∂f/∂y = 12 + 1 = 13")
    func lectureThirteenF() {
        let g = reverseGradient(of: NumericCoreTests.lectureThirteenF, at: [2, 3])
        #expect(g.value == 26)
        #expect(g.partials == [9, 13])
        #expect(g.forwardPasses == 1 && g.backwardPasses == 1)
    }

    @Test("Recording by hand on a tape, with adjoints of inner nodes")
    func recordByHand() {
        let tape = Tape()
        let x = tape.variable(2, name: "x"), y = tape.variable(3, name: "y")
        let ySquared = pow(y, 2)
        let product = ySquared * x
        let f = product + (y + 5)
        let adjoints = tape.backward(from: f)
        #expect(adjoints[f] == 1)
        #expect(adjoints[product] == 1)
        #expect(adjoints[ySquared] == 2)      // ∂n₁/∂n₄ = 2
        #expect(adjoints[x] == 9)
        #expect(adjoints[y] == 13)
        #expect(adjoints[TapeVariable(constant: 5)] == 0)
    }

    @Test("Gormley's J = cos(sin(x²) + 3x²) matches the hand-derived derivative",
          arguments: [-1.2, -0.4, 0.3, 0.7, 1.5, 2.0])
    func gormleyJReverse(x: Double) {
        let d = reverseDerivative(of: gormleyJ, at: x)
        #expect(close(d.value, cos(sin(x * x) + 3 * x * x)))
        #expect(close(d.derivative, gormleyJPrime(x)))
    }

    @Test("Grosse Lecture 6 §2.4: w̄ = z̄x + R̄w with R̄ = λ, b̄ = z̄")
    func grosseRegularizedExample() {
        let (wValue, bValue, x, t, lambda) = (0.8, -0.3, 1.5, 1.0, 0.1)
        let tape = Tape()
        let w = tape.variable(wValue, name: "w"), b = tape.variable(bValue, name: "b")
        let z = w * x + b
        let y = sigmoid(z)
        let L = 0.5 * pow(y - t, 2)
        let R = 0.5 * pow(w, 2)
        let Lreg = L + lambda * R
        let adjoints = tape.backward(from: Lreg)

        // Grosse's backward pass, computed here by hand from its formulas.
        let zValue = wValue * x + bValue
        let yValue = 1 / (1 + exp(-zValue))
        let LregBar = 1.0
        let RBar = LregBar * lambda
        let LBar = LregBar
        let yBar = LBar * (yValue - t)
        let zBar = yBar * yValue * (1 - yValue)     // σ′(z) = σ(z)(1 − σ(z))
        let wBar = zBar * x + RBar * wValue
        let bBar = zBar

        #expect(close(Lreg.value, 0.5 * (yValue - t) * (yValue - t) + lambda * 0.5 * wValue * wValue))
        #expect(adjoints[R] == lambda)
        #expect(adjoints[L] == 1)
        #expect(close(adjoints[y], yBar))
        #expect(close(adjoints[z], zBar))
        #expect(close(adjoints[w], wBar))
        #expect(close(adjoints[b], bBar))
    }

    @Test("A reused value is one node used twice")
    func reusedValueIsOneNode() {
        let tape = Tape(sharesRepeatedSubexpressions: false)
        let x = tape.variable(1.3, name: "x")
        let s = x * x
        let f = s + sin(s)
        #expect(tape.nodes.count == 4)        // x, s, sin s, s + sin s
        // d/dx (x² + sin x²) = 2x + 2x cos x²
        #expect(close(tape.backward(from: f)[x], 2 * 1.3 + 2 * 1.3 * cos(1.3 * 1.3)))
    }

    @Test("Repeated subexpressions are recorded once when sharing is on")
    func repeatedSubexpressionsShared() {
        func f(_ x: TapeVariable) -> TapeVariable { sin(x * x) + cos(x * x) + 3 * x + x * 3 }
        let shared = Tape(), unshared = Tape(sharesRepeatedSubexpressions: false)
        let a = f(shared.variable(0.9, name: "x"))
        let b = f(unshared.variable(0.9, name: "x"))
        // Shared: x, x·x, sin, cos, +, 3, 3·x, +, + (x·3 is 3·x, the second x·x the first) → 9.
        #expect(shared.nodes.count == 9)
        // Unshared: x, x·x, sin, x·x, cos, +, 3, 3·x, +, 3, x·3, + → 12.
        #expect(unshared.nodes.count == 12)
        #expect(shared.operationsRequested == 9 && shared.operationsComputed == 7)
        #expect(unshared.operationsRequested == 9 && unshared.operationsComputed == 9)
        #expect(a.value == b.value)
        let expected = 2 * 0.9 * cos(0.81) - 2 * 0.9 * sin(0.81) + 6
        #expect(close(reverseGradient(of: { f($0[0]) }, at: [0.9]).partials[0], expected))
        #expect(close(reverseGradient(of: { f($0[0]) }, at: [0.9],
                                      sharesRepeatedSubexpressions: false).partials[0], expected))
    }

    @Test("Constants combine without a tape; a function of no input has zero partials")
    func constants() {
        let c = TapeVariable(constant: 2) * TapeVariable(constant: 3) + 1
        #expect(c.tape == nil && c.value == 7)
        let g = reverseGradient(of: { _ in TapeVariable(constant: 4) }, at: [1, 2])
        #expect(g.value == 4 && g.partials == [0, 0])
    }
}
