import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: sums of steps in 1-D")
struct UniversalStepApproximationTests {
    /// Continuous test functions with a Lipschitz constant L on their interval.
    static let functions: [(name: String, f: @Sendable (Double) -> Double, interval: ClosedRange<Double>, lipschitz: Double)] = [
        ("sin(3x)", { sin(3 * $0) }, 0...Double.pi, 3),
        ("x²", { $0 * $0 }, -1...1, 2),
        ("|x|", { Swift.abs($0) }, -1...1, 1),
        // exp(1 − 1/(1 − x²)) inside (−1, 1), 0 outside: smooth, peak 1, |f′| < 2.
        ("smooth bump", { x in Swift.abs(x) < 1 ? exp(1 - 1 / (1 - x * x)) : 0 }, -1.5...1.5, 2),
    ]
    static let units = [4, 8, 16, 32, 64, 128]

    @Test(arguments: 0..<functions.count)
    func errorShrinksAsUnitsGrow(index: Int) throws {
        let (name, f, interval, lipschitz) = Self.functions[index]
        let rows = try stepApproximationErrors(of: f, on: interval, units: Self.units)
        for (smaller, larger) in zip(rows, rows.dropFirst()) {
            #expect(larger.maxError < smaller.maxError, "\(name): \(rows.map(\.maxError))")
        }
        #expect(rows.last!.maxError < rows.first!.maxError / 10, "\(name)")
        for row in rows {
            // Near grid point x_m, f̂ − f(x_m) is at most ½|Δ_m| + ½|Δ_{m+1}| ≤ L·h (the farther
            // steps leak less than e^{−15}), and |f − f(x_m)| ≤ L·h/2: so |f̂ − f| ≤ 1.5·L·h.
            let spacing = (interval.upperBound - interval.lowerBound) / Double(row.units)
            #expect(row.maxError <= 1.5 * lipschitz * spacing + 1e-6, "\(name) n = \(row.units)")
        }
    }

    @Test func oneStepOnTheIdentityIsTheSigmoidAtSteepnessTen() throws {
        // f(x) = x on [0, 1], n = 1: f̂(x) = 0 + 1·σ(10(x − ½)).
        let fit = try stepApproximation(of: { $0 }, on: 0...1, units: 1)
        let outputs = try fit.network.predict(Matrix(column: [0, 0.5, 1]))
        #expect(Swift.abs(outputs[0, 0] - 1 / (1 + exp(5.0))) < 1e-15)
        #expect(Swift.abs(outputs[1, 0] - 0.5) < 1e-15)
        #expect(Swift.abs(outputs[2, 0] - 1 / (1 + exp(-5.0))) < 1e-15)
        #expect(fit.network.sizes == [1, 1, 1])
        #expect(fit.maxError.samples == 1001)
    }

    @Test func constructedNetPassesTheGradientCheck() throws {
        let fit = try stepApproximation(of: { sin(3 * $0) }, on: 0...Double.pi, units: 8)
        let xs = [0.1, 0.3, 0.62, 1.0, 1.4, 2.2, 2.95]
        let report = try fit.network.gradientCheck(inputs: Matrix(column: xs),
                                                   targets: Matrix(column: xs.map { sin(3 * $0) + 0.1 }),
                                                   loss: .halfSumSquared)
        #expect(report.passed, "worst: \(String(describing: report.worst))")
    }

    @Test func rejectsBadArguments() {
        #expect(throws: ConstructionError.self) { try stepApproximation(of: { $0 }, on: 0...1, units: 0) }
        #expect(throws: ConstructionError.self) { try stepApproximation(of: { $0 }, on: 1...1, units: 3) }
        #expect(throws: ConstructionError.self) { try stepApproximation(of: { 1 / $0 }, on: 0...1, units: 3) }
    }
}
