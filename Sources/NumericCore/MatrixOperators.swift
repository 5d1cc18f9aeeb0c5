/// Elementwise (Hadamard) product, as in MATLAB and Julia: `a .* b`.
infix operator .* : MultiplicationPrecedence

// Operators for Swift code linking the core: they stop on a shape error with the
// same message the throwing methods give (``stopOnError(_:)``). The interpreter uses the throwing methods.

extension Matrix {
    /// The matrix product; traps when the inner sizes differ.
    public static func * (left: Matrix, right: Matrix) -> Matrix { stopOnError { try left.multiplied(by: right) } }
    /// Entrywise sum with broadcasting; traps on incompatible shapes.
    public static func + (left: Matrix, right: Matrix) -> Matrix { stopOnError { try left.adding(right) } }
    /// Entrywise difference with broadcasting; traps on incompatible shapes.
    public static func - (left: Matrix, right: Matrix) -> Matrix { stopOnError { try left.subtracting(right) } }
    /// Entrywise product with broadcasting; traps on incompatible shapes.
    public static func .* (left: Matrix, right: Matrix) -> Matrix {
        stopOnError { try left.multiplyingElementwise(right) }
    }
    /// Every entry times a number.
    public static func * (factor: Double, matrix: Matrix) -> Matrix { matrix.scaled(by: factor) }
    /// Every entry times a number.
    public static func * (matrix: Matrix, factor: Double) -> Matrix { matrix.scaled(by: factor) }
    /// Every entry plus a number.
    public static func + (matrix: Matrix, value: Double) -> Matrix { matrix.adding(scalar: value) }
    /// Every entry minus a number.
    public static func - (matrix: Matrix, value: Double) -> Matrix { matrix.adding(scalar: -value) }
    /// Every entry negated.
    public static prefix func - (matrix: Matrix) -> Matrix { matrix.scaled(by: -1) }

    /// Adds in place with broadcasting (`w += [[0.1, 0.1]]`); stops on incompatible shapes.
    public static func += (left: inout Matrix, right: Matrix) { left = left + right }
    /// Subtracts in place with broadcasting (`w -= 0.1 * gradient`); stops on incompatible shapes.
    public static func -= (left: inout Matrix, right: Matrix) { left = left - right }
    /// Scales every entry in place.
    public static func *= (matrix: inout Matrix, factor: Double) { matrix = matrix * factor }
    /// Divides every entry in place.
    public static func /= (matrix: inout Matrix, divisor: Double) { matrix = matrix / divisor }
}

extension Matrix {
    /// Entrywise division with bias-row broadcasting; stops when the shapes do not fit.
    public static func / (left: Matrix, right: Matrix) -> Matrix { stopOnError { try left.dividingElementwise(right) } }
    /// Every entry divided by a number.
    public static func / (matrix: Matrix, divisor: Double) -> Matrix { matrix.map { $0 / divisor } }

    /// The largest entry; an empty matrix stops the program.
    public func max() -> Double {
        guard let largest = storage.max() else { stop("max of an empty matrix") }
        return largest
    }

    /// The smallest entry; an empty matrix stops the program.
    public func min() -> Double {
        guard let smallest = storage.min() else { stop("min of an empty matrix") }
        return smallest
    }
}

/// |x| of every entry.
public func abs(_ matrix: Matrix) -> Matrix { matrix.map { Swift.abs($0) } }
