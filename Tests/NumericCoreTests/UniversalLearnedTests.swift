import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: learned versus constructed")
struct UniversalLearnedTests {
    @Test func trainedNetIsReportedBesideTheConstruction() throws {
        let f: (Double) -> Double = { sin(3 * $0) }
        let duel = try learnedVersusConstructed(of: f, on: 0...Double.pi, units: 10, epochs: 300)
        #expect(duel.learned.sizes == [1, 10, 1])
        #expect(duel.constructed.network.sizes == [1, 10, 1])
        #expect(duel.learnedMaxError.samples == duel.constructed.maxError.samples)
        #expect(duel.learnedMaxError.value.isFinite && duel.learnedMaxError.value < 2)
        // Same seed, same numbers.
        let again = try learnedVersusConstructed(of: f, on: 0...Double.pi, units: 10, epochs: 300)
        #expect(again == duel)
    }
}
