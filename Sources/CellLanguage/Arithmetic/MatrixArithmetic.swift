import NumericCore

/// Matrix operators for cells: the product, elementwise arithmetic with broadcasting of a bias row,
/// scaling by a number; NumericCore's throwing `Matrix` methods do the work and name both shapes
/// in their errors.
enum MatrixArithmetic {
    static func binary(_ op: ArithmeticOperator, _ a: Matrix, _ b: Matrix) throws -> Value {
        switch op {
        case .multiply:
            try ResourceLimits.checkProductWork(a, b)
            return .matrix(try a.multiplied(by: b))
        case .add: return .matrix(try a.adding(b))
        case .subtract: return .matrix(try a.subtracting(b))
        case .elementwiseMultiply: return .matrix(try a.multiplyingElementwise(b))
        case .divide: return .matrix(try a.dividingElementwise(b))
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        default:
            throw CellError("cannot apply '\(op.rawValue)' to Matrix \(shape(a)) and Matrix \(shape(b))")
        }
    }

    /// `matrix op scalar` or `scalar op matrix`; `nil` for operators that make no sense there.
    static func scalar(_ op: ArithmeticOperator, _ m: Matrix, _ s: Double, matrixIsLeft: Bool) throws -> Value? {
        switch op {
        case .multiply, .elementwiseMultiply: return .matrix(m.scaled(by: s))
        case .add: return .matrix(m.adding(scalar: s))
        case .subtract: return .matrix(matrixIsLeft ? m.adding(scalar: -s) : m.map { s - $0 })
        case .divide: return .matrix(matrixIsLeft ? m.map { $0 / s } : m.map { s / $0 })
        case .power: return matrixIsLeft ? .matrix(m.map { Arithmetic.powDouble($0, s) }) : nil
        default: return nil
        }
    }

    static func shape(_ m: Matrix) -> String { "\(m.rows)×\(m.columns)" }

    static func map(_ m: Matrix, _ transform: (Double) throws -> Double) rethrows -> Matrix { try m.map(transform) }

    static func transposed(_ m: Matrix) -> Matrix { m.transposed }
}

extension Arithmetic {
    static func powDouble(_ a: Double, _ b: Double) -> Double {
        if case .double(let result) = double(.power, a, b) { return result }
        return .nan
    }
}
