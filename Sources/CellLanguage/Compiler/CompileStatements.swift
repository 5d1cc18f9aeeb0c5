import SwiftSyntax

extension Compiler {
    /// Compiles a list of statements; `func` declarations are hoisted so functions can call each other.
    ///
    /// Function names are declared first, but each body is compiled where it stands, so it also sees
    /// the names declared above it (`let k = 2.0; func f(_ x: Double) -> Double { k * x }`).
    func items(_ list: CodeBlockItemListSyntax, topLevel: Bool) throws -> [Statement] {
        var functions: [(FunctionDeclSyntax, VariableLocation)] = []
        for item in list {
            if case .decl(let decl) = item.item, let function = decl.as(FunctionDeclSyntax.self) {
                functions.append((function, declare(function.name.text, isConstant: true, coercion: .none, perPass: false)))
            }
        }
        var hoisted: [Statement] = []
        var statements: [Statement] = []
        for item in list {
            if case .decl(let decl) = item.item, decl.is(FunctionDeclSyntax.self) {
                let (function, location) = functions[hoisted.count]
                hoisted.append(FunctionDeclaration(position: position(function), location: location,
                                                   template: try functionTemplate(function)))
                continue
            }
            statements.append(try statement(item.item, topLevel: topLevel))
        }
        return hoisted + statements
    }

    /// `{ … }` as a block with its own names.
    func block(_ body: CodeBlockSyntax) throws -> BlockStatement {
        try inBlock { BlockStatement(position: position(body), statements: try items(body.statements, topLevel: false)) }
    }

    func statement(_ item: CodeBlockItemSyntax.Item, topLevel: Bool) throws -> Statement {
        switch item {
        case .decl(let decl): return try declaration(decl)
        case .stmt(let stmt): return try statement(stmt, topLevel: topLevel)
        case .expr(let expr): return try expressionStatement(expr, topLevel: topLevel)
        }
    }

    func expressionStatement(_ expr: ExprSyntax, topLevel: Bool) throws -> Statement {
        if let ifExpr = expr.as(IfExprSyntax.self) { return try ifStatement(ifExpr) }
        if let infix = expr.as(InfixOperatorExprSyntax.self), let assignment = try assignment(infix) { return assignment }
        let compiled = try expression(expr)
        return topLevel ? DisplayStatement(expression: compiled) : ExpressionStatement(expression: compiled)
    }

    // MARK: Declarations

    func declaration(_ decl: DeclSyntax) throws -> Statement {
        if let variable = decl.as(VariableDeclSyntax.self) { return try variableDeclaration(variable) }
        let kind: String
        switch decl.kind {
        case .classDecl: kind = "'class' declarations are"
        case .structDecl: kind = "'struct' declarations are"
        case .enumDecl: kind = "'enum' declarations are"
        case .protocolDecl: kind = "'protocol' declarations are"
        case .extensionDecl: kind = "'extension' declarations are"
        case .importDecl: kind = "'import' declarations are"
        case .actorDecl: kind = "'actor' declarations are"
        case .typeAliasDecl: kind = "'typealias' declarations are"
        case .operatorDecl: kind = "operator declarations are"
        case .precedenceGroupDecl: kind = "precedence group declarations are"
        default: kind = "this declaration is"
        }
        throw unsupported(kind, at: decl)
    }

    func variableDeclaration(_ decl: VariableDeclSyntax) throws -> Statement {
        if let modifier = decl.modifiers.first { throw unsupported("'\(modifier.name.text)' is", at: modifier) }
        if let attribute = decl.attributes.first { throw unsupported("attributes are", at: attribute) }
        let isConstant = decl.bindingSpecifier.tokenKind == .keyword(.let)
        var statements: [Statement] = []
        for binding in decl.bindings {
            if let accessors = binding.accessorBlock { throw unsupported("computed properties are", at: accessors) }
            let coercion = try coercion(for: binding.typeAnnotation?.type)
            // The initializer is compiled before the name exists, so `let x = x + 1` sees the outer `x`.
            let initializer = try binding.initializer.map { try expression($0.value) }
            if let identifier = binding.pattern.as(IdentifierPatternSyntax.self) {
                if isConstant && initializer == nil {
                    throw error("'let' constant '\(identifier.identifier.text)' needs a value", at: binding)
                }
                let boxed = boxesVariable(isConstant: isConstant)
                let location = declare(identifier.identifier.text, isConstant: isConstant, coercion: coercion, boxed: boxed)
                statements.append(DeclareVariable(position: position(binding), location: location,
                                                  initializer: initializer, coercion: coercion, boxed: boxed))
            } else if binding.pattern.is(WildcardPatternSyntax.self) {
                if let initializer { statements.append(ExpressionStatement(expression: initializer)) }
            } else if binding.pattern.is(TuplePatternSyntax.self) {
                guard let initializer else { throw error("a tuple pattern needs a value", at: binding) }
                let (pattern, globalSlots) = try self.pattern(binding.pattern, isConstant: isConstant)
                statements.append(DeclarePattern(position: position(binding), pattern: pattern,
                                                 initializer: initializer, globals: globalSlots))
            } else {
                throw unsupported("this pattern is", at: binding.pattern)
            }
        }
        return statements.count == 1 ? statements[0] : BlockStatement(position: position(decl), statements: statements)
    }

