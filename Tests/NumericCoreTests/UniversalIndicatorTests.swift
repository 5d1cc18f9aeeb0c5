import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: Grosse's indicator construction")
struct UniversalIndicatorTests {
    @Test(arguments: [3, 4])
    func reproducesRandomBooleanTables(bits: Int) throws {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<10 {
            let table = (0..<(1 << bits)).map { _ in generator.nextInt(below: 2) == 1 }
            let construction = try indicatorNetwork(table: table)
            #expect(construction.verified)
            #expect(construction.hiddenUnits == 1 << bits)
            // Independent of the construction's own check: the dataset's rows, looked up by their bits.
            let data = try Dataset.truthTable(bits: bits, bipolar: true) { row in
                table[row.reduce(0) { $0 * 2 + $1 }] ? 1 : 0
            }
            #expect(try construction.network.predict(data.inputs) == data.targets)
            let pruned = try indicatorNetwork(table: table, units: .nonzeroRows)
            #expect(pruned.hiddenUnits == Swift.max(1, table.filter { $0 }.count))
            #expect(try pruned.network.predict(data.inputs) == data.targets)
        }
    }

    @Test func grosseExampleUnit() throws {
        // Grosse §4.2: the unit recognising (−1, 1, −1) has weights (−1, 1, −1) and bias −2.5.
        let construction = try indicatorNetwork(table: [Double](repeating: 1, count: 8))
        let hidden = construction.network.layers[0]
        #expect(hidden.activation == .step)
        #expect(try hidden.weights.column(2).storage == [-1, 1, -1])
        #expect(hidden.bias.storage.allSatisfy { $0 == -2.5 })
        #expect(construction.network.layers[1].activation == .linear)
    }

    @Test func realValuedTablesAndDegenerateOnes() throws {
        let table = [0.5, -2, 3.25, 0]
        let construction = try indicatorNetwork(table: table)
        #expect(try construction.network.predict(Matrix([[-1, -1], [-1, 1], [1, -1], [1, 1]])) == Matrix(column: table))
        let zeros = try indicatorNetwork(table: [false, false], units: .nonzeroRows)
        #expect(zeros.verified && zeros.hiddenUnits == 1)
        #expect(throws: ConstructionError.self) { try indicatorNetwork(table: [1, 0, 1]) }
        #expect(throws: ConstructionError.self) { try indicatorNetwork(table: [Double]()) }
    }
}
