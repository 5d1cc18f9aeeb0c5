/// Matrices written as Swift literals, as the lectures write them:
///
/// ```swift
/// let W: Matrix = [[1, 1], [1, 1]]    // rows of numbers
/// net.layers[1].bias = [[0]]          // a 1×1 matrix
/// ```
///
/// A bare number is not a matrix: `sigmoid(0)` must mean the number.
extension Matrix: ExpressibleByArrayLiteral {
    /// Rows of numbers; ragged rows stop the program (``Matrix/init(validating:)`` throws instead).
    public init(arrayLiteral rows: [Double]...) {
        self.init(rows)
    }
}

extension Matrix {
    /// The transpose, as the lectures write it: `X.T`.
    public var T: Matrix { transposed }

    /// Entry `index` in row-major order: `m[0]` of a row or a column is its first number.
    public subscript(index: Int) -> Double {
        get {
            precondition(storage.indices.contains(index), "index \(index) is out of range for a \(rows)×\(columns) matrix")
            return storage[index]
        }
        set {
            precondition(storage.indices.contains(index), "index \(index) is out of range for a \(rows)×\(columns) matrix")
            storage[index] = newValue
        }
    }
}
