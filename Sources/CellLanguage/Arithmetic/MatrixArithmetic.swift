import NumericCore

/// Matrix operators for cells: the product, elementwise arithmetic with bias-row broadcasting,
/// scaling by a number.
///
/// Shape errors name both shapes. These bodies stand in until NumericCore's throwing `Matrix` API
/// (branch `core`) lands; the cell-visible behaviour is fixed here.
enum MatrixArithmetic {
    static func binary(_ op: ArithmeticOperator, _ a: Matrix, _ b: Matrix) throws -> Value {
        switch op {
        case .multiply: return .matrix(try product(a, b))
        case .add: return .matrix(try elementwise(a, b, verb: "add", preposition: "and", +))
        case .subtract: return .matrix(try elementwise(a, b, verb: "subtract", preposition: "from", -))
        case .elementwiseMultiply: return .matrix(try elementwise(a, b, verb: "multiply elementwise", preposition: "and", *))
        case .divide: return .matrix(try elementwise(a, b, verb: "divide elementwise", preposition: "by", /))
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        default:
            throw CellError("cannot apply '\(op.rawValue)' to Matrix \(shape(a)) and Matrix \(shape(b))")
        }
    }

    /// `matrix op scalar` or `scalar op matrix`; `nil` for operators that make no sense there.
    static func scalar(_ op: ArithmeticOperator, _ m: Matrix, _ s: Double, matrixIsLeft: Bool) throws -> Value? {
        switch op {
        case .multiply, .elementwiseMultiply: return .matrix(map(m) { $0 * s })
        case .add: return .matrix(map(m) { $0 + s })
        case .subtract: return .matrix(matrixIsLeft ? map(m) { $0 - s } : map(m) { s - $0 })
        case .divide: return .matrix(matrixIsLeft ? map(m) { $0 / s } : map(m) { s / $0 })
        case .power: return matrixIsLeft ? .matrix(map(m) { Arithmetic.powDouble($0, s) }) : nil
        default: return nil
        }
    }

    static func shape(_ m: Matrix) -> String { "\(m.rows)×\(m.columns)" }

    static func map(_ m: Matrix, _ transform: (Double) throws -> Double) rethrows -> Matrix {
        Matrix(rows: m.rows, columns: m.columns, storage: try m.storage.map(transform))
    }

    static func product(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        guard a.columns == b.rows else {
            throw CellError("cannot multiply a \(shape(a)) matrix by a \(shape(b)) matrix: the left's \(a.columns) columns must equal the right's \(b.rows) rows")
        }
        try ResourceLimits.checkElementCount(a.rows * b.columns)
        var result = [Double](repeating: 0, count: a.rows * b.columns)
        for i in 0..<a.rows {
            for k in 0..<a.columns {
                let aik = a.storage[i * a.columns + k]
                for j in 0..<b.columns { result[i * b.columns + j] += aik * b.storage[k * b.columns + j] }
            }
        }
        return Matrix(rows: a.rows, columns: b.columns, storage: result)
    }

    /// Elementwise `a op b`: equal shapes, or either side a 1×n row added to every row of an m×n matrix.
    static func elementwise(_ a: Matrix, _ b: Matrix, verb: String, preposition: String,
                            _ op: (Double, Double) -> Double) throws -> Matrix {
        if a.rows == b.rows && a.columns == b.columns {
            var storage = a.storage
            for index in storage.indices { storage[index] = op(storage[index], b.storage[index]) }
            return Matrix(rows: a.rows, columns: a.columns, storage: storage)
        }
        if b.rows == 1 && b.columns == a.columns {
            var storage = a.storage
            for index in storage.indices { storage[index] = op(storage[index], b.storage[index % a.columns]) }
            return Matrix(rows: a.rows, columns: a.columns, storage: storage)
        }
        if a.rows == 1 && a.columns == b.columns {
            var storage = b.storage
            for index in storage.indices { storage[index] = op(a.storage[index % b.columns], storage[index]) }
            return Matrix(rows: b.rows, columns: b.columns, storage: storage)
        }
        let subject = verb == "subtract" ? "cannot subtract a \(shape(b)) matrix from a \(shape(a)) matrix"
            : "cannot \(verb) a \(shape(a)) matrix \(preposition) a \(shape(b)) matrix"
        throw CellError(subject + ": shapes must match, or one side must be a 1×n row matching the other's columns")
    }

    static func transposed(_ m: Matrix) -> Matrix {
        var storage = [Double](repeating: 0, count: m.storage.count)
        for i in 0..<m.rows {
            for j in 0..<m.columns { storage[j * m.rows + i] = m.storage[i * m.columns + j] }
        }
        return Matrix(rows: m.columns, columns: m.rows, storage: storage)
    }
}

extension Arithmetic {
    static func powDouble(_ a: Double, _ b: Double) -> Double {
        if case .double(let result) = double(.power, a, b) { return result }
        return .nan
    }
}
