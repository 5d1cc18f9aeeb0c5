#if canImport(Accelerate)
import Accelerate
#elseif canImport(COpenBLAS)
import COpenBLAS
#endif

extension Matrix {
    /// Products with at most this many multiply-adds (m·k·n) run in a plain Swift loop;
    /// larger ones call BLAS `dgemm`, whose call overhead (about a microsecond) only pays
    /// off once the work is this large (measured on the development machine).
    public static let blasThreshold = 32 * 32 * 32

    /// The matrix product `self · other`; throws when the inner sizes differ.
    ///
    /// ```swift
    /// let z = try x.multiplied(by: w)   // (examples × inputs)·(inputs × outputs)
    /// ```
    public func multiplied(by other: Matrix) throws -> Matrix {
        guard columns == other.rows else {
            throw MatrixError.productMismatch(left: shape, right: other.shape)
        }
        try Matrix.checkShape(rows: rows, columns: other.columns)
        var result = Matrix(rows: rows, columns: other.columns)
        Matrix.multiply(self, other, into: &result)
        return result
    }

    /// Writes `op(a)·op(b)` (plus `c` when `accumulate`) into `c`, whose shape must already be right;
    /// `op` transposes when asked, so training can form `Xᵀ·δ` and `δ·Wᵀ` without copies.
    static func multiply(_ a: Matrix, transposingFirst transposeA: Bool = false,
                         _ b: Matrix, transposingSecond transposeB: Bool = false,
                         into c: inout Matrix, accumulate: Bool = false) {
        let m = transposeA ? a.columns : a.rows
        let inner = transposeA ? a.rows : a.columns
        let n = transposeB ? b.rows : b.columns
        precondition(inner == (transposeB ? b.columns : b.rows) && c.rows == m && c.columns == n,
                     "matrix product shapes")
        if m * inner * n > blasThreshold {
            #if canImport(Accelerate) || canImport(COpenBLAS)
            blasMultiply(a, transposeA, b, transposeB, into: &c, m: m, inner: inner, n: n, accumulate: accumulate)
            return
            #endif
        }
        a.storage.withUnsafeBufferPointer { left in
            b.storage.withUnsafeBufferPointer { right in
                c.storage.withUnsafeMutableBufferPointer { out in
                    if !accumulate { out.update(repeating: 0) }
                    smallMultiply(left, transposeA, right, transposeB, out, m: m, inner: inner, n: n)
                }
            }
        }
    }

    /// The loop for small products: i-k-j order so the innermost loop runs along
    /// contiguous rows of `b` and `c` and vectorises.
    @inline(__always)
    private static func smallMultiply(_ a: UnsafeBufferPointer<Double>, _ transposeA: Bool,
                                      _ b: UnsafeBufferPointer<Double>, _ transposeB: Bool,
                                      _ c: UnsafeMutableBufferPointer<Double>, m: Int, inner: Int, n: Int) {
        if transposeB {
            // c[i,j] += Σ_k a[i,k]·b[j,k]: rows of b are contiguous, so take dot products.
            for i in 0..<m {
                for j in 0..<n {
                    var sum = 0.0
                    for k in 0..<inner {
                        let aik = transposeA ? a[k * m + i] : a[i * inner + k]
                        sum += aik * b[j * inner + k]
                    }
                    c[i * n + j] += sum
                }
            }
            return
        }
        for i in 0..<m {
            for k in 0..<inner {
                let aik = transposeA ? a[k * m + i] : a[i * inner + k]
                if aik == 0 { continue }
                let rowB = k * n, rowC = i * n
                for j in 0..<n { c[rowC + j] += aik * b[rowB + j] }
            }
        }
    }

    #if canImport(Accelerate) || canImport(COpenBLAS)
    /// Hands a large product to BLAS `cblas_dgemm` (row-major).
    private static func blasMultiply(_ a: Matrix, _ transposeA: Bool, _ b: Matrix, _ transposeB: Bool,
                                     into c: inout Matrix, m: Int, inner: Int, n: Int, accumulate: Bool) {
        a.storage.withUnsafeBufferPointer { left in
            b.storage.withUnsafeBufferPointer { right in
                c.storage.withUnsafeMutableBufferPointer { out in
                    cblas_dgemm(CblasRowMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                .init(m), .init(n), .init(inner),
                                1.0, left.baseAddress, .init(Swift.max(a.columns, 1)),
                                right.baseAddress, .init(Swift.max(b.columns, 1)),
                                accumulate ? 1.0 : 0.0, out.baseAddress, .init(Swift.max(n, 1)))
                }
            }
        }
    }
    #endif
}
