extension Matrix {
    /// `self + other` entry by entry, broadcasting a 1×n row, an m×1 column or a 1×1 matrix.
    ///
    /// ```swift
    /// let z = try x.multiplied(by: w).adding(bias)   // bias: 1×outputs, added to every row
    /// ```
    public func adding(_ other: Matrix) throws -> Matrix {
        try combined(with: other, operation: "add", +)
    }

    /// `self − other` entry by entry, with the broadcasting of `adding(_:)`.
    public func subtracting(_ other: Matrix) throws -> Matrix {
        try combined(with: other, operation: "subtract", -)
    }

    /// The Hadamard (entrywise) product, with the broadcasting of `adding(_:)`.
    public func multiplyingElementwise(_ other: Matrix) throws -> Matrix {
        try combined(with: other, operation: "multiply elementwise", *)
    }

    /// Entrywise division, with the broadcasting of `adding(_:)`.
    public func dividingElementwise(_ other: Matrix) throws -> Matrix {
        try combined(with: other, operation: "divide elementwise", /)
    }

    /// Every entry multiplied by `factor`.
    public func scaled(by factor: Double) -> Matrix {
        Matrix(rows: rows, columns: columns, storage: storage.map { $0 * factor })
    }

    /// Every entry plus `value`.
    public func adding(scalar value: Double) -> Matrix {
        Matrix(rows: rows, columns: columns, storage: storage.map { $0 + value })
    }

    /// `transform` applied to every entry, keeping the shape.
    public func map(_ transform: (Double) throws -> Double) rethrows -> Matrix {
        Matrix(rows: rows, columns: columns, storage: try storage.map(transform))
    }

    /// The shape two operands broadcast to: each size must match or be 1 on one side.
    public static func broadcastShape(_ left: Shape, _ right: Shape, operation: String) throws -> Shape {
        func size(_ l: Int, _ r: Int) -> Int? { l == r ? l : (l == 1 ? r : (r == 1 ? l : nil)) }
        guard let rows = size(left.rows, right.rows), let columns = size(left.columns, right.columns) else {
            throw MatrixError.broadcastMismatch(operation: operation, left: left, right: right)
        }
        return (rows, columns)
    }

    /// A matrix shape as `(rows, columns)`.
    public typealias Shape = MatrixError.Shape

    /// Combines two matrices entry by entry, repeating a size-1 dimension of either side.
    private func combined(with other: Matrix, operation: String,
                          _ combine: (Double, Double) -> Double) throws -> Matrix {
        let target = try Matrix.broadcastShape(shape, other.shape, operation: operation)
        if target == shape && other.shape == shape {
            return Matrix(rows: rows, columns: columns, storage: zip(storage, other.storage).map(combine))
        }
        try Matrix.checkShape(rows: target.rows, columns: target.columns)
        // A stride of 0 repeats the single row or column of a broadcast operand.
        let leftRow = rows == 1 ? 0 : columns, leftColumn = columns == 1 ? 0 : 1
        let rightRow = other.rows == 1 ? 0 : other.columns, rightColumn = other.columns == 1 ? 0 : 1
        var result = Matrix(rows: target.rows, columns: target.columns)
        for i in 0..<target.rows {
            for j in 0..<target.columns {
                result.storage[i * target.columns + j] = combine(
                    storage[i * leftRow + j * leftColumn], other.storage[i * rightRow + j * rightColumn])
            }
        }
        return result
    }
}
