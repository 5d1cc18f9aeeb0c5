/// Something a value can be stored into: a variable, `a[i]`, `m[i, j]`, `net.layers[0].weights`.
///
/// Paths change in place: `modify` hands the innermost part to a closure and writes each level back
/// through the object protocol or the subscript, so arrays stay uniquely referenced.
class LValue {
    let position: CellPosition
    init(position: CellPosition) { self.position = position }

    /// The current value.
    func get(_ context: CellContext) throws -> Value { throw CellError("internal error: bad assignment target", position: position) }

    /// Changes the value in place.
    func modify(_ context: CellContext, _ body: (inout Value) throws -> Void) throws {
        throw CellError("internal error: bad assignment target", position: position)
    }
}

/// A variable as an assignment target.
final class VariableLValue: LValue {
    let location: VariableLocation
    let coercion: TypeCoercion
    /// For a `let` constant reached through a member or subscript: the error unless it holds an object.
    let constantError: String?

    init(position: CellPosition, location: VariableLocation, coercion: TypeCoercion, constantError: String?) {
        self.location = location
        self.coercion = coercion
        self.constantError = constantError
        super.init(position: position)
    }

    override func get(_ context: CellContext) throws -> Value { context.read(location) }

    override func modify(_ context: CellContext, _ body: (inout Value) throws -> Void) throws {
        // Take the value out while `body` runs, so the variable's array is uniquely referenced and
        // a builtin that reads variables meanwhile does not overlap an in-place access.
        var value = context.read(location)
        if let constantError {
            guard case .object = value else { throw CellError(constantError, position: position) }
        }
        context.write(.void, to: location)
        defer { context.write(value, to: location) }
        try body(&value)
        if coercion != .none { value = try coercion.apply(value) }
    }
}

/// `base[indices]` as an assignment target.
final class SubscriptLValue: LValue {
    let base: LValue
    let indices: [Expression]
    init(position: CellPosition, base: LValue, indices: [Expression]) {
        self.base = base
        self.indices = indices
        super.init(position: position)
    }

    override func get(_ context: CellContext) throws -> Value {
        let container = try base.get(context)
        let keys = try indices.map { try $0.evaluate(context) }
        return try locating(position) { try Subscripts.get(container, keys, context: context) }
    }

    override func modify(_ context: CellContext, _ body: (inout Value) throws -> Void) throws {
        let keys = try indices.map { try $0.evaluate(context) }
        try base.modify(context) { container in
            var element = try locating(position) { try Subscripts.get(container, keys, context: context) }
            try body(&element)
            try locating(position) { try Subscripts.set(&container, keys, to: element, context: context) }
        }
    }
}

/// `base.name` as an assignment target.
final class MemberLValue: LValue {
    let base: LValue
    let name: String
    init(position: CellPosition, base: LValue, name: String) {
        self.base = base
        self.name = name
        super.init(position: position)
    }

    override func get(_ context: CellContext) throws -> Value {
        let container = try base.get(context)
        return try locating(position) { try Members.get(container, name, context: context) }
    }

    override func modify(_ context: CellContext, _ body: (inout Value) throws -> Void) throws {
        try base.modify(context) { container in
            var member = try locating(position) { try Members.get(container, name, context: context) }
            try body(&member)
            try locating(position) { try Members.set(&container, name, to: member, context: context) }
        }
    }
}

extension Value {
    /// The value to store when `self` replaces `old`: an `Int` stored where a `Double` was becomes a
    /// `Double`, as Swift's typed variables would have it (`var x = 0.0; x = 1`).
    @inline(__always)
    func assigned(replacing old: Value) -> Value {
        if case .int(let integer) = self, case .double = old { return .double(Double(integer)) }
        return self
    }
}

/// `target = value`.
final class AssignStatement: Statement {
    let target: LValue
    let value: Expression
    /// The variable, when the target is a plain variable without a declared type.
    let variable: VariableLocation?

    init(position: CellPosition, target: LValue, value: Expression) {
        self.target = target
        self.value = value
        if let variable = target as? VariableLValue, variable.coercion == .none { self.variable = variable.location } else { variable = nil }
        super.init(position: position)
    }

    override func execute(_ context: CellContext) throws -> Flow {
        let newValue = try value.evaluate(context)
        if let variable {
            context.modify(variable) { old in old = newValue.assigned(replacing: old) }
            return .normal
        }
        try target.modify(context) { old in old = newValue.assigned(replacing: old) }
        return .normal
    }
}

/// `target op= value`.
final class CompoundAssignStatement: Statement {
    let target: LValue
    let op: ArithmeticOperator
    let value: Expression
    let variable: VariableLocation?

    /// `position` is the operator's.
    init(position: CellPosition, target: LValue, op: ArithmeticOperator, value: Expression) {
        self.target = target
        self.op = op
        self.value = value
        if let variable = target as? VariableLValue, variable.coercion == .none, variable.constantError == nil {
            self.variable = variable.location
        } else {
            self.variable = nil
        }
        super.init(position: position)
    }

    override func execute(_ context: CellContext) throws -> Flow {
        let right = try value.evaluate(context)
        if let variable {
            let old = context.read(variable)
            if case .array = old {
                try target.modify(context) { current in try combine(&current, right) }
            } else {
                let result: Value
                do { result = try Arithmetic.binary(op, old, right) } catch { throw CellError.wrapping(error).located(at: position) }
                context.write(result, to: variable)
            }
            return .normal
        }
        try target.modify(context) { current in try combine(&current, right) }
        return .normal
    }

    private func combine(_ current: inout Value, _ right: Value) throws {
        do {
            if op == .add, case .array(var elements) = current, case .array(let more) = right {
                current = .void
                try ResourceLimits.checkElementCount(elements.count + more.count)
                elements.append(contentsOf: more)
                current = .array(elements)
            } else {
                current = try Arithmetic.binary(op, current, right)
            }
        } catch {
            throw CellError.wrapping(error).located(at: position)
        }
    }
}
