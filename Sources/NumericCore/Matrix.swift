/// A dense, row-major matrix of `Double`.
///
/// Storage is one contiguous array, so products and training steps can run without
/// allocating per element. In the course's convention a batch is a matrix with
/// one row per example, so a layer computes `z = X·W + b` with `b` a 1×n row.
///
/// The throwing methods (`multiplied(by:)`, `adding(_:)`, …) are what an
/// interpreter calls; the operators (`*`, `+`, `-`, `.*`) trap on a shape error
/// and are meant for Swift code linking the core.
public struct Matrix: Sendable, Equatable {
    /// The largest number of entries a throwing initializer will allocate (50 million,
    /// 400 MB of `Double`), so a typo in a notebook fails with an error instead of
    /// exhausting memory.
    public static let maximumEntryCount = 50_000_000

    /// Number of rows.
    public private(set) var rows: Int
    /// Number of columns.
    public private(set) var columns: Int
    /// The entries, row after row.
    public var storage: [Double]

    /// Creates a `rows × columns` matrix filled with `value` (traps on a negative shape).
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "negative matrix shape")
        self.rows = rows
        self.columns = columns
        self.storage = [Double](repeating: value, count: rows * columns)
    }

    /// Creates a matrix from row-major entries; `storage.count` must be `rows * columns`.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(storage.count == rows * columns, "storage does not match shape")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Creates a matrix from nested rows, throwing when the rows have different lengths.
    ///
    /// ```swift
    /// let w = try Matrix([[1, -1], [-1, 1]])   // 2×2
    /// ```
    public init(_ nested: [[Double]]) {
        self = stopOnError { try Matrix(validating: nested) }
    }

    /// Creates a matrix from rows, throwing on ragged rows or a shape over the limit.
    public init(validating nested: [[Double]]) throws {
        let columns = nested.first?.count ?? 0
        for (index, row) in nested.enumerated() where row.count != columns {
            throw MatrixError.raggedRows(row: index, expected: columns, found: row.count)
        }
        try Matrix.checkShape(rows: nested.count, columns: columns)
        self.init(rows: nested.count, columns: columns, storage: nested.flatMap { $0 })
    }

    /// Creates a 1×n row matrix, the shape of one example or of a bias row.
    public init(row values: [Double]) {
        self.init(rows: 1, columns: values.count, storage: values)
    }

    /// Creates an n×1 column matrix.
    public init(column values: [Double]) {
        self.init(rows: values.count, columns: 1, storage: values)
    }

    /// A `rows × columns` matrix of zeros; a negative or too large shape stops the program
    /// (``filled(rows:columns:with:)`` throws instead).
    public static func zeros(rows: Int, columns: Int) -> Matrix {
        stopOnError { try filled(rows: rows, columns: columns, with: 0) }
    }

    /// A `rows × columns` matrix of ones; a negative or too large shape stops the program.
    public static func ones(rows: Int, columns: Int) -> Matrix {
        stopOnError { try filled(rows: rows, columns: columns, with: 1) }
    }

    /// A `rows × columns` matrix with every entry `value`; throws on a negative or too large shape.
    public static func filled(rows: Int, columns: Int, with value: Double) throws -> Matrix {
        try checkShape(rows: rows, columns: columns)
        return Matrix(rows: rows, columns: columns, repeating: value)
    }

    /// The n×n identity matrix; a negative or too large size stops the program.
    public static func identity(_ size: Int) -> Matrix {
        var result = zeros(rows: size, columns: size)
        for index in 0..<size { result[index, index] = 1 }
        return result
    }

    /// Throws unless `rows × columns` is a non-negative shape within `maximumEntryCount`, each side
    /// included (an Int.max × 0 matrix has no entries, but its rows are walked).
    public static func checkShape(rows: Int, columns: Int) throws {
        guard rows >= 0, columns >= 0 else {
            throw MatrixError.negativeShape(rows: rows, columns: columns)
        }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, count <= maximumEntryCount, Swift.max(rows, columns) <= maximumEntryCount else {
            throw MatrixError.tooLarge(rows: rows, columns: columns, limit: maximumEntryCount)
        }
    }

    /// The shape as `(rows, columns)`.
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// The number of entries, `rows × columns`.
    public var count: Int { storage.count }

    /// The entry at `row`, `column` (zero-based).
    public subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// The rows as nested arrays, the inverse of `init(_:)`.
    public var nestedRows: [[Double]] {
        (0..<rows).map { Array(storage[$0 * columns..<($0 + 1) * columns]) }
    }

    /// The transpose: entry (i, j) becomes entry (j, i).
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        storage.withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutableBufferPointer { target in
                for i in 0..<rows {
                    for j in 0..<columns { target[j * rows + i] = source[i * columns + j] }
                }
            }
        }
        return result
    }

    /// Row `index` as a 1×n matrix; an index out of range stops the program, as an array's does.
    public func row(_ index: Int) -> Matrix {
        guard (0..<rows).contains(index) else {
            stop(MatrixError.indexOutOfRange(kind: "row", index: index, shape: (rows, columns)).description)
        }
        return Matrix(row: Array(storage[index * columns..<(index + 1) * columns]))
    }

    /// Column `index` as an m×1 matrix; an index out of range stops the program, as an array's does.
    public func column(_ index: Int) -> Matrix {
        guard (0..<columns).contains(index) else {
            stop(MatrixError.indexOutOfRange(kind: "column", index: index, shape: (rows, columns)).description)
        }
        return Matrix(column: (0..<rows).map { storage[$0 * columns + index] })
    }

    /// The rows at `indices`, in that order, as a new matrix (used for shuffling and mini-batches).
    public func selectingRows(_ indices: [Int]) throws -> Matrix {
        var result = Matrix(rows: indices.count, columns: columns)
        for (target, source) in indices.enumerated() {
            guard (0..<rows).contains(source) else {
                throw MatrixError.indexOutOfRange(kind: "row", index: source, shape: (rows, columns))
            }
            result.storage.replaceSubrange(target * columns..<(target + 1) * columns,
                                           with: storage[source * columns..<(source + 1) * columns])
        }
        return result
    }

    /// The largest absolute entry (0 for an empty matrix), used for tolerances and norms.
    public var maxAbs: Double {
        storage.reduce(0) { Swift.max($0, Swift.abs($1)) }
    }

    /// Whether every entry is within `tolerance` of the matching entry of `other` (shapes must match).
    public func isApproximatelyEqual(to other: Matrix, tolerance: Double) -> Bool {
        guard rows == other.rows, columns == other.columns else { return false }
        return zip(storage, other.storage).allSatisfy { Swift.abs($0 - $1) <= tolerance }
    }
}
