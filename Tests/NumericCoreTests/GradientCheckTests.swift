import Foundation
import Testing
@testable import NumericCore

@Suite("Gradient check")
struct GradientCheckTests {
    /// A seeded 3-4-3 net, a batch of 5 rows and targets that suit `loss`.
    func problem(hidden: Activation, output: Activation, loss: Loss, seed: UInt64)
        throws -> (Network, Matrix, Matrix) {
        var generator = SeededGenerator(seed: seed)
        var net = try Network(sizes: [3, 4, 3], activations: [hidden, output], generator: &generator)
        for index in net.layers.indices {
            net.layers[index].bias = net.layers[index].bias.map { _ in generator.nextDouble(in: -0.5, 0.5) }
        }
        let inputs = randomMatrix(5, 3, &generator)
        var targets = Matrix(rows: 5, columns: 3)
        for row in 0..<5 {
            switch loss {
            case .softmaxCrossEntropy: targets[row, generator.nextInt(below: 3)] = 1
            case .binaryCrossEntropy: for column in 0..<3 { targets[row, column] = Double(generator.nextInt(below: 2)) }
            default: for column in 0..<3 { targets[row, column] = generator.nextDouble(in: -1, 1) }
            }
        }
        return (net, inputs, targets)
    }

    static let differentiable: [Activation] = [.sigmoid, .tanh, .relu, .linear, .softplus]
    static let regressionLosses: [Loss] = [.halfSumSquared, .sumSquared, .meanSquared, .l1, .huber(delta: 0.5)]

    @Test(arguments: differentiable)
    func regressionLossesPass(hidden: Activation) throws {
        for output in Self.differentiable + [.softmax] {
            for (index, loss) in Self.regressionLosses.enumerated() {
                let (net, x, t) = try problem(hidden: hidden, output: output, loss: loss, seed: UInt64(index + 11))
                let report = try net.gradientCheck(inputs: x, targets: t, loss: loss)
                #expect(report.passed, "\(hidden)/\(output)/\(loss): worst \(String(describing: report.worst))")
                #expect(report.entries.count == net.parameterCount)
            }
        }
    }

    @Test(arguments: differentiable)
    func crossEntropiesPass(hidden: Activation) throws {
        for (loss, output) in [(Loss.softmaxCrossEntropy, Activation.softmax), (.binaryCrossEntropy, .sigmoid)] {
            let (net, x, t) = try problem(hidden: hidden, output: output, loss: loss, seed: 5)
            let report = try net.gradientCheck(inputs: x, targets: t, loss: loss, regularization: Regularization(l2: 0.1, l1: 0.05))
            #expect(report.passed, "\(hidden)/\(loss): worst \(String(describing: report.worst))")
        }
    }

    @Test func failsWithAWrongDerivative() throws {
        let (net, x, t) = try problem(hidden: .sigmoid, output: .linear, loss: .halfSumSquared, seed: 3)
        // Backpropagate through the sigmoid layer with tanh's derivative 1 − h² instead of h(1 − h).
        let report = try net.gradientCheck(inputs: x, targets: t, loss: .halfSumSquared, regularization: .none,
                                           epsilon: 1e-5, tolerance: GradientCheckReport.defaultTolerance,
                                           derivativeActivations: [.tanh, .linear])
        #expect(!report.passed)
        #expect(report.worstEntry!.layer == 0)
        // The output layer's gradients do not involve the wrong derivative and still pass.
        #expect(report.entries.filter { $0.layer == 1 }.allSatisfy { $0.relativeError < report.tolerance })
    }

    @Test func plainFunction() throws {
        // J = cos(sin(x²) + 3x²) (Gormley §1.3): dJ/dx = −sin(u)(cos(x²) + 3)·2x.
        let f = { (v: [Double]) in cos(sin(v[0] * v[0]) + 3 * v[0] * v[0]) * v[1] }
        let grad = { (v: [Double]) -> [Double] in
            let x = v[0], u = sin(x * x) + 3 * x * x
            return [-sin(u) * (cos(x * x) + 3) * 2 * x * v[1], cos(u)]
        }
        #expect(gradcheck(f, analytic: grad([0.7, 1.3]), at: [0.7, 1.3]).passed)
        let wrong = [grad([0.7, 1.3])[0] * 1.001, grad([0.7, 1.3])[1]]
        let report = gradcheck(f, analytic: wrong, at: [0.7, 1.3])
        #expect(!report.passed && report.rows.max { $0.relativeError < $1.relativeError }?.input == 0)
    }
}
