import NotebookDisplay
import NumericCore

/// An expression used as a statement; its value is dropped.
final class ExpressionStatement: Statement {
    let expression: Expression
    init(expression: Expression) {
        self.expression = expression
        super.init(position: expression.position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        _ = try expression.evaluate(context)
        return .normal
    }
}

/// A top-level expression statement: its value, unless `Void`, is displayed (the REPL rule).
final class DisplayStatement: Statement {
    let expression: Expression
    init(expression: Expression) {
        self.expression = expression
        super.init(position: expression.position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        let value = try expression.evaluate(context)
        if !value.isVoid { context.display(value.displayBlocks) }
        return .normal
    }
}

/// `if … { } else if … { } else { }`
final class IfStatement: Statement {
    let condition: Expression
    let thenBranch: BlockStatement
    let elseBranch: Statement?
    init(position: CellPosition, condition: Expression, thenBranch: BlockStatement, elseBranch: Statement?) {
        self.condition = condition
        self.thenBranch = thenBranch
        self.elseBranch = elseBranch
        super.init(position: position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        let test = try condition.evaluate(context)
        if try locating(condition.position, { try Arithmetic.truth(test) }) {
            return try thenBranch.execute(context)
        }
        return try elseBranch?.execute(context) ?? .normal
    }
}

/// `guard condition else { … }`; the else branch must leave the scope.
final class GuardStatement: Statement {
    let condition: Expression
    let elseBranch: BlockStatement
    init(position: CellPosition, condition: Expression, elseBranch: BlockStatement) {
        self.condition = condition
        self.elseBranch = elseBranch
        super.init(position: position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        let test = try condition.evaluate(context)
        if try locating(condition.position, { try Arithmetic.truth(test) }) { return .normal }
        let flow = try elseBranch.execute(context)
        if flow == .normal { throw CellError("'guard' body must not fall through", position: position) }
        return flow
    }
}

/// `while condition { … }` and `repeat { … } while condition`.
final class WhileStatement: Statement {
    let condition: Expression
    let body: BlockStatement
    let testsFirst: Bool
    init(position: CellPosition, condition: Expression, body: BlockStatement, testsFirst: Bool) {
        self.condition = condition
        self.body = body
        self.testsFirst = testsFirst
        super.init(position: position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        var first = true
        let body = self.body, condition = self.condition
        while true {
            try context.tick(at: position)
            if testsFirst || !first {
                let test = try condition.evaluate(context)
                guard try locating(condition.position, { try Arithmetic.truth(test) }) else { return .normal }
            }
            first = false
            switch try body.execute(context) {
            case .breakLoop: return .normal
            case .returned: return .returned
            case .normal, .continueLoop: continue
            }
        }
    }
}

/// `for pattern in sequence where condition { … }` over ranges of integers, arrays, matrix rows and strings.
final class ForStatement: Statement {
    let pattern: PatternBinding
    let sequence: Expression
    let filter: Expression?
    let body: BlockStatement

    init(position: CellPosition, pattern: PatternBinding, sequence: Expression, filter: Expression?, body: BlockStatement) {
        self.pattern = pattern
        self.sequence = sequence
        self.filter = filter
        self.body = body
        super.init(position: position)
    }

    override func execute(_ context: CellContext) throws -> Flow {
        let value = try sequence.evaluate(context)
        if case .range(let range) = value, case .variable(.local(0, let slot)) = pattern, filter == nil {
            let (lower, upper) = try locating(sequence.position) { try range.integerBounds() }
            let body = self.body
            var index = lower
            while index < upper {
                try context.tick(at: position)
                context.hot.pointee.locals[slot] = .int(index)
                switch try body.execute(context) {
                case .breakLoop: return .normal
                case .returned: return .returned
                case .normal, .continueLoop: break
                }
                index += 1
            }
            return .normal
        }
        let elements = try locating(sequence.position) { try ForStatement.elements(of: value) }
        for element in elements {
            try context.tick(at: position)
            try locating(position) { try pattern.bind(element, in: context) }
            if let filter {
                let test = try filter.evaluate(context)
                guard try locating(filter.position, { try Arithmetic.truth(test) }) else { continue }
            }
            switch try body.execute(context) {
            case .breakLoop: return .normal
            case .returned: return .returned
            case .normal, .continueLoop: continue
            }
        }
        return .normal
    }

    /// The elements a `for` loop visits: integers of a range, array elements, a matrix's rows (each a 1×n matrix), characters.
    static func elements(of value: Value) throws -> [Value] {
        switch value {
        case .range(let range):
            return try range.integersToBuild().map { .int($0) }
        case .array(let elements), .tuple(let elements):
            return elements
        case .matrix(let matrix):
            return (0..<matrix.rows).map { row in
                .matrix(Matrix(rows: 1, columns: matrix.columns,
                               storage: Array(matrix.storage[(row * matrix.columns)..<((row + 1) * matrix.columns)])))
            }
        case .string(let text):
            return text.map { .string(String($0)) }
        default:
            throw CellError("expected a sequence (a range, an array or a matrix) to iterate over, found \(value.typeName) \(value.shortDescription)")
        }
    }
}

/// `break`, `continue`.
final class JumpStatement: Statement {
    let flow: Flow
    init(position: CellPosition, flow: Flow) {
        self.flow = flow
        super.init(position: position)
    }
    override func execute(_ context: CellContext) throws -> Flow { flow }
}

/// `return` and `return value`.
final class ReturnStatement: Statement {
    let value: Expression?
    init(position: CellPosition, value: Expression?) {
        self.value = value
        super.init(position: position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        context.returnValue = try value?.evaluate(context) ?? .void
        return .returned
    }
}

/// `func name(…) { … }`: binds a closure capturing the running frame (hoisted to the start of its block).
final class FunctionDeclaration: Statement {
    let location: VariableLocation
    let template: ClosureTemplate
    init(position: CellPosition, location: VariableLocation, template: ClosureTemplate) {
        self.location = location
        self.template = template
        super.init(position: position)
    }
    override func execute(_ context: CellContext) throws -> Flow {
        context.write(.closure(template.instantiate(in: context)), to: location)
        if case .global(let slot) = location { context.declaredGlobals.insert(slot) }
        return .normal
    }
}
