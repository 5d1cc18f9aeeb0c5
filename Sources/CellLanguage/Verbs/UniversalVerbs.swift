import Display
import NotebookDisplay
import NumericCore

/// The universal-approximation constructions as cell verbs (Lecture 13 §2.3, Grosse Lecture 5 §4):
/// each builds an ordinary network with `Sources/NumericCore/Universal`, shows what it built and
/// hands the network out as `.network`. The reference with examples is `docs/universal-cells.md`.
///
/// ```swift
/// softThresholds(steepnesses: [1, 10, 100], margin: 0.1)
/// let bump = lectureBump(steepness: 20)
/// let fit = approximate({ x in sin(3 * x) }, over: 0...3.14159, units: 16)
/// approximationErrors({ x in sin(3 * x) }, over: 0...3.14159, units: [2, 4, 8, 16, 32])
/// approximate({ x, y in sin(x) * cos(y) }, x: 0...3, y: 0...3, cellsPerSide: 6)
/// indicatorNetwork([false, true, true, false])
/// shallowParityNetwork(bits: 4); deepParityNetwork(bits: 4); parityUnitCounts(bits: 2...10)
/// learnedVersusConstructed({ x in sin(3 * x) }, over: 0...3.14159, units: 10, epochs: 2000)
/// ```
enum UniversalVerbs {
    static let builtins: [Builtin] = [
        Builtin("softThresholds(steepnesses:margin?:range?:)") { arguments, _ in
            let margin = try arguments.has("margin") ? arguments.double("margin") : 0.1
            let range = try arguments.has("range") ? arguments.double("range") : 1
            return UniversalObjects.softThresholds(
                try SoftThresholds.measuring(steepnesses: try arguments.doubles("steepnesses"), margin: margin, range: range))
        },
        Builtin("lectureBump(steepness?:orSteepness?:over?:)") { arguments, _ in
            let steepness = try arguments.has("steepness") ? arguments.double("steepness") : 20
            let orSteepness = try arguments.has("orSteepness") ? arguments.double("orSteepness") : 20
            let region = try arguments.plotInterval("over") ?? -0.5...1.5
            return UniversalObjects.lectureBump(try LectureBump.building(steepness: steepness, orSteepness: orSteepness,
                                                                         heatMapRange: region, heatMapPoints: 41))
        },
        Builtin("approximate(_:over:units:steepness?:)") { arguments, context in
            let function = try UniversalArguments.function(arguments, 0, arity: 1)
            let fit = try StepApproximationReport(
                approximating: UniversalArguments.numeric(function, context: context),
                over: try UniversalArguments.interval(arguments, "over"), units: try arguments.positiveInt("units"),
                steepness: try arguments.has("steepness") ? arguments.double("steepness") : nil,
                label: PlotSampling.label(of: function, variable: "x", fallback: "f(x)"))
            return .object(UniversalObjects.stepApproximation(fit))
        },
        Builtin("approximationErrors(_:over:units:)") { arguments, context in
            let function = try UniversalArguments.function(arguments, 0, arity: 1)
            return UniversalObjects.approximationErrors(try ApproximationErrors(
                approximating: UniversalArguments.numeric(function, context: context),
                over: try UniversalArguments.interval(arguments, "over"), units: try UniversalArguments.counts(arguments, "units"),
                label: PlotSampling.label(of: function, variable: "x", fallback: "f(x)")))
        },
        Builtin("approximate(_:x:y:cellsPerSide:andSteepness?:)") { arguments, context in
            let function = try UniversalArguments.function(arguments, 0, arity: 2)
            return UniversalObjects.gridApproximation(try GridApproximationReport(
                approximating: UniversalArguments.numeric2(function, context: context),
                x: try UniversalArguments.interval(arguments, "x"), y: try UniversalArguments.interval(arguments, "y"),
                cellsPerSide: try arguments.positiveInt("cellsPerSide"),
                andSteepness: try arguments.has("andSteepness") ? arguments.double("andSteepness") : defaultAndSteepness,
                label: PlotSampling.label(of: function, variable: "x, y", fallback: "f(x, y)")))
        },
        Builtin("indicatorNetwork(_:units?:)") { arguments, _ in
            let table = try UniversalArguments.table(arguments, 0)
            let units = try UniversalArguments.indicatorUnits(arguments)
            return UniversalObjects.indicatorNetwork(try IndicatorNetworkReport(try indicatorNetwork(table: table, units: units)))
        },
        Builtin("indicatorNetwork(bits:units?:_:)") { arguments, context in
            let bits = try arguments.positiveInt("bits")
            let function = try UniversalArguments.function(arguments, 2, arity: 1)
            let units = try UniversalArguments.indicatorUnits(arguments)
            let table = try bipolarPatterns(bits: bits).map { pattern -> Double in
                try context.tick()
                let result = try context.call(function, [UniversalValues.numbers(pattern)])
                if case .bool(let flag) = result { return flag ? 1 : 0 }
                return try PlotSampling.number(result, function: "the table's function",
                                               at: "x = [" + pattern.map(NumberFormat.format).joined(separator: ", ") + "]")
            }
            return UniversalObjects.indicatorNetwork(try IndicatorNetworkReport(try indicatorNetwork(table: table, units: units)))
        },
        Builtin("shallowParityNetwork(bits:)") { arguments, _ in
            UniversalObjects.parityNetwork(try ParityNetwork.shallow(bits: try UniversalArguments.parityBits(arguments)))
        },
        Builtin("deepParityNetwork(bits:bipolar?:)") { arguments, _ in
            let bipolar = try arguments.has("bipolar") ? arguments.bool("bipolar") : true
            return UniversalObjects.parityNetwork(try ParityNetwork.deep(bits: try UniversalArguments.parityBits(arguments),
                                                                         bipolar: bipolar))
        },
        Builtin("parityUnitCounts(bits?:)") { arguments, _ in
            let bits = try arguments.has("bits") ? UniversalArguments.bitRange(arguments, "bits") : 2...10
            return UniversalObjects.parityUnitCounts(try ParityUnitCounts.counting(bits: bits))
        },
        Builtin("learnedVersusConstructed(_:over:units:epochs?:learningRate?:samples?:seed?:)") { arguments, context in
            let function = try UniversalArguments.function(arguments, 0, arity: 1)
            let rate = try arguments.has("learningRate") ? arguments.double("learningRate") : 0.2
            guard rate > 0, rate.isFinite else {
                throw CellError("the learning rate must be positive, found \(NumberFormat.format(rate))",
                                argumentIndex: arguments.argumentIndex(of: "learningRate"))
            }
            return UniversalObjects.learnedVersusConstructed(try LearnedVersusConstructedReport(
                approximating: UniversalArguments.numeric(function, context: context),
                over: try UniversalArguments.interval(arguments, "over"), units: try arguments.positiveInt("units"),
                epochs: try arguments.has("epochs") ? arguments.positiveInt("epochs") : 2000, learningRate: rate,
                samples: try arguments.has("samples") ? arguments.positiveInt("samples") : 101,
                seed: try arguments.seed("seed") ?? context.random.next(),
                label: PlotSampling.label(of: function, variable: "x", fallback: "f(x)")))
        },
    ]
}

