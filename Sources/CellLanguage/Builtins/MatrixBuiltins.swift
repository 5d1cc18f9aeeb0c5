import NumericCore

/// `Matrix(_:)`, `Matrix(rows:columns:repeating:)`, `transpose(_:)`, `matmul`-free: the product is `*`.
enum MatrixBuiltins {
    static let builtins: [Builtin] = [
        Builtin("Matrix(_:)") { arguments, _ in .matrix(try arguments.matrix(0)) },
        Builtin("Matrix(row:)") { arguments, _ in .matrix(Matrix(row: try arguments.doubles("row"))) },
        Builtin("Matrix(column:)") { arguments, _ in .matrix(Matrix(column: try arguments.doubles("column"))) },
        Builtin("Matrix(rows:columns:repeating?:)") { arguments, _ in
            let rows = try arguments.int("rows"), columns = try arguments.int("columns")
            guard rows >= 0, columns >= 0 else { throw CellError("a matrix needs a shape ≥ 0, found \(rows)×\(columns)") }
            let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
            guard !overflow else { throw CellError("a \(rows)×\(columns) matrix is too large") }
            try ResourceLimits.checkElementCount(count)
            // No entries is not small: an Int.max × 0 matrix still has Int.max rows to show.
            guard Swift.max(rows, columns) <= ResourceLimits.maximumElements else {
                throw CellError("a \(rows)×\(columns) matrix is too large: a side may be at most \(ResourceLimits.maximumElements)")
            }
            let fill = try arguments.has("repeating") ? arguments.double("repeating") : 0
            return .matrix(Matrix(rows: rows, columns: columns, repeating: fill))
        },
        Builtin("transpose(_:)") { arguments, _ in .matrix(MatrixArithmetic.transposed(try arguments.matrix(0))) },
    ]
}
