import Display
import Foundation
import NumericCore
import Testing
@testable import CellLanguage

/// The universal-approximation verbs through cells. Numbers come from the lectures (Figure 15,
/// Grosse's unit for (−1, 1, −1), 2^(D−1) parity units) or from closed forms derived by hand
/// (σ(−aδ), the centre of the bump), never from the code under test.
@Suite("Universal approximation cells") struct UniversalCellTests {
    /// σ(x) in closed form, for expected values.
    static func σ(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// The largest gap outside |t| ≥ δ is σ(−aδ) = 1/(1 + e^{aδ}), attained at t = ±δ.
    @Test func softThresholdGapsMatchTheClosedForm() {
        let kernel = Kernel()
        kernel.run("let s = softThresholds(steepnesses: [1, 10, 100], margin: 0.1)")
        let gaps = kernel.output("s.gaps").split(separator: ",").count
        #expect(gaps == 3)
        for (index, a) in [1.0, 10, 100].enumerated() {
            let expected = 1 / (1 + exp(a * 0.1))
            #expect(kernel.output("expect(s.gaps[\(index)], closeTo: \(expected), tolerance: 1e-12)") == "")
        }
        let shown = kernel.output("s")
        #expect(shown.contains("largest |σ(a·t) − step(t)| for 0.1 ≤ |t| ≤ 1"))
        #expect(shown.contains("σ(100·t)") && shown.contains("step(t)"))
        #expect(kernel.output("predict(s.networks[1], [[0.1]])") == NumberFormat.format(Self.σ(1)))
    }

    /// Figure 15: every pattern but (0, 0, 0, 0) has label 1, reproduced by the net's output unit;
    /// with b = 20 one active input gives σ(10), none gives σ(−10).
    @Test func bumpReproducesFigure15() {
        let kernel = Kernel()
        kernel.run("let bump = lectureBump(steepness: 20, orSteepness: 20)")
        #expect(kernel.output("bump.orTableMatches") == "true")
        #expect(kernel.output("bump.orLabels") == "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]")
        #expect(kernel.output("bump.orTruth") == kernel.output("bump.orLabels"))
        #expect(kernel.output("expect(bump.orValues[15], closeTo: \(Self.σ(-10)), tolerance: 1e-15)") == "")
        #expect(kernel.output("expect(bump.orValues[14], closeTo: \(Self.σ(10)), tolerance: 1e-15)") == "")
        // The centre (½, ½) is half a unit inside each line: every hᵢ = σ(−10).
        let centre = Self.σ(20 * (4 * Self.σ(-10) - 0.5))
        #expect(kernel.output("expect(predict(bump.network, [[0.5, 0.5]])[0], closeTo: \(centre), tolerance: 1e-15)") == "")
        #expect(kernel.output("predict(bump.network, [[-0.4, 1.4]])[0] > 0.999") == "true")
        let shown = kernel.output("bump")
        #expect(shown.contains("Figure 15"))
        #expect(shown.contains("h₁    σ(20·(x₁ − x₂ − 0.5))"))
        #expect(shown.contains("h₅ over the plane (Figure 17)"))
        // Lecture order: (1, 1, 1, 1) first, (0, 0, 0, 0) last.
        #expect(kernel.output("bump.orTable.row(0)").hasPrefix("1  1  1  1  1  1  1"))
        #expect(kernel.output("bump.orTable.row(15)").hasPrefix("0  0  0  0"))
    }

    /// A small OR steepness still rounds right, but its values are far from 0 and 1: σ(∓b/2).
    @Test func bumpWithAGentleOrUnit() {
        let kernel = Kernel()
        kernel.run("let soft = lectureBump(steepness: 20, orSteepness: 2)")
        #expect(kernel.output("expect(soft.orValues[15], closeTo: \(Self.σ(-1)), tolerance: 1e-15)") == "")
    }

    /// The net is ordinary: forward, heat maps, gradient check and training accept `.network`,
    /// and the network verbs are the report's methods.
    @Test func constructedNetsAreOrdinaryNetworks() {
        let kernel = Kernel()
        kernel.run("""
        let bump = lectureBump()
        let fit = approximate({ x in sin(3 * x) }, over: 0...3.14159, units: 8)
        """)
        #expect(kernel.output("forward(bump.network, [[0.5, 0.5]]).output.shape") == "(1, 1)")
        #expect(kernel.output("bump.predict([[0.5, 0.5]])") == kernel.output("predict(bump.network, [[0.5, 0.5]])"))
        #expect(kernel.output("heatMap(bump.network, x: 0...1, y: 0...1, resolution: 8)").contains("h₅ over the plane"))
        #expect(kernel.output("heatMap(bump.halfPlanes, x: 0...1, y: 0...1, output: 3, resolution: 8)").contains("h₄"))
        #expect(kernel.output("train(fit.network, inputs: [[0.5]], targets: [[1]], loss: .meanSquared, learningRate: 0.1, epochs: 3).epochs") == "3")
        #expect(kernel.output("fit.network.sizes") == "[1, 8, 1]")
        // The same object every time, so an edit through `.network` sticks.
        kernel.run("fit.network.layers[1].bias = 5")
        #expect(kernel.output("fit.network.layers[1].bias") == "5")
    }

    /// Every sigmoid construction passes the gradient check at its default steepness.
    @Test func sigmoidConstructionsPassGradientCheck() {
        let kernel = Kernel()
        kernel.run("""
        let bump = lectureBump()
        let fit = approximate({ x in sin(3 * x) }, over: 0...3.14159, units: 16)
        let surface = approximate({ x, y in x * y }, x: 0...1, y: 0...1, cellsPerSide: 3)
        """)
        #expect(kernel.output("gradientCheck(bump.network, inputs: [[0.3, 0.6], [0.9, 0.1]], targets: [[0], [1]], loss: .halfSumSquared).passed") == "true")
        #expect(kernel.output("gradientCheck(fit.network, inputs: [[0.4], [2.2]], targets: [[0], [1]], loss: .halfSumSquared).passed") == "true")
        #expect(kernel.output("gradientCheck(surface.network, inputs: [[0.2, 0.7]], targets: [[0]], loss: .halfSumSquared).passed") == "true")
    }

    /// The step construction's error falls as units are added, for several continuous functions,
    /// and stays under L·h/2 plus the steps' leak for an L-Lipschitz f.
    @Test(arguments: [
        ("{ x in sin(3 * x) }", "0...3.14159", 3.0),
        ("{ x in abs(x - 0.7) }", "0...2", 1.0),
        ("{ x in x * x }", "-1...1", 2.0),
        ("{ x in tanh(4 * x) }", "-1...1", 4.0),
    ])
    func errorsShrinkAsUnitsGrow(function: String, interval: String, lipschitz: Double) {
        let kernel = Kernel()
        kernel.run("let table = approximationErrors(\(function), over: \(interval), units: [4, 8, 16, 32, 64])")
        #expect(kernel.output("table.decreasing") == "true", "\(function)")
        let width = interval == "0...3.14159" ? 3.14159 : 2.0
        for (index, units) in [4, 8, 16, 32, 64].enumerated() where units >= 16 {
            let bound = lipschitz * width / Double(units) / 2 + 0.01
            #expect(kernel.output("table.errors[\(index)] < \(bound)") == "true", "\(function), n = \(units)")
        }
    }

    /// Doubling n halves the error of sin(3x) once the staircase resolves the curve.
    @Test func errorHalvesWhenUnitsDouble() {
        let kernel = Kernel()
        kernel.run("let e = approximationErrors({ x in sin(3 * x) }, over: 0...3.14159, units: [32, 64, 128])")
        #expect(kernel.output("expect(e.errors[1] / e.errors[0], closeTo: 0.5, tolerance: 0.02)") == "")
        #expect(kernel.output("expect(e.errors[2] / e.errors[1], closeTo: 0.5, tolerance: 0.02)") == "")
    }

    /// One dimension: the net is f(a) + Σ heights·σ(s(x − tᵢ)) with s = 10/h, tᵢ at midpoints.
    @Test func stepApproximationLayout() {
        let kernel = Kernel()
        kernel.run("let fit = approximate({ x in x }, over: 0...1, units: 4)")
        #expect(kernel.output("fit.stepCentres") == "[0.125, 0.375, 0.625, 0.875]")
        #expect(kernel.output("fit.stepHeights") == "[0.25, 0.25, 0.25, 0.25]")
        #expect(kernel.output("fit.steepness") == "40")
        #expect(kernel.output("fit.network.layers[0].bias") == "-5  -15  -25  -35")
        let shown = kernel.output("fit")
        #expect(shown.contains("as 4 sigmoid steps: a 1 → 4 → 1 net"))
        #expect(shown.contains("* f(x)   o net(x), 4 steps"))
    }

    /// Two dimensions: more cells, smaller error; two heat maps on one scale.
    @Test func gridApproximationShrinks() {
        let kernel = Kernel()
        kernel.run("""
        let fine = approximate({ x, y in sin(x) * cos(y) }, x: 0...3, y: 0...3, cellsPerSide: 8)
        let coarse = approximate({ x, y in sin(x) * cos(y) }, x: 0...3, y: 0...3, cellsPerSide: 4)
        """)
        #expect(kernel.output("fine.maxError < coarse.maxError") == "true")
        #expect(kernel.output("fine.network.sizes") == "[2, 16, 80, 1]")
        let shown = kernel.output("fine")
        #expect(shown.contains("the net, 8 × 8 bumps"))
        #expect(shown.contains("on a 101 × 101 grid"))
    }

    /// Grosse's unit for (−1, 1, −1): weights (−1, 1, −1), bias −2.5; random tables for D = 3 and 4
    /// are reproduced on every row.
    @Test func indicatorNetworksReproduceRandomTables() {
        var generator = SeededGenerator(seed: 42)
        for bits in [3, 4] {
            for _ in 0..<5 {
                let table = (0..<(1 << bits)).map { _ in generator.nextDouble() < 0.5 ? "true" : "false" }
                let kernel = Kernel()
                kernel.run("let net = indicatorNetwork([\(table.joined(separator: ", "))])")
                #expect(kernel.output("net.verified") == "true")
                #expect(kernel.output("net.hiddenUnits") == String(1 << bits))
                let expected = table.map { $0 == "true" ? "1" : "0" }.joined(separator: ", ")
                #expect(kernel.output("net.outputs") == "[\(expected)]")
            }
        }
        let kernel = Kernel()
        kernel.run("let majority = indicatorNetwork(bits: 3) { x in x[0] + x[1] + x[2] > 0 }")
        #expect(kernel.output("majority.network.layers[0].weights.column(2)") == "-1\n 1\n-1")
        #expect(kernel.output("majority.network.layers[0].bias[2]") == "-2.5")
        #expect(kernel.output("majority.outputs") == "[0, 0, 0, 1, 0, 1, 1, 1]")
        kernel.run("let sparse = indicatorNetwork([0, 0, 3, 0], units: .nonzeroRows)")
        #expect(kernel.output("sparse.hiddenUnits") == "1")
        #expect(kernel.output("sparse.verified") == "true")
    }

    /// Both parity nets are right on all 2^D inputs for D up to 8; the shallow one has 2^(D−1)
    /// units, the deep one D − 1 XOR blocks of two units plus carries.
    @Test(arguments: 1...8)
    func parityNetsAreRightOnEveryInput(bits: Int) {
        let kernel = Kernel()
        kernel.run("""
        let shallow = shallowParityNetwork(bits: \(bits))
        let deep = deepParityNetwork(bits: \(bits))
        let deep01 = deepParityNetwork(bits: \(bits), bipolar: false)
        """)
        for name in ["shallow", "deep", "deep01"] {
            #expect(kernel.output("\(name).verified") == "true", "\(name), D = \(bits)")
            #expect(kernel.output("\(name).outputs == \(name).targets") == "true", "\(name), D = \(bits)")
        }
        #expect(kernel.output("shallow.hiddenUnits") == String(1 << (bits - 1)))
        #expect(kernel.output("deep.xorBlocks") == String(bits - 1))
        #expect(kernel.output("deep.hiddenUnits == 2 * deep.xorBlocks + deep.carryUnits") == "true")
    }

    @Test func parityUnitCountTable() {
        let kernel = Kernel()
        kernel.run("let counts = parityUnitCounts(bits: 2...10)")
        #expect(kernel.output("counts.shallowUnits") == "[2, 4, 8, 16, 32, 64, 128, 256, 512]")
        #expect(kernel.output("counts.verified") == "true")
        // ⌈log₂ D⌉ layers of the balanced XOR tree.
        #expect(kernel.output("counts.deepLayers") == "[1, 2, 2, 3, 3, 3, 3, 4, 4]")
        let shown = kernel.output("counts")
        #expect(shown.contains("10      512      512    20        18        2            4  yes"))
    }

    /// Training is seeded: the same call gives the same net; the construction's error is the
    /// step net's of the same width.
    @Test func learnedVersusConstructedIsReproducible() {
        let kernel = Kernel()
        kernel.run("""
        let a = learnedVersusConstructed({ x in sin(3 * x) }, over: 0...3.14159, units: 6, epochs: 50, seed: 3)
        let b = learnedVersusConstructed({ x in sin(3 * x) }, over: 0...3.14159, units: 6, epochs: 50, seed: 3)
        let steps = approximate({ x in sin(3 * x) }, over: 0...3.14159, units: 6)
        """)
        #expect(kernel.output("a.learnedError == b.learnedError") == "true")
        #expect(kernel.output("a.constructedError == steps.maxError") == "true")
        #expect(kernel.output("a.network.sizes") == "[1, 6, 1]")
        #expect(kernel.output("a").contains("constructed (6 steps)"))
    }

    /// Bad arguments fail the cell with a message naming the value, at the argument.
    @Test func clearErrors() {
        #expect(failure("approximate({ x, y in x }, over: 0...1, units: 4)")
            .contains("needs a function of one number, such as { x in sin(3 * x) }; this closure takes 2 arguments"))
        #expect(failure("approximate({ x in x }, over: 1.0...1.0, units: 4)").contains("is empty"))
        #expect(failure("approximate({ x in x }, over: 0...1, units: 0)").contains("units must be at least 1, found 0"))
        #expect(failure("approximate({ x in \"a\" }, over: 0...1, units: 2)").contains("returned String \"a\" at x = 0"))
        #expect(failure("indicatorNetwork([1, 0, 1])").contains("a table over D inputs has 2^D rows (D ≥ 1), found 3"))
        #expect(failure("indicatorNetwork([1, 0], units: .nonZeroRow)").contains("did you mean '.nonzeroRows'?"))
        #expect(failure("shallowParityNetwork(bits: 40)").contains("1 to 16 inputs, found bits: 40"))
        #expect(failure("lectureBump(steepness: -1)").contains("the steepness a must be positive, found -1.0"))
        #expect(failure("softThresholds(steepnesses: [])").contains("at least one steepness"))
        #expect(failure("approximationErrors({ x in x }, over: 0...1, units: [4, 0])").contains("unit counts of at least 1"))
        #expect(failure("learnedVersusConstructed({ x in x }, over: 0...1, units: 2, learningRate: -1)")
            .contains("the learning rate must be positive"))
        // The error points at the offending argument.
        #expect(failure("approximate({ x in x }, over: 0...1, units: 0)").hasPrefix("10:47:"))
    }
}
