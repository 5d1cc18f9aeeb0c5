import Foundation
import Testing
@testable import NumericCore

@Suite("Activations")
struct ActivationTests {
    @Test func conventionsAtTheKinks() {
        #expect(Activation.step.value(0) == 1)          // Huang: HardLimit(n) = 1 for n ≥ 0
        #expect(Activation.step.value(-1e-300) == 0)
        #expect(Activation.relu.value(0) == 0)
        #expect(Activation.relu.derivative(0) == 0)      // documented subgradient choice
        #expect(Activation.relu.derivative(1e-300) == 1)
        #expect(Activation.step.derivative(0) == 0)
    }

    @Test func lectureIdentities() {
        for z in stride(from: -5.0, through: 5, by: 0.25) {
            // Huang eq. (5): tanh(n) = 2σ(2n) − 1.
            #expect(abs(Activation.tanh.value(z) - (2 * Activation.sigmoid(2 * z) - 1)) < 1e-15)
            #expect(abs(Activation.sigmoid(z) - 1 / (1 + exp(-z))) < 1e-15)
            #expect(abs(Activation.softplus(z) - log(1 + exp(z))) < 1e-14)
        }
    }

    @Test func derivativesMatchCentralDifferences() {
        let h = 1e-6
        for activation in [Activation.sigmoid, .tanh, .relu, .linear, .softplus] {
            for z in [-2.3, -0.7, 0.4, 1.9] {
                let numeric = (activation.value(z + h) - activation.value(z - h)) / (2 * h)
                #expect(abs(numeric - activation.derivative(z)) < 1e-8, "\(activation) at \(z)")
            }
        }
    }

    @Test func stableAtExtremes() {
        #expect(Activation.sigmoid(-1000) == 0)
        #expect(Activation.sigmoid(1000) == 1)
        #expect(Activation.sigmoid(-700) > 0)             // e^−700 ≈ 1e−304 is still a normal double
        #expect(Activation.softplus(1000) == 1000)
        #expect(Activation.softplus(-1000) == 0)
        let p = Activation.softmax([1000, 1000, 0])
        #expect(abs(p[0] - 0.5) < 1e-15 && abs(p[1] - 0.5) < 1e-15 && p[2] == 0)
    }

    @Test func softmaxRowsAndBackpropagation() throws {
        let z = try Matrix([[1, 2, 3], [0, 0, 0]])
        let h = Activation.softmax.apply(z)
        #expect(abs(try h.sum(axis: 1).storage[0] - 1) < 1e-15)
        let e: [Double] = [exp(1.0), exp(2.0), exp(3.0)]
        let total = e[0] + e[1] + e[2]
        let third = 1.0 / 3
        let expected = Matrix(rows: 2, columns: 3, storage: [e[0] / total, e[1] / total, e[2] / total, third, third, third])
        #expect(h.isApproximatelyEqual(to: expected, tolerance: 1e-15))
        // ∂(Σ_k g_k h_k)/∂z_j by central differences on the first row, against the Jacobian-vector product.
        let g = [0.3, -1.2, 0.5]
        let analytic = Activation.softmax.backpropagate(Matrix(row: g), preActivation: try z.row(0), activation: try h.row(0))
        for j in 0..<3 {
            var plus = [1.0, 2, 3], minus = [1.0, 2, 3]
            plus[j] += 1e-6
            minus[j] -= 1e-6
            let f = { (v: [Double]) in zip(Activation.softmax(v), g).reduce(0) { $0 + $1.0 * $1.1 } }
            #expect(abs((f(plus) - f(minus)) / 2e-6 - analytic.storage[j]) < 1e-9)
        }
    }
}
