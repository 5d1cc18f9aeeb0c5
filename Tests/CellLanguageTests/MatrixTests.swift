import Testing
@testable import CellLanguage

@Suite("Matrices") struct MatrixTests {
    @Test func productTransposeShape() {
        // [[1,2],[3,4]]·[[5],[6]] = [[17],[39]]
        #expect(output("let a: Matrix = [[1, 2], [3, 4]]\nlet b = Matrix([[5], [6]])\nlet c = a * b\n[c[0, 0], c[1, 0]]") == "[17, 39]")
        #expect(output("let a = Matrix([[1, 2, 3]])\na.T.shape") == "(3, 1)")
        #expect(output("let a = Matrix([[1, 2, 3]])\n[a.rows, a.columns]") == "[1, 3]")
        #expect(output("Matrix([[1, 2], [3, 4]]).transposed[0, 1]") == "3")
    }

    @Test func elementwiseAndBroadcast() {
        let code = """
        let x = Matrix([[1, 2], [3, 4]])
        let b: Matrix = [[10, 20]]
        let y = x + b
        [y[0, 0], y[0, 1], y[1, 0], y[1, 1]]
        """
        #expect(output(code) == "[11, 22, 13, 24]")
        #expect(output("let x = Matrix([[1, 2], [3, 4]])\n(x .* x)[1, 1]") == "16")
        #expect(output("let x = Matrix([[1, 2], [3, 4]])\n(2 * x - x)[1, 0]") == "3")
        #expect(output("let x = Matrix([[1, 2], [3, 4]])\n(x / 2)[0, 0]") == "0.5")
    }

    @Test func reductionsAndMap() {
        #expect(output("let x = Matrix([[1, 2], [3, 4]])\nx.sum()") == "10")
        #expect(output("let x = Matrix([[1, 2], [3, 4]])\nx.mean()") == "2.5")
        #expect(output("let x = Matrix([[1, 2], [3, 4]])\nx.map { $0 * $0 }.sum()") == "30")
        #expect(output("exp(Matrix([[0, 0]])).sum()") == "2")
    }

    @Test func subscriptsAssign() {
        #expect(output("var m = Matrix(rows: 2, columns: 2)\nm[0, 1] = 2\nm[1, 0] += 5\nm.sum()") == "7")
        #expect(output("let h = Matrix([[0.25, 0.75]])\nh[1]") == "0.75")
    }

    @Test func shapeErrorsNameBothShapes() {
        #expect(failure("let a = Matrix([[1, 2, 3]])\nlet b = Matrix([[1, 2, 3]])\na * b")
            == "12:5: cannot multiply a 1×3 matrix by a 1×3 matrix: inner sizes 3 and 1 differ")
        #expect(failure("let a = Matrix([[1, 2], [3, 4]])\na + Matrix([[1, 2, 3]])")
            == "11:5: cannot add a 2×2 matrix and a 1×3 matrix: shapes must match, or one must be a 1×2 row, a 2×1 column or a 1×1 matrix")
    }

    @Test func raggedLiteral() {
        #expect(failure("let m: Matrix = [[1, 2], [3]]") == "10:19: matrix rows must have equal lengths: row 0 has 2 entries, row 1 has 1")
    }
}
