import SwiftSyntax

extension Compiler {
    static let binaryOperators: [String: ArithmeticOperator] = [
        "+": .add, "-": .subtract, "*": .multiply, "/": .divide, "%": .remainder, ".*": .elementwiseMultiply,
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
    ]

    func expression(_ expr: ExprSyntax) throws -> Expression {
        expressionNesting += 1
        defer { expressionNesting -= 1 }
        if expressionNesting > Compiler.maximumExpressionNesting {
            throw error("this expression nests more than \(Compiler.maximumExpressionNesting) operations deep; split it into several statements", at: expr)
        }
        // An operator's node is located at its operator. Locating the chain itself would walk its
        // left spine to the first token, which made a long chain (`1 + 1 + …`) quadratic to compile.
        if let infix = expr.as(InfixOperatorExprSyntax.self) { return try infixExpression(infix) }
        let at = position(expr)
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal):
            return Constant(position: at, value: .int(try integer(literal.literal.text, negative: false, at: literal)))
        case .floatLiteralExpr(let literal):
            guard let number = Double(literal.literal.text.replacingUnderscores) else {
                throw error("invalid number '\(literal.literal.text)'", at: literal)
            }
            return Constant(position: at, value: .double(number))
        case .booleanLiteralExpr(let literal):
            return Constant(position: at, value: .bool(literal.literal.tokenKind == .keyword(.true)))
        case .stringLiteralExpr(let literal):
            return try string(literal)
        case .arrayExpr(let array):
            return ArrayLiteral(position: at, elements: try array.elements.map { try expression($0.expression) })
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return try expression(only.expression)
            }
            return TupleLiteral(position: at, elements: try tuple.elements.map { try expression($0.expression) })
        case .declReferenceExpr(let name):
            return try reference(name)
        case .infixOperatorExpr(let infix):
            return try infixExpression(infix)
        case .prefixOperatorExpr(let prefix):
            let op = prefix.operator.text
            if op == "-", let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
                return Constant(position: at, value: .int(try integer(literal.literal.text, negative: true, at: literal)))
            }
            let operand = try expression(prefix.expression)
            switch op {
            case "-": return UnaryOperation(position: at, isNegation: true, operand: operand)
            case "!": return UnaryOperation(position: at, isNegation: false, operand: operand)
            case "+": return operand
            default: throw unsupported("prefix operator '\(op)' is", at: prefix)
            }
        case .ternaryExpr(let ternary):
            return Conditional(position: at, condition: try expression(ternary.condition),
                               whenTrue: try expression(ternary.thenExpression), whenFalse: try expression(ternary.elseExpression))
        case .functionCallExpr(let call):
            return try functionCall(call)
        case .memberAccessExpr(let member):
            return try memberAccess(member)
        case .subscriptCallExpr(let subscriptCall):
            if let trailing = subscriptCall.trailingClosure { throw unsupported("trailing closures on subscripts are", at: trailing) }
            return SubscriptGet(position: position(subscriptCall.leftSquare), base: try expression(subscriptCall.calledExpression),
                                indices: try subscriptCall.arguments.map { try expression($0.expression) })
        case .closureExpr(let closure):
            return try closureExpression(closure)
        case .nilLiteralExpr:
            return Constant(position: at, value: .absent)
        case .tryExpr:
            throw unsupported("'try' is", at: expr)
        case .awaitExpr:
            throw unsupported("'await' is", at: expr)
        case .ifExpr:
            throw unsupported("'if' expressions are; use the conditional operator 'c ? a : b' or an 'if' statement", at: expr)
        case .switchExpr:
            throw unsupported("'switch' is; use 'if' / 'else if'", at: expr)
        case .dictionaryExpr:
            throw unsupported("dictionaries are", at: expr)
        case .forceUnwrapExpr(let unwrap):
            return ForceUnwrap(position: position(unwrap.exclamationMark), operand: try expression(unwrap.expression))
        case .optionalChainingExpr:
            throw unsupported("optional chaining with '?.' is; unwrap with 'if let', '??' or '!'", at: expr)
        case .asExpr, .isExpr:
            throw unsupported("type casts are", at: expr)
        case .assignmentExpr:
            throw error("an assignment is a statement, not a value", at: expr)
        default:
            throw unsupported("this expression is", at: expr)
        }
    }

    func integer(_ text: String, negative: Bool, at node: some SyntaxProtocol) throws -> Int {
        var digits = text.replacingUnderscores
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            digits.removeFirst(2)
            radix = base
        }
        guard let value = Int((negative ? "-" : "") + digits, radix: radix) else {
            throw error("integer literal '\(negative ? "-" : "")\(text)' overflows Int", at: node)
        }
        return value
    }

    func reference(_ reference: DeclReferenceExprSyntax) throws -> Expression {
        let at = position(reference)
        let name = reference.baseName.text
        if case .binaryOperator = reference.baseName.tokenKind, let op = Compiler.binaryOperators[name] {
            return Constant(position: at, value: .builtin(OperatorFunctions.function(for: op)))
        }
        switch resolve(name) {
        case .variable(let location, _, _, boxed: true): return BoxedRead(position: at, location: location)
        case .variable(.local(0, let slot), _, _, _): return LocalRead(position: at, slot: slot)
        case .variable(.local(let depth, let slot), _, _, _): return CapturedRead(position: at, depth: depth, slot: slot)
        case .variable(.global(let slot), _, _, _): return GlobalRead(position: at, slot: slot)
        case .builtin(let function): return Constant(position: at, value: .builtin(function))
        case .notFound:
            if name == "pi" { return Constant(position: at, value: .double(Double.pi)) }
            throw notFound(name, at: reference)
        }
    }

    func infixExpression(_ infix: InfixOperatorExprSyntax) throws -> Expression {
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self) else {
            if infix.operator.is(AssignmentExprSyntax.self) {
                throw error("an assignment is a statement, not a value", at: infix.operator)
            }
            throw unsupported("this operator is", at: infix.operator)
        }
        let text = op.operator.text
        let at = position(op)
        let lhs = try expression(infix.leftOperand)
        let rhs = try expression(infix.rightOperand)
        if let arithmetic = Compiler.binaryOperators[text] {
            return BinaryOperation(position: at, op: arithmetic, lhs: lhs, rhs: rhs)
        }
        switch text {
        case "??": return NilCoalescing(position: at, lhs: lhs, rhs: rhs)
        case "&&": return LogicalAnd(position: at, lhs: lhs, rhs: rhs)
        case "||": return LogicalOr(position: at, lhs: lhs, rhs: rhs)
        case "..<": return RangeExpression(position: at, lower: lhs, upper: rhs, isClosed: false)
        case "...": return RangeExpression(position: at, lower: lhs, upper: rhs, isClosed: true)
        default:
            if compoundOperators[text] != nil { throw error("an assignment is a statement, not a value", at: op) }
            throw unsupported("operator '\(text)' is", at: op)
        }
    }

    func string(_ literal: StringLiteralExprSyntax) throws -> Expression {
        let raw = literal.openingPounds != nil
        var parts: [InterpolatedString.Part] = []
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                let content = text.content.text
                parts.append(.text(raw ? content : try unescape(content, at: text)))
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    throw unsupported("interpolations with labels or several values are", at: interpolation)
                }
                parts.append(.value(try expression(only.expression)))
            }
        }
        if parts.allSatisfy({ if case .text = $0 { return true } else { return false } }) {
            let text = parts.map { if case .text(let t) = $0 { return t } else { return "" } }.joined()
            return Constant(position: position(literal), value: .string(text))
        }
        return InterpolatedString(position: position(literal), parts: parts)
    }

    func unescape(_ text: String, at node: some SyntaxProtocol) throws -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else { result.unicodeScalars.append(scalar); continue }
            switch iterator.next() {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\0"
            case "\\": result += "\\"
            case "\"": result += "\""
            case "'": result += "'"
            case "u":
                var hex = ""
                _ = iterator.next()
                while let digit = iterator.next(), digit != "}" { hex.unicodeScalars.append(digit) }
                guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
                    throw error("invalid unicode escape", at: node)
                }
                result.unicodeScalars.append(decoded)
            default: throw error("invalid escape sequence in string", at: node)
            }
        }
        return result
    }

    func memberAccess(_ member: MemberAccessExprSyntax) throws -> Expression {
        let name = member.declName.baseName.text
        let at = position(member.declName)
        guard let baseExpr = member.base else { return Constant(position: position(member), value: .symbol(name)) }
        if let typeName = typeReference(baseExpr) {
            switch (typeName, name) {
            case ("Double", "pi"), ("Float", "pi"): return Constant(position: at, value: .double(Double.pi))
            case ("Double", "infinity"): return Constant(position: at, value: .double(Double.infinity))
            case ("Double", "nan"): return Constant(position: at, value: .double(Double.nan))
            case ("Double", "greatestFiniteMagnitude"): return Constant(position: at, value: .double(Double.greatestFiniteMagnitude))
            case ("Int", "max"): return Constant(position: at, value: .int(Int.max))
            case ("Int", "min"): return Constant(position: at, value: .int(Int.min))
            default:
                if let function = BuiltinRegistry.lookup("\(typeName).\(name)") { return Constant(position: at, value: .builtin(function)) }
                throw error("type '\(typeName)' has no member '\(name)'", at: member.declName)
            }
        }
        return MemberGet(position: at, base: try expression(baseExpr), name: name)
    }

    /// The type name `Double`, `Int`, `Matrix` when `expr` names a type rather than a variable.
    func typeReference(_ expr: ExprSyntax) -> String? {
        guard let reference = expr.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = reference.baseName.text
        guard ["Double", "Int", "Matrix", "Float", "String", "Bool", "Array"].contains(name)
            || BuiltinRegistry.typeNames.contains(name) else { return nil }
        if case .variable = resolve(name) { return nil }
        return name
    }

    func closureExpression(_ closure: ClosureExprSyntax) throws -> Expression {
        var names: [String] = []
        var types: [TypeCoercion] = []
        var returnType = TypeCoercion.none
        if let signature = closure.signature {
            if let captures = signature.capture { throw unsupported("capture lists are", at: captures) }
            if let effects = signature.effectSpecifiers { throw unsupported("'async' and 'throws' are", at: effects) }
            returnType = try coercion(for: signature.returnClause?.type)
            switch signature.parameterClause {
            case .simpleInput(let list):
                names = list.map(\.name.text)
                types = names.map { _ in .none }
            case .parameterClause(let clause):
                for parameter in clause.parameters {
                    names.append((parameter.secondName ?? parameter.firstName).text)
                    types.append(try coercion(for: parameter.type))
                }
            case nil: break
            }
        } else {
            let finder = ShorthandParameterFinder(viewMode: .sourceAccurate)
            finder.walk(closure.statements)
            names = (0..<finder.count).map { "$\($0)" }
            types = names.map { _ in .none }
        }
        // `{ v in cos(v[0]) }`: Swift gives an untyped parameter that is subscripted an array type, so the
        // autodiff verbs pass it the whole point even when the point has one coordinate.
        if names.count == 1, types == [.none] {
            let finder = SubscriptedNameFinder(name: names[0], viewMode: .sourceAccurate)
            finder.walk(closure.statements)
            if finder.found { types = [.array(.none)] }
        }
        let template = ClosureTemplate(name: nil, labels: nil, parameterTypes: types, returnType: returnType)
        try compileBody(of: template, parameterNames: names, statements: closure.statements, isClosureExpression: true)
        return ClosureExpression(position: position(closure), template: template)
    }
}

/// Counts `$0`, `$1`, … in a closure body, not looking into nested closures.
final class ShorthandParameterFinder: SyntaxVisitor {
    var count = 0

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let text) = node.baseName.tokenKind, let index = Int(text.dropFirst()) {
            count = max(count, index + 1)
        }
        return .skipChildren
    }
}

/// Whether `name[…]` occurs in a closure body, not looking into nested closures.
final class SubscriptedNameFinder: SyntaxVisitor {
    let name: String
    var found = false

    init(name: String, viewMode: SyntaxTreeViewMode) {
        self.name = name
        super.init(viewMode: viewMode)
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: SubscriptCallExprSyntax) -> SyntaxVisitorContinueKind {
        if node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == name { found = true }
        return found ? .skipChildren : .visitChildren
    }
}

extension String {
    var replacingUnderscores: String { filter { $0 != "_" } }
}
