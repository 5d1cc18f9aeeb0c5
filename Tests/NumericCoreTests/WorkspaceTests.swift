import Foundation
import Testing
@testable import NumericCore

/// The forward pass's two BLAS forms and the softmax statistics it hands to cross-entropy.
@Suite("Workspace")
struct WorkspaceTests {
    /// z = x·W + b and h = ReLU(z), summed by hand in k order.
    private func reference(_ x: Matrix, _ layer: Layer) -> (z: Matrix, h: Matrix) {
        var z = Matrix(rows: x.rows, columns: layer.weights.columns)
        for r in 0..<x.rows {
            for j in 0..<z.columns {
                var sum = 0.0
                for k in 0..<x.columns { sum += x[r, k] * layer.weights[k, j] }
                z[r, j] = sum + layer.bias[0, j]
            }
        }
        return (z, Matrix(rows: z.rows, columns: z.columns, storage: z.storage.map { Swift.max($0, 0) }))
    }

    static let forms: [LargeLayerForm] = [.direct, .transposedProduct, .transposedWeights]

    @Test(arguments: forms) func largeLayersForwardTheSameInEveryForm(form: LargeLayerForm) throws {
        // 45 rows × 40 inputs × 30 units is over the BLAS threshold; 30 columns leave a tail after the
        // transpose's blocks of eight, 45 rows an odd count. Every form must give x·W + b, and the
        // network read back must be the one loaded, whatever layout the weights were stored in.
        #expect(45 * 40 * 30 > Matrix.blasThreshold)
        var generator = SeededGenerator(seed: 5)
        let x = randomMatrix(45, 40, &generator)
        var net = try Network(sizes: [40, 30, 3], activations: [.relu, .softmax], seed: 2)
        net.layers[0].bias = randomMatrix(1, 30, &generator)
        let expected = reference(x, net.layers[0])
        let workspace = Workspace(net, capacity: 45, form: form)
        #expect(workspace.plans[0].storesTransposed == (form == .transposedWeights && hasBLAS))
        net.run(x, in: workspace)
        #expect(workspace.preActivation(0, rows: 45).isApproximatelyEqual(to: expected.z, tolerance: 1e-13))
        #expect(workspace.output(0, rows: 45).isApproximatelyEqual(to: expected.h, tolerance: 1e-13))
        #expect(workspace.network() == net)
    }

    @Test(arguments: forms) func largeLayersPassTheGradientCheckInEveryForm(form: LargeLayerForm) throws {
        // Central differences perturb W[row, column] where the form keeps it; an L2 penalty adds its
        // gradient entry by entry in the same layout.
        var generator = SeededGenerator(seed: 13)
        let net = try Network(sizes: [40, 30, 4], activations: [.tanh, .softmax], seed: 6)
        let x = randomMatrix(45, 40, &generator)
        var t = Matrix(rows: 45, columns: 4)
        for row in 0..<45 { t[row, generator.nextInt(below: 4)] = 1 }
        let report = try net.gradientCheck(inputs: x, targets: t, loss: .softmaxCrossEntropy,
                                           regularization: .l2(0.01), epsilon: 1e-6, tolerance: 1e-6,
                                           derivativeActivations: nil, form: form)
        #expect(report.passed, "worst: \(String(describing: report.worst))")
        #expect(report.entries.count == 40 * 30 + 30 + 30 * 4 + 4)
    }

    @Test(arguments: forms) func theFusedStepIsTheManualStepInEveryForm(form: LargeLayerForm) throws {
        // backward(updating:) folds −η·∂J/∂W into one dgemm per large layer; the result must be the
        // separate gradient's step. Then 3 rows, as a partial last mini-batch: a small call on layers
        // stored for large ones (through Wᵀ in the transposed-weights form), stepped entry by entry.
        var generator = SeededGenerator(seed: 17)
        var manual = try Network(sizes: [40, 30, 3], activations: [.relu, .softmax], seed: 7)
        let workspace = Workspace(manual, capacity: 48, form: form)
        for rows in [48, 3] {
            let x = randomMatrix(rows, 40, &generator)
            var t = Matrix(rows: rows, columns: 3)
            for row in 0..<rows { t[row, generator.nextInt(below: 3)] = 1 }
            x.storage.withUnsafeBufferPointer { x in
                t.storage.withUnsafeBufferPointer { t in
                    workspace.forward(x.baseAddress!, rows: rows)
                    _ = workspace.backward(x.baseAddress!, targets: t.baseAddress!, rows: rows,
                                           loss: .softmaxCrossEntropy, updating: 0.3)
                }
            }
            let before = manual
            manual = try manual.step(inputs: x, targets: t, loss: .softmaxCrossEntropy, learningRate: 0.3)
            for (a, b) in zip(manual.layers, workspace.network().layers) {
                #expect(a.weights.isApproximatelyEqual(to: b.weights, tolerance: 1e-12), "\(rows) rows")
                #expect(a.bias.isApproximatelyEqual(to: b.bias, tolerance: 1e-12), "\(rows) rows")
            }
            #expect(!manual.layers[0].weights.isApproximatelyEqual(to: before.layers[0].weights, tolerance: 1e-6))
        }
    }

    @Test func crossEntropyReusesTheForwardSoftmaxBitForBit() throws {
        // The loss from the training workspace (log Σ exp kept from the forward softmax) must be the
        // very number the direct formula gives from the logits, even for logits of several hundred, where
        // exp overflows unless the largest is subtracted first.
        var generator = SeededGenerator(seed: 9)
        var net = try Network(sizes: [6, 5, 4], activations: [.tanh, .softmax], seed: 4)
        net.layers[1].weights = randomMatrix(5, 4, &generator) * 2000
        let x = randomMatrix(7, 6, &generator)
        var t = Matrix(rows: 7, columns: 4)
        for row in 0..<7 { t[row, generator.nextInt(below: 4)] = 1 }
        let logits = try net.forward(x).preActivations[1]
        #expect(logits.storage.contains { Swift.abs($0) > 500 })
        let direct = try Loss.softmaxCrossEntropy(logits: logits, targets: t)
        #expect(direct.isFinite)
        #expect(try net.loss(inputs: x, targets: t, loss: .softmaxCrossEntropy) == direct)
    }
}
