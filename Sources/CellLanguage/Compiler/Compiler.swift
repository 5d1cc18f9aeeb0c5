import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// A cell turned into statements ready to run, with the slots its top-level blocks need.
struct CompiledCell {
    var statements: [Statement]
    var cellSlotCount: Int
}

/// Turns a cell's source into an evaluable tree: parse with swift-syntax, report the first syntax
/// error, fold operators by Swift's precedence, resolve every name to a slot, reject what the cell
/// language does not support. Compiling never executes.
final class Compiler {
    let converter: SourceLocationConverter
    let globals: GlobalTable
    /// The session's number for this cell, stamped on every position (``CellPosition/cell``).
    let cellNumber: Int?
    var scope: FunctionScope
    /// How deeply the expression being compiled nests, against ``maximumExpressionNesting``.
    var expressionNesting = 0
    /// Whether builtin names (and `expect`) mean the builtins whatever the earlier cells declared: an
    /// assignment's test cell runs against a student's definitions but must check with the real `expect`.
    var protectsBuiltins = false

    /// The operators of Swift's standard library plus `.*`, the elementwise product.
    static let operators: OperatorTable = {
        var table = OperatorTable.standardOperators
        try? table.addSourceFile(Parser.parse(source: "infix operator .* : MultiplicationPrecedence"))
        return table
    }()

    private init(converter: SourceLocationConverter, globals: GlobalTable, cellNumber: Int?) {
        self.converter = converter
        self.globals = globals
        self.cellNumber = cellNumber
        scope = FunctionScope(parent: nil, isCell: true)
    }

    /// Parses and compiles `code`, declaring its top-level names in `globals`.
    static func compile(_ code: String, globals: GlobalTable, cellNumber: Int? = nil,
                        protectingBuiltins: Bool = false) throws -> CompiledCell {
        try checkNesting(code)
        let tree = Parser.parse(source: code)
        let converter = SourceLocationConverter(fileName: "cell", tree: tree)
        try checkInvisibleCharacterBeforeEqual(tree, converter: converter)
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
        if let first = diagnostics.first(where: { $0.diagMessage.severity == .error }) {
            let location = first.location(converter: converter)
            throw CellError(first.message, position: CellPosition(line: location.line, column: location.column))
        }
        var foldError: OperatorError?
        let folded = operators.foldAll(tree) { error in if foldError == nil { foldError = error } }
        if let foldError {
            let location = foldError.asDiagnostic.location(converter: converter)
            throw CellError(foldError.message, position: CellPosition(line: location.line, column: location.column))
        }
        guard let file = folded.as(SourceFileSyntax.self) else { throw CellError("internal error: folding lost the file") }
        let compiler = Compiler(converter: converter, globals: globals, cellNumber: cellNumber)
        compiler.protectsBuiltins = protectingBuiltins
        let statements = try compiler.items(file.statements, topLevel: true)
        return CompiledCell(statements: statements, cellSlotCount: compiler.scope.slotCount)
    }

    /// The deepest nesting of expressions a cell may use. Compiling and evaluating recurse once per
    /// level, so a chain of 20 000 `+` overflowed even a 64 MB cell-thread stack in a debug build.
    static let maximumExpressionNesting = 1000

    /// The deepest nesting of `[` a cell may use. swift-syntax's lookahead for array types takes time
    /// exponential in it (`[[[[…1]]]]` 20 deep parses for a minute), and parsing runs before the time
    /// limit can stop anything; a matrix literal needs 2.
    static let maximumBracketNesting = 12

    /// The deepest nesting of `(`, `[` and `{` together: swift-syntax's own limit in a release build.
    /// Past it the parser gives up, but a cell nesting ~1,200 deep with keywords and a literal inside
    /// took it 2.8 s to do so (found by `make fuzz`), so the count stops such a cell first.
    static let maximumNesting = 256

    /// Rejects a cell whose `[` brackets (outside strings and comments, inside string interpolations)
    /// nest deeper than ``maximumBracketNesting``,
    /// or whose brackets, parentheses and braces together nest deeper than ``maximumNesting``.
    static func checkNesting(_ code: String) throws {
        var brackets = 0, nesting = 0, line = 1, column = 0
        var inString = false, inComment = false, escaped = false
        // The nesting at which each open string interpolation `\(` began: its code counts like any
        // other, and its closing `)` returns to the string.
        var interpolations: [Int] = []
        var previous: UInt8 = 0
        for byte in code.utf8 {
            column += 1
            defer { previous = byte }
            if byte == UInt8(ascii: "\n") {
                // A string ends with its line; whatever follows counts as code, which can only count more.
                line += 1; column = 0; inComment = false; inString = false; interpolations.removeAll()
                continue
            }
            if inComment { continue }
            if inString {
                if escaped {
                    escaped = false
                    guard byte == UInt8(ascii: "(") else { continue }
                    interpolations.append(nesting)
                    inString = false
                } else {
                    if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "/") where previous == UInt8(ascii: "/"): inComment = true
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                nesting += 1
                if byte == UInt8(ascii: "[") { brackets += 1 }
                if brackets > maximumBracketNesting {
                    throw CellError("brackets nest more than \(maximumBracketNesting) deep; a cell may nest at most \(maximumBracketNesting) (a matrix literal needs 2)",
                                    position: CellPosition(line: line, column: column))
                }
                if nesting > maximumNesting {
                    throw CellError("parentheses, brackets and braces nest more than \(maximumNesting) deep; split the expression",
                                    position: CellPosition(line: line, column: column))
                }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                nesting = max(0, nesting - 1)
                if byte == UInt8(ascii: "]") { brackets = max(0, brackets - 1) }
                if byte == UInt8(ascii: ")"), let start = interpolations.last, nesting == start {
                    interpolations.removeLast()
                    inString = true
                }
            default: break
            }
        }
    }

