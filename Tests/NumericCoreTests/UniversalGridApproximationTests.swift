import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: a grid of bumps in 2-D")
struct UniversalGridApproximationTests {
    static func wave(_ x: Double, _ y: Double) -> Double { sin(x) * cos(y) }

    @Test func errorShrinksAsCellsGrow() throws {
        let fits = try [2, 4, 8, 16].map {
            try gridApproximation(of: Self.wave, x: 0...3, y: 0...3, cellsPerSide: $0, samplesPerSide: 61)
        }
        for (coarse, fine) in zip(fits, fits.dropFirst()) {
            #expect(fine.maxError < coarse.maxError, "\(fits.map(\.maxError))")
        }
        for fit in fits {
            // sin x cos y is 1-Lipschitz in each variable; the 1-D argument per axis gives 1.5·h each.
            let spacing = 3 / Double(fit.cellsPerSide)
            #expect(fit.maxError <= 1.5 * 2 * spacing, "k = \(fit.cellsPerSide)")
        }
    }

    @Test func architectureAndHeatMaps() throws {
        let fit = try gridApproximation(of: Self.wave, x: 0...3, y: -1...2, cellsPerSide: 5)
        #expect(fit.network.sizes == [2, 10, 35, 1])
        #expect(fit.target.values.count == 101 && fit.target.values[0].count == 101)
        #expect(fit.approximation.xs == fit.target.xs && fit.approximation.ys == fit.target.ys)
        // The heat map's row j is y = ys[j]: check one value against f directly.
        #expect(fit.target.values[100][0] == Self.wave(0, 2))
        // At a cell's centre (a grid point) the net is f there, up to the steps' leaks.
        let centre = try fit.network.predict(Matrix(row: [1.2, 0.2]))[0, 0]
        #expect(Swift.abs(centre - Self.wave(1.2, 0.2)) < 0.02)
    }

    @Test func constructedNetPassesTheGradientCheck() throws {
        let fit = try gridApproximation(of: Self.wave, x: 0...3, y: 0...3, cellsPerSide: 3, samplesPerSide: 11)
        let inputs = try Matrix([[0.2, 0.3], [0.5, 1.4], [1.6, 1.5], [2.4, 0.6], [1.05, 2.1]])
        let targets = Matrix(column: [0.3, -0.2, 0.1, 0.5, 0])
        let report = try fit.network.gradientCheck(inputs: inputs, targets: targets, loss: .halfSumSquared)
        #expect(report.passed, "worst: \(String(describing: report.worst))")
    }
}
