import Display
import NumericCore

/// The running state of a session, handed to every builtin: variables, output, limits and the
/// random generator; builtins call cell closures through ``call(_:_:)``.
public final class CellContext {
    /// The state every statement touches, kept behind a pointer: a class's stored `var`s would pay
    /// a dynamic exclusivity check on each access, and the slot pointers spare a retain per read.
    struct HotState {
        /// Local variables of the running function call or of the cell's top-level blocks.
        var frame: Frame
        /// `frame.slots`, cached.
        var locals: UnsafeMutablePointer<Value>
        /// Variables declared at the top level of any cell, by slot.
        var globals: Frame
        /// `globals.slots`, cached.
        var globalSlots: UnsafeMutablePointer<Value>
        /// Counts loop iterations and calls; the clock is read every 1024 of them.
        var ticks: Int
    }

    let hot: UnsafeMutablePointer<HotState>

    /// Local variables of the running function call or of the cell's top-level blocks.
    var frame: Frame {
        get { hot.pointee.frame }
        set {
            hot.pointee.locals = newValue.slots
            hot.pointee.frame = newValue
        }
    }

    /// Variables declared at the top level of any cell, by slot.
    var globals: Frame {
        get { hot.pointee.globals }
        set {
            hot.pointee.globalSlots = newValue.slots
            hot.pointee.globals = newValue
        }
    }

    /// How deep the running calls nest.
    var callDepth = 0
    /// When the running cell must stop.
    var deadline: ContinuousClock.Instant
    /// The value a `return` statement carries to its call.
    var returnValue: Value = .void
    /// Output of the running cell so far.
    var blocks: [DisplayBlock] = []
    /// Printed text not yet closed into a block.
    var pendingText = ""
    var printedCharacters = 0
    /// Global slots whose declaration ran in the running cell.
    var declaredGlobals: Set<Int> = []
    let limits: ExecutionLimits
    /// Raised by the session when the cell's time is up, so a loop whose every step is slow stops
    /// at its next step rather than its next 1024th.
    let watchdog = CellWatchdog()
    /// The notebook seed; `seed(_:)` changes it.
    public private(set) var notebookSeed: UInt64 = 0
    var cellCode = ""
    /// The files cells may read, and the folder relative paths start from; set through `Session`.
    var readableFiles = ReadableFiles()
    /// The resolved paths of the files cells have read, in order, so a preview knows what to watch.
    var filesRead: [String] = []
    /// The session's seeded random generator; verbs draw from it (`context.random.nextDouble()`).
    public var random = SeededGenerator(seed: 0)

    init(limits: ExecutionLimits) {
        self.limits = limits
        let frame = Frame(slotCount: 0, parent: nil), globals = Frame(slotCount: 0, parent: nil)
        hot = .allocate(capacity: 1)
        hot.initialize(to: HotState(frame: frame, locals: frame.slots, globals: globals, globalSlots: globals.slots, ticks: 0))
        deadline = ContinuousClock.now
    }

    /// Frames closures have captured and variable boxes they copied, held weakly. A frame can hold a
    /// closure that captured it (a local `func`, a closure stored in a local) and a box the closure that
    /// copied it; reference counting alone never frees such a cycle, so the session empties what is
    /// still alive when it ends. Entries whose object is gone are dropped as the list grows.
    private var captures: [WeakCapture] = []
    private var capturesLimit = 1024

    private struct WeakCapture {
        weak var frame: Frame?
        weak var box: VariableBox?
    }

    /// Notes that a closure made now captures `frame` and copies `values`.
    func noteCapture(of frame: Frame, copying values: [(slot: Int, value: Value)]) {
        if !frame.isCaptured {
            frame.isCaptured = true
            captures.append(WeakCapture(frame: frame))
        }
        for (_, value) in values {
            if case .object(let object) = value, let box = object as? VariableBox { captures.append(WeakCapture(box: box)) }
        }
        if captures.count >= capturesLimit {
            captures.removeAll { $0.frame == nil && $0.box == nil }
            capturesLimit = Swift.max(1024, 2 * captures.count)
        }
    }

    /// Drops every value the session holds, on the calling thread (``Session`` calls it on a cell-sized stack).
    func releaseValues() {
        globals.releaseValues()
        frame.releaseValues()
        returnValue = .void
        blocks = []
        for capture in captures {
            capture.frame?.releaseValues()
            capture.box?.value = .void
        }
    }

