import NotebookDisplay
import NumericCore

/// A function written in a cell (a closure, a `func`, or a builtin such as `sin`), called the way an
/// autodiff verb needs: on plain numbers, on duals or on tape variables, with its result checked.
///
/// A closure takes one argument per coordinate of the point (`{ x, y in … }` at `[2, 3]`), or the
/// whole point as one array when its only parameter is declared as an array (`{ (v: [Double]) in … }`),
/// is subscripted in its body (`{ v in cos(v[0]) }`, an array in Swift too), or when it has one
/// parameter and the point has several coordinates.
struct AutodiffFunction {
    /// The cell value being differentiated.
    let function: Value
    /// The verb, for messages: `gradient(of:at:)`.
    let verb: String
    let context: CellContext
    /// Whether the point goes in as one array argument.
    let takesArray: Bool

    /// Checks that `function` can take a point of `inputCount` coordinates.
    init(_ function: Value, verb: String, inputCount: Int, context: CellContext) throws {
        self.function = function
        self.verb = verb
        self.context = context
        guard case .closure(let closure) = function else {
            takesArray = false
            return
        }
        let parameters = closure.parameterCount
        if parameters == 1, case .array = closure.parameterTypes[0] {
            takesArray = true
        } else if parameters == 1 && inputCount > 1 {
            takesArray = true
        } else if parameters == inputCount {
            takesArray = false
        } else {
            throw CellError("\(verb): the \(closure.signature) takes \(AutodiffNotation.count(parameters, "argument", "arguments")) but the point has \(AutodiffNotation.count(inputCount, "coordinate", "coordinates")); give one coordinate per argument")
        }
    }

    /// Runs the function on `inputs` and returns its result unconverted.
    func callRaw(_ inputs: [Value]) throws -> Value {
        try context.call(function, takesArray ? [.array(inputs)] : inputs)
    }

    /// f at a point of plain numbers.
    func value(at point: [Double]) throws -> Double {
        let result = try callRaw(point.map { .double($0) })
        guard let number = result.asDouble else { throw notANumber(result) }
        return number
    }

    /// f on dual numbers (forward mode); a plain number result is a constant.
    func dual(_ inputs: [Dual]) throws -> Dual {
        let result = try callRaw(inputs.map(DualObject.wrap))
        if let number = result.asDouble { return Dual(constant: number) }
        if case .object(let object as DualObject) = result { return object.scalar }
        throw notANumber(result)
    }

    /// f on tracked values (reverse mode); a plain number result is a constant.
    func tracked(_ inputs: [TapeVariable]) throws -> TapeVariable {
        let result = try callRaw(inputs.map(TapeVariableObject.wrap))
        if let number = result.asDouble { return TapeVariable(constant: number) }
        if case .object(let object as TapeVariableObject) = result {
            if let tape = object.scalar.tape, let inputTape = inputs.first?.tape, tape !== inputTape {
                throw CellError("\(verb): the function returned a value tracked on another tape (one kept from an earlier run)")
            }
            return object.scalar
        }
        throw notANumber(result)
    }

    private func notANumber(_ result: Value) -> CellError {
        var message = "\(verb): the function must return one number, but it returned \(result.typeName) \(result.shortDescription)"
        if case .array = result { message += " (autodiff here differentiates scalar functions; differentiate each output separately)" }
        if case .object(is TapeVariableObject) = result { message += " (a tracked value where a dual or a number was expected)" }
        if case .object(is DualObject) = result { message += " (a dual number where a tracked value or a number was expected)" }
        return CellError(message)
    }
}

extension Arguments {
    /// The point `at:` as numbers: `[2, 3]`, or a single number for a function of one variable.
    func point(_ label: String = "at") throws -> [Double] {
        let value = try value(label)
        if let number = value.asDouble { return [number] }
        return try doubles(label)
    }

    /// The input names `names:`, one per coordinate, or NumericCore's `x`, `y`, `z`, `x₁`, ….
    func inputNames(count: Int) throws -> [String] {
        guard has("names") else { return defaultInputNames(count: count) }
        let names = try array("names").map { element -> String in
            guard case .string(let name) = element else {
                throw mismatch(index(of: "names"), expected: "an array of names such as [\"x\", \"y\"]", found: element)
            }
            return name
        }
        guard names.count == count else {
            throw CellError("names: gives \(AutodiffNotation.count(names.count, "name", "names")) for a point of \(AutodiffNotation.count(count, "coordinate", "coordinates"))")
        }
        return names
    }
}
