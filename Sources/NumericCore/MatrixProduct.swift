extension Matrix {
    /// Products with at most this many multiply-adds (m·k·n) run in a plain Swift loop;
    /// larger ones call BLAS `dgemm`, whose call overhead only pays off once the work is
    /// this large (measured on the development machine).
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
    /// `op` transposes when asked, so backpropagation can form `Xᵀ·δ` and `δ·Wᵀ` without copies.
    static func multiply(_ a: Matrix, transposingFirst transposeA: Bool = false,
                         _ b: Matrix, transposingSecond transposeB: Bool = false,
                         into c: inout Matrix, accumulate: Bool = false) {
        let m = transposeA ? a.columns : a.rows
        let inner = transposeA ? a.rows : a.columns
        let n = transposeB ? b.rows : b.columns
        precondition(inner == (transposeB ? b.columns : b.rows) && c.rows == m && c.columns == n,
                     "matrix product shapes")
        guard m > 0, n > 0 else { return }
        a.storage.withUnsafeBufferPointer { left in
            b.storage.withUnsafeBufferPointer { right in
                c.storage.withUnsafeMutableBufferPointer { out in
                    guard inner > 0 else {
                        if !accumulate { out.update(repeating: 0) }
                        return
                    }
                    productKernel(left.baseAddress!, transposeA: transposeA, right.baseAddress!,
                                  transposeB: transposeB, out.baseAddress!, m: m, inner: inner, n: n,
                                  accumulate: accumulate)
                }
            }
        }
    }
}
