/// `x!`: the value, or the error where Swift would stop a program: nil has no value to unwrap.
final class ForceUnwrap: Expression {
    let operand: Expression
    init(position: CellPosition, operand: Expression) {
        self.operand = operand
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let value = try operand.evaluate(context)
        if case .absent = value {
            throw CellError("unexpectedly found nil while unwrapping an optional value", position: position)
        }
        return value
    }
}

/// `a ?? b`: `a` unless it is nil, else `b` (evaluated only then).
final class NilCoalescing: Expression {
    let lhs: Expression
    let rhs: Expression
    init(position: CellPosition, lhs: Expression, rhs: Expression) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let value = try lhs.evaluate(context)
        if case .absent = value { return try rhs.evaluate(context) }
        return value
    }
}

/// `let x = value` as a condition of `if` or `guard`: true, with `x` bound, unless `value` is nil.
final class OptionalBinding: Expression {
    let location: VariableLocation
    let value: Expression
    init(position: CellPosition, location: VariableLocation, value: Expression) {
        self.location = location
        self.value = value
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let bound = try value.evaluate(context)
        if case .absent = bound { return .bool(false) }
        context.write(bound, to: location)
        if case .global(let slot) = location { context.declaredGlobals.insert(slot) }
        return .bool(true)
    }
}
