/// `print`, conversions, `stride`, `min`/`max`, `zip`, `Array(repeating:count:)`.
enum CoreBuiltins {
    static let builtins: [Builtin] = [toDouble, toInt, toUInt64, print] + other

    static let print: Builtin =
Builtin("print(_...?:separator?:terminator?:)") { arguments, context in
            let separator = try arguments.has("separator") ? arguments.string("separator") : " "
            let terminator = try arguments.has("terminator") ? arguments.string("terminator") : "\n"
            try context.write(arguments.variadic(0).map(\.description).joined(separator: separator) + terminator)
            return .void
        }

    static let toDouble: Builtin = {
        var builtin = Builtin("Double(_:)") { arguments, _ in try double(try arguments.value(0)) }
        builtin.unary = double
        return builtin
    }()

    static let toInt: Builtin = {
        var builtin = Builtin("Int(_:)") { arguments, _ in try int(try arguments.value(0)) }
        builtin.unary = int
        return builtin
    }()

    /// `UInt64(x)`, as Swift spells a seed made from a variable (`seed: UInt64(epoch)`): the whole
    /// number, refused when negative. Cells have one integer type, so the value is an `Int`.
    static let toUInt64: Builtin = {
        var builtin = Builtin("UInt64(_:)") { arguments, _ in try unsignedInt(try arguments.value(0)) }
        builtin.unary = unsignedInt
        return builtin
    }()

    @Sendable static func unsignedInt(_ value: Value) throws -> Value {
        let converted = try int(value)
        if case .int(let number) = converted, number < 0 {
            throw CellError("cannot convert \(value.debugDescription) to a UInt64: it is negative")
        }
        return converted
    }

    @Sendable static func double(_ value: Value) throws -> Value {
        switch value {
        case .string(let text):
            // As in Swift, text that is no number gives nil.
            return Double(text).map { .double($0) } ?? .absent
        case .bool(let flag): return .double(flag ? 1 : 0)
        case .int(let integer): return .double(Double(integer))
        case .double: return value
        default: throw CellError("cannot convert \(value.typeName) \(value.shortDescription) to a Double")
        }
    }

    @Sendable static func int(_ value: Value) throws -> Value {
        switch value {
        case .int: return value
        case .double(let number):
            guard number.isFinite, number > -9.223372036854775e18, number < 9.223372036854775e18 else {
                throw CellError("cannot convert \(value.debugDescription) to an Int: it is out of range")
            }
            return .int(Int(number))
        case .string(let text):
            return Int(text).map { .int($0) } ?? .absent
        case .bool(let flag): return .int(flag ? 1 : 0)
        default: throw CellError("cannot convert \(value.typeName) \(value.shortDescription) to an Int")
        }
    }

    static let other: [Builtin] = [
        Builtin("String(_:)") { arguments, _ in .string(try arguments.value(0).description) },
        Builtin("Array(_:)") { arguments, _ in
            let value = try arguments.value(0)
            if case .matrix(let matrix) = value { return .array(matrix.storage.map { .double($0) }) }
            return .array(try arguments.array(0))
        },
        Builtin("Array(repeating:count:)") { arguments, _ in
            let count = try arguments.int("count")
            guard count >= 0 else { throw CellError("Array(repeating:count:) needs a count ≥ 0, found \(count)") }
            try ResourceLimits.checkElementCount(count)
            return .array(Array(repeating: try arguments.value("repeating"), count: count))
        },
        Builtin("stride(from:to:by:)") { arguments, _ in try stride(arguments, through: false) },
        Builtin("stride(from:through:by:)") { arguments, _ in try stride(arguments, through: true) },
        Builtin("min(_:_...:)") { arguments, _ in try extreme(arguments, .less) },
        Builtin("max(_:_...:)") { arguments, _ in try extreme(arguments, .greater) },
        Builtin("zip(_:_:)") { arguments, _ in
            .array(zip(try arguments.array(0), try arguments.array(1)).map { .tuple([$0, $1]) })
        },
        Builtin("type(of:)") { arguments, _ in .string(try arguments.value(0).typeName) },
        // Swift's message; an assignment's stub calls it, so an exercise not yet done fails clearly.
        Builtin("fatalError(_?:)") { arguments, _ in
            throw CellError("Fatal error" + (arguments.has(0) ? ": " + (try arguments.string(0)) : ""))
        },
    ]

