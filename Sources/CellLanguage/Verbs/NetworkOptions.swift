import Display
import NumericCore

/// A loss, a regularization or a batch mode that needs an argument (`.huber(delta: 1)`,
/// `.l2(0.01)`, `.miniBatch(32)`), as a cell value; the plain ones are leading-dot symbols.
final class NetworkOptionObject: CellObject {
    /// The option held.
    enum Option {
        /// A loss such as `.huber(delta: 1)`.
        case loss(Loss)
        /// A penalty such as `.l2(0.01)`.
        case regularization(Regularization)
        /// `.miniBatch(32)`.
        case batch(BatchMode)
    }

    let option: Option
    init(_ option: Option) { self.option = option }

    var typeName: String {
        switch option {
        case .loss: return "Loss"
        case .regularization: return "Regularization"
        case .batch: return "BatchMode"
        }
    }

    /// `.huber(delta: 1)`, `.l2(0.01)`, `.miniBatch(32)`.
    var text: String {
        switch option {
        case .loss(.huber(let delta)): return ".huber(delta: \(NumberFormat.format(delta)))"
        case .loss(let loss): return "." + loss.description
        case .regularization(let penalty):
            return penalty.description
        case .batch(let mode): return "." + mode.description
        }
    }

    func display() -> [DisplayBlock] { [.text(text)] }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let object as NetworkOptionObject) = other else { return false }
        return text == object.text
    }
}

/// The leading-dot calls `.huber(delta:)`, `.l2(_:)`, `.l1(_:)`, `.miniBatch(_:)`, and `Regularization(l2:l1:)`.
enum NetworkOptions {
    static let builtins: [Builtin] = [
        Builtin(".huber(delta:)") { arguments, _ in
            let delta = try arguments.double("delta")
            guard delta > 0, delta.isFinite else { throw CellError("huber needs a positive delta, found \(NumberFormat.format(delta))") }
            return .object(NetworkOptionObject(.loss(.huber(delta: delta))))
        },
        Builtin(".l2(_:)") { arguments, _ in try penalty(arguments, l2: true) },
        Builtin(".l1(_:)") { arguments, _ in try penalty(arguments, l2: false) },
        Builtin("Regularization(l2?:l1?:)") { arguments, _ in
            let l2 = try arguments.has("l2") ? arguments.double("l2") : 0
            let l1 = try arguments.has("l1") ? arguments.double("l1") : 0
            guard l2 >= 0, l1 >= 0 else { throw CellError("regularization strengths must be ≥ 0, found l2: \(NumberFormat.format(l2)), l1: \(NumberFormat.format(l1))") }
            return .object(NetworkOptionObject(.regularization(Regularization(l2: l2, l1: l1))))
        },
        Builtin(".miniBatch(_:)") { arguments, _ in
            let size = try arguments.int(0)
            guard size > 0 else { throw CellError("a mini-batch needs at least 1 example, found \(size)") }
            return .object(NetworkOptionObject(.batch(.miniBatch(size))))
        },
    ]

    private static func penalty(_ arguments: Arguments, l2: Bool) throws -> Value {
        let strength = try arguments.double(0)
        guard strength >= 0, strength.isFinite else {
            throw CellError("a regularization strength must be ≥ 0, found \(NumberFormat.format(strength))")
        }
        return .object(NetworkOptionObject(.regularization(l2 ? .l2(strength) : .l1(strength))))
    }

    static let activationNames = Activation.allCases.map(\.rawValue)
    static let lossNames = ["halfSumSquared", "sumSquared", "meanSquared", "softmaxCrossEntropy", "binaryCrossEntropy", "l1", "huber(delta:)"]

    /// An activation from its leading-dot name; `.hardLimit` (Huang) is `.step`, `.identity` is `.linear`.
    static func activation(named name: String) throws -> Activation {
        if let activation = Activation(rawValue: name) { return activation }
        switch name {
        case "hardLimit", "hardlim", "threshold": return .step
        case "identity": return .linear
        default: break
        }
        var message = "unknown activation '.\(name)'"
        if let suggestion = NameSuggestion.closest(to: name, among: activationNames) { message += "; did you mean '.\(suggestion)'?" }
        throw CellError(message + " (activations: " + activationNames.map { "." + $0 }.joined(separator: ", ") + ")")
    }

    /// A loss from a leading-dot name or a `.huber(delta:)` value.
    static func loss(from value: Value) throws -> Loss? {
        switch value {
        case .object(let object as NetworkOptionObject):
            if case .loss(let loss) = object.option { return loss }
            return nil
        case .symbol(let name), .string(let name):
            switch name {
            case "halfSumSquared": return .halfSumSquared
            case "sumSquared": return .sumSquared
            case "meanSquared": return .meanSquared
            case "softmaxCrossEntropy": return .softmaxCrossEntropy
            case "binaryCrossEntropy": return .binaryCrossEntropy
            case "l1": return .l1
            case "huber": throw CellError("huber needs its threshold: write .huber(delta: 1)")
            default:
                var message = "unknown loss '.\(name)'"
                if let suggestion = NameSuggestion.closest(to: name, among: lossNames) { message += "; did you mean '.\(suggestion)'?" }
                throw CellError(message + " (losses: " + lossNames.map { "." + $0 }.joined(separator: ", ") + ")")
            }
        default: return nil
        }
    }
}

