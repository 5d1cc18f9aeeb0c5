import NumericCore

/// Properties and methods of the built-in kinds (arrays, matrices, ranges, strings, tuples), and
/// the hand-off to ``CellObject`` for richer types.
enum Members {
    static let arrayMembers = ["count", "isEmpty", "first", "last", "map", "filter", "reduce", "sum", "mean", "min", "max",
                               "contains", "reversed", "sorted", "enumerated", "append", "removeLast", "removeFirst",
                               "remove", "insert", "removeAll", "firstIndex", "joined"]
    static let matrixMembers = ["T", "transposed", "shape", "rows", "columns", "count", "map", "sum", "mean", "min",
                                "max", "row", "column", "storage"]
    static let stringMembers = ["count", "isEmpty", "uppercased", "lowercased", "contains", "hasPrefix", "hasSuffix"]
    static let rangeMembers = ["count", "lowerBound", "upperBound", "map", "filter", "reduce", "sum", "contains", "reversed"]

    static func memberNames(of value: Value) -> [String] {
        switch value {
        case .array: return arrayMembers
        case .matrix: return matrixMembers
        case .string: return stringMembers
        case .range: return rangeMembers
        case .object(let object): return object.memberNames
        default: return []
        }
    }

    static func noMember(_ value: Value, _ name: String) -> CellError {
        var message = "value of type '\(value.typeName)' has no member '\(name)'"
        if let suggestion = NameSuggestion.closest(to: name, among: memberNames(of: value)) {
            message += "; did you mean '\(suggestion)'?"
        }
        return CellError(message)
    }

    /// `value.name`.
    static func get(_ value: Value, _ name: String, context: CellContext) throws -> Value {
        switch value {
        case .array(let elements):
            switch name {
            case "count": return .int(elements.count)
            case "isEmpty": return .bool(elements.isEmpty)
            case "first", "last":
                // An optional, as in Swift: nil for an empty array.
                return (name == "first" ? elements.first : elements.last) ?? .absent
            default: break
            }
        case .matrix(let matrix):
            switch name {
            case "T", "transposed": return .matrix(MatrixArithmetic.transposed(matrix))
            case "shape": return .tuple([.int(matrix.rows), .int(matrix.columns)])
            case "rows": return .int(matrix.rows)
            case "columns": return .int(matrix.columns)
            case "count": return .int(matrix.storage.count)
            case "storage": return .array(matrix.storage.map { .double($0) })
            default: break
            }
        case .string(let text):
            switch name {
            case "count": return .int(text.count)
            case "isEmpty": return .bool(text.isEmpty)
            default: break
            }
        case .range(let range):
            switch name {
            case "lowerBound": return range.lower
            case "upperBound": return range.upper
            case "count":
                return .int(try range.integerCount())
            default: break
            }
        case .tuple(let elements):
            if let index = Int(name), index >= 0, index < elements.count { return elements[index] }
        case .object(let object):
            if let member = try object.member(name, context: context) { return member }
        default:
            break
        }
        throw noMember(value, name)
    }

    /// `value.name = newValue`.
    static func set(_ value: inout Value, _ name: String, to newValue: Value, context: CellContext) throws {
        if case .object(let object) = value {
            if try object.setMember(name, to: newValue, context: context) { return }
            if object.memberNames.contains(name) {
                throw CellError("cannot assign to property '\(name)' of '\(object.typeName)'")
            }
            throw noMember(value, name)
        }
        if memberNames(of: value).contains(name) {
            throw CellError("cannot assign to property: '\(name)' is a get-only property of '\(value.typeName)'")
        }
        throw noMember(value, name)
    }

