/// `lhs op rhs` for arithmetic and comparison operators, dispatched through ``Arithmetic``.
final class BinaryOperation: Expression {
    let op: ArithmeticOperator
    let lhs: Expression
    let rhs: Expression

    /// `position` is the operator's, so shape and overflow errors point at it.
    init(position: CellPosition, op: ArithmeticOperator, lhs: Expression, rhs: Expression) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        super.init(position: position)
    }

    override func evaluate(_ context: CellContext) throws -> Value {
        let left = try lhs.evaluate(context)
        let right = try rhs.evaluate(context)
        // Scalar fast paths, matched without building a tuple of the two values.
        if case .double(let a) = left {
            if case .double(let b) = right { return Arithmetic.double(op, a, b) }
            if case .int(let b) = right { return Arithmetic.double(op, a, Double(b)) }
        } else if case .int(let a) = left {
            if case .int(let b) = right {
                do { return try Arithmetic.integer(op, a, b) } catch { throw CellError.wrapping(error).located(at: position) }
            }
            if case .double(let b) = right { return Arithmetic.double(op, Double(a), b) }
        }
        do {
            return try Arithmetic.general(op, left, right)
        } catch {
            throw CellError.wrapping(error).located(at: position)
        }
    }
}

/// `a && b`, evaluating `b` only when `a` is true.
final class LogicalAnd: Expression {
    let lhs: Expression
    let rhs: Expression
    init(position: CellPosition, lhs: Expression, rhs: Expression) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let left = try lhs.evaluate(context)
        guard try locating(lhs.position, { try Arithmetic.truth(left) }) else { return .bool(false) }
        let right = try rhs.evaluate(context)
        return .bool(try locating(rhs.position) { try Arithmetic.truth(right) })
    }
}

/// `a || b`, evaluating `b` only when `a` is false.
final class LogicalOr: Expression {
    let lhs: Expression
    let rhs: Expression
    init(position: CellPosition, lhs: Expression, rhs: Expression) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let left = try lhs.evaluate(context)
        if try locating(lhs.position, { try Arithmetic.truth(left) }) { return .bool(true) }
        let right = try rhs.evaluate(context)
        return .bool(try locating(rhs.position) { try Arithmetic.truth(right) })
    }
}

/// `-x` and `!x`.
final class UnaryOperation: Expression {
    let isNegation: Bool
    let operand: Expression
    init(position: CellPosition, isNegation: Bool, operand: Expression) {
        self.isNegation = isNegation
        self.operand = operand
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let value = try operand.evaluate(context)
        if isNegation, case .double(let number) = value { return .double(-number) }
        return try locating(position) { isNegation ? try Arithmetic.negate(value) : try Arithmetic.not(value) }
    }
}

/// `condition ? a : b`
final class Conditional: Expression {
    let condition: Expression
    let whenTrue: Expression
    let whenFalse: Expression
    init(position: CellPosition, condition: Expression, whenTrue: Expression, whenFalse: Expression) {
        self.condition = condition
        self.whenTrue = whenTrue
        self.whenFalse = whenFalse
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let test = try condition.evaluate(context)
        let flag = try locating(condition.position) { try Arithmetic.truth(test) }
        return try (flag ? whenTrue : whenFalse).evaluate(context)
    }
}

/// `a..<b` and `a...b`.
final class RangeExpression: Expression {
    let lower: Expression
    let upper: Expression
    let isClosed: Bool
    init(position: CellPosition, lower: Expression, upper: Expression, isClosed: Bool) {
        self.lower = lower
        self.upper = upper
        self.isClosed = isClosed
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let low = try lower.evaluate(context)
        let high = try upper.evaluate(context)
        guard let a = low.asDouble, let b = high.asDouble else {
            throw CellError("a range needs numeric bounds, found \(low.typeName) and \(high.typeName)", position: position)
        }
        guard a <= b else {
            throw CellError("a range needs lower bound ≤ upper bound, found \(low.debugDescription)\(isClosed ? "..." : "..<")\(high.debugDescription)", position: position)
        }
        if case .int = low, case .int = high {
            return .range(RangeValue(lower: low, upper: high, isClosed: isClosed))
        }
        return .range(RangeValue(lower: .double(a), upper: .double(b), isClosed: isClosed))
    }
}

/// `[a, b, c]`; when numbers mix `Int` and `Double`, all become `Double` (as Swift infers `[Double]`).
final class ArrayLiteral: Expression {
    let elements: [Expression]
    init(position: CellPosition, elements: [Expression]) {
        self.elements = elements
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        var values = try elements.map { try $0.evaluate(context) }
        var sawDouble = false
        var sawInt = false
        for value in values {
            if case .double = value { sawDouble = true } else if case .int = value { sawInt = true }
        }
        if sawDouble && sawInt {
            for index in values.indices {
                if case .int(let integer) = values[index] { values[index] = .double(Double(integer)) }
            }
        }
        return .array(values)
    }
}

/// `(a, b)`
final class TupleLiteral: Expression {
    let elements: [Expression]
    init(position: CellPosition, elements: [Expression]) {
        self.elements = elements
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        .tuple(try elements.map { try $0.evaluate(context) })
    }
}

/// `"x = \(x)"`
final class InterpolatedString: Expression {
    enum Part {
        case text(String)
        case value(Expression)
    }
    let parts: [Part]
    init(position: CellPosition, parts: [Part]) {
        self.parts = parts
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        var text = ""
        for part in parts {
            switch part {
            case .text(let literal): text += literal
            case .value(let expression): text += try expression.evaluate(context).description
            }
            try ResourceLimits.checkStringLength(text.utf8.count)
        }
        return .string(text)
    }
}

/// `{ x in … }` and nested `func` values: each evaluation captures the running frame.
final class ClosureExpression: Expression {
    let template: ClosureTemplate
    init(position: CellPosition, template: ClosureTemplate) {
        self.template = template
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        .closure(template.instantiate(in: context))
    }
}

/// Everything about a closure known at compile time.
final class ClosureTemplate {
    let name: String?
    let labels: [String]?
    let parameterTypes: [TypeCoercion]
    let returnType: TypeCoercion
    var slotCount: Int
    var body: BlockStatement
    var singleExpression: Expression?
    /// Loop constants copied into the body's slots when the closure is made (see `FunctionScope.copies`).
    var copies: [(source: VariableLocation, slot: Int)] = []

    init(name: String?, labels: [String]?, parameterTypes: [TypeCoercion], returnType: TypeCoercion) {
        self.name = name
        self.labels = labels
        self.parameterTypes = parameterTypes
        self.returnType = returnType
        slotCount = parameterTypes.count
        body = BlockStatement(position: CellPosition(line: 1, column: 1), statements: [])
    }

    /// The closure made by running code in `context`: it captures the running frame and copies
    /// the loop constants it uses.
    func instantiate(in context: CellContext) -> Closure {
        let copiedValues = copies.map { ($0.slot, context.read($0.source)) }
        context.noteCapture(of: context.frame, copying: copiedValues)
        return Closure(name: name, labels: labels, parameterTypes: parameterTypes, returnType: returnType,
                       slotCount: slotCount, body: body, singleExpression: singleExpression, captured: context.frame,
                       copiedValues: copiedValues)
    }
}