extension Arguments {
    /// Parameter `label` as an activation (`.sigmoid`).
    func activation(_ label: String) throws -> Activation { try activation(index(of: label)) }

    /// Parameter `index` as an activation (`.sigmoid`).
    func activation(_ index: Int) throws -> Activation {
        let value = try value(index)
        switch value {
        case .symbol(let name), .string(let name):
            do { return try NetworkOptions.activation(named: name) } catch let error as CellError {
                throw CellError(error.message, argumentIndex: argumentIndex(index))
            }
        default: throw mismatch(index, expected: "an activation such as .sigmoid", found: value)
        }
    }

    /// Parameter `label` as activations: one leading-dot name for every layer, or an array of them.
    func activations(_ label: String) throws -> [Activation] {
        let index = index(of: label)
        let value = try value(index)
        if case .array(let elements) = value {
            return try elements.map { element in
                guard case .symbol(let name) = element else {
                    throw mismatch(index, expected: "activations such as [.relu, .linear]", found: value)
                }
                do { return try NetworkOptions.activation(named: name) } catch let error as CellError {
                    throw CellError(error.message, argumentIndex: argumentIndex(index))
                }
            }
        }
        return [try activation(index)]
    }

    /// Parameter `label` as a loss (`.meanSquared`, `.huber(delta: 1)`).
    func loss(_ label: String) throws -> Loss {
        let index = index(of: label)
        let value = try value(index)
        do {
            if let loss = try NetworkOptions.loss(from: value) { return loss }
        } catch let error as CellError {
            throw CellError(error.message, argumentIndex: argumentIndex(index))
        }
        throw mismatch(index, expected: "a loss such as .meanSquared", found: value)
    }

    /// Parameter `label` as a regularization (`.l2(0.01)`, `.none`), `.none` when left out.
    func regularization(_ label: String) throws -> Regularization {
        let index = index(of: label)
        guard let value = optional(index) else { return .none }
        switch value {
        case .symbol("none"): return .none
        case .object(let object as NetworkOptionObject):
            if case .regularization(let penalty) = object.option { return penalty }
        default: break
        }
        throw mismatch(index, expected: "a regularization such as .l2(0.01)", found: value)
    }

    /// Parameter `label` as a batch mode (`.fullBatch`, `.stochastic`, `.miniBatch(32)`), full batch when left out.
    func batchMode(_ label: String) throws -> BatchMode {
        let index = index(of: label)
        guard let value = optional(index) else { return .fullBatch }
        switch value {
        case .symbol("fullBatch"): return .fullBatch
        case .symbol("stochastic"): return .stochastic
        case .object(let object as NetworkOptionObject):
            if case .batch(let mode) = object.option { return mode }
        default: break
        }
        throw mismatch(index, expected: "a batch mode (.fullBatch, .stochastic or .miniBatch(n))", found: value)
    }

    /// Parameter `index` as a network; a construction's report stands for the network it built.
    func network(_ index: Int) throws -> NetworkObject {
        if case .object(let report as UniversalReportObject) = try value(index), let network = report.networkObject { return network }
        return try object(index, as: NetworkObject.self, named: "Network")
    }

    /// Parameter `label` as a dataset; `.xor`, `.and`, `.or` name the built-in ones.
    func dataset(_ label: String) throws -> Dataset { try dataset(index(of: label)) }

    /// Parameter `index` as a dataset; `.xor`, `.and`, `.or` name the built-in ones.
    func dataset(_ index: Int) throws -> Dataset {
        let value = try value(index)
        switch value {
        case .object(let object as DatasetObject): return object.dataset
        case .symbol("xor"): return .xor()
        case .symbol("and"): return .and()
        case .symbol("or"): return .or()
        default: throw mismatch(index, expected: "a Dataset (such as Dataset.xor())", found: value)
        }
    }

    /// A seed given as a non-negative or negative `Int`, as the generator's 64 bits.
    func seed(_ label: String) throws -> UInt64? {
        guard has(label) else { return nil }
        return UInt64(bitPattern: Int64(try int(label)))
    }

    /// A positive count such as `epochs:`, at most `limit` (`reason` says why in the error).
    func positiveInt(_ label: String, atMost limit: Int = .max, because reason: String = "") throws -> Int {
        let count = try int(label), at = argumentIndex(of: label)
        guard count > 0 else { throw CellError("\(label) must be at least 1, found \(count)", argumentIndex: at) }
        guard count <= limit else { throw CellError("\(label) may be at most \(limit) (\(reason)), found \(count)", argumentIndex: at) }
        return count
    }

    /// A range such as `-0.5...1.5` as a closed range of doubles.
    func closedRange(_ label: String) throws -> ClosedRange<Double> {
        let index = index(of: label)
        let value = try value(index)
        guard case .range(let range) = value, let lower = range.lower.asDouble, let upper = range.upper.asDouble,
              lower.isFinite, upper.isFinite, lower < upper else {
            throw mismatch(index, expected: "a non-empty range such as -0.5...1.5", found: value)
        }
        return lower...upper
    }
}