/// Argument conversions of the universal-approximation verbs, each failing with a message that
/// names the argument.
enum UniversalArguments {
    /// Parameter `index` as a function of `arity` numbers (a closure, a `func` or a builtin such as `sin`).
    static func function(_ arguments: Arguments, _ index: Int, arity: Int) throws -> Value {
        let function = try arguments.closure(index)
        if case .closure(let closure) = function, closure.parameterCount != arity {
            let wanted = arity == 1 ? "one number, such as { x in sin(3 * x) }" : "two numbers, such as { x, y in sin(x) * cos(y) }"
            throw CellError("\(arguments.builtin.signature) needs a function of \(wanted); this closure takes \(closure.parameterCount) argument\(closure.parameterCount == 1 ? "" : "s")",
                            argumentIndex: arguments.argumentIndex(index))
        }
        return function
    }

    /// The parameter labelled `label` as a non-empty interval `a...b`.
    static func interval(_ arguments: Arguments, _ label: String) throws -> ClosedRange<Double> {
        guard let interval = try arguments.plotInterval(label) else {
            throw CellError("missing argument '\(label):' in call to \(arguments.builtin.signature)")
        }
        return interval
    }

    /// A cell function of one number as a Swift function, reporting a non-number result where it happened.
    static func numeric(_ function: Value, context: CellContext) -> (Double) throws -> Double {
        let name = PlotSampling.label(of: function, variable: "x", fallback: "f(x)")
        return { x in
            try context.tick()
            return try PlotSampling.number(context.call(function, [.double(x)]), function: "'\(name)'",
                                           at: "x = \(NumberFormat.format(x))")
        }
    }

