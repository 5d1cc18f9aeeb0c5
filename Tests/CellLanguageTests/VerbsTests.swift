import Display
import Foundation
import NumericCore
import Testing
@testable import CellLanguage

/// The network verbs through cells, with numbers from the lectures or derived by hand.
@Suite("Network verbs") struct VerbsTests {
    /// Huang's one-iteration worked example: x = [1, 1], t = 0, W¹ = [[1,1],[1,1]], b¹ = 0,
    /// W² = [1 1]ᵀ, b² = 0, ReLU then linear, J = (t − ŷ)², η = 0.1.
    @Test func huangsWorkedExample() {
        let kernel = Kernel()
        kernel.run("""
        let net = Network(layers: [Layer(weights: [[1, 1], [1, 1]], bias: [0, 0], activation: .relu),
                                   Layer(weights: [[1], [1]], bias: 0, activation: .linear)])
        let x: Matrix = [[1, 1]]
        let t: Matrix = [[0]]
        """)
        #expect(kernel.output("forward(net, x).preActivations[0]") == "2  2")
        #expect(kernel.output("forward(net, x).output") == "4")
        kernel.run("let g = backward(net, inputs: x, targets: t, loss: .sumSquared)")
        #expect(kernel.output("g.sensitivities[1]") == "8")
        #expect(kernel.output("g.sensitivities[0]") == "8  8")
        kernel.run("let next = step(net, inputs: x, targets: t, loss: .sumSquared, learningRate: 0.1)")
        #expect(kernel.output("next.layers[0].weights") == "0.2  0.2\n0.2  0.2")
        #expect(kernel.output("next.layers[0].bias") == "-0.8  -0.8")
        #expect(kernel.output("next.layers[1].weights") == "-0.6\n-0.6")
        #expect(kernel.output("next.layers[1].bias") == "-0.8")
        // The same update from the gradients object.
        #expect(kernel.output("step(net, g, learningRate: 0.1).layers[1].bias") == "-0.8")
        #expect(kernel.output("g").hasPrefix("J = 16 (.sumSquared)"))
    }

