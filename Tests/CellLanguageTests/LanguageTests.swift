import NotebookDisplay
import Testing
@testable import CellLanguage

@Suite("Expressions") struct ExpressionTests {
    /// As in Swift, `min()`, `max()`, `first`, `last` and `firstIndex(of:)` are optional: nil for an empty
    /// array or a missing element, unwrapped by `!`, `??`, `if let` and `guard let`.
    @Test func optionalsAsSwiftWritesThem() {
        #expect(output("[3, 1, 2].min()! + 1") == "2")
        #expect(output("let errors = [4, 3]\nerrors.max()! > 3") == "true")
        #expect(output("let none: [Int] = []\nnone.min()!") == "ERROR 11:13: unexpectedly found nil while unwrapping an optional value")
        #expect(output("let none: [Int] = []\nnone.max() ?? -1") == "-1")
        #expect(output("let none: [Int] = []\nnone.first == nil") == "true")
        #expect(output("[5, 7].firstIndex(of: 7)!") == "1")
        #expect(output("[5, 7].firstIndex(of: 9) == nil") == "true")
        #expect(output("if let top = [2, 9, 4].max() { print(top) } else { print(0) }") == "9")
        #expect(output("let none: [Int] = []\nif let top = none.max() { print(top) } else { print(\"empty\") }") == "empty")
        // The name bound by `if let` is the `then` block's only; `guard let` binds it after the guard.
        #expect(output("if let top = [1].first { print(top) }\ntop").contains("cannot find 'top' in scope"))
        #expect(output("func twice(_ a: [Int]) -> Int {\n    guard let x = a.first else { return 0 }\n    return 2 * x\n}\ntwice([4]) + twice([])") == "8")
        #expect(output("func bad(_ a: [Int]) -> Int {\n    guard let y = a.first else { return y }\n    return y\n}").contains("cannot find 'y' in scope"))
        #expect(output("var x: Int? = 3\nx = nil\nx ?? 10") == "10")
        #expect(output("let y: Int? = 5\nif let y { print(y + 1) }") == "6")
        // Text to a number, as Swift: nil when the text is no number.
        #expect(output("(Int(\"12\") ?? 0) + (Int(\"twelve\") ?? 100)") == "112")
        #expect(output("Double(\"0.5\")! * 2") == "1")
        #expect(output("Double(\"half\") == nil") == "true")
    }

    /// A program's optional shows as a cell's does: the value bare, or `nil` (NotebookDisplay's `Optional` display).
    @Test func anOptionalShowsInAProgramAsInACell() {
        let some: Double? = [3.0, 1.0].first, none: Double? = [Double]().max()
        #expect(some.display.text == output("[3.0, 1.0].first"))
        #expect(none.display.text == output("let empty: [Double] = []\nempty.max()"))
        #expect(none.inlineText == "nil" && [some, none].inlineText == "[3, nil]")
    }

    /// A generic function, as Swift writes one that numbers and dual numbers share, runs on each.
    @Test func genericFunctionsRunOnNumbersAndDualNumbers() {
        let code = "func square<T: DifferentiableScalar>(_ x: T) -> T { x * x }\n"
        #expect(output(code + "square(3.0)") == "9")
        // d/dx x² at 3 is 6.
        #expect(output(code + "derivative(of: square, at: 3).derivative") == "6")
    }

    /// NumericCore's `sum(axis:)` stops a program on a bad axis; a cell gets an error instead.
    @Test func aBadAxisIsACellError() {
        #expect(output("Matrix([[1, 2]]).sum(axis: 2)").contains("axis 2"))
    }

    @Test func precedence() {
        #expect(output("1 + 2 * 3") == "7")
        #expect(output("(1 + 2) * 3") == "9")
        #expect(output("10 - 4 - 3") == "3")
        #expect(output("2 * 3 + 4 * 5 == 26 && !false") == "true")
        #expect(output("1 < 2 || 1 / 0 == 0") == "true")
    }