    /// `value.name(arguments)` for methods that do not change `value`.
    static func call(_ value: Value, _ name: String, _ arguments: [Argument], context: CellContext) throws -> Value {
        let labels = arguments.map(\.label)
        func argument(_ index: Int) -> Value { arguments[index].value }
        func expectLabels(_ expected: [String]) throws {
            guard labels == expected else {
                let shown = expected.map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
                let written = labels.map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
                throw CellError("\(name)(\(shown)) on \(value.typeName) expects arguments (\(shown)), found (\(written))")
            }
        }
        switch value {
        case .array(let elements):
            if let result = try sequenceMethod(elements, name, labels, arguments, context: context, expectLabels) { return result }
        case .range:
            if let result = try sequenceMethod(ForStatement.elements(of: value), name, labels, arguments, context: context, expectLabels) {
                return result
            }
        case .matrix(let matrix):
            switch name {
            case "map":
                try expectLabels([""])
                let function = argument(0)
                var storage = matrix.storage
                for index in storage.indices {
                    let result = try context.call(function, [.double(storage[index])])
                    guard let number = result.asDouble else {
                        throw CellError("map on a Matrix needs a closure returning a number, found \(result.typeName) \(result.shortDescription)")
                    }
                    storage[index] = number
                }
                return .matrix(Matrix(rows: matrix.rows, columns: matrix.columns, storage: storage))
            case "sum" where labels == ["axis"], "mean" where labels == ["axis"]:
                // NumericCore's `m.sum(axis: 0)` (down the rows → 1×n) and `axis: 1` (→ m×1).
                guard case .int(let axis) = argument(0) else { throw CellError("expected an Int axis (0 or 1), found \(argument(0).typeName)") }
                guard axis == 0 || axis == 1 else { throw CellError(MatrixError.invalidAxis(axis).description) }
                return .matrix(name == "sum" ? matrix.sum(axis: axis) : matrix.mean(axis: axis))
            case "sum":
                try expectLabels([])
                return .double(matrix.storage.reduce(0, +))
            case "mean":
                try expectLabels([])
                guard !matrix.storage.isEmpty else { throw CellError("mean of an empty matrix") }
                return .double(matrix.storage.reduce(0, +) / Double(matrix.storage.count))
            case "min", "max":
                try expectLabels([])
                guard let extreme = name == "min" ? matrix.storage.min() : matrix.storage.max() else {
                    throw CellError("\(name) of an empty matrix")
                }
                return .double(extreme)
            case "transposed":
                try expectLabels([])
                return .matrix(MatrixArithmetic.transposed(matrix))
            case "row", "column":
                try expectLabels([""])
                guard case .int(let index) = argument(0) else {
                    throw CellError("expected an Int \(name) index, found \(argument(0).typeName)")
                }
                let limit = name == "row" ? matrix.rows : matrix.columns
                guard index >= 0 && index < limit else {
                    throw CellError("\(name) \(index) is out of range for a \(MatrixArithmetic.shape(matrix)) matrix")
                }
                if name == "row" {
                    return .matrix(Matrix(rows: 1, columns: matrix.columns,
                                          storage: Array(matrix.storage[(index * matrix.columns)..<((index + 1) * matrix.columns)])))
                }
                return .matrix(Matrix(rows: matrix.rows, columns: 1,
                                      storage: (0..<matrix.rows).map { matrix.storage[$0 * matrix.columns + index] }))
            default: break
            }
        case .string(let text):
            switch name {
            case "uppercased": try expectLabels([]); return .string(text.uppercased())
            case "lowercased": try expectLabels([]); return .string(text.lowercased())
            case "contains", "hasPrefix", "hasSuffix":
                try expectLabels([""])
                guard case .string(let other) = argument(0) else {
                    throw CellError("\(name) expects a String, found \(argument(0).typeName)")
                }
                if name == "contains" { return .bool(text.contains(other)) }
                return .bool(name == "hasPrefix" ? text.hasPrefix(other) : text.hasSuffix(other))
            default: break
            }
        case .object(let object):
            if let result = try object.callMethod(name, arguments: arguments, context: context) { return result }
            if object.memberNames.contains(name) {
                let member = try get(value, name, context: context)
                return try context.call(member, arguments.map(\.value))
            }
        default:
            break
        }
        throw noMember(value, name)
    }

