import Testing
@testable import NumericCore

/// The product by definition, c[i,j] = Σ_k a[i,k]·b[k,j]: the oracle for every product path.
func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    var c = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows {
        for j in 0..<b.columns {
            var sum = 0.0
            for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
            c[i, j] = sum
        }
    }
    return c
}

func randomMatrix(_ rows: Int, _ columns: Int, _ generator: inout SeededGenerator) -> Matrix {
    Matrix(rows: rows, columns: columns, storage: (0..<rows * columns).map { _ in generator.nextDouble(in: -1, 1) })
}

@Suite("Matrix")
struct MatrixTests {
    @Test func literalsAndShapes() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.shape == (2, 3))
        #expect(m[1, 2] == 6)
        #expect(m.transposed == (try Matrix([[1, 4], [2, 5], [3, 6]])))
        #expect(Matrix(row: [1, 2]).shape == (1, 2))
        #expect(Matrix(column: [1, 2]).shape == (2, 1))
        #expect(try Matrix.identity(2) == (try Matrix([[1, 0], [0, 1]])))
        #expect(try Matrix.ones(rows: 1, columns: 2).storage == [1, 1])
        #expect(try m.row(1) == Matrix(row: [4, 5, 6]))
        #expect(try m.column(0) == Matrix(column: [1, 4]))
        #expect(m.maxAbs == 6)
    }

    @Test func raggedLiteralIsAnError() {
        #expect(throws: MatrixError.raggedRows(row: 1, expected: 2, found: 1)) {
            try Matrix(validating: [[1, 2], [3]])
        }
    }

    @Test func tooLargeIsAnErrorBeforeAllocation() throws {
        #expect(throws: MatrixError.self) { try Matrix.filled(rows: 1_000_000, columns: 1_000_000, with: 0) }
        #expect(throws: MatrixError.self) { try Matrix.filled(rows: -1, columns: 2, with: 0) }
        #expect(throws: MatrixError.self) { try Matrix.filled(rows: Int.max, columns: 3, with: 0) }
        // No entries, but Int.max rows to walk (make fuzz found its display reading past the storage).
        #expect(throws: MatrixError.self) { try Matrix.filled(rows: Int.max, columns: 0, with: 0) }
        #expect(throws: MatrixError.self) { try Matrix.filled(rows: 0, columns: Matrix.maximumEntryCount + 1, with: 0) }
        #expect(try Matrix.filled(rows: Matrix.maximumEntryCount, columns: 0, with: 0).rows == Matrix.maximumEntryCount)
    }

    @Test func productMatchesTheDefinitionOnEveryPath() throws {
        var generator = SeededGenerator(seed: 7)
        // Small shapes use the C kernel; 40×50·50×60 and 64×784·784×128 exceed the BLAS threshold.
        for (m, k, n) in [(1, 1, 1), (2, 3, 4), (5, 1, 7), (3, 8, 2), (40, 50, 60), (64, 784, 128), (0, 3, 2)] {
            let a = randomMatrix(m, k, &generator), b = randomMatrix(k, n, &generator)
            let expected = naiveProduct(a, b)
            #expect(try a.multiplied(by: b).isApproximatelyEqual(to: expected, tolerance: 1e-12))
            #expect((a * b).isApproximatelyEqual(to: expected, tolerance: 1e-12))
            // The transposing forms that backpropagation uses.
            var c = Matrix(rows: m, columns: n)
            Matrix.multiply(a.transposed, transposingFirst: true, b, into: &c)
            #expect(c.isApproximatelyEqual(to: expected, tolerance: 1e-12))
            Matrix.multiply(a, b.transposed, transposingSecond: true, into: &c)
            #expect(c.isApproximatelyEqual(to: expected, tolerance: 1e-12))
            Matrix.multiply(a, b, into: &c, accumulate: true)
            #expect(c.isApproximatelyEqual(to: expected.scaled(by: 2), tolerance: 1e-12))
        }
    }

    /// OpenBLAS is loaded by the first large product, not linked; on Linux with `libopenblas0` installed
    /// (the set-up command installs it) the loader must find it, or every large product falls back to loops.
    @Test func largeProductsLoadOpenBLAS() throws {
        #if os(Linux)
        var generator = SeededGenerator(seed: 3)
        let a = randomMatrix(64, 64, &generator), b = randomMatrix(64, 64, &generator)
        #expect(try a.multiplied(by: b).isApproximatelyEqual(to: naiveProduct(a, b), tolerance: 1e-12))
        #expect(Matrix.blasBackend.hasPrefix("OpenBLAS "), "\(Matrix.blasBackend)")
        #endif
    }

    @Test func smallProductsAreBitForBitTheOrderedSum() throws {
        // Below the BLAS threshold every entry must be ((c + a₀b₀) + a₁b₁) + …, each product rounded
        // before it is added, whatever vector width the CPU offers: handouts print the same bits
        // everywhere. Shapes cover every remainder of the 4-row × 16/8/4/2-column register blocks.
        var generator = SeededGenerator(seed: 11)
        let sizes = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 23, 31, 32]
        for m in sizes {
            for n in sizes {
                let inner = (m * 7 + n * 3) % 31 + 1
                guard m * inner * n <= Matrix.blasThreshold else { continue }
                let a = randomMatrix(m, inner, &generator), b = randomMatrix(inner, n, &generator)
                let start = randomMatrix(m, n, &generator)
                var ordered = start
                for i in 0..<m {
                    for j in 0..<n {
                        var sum = start[i, j]
                        for k in 0..<inner { sum += a[i, k] * b[k, j] }
                        ordered[i, j] = sum
                    }
                }
                #expect(try a.multiplied(by: b) == naiveProduct(a, b), "\(m)×\(inner)·\(inner)×\(n)")
                var c = start
                Matrix.multiply(a, b, into: &c, accumulate: true)
                #expect(c == ordered, "accumulating \(m)×\(inner)·\(inner)×\(n)")
                var d = start
                Matrix.multiply(a.transposed, transposingFirst: true, b, into: &d)
                #expect(d == naiveProduct(a, b), "transposed \(m)×\(inner)·\(inner)×\(n)")
            }
        }
        #expect(["avx512f", "avx2", "portable"].contains(Matrix.smallProductISA))
    }

    @Test func productShapeErrorNamesBothShapes() throws {
        let a = try Matrix.zeros(rows: 2, columns: 3), b = try Matrix.zeros(rows: 2, columns: 2)
        do {
            _ = try a.multiplied(by: b)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "cannot multiply a 2×3 matrix by a 2×2 matrix: inner sizes 3 and 2 differ")
        }
    }

    @Test func broadcasting() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(try m.adding(Matrix(row: [10, 20, 30])) == (try Matrix([[11, 22, 33], [14, 25, 36]])))
        #expect(try m.adding(Matrix(column: [10, 20])) == (try Matrix([[11, 12, 13], [24, 25, 26]])))
        #expect(try m.multiplyingElementwise(Matrix(row: [2])) == m.scaled(by: 2))
        #expect(try Matrix(row: [1, 2, 3]).subtracting(m) == (try Matrix([[0, 0, 0], [-3, -3, -3]])))
        #expect(try m.dividingElementwise(m) == (try Matrix.ones(rows: 2, columns: 3)))
        #expect(m .* m == m.map { $0 * $0 })
        #expect(m - 1 == m.adding(scalar: -1))
    }

    @Test func broadcastErrorNamesBothShapes() throws {
        let a = try Matrix.zeros(rows: 2, columns: 3), b = try Matrix.zeros(rows: 3, columns: 2)
        do {
            _ = try a.adding(b)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("cannot add a 2×3 matrix and a 3×2 matrix"))
        }
    }

    @Test func reductions() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.sum() == 21)
        #expect(m.mean() == 3.5)
        #expect(try m.sum(axis: 0) == Matrix(row: [5, 7, 9]))
        #expect(try m.sum(axis: 1) == Matrix(column: [6, 15]))
        #expect(try m.mean(axis: 0) == Matrix(row: [2.5, 3.5, 4.5]))
    }
}
