import NumericCore

/// The arguments of one builtin call, by parameter, with conversions that report type mismatches
/// naming the parameter: `expected a Matrix for argument 'input:', found String "abc"`.
///
/// Parameters are addressed by their index in the signature, or by their label.
public struct Arguments {
    /// The builtin being called.
    public let builtin: Builtin
    /// For each parameter, the values it received (one, none when left out, any number when variadic).
    let values: [[Value]]
    /// For each parameter, the call-argument index of each value (for error positions).
    let argumentIndices: [[Int]]

    static func invoke(_ builtin: Builtin, assignment: [[Int]], values: [Value], positions: [CellPosition]?,
                       context: CellContext) throws -> Value {
        let arguments = Arguments(builtin: builtin, values: assignment.map { $0.map { values[$0] } },
                                  argumentIndices: assignment)
        do {
            return try builtin.body(arguments, context)
        } catch {
            var cellError = CellError.wrapping(error)
            if cellError.position == nil, let index = cellError.argumentIndex, let positions, index < positions.count {
                cellError.position = positions[index]
            }
            throw cellError
        }
    }

    /// Number of parameters.
    public var count: Int { values.count }

    /// The index of the parameter labelled `label`.
    public func index(of label: String) -> Int {
        builtin.parameters.firstIndex { $0.label == label } ?? -1
    }

    /// Where parameter `index`'s argument is in the call (for an error's column), or `nil` when it was
    /// not given or `index` is no parameter (a label the verb lacks gives `index(of:)` −1).
    public func argumentIndex(_ index: Int) -> Int? {
        argumentIndices.indices.contains(index) ? argumentIndices[index].first : nil
    }
    /// Where the argument labelled `label` is in the call, or `nil`.
    public func argumentIndex(of label: String) -> Int? { argumentIndex(index(of: label)) }

    /// Whether parameter `index` received a value.
    public func has(_ index: Int) -> Bool { index >= 0 && index < values.count && !values[index].isEmpty }
    /// Whether the parameter labelled `label` received a value.
    public func has(_ label: String) -> Bool { has(index(of: label)) }

    /// The value of parameter `index`, or `nil` when it was left out.
    public func optional(_ index: Int) -> Value? { has(index) ? values[index][0] : nil }
    /// The value of the parameter labelled `label`, or `nil` when it was left out.
    public func optional(_ label: String) -> Value? { optional(index(of: label)) }

    /// Every value a variadic parameter received.
    public func variadic(_ index: Int) -> [Value] { index >= 0 && index < values.count ? values[index] : [] }

    /// The value of parameter `index`.
    public func value(_ index: Int) throws -> Value {
        guard let value = optional(index) else { throw CellError("missing argument \(name(of: index)) in call to \(builtin.signature)") }
        return value
    }
    /// The value of the parameter labelled `label`.
    public func value(_ label: String) throws -> Value { try value(index(of: label)) }

    /// `'input:'` or `1` for an unlabeled parameter.
    func name(of index: Int) -> String {
        guard index >= 0 && index < builtin.parameters.count else { return "?" }
        let label = builtin.parameters[index].label
        return label.isEmpty ? "\(index + 1)" : "'\(label):'"
    }

    /// The error for a value of the wrong kind at parameter `index`, pointing at that argument.
    public func mismatch(_ index: Int, expected: String, found value: Value) -> CellError {
        CellError("expected \(expected) for argument \(name(of: index)) of \(builtin.signature), found \(value.typeName) \(value.shortDescription)",
                  argumentIndex: argumentIndex(index))
    }

    /// Parameter `index` as a `Double` (an `Int` converts).
    public func double(_ index: Int) throws -> Double {
        let value = try value(index)
        guard let number = value.asDouble else { throw mismatch(index, expected: "a number", found: value) }
        return number
    }
    /// The parameter labelled `label` as a `Double`.
    public func double(_ label: String) throws -> Double { try double(index(of: label)) }

    /// Parameter `index` as an `Int` (a whole `Double` converts).
    public func int(_ index: Int) throws -> Int {
        let value = try value(index)
        switch value {
        case .int(let integer): return integer
        case .double(let number) where number.rounded() == number && Swift.abs(number) < 9e15: return Int(number)
        default: throw mismatch(index, expected: "an Int", found: value)
        }
    }
    /// The parameter labelled `label` as an `Int`.
    public func int(_ label: String) throws -> Int { try int(index(of: label)) }

