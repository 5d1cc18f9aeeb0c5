import Testing
import NumericCore
@testable import CellLanguage

@Suite("Seeded randomness") struct RandomTests {
    @Test func sameCellSourceGivesSameNumbers() {
        let code = "[random(), random()]"
        #expect(Kernel().output(code) == Kernel().output(code))
        let kernel = Kernel()
        #expect(kernel.output(code) == kernel.output(code))
    }

    @Test func differentCellsDiffer() {
        let kernel = Kernel()
        #expect(kernel.output("random()") != kernel.output("random() "))
    }

    @Test func seedChangesNumbers() {
        let kernel = Kernel()
        let before = kernel.output("random()")
        kernel.run("seed(42)")
        #expect(kernel.output("random()") != before)
        let other = Kernel()
        other.session.setNotebookSeed(42)
        #expect(other.output("random()") == kernel.output("random()"))
    }

    @Test func cellSeedIsFNV1aOfSeedBytesThenSource() {
        // FNV-1a 64 of eight zero bytes then "a", from the published constants:
        // offset basis 0xcbf29ce484222325, prime 0x100000001b3.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in [UInt8](repeating: 0, count: 8) + [0x61] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        #expect(CellRandomness.seed(notebookSeed: 0, cellCode: "a") == hash)
    }

    @Test func randomDrawsFromTheCellSeededCoreGenerator() {
        var generator = SeededGenerator(seed: CellRandomness.seed(notebookSeed: 0, cellCode: "random()"))
        #expect(output("random()") == Value.double(generator.nextDouble()).debugDescription)
    }

    @Test func randomRanges() {
        #expect(output("let x = Double.random(in: 2...3)\nx >= 2 && x <= 3") == "true")
        #expect(output("let k = Int.random(in: 0..<5)\nk >= 0 && k < 5") == "true")
    }
}

