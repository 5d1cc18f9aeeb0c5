extension Matrix {
    /// A pivot smaller than this times the matrix's largest entry counts as zero: the system
    /// is singular to working precision (about 10⁴ ulps of slack for the small systems notebooks solve).
    public static let singularPivotTolerance = 1e-12

    /// Solves `self · X = right` for X by Gaussian elimination with partial pivoting;
    /// throws when `self` is not square, the shapes disagree, or the system is singular.
    public func solve(_ right: Matrix) throws -> Matrix {
        guard rows == columns else {
            throw MatrixError.shapeMismatch(operation: "solve with a non-square", left: shape, right: right.shape)
        }
        guard right.rows == rows else {
            throw MatrixError.productMismatch(left: shape, right: right.shape)
        }
        let n = rows, m = right.columns
        var a = self, b = right
        let threshold = Matrix.singularPivotTolerance * Swift.max(maxAbs, Double.leastNormalMagnitude)
        for column in 0..<n {
            // Partial pivoting: the largest entry at or below the diagonal keeps multipliers ≤ 1.
            var pivot = column
            for row in column + 1..<n where Swift.abs(a[row, column]) > Swift.abs(a[pivot, column]) { pivot = row }
            guard Swift.abs(a[pivot, column]) > threshold else {
                throw MatrixError.singular(operation: "solve the linear system", size: n)
            }
            if pivot != column {
                for j in 0..<n { a.storage.swapAt(pivot * n + j, column * n + j) }
                for j in 0..<m { b.storage.swapAt(pivot * m + j, column * m + j) }
            }
            for row in column + 1..<n {
                let factor = a[row, column] / a[column, column]
                guard factor != 0 else { continue }
                for j in column..<n { a[row, j] -= factor * a[column, j] }
                for j in 0..<m { b[row, j] -= factor * b[column, j] }
            }
        }
        for row in stride(from: n - 1, through: 0, by: -1) {
            for j in 0..<m {
                var value = b[row, j]
                for k in row + 1..<n { value -= a[row, k] * b[k, j] }
                b[row, j] = value / a[row, row]
            }
        }
        return b
    }
}