    @Test func integerAndDoubleMix() {
        #expect(output("7 / 2") == "3")
        #expect(output("7 % 3") == "1")
        #expect(output("7.0 / 2") == "3.5")
        #expect(output("1 / 4.0 + 1") == "1.25")
        #expect(output("let x: Double = 2\nx / 4") == "0.5")
        #expect(output("var x = 0.0\nx = 3\nx / 2") == "1.5")
        #expect(output("func half(_ x: Double) -> Double { x / 2 }\nhalf(3)") == "1.5")
    }

    @Test func literals() {
        #expect(output("1_000_000") == "1000000")
        #expect(output("0x10") == "16")
        #expect(output("1e-3") == "0.001")
        #expect(output("\"a\\tb\"") == "\"a\tb\"")
        #expect(output("[1, 2.5]") == "[1, 2.5]")
        #expect(output("-0.0") == "0")
        #expect(output("1.0 / 3") == "0.333333")
        #expect(output("(1, \"x\")") == "(1, \"x\")")
    }

    @Test func unaryAndTernary() {
        #expect(output("let a = 3\n-a") == "-3")
        #expect(output("!(1 > 2)") == "true")
        #expect(output("let a = 5\na > 3 ? \"big\" : \"small\"") == "\"big\"")
    }

    @Test func strings() {
        #expect(output("let n = 3\n\"n = \\(n), half = \\(n / 2), x = \\(0.5)\"") == "\"n = 3, half = 1, x = 0.5\"")
        #expect(output("\"ab\" + \"cd\"") == "\"abcd\"")
        #expect(output("\"abc\".count") == "3")
    }

    @Test func mathFunctions() {
        // sin(0) = 0, exp(0) = 1, sqrt(16) = 4, pow(2, 10) = 1024, log(1) = 0.
        #expect(output("sin(0.0) + exp(0) + sqrt(16) + log(1.0)") == "5")
        #expect(output("pow(2, 10)") == "1024")
        #expect(output("abs(-3)") == "3")
        #expect(output("min(3, 1, 2)") == "1")
        #expect(output("max(0.5, 2)") == "2")
        #expect(output("floor(2.7) + ceil(0.2) + round(2.5)") == "6")
        #expect(output("tanh(0.0)") == "0")
        #expect(output("Int(3.9)") == "3")
        #expect(output("Double(3) / 2") == "1.5")
        // Swift's spelling of a seed made from a variable; the same seed as the literal.
        #expect(output("let e = 3\nUInt64(e) + 1") == "4")
        #expect(output("let a = Network(sizes: [2, 1], activations: [.sigmoid], seed: UInt64(7))\n"
            + "let b = Network(sizes: [2, 1], activations: [.sigmoid], seed: 7)\na.layers[0].weights == b.layers[0].weights") == "true")
    }

    @Test func ranges() {
        #expect(output("Array(0..<3)") == "[0, 1, 2]")
        #expect(output("Array(1...3)") == "[1, 2, 3]")
        #expect(output("stride(from: 0, to: 1, by: 0.25)") == "[0, 0.25, 0.5, 0.75]")
        #expect(output("stride(from: 3, through: 1, by: -1)") == "[3, 2, 1]")
        #expect(output("(0..<4).count") == "4")
    }
}

@Suite("Statements") struct StatementTests {
    @Test func variables() {
        #expect(output("var a = 1\na += 2\na *= 5\na -= 1\na") == "14")
        #expect(output("let (q, r) = (7 / 2, 7 % 2)\nq * 10 + r") == "31")
    }

    @Test func sharedEnvironmentAcrossCells() {
        let kernel = Kernel()
        #expect(kernel.output("let rate = 0.5\nvar count = 1") == "")
        #expect(kernel.output("count += 1\nrate * Double(count)") == "1")
        #expect(kernel.output("let rate = 2\nrate") == "2")
    }

    @Test func ifElse() {
        let code = """
        func sign(_ x: Double) -> Int {
            if x > 0 { return 1 } else if x < 0 { return -1 } else { return 0 }
        }
        [sign(3), sign(-2), sign(0)]
        """
        #expect(output(code) == "[1, -1, 0]")
    }

