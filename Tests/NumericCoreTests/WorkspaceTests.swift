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

    @Test func largeLayersForwardTheSameDirectOrTransposed() throws {
        // 45 rows × 40 inputs × 30 units is over the BLAS threshold; 30 columns leave a tail after the
        // transpose's blocks of eight, 45 rows an odd count. Both forms must give x·W + b.
        #expect(45 * 40 * 30 > Matrix.blasThreshold)
        var generator = SeededGenerator(seed: 5)
        let x = randomMatrix(45, 40, &generator)
        var net = try Network(sizes: [40, 30, 3], activations: [.relu, .softmax], seed: 2)
        net.layers[0].bias = randomMatrix(1, 30, &generator)
        let expected = reference(x, net.layers[0])
        for transposed in [false, true] {
            let workspace = Workspace(net, capacity: 45)
            workspace.transposesForward = transposed
            net.run(x, in: workspace)
            let z = workspace.preActivation(0, rows: 45), h = workspace.output(0, rows: 45)
            #expect(z.isApproximatelyEqual(to: expected.z, tolerance: 1e-13), "transposed: \(transposed)")
            #expect(h.isApproximatelyEqual(to: expected.h, tolerance: 1e-13), "transposed: \(transposed)")
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
