import Testing

/// OpenBLAS is loaded by the first product large enough for it, not at start-up (README, "Supervised
/// cells"): a notebook of small nets never pays for loading it. glibc's `LD_DEBUG=files` names every
/// library whose initialiser runs, so the test sees what the process loaded.
@Suite struct BLASLoadingTests {
    static func loadsOpenBLAS(_ cells: String) throws -> Bool {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write("# T\n\n```swift\n\(cells)\n```\n", to: "notebooks/t.md")
        let (status, errors) = try BuiltProducts.run(nbrun, ["--in-process", "notebooks/t.md"], in: scratch.root,
                                                     environment: ["LD_DEBUG": "files"])
        #expect(status == 0, "\(errors.suffix(2000))")
        #expect(errors.contains("calling init:"), "LD_DEBUG printed nothing: not glibc?")
        return errors.split(separator: "\n").contains { $0.contains("calling init:") && $0.contains("libopenblas") }
    }

    @Test func trainingAndCheckingASmallNetDoesNotLoadIt() throws {
        #if os(Linux)
        let cells = """
        let net = Network(sizes: [2, 2, 1], activations: [.sigmoid, .sigmoid], seed: 1)
        let x: Matrix = [[0, 0], [0, 1], [1, 0], [1, 1]]
        let y: Matrix = [[0], [1], [1], [0]]
        let run = train(net, inputs: x, targets: y, loss: .meanSquared, learningRate: 0.5, epochs: 20)
        let report = gradientCheck(run.network, inputs: x, targets: y, loss: .meanSquared)
        print(report)
        print(x * x.transposed)
        """
        #expect(try !Self.loadsOpenBLAS(cells))
        #endif
    }

    @Test func aLargeProductLoadsIt() throws {
        #if os(Linux)
        #expect(try Self.loadsOpenBLAS("let a = Matrix.zeros(rows: 64, columns: 64)\nlet b = a * a\nprint(b.rows)"))
        #endif
    }
}