    @Test func loops() {
        #expect(output("var s = 0\nfor i in 1...100 { s += i }\ns") == "5050")
        #expect(output("var s = 0\nfor x in [1, 2, 3] where x != 2 { s += x }\ns") == "4")
        #expect(output("var n = 0\nwhile n < 10 { n += 3 }\nn") == "12")
        #expect(output("var n = 0\nrepeat { n += 1 } while n < 5\nn") == "5")
        #expect(output("var s = 0\nfor i in 0..<10 { if i == 5 { break }; if i % 2 == 0 { continue }; s += i }\ns") == "4")
        #expect(output("var t = 0\nfor (i, x) in [10, 20].enumerated() { t += i * x }\nt") == "20")
        #expect(output("var rows = 0\nfor row in Matrix([[1, 2], [3, 4], [5, 6]]) { rows += row.columns }\nrows") == "6")
    }

    @Test func guardStatement() {
        #expect(output("func f(_ x: Int) -> Int {\n    guard x > 0 else { return 0 }\n    return x\n}\n[f(-1), f(2)]") == "[0, 2]")
    }

    @Test func arrays() {
        #expect(output("var a = [1, 2, 3]\na[0] = 10\na.append(4)\na") == "[10, 2, 3, 4]")
        #expect(output("var a = [[1, 2], [3, 4]]\na[1][0] = 9\na") == "[[1, 2], [9, 4]]")
        #expect(output("var a = [1, 2]\na += [3]\na.count") == "3")
        #expect(output("[1, 2, 3, 4].filter { $0 % 2 == 0 }") == "[2, 4]")
        #expect(output("[1, 2, 3].reduce(0, +)") == "6")
        #expect(output("[1, 2, 3].reduce(1) { $0 * $1 }") == "6")
        #expect(output("[1.5, 2.5].sum()") == "4")
        #expect(output("var a = [0.5]\na[0] = 1\na[0] / 4") == "0.25")
        #expect(output("[3, 1, 2].sorted()") == "[1, 2, 3]")
    }
}

@Suite("Functions and closures") struct FunctionTests {
    @Test func recursion() {
        #expect(output("func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }\nfactorial(10)") == "3628800")
        #expect(output("func fib(_ n: Int) -> Int {\n    if n < 2 { return n }\n    return fib(n - 1) + fib(n - 2)\n}\nfib(15)") == "610")
    }

    @Test func labels() {
        #expect(output("func area(width w: Double, height: Double) -> Double { w * height }\narea(width: 2, height: 3)") == "6")
        #expect(failure("func f(x: Int) -> Int { x }\nf(y: 1)") == "11:3: no label 'y:' in call to f(x:); did you mean 'x:'?")
    }

    @Test func mutualRecursionThroughHoisting() {
        let code = """
        func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
        func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
        isEven(10)
        """
        #expect(output(code) == "true")
    }

    @Test func closures() {
        #expect(output("let f = { x in sin(3 * x) }\nf(0.0)") == "0")
        #expect(output("let g = { x, y in x * y * y + y + 5 }\ng(2, 3)") == "26")
        #expect(output("let sq: (Double) -> Double = { $0 * $0 }\nsq(1.5)") == "2.25")
        #expect(output("[1, 2].map { (x: Double) -> Double in x / 2 }") == "[0.5, 1]")
    }

    @Test func closuresCaptureVariables() {
        let kernel = Kernel()
        kernel.run("var total = 0\nlet add = { (n: Int) in total += n }")
        kernel.run("add(5)\nadd(7)")
        #expect(kernel.output("total") == "12")
        let counter = """
        func makeCounter() -> () -> Int {
            var count = 0
            return { count += 1; return count }
        }
        let next = makeCounter()
        next()
        next()
        """
        #expect(output(counter) == "1\n2")
    }

