/// The local variables of one function call (or of a cell's top-level blocks), found by slot number.
///
/// The slots are a fixed buffer rather than an array: the compiler guarantees every slot index is
/// in range, and reads and writes then cost no bounds or uniqueness checks.
final class Frame {
    /// The variables, indexed by the slots the compiler assigned.
    let slots: UnsafeMutablePointer<Value>
    /// Number of slots.
    let count: Int
    /// The frame of the code that created the running closure: where captured variables live.
    let parent: Frame?
    /// Whether a closure has captured this frame (and the session will release its values at the end).
    var isCaptured = false

    init(slotCount: Int, parent: Frame?) {
        count = max(slotCount, 1)
        slots = .allocate(capacity: count)
        slots.initialize(repeating: .void, count: count)
        self.parent = parent
    }

    /// A frame with `slotCount` slots holding this frame's values first.
    func grown(to slotCount: Int) -> Frame {
        let larger = Frame(slotCount: slotCount, parent: parent)
        for index in 0..<count { larger.slots[index] = slots[index] }
        return larger
    }

    /// Sets every slot to void: breaks the cycle of a frame holding a closure that captured it.
    func releaseValues() {
        slots.update(repeating: .void, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}

/// A closure or `func` written in a cell, with the frame it captured.
public final class Closure {
    /// The declared name (`fib`), or `nil` for an anonymous closure.
    let name: String?
    /// Argument labels for a `func` (`""` for `_`); `nil` for closures, which take none.
    let labels: [String]?
    /// How each parameter's argument converts (a `Double` parameter turns an `Int` into a `Double`).
    let parameterTypes: [TypeCoercion]
    /// How the returned value converts.
    let returnType: TypeCoercion
    /// Number of local slots a call needs; parameters take the first ones.
    let slotCount: Int
    /// The statements of the body.
    let body: BlockStatement
    /// The expression whose value is returned when the body is one expression (`{ x in x * x }`).
    let singleExpression: Expression?
    /// Variables the closure sees from where it was created.
    let captured: Frame?
    /// Loop constants copied when the closure was made, with the slots they fill on every call.
    let copiedValues: [(slot: Int, value: Value)]

    init(name: String?, labels: [String]?, parameterTypes: [TypeCoercion], returnType: TypeCoercion,
         slotCount: Int, body: BlockStatement, singleExpression: Expression?, captured: Frame?,
         copiedValues: [(slot: Int, value: Value)] = []) {
        self.name = name
        self.labels = labels
        self.parameterTypes = parameterTypes
        self.returnType = returnType
        self.slotCount = slotCount
        self.body = body
        self.singleExpression = singleExpression
        self.captured = captured
        self.copiedValues = copiedValues
    }

    /// Number of parameters.
    public var parameterCount: Int { parameterTypes.count }

    /// `fib(_:)`, `f(x:y:)`, or `closure` for an anonymous one.
    var signature: String {
        guard let name else { return "closure" }
        let labelText = (labels ?? []).map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
        return "\(name)(\(labelText))"
    }
}
