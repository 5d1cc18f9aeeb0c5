/// What went wrong with a matrix operation; every message names the shapes involved.
public enum MatrixError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `init(_:)` was given rows of different lengths.
    case raggedRows(row: Int, expected: Int, found: Int)
    /// A shape with a negative dimension.
    case negativeShape(rows: Int, columns: Int)
    /// A shape over `Matrix.maximumEntryCount` entries.
    case tooLarge(rows: Int, columns: Int, limit: Int)
    /// A product whose inner sizes differ.
    case productMismatch(left: Shape, right: Shape)
    /// An elementwise operation whose shapes neither match nor broadcast.
    case broadcastMismatch(operation: String, left: Shape, right: Shape)
    /// Two matrices that must have exactly the same shape do not.
    case shapeMismatch(operation: String, left: Shape, right: Shape)
    /// A row or column index outside the matrix.
    case indexOutOfRange(kind: String, index: Int, shape: Shape)
    /// An axis other than 0 (down the rows) or 1 (along the columns).
    case invalidAxis(Int)
    /// A square system that has no unique solution.
    case singular(operation: String, size: Int)

    /// A matrix shape as `(rows, columns)`.
    public typealias Shape = (rows: Int, columns: Int)

    /// The message an instructor reads, e.g.
    /// `cannot multiply a 2×3 matrix by a 2×2 matrix: inner sizes 3 and 2 differ`.
    public var description: String {
        switch self {
        case let .raggedRows(row, expected, found):
            return "ragged matrix literal: row \(row) has \(found) entries but row 0 has \(expected)"
        case let .negativeShape(rows, columns):
            return "invalid matrix shape \(rows)×\(columns): sizes must not be negative"
        case let .tooLarge(rows, columns, limit):
            return "a \(rows)×\(columns) matrix is too large: the limit is \(limit) entries"
        case let .productMismatch(left, right):
            return "cannot multiply a \(text(left)) matrix by a \(text(right)) matrix: "
                + "inner sizes \(left.columns) and \(right.rows) differ"
        case let .broadcastMismatch(operation, left, right):
            return "cannot \(operation) a \(text(left)) matrix and a \(text(right)) matrix: shapes must match, "
                + "or one must be a 1×\(left.columns) row, a \(left.rows)×1 column or a 1×1 matrix"
        case let .shapeMismatch(operation, left, right):
            return "cannot \(operation) a \(text(left)) matrix and a \(text(right)) matrix: shapes must match"
        case let .indexOutOfRange(kind, index, shape):
            let count = kind == "row" ? shape.rows : shape.columns
            return "\(kind) \(index) is out of range for a \(text(shape)) matrix (valid: 0..<\(count))"
        case let .invalidAxis(axis):
            return "invalid axis \(axis): use 0 (sum down the rows) or 1 (sum along each row)"
        case let .singular(operation, size):
            return "cannot \(operation): the \(size)×\(size) system is singular (no unique solution)"
        }
    }

    public static func == (lhs: MatrixError, rhs: MatrixError) -> Bool {
        lhs.description == rhs.description
    }
}

/// Formats a shape the way every message in the core does: `2×3`.
func text(_ shape: MatrixError.Shape) -> String { "\(shape.rows)×\(shape.columns)" }
