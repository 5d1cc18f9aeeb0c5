import Testing
@testable import NumericCore

/// Huang, "Neural Network" slides, eqs. (31)–(43): one SGD step on x = [1, 1], t = 0.
@Suite("Huang's worked example")
struct HuangWorkedExampleTests {
    func network() throws -> Network {
        var net = try Network(sizes: [2, 2, 1], activations: [.relu, .linear])
        net.layers[0].weights = try Matrix([[1, 1], [1, 1]])
        net.layers[1].weights = try Matrix([[1], [1]])   // Huang's w² = [1 1], transposed to inputs × outputs
        return net
    }

    @Test func forwardPass() throws {
        let trace = try network().forward(Matrix(row: [1, 1]))
        #expect(trace.preActivations[0] == Matrix(row: [2, 2]))     // n¹, eq. (32)
        #expect(trace.activations[0] == Matrix(row: [2, 2]))        // a¹, eq. (33)
        #expect(trace.preActivations[1] == Matrix(row: [4]))        // n², eq. (34)
        #expect(trace.output == Matrix(row: [4]))                   // ŷ, eq. (35)
    }

    @Test func backwardPass() throws {
        let net = try network()
        let trace = try net.forward(Matrix(row: [1, 1]))
        let gradients = try net.backward(trace, targets: Matrix(row: [0]), loss: .sumSquared)
        #expect(gradients.loss == 16)                                   // J = (0 − 4)²
        #expect(gradients.sensitivities[1] == Matrix(row: [8]))         // s², eq. (37)
        #expect(gradients.sensitivities[0] == Matrix(row: [8, 8]))      // s¹, eq. (39)
    }

    @Test func oneUpdate() throws {
        let updated = try network().step(inputs: Matrix(row: [1, 1]), targets: Matrix(row: [0]),
                                         loss: .sumSquared, learningRate: 0.1)
        let tolerance = 1e-12
        #expect(updated.layers[0].weights.isApproximatelyEqual(to: try Matrix([[0.2, 0.2], [0.2, 0.2]]), tolerance: tolerance))
        #expect(updated.layers[0].bias.isApproximatelyEqual(to: Matrix(row: [-0.8, -0.8]), tolerance: tolerance))
        #expect(updated.layers[1].weights.isApproximatelyEqual(to: Matrix(column: [-0.6, -0.6]), tolerance: tolerance))
        #expect(updated.layers[1].bias.isApproximatelyEqual(to: Matrix(row: [-0.8]), tolerance: tolerance))
    }
}

/// The XOR networks designed by hand in the lectures, run on the four inputs 00, 01, 10, 11.
@Suite("Hand-designed XOR networks")
struct HandDesignedXORTests {
    let inputs = Matrix(rows: 4, columns: 2, storage: [0, 0, 0, 1, 1, 0, 1, 1])
    let xor = Matrix(column: [0, 1, 1, 0])

    @Test func lecture13SigmoidNetWithLargeGains() throws {
        // h₁ = σ(a(x₁ − x₂ − ½)), h₂ = σ(a(−x₁ + x₂ − ½)), h₃ = σ(b(h₁ + h₂ − ½)).
        let a = 20.0, b = 20.0
        let net = Network(layers: [
            try Layer(weights: [[a, -a], [-a, a]], bias: [-a / 2, -a / 2], activation: .sigmoid),
            try Layer(weights: [[b], [b]], bias: [-b / 2], activation: .sigmoid),
        ])
        #expect(try net.predict(inputs).isApproximatelyEqual(to: xor, tolerance: 1e-3))
    }

    @Test func goodfellowReLUNet() throws {
        // Moon's slides (Goodfellow et al. §6.1): W = [[1,1],[1,1]], c = [0, −1], w = [1, −2], b = 0.
        let net = Network(layers: [
            try Layer(weights: [[1, 1], [1, 1]], bias: [0, -1], activation: .relu),
            try Layer(weights: [[1], [-2]], bias: [0], activation: .linear),
        ])
        let trace = try net.forward(inputs)
        #expect(trace.activations[0] == (try Matrix([[0, 0], [1, 0], [1, 0], [2, 1]])))
        #expect(trace.output == xor)
    }

    @Test func huangHardLimitNet() throws {
        let net = Network(layers: [
            try Layer(weights: [[1, -1], [-1, 1]], bias: [-0.5, -0.5], activation: .step),
            try Layer(weights: [[1], [1]], bias: [-0.5], activation: .step),
        ])
        #expect(try net.predict(inputs) == xor)
    }

    @Test func grosseThresholdNet() throws {
        // Grosse Lecture 5, Fig. 2: h₁ = "at least one input is 1", h₂ = "both are 1", y = h₁ and not h₂.
        let net = Network(layers: [
            try Layer(weights: [[1, 1], [1, 1]], bias: [-0.5, -1.5], activation: .step),
            try Layer(weights: [[1], [-1]], bias: [-0.5], activation: .step),
        ])
        #expect(try net.predict(inputs) == xor)
    }
}
