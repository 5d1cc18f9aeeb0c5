/// Where a variable lives: a slot in a frame `depth` closures out, or a session-wide global slot.
enum VariableLocation: Equatable {
    /// A local slot; `depth` 0 is the running frame, 1 its parent, and so on.
    case local(depth: Int, slot: Int)
    /// A top-level variable of some cell.
    case global(slot: Int)
}

extension CellContext {
    @inline(__always)
    func slots(at depth: Int) -> UnsafeMutablePointer<Value> {
        if depth == 0 { return hot.pointee.locals }
        return frame(at: depth).slots
    }

    @inline(__always)
    func frame(at depth: Int) -> Frame {
        var frame = self.frame
        for _ in 0..<depth { frame = frame.parent ?? frame }
        return frame
    }

    @inline(__always)
    func read(_ location: VariableLocation) -> Value {
        switch location {
        case .local(let depth, let slot): return slots(at: depth)[slot]
        case .global(let slot): return hot.pointee.globalSlots[slot]
        }
    }

    @inline(__always)
    func write(_ value: Value, to location: VariableLocation) {
        switch location {
        case .local(let depth, let slot): slots(at: depth)[slot] = value
        case .global(let slot): hot.pointee.globalSlots[slot] = value
        }
    }

    /// Gives `body` the variable's value to change in place (without copying an array it holds).
    @inline(__always)
    func modify(_ location: VariableLocation, _ body: (inout Value) throws -> Void) rethrows {
        switch location {
        case .local(let depth, let slot): try body(&slots(at: depth)[slot])
        case .global(let slot): try body(&hot.pointee.globalSlots[slot])
        }
    }
}

/// Reads a local of the running frame.
final class LocalRead: Expression {
    let slot: Int
    init(position: CellPosition, slot: Int) {
        self.slot = slot
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value { context.hot.pointee.locals[slot] }
}

/// Reads a captured local of an enclosing frame.
final class CapturedRead: Expression {
    let depth: Int
    let slot: Int
    init(position: CellPosition, depth: Int, slot: Int) {
        self.depth = depth
        self.slot = slot
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value { context.frame(at: depth).slots[slot] }
}

/// Reads a top-level variable.
final class GlobalRead: Expression {
    let slot: Int
    init(position: CellPosition, slot: Int) {
        self.slot = slot
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value { context.hot.pointee.globalSlots[slot] }
}

/// A constant: a literal, a builtin function used as a value, a leading-dot symbol.
final class Constant: Expression {
    let value: Value
    init(position: CellPosition, value: Value) {
        self.value = value
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value { value }
}

/// `let x = …` / `var x: Matrix = …`, and the binding of `for` loop variables.
final class DeclareVariable: Statement {
    let location: VariableLocation
    let initializer: Expression?
    let coercion: TypeCoercion
    /// Whether the variable lives in a fresh `VariableBox` for each execution (a loop body's `var`).
    let boxed: Bool

    init(position: CellPosition, location: VariableLocation, initializer: Expression?, coercion: TypeCoercion,
         boxed: Bool = false) {
        self.location = location
        self.initializer = initializer
        self.coercion = coercion
        self.boxed = boxed
        super.init(position: position)
    }

    override func execute(_ context: CellContext) throws -> Flow {
        var value = Value.void
        if let initializer {
            value = try initializer.evaluate(context)
            if coercion != .none { value = try locating(initializer.position) { try coercion.apply(value) } }
        }
        context.write(boxed ? .object(VariableBox(value)) : value, to: location)
        if case .global(let slot) = location { context.declaredGlobals.insert(slot) }
        return .normal
    }
}

/// How a loop variable or `let (a, b) = …` binds the parts of a value.
indirect enum PatternBinding {
    /// `_`
    case ignore
    /// A name.
    case variable(VariableLocation)
    /// A name whose variable lives in a fresh `VariableBox` each time it is bound.
    case boxedVariable(VariableLocation)
    /// `(a, b)`, from a tuple or an array of that many elements.
    case tuple([PatternBinding])

    func bind(_ value: Value, in context: CellContext) throws {
        switch self {
        case .ignore: return
        case .variable(let location): context.write(value, to: location)
        case .boxedVariable(let location): context.write(.object(VariableBox(value)), to: location)
        case .tuple(let parts):
            let elements: [Value]
            switch value {
            case .tuple(let items), .array(let items): elements = items
            default: throw CellError("cannot bind a \(parts.count)-element tuple pattern to \(value.typeName) \(value.shortDescription)")
            }
            guard elements.count == parts.count else {
                throw CellError("cannot bind a \(parts.count)-element tuple pattern to \(elements.count) elements")
            }
            for (part, element) in zip(parts, elements) { try part.bind(element, in: context) }
        }
    }
}

/// `let (a, b) = …`
final class DeclarePattern: Statement {
    let pattern: PatternBinding
    let initializer: Expression
    let globals: [Int]

    init(position: CellPosition, pattern: PatternBinding, initializer: Expression, globals: [Int]) {
        self.pattern = pattern
        self.initializer = initializer
        self.globals = globals
        super.init(position: position)
    }

    override func execute(_ context: CellContext) throws -> Flow {
        let value = try initializer.evaluate(context)
        try locating(position) { try pattern.bind(value, in: context) }
        context.declaredGlobals.formUnion(globals)
        return .normal
    }
}
