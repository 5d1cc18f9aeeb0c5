import Testing
@testable import NumericCore

@Suite("Perceptron and least squares")
struct ClassicRulesTests {
    @Test(arguments: [("AND", Dataset.and()), ("OR", Dataset.or())])
    func perceptronConvergesOnLinearlySeparableData(name: String, data: Dataset) throws {
        let run = try PerceptronRun.training(data, maxEpochs: 50)
        #expect(run.converged, "\(name)")
        #expect(run.history.last!.errors == 0)
        #expect(try run.network.predict(data.inputs) == data.targets)
    }

    @Test func perceptronFirstEpochOnANDByHand() throws {
        // From w = [0, 0], b = 0: 00 → a = 1, e = −1: w = [0, 0], b = −1; 01 → a = 0 ok; 10 → ok;
        // 11 → a = hardlim(−1) = 0, e = 1: w = [1, 1], b = 0. Two errors.
        let run = try PerceptronRun.training(.and(), maxEpochs: 1)
        #expect(run.history[0].errors == 2)
        #expect(run.history[0].weights == Matrix(column: [1, 1]))
        #expect(run.history[0].bias == Matrix(row: [0]))
    }

    @Test func perceptronNeverConvergesOnXOR() throws {
        let run = try PerceptronRun.training(.xor(), maxEpochs: 200)
        #expect(!run.converged)
        #expect(run.epochs == 200)
        #expect(run.history.allSatisfy { $0.errors > 0 })
    }

    @Test func leastSquaresOnXORIsTheConstantHalf() throws {
        // Moon / Goodfellow §6.1: the normal equations give w = 0, b = ½, J = ¼ Σ (y − ½)² = ¼.
        let fit = try LinearFit.fitting(.xor())
        #expect(fit.weights.isApproximatelyEqual(to: Matrix(column: [0, 0]), tolerance: 1e-14))
        #expect(abs(fit.bias[0, 0] - 0.5) < 1e-14)
        #expect(abs(fit.meanSquaredError - 0.25) < 1e-14)
    }

    @Test func leastSquaresRecoversALine() throws {
        let x = Matrix(column: [0, 1, 2, 3]), t = Matrix(column: [1, 3, 5, 7])   // t = 2x + 1
        let fit = try LinearFit.fitting(inputs: x, targets: t)
        #expect(abs(fit.weights[0, 0] - 2) < 1e-12 && abs(fit.bias[0, 0] - 1) < 1e-12)
    }

    @Test func singularSystemsAreAnError() throws {
        do {
            _ = try LinearFit.fitting(inputs: Matrix(row: [1, 2]), targets: Matrix(row: [1]))
            Issue.record("expected an error")
        } catch let error as MatrixError {
            #expect("\(error)".contains("singular"))
        }
        let a = try Matrix([[2, 1], [1, 3]])
        #expect(try a.solve(Matrix(column: [3, 5])).isApproximatelyEqual(to: Matrix(column: [0.8, 1.4]), tolerance: 1e-14))
    }
}
