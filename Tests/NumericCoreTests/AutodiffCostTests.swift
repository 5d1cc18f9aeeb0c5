import Testing
import NumericCore

private func sumOfSquares<T: DifferentiableScalar>(_ x: [T]) -> T {
    x.dropFirst().reduce(x[0] * x[0]) { $0 + $1 * $1 }
}

private func productChain<T: DifferentiableScalar>(_ x: [T]) -> T {
    x.dropFirst().reduce(x[0], *)
}

@Suite("Cost of forward and reverse mode")
struct AutodiffCostTests {
    @Test("Σ xᵢ²: forward mode runs n passes, reverse mode one forward and one backward",
          arguments: [1, 2, 5, 10])
    func sumOfSquaresCost(n: Int) {
        let point = (1...n).map(Double.init)
        let cost = autodiffCost(forward: sumOfSquares, reverse: sumOfSquares, at: point)
        let perEvaluation = n + (n - 1)                // n products, n − 1 sums
        #expect(cost.inputs == n)
        #expect(cost.operationsPerEvaluation == perEvaluation)
        #expect(cost.forwardMode == AutodiffModeCost(forwardPasses: n, backwardPasses: 0,
                                                     forwardOperations: n * perEvaluation, backwardSteps: 0))
        // Backward: two links per product (xᵢ twice) and two per sum.
        #expect(cost.reverseMode == AutodiffModeCost(forwardPasses: 1, backwardPasses: 1,
                                                     forwardOperations: perEvaluation,
                                                     backwardSteps: 2 * n + 2 * (n - 1)))
        // And both give 2xᵢ.
        #expect(gradient(of: sumOfSquares, at: point).partials == point.map { 2 * $0 })
        #expect(reverseGradient(of: sumOfSquares, at: point).partials == point.map { 2 * $0 })
    }

    @Test("A product chain x₁x₂⋯xₙ of 8 inputs")
    func productChainCost() {
        let point = [1.5, -2, 0.5, 3, 1.25, -1, 2, 0.75]
        let cost = autodiffCost(forward: productChain, reverse: productChain, at: point)
        #expect(cost.operationsPerEvaluation == 7)
        #expect(cost.forwardMode.forwardPasses == 8 && cost.forwardMode.forwardOperations == 56)
        #expect(cost.reverseMode.forwardPasses == 1 && cost.reverseMode.backwardPasses == 1)
        #expect(cost.reverseMode.forwardOperations == 7 && cost.reverseMode.backwardSteps == 14)
        // ∂/∂xᵢ = the product of the others.
        let product = point.reduce(1, *)
        let partials = reverseGradient(of: productChain, at: point).partials
        for (x, p) in zip(point, partials) { #expect(close(p, product / x)) }
    }

    @Test("Shared subexpressions make reverse mode's forward pass cheaper than one plain evaluation")
    func sharingSavesOperations() {
        func f<T: DifferentiableScalar>(_ v: [T]) -> T { sin(v[0] * v[1]) + cos(v[0] * v[1]) }
        let cost = autodiffCost(forward: f, reverse: f, at: [0.5, 2])
        #expect(cost.operationsPerEvaluation == 5)
        #expect(cost.reverseMode.forwardOperations == 4)
    }
}
