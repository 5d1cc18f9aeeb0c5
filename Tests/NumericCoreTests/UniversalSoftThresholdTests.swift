import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: soft thresholds")
struct UniversalSoftThresholdTests {
    @Test func gapIsTheSigmoidAtTheMarginAndShrinksWithSteepness() throws {
        let rows = try softThresholdGaps(steepnesses: [1, 10, 100], margin: 0.1)
        // 1/(1 + e^{aδ}) for aδ = 0.1, 1, 10.
        let expected = [1 / (1 + exp(0.1)), 1 / (1 + exp(1.0)), 1 / (1 + exp(10.0))]
        for (row, value) in zip(rows, expected) {
            #expect(Swift.abs(row.closedForm - value) < 1e-15)
            #expect(Swift.abs(row.measured - value) < 1e-15)
        }
        #expect(rows[0].measured > rows[1].measured && rows[1].measured > rows[2].measured)
    }

    @Test func rejectsNonPositiveArguments() {
        #expect(throws: ConstructionError.self) { try softThresholdGaps(steepnesses: [0]) }
        #expect(throws: ConstructionError.self) { try softThresholdGaps(steepnesses: [1], margin: 0) }
    }
}
