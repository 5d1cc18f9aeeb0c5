import NumericCore

/// A value a cell computes: a number, text, an array, a matrix, a function or an object of a richer type.
///
/// Arrays, strings and matrices have value semantics (copy on write); objects are references, so
/// `net.layers[0].weights = m` changes the network that `net` names.
public enum Value {
    /// The result of a statement or a function that returns nothing.
    case void
    /// A 64-bit integer, as Swift's `Int`.
    case int(Int)
    /// A 64-bit floating-point number.
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// Text.
    case string(String)
    /// `[1, 2, 3]`, elements of any kind.
    case array([Value])
    /// A row-major matrix of doubles.
    case matrix(Matrix)
    /// `(2, 3)`, for example a matrix's `shape`.
    case tuple([Value])
    /// `0..<n`, `0...1`.
    indirect case range(RangeValue)
    /// A leading-dot member such as `.sigmoid`, interpreted by the builtin that receives it.
    case symbol(String)
    /// A closure or a `func` written in a cell.
    case closure(Closure)
    /// A builtin function used as a value, such as `sin` in `plot(sin, …)` or `+` in `reduce(0, +)`.
    case builtin(BuiltinFunction)
    /// A value of a richer type (a network, a trace, a dual number) that describes itself through ``CellObject``.
    case object(any CellObject)
    /// `nil`: an optional with no value, as `min()`, `max()`, `first`, `last` and `firstIndex(of:)` give
    /// for an empty array or a missing element; `!`, `??`, `if let` and `guard let` unwrap the others.
    case absent
}

/// A range of numbers, `lower..<upper` or `lower...upper`.
public struct RangeValue {
    /// The lower bound.
    public var lower: Value
    /// The upper bound.
    public var upper: Value
    /// Whether `upper` is included (`...`) or not (`..<`).
    public var isClosed: Bool

    /// Creates a range.
    public init(lower: Value, upper: Value, isClosed: Bool) {
        self.lower = lower
        self.upper = upper
        self.isClosed = isClosed
    }

    /// How many integers the range holds, checked: `Int.min..<Int.max` is an error, not a trap.
    func integerCount() throws -> Int {
        let (lower, upper) = try integerBounds()
        let (count, overflow) = upper.subtractingReportingOverflow(lower)
        guard !overflow else { throw CellError("the range from \(lower) to \(upper) has more elements than an Int can count") }
        return max(0, count)
    }

    /// The integers the range holds, to be built into an array: counted and held to the element limit first.
    func integersToBuild() throws -> Range<Int> {
        let count = try integerCount()
        try ResourceLimits.checkElementCount(count)
        let lower = try integerBounds().lower
        return lower..<lower + count
    }

    /// The integers the range holds, as a half-open pair, when both bounds are integers.
    func integerBounds() throws -> (lower: Int, upperExclusive: Int) {
        guard case .int(let low) = lower, case .int(let high) = upper else {
            throw CellError("expected a range of integers, found a range of \(lower.typeName)")
        }
        if isClosed {
            guard high < Int.max else { throw CellError("arithmetic overflow in range upper bound \(high)") }
            return (low, high + 1)
        }
        return (low, high)
    }
}

extension Value {
    /// The name of the value's type, as errors show it: `Int`, `Double`, `Matrix`, `String`, or an object's type name.
    public var typeName: String {
        switch self {
        case .void: return "Void"
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let elements):
            if elements.isEmpty { return "Array" }
            let first = elements[0].typeName
            return elements.allSatisfy({ $0.typeName == first }) ? "[\(first)]" : "Array"
        case .matrix: return "Matrix"
        case .tuple: return "Tuple"
        case .range: return "Range"
        case .symbol: return "member"
        case .closure, .builtin: return "Function"
        case .object(let object): return object.typeName
        case .absent: return "nil"
        }
    }

    /// The value as a `Double` when it is a number (an `Int` converts), else `nil`.
    public var asDouble: Double? {
        switch self {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: return nil
        }
    }

    /// Whether the value is `Void`, which the display rule leaves undisplayed.
    public var isVoid: Bool {
        if case .void = self { return true }
        return false
    }
}
