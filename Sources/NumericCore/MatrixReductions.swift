extension Matrix {
    /// The sum of every entry.
    public func sum() -> Double { storage.reduce(0, +) }

    /// The mean of every entry (NaN for an empty matrix).
    public func mean() -> Double { sum() / Double(count) }

    /// Sums along an axis, as numpy does: axis 0 adds down the rows giving a 1×n row
    /// (the bias gradient of a batch), axis 1 adds along each row giving an m×1 column; another axis
    /// stops the program.
    public func sum(axis: Int) -> Matrix {
        switch axis {
        case 0:
            var result = Matrix(rows: 1, columns: columns)
            for i in 0..<rows {
                for j in 0..<columns { result.storage[j] += storage[i * columns + j] }
            }
            return result
        case 1:
            return Matrix(column: (0..<rows).map { storage[$0 * columns..<($0 + 1) * columns].reduce(0, +) })
        default:
            stop(MatrixError.invalidAxis(axis).description)
        }
    }

    /// Means along an axis, with the conventions of `sum(axis:)`.
    public func mean(axis: Int) -> Matrix {
        let total = sum(axis: axis)
        return total.scaled(by: 1 / Double(axis == 0 ? rows : columns))
    }
}