    /// A cell function of two numbers as a Swift function.
    static func numeric2(_ function: Value, context: CellContext) -> (Double, Double) throws -> Double {
        let name = PlotSampling.label(of: function, variable: "x, y", fallback: "f(x, y)")
        return { x, y in
            try context.tick()
            return try PlotSampling.number(context.call(function, [.double(x), .double(y)]), function: "'\(name)'",
                                           at: "(\(NumberFormat.format(x)), \(NumberFormat.format(y)))")
        }
    }

    /// The parameter labelled `label` as positive whole numbers: `[2, 4, 8]` or a range `1...6`.
    static func counts(_ arguments: Arguments, _ label: String) throws -> [Int] {
        let index = arguments.index(of: label)
        let numbers = try arguments.array(label).map { element -> Int in
            switch element {
            case .int(let count) where count > 0: return count
            case .double(let number) where number.rounded() == number && number >= 1 && number < 1e6: return Int(number)
            default:
                throw CellError("expected unit counts of at least 1 for argument '\(label):' of \(arguments.builtin.signature), found \(element.typeName) \(element.shortDescription)",
                                argumentIndex: arguments.argumentIndex(index))
            }
        }
        guard !numbers.isEmpty else {
            throw CellError("\(arguments.builtin.signature) needs at least one unit count, such as 'units: [2, 4, 8]'",
                            argumentIndex: arguments.argumentIndex(index))
        }
        return numbers
    }

    /// Parameter `index` as a table's values: Bools (true ↦ 1), numbers, or a one-column matrix.
    static func table(_ arguments: Arguments, _ index: Int) throws -> [Double] {
        let value = try arguments.value(index)
        if case .array(let elements) = value, elements.allSatisfy({ if case .bool = $0 { return true } else { return false } }) {
            return elements.map { if case .bool(true) = $0 { return 1 } else { return 0 } }
        }
        return try arguments.doubles(index)
    }

    /// `units: .everyPattern` (the default) or `.nonzeroRows`.
    static func indicatorUnits(_ arguments: Arguments) throws -> IndicatorUnits {
        guard arguments.has("units") else { return .everyPattern }
        let name = try arguments.symbol("units")
        guard let units = IndicatorUnits(rawValue: name) else {
            let known = IndicatorUnits.allCases.map { "." + $0.rawValue }
            var message = "unknown choice of units '.\(name)'"
            if let suggestion = NameSuggestion.closest(to: name, among: IndicatorUnits.allCases.map(\.rawValue)) {
                message += "; did you mean '.\(suggestion)'?"
            }
            throw CellError(message + " (units: " + known.joined(separator: ", ") + ")",
                            argumentIndex: arguments.argumentIndex(of: "units"))
        }
        return units
    }

    /// The most inputs a parity net is built for: 2^16 rows are checked one by one.
    static let maximumParityBits = 16

    /// `bits:` for a parity net: 1 to ``maximumParityBits``.
    static func parityBits(_ arguments: Arguments) throws -> Int {
        let bits = try arguments.int("bits")
        guard (1...maximumParityBits).contains(bits) else {
            throw CellError("a parity net is built for 1 to \(maximumParityBits) inputs, found bits: \(bits)",
                            argumentIndex: arguments.argumentIndex(of: "bits"))
        }
        return bits
    }

    /// `bits: 2...10` for the unit-count table.
    static func bitRange(_ arguments: Arguments, _ label: String) throws -> ClosedRange<Int> {
        let index = arguments.index(of: label)
        let value = try arguments.value(label)
        guard case .range(let range) = value, let bounds = try? range.integerBounds(),
              bounds.lower < bounds.upperExclusive else {
            throw arguments.mismatch(index, expected: "a range of input counts such as 2...10", found: value)
        }
        let (lower, upper) = bounds
        guard lower >= 1, upper - 1 <= maximumParityBits else {
            throw CellError("parity nets are built for 1 to \(maximumParityBits) inputs, found bits: \(lower)...\(upper - 1)",
                            argumentIndex: arguments.argumentIndex(index))
        }
        return lower...(upper - 1)
    }
}