    private static func stride(_ arguments: Arguments, through: Bool) throws -> Value {
        let start = try arguments.value("from"), end = try arguments.value(through ? "through" : "to")
        let step = try arguments.value("by")
        if case .int(let a) = start, case .int(let b) = end, case .int(let s) = step {
            guard s != 0 else { throw CellError("stride needs a non-zero step") }
            let count = max(0, (b - a) / s + 1)
            try ResourceLimits.checkElementCount(count)
            let values = through ? Array(Swift.stride(from: a, through: b, by: s)) : Array(Swift.stride(from: a, to: b, by: s))
            return .array(values.map { .int($0) })
        }
        let a = try arguments.double("from"), b = try arguments.double(through ? "through" : "to")
        let s = try arguments.double("by")
        guard s != 0, s.isFinite, a.isFinite, b.isFinite else { throw CellError("stride needs a finite, non-zero step and finite bounds") }
        try ResourceLimits.checkElementCount(Int(min(abs((b - a) / s), 1e12)) + 1)
        let values = through ? Array(Swift.stride(from: a, through: b, by: s)) : Array(Swift.stride(from: a, to: b, by: s))
        return .array(values.map { .double($0) })
    }

    private static func extreme(_ arguments: Arguments, _ op: ArithmeticOperator) throws -> Value {
        var values = [try arguments.value(0)] + arguments.variadic(1)
        if values.count == 1, case .array(let elements) = values[0] { values = elements }
        guard var best = values.first else { throw CellError("\(arguments.builtin.name) of no values") }
        var promote = false
        for value in values {
            if case .double = value { promote = true }
        }
        for value in values.dropFirst() where try Arithmetic.truth(try Arithmetic.binary(op, value, best)) { best = value }
        if promote, case .int(let integer) = best { best = .double(Double(integer)) }
        return best
    }
}

/// `sin`, `cos`, `exp`, … on numbers, matrices (elementwise) and numeric objects, and `pow`.
enum MathBuiltins {
    static let builtins: [Builtin] = MathFunction.allCases.map { function in
        var builtin = Builtin("\(function.rawValue)(_:)") { arguments, _ in try Arithmetic.apply(function, try arguments.value(0)) }
        builtin.unary = { value in
            if case .double(let x) = value { return .double(Arithmetic.evaluate(function, x)) }
            return try Arithmetic.apply(function, value)
        }
        return builtin
    } + [
        Builtin("pow(_:_:)") { arguments, _ in
            let base = try arguments.value(0), exponent = try arguments.value(1)
            if case .int(let a) = base, case .int(let b) = exponent {
                if case .double(let result) = Arithmetic.double(.power, Double(a), Double(b)) { return .double(result) }
            }
            return try Arithmetic.binary(.power, base, exponent)
        },
    ]
}

/// `random()`, `Double.random(in:)`, `Int.random(in:)`, `seed(_:)`, drawing from the session's seeded generator.
enum RandomBuiltins {
    static let builtins: [Builtin] = [
        Builtin("random()") { _, context in .double(context.random.nextDouble()) },
        Builtin("seed(_:)") { arguments, context in
            let value = try arguments.int(0)
            context.seed(UInt64(bitPattern: Int64(value)))
            return .void
        },
        Builtin("Double.random(in:)") { arguments, context in
            guard case .range(let range) = try arguments.value(0), let a = range.lower.asDouble, let b = range.upper.asDouble else {
                throw arguments.mismatch(0, expected: "a range such as 0...1", found: try arguments.value(0))
            }
            return .double(a + (b - a) * context.random.nextDouble())
        },
        Builtin("Int.random(in:)") { arguments, context in
            guard case .range(let range) = try arguments.value(0) else {
                throw arguments.mismatch(0, expected: "a range such as 0..<10", found: try arguments.value(0))
            }
            let (lower, upper) = try range.integerBounds()
            guard upper > lower else { throw CellError("Int.random(in:) needs a non-empty range") }
            let (width, overflow) = upper.subtractingReportingOverflow(lower)
            guard !overflow else { throw CellError("Int.random(in:) range is too wide") }
            return .int(lower + context.random.nextInt(below: width))
        },
    ]
}
