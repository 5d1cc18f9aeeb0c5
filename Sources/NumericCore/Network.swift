/// A feed-forward network: layers applied in order to a batch with one example per row.
///
/// ```swift
/// var net = try Network(sizes: [2, 2, 1], activations: [.relu, .linear])
/// net.layers[0].weights = try Matrix([[1, 1], [1, 1]])
/// ```
public struct Network: Sendable, Equatable {
    /// The layers, from the first hidden layer to the output layer.
    public var layers: [Layer]
    /// How the network came to be, shown above it ("after one gradient-descent step with η = 0.5");
    /// not part of its value: two networks with the same layers are equal.
    public var caption: String?

    /// Networks are equal when their layers are.
    public static func == (left: Network, right: Network) -> Bool { left.layers == right.layers }

    /// Creates a network from explicit layers (shapes are checked when it runs).
    public init(layers: [Layer]) {
        self.layers = layers
    }

    /// Creates a network of the given sizes with small random weights (see ``init(sizes:activations:generator:)``)
    /// drawn from `SeededGenerator(seed:)`, or without `seed` from ``CellRandomness``; biases zero.
    ///
    /// `activations` has one entry per layer (`sizes.count − 1`) or a single entry for all.
    public init(sizes: [Int], activations: [Activation], seed: UInt64? = nil) {
        self = stopOnError {
            if let seed {
                var generator = SeededGenerator(seed: seed)
                return try Network(sizes: sizes, activations: activations, generator: &generator)
            }
            return try CellRandomness.withGenerator { try Network(sizes: sizes, activations: activations, generator: &$0) }
        }
    }

    /// A network of the given sizes with all weights and biases zero, ready to be set by hand.
    public static func zeros(sizes: [Int], activations: [Activation]) throws -> Network {
        try Network(zeroWeights: sizes, activations: activations)
    }

    private init(zeroWeights sizes: [Int], activations: [Activation]) throws {
        let resolved = try Network.resolve(sizes: sizes, activations: activations)
        layers = (0..<resolved.count).map { index in
            Layer(weights: Matrix(rows: sizes[index], columns: sizes[index + 1]),
                  bias: Matrix(rows: 1, columns: sizes[index + 1]), activation: resolved[index])
        }
    }

    /// Creates a network with small random weights: each weight uniform in ±1/√(fan-in)
    /// (the layer's number of inputs, as PyTorch's `Linear`), biases zero.
    public init(sizes: [Int], activations: [Activation], generator: inout SeededGenerator) throws {
        try self.init(zeroWeights: sizes, activations: activations)
        for index in layers.indices {
            let limit = 1 / Double(sizes[index]).squareRoot()
            for entry in layers[index].weights.storage.indices {
                layers[index].weights.storage[entry] = generator.nextDouble(in: -limit, limit)
            }
        }
    }


    /// The layer sizes, inputs first.
    public var sizes: [Int] { (layers.first.map { [$0.inputCount] } ?? []) + layers.map(\.outputCount) }

    /// The number of inputs per example.
    public var inputCount: Int { layers.first?.inputCount ?? 0 }

    /// The number of outputs per example.
    public var outputCount: Int { layers.last?.outputCount ?? 0 }

    /// The total number of weights and biases.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// Each layer's activation, input side first.
    public var activations: [Activation] { layers.map(\.activation) }

    /// Throws unless consecutive layers fit together and every bias is a 1×outputs row.
    public func validate() throws {
        guard !layers.isEmpty else { throw NetworkError.tooFewSizes(layers.count) }
        var inputs = layers[0].inputCount
        for (index, layer) in layers.enumerated() {
            guard layer.weights.rows == inputs else {
                throw NetworkError.weightShape(layer: index, expectedInputs: inputs, found: layer.weights.shape)
            }
            guard layer.bias.rows == 1, layer.bias.columns == layer.weights.columns else {
                throw NetworkError.biasShape(layer: index, expectedOutputs: layer.weights.columns,
                                             found: layer.bias.shape)
            }
            inputs = layer.outputCount
        }
    }

    /// Throws unless `inputs` has one column per network input (and, if given, `targets` fit the outputs
    /// and the loss's fused activation is the output layer's).
    func validate(inputs: Matrix, targets: Matrix? = nil, loss: Loss? = nil) throws {
        try validate()
        guard inputs.columns == inputCount else {
            throw NetworkError.inputShape(expectedColumns: inputCount, found: inputs.shape)
        }
        if let targets, targets.rows != inputs.rows || targets.columns != outputCount {
            throw NetworkError.targetShape(expected: (inputs.rows, outputCount), found: targets.shape)
        }
        if let loss, loss == .softmaxCrossEntropy, let last = layers.last?.activation, last != .softmax {
            throw NetworkError.lossNeedsActivation(loss: "\(loss)", needs: .softmax, found: last)
        }
    }

    private static func resolve(sizes: [Int], activations: [Activation]) throws -> [Activation] {
        guard sizes.count >= 2 else { throw NetworkError.tooFewSizes(sizes.count) }
        if let bad = sizes.first(where: { $0 <= 0 }) { throw NetworkError.invalidSize(bad) }
        for index in 0..<sizes.count - 1 {
            try Matrix.checkShape(rows: sizes[index], columns: sizes[index + 1])
        }
        let layerCount = sizes.count - 1
        if activations.count == 1 { return Array(repeating: activations[0], count: layerCount) }
        guard activations.count == layerCount else {
            throw NetworkError.activationCount(layers: layerCount, found: activations.count)
        }
        return activations
    }
}
