import Testing
@testable import CellLanguage

/// Every cell sits at notebook line 10 with a 2-column prefix, so cell line L column C is notebook (9 + L):(C + 2).
@Suite("Errors") struct ErrorTests {
    @Test func syntaxError() {
        #expect(failure("let x = (1 + 2") == "10:17: expected ')' to end tuple")
    }

    @Test func unsupportedConstructs() {
        #expect(failure("class Net {}") == "10:3: 'class' declarations are not supported in notebook cells")
        #expect(failure("import Foundation") == "10:3: 'import' declarations are not supported in notebook cells")
        #expect(failure("let a = 1\nstruct S {}") == "11:3: 'struct' declarations are not supported in notebook cells")
        #expect(failure("let a = [1]\nwhile let f = a.first { print(f) }") == "11:9: 'while let' is not supported in notebook cells; test '!= nil' and unwrap with '!'")
        #expect(failure("let a = [1]\na.first?.magnitude") == "11:3: optional chaining with '?.' is not supported in notebook cells; unwrap with 'if let', '??' or '!'")
    }

    @Test func unknownNameSuggestsClosest() {
        #expect(failure("sqr(4.0)") == "10:3: cannot find 'sqr' in scope; did you mean 'sqrt'?")
        #expect(failure("let learningRate = 0.1\nlearningRat * 2") == "11:3: cannot find 'learningRat' in scope; did you mean 'learningRate'?")
        #expect(failure("zzzzzz") == "10:3: cannot find 'zzzzzz' in scope")
    }

    @Test func unknownMemberSuggestsClosest() {
        #expect(failure("let m = Matrix([[1]])\nm.shap") == "11:5: value of type 'Matrix' has no member 'shap'; did you mean 'shape'?")
    }

    @Test func builtinLabelsAndCounts() {
        #expect(failure("stride(from: 0, too: 1, by: 0.5)") == "10:3: no label 'too:' in call to stride(from:to:by:); did you mean 'to:'?")
        #expect(failure("pow(2)") == "10:3: pow(_:_:) expects 2 arguments, found 1")
    }

    @Test func argumentTypeMismatchPointsAtArgument() {
        #expect(failure("Matrix(rows: \"two\", columns: 2)")
            == "10:16: expected an Int for argument 'rows:' of Matrix(rows:columns:repeating:), found String \"two\"")
    }

    @Test func aNegativeNumberIsNoUInt64() {
        #expect(failure("let s = -1\nlet u = UInt64(s)") == "11:18: cannot convert -1 to a UInt64: it is negative")
    }

    @Test func indexOutOfRange() {
        #expect(failure("let a = [1, 2, 3]\nlet b = a[5]") == "11:12: index 5 is out of range for an array of 3 elements")
        #expect(failure("var m = Matrix(rows: 2, columns: 2)\nm[2, 0] = 1") == "11:4: index [2, 0] is out of range for a 2×2 matrix")
    }

    @Test func integerOverflowAndDivisionByZero() {
        #expect(failure("let big = 9223372036854775807\nbig + 1") == "11:7: arithmetic overflow in 9223372036854775807 + 1")
        #expect(failure("let n = 0\n1 / n") == "11:5: division by zero in 1 / 0")
        #expect(output("1.0 / 0") == "inf")
    }

    @Test func typeMismatchInOperator() {
        #expect(failure("\"a\" * 2") == "10:7: cannot apply '*' to String \"a\" and Int 2")
        #expect(failure("if 1 { }") == "10:6: expected a Bool condition, found Int 1")
    }

    @Test func letConstants() {
        #expect(failure("let a = 1\na = 2") == "11:3: cannot assign to value: 'a' is a 'let' constant")
        #expect(failure("let a = [1]\na[0] = 2") == "11:3: cannot assign through subscript: 'a' is a 'let' constant")
    }

    @Test func expectations() {
        #expect(failure("let h = [0.731059]\nexpect(h[0] == 0.5)") == "11:3: expectation failed: h[0] == 0.5 (0.731059 vs 0.5)")
        #expect(failure("expect(1 + 1, equals: 3)") == "10:3: expectation failed: 1 + 1 equals 3 (2 vs 3)")
        #expect(failure("expect(0.5, closeTo: 0.6, tolerance: 0.01)") == "10:3: expectation failed: 0.5 is within 0.01 of 0.6 (0.5 vs 0.6)")
        #expect(failure("expect(Matrix([[1, 2]]), closeTo: [[1, 2.5]], tolerance: 0.1)")
            == "10:3: expectation failed: Matrix([[1, 2]]) is within 0.1 of [[1, 2.5]] (at [1]: 2 vs 2.5)")
        #expect(output("expect(0.1 + 0.2, closeTo: 0.3)\nexpect(2 == 2.0)\nexpect([1, 2], equals: [1, 2])") == "")
    }

    @Test func outputBeforeErrorIsKept() {
        let result = Kernel().run("print(\"before\")\nlet x = 1 / 0")
        #expect(result.blocks.text == "before")
        #expect(result.error?.line == 11)
        #expect(result.error?.formatted == "nb.md:11:13: error: division by zero in 1 / 0\nlet x = 1 / 0\n            ^")
    }

    @Test func failedCellLeavesSessionUsableAndForgetsUnrunDeclarations() {
        let kernel = Kernel()
        kernel.run("let ok = 1")
        #expect(kernel.run("let fine = 2\nlet broken = 1 / 0").error != nil)
        #expect(kernel.output("ok + fine") == "3")
        #expect(kernel.error("broken") == "10:3: cannot find 'broken' in scope")
    }

    @Test func multilineCellMapsColumnsPerLine() {
        let result = Kernel().session.run(CellSource(file: "nb.md", code: "let a = 1\n  a + \"x\"", firstLine: 42, columnOffsets: [0, 4]))
        #expect(result.error.map { "\($0.line):\($0.column)" } == "43:9")
    }
}

