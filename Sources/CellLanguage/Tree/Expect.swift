import NotebookDisplay
import NumericCore

/// `expect(condition)`, `expect(x, equals: y)`, `expect(x, closeTo: y, tolerance: t)`: a notebook's
/// stated facts; a failure stops the cell with both values in the message.
final class ExpectCall: Expression {
    enum Check {
        /// `expect(a == b)` (operands shown on failure) or `expect(flag)`.
        case condition(Expression)
        /// `expect(a, equals: b)`
        case equals(Expression, Expression)
        /// `expect(a, closeTo: b, tolerance: t)`
        case closeTo(Expression, Expression, Expression?)
    }

    /// Absolute tolerance of `expect(_:closeTo:)` without `tolerance:` (NotebookDisplay's, shared with programs).
    static let defaultTolerance = defaultExpectTolerance

    let check: Check
    /// The source of the arguments, as written, for the message.
    let texts: [String]

    init(position: CellPosition, check: Check, texts: [String]) {
        self.check = check
        self.texts = texts
        super.init(position: position)
    }

    override func evaluate(_ context: CellContext) throws -> Value {
        switch check {
        case .condition(let expression):
            if let comparison = expression as? BinaryOperation, comparison.op.isComparison {
                let left = try comparison.lhs.evaluate(context)
                let right = try comparison.rhs.evaluate(context)
                let result = try locating(comparison.position) { try Arithmetic.binary(comparison.op, left, right) }
                if try locating(position, { try Arithmetic.truth(result) }) { return .void }
                throw fail("\(texts[0]) (\(left.inlineDescription) vs \(right.inlineDescription))")
            }
            let value = try expression.evaluate(context)
            guard case .bool(let flag) = value else {
                throw CellError("expect(_:) needs a Bool condition, found \(value.typeName) \(value.shortDescription)", position: expression.position)
            }
            if !flag { throw fail(texts[0]) }
        case .equals(let lhs, let rhs):
            let left = try lhs.evaluate(context)
            let right = try rhs.evaluate(context)
            if Arithmetic.equality(left, right) != true {
                throw fail("\(texts[0]) equals \(texts[1]) (\(left.inlineDescription) vs \(right.inlineDescription))")
            }
        case .closeTo(let lhs, let rhs, let toleranceExpression):
            let left = try lhs.evaluate(context)
            let right = try rhs.evaluate(context)
            var tolerance = ExpectCall.defaultTolerance
            if let toleranceExpression {
                let value = try toleranceExpression.evaluate(context)
                guard let number = value.asDouble else {
                    throw CellError("expected a number for tolerance:, found \(value.typeName)", position: toleranceExpression.position)
                }
                tolerance = number
            }
            if let problem = try locating(position, { try ExpectCall.distance(left, right, tolerance: tolerance) }) {
                throw fail("\(texts[0]) is within \(NumberFormatForLimits.seconds(tolerance)) of \(texts[1]) (\(problem))")
            }
        }
        return .void
    }

    private func fail(_ detail: String) -> CellError {
        CellError("expectation failed: " + detail, position: position)
    }

    /// `nil` when `a` and `b` agree within `tolerance`, else what differs.
    static func distance(_ a: Value, _ b: Value, tolerance: Double) throws -> String? {
        if let x = a.asDouble, let y = b.asDouble {
            return Swift.abs(x - y) <= tolerance ? nil : "\(a.inlineDescription) vs \(b.inlineDescription)"
        }
        let left: Matrix, right: Matrix
        do {
            left = try MatrixConversion.matrix(from: a)
            right = try MatrixConversion.matrix(from: b)
        } catch {
            throw CellError("expect(_:closeTo:) compares numbers, arrays or matrices, found \(a.typeName) and \(b.typeName)")
        }
        guard left.rows == right.rows && left.columns == right.columns else {
            return "shapes \(MatrixArithmetic.shape(left)) vs \(MatrixArithmetic.shape(right))"
        }
        var worst: (index: Int, gap: Double)?
        for index in left.storage.indices {
            let gap = Swift.abs(left.storage[index] - right.storage[index])
            if !(gap <= tolerance), worst == nil || gap > worst!.gap || gap.isNaN { worst = (index, gap) }
        }
        guard let worst else { return nil }
        let row = worst.index / max(left.columns, 1), column = worst.index % max(left.columns, 1)
        let place = left.rows == 1 ? "[\(column)]" : "[\(row), \(column)]"
        return "at \(place): \(NumberFormatForLimits.seconds(left.storage[worst.index])) vs \(NumberFormatForLimits.seconds(right.storage[worst.index]))"
    }
}

extension Value {
    /// One-line text for messages: a matrix as nested rows `[[1, 2], [3, 4]]`.
    var inlineDescription: String {
        if case .matrix(let matrix) = self {
            let rows = (0..<matrix.rows).map { row in
                "[" + (0..<matrix.columns).map { NumberFormatForLimits.seconds(matrix[row, $0]) }.joined(separator: ", ") + "]"
            }
            return "[" + rows.joined(separator: ", ") + "]"
        }
        return debugDescription
    }
}
