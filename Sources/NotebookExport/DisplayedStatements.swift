import SwiftParser
import SwiftSyntax

/// Finds a cell's displayed expressions without running it: the top-level expression statements
/// that are not assignments, `if`/`switch` statements or calls of functions that return nothing
/// (`expect`, `print`, `seed`, `fatalError` and the notebook's own `func`s without a result type).
///
/// The interpreter decides by the value (`Void` is not shown); a program cannot, so a statement this
/// misjudges is still right: ``NotebookKit/show(_:)-(Void)`` shows nothing for `()`.
enum DisplayedStatements {
    /// Functions of the cell language and NotebookKit whose calls are statements.
    static let voidFunctions: Set<String> = ["expect", "print", "seed", "assert", "precondition", "fatalError"]

    /// The UTF-8 ranges of `code`'s displayed expressions, in order; `voidFunctions` adds the notebook's own.
    static func ranges(in code: String, voidFunctions extra: Set<String>) -> [Range<Int>] {
        let file = Parser.parse(source: code)
        let known = voidFunctions.union(extra)
        return file.statements.compactMap { item -> Range<Int>? in
            guard case .expr(let expression) = item.item, isDisplayed(expression, voidFunctions: known) else { return nil }
            return expression.positionAfterSkippingLeadingTrivia.utf8Offset..<expression.endPositionBeforeTrailingTrivia.utf8Offset
        }
    }

    /// The names of top-level `func`s without a result type, which return nothing.
    static func voidFunctionNames(in code: String) -> Set<String> {
        let file = Parser.parse(source: code)
        var names: Set<String> = []
        for item in file.statements {
            guard case .decl(let declaration) = item.item, let function = declaration.as(FunctionDeclSyntax.self),
                  function.signature.returnClause == nil else { continue }
            names.insert(function.name.text)
        }
        return names
    }

    static func isDisplayed(_ expression: ExprSyntax, voidFunctions: Set<String>) -> Bool {
        if expression.is(IfExprSyntax.self) || expression.is(SwitchExprSyntax.self) { return false }
        if let sequence = expression.as(SequenceExprSyntax.self) {
            return !sequence.elements.contains { element in
                if element.is(AssignmentExprSyntax.self) { return true }
                guard let op = element.as(BinaryOperatorExprSyntax.self) else { return false }
                return isAssignmentOperator(op.operator.text)
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self),
           let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text {
            return !voidFunctions.contains(name)
        }
        return true
    }

    /// `+=`, `-=`, `*=`, `/=` and the like; not `==`, `!=`, `<=`, `>=`.
    static func isAssignmentOperator(_ text: String) -> Bool {
        text.hasSuffix("=") && !["==", "!=", "<=", ">=", "===", "!=="].contains(text)
    }
}
