import Foundation
import Testing
@testable import NumericCore

@Suite("Losses and regularization")
struct LossTests {
    let y = Matrix(rows: 2, columns: 2, storage: [0.2, 0.9, 0.6, 0.1])
    let t = Matrix(rows: 2, columns: 2, storage: [0, 1, 1, 0])

    @Test func valuesFollowEachLecturesForm() throws {
        // Residuals r = y − t: 0.2, −0.1, −0.4, 0.1; Σr² = 0.22.
        #expect(abs(try Loss.halfSumSquared.value(outputs: y, targets: t) - 0.11) < 1e-15)
        #expect(abs(try Loss.sumSquared.value(outputs: y, targets: t) - 0.22) < 1e-15)
        #expect(abs(try Loss.meanSquared.value(outputs: y, targets: t) - 0.11) < 1e-15)   // 0.22 / 2 examples
        #expect(abs(try Loss.l1.value(outputs: y, targets: t) - 0.4) < 1e-15)            // 0.8 / 2
        // Huber δ = 0.3: ½(0.04 + 0.01 + 0.01) + 0.3(0.4 − 0.15) = 0.03 + 0.075, over 2 examples.
        #expect(abs(try Loss.huber(delta: 0.3).value(outputs: y, targets: t) - 0.0525) < 1e-15)
        let bce = -(log(0.8) + log(0.9) + log(0.6) + log(0.9)) / 2
        #expect(abs(try Loss.binaryCrossEntropy.value(outputs: y, targets: t) - bce) < 1e-14)
        #expect(abs(try Loss.softmaxCrossEntropy.value(outputs: y, targets: t) - (-(log(0.9) + log(0.6)) / 2)) < 1e-14)
    }

    @Test func gradientsMatchCentralDifferences() throws {
        for loss in [Loss.halfSumSquared, .sumSquared, .meanSquared, .binaryCrossEntropy, .softmaxCrossEntropy,
                     .l1, .huber(delta: 0.3)] {
            let analytic = try loss.gradient(outputs: y, targets: t)
            for index in 0..<y.count {
                var plus = y, minus = y
                plus.storage[index] += 1e-7
                minus.storage[index] -= 1e-7
                let numeric = (try loss.value(outputs: plus, targets: t) - loss.value(outputs: minus, targets: t)) / 2e-7
                #expect(abs(numeric - analytic.storage[index]) < 1e-6, "\(loss) entry \(index)")
            }
        }
    }

    @Test func softmaxCrossEntropyFromLogitsIsStable() throws {
        let logits = try Matrix([[1000, 0, -1000]])
        #expect(try Loss.softmaxCrossEntropy(logits: logits, targets: Matrix(row: [1, 0, 0])) == 0)
        #expect(abs(try Loss.softmaxCrossEntropy(logits: logits, targets: Matrix(row: [0, 1, 0])) - 1000) < 1e-9)
        #expect(abs(try Loss.softmaxCrossEntropy(logits: Matrix(row: [0, 0]), targets: Matrix(row: [1, 0])) - log(2)) < 1e-15)
    }

    @Test func shapeMismatchNamesBothShapes() {
        #expect(throws: MatrixError.self) { try Loss.meanSquared.value(outputs: y, targets: Matrix(row: [1])) }
    }

    @Test func regularizationFollowsGrosse() throws {
        let w = try Matrix([[3, -4]])
        // R = (λ/2)Σw² with λ = 0.1: 0.05 · 25; L1 μΣ|w| with μ = 0.5: 3.5.
        #expect(abs(Regularization.l2(0.1).penalty(w) - 1.25) < 1e-15)
        #expect(Regularization.l2(0.1).gradient(w).isApproximatelyEqual(to: Matrix(row: [0.3, -0.4]), tolerance: 1e-15))
        #expect(Regularization.l1(0.5).penalty(w) == 3.5)
        #expect(Regularization.l1(0.5).gradient(w) == Matrix(row: [0.5, -0.5]))
    }

    /// Grosse Lecture 5 §2.4: L_reg = ½(σ(wx + b) − t)² + (λ/2)w², backprop gives z̄ = (y − t)σ′(z),
    /// w̄ = z̄x + λw, b̄ = z̄; checked in closed form and by finite differences.
    @Test func grosseRegularizedExample() throws {
        let w = 0.5, b = -0.3, x = 2.0, t = 1.0, lambda = 0.1
        let net = Network(layers: [try Layer(weights: [[w]], bias: [b], activation: .sigmoid)])
        let g = try net.gradients(inputs: Matrix(row: [x]), targets: Matrix(row: [t]), loss: .halfSumSquared,
                                  regularization: .l2(lambda))
        let z = w * x + b, y = 1 / (1 + exp(-z))
        let zBar = (y - t) * y * (1 - y)
        #expect(abs(g.sensitivities[0].storage[0] - zBar) < 1e-15)
        #expect(abs(g.weightGradients[0].storage[0] - (zBar * x + lambda * w)) < 1e-15)
        #expect(abs(g.biasGradients[0].storage[0] - zBar) < 1e-15)
        #expect(abs(g.objective - (0.5 * (y - t) * (y - t) + lambda / 2 * w * w)) < 1e-15)
        let objective = { (p: [Double]) in
            let y = 1 / (1 + exp(-(p[0] * x + p[1])))
            return 0.5 * (y - t) * (y - t) + lambda / 2 * p[0] * p[0]
        }
        let h = 1e-6
        #expect(abs((objective([w + h, b]) - objective([w - h, b])) / (2 * h) - g.weightGradients[0].storage[0]) < 1e-9)
        #expect(abs((objective([w, b + h]) - objective([w, b - h])) / (2 * h) - g.biasGradients[0].storage[0]) < 1e-9)
    }
}