    /// Whether a declaration here gets a `VariableBox`: a `var` in the body of a loop that makes closures.
    func boxesVariable(isConstant: Bool) -> Bool {
        !isConstant && !scope.declaresGlobals && scope.loopsMakingClosures > 0
    }

    /// Declares the names of a pattern (`x`, `_`, `(i, x)`).
    func pattern(_ pattern: PatternSyntax, isConstant: Bool) throws -> (PatternBinding, [Int]) {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            let boxed = boxesVariable(isConstant: isConstant)
            let location = declare(identifier.identifier.text, isConstant: isConstant, coercion: .none, boxed: boxed)
            if case .global(let slot) = location { return (.variable(location), [slot]) }
            return (boxed ? .boxedVariable(location) : .variable(location), [])
        }
        if pattern.is(WildcardPatternSyntax.self) { return (.ignore, []) }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            var parts: [PatternBinding] = []
            var slots: [Int] = []
            for element in tuple.elements {
                let (part, partSlots) = try self.pattern(element.pattern, isConstant: isConstant)
                parts.append(part)
                slots += partSlots
            }
            return (.tuple(parts), slots)
        }
        throw unsupported("this pattern is", at: pattern)
    }

    func functionTemplate(_ decl: FunctionDeclSyntax) throws -> ClosureTemplate {
        // `func f<T: DifferentiableScalar>(_ x: T) -> T`: as Swift specializes it for numbers, dual numbers and tape
        // variables, so the cell's dynamic types run it on each; the clause itself has nothing to check at run time.
        if let effects = decl.signature.effectSpecifiers { throw unsupported("'async' and 'throws' are", at: effects) }
        if let modifier = decl.modifiers.first { throw unsupported("'\(modifier.name.text)' is", at: modifier) }
        guard let body = decl.body else { throw error("function '\(decl.name.text)' needs a body", at: decl) }
        var labels: [String] = []
        var names: [String] = []
        var types: [TypeCoercion] = []
        for parameter in decl.signature.parameterClause.parameters {
            if let defaultValue = parameter.defaultValue { throw unsupported("default parameter values are", at: defaultValue) }
            if parameter.ellipsis != nil { throw unsupported("variadic parameters are", at: parameter) }
            if parameter.type.is(AttributedTypeSyntax.self) { throw unsupported("'inout' parameters are", at: parameter.type) }
            let label = parameter.firstName.text
            labels.append(label == "_" ? "" : label)
            names.append((parameter.secondName ?? parameter.firstName).text)
            types.append(try coercion(for: parameter.type))
        }
        let returnType = try coercion(for: decl.signature.returnClause?.type)
        let template = ClosureTemplate(name: decl.name.text, labels: labels, parameterTypes: types, returnType: returnType)
        try compileBody(of: template, parameterNames: names, statements: body.statements, isClosureExpression: false)
        return template
    }

    /// Compiles a function or closure body in a new function scope whose first slots are the parameters.
    func compileBody(of template: ClosureTemplate, parameterNames: [String], statements: CodeBlockItemListSyntax,
                     isClosureExpression: Bool) throws {
        let outer = scope
        scope = FunctionScope(parent: outer, isCell: false, copiesPerPassConstants: isClosureExpression)
        defer { scope = outer }
        for (index, name) in parameterNames.enumerated() {
            _ = scope.declareLocal(name, isConstant: true, coercion: template.parameterTypes[index])
        }
        if statements.count == 1, let only = statements.first, case .expr(let expr) = only.item,
           !expr.is(IfExprSyntax.self), !isAssignment(expr) {
            template.singleExpression = try expression(expr)
        } else {
            template.body = BlockStatement(position: position(statements), statements: try items(statements, topLevel: false))
        }
        template.slotCount = scope.slotCount
        template.copies = scope.copies
    }

    func isAssignment(_ expr: ExprSyntax) -> Bool {
        guard let infix = expr.as(InfixOperatorExprSyntax.self) else { return false }
        if infix.operator.is(AssignmentExprSyntax.self) { return true }
        if let op = infix.operator.as(BinaryOperatorExprSyntax.self) { return compoundOperators[op.operator.text] != nil }
        return false
    }

    // MARK: Statements

    func statement(_ stmt: StmtSyntax, topLevel: Bool) throws -> Statement {
        if let expressionStmt = stmt.as(ExpressionStmtSyntax.self) {
            return try expressionStatement(expressionStmt.expression, topLevel: topLevel)
        }
        if let forStmt = stmt.as(ForStmtSyntax.self) { return try forStatement(forStmt) }
        if let whileStmt = stmt.as(WhileStmtSyntax.self) {
            let condition = try self.condition(whileStmt.conditions)
            let body = try inLoop(body: whileStmt.body) { try block(whileStmt.body) }
            return WhileStatement(position: position(whileStmt), condition: condition, body: body, testsFirst: true)
        }
        if let repeatStmt = stmt.as(RepeatStmtSyntax.self) {
            let body = try inLoop(body: repeatStmt.body) { try block(repeatStmt.body) }
            return WhileStatement(position: position(repeatStmt), condition: try expression(repeatStmt.condition),
                                  body: body, testsFirst: false)
        }
        if let guardStmt = stmt.as(GuardStmtSyntax.self) {
            // `guard let x = …`: `x` is known after the guard, as in Swift, and not in the `else` block,
            // which is compiled before the condition declares it.
            let elseBranch = try block(guardStmt.body)
            return GuardStatement(position: position(guardStmt), condition: try condition(guardStmt.conditions, bindsOptionals: true),
                                  elseBranch: elseBranch)
        }
        if let returnStmt = stmt.as(ReturnStmtSyntax.self) {
            if scope.isCell { throw error("'return' outside of a function", at: returnStmt) }
            return ReturnStatement(position: position(returnStmt), value: try returnStmt.expression.map { try expression($0) })
        }
        if let breakStmt = stmt.as(BreakStmtSyntax.self) {
            if let label = breakStmt.label { throw unsupported("labeled 'break' is", at: label) }
            if scope.loopDepth == 0 { throw error("'break' is only allowed inside a loop", at: breakStmt) }
            return JumpStatement(position: position(breakStmt), flow: .breakLoop)
        }
        if let continueStmt = stmt.as(ContinueStmtSyntax.self) {
            if let label = continueStmt.label { throw unsupported("labeled 'continue' is", at: label) }
            if scope.loopDepth == 0 { throw error("'continue' is only allowed inside a loop", at: continueStmt) }
            return JumpStatement(position: position(continueStmt), flow: .continueLoop)
        }
        if stmt.is(LabeledStmtSyntax.self) { throw unsupported("labeled statements are", at: stmt) }
        let keyword = stmt.firstToken(viewMode: .sourceAccurate)?.text ?? "this statement"
        throw unsupported("'\(keyword)' statements are", at: stmt)
    }

    /// The conditions of an `if`, `guard` or `while`, joined by `&&`; `let x = value` (and `if let x`)
    /// declares `x` in the current block when `bindsOptionals`.
    func condition(_ conditions: ConditionElementListSyntax, bindsOptionals: Bool = false) throws -> Expression {
        var result: Expression?
        for element in conditions {
            let compiled: Expression
            switch element.condition {
            case .expression(let expr):
                compiled = try expression(expr)
            case .optionalBinding(let binding) where bindsOptionals:
                compiled = try optionalBinding(binding)
            case .optionalBinding:
                throw unsupported("'while let' is; test '!= nil' and unwrap with '!'", at: element)
            default:
                throw unsupported("this condition is", at: element)
            }
            result = result.map { LogicalAnd(position: $0.position, lhs: $0, rhs: compiled) } ?? compiled
        }
        guard let result else { throw error("expected a condition", at: conditions) }
        return result
    }

    /// `let x = value` or `if let x` in a condition: `value` (or the outer `x`) is compiled before `x` exists.
    func optionalBinding(_ binding: OptionalBindingConditionSyntax) throws -> Expression {
        guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
            throw unsupported("this pattern is", at: binding.pattern)
        }
        let name = identifier.identifier.text
        let value: Expression
        if let initializer = binding.initializer {
            value = try expression(initializer.value)
        } else {
            value = try reference(DeclReferenceExprSyntax(baseName: .identifier(name)).with(\.leadingTrivia, []))
        }
        let isConstant = binding.bindingSpecifier.tokenKind == .keyword(.let)
        let location = declare(name, isConstant: isConstant, coercion: try coercion(for: binding.typeAnnotation?.type))
        return OptionalBinding(position: position(binding), location: location, value: value)
    }

    func ifStatement(_ ifExpr: IfExprSyntax) throws -> Statement {
        // `if let x = …`: `x` is known in the condition's later parts and the `then` block only.
        let (condition, thenBranch) = try inBlock {
            (try self.condition(ifExpr.conditions, bindsOptionals: true), try block(ifExpr.body))
        }
        var elseBranch: Statement?
        switch ifExpr.elseBody {
        case .ifExpr(let nested): elseBranch = try ifStatement(nested)
        case .codeBlock(let body): elseBranch = try block(body)
        case nil: break
        }
        return IfStatement(position: position(ifExpr), condition: condition, thenBranch: thenBranch, elseBranch: elseBranch)
    }

    func forStatement(_ forStmt: ForStmtSyntax) throws -> Statement {
        if let keyword = forStmt.caseKeyword ?? forStmt.tryKeyword ?? forStmt.awaitKeyword {
            throw unsupported("'for \(keyword.text)' is", at: keyword)
        }
        let sequence = try expression(forStmt.sequence)
        return try inBlock {
            // The loop's variables belong to one pass, like the body's constants.
            try inLoop(body: forStmt.body) {
                let (pattern, _) = try self.pattern(forStmt.pattern, isConstant: true)
                let filter = try forStmt.whereClause.map { try expression($0.condition) }
                return ForStatement(position: position(forStmt), pattern: pattern, sequence: sequence, filter: filter,
                                    body: try block(forStmt.body))
            }
        }
    }

    // MARK: Assignment

    var compoundOperators: [String: ArithmeticOperator] {
        ["+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "%=": .remainder]
    }

    /// `a = b`, `a += b`, or `nil` when the infix expression is not an assignment.
    func assignment(_ infix: InfixOperatorExprSyntax) throws -> Statement? {
        if infix.operator.is(AssignmentExprSyntax.self) {
            if infix.leftOperand.is(DiscardAssignmentExprSyntax.self) {
                return ExpressionStatement(expression: try expression(infix.rightOperand))
            }
            let value = try expression(infix.rightOperand)
            return AssignStatement(position: position(infix.operator), target: try lvalue(infix.leftOperand, path: nil), value: value)
        }
        if let op = infix.operator.as(BinaryOperatorExprSyntax.self), let arithmetic = compoundOperators[op.operator.text] {
            let value = try expression(infix.rightOperand)
            return CompoundAssignStatement(position: position(op), target: try lvalue(infix.leftOperand, path: nil),
                                           op: arithmetic, value: value)
        }
        return nil
    }

    /// An assignment target; `path` says how a `let` constant root is reached (`subscript`, `property`).
    func lvalue(_ expr: ExprSyntax, path: String?) throws -> LValue {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            switch resolve(name) {
            case .variable(let location, _, let coercion, boxed: true):
                return BoxedVariableLValue(position: position(reference), location: location, coercion: coercion)
            case .variable(let location, let isConstant, let coercion, _):
                var constantError: String?
                if isConstant {
                    guard let path else { throw error("cannot assign to value: '\(name)' is a 'let' constant", at: reference) }
                    constantError = "cannot assign through \(path): '\(name)' is a 'let' constant"
                }
                return VariableLValue(position: position(reference), location: location, coercion: coercion, constantError: constantError)
            case .builtin: throw error("cannot assign to '\(name)': it is a builtin function", at: reference)
            case .notFound: throw notFound(name, at: reference)
            }
        }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            let base = try lvalue(subscriptCall.calledExpression, path: "subscript")
            let indices = try subscriptCall.arguments.map { try expression($0.expression) }
            return SubscriptLValue(position: position(subscriptCall.leftSquare), base: base, indices: indices)
        }
        if let member = expr.as(MemberAccessExprSyntax.self), let baseExpr = member.base {
            let base = try lvalue(baseExpr, path: "property")
            return MemberLValue(position: position(member.declName), base: base, name: member.declName.baseName.text)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return try lvalue(only.expression, path: path)
        }
        throw error("cannot assign to this expression", at: expr)
    }
}