    private static func sequenceMethod(_ elements: [Value], _ name: String, _ labels: [String], _ arguments: [Argument],
                                       context: CellContext, _ expectLabels: ([String]) throws -> Void) throws -> Value? {
        switch name {
        case "map":
            try expectLabels([""])
            var results: [Value] = []
            results.reserveCapacity(elements.count)
            for element in elements { results.append(try context.call(arguments[0].value, [element])) }
            return .array(results)
        case "filter":
            try expectLabels([""])
            var results: [Value] = []
            for element in elements where try Arithmetic.truth(try context.call(arguments[0].value, [element])) {
                results.append(element)
            }
            return .array(results)
        case "reduce":
            try expectLabels(["", ""])
            var accumulator = arguments[0].value
            for element in elements { accumulator = try context.call(arguments[1].value, [accumulator, element]) }
            return accumulator
        case "sum", "mean":
            try expectLabels([])
            var total: Value = .int(0)
            for element in elements { total = try Arithmetic.binary(.add, total, element) }
            if name == "sum" { return total }
            guard !elements.isEmpty else { throw CellError("mean of an empty array") }
            return try Arithmetic.binary(.divide, total, .double(Double(elements.count)))
        case "min", "max":
            try expectLabels([])
            guard var best = elements.first else { return .absent }
            for element in elements.dropFirst() {
                let better = try Arithmetic.truth(try Arithmetic.binary(name == "min" ? .less : .greater, element, best))
                if better { best = element }
            }
            return best
        case "contains":
            try expectLabels([""])
            return .bool(elements.contains { Arithmetic.equality($0, arguments[0].value) == true })
        case "firstIndex":
            try expectLabels(["of"])
            return elements.firstIndex { Arithmetic.equality($0, arguments[0].value) == true }.map { .int($0) } ?? .absent
        case "reversed":
            try expectLabels([])
            return .array(elements.reversed())
        case "sorted":
            try expectLabels([])
            // Every comparison ticks, so sorting millions of values stops at the time limit too; a
            // throwing comparison ends the sort at once (`sorted(by:)` rethrows).
            let sorted = try elements.sorted { a, b in
                try context.tick()
                return try Arithmetic.truth(Arithmetic.binary(.less, a, b))
            }
            return .array(sorted)
        case "enumerated":
            try expectLabels([])
            return .array(elements.enumerated().map { .tuple([.int($0.offset), $0.element]) })
        case "joined":
            try expectLabels(labels.isEmpty ? [] : ["separator"])
            let separator = labels.isEmpty ? "" : arguments[0].value.description
            let parts = elements.map(\.description)
            // Counted before joining: the result must fit the string limit.
            var length = max(0, parts.count - 1) * separator.utf8.count
            for part in parts {
                length += part.utf8.count
                try ResourceLimits.checkStringLength(length)
            }
            return .string(parts.joined(separator: separator))
        default:
            return nil
        }
    }

    /// Names of methods that change the array they are called on.
    static let mutatingMethods: Set<String> = ["append", "removeLast", "removeFirst", "remove", "insert", "removeAll"]

    /// `array.append(x)` and the other mutating array methods.
    static func callMutating(_ value: inout Value, _ name: String, _ arguments: [Argument]) throws -> Value {
        guard case .array(var elements) = value else {
            throw CellError("value of type '\(value.typeName)' has no mutating member '\(name)'")
        }
        let labels = arguments.map(\.label)
        value = .void
        defer { value = .array(elements) }
        func index(_ argument: Value, limit: Int) throws -> Int {
            guard case .int(let index) = argument else { throw CellError("expected an Int index, found \(argument.typeName)") }
            guard index >= 0 && index < limit else { throw CellError("index \(index) is out of range for an array of \(elements.count) elements") }
            return index
        }
        switch (name, labels) {
        case ("append", [""]):
            try ResourceLimits.checkElementCount(elements.count + 1)
            var element = arguments[0].value
            if let last = elements.last { element = element.assigned(replacing: last) }
            elements.append(element)
            return .void
        case ("append", ["contentsOf"]):
            guard case .array(let more) = arguments[0].value else {
                throw CellError("append(contentsOf:) expects an array, found \(arguments[0].value.typeName)")
            }
            try ResourceLimits.checkElementCount(elements.count + more.count)
            elements.append(contentsOf: more)
            return .void
        case ("removeLast", []), ("removeFirst", []):
            guard !elements.isEmpty else { throw CellError("\(name) on an empty array") }
            return name == "removeLast" ? elements.removeLast() : elements.removeFirst()
        case ("remove", ["at"]):
            return elements.remove(at: try index(arguments[0].value, limit: elements.count))
        case ("insert", ["", "at"]):
            elements.insert(arguments[0].value, at: try index(arguments[1].value, limit: elements.count + 1))
            return .void
        case ("removeAll", []):
            elements.removeAll()
            return .void
        default:
            let written = labels.map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
            throw CellError("no method \(name)(\(written)) on arrays")
        }
    }
}
