import Foundation
import Testing
@testable import NumericCore

/// The data folder of the repository, found from this file's path.
let dataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("notebooks/data")

@Suite("Training")
struct TrainingTests {
    @Test func sigmoidNetLearnsXOR() throws {
        let xor = Dataset.xor()
        let net = try Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 1)
        let run = try net.train(on: xor, loss: .meanSquared, learningRate: 2, epochs: 5000)
        #expect(try run.network.predictClasses(xor.inputs) == [0, 1, 1, 0])
        #expect(run.losses.count == 5000)
        #expect(run.finalLoss < 0.01)
        #expect(run.losses.last! < run.losses.first!)
    }

    @Test func fullBatchHistoryIsTheLossBeforeEachUpdate() throws {
        let xor = Dataset.xor()
        let net = try Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], seed: 4)
        let run = try net.train(on: xor, loss: .halfSumSquared, learningRate: 0.5, epochs: 2,
                                regularization: .l2(0.01))
        #expect(run.losses[0] == (try net.loss(inputs: xor.inputs, targets: xor.targets, loss: .halfSumSquared,
                                               regularization: .l2(0.01))))
        // Two epochs of full-batch training are two steps.
        var manual = net
        for _ in 0..<2 {
            manual = try manual.step(inputs: xor.inputs, targets: xor.targets, loss: .halfSumSquared,
                                     learningRate: 0.5, regularization: .l2(0.01))
        }
        for (a, b) in zip(manual.layers, run.network.layers) {
            #expect(a.weights.isApproximatelyEqual(to: b.weights, tolerance: 1e-14))
            #expect(a.bias.isApproximatelyEqual(to: b.bias, tolerance: 1e-14))
        }
    }

    @Test func trainingIsBitForBitReproducible() throws {
        let data = try Dataset.checkedParity(bits: 3)
        func run() throws -> TrainingHistory {
            let net = try Network(sizes: [3, 6, 1], activations: [.tanh, .sigmoid], seed: 9)
            return try net.train(on: data, loss: .binaryCrossEntropy, learningRate: 0.3, epochs: 200,
                                 batch: .miniBatch(3), seed: 17)
        }
        #expect(try run() == run())
    }

    @Test func stochasticMatchesOneStepPerShuffledExample() throws {
        let data = Dataset.or()
        let net = try Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 2)
        let run = try net.train(on: data, loss: .sumSquared, learningRate: 0.1, epochs: 1, batch: .stochastic, seed: 5)
        var generator = SeededGenerator(seed: 5)
        var manual = net
        var total = 0.0
        for example in generator.permutation(4) {
            let x = try data.inputs.row(example), t = try data.targets.row(example)
            total += try manual.loss(inputs: x, targets: t, loss: .sumSquared)
            manual = try manual.step(inputs: x, targets: t, loss: .sumSquared, learningRate: 0.1)
        }
        #expect(abs(run.losses[0] - total) < 1e-14)
        #expect(manual.layers[1].weights.isApproximatelyEqual(to: run.network.layers[1].weights, tolerance: 1e-14))
    }

    @Test func largeLayersStepInsideBLASAsTheManualStepDoes() throws {
        // 48 rows × 40 inputs × 30 units is over the BLAS threshold, so train folds −η·hᵀδ into W
        // with one dgemm; the step must still be θ − η·∂J/∂θ computed by the separate backward.
        #expect(48 * 40 * 30 > Matrix.blasThreshold)
        var generator = SeededGenerator(seed: 21)
        let x = randomMatrix(96, 40, &generator)
        var t = Matrix(rows: 96, columns: 3)
        for row in 0..<96 { t[row, generator.nextInt(below: 3)] = 1 }
        let net = try Network(sizes: [40, 30, 3], activations: [.relu, .softmax], seed: 3)
        let run = try net.train(inputs: x, targets: t, loss: .softmaxCrossEntropy, learningRate: 0.2, epochs: 1,
                                batch: .miniBatch(48), seed: 8)
        var manual = net
        var shuffler = SeededGenerator(seed: 8)
        let order = shuffler.permutation(96)
        for start in stride(from: 0, to: 96, by: 48) {
            let rows = Array(order[start..<start + 48])
            let xb = try Matrix(rows.map { try x.row($0).storage }), tb = try Matrix(rows.map { try t.row($0).storage })
            manual = try manual.step(inputs: xb, targets: tb, loss: .softmaxCrossEntropy, learningRate: 0.2)
        }
        for (a, b) in zip(manual.layers, run.network.layers) {
            #expect(a.weights.isApproximatelyEqual(to: b.weights, tolerance: 1e-12))
            #expect(a.bias.isApproximatelyEqual(to: b.bias, tolerance: 1e-12))
        }
        #expect(!manual.layers[0].weights.isApproximatelyEqual(to: net.layers[0].weights, tolerance: 1e-6))
    }

    @Test func reluPassesTheGradientOnlyWhereTheUnitIsOn() {
        // 19 entries: two blocks of eight and a tail; NaN and −0 count as off, as ReLU′ is 0 there.
        let h: [Double] = [1, 0, -1, 2, .nan, -0.0, 3, 0.5, 0, 0, 7, -2, 1e-300, -1e-300, 4, 4, 0, 9, .infinity]
        var g = (0..<19).map { Double($0) + 1 }
        let expected = zip(h, g).map { $0 > 0 ? $1 : 0 }
        g.withUnsafeMutableBufferPointer { g in
            h.withUnsafeBufferPointer { Activation.zeroWhereOff(g.baseAddress!, $0.baseAddress!, count: 19) }
        }
        #expect(g == expected)
        #expect(g.filter { $0 != 0 }.count == 10)
    }

    @Test func divergenceIsAnErrorNamingTheEpoch() throws {
        let data = try Dataset(inputs: Matrix(column: [100, 200]), targets: Matrix(column: [1, 2]))
        let net = try Network(sizes: [1, 1], activations: [.linear], seed: 1)
        do {
            _ = try net.train(on: data, loss: .sumSquared, learningRate: 1, epochs: 1000)
            Issue.record("expected divergence")
        } catch let error as NetworkError {
            #expect("\(error)".hasPrefix("training diverged at epoch "))
        }
    }

    @Test func progressIsReportedAndCanStopARun() throws {
        struct Stop: Error {}
        let net = try Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 1)
        var seen: [Int] = []
        #expect(throws: Stop.self) {
            _ = try net.train(on: .xor(), loss: .meanSquared, learningRate: 1, epochs: 100) { progress in
                seen.append(progress.epoch)
                if progress.epoch == 10 { throw Stop() }
            }
        }
        #expect(seen == Array(1...10))
    }

    @Test func shapeErrorsAreClear() throws {
        let net = try Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 1)
        #expect(throws: NetworkError.inputShape(expectedColumns: 2, found: (1, 3))) {
            try net.forward(Matrix(row: [1, 2, 3]))
        }
        var broken = net
        broken.layers[1].weights = Matrix(rows: 3, columns: 1)
        #expect(throws: NetworkError.self) { try broken.forward(Matrix(row: [1, 2])) }
        #expect(throws: NetworkError.self) {
            try net.train(on: .xor(), loss: .softmaxCrossEntropy, learningRate: 1, epochs: 1)
        }
    }

    @Test func digitsReachNinetyFivePercent() throws {
        let digits = try Dataset.csv(path: dataFolder.appendingPathComponent("digits.csv").path).scalingInputs(by: 1.0 / 16)
        var generator = SeededGenerator(seed: 2024)
        let (training, test) = try digits.split(trainingFraction: 0.8, using: &generator)
        let net = try Network(sizes: [64, 32, 10], activations: [.relu, .softmax], generator: &generator)
        let run = try net.train(on: training, loss: .softmaxCrossEntropy, learningRate: 0.2, epochs: 30,
                                batch: .miniBatch(32), generator: &generator)
        let accuracy = try run.network.accuracy(on: test)
        #expect(accuracy >= 0.95, "test accuracy \(accuracy)")
        let confusion = try run.network.confusionMatrix(on: test)
        #expect(confusion.counts.sum() == Double(test.count))
        #expect(abs(confusion.accuracy - accuracy) < 1e-15)
    }
}
