/// Top-level names of every cell run so far, each bound to a global slot; a failed cell's
/// unexecuted declarations are rolled back.
final class GlobalTable {
    struct Entry {
        var slot: Int
        var isConstant: Bool
        var coercion: TypeCoercion
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var count = 0
    private var undo: [(name: String, previous: Entry?, slot: Int)] = []

    /// Starts recording the running cell's declarations.
    func beginCell() { undo = [] }

    /// Binds `name` to a new slot (a later cell may redeclare a name, as in a REPL).
    func declare(_ name: String, isConstant: Bool, coercion: TypeCoercion) -> Int {
        let slot = count
        count += 1
        undo.append((name, entries[name], slot))
        entries[name] = Entry(slot: slot, isConstant: isConstant, coercion: coercion)
        return slot
    }

    func lookup(_ name: String) -> Entry? { entries[name] }

    /// Forgets the running cell's declarations whose statements did not run.
    func rollback(keeping executed: Set<Int>) {
        for change in undo.reversed() where !executed.contains(change.slot) {
            if entries[change.name]?.slot == change.slot { entries[change.name] = change.previous }
        }
        undo = []
    }
}

/// The compile-time view of one function body (or of a cell's top level): its blocks of names and
/// how many frame slots it needs.
final class FunctionScope {
    struct Entry {
        var slot: Int
        var isConstant: Bool
        var coercion: TypeCoercion
        /// A constant of one pass of a loop (the loop's own variable, or a `let` in its body).
        /// Swift gives every pass a fresh one, so a closure made in the loop copies it.
        var perPass = false
        /// A `var` of one pass of a loop that makes closures: its slot holds a `VariableBox`.
        var boxed = false
    }

    let parent: FunctionScope?
    /// Whether this is a cell's top level, where outermost declarations become globals.
    let isCell: Bool
    /// Whether this is a closure expression's body, which copies the loop constants it uses when the
    /// closure is made. (A nested `func` is made when its block starts, before they have values.)
    let copiesPerPassConstants: Bool
    var blocks: [[String: Entry]] = [[:]]
    var slotCount = 0
    var loopDepth = 0
    /// How many of the loops being compiled make closures in their bodies; their `var`s are boxed.
    var loopsMakingClosures = 0
    /// Per-pass constants of enclosing functions that this closure copies: where each is read when
    /// the closure is made (relative to the frame making it), and the slot of this body it goes to.
    private(set) var copies: [(source: VariableLocation, slot: Int)] = []

    init(parent: FunctionScope?, isCell: Bool, copiesPerPassConstants: Bool = false) {
        self.parent = parent
        self.isCell = isCell
        self.copiesPerPassConstants = copiesPerPassConstants
    }

    /// Whether a declaration here would be a global: the cell's outermost block.
    var declaresGlobals: Bool { isCell && blocks.count == 1 }

    /// `perPass` defaults to "a constant declared inside a loop" (a boxed variable is per pass too).
    func declareLocal(_ name: String, isConstant: Bool, coercion: TypeCoercion, perPass: Bool? = nil,
                      boxed: Bool = false) -> Int {
        let slot = slotCount
        slotCount += 1
        blocks[blocks.count - 1][name] = Entry(slot: slot, isConstant: isConstant, coercion: coercion,
                                               perPass: perPass ?? ((isConstant || boxed) && loopDepth > 0),
                                               boxed: boxed)
        return slot
    }

    /// Gives an enclosing function's per-pass constant (or the box of its per-pass variable) a slot of
    /// this body, filled when the closure is made.
    func copy(_ name: String, from source: VariableLocation, _ entry: Entry) -> Entry {
        let copied = Entry(slot: slotCount, isConstant: entry.isConstant, coercion: entry.coercion, perPass: true,
                           boxed: entry.boxed)
        slotCount += 1
        blocks[0][name] = copied
        copies.append((source, copied.slot))
        return copied
    }

    func lookup(_ name: String) -> Entry? {
        for block in blocks.reversed() {
            if let entry = block[name] { return entry }
        }
        return nil
    }

    /// Every name visible in this function, for suggestions.
    var visibleNames: [String] { blocks.flatMap(\.keys) }
}

/// What a name refers to.
enum Resolution {
    case variable(VariableLocation, isConstant: Bool, coercion: TypeCoercion, boxed: Bool = false)
    case builtin(BuiltinFunction)
    case notFound
}