    /// Parameter `index` as a `Bool`.
    public func bool(_ index: Int) throws -> Bool {
        let value = try value(index)
        guard case .bool(let flag) = value else { throw mismatch(index, expected: "a Bool", found: value) }
        return flag
    }
    /// The parameter labelled `label` as a `Bool`.
    public func bool(_ label: String) throws -> Bool { try bool(index(of: label)) }

    /// Parameter `index` as a `String`.
    public func string(_ index: Int) throws -> String {
        let value = try value(index)
        guard case .string(let text) = value else { throw mismatch(index, expected: "a String", found: value) }
        return text
    }
    /// The parameter labelled `label` as a `String`.
    public func string(_ label: String) throws -> String { try string(index(of: label)) }

    /// Parameter `index` as a leading-dot name (`.sigmoid` gives `"sigmoid"`); a string is accepted too.
    public func symbol(_ index: Int) throws -> String {
        let value = try value(index)
        switch value {
        case .symbol(let name), .string(let name): return name
        default: throw mismatch(index, expected: "a name such as .sigmoid", found: value)
        }
    }
    /// The parameter labelled `label` as a leading-dot name.
    public func symbol(_ label: String) throws -> String { try symbol(index(of: label)) }

    /// Parameter `index` as a `Matrix`; a nested array literal converts (a flat array becomes one row).
    public func matrix(_ index: Int) throws -> Matrix {
        let value = try value(index)
        switch value {
        case .matrix(let matrix): return matrix
        case .array:
            do { return try MatrixConversion.matrix(from: value) } catch let error as CellError {
                throw CellError(error.message + " (argument \(name(of: index)) of \(builtin.signature))",
                                argumentIndex: argumentIndex(index))
            }
        default: throw mismatch(index, expected: "a Matrix", found: value)
        }
    }
    /// The parameter labelled `label` as a `Matrix`.
    public func matrix(_ label: String) throws -> Matrix { try matrix(index(of: label)) }

    /// Parameter `index` as an array of numbers.
    public func doubles(_ index: Int) throws -> [Double] {
        let value = try value(index)
        switch value {
        case .array(let elements):
            var numbers: [Double] = []
            for element in elements {
                guard let number = element.asDouble else { throw mismatch(index, expected: "an array of numbers", found: value) }
                numbers.append(number)
            }
            return numbers
        case .matrix(let matrix) where matrix.rows == 1 || matrix.columns == 1: return matrix.storage
        case .range(let range):
            return try range.integersToBuild().map(Double.init)
        default: throw mismatch(index, expected: "an array of numbers", found: value)
        }
    }
    /// The parameter labelled `label` as an array of numbers.
    public func doubles(_ label: String) throws -> [Double] { try doubles(index(of: label)) }

    /// Parameter `index` as an array of values.
    public func array(_ index: Int) throws -> [Value] {
        let value = try value(index)
        switch value {
        case .array(let elements): return elements
        case .range: return try ForStatement.elements(of: value)
        default: throw mismatch(index, expected: "an array", found: value)
        }
    }
    /// The parameter labelled `label` as an array of values.
    public func array(_ label: String) throws -> [Value] { try array(index(of: label)) }

    /// Parameter `index` as a function (a closure or a builtin) to pass to ``CellContext/call(_:_:)``.
    public func closure(_ index: Int) throws -> Value {
        let value = try value(index)
        switch value {
        case .closure, .builtin: return value
        default: throw mismatch(index, expected: "a function", found: value)
        }
    }
    /// The parameter labelled `label` as a function.
    public func closure(_ label: String) throws -> Value { try closure(index(of: label)) }

    /// Parameter `index` as an object of type `T`.
    public func object<T: CellObject>(_ index: Int, as type: T.Type, named typeName: String? = nil) throws -> T {
        let value = try value(index)
        if case .object(let object) = value, let typed = object as? T { return typed }
        throw mismatch(index, expected: "a \(typeName ?? String(describing: T.self))", found: value)
    }
    /// The parameter labelled `label` as an object of type `T`.
    public func object<T: CellObject>(_ label: String, as type: T.Type, named typeName: String? = nil) throws -> T {
        try object(index(of: label), as: type, named: typeName)
    }
}