    deinit {
        for capture in captures {
            capture.frame?.releaseValues()
            capture.box?.value = .void
        }
        hot.deinitialize(count: 1)
        hot.deallocate()
    }

    // MARK: Output

    /// Appends printed text (as `print` would, without adding a newline).
    public func write(_ text: String) throws {
        printedCharacters += text.count
        if printedCharacters > ResourceLimits.maximumOutputCharacters {
            throw CellError("cell printed more than \(ResourceLimits.maximumOutputCharacters) characters")
        }
        pendingText += text
    }

    /// Appends displayed blocks (a table, a plot) after the text printed so far.
    public func display(_ newBlocks: [DisplayBlock]) {
        flushText()
        blocks.append(contentsOf: newBlocks)
    }

    func flushText() {
        guard !pendingText.isEmpty else { return }
        blocks.append(.text(pendingText))
        pendingText = ""
    }

    // MARK: Randomness

    /// Sets the notebook seed and restarts the generator from this cell's seed under it.
    public func seed(_ seed: UInt64) {
        notebookSeed = seed
        reseedForCell()
    }

    /// Restarts the generator from the running cell's seed.
    func reseedForCell() {
        random = SeededGenerator(seed: CellRandomness.seed(notebookSeed: notebookSeed, cellCode: cellCode))
    }

    func setNotebookSeed(_ seed: UInt64) { notebookSeed = seed }

    // MARK: Limits

    /// Counts one step of work and stops the cell once its time is up; call it in long builtin loops.
    @inline(__always)
    public func tick() throws {
        hot.pointee.ticks &+= 1
        if hot.pointee.ticks & 1023 == 0 || watchdog.hasExpired { try checkDeadline() }
    }

    /// ``tick()`` for loops: a timeout error points at `position`.
    @inline(__always)
    func tick(at position: CellPosition) throws {
        hot.pointee.ticks &+= 1
        if hot.pointee.ticks & 1023 == 0 || watchdog.hasExpired {
            do { try checkDeadline() } catch { throw CellError.wrapping(error).located(at: position) }
        }
    }

    /// Whether the running cell was stopped by its time limit (``Session`` then drops its partial output).
    var stoppedByTimeLimit = false

    /// Stops the cell when its time is up.
    public func checkDeadline() throws {
        if ContinuousClock.now > deadline {
            stoppedByTimeLimit = true
            throw CellError(limits.timeLimitMessage)
        }
    }

    // MARK: Calls

    /// Calls a cell closure or a builtin function value with unlabeled arguments, as verbs do with closures written in cells.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        switch function {
        case .closure(let closure): return try invoke(closure, arguments)
        case .builtin(let builtin): return try builtin.call(arguments.map { Argument($0) }, context: self)
        default: throw CellError("expected a function, found \(function.typeName) \(function.shortDescription)")
        }
    }

    /// Makes room for `count` global slots.
    func reserveGlobals(_ count: Int) {
        if globals.count < count { globals = globals.grown(to: max(count, globals.count * 2)) }
    }

    /// Runs a closure's body in a new frame with `arguments` as its parameters.
    func invoke(_ closure: Closure, _ arguments: [Value]) throws -> Value {
        guard arguments.count == closure.parameterCount else {
            let count = closure.parameterCount
            throw CellError("\(closure.signature) expects \(count) argument\(count == 1 ? "" : "s"), found \(arguments.count)")
        }
        guard callDepth < limits.maximumCallDepth else {
            throw CellError("call depth exceeded \(limits.maximumCallDepth) (unbounded recursion?)")
        }
        try tick()
        let newFrame = Frame(slotCount: closure.slotCount, parent: closure.captured)
        for index in 0..<arguments.count {
            newFrame.slots[index] = try closure.parameterTypes[index].apply(arguments[index])
        }
        for (slot, value) in closure.copiedValues { newFrame.slots[slot] = value }
        let savedFrame = frame
        frame = newFrame
        callDepth += 1
        defer {
            frame = savedFrame
            callDepth -= 1
        }
        if let expression = closure.singleExpression {
            return try closure.returnType.apply(try expression.evaluate(self))
        }
        if try closure.body.execute(self) == .returned {
            let value = returnValue
            returnValue = .void
            return try closure.returnType.apply(value)
        }
        return .void
    }
}

/// Formats the time limit in messages (`10`, `0.5`).
enum NumberFormatForLimits {
    static func seconds(_ value: Double) -> String { NumberFormat.format(value) }
}
