/// A compiled expression: evaluating it yields a value.
///
/// The compiler turns swift-syntax nodes into these, with every name already resolved to a slot,
/// so evaluating never looks a name up in a dictionary.
class Expression {
    /// Where the expression starts in the cell, for errors.
    let position: CellPosition

    init(position: CellPosition) { self.position = position }

    /// Computes the expression's value.
    func evaluate(_ context: CellContext) throws -> Value {
        throw CellError("internal error: \(type(of: self)) cannot be evaluated", position: position)
    }
}

/// How a statement finished: normally, or by leaving its loop or function early.
enum Flow {
    /// Go on with the next statement.
    case normal
    /// `break`
    case breakLoop
    /// `continue`
    case continueLoop
    /// `return`; the value waits in ``CellContext/returnValue``.
    case returned
}

/// A compiled statement.
class Statement {
    /// Where the statement starts in the cell.
    let position: CellPosition

    init(position: CellPosition) { self.position = position }

    /// Runs the statement.
    func execute(_ context: CellContext) throws -> Flow {
        throw CellError("internal error: \(type(of: self)) cannot be executed", position: position)
    }
}

/// Statements run in order until one leaves early.
final class BlockStatement: Statement {
    let statements: [Statement]
    /// The same statements without reference counting: `statements` keeps them alive, and a
    /// retain and release per statement run was 40% of a tight loop's time (atomic on every step).
    private let borrowed: [Unmanaged<Statement>]

    init(position: CellPosition, statements: [Statement]) {
        self.statements = statements
        borrowed = statements.map { Unmanaged.passUnretained($0) }
        super.init(position: position)
    }

    override func execute(_ context: CellContext) throws -> Flow {
        try borrowed.withUnsafeBufferPointer { buffer in
            for statement in buffer {
                let flow = try statement._withUnsafeGuaranteedRef { try $0.execute(context) }
                if flow != .normal { return flow }
            }
            return .normal
        }
    }
}
