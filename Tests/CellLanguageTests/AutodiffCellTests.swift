import Foundation
import Testing
@testable import CellLanguage

/// Autodiff from cells: every expected number comes from the lectures (Lecture 13 §4, Gormley §1.3,
/// Grosse Lecture 5 §2) or from a derivative worked out by hand here, never from the code under test.
@Suite("Autodiff in cells") struct AutodiffCellTests {
    /// Lecture 13: f(x, y) = xy² + y + 5, f(2, 3) = 26, ∂f/∂x = y² = 9, ∂f/∂y = 2xy + 1 = 13.
    static let lectureFunction = "let f = { (x: Double, y: Double) in x * y * y + y + 5 }"

    /// `{ v in v[0] * v[0] }` at a one-coordinate point gets the point as an array, as Swift types it;
    /// d/dx x² = 6 at x = 3.
    @Test func aSubscriptedParameterTakesThePointAsAnArray() {
        let kernel = Kernel()
        #expect(kernel.output("reverseGradient(of: { v in v[0] * v[0] }, at: [3]).partials") == "[6]")
        #expect(kernel.output("gradient(of: { $0[0] * $0[0] }, at: [3]).partials") == "[6]")
        #expect(kernel.output("gradcheck(of: { v in v[0] * v[0] }, at: [3]).passed") == "true")
        #expect(kernel.output("epsilonSweep(of: { v in cos(v[0]) }, at: [1]).analytic")
                == kernel.output("epsilonSweep(of: { x in cos(x) }, at: [1]).analytic"))
    }

    @Test func oneClosureOnNumbersDualsAndTapeVariables() {
        let kernel = Kernel()
        kernel.run(Self.lectureFunction)
        #expect(kernel.output("f(2, 3)") == "26")
        #expect(kernel.output("f(2, Dual(3, derivative: 1))") == "26 + 13ε")
        #expect(kernel.output("f(Dual(2, derivative: 1), 3)") == "26 + 9ε")
        #expect(kernel.output("let tape = Tape()\nf(tape.variable(2, name: \"x\"), tape.variable(3, name: \"y\")).value") == "26")
        // The untyped spelling from issue 4 behaves the same.
        #expect(kernel.output("let g = { x, y in x * y * y + y + 5 }\ng(2, Dual(3, derivative: 1))") == "26 + 13ε")
    }

    @Test func dualNumberArithmeticByHand() {
        // Lecture 13 §4: (3 + ε)² = 9 + 6ε; 1/(a + a′ε) = 1/a − (a′/a²)ε.
        #expect(output("let y = Dual(3, derivative: 1)\ny * y") == "9 + 6ε")
        #expect(output("pow(Dual(3, derivative: 1), 2)") == "9 + 6ε")
        #expect(output("1 / Dual(2, derivative: 1)") == "0.5 - 0.25ε")
        #expect(output("-Dual(2, derivative: 1) + Dual(constant: 5)") == "3 - 1ε")
        #expect(output("Dual(2, derivative: 1) - 2 == Dual(0, derivative: 1)") == "true")
        #expect(output("let d = Dual(26, derivative: 13)\n(d.value, d.derivative)") == "(26, 13)")
        #expect(output("Dual(2, derivative: 1) > 1") == "true")
    }

    @Test func forwardModeOnePassPerInput() {
        let kernel = Kernel()
        kernel.run(Self.lectureFunction)
        kernel.run("let g = gradient(of: f, at: [2, 3])")
        #expect(kernel.output("g.value") == "26")
        #expect(kernel.output("g.partials") == "[9, 13]")
        #expect(kernel.output("g.passes") == "2")
        let shown = kernel.output("g")
        #expect(shown.contains("26 + 9ε") && shown.contains("26 + 13ε"))
        #expect(shown.contains("∂f/∂x = 9, ∂f/∂y = 13"))
        #expect(kernel.output("derivative(of: { x in f(x, 3) }, at: 2)") == "26 + 9ε")
    }

    @Test func reverseModeOneBackwardPass() {
        let kernel = Kernel()
        kernel.run(Self.lectureFunction)
        kernel.run("let r = reverseGradient(of: f, at: [2, 3], names: [\"x\", \"y\"])")
        #expect(kernel.output("r.value") == "26")
        #expect(kernel.output("r.partials") == "[9, 13]")
        #expect(kernel.output("(r.forwardPasses, r.backwardPasses)") == "(1, 1)")
        #expect(kernel.output("reverseDerivative(of: { y in f(2, y) }, at: 3).derivative") == "13")
    }

    /// Figure 22: n₁ = n₂ + n₃, n₂ = n₄n₅, n₃ = n₆ + 5, n₄ = n₆², n₅ = x = 2, n₆ = y = 3.
    @Test func figure22TapeTable() {
        let kernel = Kernel()
        kernel.run("let r = reverseGradient(of: { x, y in pow(y, 2) * x + (y + 5) }, at: [2, 3], names: [\"x\", \"y\"])\nlet t = r.table")
        let values = ["n1": "26", "n2": "18", "n3": "8", "n4": "9", "n5": "2", "n6": "3"]
        for (node, value) in values { #expect(kernel.output("t.node(\"\(node)\").value") == value, "\(node)") }
        #expect(kernel.output("t.node(\"n₄\").operation") == "\"^2\"")
        #expect(kernel.output("t.node(\"y\").name") == "\"n₆\"")
        // The numbers on the links: 1 and 1 from n₁, 9 on n₂ → n₅, 2 on n₂ → n₄, 12 on n₄ → n₆, 1 on n₃ → n₆.
        let links = [("n1", "n2", "1"), ("n1", "n3", "1"), ("n2", "n5", "9"), ("n2", "n4", "2"), ("n4", "n6", "12"),
                     ("n3", "n6", "1")]
        for (from, to, number) in links {
            #expect(kernel.output("t.link(from: \"\(from)\", to: \"\(to)\").contribution") == number, "\(from) → \(to)")
        }
        #expect(kernel.output("t.link(from: \"n4\", to: \"n6\").localPartial") == "6")  // eq. 12: 2n₆
        #expect(kernel.output("t.node(\"n6\").adjoint") == "13")
        #expect(kernel.output("t.node(\"n5\").adjoint") == "9")
        let shown = kernel.output("t")
        #expect(shown.contains("∂f/∂y = adjoint of n₆ = 1 + 12 = 13"))
        #expect(shown.contains("n₄ → n₆        2              6                  12"))
    }

    /// Gormley §1.3: J = cos(sin(x²) + 3x²), dJ/dx = −sin(sin(x²) + 3x²)·(2x·cos(x²) + 6x).
    @Test(arguments: [-1.3, -0.2, 0.0, 0.7, 1.1, 2.5])
    func gormleyExampleAgainstClosedForm(x: Double) {
        let closedForm = -Foundation.sin(Foundation.sin(x * x) + 3 * x * x) * (2 * x * Foundation.cos(x * x) + 6 * x)
        let value = Foundation.cos(Foundation.sin(x * x) + 3 * x * x)
        let kernel = Kernel()
        kernel.run("let J = { x in cos(sin(x * x) + 3 * x * x) }")
        let cell = """
        let forward = derivative(of: J, at: \(x))
        let reverse = reverseDerivative(of: J, at: \(x))
        expect(forward.value, closeTo: \(value), tolerance: 1e-12)
        expect(forward.derivative, closeTo: \(closedForm), tolerance: 1e-12)
        expect(reverse.derivative, closeTo: \(closedForm), tolerance: 1e-12)
        """
        #expect(kernel.output(cell) == "")
    }

    /// d/dx of each elementary function, worked out by hand, in both modes at x = 0.3 (and relu on both sides).
    @Test func elementaryFunctionsInBothModes() {
        let x = 0.3
        let sigma = 1 / (1 + Foundation.exp(-x))
        let cases: [(String, Double)] = [
            ("sin(x)", Foundation.cos(x)), ("cos(x)", -Foundation.sin(x)), ("tan(x)", 1 / (Foundation.cos(x) * Foundation.cos(x))),
            ("exp(x)", Foundation.exp(x)), ("log(x)", 1 / x), ("sqrt(x)", 0.5 / Foundation.sqrt(x)),
            ("tanh(x)", 1 - Foundation.tanh(x) * Foundation.tanh(x)), ("sigmoid(x)", sigma * (1 - sigma)),
            ("relu(x)", 1), ("relu(-x)", 0), ("pow(x, 3)", 3 * x * x), ("pow(x, 0.5)", 0.5 / Foundation.sqrt(x)),
            ("pow(2, x)", Foundation.pow(2, x) * Foundation.log(2.0)), ("pow(x, x)", Foundation.pow(x, x) * (Foundation.log(x) + 1)),
            ("x / (1 + x)", 1 / ((1 + x) * (1 + x))), ("abs(-x)", 1),
        ]
        for (expression, expected) in cases {
            let cell = """
            expect(derivative(of: { x in \(expression) }, at: \(x)).derivative, closeTo: \(expected), tolerance: 1e-12)
            expect(reverseDerivative(of: { x in \(expression) }, at: \(x)).derivative, closeTo: \(expected), tolerance: 1e-12)
            """
            #expect(output(cell) == "", "\(expression)")
        }
    }

    /// Grosse, Lecture 5 §2.4: w̄ = z̄x + R̄w with z̄ = (y − t)σ′(z), R̄ = λ; b̄ = z̄.
    @Test func grosseRegularizedExample() {
        let (w, b, x, t, lambda) = (0.5, -0.3, 1.5, 1.0, 0.1)
        let z = w * x + b
        let y = 1 / (1 + Foundation.exp(-z))
        let zBar = (y - t) * y * (1 - y)
        let wBar = zBar * x + lambda * w
        let cell = """
        let loss = { w, b in 0.5 * pow(sigmoid(w * \(x) + b) - \(t), 2) + \(lambda) * 0.5 * pow(w, 2) }
        let r = reverseGradient(of: loss, at: [\(w), \(b)], names: ["w", "b"])
        expect(r.partials[0], closeTo: \(wBar), tolerance: 1e-12)
        expect(r.partials[1], closeTo: \(zBar), tolerance: 1e-12)
        """
        #expect(output(cell) == "")
    }

    @Test func gradientChecks() {
        let kernel = Kernel()
        kernel.run(Self.lectureFunction)
        #expect(kernel.output("gradcheck(f, at: [2, 3]).passed") == "true")
        #expect(kernel.output("gradcheck(of: f, at: [2, 3]).passed") == "true")
        // A claimed ∂f/∂y = 12 forgets the path through n₃ (Figure 22) and must fail.
        #expect(kernel.output("gradcheck(f, analytic: [9, 12], at: [2, 3]).passed") == "false")
        #expect(kernel.output("gradcheck(f, analytic: [9, 12], at: [2, 3])").contains("FAIL"))
        // Gormley §2.4 on J: the error falls as ε shrinks (truncation, ∝ ε²), then rises (rounding, ∝ 1/ε),
        // so the best step is neither the largest nor the smallest. (f itself is quadratic in y, where a
        // central difference has no truncation error at all.)
        kernel.run("let sweep = epsilonSweep(of: { x in cos(sin(x * x) + 3 * x * x) }, at: [0.7], input: 0)")
        #expect(kernel.output("let e = sweep.errors\ne[0] > sweep.smallestError && e[e.count - 1] > sweep.smallestError") == "true")
        #expect(kernel.output("sweep.bestEpsilon < 0.1 && sweep.bestEpsilon > 1e-12") == "true")
    }

    /// f(a, b, c) = aa + bb + cc: 3 products and 2 sums = 5 operations; 5 two-input nodes = 10 links.
    @Test func forwardVersusReverseCost() {
        let kernel = Kernel()
        kernel.run("let c = autodiffCost(of: { a, b, c in a * a + b * b + c * c }, at: [1, 2, 3])")
        #expect(kernel.output("c.operationsPerEvaluation") == "5")
        #expect(kernel.output("let m = c.forwardMode\n(m.forwardPasses, m.backwardPasses, m.forwardOperations)") == "(3, 0, 15)")
        #expect(kernel.output("let m = c.reverseMode\n(m.forwardPasses, m.backwardPasses, m.forwardOperations, m.backwardSteps)") == "(1, 1, 5, 10)")
        // A function of an array: the point goes in whole.
        #expect(kernel.output("autodiffCost(of: { (v: [Double]) in v[0] * v[1] }, at: [1, 2]).forwardMode.forwardPasses") == "2")
    }

    /// sin(x·x) + cos(x·x) asks for 5 operations; with sharing x·x is computed once (Grosse: "wx + b is computed four times").
    @Test func sharedSubexpressions() {
        let kernel = Kernel()
        kernel.run("let h = { x in sin(x * x) + cos(x * x) }")
        #expect(kernel.output("let r = reverseGradient(of: h, at: [1])\n(r.operationsRequested, r.operationsComputed)") == "(5, 4)")
        #expect(kernel.output("let r = reverseGradient(of: h, at: [1], sharesRepeatedSubexpressions: false)\n(r.operationsRequested, r.operationsComputed)") == "(5, 5)")
        // d/dx = 2x(cos x² − sin x²) either way.
        let expected = 2 * (Foundation.cos(1.0) - Foundation.sin(1.0))
        #expect(kernel.output("expect(reverseGradient(of: h, at: [1]).partials[0], closeTo: \(expected), tolerance: 1e-12)") == "")
    }

    @Test func errors() {
        #expect(failure("gradient(of: { x, y in x * y }, at: [1, 2, 3])").contains("closure takes 2 arguments but the point has 3 coordinates"))
        #expect(failure("derivative(of: { x in \"slope\" }, at: 1)").contains("derivative(of:at:): the function must return one number, but it returned String \"slope\""))
        #expect(failure("reverseGradient(of: { x, y in [x, y] }, at: [1, 2])").contains("differentiate each output separately"))
        #expect(failure("reverseGradient(of: { x in x * Dual(1, derivative: 1) }, at: [1])").contains("cannot combine a TapeVariable (reverse mode) with a Dual (forward mode)"))
        #expect(failure("Dual(1, derivative: 1) % 2").contains("cannot apply '%' to Dual"))
        #expect(failure("gradient(of: { x, y in x * y }, at: [1, 2], names: [\"x\"])").contains("names: gives 1 name for a point of 2 coordinates"))
        #expect(failure("epsilonSweep(of: { x, y in x * y }, at: [1, 2], input: \"z\")").contains("input: 'z' is not one of the inputs x, y"))
        let kernel = Kernel()
        kernel.run("let r = reverseGradient(of: { x, y in x * y }, at: [1, 2])")
        #expect(kernel.error("r.table.node(\"n9\")").contains("the tape has no node named 'n9'"))
        #expect(kernel.error("r.table.link(from: \"n1\", to: \"n9\")").contains("the tape has no link from 'n1' to 'n9'"))
        // A tracked value kept from an earlier run meets a new tape: an error, not a trap.
        kernel.run("var kept = Tape().variable(1, name: \"k\")")
        #expect(kernel.error("reverseGradient(of: { x in x + kept }, at: [2])").contains("two different tapes"))
        #expect(kernel.error("Tape().backward(from: kept)").contains("needs a value computed on this tape"))
    }
}