    /// Goodfellow/Moon's ReLU net: W = [[1,1],[1,1]], c = [0, −1], w = [1, −2], b = 0 gives XOR.
    /// σ(0) = ½, σ′(0) = ¼; relu(−3) = 0, relu′(2) = 1; hardLimit(0) = 1, slope 0; softplus(0) = ln 2,
    /// softplus′(0) = σ(0) = ½: worked by hand, on a number, a matrix and a dual number.
    @Test("Each activation with a function of its own is a cell function, differentiated by its rule", arguments: [
        ("sigmoid", 0.0, "0.5", "0.5 + 0.25ε"), ("relu", -3, "0", "0 + 0ε"), ("relu", 2, "2", "2 + 1ε"),
        ("hardLimit", 0, "1", "1 + 0ε"), ("softplus", 0, "0.693147", "0.693147 + 0.5ε"),
    ])
    func activationFunctions(name: String, z: Double, value: String, dual: String) {
        let kernel = Kernel()
        #expect(kernel.output("\(name)(\(z))") == value)
        #expect(kernel.output("\(name)([[\(z), \(z)]])") == "\(value)  \(value)")
        #expect(kernel.output("\(name)(Dual(\(z), derivative: 1))") == dual)
        #expect(kernel.output("reverseDerivative(of: { x in \(name)(x) }, at: \(z)).derivative")
                == String(dual.split(separator: " ").last!.dropLast()))
        #expect(Activation.allCases.compactMap(\.functionName).contains(name))
    }

    @Test func reluXORByHand() {
        let kernel = Kernel()
        kernel.run("""
        var net = Network(sizes: [2, 2, 1], activations: [.relu, .linear])
        net.layers[0].weights = [[1, 1], [1, 1]]
        net.layers[0].bias = [0, -1]
        net.layers[1].weights = [[1], [-2]]
        net.layers[1].bias = 0
        """)
        #expect(kernel.output("predict(net, Dataset.xor())") == "0\n1\n1\n0")
        #expect(kernel.output("net.forward(Dataset.xor().inputs).activations[0]") == "0  0\n1  0\n1  0\n2  1")
        let table = kernel.output("forward(net, [[1, 1]])")
        #expect(table.contains("layer 1: z = x·W + b, h = ReLU(z)\nx₁  x₂  z₁  z₂  h₁  h₂"))
    }

    /// Lecture 13's sigmoid construction approaches the truth table as a and b grow.
    @Test func lecture13SigmoidNet() {
        let kernel = Kernel()
        kernel.run("""
        let a = 20.0, b = 20.0
        let net = Network(layers: [Layer(weights: [[a, -a], [-a, a]], bias: [-a / 2, -a / 2], activation: .sigmoid),
                                   Layer(weights: [[b], [b]], bias: -b / 2, activation: .sigmoid)])
        let y = predict(net, Dataset.xor())
        """)
        #expect(kernel.output("expect(y, closeTo: [[0], [1], [1], [0]], tolerance: 1e-3)") == "")
    }

    /// Huang's hard-threshold net (HardLimit(0) = 1) and the perceptron on AND and XOR.
    @Test func hardThresholdAndPerceptron() {
        let kernel = Kernel()
        kernel.run("""
        let net = Network(layers: [Layer(weights: [[1, -1], [-1, 1]], bias: [-0.5, -0.5], activation: .hardLimit),
                                   Layer(weights: [[1], [1]], bias: -0.5, activation: .step)])
        """)
        #expect(kernel.output("predict(net, .xor())") == "0\n1\n1\n0")
        #expect(kernel.output("hardLimit(0)") == "1")
        #expect(kernel.output("perceptron(.and()).converged") == "true")
        #expect(kernel.output("perceptron(Dataset.xor(), maxEpochs: 50).converged") == "false")
    }

    /// The least-squares fit to XOR is w = 0, b = ½ (Moon slides), with mean squared error ¼.
    @Test func leastSquaresOnXOR() {
        let kernel = Kernel()
        kernel.run("let fit = leastSquares(Dataset.xor())")
        #expect(kernel.output("fit.bias") == "0.5")
        #expect(kernel.output("fit.weights.map { abs($0) < 1e-12 ? 0 : 1 }") == "0\n0")
        #expect(kernel.output("fit.meanSquaredError") == "0.25")
    }

    @Test func activationsAndLosses() {
        #expect(output("sigmoid(0)") == "0.5")
        #expect(output("relu([[-1, 2]])") == "0  2")
        #expect(output("relu(-3)") == "0")
        #expect(output("derivative(of: .relu, at: 0)") == "0")
        #expect(output("derivative(of: .sigmoid, at: 0)") == "0.25")
        #expect(output("derivative(of: .tanh, at: 0)") == "1")
        #expect(output("softplus(0)") == "0.693147")
        #expect(output("softmax([0, 0])") == "[0.5, 0.5]")
        // ½Σ(y−t)², Σ(y−t)², (1/N)Σ(y−t)² on y = [1, 2], t = [0, 0] (one example).
        #expect(output("loss(.halfSumSquared, outputs: [[1, 2]], targets: [[0, 0]])") == "2.5")
        #expect(output("loss(.sumSquared, outputs: [[1, 2]], targets: [[0, 0]])") == "5")
        #expect(output("loss(.meanSquared, outputs: [[1, 2]], targets: [[0, 0]])") == "5")
        #expect(output("loss(.l1, outputs: [[1, -2]], targets: [[0, 0]])") == "3")
        // Huber with δ = 1 on r = 3: δ(|r| − δ/2) = 2.5.
        #expect(output("loss(.huber(delta: 1), outputs: [[3]], targets: [[0]])") == "2.5")
        #expect(output("penalty(.l2(0.5), [[1, 2]])") == "1.25")
        #expect(output("Matrix([[1, 2], [3, 4]]).sum(axis: 0)") == "4  6")
        #expect(output("Matrix([[1, 2], [3, 4]]).mean(axis: 1)") == "1.5\n3.5")
    }

    @Test func gradientCheckPassesAndReportsTheWorst() {
        let kernel = Kernel()
        kernel.run("let net = Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], seed: 7)")
        #expect(kernel.output("gradientCheck(net, on: .xor(), loss: .binaryCrossEntropy).passed") == "true")
        let text = kernel.output("gradientCheck(net, Dataset.xor().inputs, [0, 1, 1, 0], loss: .halfSumSquared, regularization: .l2(0.1))")
        #expect(text.contains("parameter  ") && text.contains("W²[2,0]") && text.contains("passed (tolerance 1e-07"))
        // A closure's claimed gradient: ∂(x₀²x₁)/∂x = (2·3·2, 3²) = (12, 9) at (3, 2); d(x²)/dx = 6, not 3, at 3.
        #expect(kernel.output("gradcheck({ x in x[0] * x[0] * x[1] }, analytic: [12, 9], at: [3, 2]).passed") == "true")
        #expect(kernel.output("gradcheck({ x in x[0] * x[0] }, analytic: [3], at: [3]).passed") == "false")
    }

    @Test func trainingLearnsXORReproducibly() {
        let kernel = Kernel()
        kernel.run("""
        let net = Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 1)
        let run = train(net, on: Dataset.xor(), loss: .meanSquared, learningRate: 2, epochs: 4000, seed: 1)
        """)
        #expect(kernel.output("accuracy(run.network, on: .xor())") == "1")
        let again = Kernel()
        again.run("""
        let net = Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 1)
        let run = train(net, on: Dataset.xor(), loss: .meanSquared, learningRate: 2, epochs: 4000, seed: 1)
        """)
        #expect(kernel.output("run.finalLoss") == again.output("run.finalLoss"))
        let display = kernel.run("run").blocks
        #expect(display.count == 2)
        if case .plot = display[1] {} else { Issue.record("the history should display its loss curve") }
        #expect(kernel.output("train(net, on: .xor, loss: .meanSquared, learningRate: 1, epochs: 10, batch: .miniBatch(2)).epochs") == "10")
        #expect(kernel.output("train(net, on: .xor, loss: .sumSquared, learningRate: 0.5, epochs: 10, batch: .stochastic, regularization: .l2(0.01)).epochs") == "10")
    }

    @Test func divergenceNamesTheEpoch() {
        let message = failure("""
        let net = Network(sizes: [2, 2, 1], activations: [.relu, .linear], seed: 1)
        train(net, inputs: [[1, 1], [2, 3]], targets: [[1e200], [3e200]], loss: .sumSquared, learningRate: 10, epochs: 10)
        """)
        #expect(message.contains("training diverged at epoch"))
    }

    @Test func datasets() {
        let kernel = Kernel()
        #expect(kernel.output("Dataset.parity(bits: 3).count") == "8")
        #expect(kernel.output("Dataset.parity(bits: 3).targets.sum()") == "4")
        #expect(kernel.output("oneHot([0, 2], classes: 3)") == "1  0  0\n0  0  1")
        kernel.run("let d = Dataset(inputs: [[0], [1], [2], [3], [4]], labels: [0, 1, 0, 1, 1])")
        #expect(kernel.output("d.targets.shape") == "(5, 2)")
        kernel.run("let (a, b) = d.split(trainingFraction: 0.6)")
        #expect(kernel.output("a.count + b.count") == "5")
        #expect(kernel.output("a.count") == "3")
        #expect(kernel.output("d.batches(size: 2).count") == "3")
        #expect(kernel.output("d.shuffled().inputs.sum()") == "10")
        #expect(kernel.output("Dataset.truthTable(bits: 2) { b in b[0] * b[1] }.targets.sum()") == "1")
    }

    @Test func csvResolvesAgainstTheNotebookFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-verbs-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try "0,0,0\n1,1,1\n".write(to: folder.appendingPathComponent("data/tiny.csv"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let kernel = Kernel()
        kernel.session.baseDirectory = folder.path
        #expect(kernel.output("Dataset.csv(\"data/tiny.csv\").count") == "2")
        #expect(kernel.error("Dataset.csv(\"data/none.csv\")").hasPrefix("10:15: no CSV file at 'data/none.csv'"))
    }

    @Test func errorsSayWhatWasExpected() {
        let kernel = Kernel()
        kernel.run("let net = Network(sizes: [2, 2, 1], activations: [.relu, .linear], seed: 1)")
        #expect(kernel.error("net.layers[0].weights = [[1, 2, 3]]")
                == "10:17: net.layers[0].weights must stay 2×2 (inputs × outputs), found 1×3")
        #expect(kernel.error("net.layers[1].weights = [[1, 2]]").contains("must stay 2×1 (inputs × outputs), found 1×2; rows are inputs here"))
        #expect(kernel.error("net.layers[0].bias = [1, 2, 3]").contains("bias must be a 1×2 row"))
        #expect(kernel.error("forward(net, [[1, 2, 3]])").contains("the network takes 2 inputs per row, but the inputs are 1×3"))
        #expect(kernel.error("Network(sizes: [2, 1], activations: [.sigmod])")
                .hasSuffix("unknown activation '.sigmod'; did you mean '.sigmoid'? (activations: .sigmoid, .tanh, .relu, .step, .linear, .softplus, .softmax)"))
        #expect(kernel.error("train(net, on: .xor, loss: .meanSqared, learningRate: 1, epochs: 1)").contains("did you mean '.meanSquared'?"))
        #expect(kernel.error("train(net, on: 3, loss: .meanSquared, learningRate: 1, epochs: 1)")
                == "10:18: expected a Dataset (such as Dataset.xor()) for argument 'on:' of train(_:on:loss:learningRate:epochs:batch:regularization:seed:), found Int 3")
        #expect(kernel.error("backward(net, inputs: [[1, 1]], targets: [[1, 2]], loss: .sumSquared)").contains("targets must be 1×1 like the outputs"))
        #expect(kernel.error("forward(3, [[1, 1]])").contains("expected a Network for argument 1"))
        #expect(kernel.error("loss(.softmaxCrossEntropy, outputs: [[1]], targets: [[1, 0]])").contains("1×1") )
        #expect(kernel.error("Dataset.xr()").contains("type 'Dataset' has no member 'xr'"))
        #expect(kernel.error("net.layer").contains("did you mean 'layers'?"))
    }

    @Test func heatMapOfANet() {
        let kernel = Kernel()
        kernel.run("let net = Network(layers: [Layer(weights: [[1], [0]], bias: 0, activation: .linear)])")
        let blocks = kernel.run("heatMap(net, x: 0...1, y: 0...1, points: .xor(), resolution: 4)").blocks
        guard case .plot(let plot)? = blocks.first, case .heatMap(let map) = plot.content else {
            Issue.record("expected a heat map, found \(blocks)")
            return
        }
        // f(x, y) = x sampled at the cell centres 1/8, 3/8, 5/8, 7/8, bottom row first.
        #expect(map.values[0] == [0.125, 0.375, 0.625, 0.875])
        #expect(map.points.count == 4)
        #expect(kernel.error("heatMap(net, x: 1...0, y: 0...1)").contains("lower bound ≤ upper bound"))
    }
}
