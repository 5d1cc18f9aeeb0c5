import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: Lecture 13's bump")
struct UniversalBumpTests {
    @Test func orTableMatchesFigure15ForLargeSteepness() throws {
        let bump = try LectureBump.building(steepness: 20, orSteepness: 20)
        #expect(bump.orTable.count == 16)
        for (row, entry) in bump.orTable.enumerated() {
            // Row r holds the bits of r, most significant first; the OR is 0 only for 0000.
            let bits = (0..<4).map { Double((row >> (3 - $0)) & 1) }
            #expect(entry.hidden == bits)
            #expect(entry.or == (row == 0 ? 0 : 1))
            #expect(entry.label == entry.or)
            // h₅ = σ(20(Σh − ½)): off by σ(−10) on 0000 and at most σ(−10) elsewhere.
            #expect(Swift.abs(entry.value - Double(entry.or)) <= 1 / (1 + exp(10.0)) + 1e-15)
        }
    }

    @Test func h5IsLowOnlyInsideTheDiamond() throws {
        let bump = try LectureBump.building(steepness: 20, orSteepness: 20)
        let h5 = { (x: Double, y: Double) in try bump.network.predict(Matrix(row: [x, y]))[0, 0] }
        #expect(try h5(0.5, 0.5) < 0.01)
        // h₁ fires at the bottom right (1, 0), h₂ at the top left (0, 1) (Figures 3, 6); h₃, h₄ at (1, 1), (0, 0).
        for corner in [(1.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.0, 0.0)] {
            #expect(try h5(corner.0, corner.1) > 0.99)
        }
        let values = bump.heatMap.values.flatMap { $0 }
        #expect(bump.heatMap.xs.count == 81 && bump.heatMap.values.count == 81)
        #expect(values.min()! < 0.01 && values.max()! > 0.99)
    }

    @Test func bumpPassesTheGradientCheck() throws {
        let bump = try LectureBump.building(steepness: 5, orSteepness: 5)
        let inputs = try Matrix([[0.5, 0.5], [0.2, 0.4], [0.9, 0.3], [0.1, 0.9], [0.6, 0.55]])
        let targets = Matrix(column: [0, 0.2, 1, 0.7, 0.1])
        let report = try bump.network.gradientCheck(inputs: inputs, targets: targets, loss: .halfSumSquared)
        #expect(report.passed, "worst: \(String(describing: report.worst))")
    }
}