    @Test func closuresMadeInALoopKeepTheirPass() {
        // As in Swift, each pass of a loop has its own loop variable and body constants.
        let perPass = """
        var fs: [(Int) -> Int] = []
        for i in 0..<3 {
            let twice = 2 * i
            fs.append({ x in x + i + twice })
        }
        fs.map { $0(10) }
        """
        #expect(output(perPass) == "[10, 13, 16]")
        let nested = """
        var gs: [() -> () -> Int] = []
        var n = 0
        while n < 3 {
            let k = n * n
            gs.append({ { k } })
            n += 1
        }
        gs.map { $0()() }
        """
        #expect(output(nested) == "[0, 1, 4]")
        // A variable outside the loop is still shared, and a func in a loop still recurses.
        let shared = """
        var total = 0
        var adders: [() -> Void] = []
        for i in 1...3 { adders.append({ total += i }) }
        for add in adders { add() }
        total = total * 10
        for add in adders { add() }
        total
        """
        #expect(output(shared) == "66")
        let recursive = """
        var results: [Int] = []
        for n in [3, 5] {
            func factorial(_ m: Int) -> Int { m <= 1 ? 1 : m * factorial(m - 1) }
            results.append(factorial(n))
        }
        results
        """
        #expect(output(recursive) == "[6, 120]")
    }

    @Test func aVarInALoopThatMakesClosuresBelongsToItsPass() {
        // Swift (compiled with swiftc, same source) prints 101 102 111 121: each pass has its own
        // `count`, which its closure and the rest of its body share (the += 100 after the closure is
        // made counts); calls of one closure keep changing its own pass's variable.
        let counters = """
        var counters: [() -> Int] = []
        for i in 0..<3 {
            var count = i * 10
            counters.append {
                count += 1
                return count
            }
            count += 100
        }
        [counters[0](), counters[0](), counters[1](), counters[2]()]
        """
        #expect(output(counters) == "[101, 102, 111, 121]")
        // swiftc: [1, 2, 2, 3]: the closures of an inner loop share the outer pass's variable, a
        // `while` body's `var` is per pass too, and arrays in a boxed variable change in place.
        let nested = """
        var made: [() -> Int] = []
        var a = 0
        while a < 2 {
            var c = a
            for _ in 0..<2 { made.append { c += 1; return c } }
            a += 1
        }
        made.map { $0() }
        """
        #expect(output(nested) == "[1, 2, 2, 3]")
        let arrays = """
        var lists: [() -> [Int]] = []
        for i in 0..<2 {
            var items = [i]
            lists.append { items }
            items.append(i + 10)
            items[0] = -i
        }
        lists.map { $0() }
        """
        #expect(output(arrays) == "[[0, 10], [-1, 11]]")
        // swiftc: [11, 13], from a tuple pattern and a `continue` before one pass's declaration.
        let pattern = """
        var sums: [() -> Int] = []
        for i in 0..<3 {
            if i == 1 { continue }
            var (p, q) = (i, i + 1)
            sums.append { p + q }
            p = 10
        }
        sums.map { $0() }
        """
        #expect(output(pattern) == "[11, 13]")
    }

    @Test func builtinsAsValues() {
        #expect(output("[0.0, 0.0].map(exp)") == "[1, 1]")
    }
}

@Suite("Display rule") struct DisplayRuleTests {
    @Test func declarationsAndAssignmentsShowNothing() {
        #expect(output("let a = 1\nvar b = 2\nb = 3\nb += 1") == "")
        #expect(output("func f() {}\nf()") == "")
    }

    @Test func valuesInOrderWithPrints() {
        let result = Kernel().run("print(\"a\")\n1 + 1\nprint(\"b\", \"c\", separator: \"-\")\nprint(\"d\", terminator: \"\")\nprint(\"e\")")
        #expect(result.blocks == [.text("a\n"), .text("2"), .text("b-c\nde\n")])
    }

    @Test func stringsQuotedAsValuesBareWhenPrinted() {
        #expect(output("\"hi\"") == "\"hi\"")
        #expect(output("print(\"hi\")") == "hi")
        #expect(output("print([\"a\"], 1.50, true)") == "[\"a\"] 1.5 true")
    }

    @Test func matrixDisplaysAsTable() {
        let result = Kernel().run("Matrix([[1, 2.5], [-3, 4]])")
        #expect(result.blocks == [.table(.init(numbers: [[1, 2.5], [-3, 4]]))])
    }

    @Test func nestedLoopsDisplayNothing() {
        #expect(output("for i in 0..<3 { i }") == "")
    }
}