@Suite("Limits") struct LimitTests {
    @Test func timeoutStopsRunawayLoopAndSessionStaysUsable() {
        let kernel = Kernel(limits: ExecutionLimits(secondsPerCell: 0.5))
        #expect(kernel.error("var n = 0\nwhile true { n += 1 }") == "11:3: cell exceeded the time limit of 0.5 s (raise it with --timeout)")
        #expect(kernel.output("1 + 1") == "2")
    }

    @Test func timeoutInRecursionWithoutLoops() {
        let kernel = Kernel(limits: ExecutionLimits(secondsPerCell: 0.3))
        let message = kernel.error("func f(_ n: Int) -> Int { n == 0 ? 0 : f(n - 1) + f(n - 1) }\nf(60)")
        #expect(message.hasSuffix("cell exceeded the time limit of 0.3 s (raise it with --timeout)"))
    }

    @Test func longVerbsCountTowardTheTimeLimitAndHugeHistoriesAreRefused() {
        // A million perceptron epochs on XOR (it never converges) take longer than 0.05 s even in
        // release; the run stops at the limit instead of finishing (or exhausting memory for 10⁹).
        let kernel = Kernel(limits: ExecutionLimits(secondsPerCell: 0.05))
        #expect(kernel.error("perceptron(.xor(), maxEpochs: 1_000_000)").hasSuffix("cell exceeded the time limit of 0.05 s (raise it with --timeout)"))
        #expect(kernel.error("perceptron(.xor(), maxEpochs: 1_000_001)")
            == "10:33: maxEpochs may be at most 1000000 (the run keeps every epoch's weights), found 1000001")
        #expect(kernel.error("train(Network(sizes: [2, 2, 1], activations: [.sigmoid, .sigmoid]), on: .xor(), loss: .meanSquared, learningRate: 0.5, epochs: 50_000_001)")
            == "10:130: epochs may be at most 50000000 (the history keeps one loss per epoch), found 50000001")
        #expect(kernel.output("perceptron(.and(), maxEpochs: 1_000_000).converged") == "true")
    }

    @Test func deepRecursionIsAnError() {
        let kernel = Kernel()
        #expect(kernel.error("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)")
            == "10:32: call depth exceeded 200 (unbounded recursion?)")
        #expect(kernel.output("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\ndepth(199)") == "199")
    }

    @Test func deepRecursionWithinAHighLimitDoesNotOverflowTheStack() {
        let kernel = Kernel(limits: ExecutionLimits(maximumCallDepth: 20_000))
        #expect(kernel.output("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\ndepth(10000)") == "10000")
    }

    @Test func deeplyNestedExpressionIsASyntaxErrorNotACrash() {
        let code = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(Kernel().run(code).error != nil)
    }
}
