import Foundation
import Testing
@testable import NumericCore

@Suite("Universal approximation: depth versus width for parity")
struct UniversalParityTests {
    /// Parity from each row's inputs, counting +1 (bipolar) or 1 (binary) entries.
    static func parity(of inputs: Matrix) -> Matrix {
        Matrix(column: (0..<inputs.rows).map { row in
            Double((0..<inputs.columns).filter { inputs[row, $0] == 1 }.count % 2)
        })
    }

    @Test(arguments: 1...8)
    func bothNetsAreRightOnEveryInput(bits: Int) throws {
        let shallow = try ParityNetwork.shallow(bits: bits)
        let deepBipolar = try ParityNetwork.deep(bits: bits, bipolar: true)
        let deepBinary = try ParityNetwork.deep(bits: bits, bipolar: false)
        #expect(shallow.verified && deepBipolar.verified && deepBinary.verified)
        let bipolar = try Dataset.checkedParity(bits: bits, bipolar: true).inputs
        let binary = try Dataset.checkedParity(bits: bits).inputs
        #expect(try shallow.network.predict(bipolar) == Self.parity(of: bipolar))
        #expect(try deepBipolar.network.predict(bipolar) == Self.parity(of: bipolar))
        #expect(try deepBinary.network.predict(binary) == Self.parity(of: binary))
        for net in [shallow.network, deepBipolar.network] {
            #expect(net.layers.dropLast().allSatisfy { $0.activation == .step })
            #expect(net.layers.last?.activation == .linear)
        }
    }

    @Test func unitCountsAreExponentialAndLinear() throws {
        let counts = try ParityUnitCounts.counting(bits: 2...10)
        let rows = counts.rows
        #expect(rows.map(\.bits) == Array(2...10))
        #expect(rows.allSatisfy { $0.verified })
        for row in rows {
            #expect(row.shallowHiddenUnits == 1 << (row.bits - 1))
            // A tree of D − 1 two-unit XOR blocks, ⌈log₂ D⌉ levels, one carry per level with an odd count.
            let levels = Int((log2(Double(row.bits))).rounded(.up))
            #expect(row.deepHiddenLayers == levels)
            #expect(row.deepHiddenUnits == 2 * (row.bits - 1) + row.deepCarryUnits)
            #expect(row.deepCarryUnits <= levels)
        }
        // Worked by hand: D = 5 → 5, 3, 2, 1 has odd levels 5 and 3, so 2·4 + 2 = 10 units.
        #expect(counts.deepUnits == [2, 5, 6, 10, 11, 13, 14, 19, 20])
        #expect(counts.verified && counts.bits == Array(2...10))
        #expect(rows.filter { [2, 4, 8].contains($0.bits) }.allSatisfy { $0.deepCarryUnits == 0 })
    }
}
