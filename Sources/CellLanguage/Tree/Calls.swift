/// A call of a builtin by name, its overload chosen at compile time from the labels.
final class BuiltinCall: Expression {
    let builtin: Builtin
    let assignment: [[Int]]
    let arguments: [Expression]
    let positions: [CellPosition]
    /// The one argument and the builtin's fast path, when it has one.
    let unaryArgument: Expression?
    let unaryBody: (@Sendable (Value) throws -> Value)?

    init(position: CellPosition, builtin: Builtin, assignment: [[Int]], arguments: [Expression]) {
        self.builtin = builtin
        self.assignment = assignment
        self.arguments = arguments
        positions = arguments.map(\.position)
        if let body = builtin.unary, arguments.count == 1, assignment == [[0]] {
            unaryArgument = arguments[0]
            unaryBody = body
        } else {
            unaryArgument = nil
            unaryBody = nil
        }
        super.init(position: position)
    }

    override func evaluate(_ context: CellContext) throws -> Value {
        if let unaryArgument, let unaryBody {
            let value = try unaryArgument.evaluate(context)
            do { return try unaryBody(value) } catch { throw CellError.wrapping(error).located(at: positions[0]) }
        }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.evaluate(context)) }
        return try locating(position) {
            try Arguments.invoke(builtin, assignment: assignment, values: values,
                                 positions: positions, context: context)
        }
    }
}

/// A call of a value: a `func`, a closure in a variable, a builtin passed around.
final class ValueCall: Expression {
    let callee: Expression
    let labels: [String]
    let arguments: [Expression]
    init(position: CellPosition, callee: Expression, labels: [String], arguments: [Expression]) {
        self.callee = callee
        self.labels = labels
        self.arguments = arguments
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let function = try callee.evaluate(context)
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.evaluate(context)) }
        do {
            switch function {
            case .closure(let closure):
                if let declared = closure.labels, declared != labels, declared.count == labels.count || !labels.allSatisfy(\.isEmpty) {
                    throw CellError(labelMismatch(closure, declared))
                }
                return try context.invoke(closure, values)
            case .builtin(let builtin):
                return try builtin.call(zip(labels, values).map { Argument(label: $0, $1) }, context: context,
                                        positions: arguments.map(\.position))
            default:
                throw CellError("cannot call a value of type '\(function.typeName)'")
            }
        } catch {
            throw CellError.wrapping(error).located(at: position)
        }
    }

    private func labelMismatch(_ closure: Closure, _ declared: [String]) -> String {
        if declared.count != labels.count {
            return "\(closure.signature) expects \(declared.count) argument\(declared.count == 1 ? "" : "s"), found \(labels.count)"
        }
        for (written, wanted) in zip(labels, declared) where written != wanted {
            if written.isEmpty { return "missing argument label '\(wanted):' in call to \(closure.signature)" }
            if wanted.isEmpty { return "extraneous argument label '\(written):' in call to \(closure.signature)" }
            var message = "no label '\(written):' in call to \(closure.signature)"
            if let suggestion = NameSuggestion.closest(to: written, among: declared) { message += "; did you mean '\(suggestion):'?" }
            return message
        }
        return "argument labels do not match \(closure.signature)"
    }
}

/// `base.name`
final class MemberGet: Expression {
    let base: Expression
    let name: String
    init(position: CellPosition, base: Expression, name: String) {
        self.base = base
        self.name = name
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let value = try base.evaluate(context)
        return try locating(position) { try Members.get(value, name, context: context) }
    }
}

/// `base[indices]`
final class SubscriptGet: Expression {
    let base: Expression
    let indices: [Expression]
    init(position: CellPosition, base: Expression, indices: [Expression]) {
        self.base = base
        self.indices = indices
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let container = try base.evaluate(context)
        if indices.count == 1, case .array(let elements) = container {
            let key = try indices[0].evaluate(context)
            if case .int(let index) = key, index >= 0, index < elements.count { return elements[index] }
            return try locating(position) { try Subscripts.get(container, [key], context: context) }
        }
        let keys = try indices.map { try $0.evaluate(context) }
        return try locating(position) { try Subscripts.get(container, keys, context: context) }
    }
}

/// `base.name(arguments)`; a mutating array method (`append`) on a variable goes through ``MutatingMethodCall``.
final class MethodCall: Expression {
    let base: Expression
    let name: String
    let labels: [String]
    let arguments: [Expression]
    init(position: CellPosition, base: Expression, name: String, labels: [String], arguments: [Expression]) {
        self.base = base
        self.name = name
        self.labels = labels
        self.arguments = arguments
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let receiver = try base.evaluate(context)
        let values = try zip(labels, arguments).map { Argument(label: $0, try $1.evaluate(context)) }
        return try locating(position) {
            if Members.mutatingMethods.contains(name), case .array = receiver {
                throw CellError("cannot use mutating member '\(name)' on a value that is not a variable")
            }
            return try Members.call(receiver, name, values, context: context)
        }
    }
}

/// `variable.append(x)` and other array methods that change their receiver in place.
final class MutatingMethodCall: Expression {
    let target: LValue
    let name: String
    let labels: [String]
    let arguments: [Expression]
    init(position: CellPosition, target: LValue, name: String, labels: [String], arguments: [Expression]) {
        self.target = target
        self.name = name
        self.labels = labels
        self.arguments = arguments
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value {
        let values = try zip(labels, arguments).map { Argument(label: $0, try $1.evaluate(context)) }
        let receiver = try target.get(context)
        guard case .array = receiver else {
            return try locating(position) { try Members.call(receiver, name, values, context: context) }
        }
        var result = Value.void
        try locating(position) {
            try target.modify(context) { value in result = try Members.callMutating(&value, name, values) }
        }
        return result
    }
}
