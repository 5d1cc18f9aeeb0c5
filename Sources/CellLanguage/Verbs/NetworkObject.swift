import Display
import NotebookDisplay
import NumericCore

/// A network as a cell value: a reference, so `net.layers[0].weights = …` changes the network `net` names.
///
/// Displays its shape, then one table per layer: a row per input and one for the bias, a column per unit.
final class NetworkObject: CellObject {
    var network: Network

    init(_ network: Network) {
        self.network = network
    }

    var typeName: String { "Network" }

    func display() -> [DisplayBlock] { network.display }

    static let methods = ["forward", "predict", "predictClasses", "accuracy", "confusionMatrix", "backward", "step",
                          "train", "gradientCheck", "loss"]

    var memberNames: [String] {
        ["layers", "sizes", "inputCount", "outputCount", "parameterCount", "activations"] + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "layers": return .array(network.layers.indices.map { .object(LayerObject(owner: self, index: $0)) })
        case "sizes": return .array(network.sizes.map { .int($0) })
        case "inputCount": return .int(network.inputCount)
        case "outputCount": return .int(network.outputCount)
        case "parameterCount": return .int(network.parameterCount)
        case "activations": return .array(network.layers.map { .symbol($0.activation.rawValue) })
        default: return nil
        }
    }

    func setMember(_ name: String, to value: Value, context: CellContext) throws -> Bool {
        guard name == "layers" else { return false }
        guard case .array(let elements) = value else {
            throw CellError("net.layers must be an array of Layer values, found \(value.typeName) \(value.shortDescription)")
        }
        network.layers = try elements.enumerated().map { index, element in
            guard case .object(let layer as LayerObject) = element else {
                throw CellError("net.layers[\(index)] must be a Layer, found \(element.typeName) \(element.shortDescription)")
            }
            return try layer.layer()
        }
        return true
    }

    /// `net.forward(x)` is `forward(net, x)`: every method is the verb of that name with the network first.
    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        guard NetworkObject.methods.contains(name), let function = BuiltinRegistry.lookup(name) else { return nil }
        return try function.call([Argument(.object(self))] + arguments, context: context)
    }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let object as NetworkObject) = other else { return false }
        return object.network == network
    }
}

/// One layer: either standalone (`Layer(weights:bias:activation:)`) or a view of `net.layers[i]`
/// whose changes go straight into the network.
final class LayerObject: CellObject {
    private var standalone: Layer?
    private let owner: NetworkObject?
    private let index: Int

    init(_ layer: Layer) {
        standalone = layer
        owner = nil
        index = 0
    }

    init(owner: NetworkObject, index: Int) {
        self.owner = owner
        self.index = index
    }

    /// The layer's current value.
    func layer() throws -> Layer {
        if let standalone { return standalone }
        guard let owner, index < owner.network.layers.count else {
            throw CellError("this layer is no longer part of its network")
        }
        return owner.network.layers[index]
    }

    private func update(_ change: (inout Layer) throws -> Void) throws {
        var current = try layer()
        try change(&current)
        if standalone != nil { standalone = current } else { owner?.network.layers[index] = current }
    }

    var typeName: String { "Layer" }

    func display() -> [DisplayBlock] {
        guard let layer = try? layer() else { return [.text("(a layer no longer in its network)")] }
        if let owner { return [.table(owner.network.layerTable(of: index))] }
        return layer.display
    }

    var memberNames: [String] { ["weights", "bias", "activation", "inputCount", "outputCount"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        let layer = try layer()
        switch name {
        case "weights": return .matrix(layer.weights)
        case "bias": return .matrix(layer.bias)
        case "activation": return .symbol(layer.activation.rawValue)
        case "inputCount": return .int(layer.inputCount)
        case "outputCount": return .int(layer.outputCount)
        default: return nil
        }
    }

    private var label: String { owner == nil ? "layer" : "net.layers[\(index)]" }

    func setMember(_ name: String, to value: Value, context: CellContext) throws -> Bool {
        switch name {
        case "weights":
            let weights = try LayerObject.matrix(value, what: "\(label).weights")
            try update { layer in
                guard weights.shape == layer.weights.shape else {
                    throw CellError("\(label).weights must stay \(layer.weights.rows)×\(layer.weights.columns) "
                                    + "(inputs × outputs), found \(weights.rows)×\(weights.columns)"
                                    + (weights.rows == layer.weights.columns && weights.columns == layer.weights.rows
                                       ? "; rows are inputs here, so transpose a lecture's W (one row per unit)" : ""))
                }
                layer.weights = weights
            }
            return true
        case "bias":
            let bias: Matrix
            if let number = value.asDouble { bias = Matrix(row: [number]) } else { bias = try LayerObject.matrix(value, what: "\(label).bias") }
            try update { layer in
                let row = bias.columns == 1 && bias.rows > 1 ? bias.transposed : bias
                guard row.rows == 1, row.columns == layer.bias.columns else {
                    throw CellError("\(label).bias must be a 1×\(layer.bias.columns) row (one entry per unit), found \(bias.rows)×\(bias.columns)")
                }
                layer.bias = row
            }
            return true
        case "activation":
            guard case .symbol(let name) = value else {
                throw CellError("\(label).activation must be an activation such as .sigmoid, found \(value.typeName) \(value.shortDescription)")
            }
            let activation = try NetworkOptions.activation(named: name)
            try update { $0.activation = activation }
            return true
        default:
            return false
        }
    }

    static func matrix(_ value: Value, what: String) throws -> Matrix {
        switch value {
        case .matrix(let matrix): return matrix
        case .array: return try MatrixConversion.matrix(from: value)
        default: throw CellError("\(what) must be a Matrix, found \(value.typeName) \(value.shortDescription)")
        }
    }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let object as LayerObject) = other, let mine = try? layer(), let theirs = try? object.layer() else { return false }
        return mine == theirs
    }
}
