#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NumericCore

/// The one place operators meet values: `Int`, `Double`, `Bool`, `String`, arrays, matrices and
/// ``NumericObject`` kinds.
///
/// Mixed `Int`/`Double` arithmetic promotes the `Int` to `Double` (as a Swift literal would adapt);
/// `Int` with `Int` stays `Int`, so `7 / 2` is `3`. `Int` overflow and division by zero are errors.
public enum Arithmetic {
    /// Applies a binary operator.
    @inline(__always)
    public static func binary(_ op: ArithmeticOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        switch (lhs, rhs) {
        case (.double(let a), .double(let b)): return double(op, a, b)
        case (.int(let a), .int(let b)): return try integer(op, a, b)
        case (.int(let a), .double(let b)): return double(op, Double(a), b)
        case (.double(let a), .int(let b)): return double(op, a, Double(b))
        default: return try general(op, lhs, rhs)
        }
    }

    @inline(__always)
    static func double(_ op: ArithmeticOperator, _ a: Double, _ b: Double) -> Value {
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply, .elementwiseMultiply: return .double(a * b)
        case .divide: return .double(a / b)
        case .remainder: return .double(a.truncatingRemainder(dividingBy: b))
        case .power: return .double(Glibc.pow(a, b))
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        }
    }

    @inline(__always)
    static func integer(_ op: ArithmeticOperator, _ a: Int, _ b: Int) throws -> Value {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply, .elementwiseMultiply: result = a.multipliedReportingOverflow(by: b)
        case .divide, .remainder:
            guard b != 0 else { throw CellError("division by zero in \(a) \(op.rawValue) \(b)") }
            result = op == .divide ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
        case .power: return .double(Glibc.pow(Double(a), Double(b)))
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        }
        if result.overflow { throw CellError("arithmetic overflow in \(a) \(op.rawValue) \(b)") }
        return .int(result.partialValue)
    }

    /// Everything but the scalar fast paths.
    static func general(_ op: ArithmeticOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        if case .object(let object) = lhs, let numeric = object as? any NumericObject,
           let result = try numeric.binary(op, rhs, selfIsLeft: true) {
            return result
        }
        if case .object(let object) = rhs, let numeric = object as? any NumericObject,
           let result = try numeric.binary(op, lhs, selfIsLeft: false) {
            return result
        }
        if op == .equal || op == .notEqual {
            if let equal = equality(lhs, rhs) { return .bool(op == .equal ? equal : !equal) }
        }
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)):
            switch op {
            case .add:
                try ResourceLimits.checkStringLength(a.utf8.count + b.utf8.count)
                return .string(a + b)
            case .less: return .bool(a < b)
            case .lessOrEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            case .greaterOrEqual: return .bool(a >= b)
            default: break
            }
        case (.array(let a), .array(let b)) where op == .add:
            try ResourceLimits.checkElementCount(a.count + b.count)
            return .array(a + b)
        case (.matrix(let a), .matrix(let b)):
            return try MatrixArithmetic.binary(op, a, b)
        case (.matrix(let a), .array):
            return try MatrixArithmetic.binary(op, a, MatrixConversion.matrix(from: rhs))
        case (.array, .matrix(let b)):
            return try MatrixArithmetic.binary(op, MatrixConversion.matrix(from: lhs), b)
        case (.matrix(let a), _):
            if let b = rhs.asDouble, let result = try MatrixArithmetic.scalar(op, a, b, matrixIsLeft: true) { return result }
        case (_, .matrix(let b)):
            if let a = lhs.asDouble, let result = try MatrixArithmetic.scalar(op, b, a, matrixIsLeft: false) { return result }
        default:
            break
        }
        throw CellError("cannot apply '\(op.rawValue)' to \(lhs.typeName) \(lhs.shortDescription) and \(rhs.typeName) \(rhs.shortDescription)")
    }

    /// Whether two values are equal, or `nil` when they cannot be compared.
    public static func equality(_ lhs: Value, _ rhs: Value) -> Bool? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        // `x == nil` is false for any value but nil, as for a Swift optional.
        case (.absent, .absent): return true
        case (.absent, _), (_, .absent): return false
        case (.double, _), (.int, _):
            guard let a = lhs.asDouble, let b = rhs.asDouble else { return nil }
            return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.symbol(let a), .symbol(let b)): return a == b
        case (.matrix(let a), .matrix(let b)): return a == b
        case (.matrix(let a), .array):
            guard let b = try? MatrixConversion.matrix(from: rhs) else { return nil }
            return a == b
        case (.array, .matrix(let b)):
            guard let a = try? MatrixConversion.matrix(from: lhs) else { return nil }
            return a == b
        case (.array(let a), .array(let b)), (.tuple(let a), .tuple(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) {
                guard let equal = equality(x, y) else { return nil }
                if !equal { return false }
            }
            return true
        case (.range(let a), .range(let b)):
            guard a.isClosed == b.isClosed, let low = equality(a.lower, b.lower),
                  let high = equality(a.upper, b.upper) else { return nil }
            return low && high
        case (.object(let a), _): return a.isEqual(to: rhs)
        case (_, .object(let b)): return b.isEqual(to: lhs)
        case (.void, .void): return true
        default: return nil
        }
    }

    /// `-value`.
    public static func negate(_ value: Value) throws -> Value {
        switch value {
        case .double(let a): return .double(-a)
        case .int(let a):
            let (result, overflow) = 0.subtractingReportingOverflow(a)
            if overflow { throw CellError("arithmetic overflow in -(\(a))") }
            return .int(result)
        case .matrix(let m): return .matrix(MatrixArithmetic.map(m) { -$0 })
        case .array: return .matrix(MatrixArithmetic.map(try MatrixConversion.matrix(from: value)) { -$0 })
        case .object(let object):
            if let numeric = object as? any NumericObject { return try numeric.negated() }
        default: break
        }
        throw CellError("cannot negate \(value.typeName) \(value.shortDescription)")
    }

    /// `!value`.
    public static func not(_ value: Value) throws -> Value {
        guard case .bool(let flag) = value else {
            throw CellError("'!' expects a Bool, found \(value.typeName) \(value.shortDescription)")
        }
        return .bool(!flag)
    }

    /// A math function of a number (the result is a `Double`), of every entry of a matrix, or of a numeric object.
    public static func apply(_ function: MathFunction, _ value: Value) throws -> Value {
        switch value {
        case .double(let x): return .double(evaluate(function, x))
        case .int(let x):
            if function == .abs {
                guard x != Int.min else { throw CellError("arithmetic overflow in abs(\(x))") }
                return .int(Swift.abs(x))
            }
            return .double(evaluate(function, Double(x)))
        case .matrix(let m): return .matrix(MatrixArithmetic.map(m) { evaluate(function, $0) })
        case .array(let elements): return .array(try elements.map { try apply(function, $0) })
        case .object(let object):
            if let numeric = object as? any NumericObject, let result = try numeric.apply(function) { return result }
        default: break
        }
        throw CellError("\(function.rawValue) expects a number or a Matrix, found \(value.typeName) \(value.shortDescription)")
    }

    /// A math function of a `Double`.
    public static func evaluate(_ function: MathFunction, _ x: Double) -> Double {
        switch function {
        case .sin: return Glibc.sin(x)
        case .cos: return Glibc.cos(x)
        case .tan: return Glibc.tan(x)
        case .exp: return Glibc.exp(x)
        case .log: return Glibc.log(x)
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .tanh: return Glibc.tanh(x)
        case .floor: return x.rounded(.down)
        case .ceil: return x.rounded(.up)
        case .round: return x.rounded(.toNearestOrAwayFromZero)
        }
    }

    /// Whether a condition value is `true`, or an error when it is not a `Bool`.
    @inline(__always)
    static func truth(_ value: Value) throws -> Bool {
        if case .bool(let flag) = value { return flag }
        throw CellError("expected a Bool condition, found \(value.typeName) \(value.shortDescription)")
    }
}