    // MARK: Positions and errors

    func position(_ node: some SyntaxProtocol) -> CellPosition {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return CellPosition(line: location.line, column: location.column, cell: cellNumber)
    }

    func error(_ message: String, at node: some SyntaxProtocol) -> CellError {
        CellError(message, position: position(node))
    }

    /// `what` names the construct and may carry a hint after `; ` or ` (`, which goes after the verdict:
    /// `'switch' is` + `; use 'if'` reads "'switch' is not supported in notebook cells; use 'if'".
    func unsupported(_ what: String, at node: some SyntaxProtocol) -> CellError {
        let hintStart = [what.firstRange(of: "; "), what.firstRange(of: " (")].compactMap { $0?.lowerBound }.min() ?? what.endIndex
        return error("\(what[..<hintStart]) not supported in notebook cells\(what[hintStart...])", at: node)
    }

    // MARK: Names

    func resolve(_ name: String) -> Resolution {
        if protectsBuiltins, let builtin = BuiltinRegistry.lookup(name) { return .builtin(builtin) }
        if protectsBuiltins, name == "expect" { return .notFound }
        if let (location, entry) = resolveLocal(name, in: scope) {
            return .variable(location, isConstant: entry.isConstant, coercion: entry.coercion, boxed: entry.boxed)
        }
        if let entry = globals.lookup(name) {
            return .variable(.global(slot: entry.slot), isConstant: entry.isConstant, coercion: entry.coercion)
        }
        if let builtin = BuiltinRegistry.lookup(name) { return .builtin(builtin) }
        return .notFound
    }

    /// A local of `function` or of a function around it, as `function`'s code reaches it. A closure
    /// expression reaches a per-pass loop constant through its own copy, so each pass's closure keeps
    /// that pass's value (`for i in 0..<3 { fs.append { i } }` makes closures returning 0, 1, 2).
    private func resolveLocal(_ name: String, in function: FunctionScope) -> (VariableLocation, FunctionScope.Entry)? {
        if let entry = function.lookup(name) { return (.local(depth: 0, slot: entry.slot), entry) }
        guard let parent = function.parent, let (outer, entry) = resolveLocal(name, in: parent),
              case .local(let depth, let slot) = outer else { return nil }
        if entry.perPass && function.copiesPerPassConstants {
            let copied = function.copy(name, from: outer, entry)
            return (.local(depth: 0, slot: copied.slot), copied)
        }
        return (.local(depth: depth + 1, slot: slot), entry)
    }

    /// Names the cell can see, for `did you mean`.
    var knownNames: Set<String> {
        var names = Set(globals.entries.keys).union(BuiltinRegistry.names)
        names.insert("expect")
        var current: FunctionScope? = scope
        while let function = current {
            names.formUnion(function.visibleNames)
            current = function.parent
        }
        return names
    }

    func notFound(_ name: String, at node: some SyntaxProtocol) -> CellError {
        var message = "cannot find '\(name)' in scope"
        if let suggestion = NameSuggestion.closest(to: name, among: knownNames) { message += "; did you mean '\(suggestion)'?" }
        return error(message, at: node)
    }

    /// `perPass: false` keeps a constant declared in a loop shared, not copied into closures (a `func`);
    /// `boxed` puts a loop body's `var` in a box per pass (see `VariableBox`).
    func declare(_ name: String, isConstant: Bool, coercion: TypeCoercion, perPass: Bool? = nil,
                 boxed: Bool = false) -> VariableLocation {
        if scope.declaresGlobals {
            return .global(slot: globals.declare(name, isConstant: isConstant, coercion: coercion))
        }
        return .local(depth: 0, slot: scope.declareLocal(name, isConstant: isConstant, coercion: coercion,
                                                         perPass: perPass, boxed: boxed))
    }

    /// Compiles a loop's parts with the scope inside a loop; when `body` makes closures, the `var`s
    /// declared in it are boxed, one variable per pass as in Swift.
    func inLoop<T>(body: some SyntaxProtocol, _ compile: () throws -> T) rethrows -> T {
        let makesClosures = body.tokens(viewMode: .sourceAccurate).contains { $0.parent?.is(ClosureExprSyntax.self) == true }
        scope.loopDepth += 1
        if makesClosures { scope.loopsMakingClosures += 1 }
        defer {
            scope.loopDepth -= 1
            if makesClosures { scope.loopsMakingClosures -= 1 }
        }
        return try compile()
    }

    /// Runs `body` with a new block of names.
    func inBlock<T>(_ body: () throws -> T) rethrows -> T {
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        return try body()
    }

    // MARK: Types

    func coercion(for type: TypeSyntax?) throws -> TypeCoercion {
        guard let type else { return .none }
        // `Double?` may hold nil, so nothing converts it.
        if type.is(OptionalTypeSyntax.self) || type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return .none }
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            if identifier.genericArgumentClause != nil { return .none }
            switch identifier.name.text {
            case "Double", "Float", "CGFloat": return .double
            case "Matrix": return .matrix
            default: return .none
            }
        }
        if let array = type.as(ArrayTypeSyntax.self) { return .array(try coercion(for: array.element)) }
        return .none
    }
}
