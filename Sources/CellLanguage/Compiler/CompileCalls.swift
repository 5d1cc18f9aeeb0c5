import SwiftSyntax

extension Compiler {
    /// A call's arguments with their labels; trailing closures come last, unlabeled for the first.
    struct CallArguments {
        var labels: [String] = []
        var expressions: [ExprSyntax] = []
        var trailingClosure: Int?
    }

    func callArguments(_ call: FunctionCallExprSyntax) -> CallArguments {
        var result = CallArguments()
        for argument in call.arguments {
            result.labels.append(argument.label?.text ?? "")
            result.expressions.append(argument.expression)
        }
        if let trailing = call.trailingClosure {
            result.trailingClosure = result.labels.count
            result.labels.append("")
            result.expressions.append(ExprSyntax(trailing))
        }
        for extra in call.additionalTrailingClosures {
            result.labels.append(extra.label.text)
            result.expressions.append(ExprSyntax(extra.closure))
        }
        return result
    }

    func functionCall(_ call: FunctionCallExprSyntax) throws -> Expression {
        let arguments = callArguments(call)
        let callee = call.calledExpression
        if let reference = callee.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            let resolution = resolve(name)
            if name == "expect", case .variable = resolution {} else if name == "expect" {
                return try expect(call, arguments)
            }
            switch resolution {
            case .builtin(let function):
                return try builtinCall(function, arguments, at: call)
            case .notFound:
                throw notFound(name, at: reference)
            case .variable:
                break
            }
        }
        // `.huber(delta: 1)`, `.miniBatch(32)`: a leading-dot call names a builtin registered as `.huber`.
        if let member = callee.as(MemberAccessExprSyntax.self), member.base == nil,
           let function = BuiltinRegistry.lookup("." + member.declName.baseName.text) {
            return try builtinCall(function, arguments, at: call)
        }
        if let member = callee.as(MemberAccessExprSyntax.self), let baseExpr = member.base {
            let name = member.declName.baseName.text
            if let typeName = typeReference(baseExpr) {
                guard let function = BuiltinRegistry.lookup("\(typeName).\(name)") else {
                    throw error("type '\(typeName)' has no member '\(name)'", at: member.declName)
                }
                return try builtinCall(function, arguments, at: call)
            }
            let compiledArguments = try arguments.expressions.map { try expression($0) }
            let at = position(member.declName)
            if Members.mutatingMethods.contains(name), let target = try? lvalue(baseExpr, path: "mutating member '\(name)'") {
                return MutatingMethodCall(position: at, target: target, name: name, labels: arguments.labels, arguments: compiledArguments)
            }
            return MethodCall(position: at, base: try expression(baseExpr), name: name, labels: arguments.labels,
                              arguments: compiledArguments)
        }
        return ValueCall(position: position(call), callee: try expression(callee), labels: arguments.labels,
                         arguments: try arguments.expressions.map { try expression($0) })
    }

    func builtinCall(_ function: BuiltinFunction, _ arguments: CallArguments, at call: FunctionCallExprSyntax) throws -> Expression {
        switch function.resolve(labels: arguments.labels, trailingClosure: arguments.trailingClosure) {
        case .failure(let failure):
            throw error(failure.message, at: call)
        case .success(let (builtin, assignment)):
            return BuiltinCall(position: position(call), builtin: builtin, assignment: assignment,
                               arguments: try arguments.expressions.map { try expression($0) })
        }
    }

    func expect(_ call: FunctionCallExprSyntax, _ arguments: CallArguments) throws -> Expression {
        let compiled = try arguments.expressions.map { try expression($0) }
        let texts = arguments.expressions.map(\.trimmedDescription)
        let check: ExpectCall.Check
        switch arguments.labels {
        case [""]: check = .condition(compiled[0])
        case ["", "equals"]: check = .equals(compiled[0], compiled[1])
        case ["", "closeTo"]: check = .closeTo(compiled[0], compiled[1], nil)
        case ["", "closeTo", "tolerance"]: check = .closeTo(compiled[0], compiled[1], compiled[2])
        default:
            let written = arguments.labels.map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
            throw error("expect takes (_:), (_:equals:) or (_:closeTo:tolerance:), found (\(written))", at: call)
        }
        return ExpectCall(position: position(call), check: check, texts: texts)
    }
}

/// Operators used as function values, as in `reduce(0, +)`.
enum OperatorFunctions {
    static let functions: [ArithmeticOperator: BuiltinFunction] = {
        var result: [ArithmeticOperator: BuiltinFunction] = [:]
        for op in Compiler.binaryOperators.values {
            let builtin = Builtin("\(op.rawValue)(_:_:)") { arguments, _ in
                try Arithmetic.binary(op, try arguments.value(0), try arguments.value(1))
            }
            result[op] = BuiltinFunction(name: op.rawValue, overloads: [builtin])
        }
        return result
    }()

    static func function(for op: ArithmeticOperator) -> BuiltinFunction { functions[op]! }
}