/// Guards against cells that would exhaust memory before the time limit stops them.
enum ResourceLimits {
    /// The most elements one array or matrix built by a cell may hold.
    static let maximumElements = 50_000_000
    /// The most characters one cell may print.
    static let maximumOutputCharacters = 2_000_000

    /// The most bytes (UTF-8) one string built by a cell may hold; `s = s + s` in a loop otherwise
    /// exhausts memory long before the time limit stops it.
    static let maximumStringLength = 10_000_000

    static func checkStringLength(_ count: Int) throws {
        if count > maximumStringLength {
            throw CellError("a string of \(count) bytes exceeds the limit of \(maximumStringLength)")
        }
    }

    /// The most multiply-adds one matrix product may take (about a second on one core): the product
    /// runs in one BLAS call that the time limit cannot interrupt, so a 7000×7000 square would
    /// otherwise run for minutes past it.
    static let maximumProductWork = 2_000_000_000

    static func checkProductWork(_ a: Matrix, _ b: Matrix) throws {
        guard a.columns == b.rows else { return }  // the product reports the shape error
        let (partial, overflow1) = a.rows.multipliedReportingOverflow(by: a.columns)
        let (work, overflow2) = partial.multipliedReportingOverflow(by: b.columns)
        if overflow1 || overflow2 || work > maximumProductWork {
            throw CellError("multiplying a \(a.rows)×\(a.columns) matrix by a \(b.rows)×\(b.columns) matrix takes \(a.rows)·\(a.columns)·\(b.columns) multiply-adds, over the limit of \(maximumProductWork)")
        }
    }

    static func checkElementCount(_ count: Int) throws {
        if count > maximumElements {
            throw CellError("an array of \(count) elements exceeds the limit of \(maximumElements)")
        }
    }

    /// The entries of matrices of these shapes together, checked: a count past `Int` is an error, never a trap.
    static func checkEntryCount(ofShapes shapes: some Sequence<(Int, Int)>) throws {
        var total = 0
        for (rows, columns) in shapes {
            let (entries, productOverflow) = max(0, rows).multipliedReportingOverflow(by: max(0, columns))
            let (sum, sumOverflow) = total.addingReportingOverflow(entries)
            guard !productOverflow, !sumOverflow else {
                throw CellError("these sizes need more than \(Int.max) entries; the limit is \(maximumElements)")
            }
            total = sum
        }
        try checkElementCount(total)
    }
}
