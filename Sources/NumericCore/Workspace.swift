/// Preallocated buffers for the forward and backward passes of one network over batches
/// of up to `capacity` rows: the single implementation of backprop in the core, used by
/// `forward`, `backward`, `step`, `train` and `gradientCheck` alike.
///
/// Parameters and gradients live in two flat buffers (W⁰, b⁰, W¹, b¹, …), so an update
/// is one loop and an epoch allocates nothing. A layer large enough for BLAS may keep Wᵀ
/// (outputs×inputs) there instead of W, as `LargeLayerForm` decides; its gradient buffer then
/// holds (∂J/∂W)ᵀ too, and the accessors below always speak W. The passes are in WorkspacePasses.swift.
final class Workspace {
    let sizes: [Int]
    let activations: [Activation]
    /// The activation whose derivative backprop uses per layer; differs only in tests that
    /// prove `gradientCheck` can fail.
    var derivativeActivations: [Activation] {
        didSet { for index in plans.indices { plans[index].derivative = derivativeActivations[index] } }
    }
    let capacity: Int
    let parameters: UnsafeMutableBufferPointer<Double>
    let gradients: UnsafeMutableBufferPointer<Double>
    let weightOffsets: [Int]
    let biasOffsets: [Int]
    let preActivations: [UnsafeMutablePointer<Double>]
    let layerOutputs: [UnsafeMutablePointer<Double>]
    let sensitivities: [UnsafeMutablePointer<Double>]
    let inputBatch: UnsafeMutablePointer<Double>
    let targetBatch: UnsafeMutablePointer<Double>
    /// Each row's log Σ exp(z) from the output layer's softmax, for cross-entropy.
    let logSumExp: UnsafeMutablePointer<Double>
    /// A large layer's zᵀ when BLAS computes the forward product transposed (every form but `.direct`).
    let transposedProduct: UnsafeMutablePointer<Double>
    /// Every layer's sizes and buffers in one place the hot loops read without ARC or bounds checks.
    let plans: UnsafeMutableBufferPointer<LayerPlan>
    /// `Matrix.blasThreshold`, read once (a static property costs a lazy-initialisation check per read).
    let blasThreshold = Matrix.blasThreshold
    /// How layers large enough for BLAS multiply (`blasLargeLayerForm` unless a test picks one); `.direct`
    /// when no layer is that large, so a small net never loads BLAS.
    let form: LargeLayerForm

    /// One layer as the loops see it.
    struct LayerPlan {
        var inputs: Int, outputs: Int
        var weights: UnsafeMutablePointer<Double>, bias: UnsafeMutablePointer<Double>
        var weightGradient: UnsafeMutablePointer<Double>, biasGradient: UnsafeMutablePointer<Double>
        var preActivation: UnsafeMutablePointer<Double>, output: UnsafeMutablePointer<Double>
        var sensitivity: UnsafeMutablePointer<Double>
        var activation: Activation, derivative: Activation
        /// Whether `weights` (and `weightGradient`) hold Wᵀ, outputs×inputs.
        var storesTransposed: Bool
    }

    /// Allocates buffers for `network` (already validated) and batches of up to `capacity` rows.
    init(_ network: Network, capacity: Int, form: LargeLayerForm? = nil) {
        let rows = Swift.max(capacity, 1), threshold = blasThreshold
        let hasLargeLayer = zip(network.sizes, network.sizes.dropFirst()).contains { rows * $0 * $1 > threshold }
        self.form = hasLargeLayer && hasBLAS ? form ?? blasLargeLayerForm : .direct
        sizes = network.sizes
        activations = network.layers.map(\.activation)
        derivativeActivations = activations
        self.capacity = rows
        var offset = 0, weights: [Int] = [], biases: [Int] = []
        for layer in network.layers {
            weights.append(offset)
            offset += layer.weights.count
            biases.append(offset)
            offset += layer.bias.count
        }
        weightOffsets = weights
        biasOffsets = biases
        parameters = .allocate(capacity: Swift.max(offset, 1))
        gradients = .allocate(capacity: Swift.max(offset, 1))
        gradients.initialize(repeating: 0)
        func buffer(_ count: Int) -> UnsafeMutablePointer<Double> {
            let pointer = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(count, 1))
            pointer.initialize(repeating: 0, count: Swift.max(count, 1))
            return pointer
        }
        preActivations = sizes.dropFirst().map { buffer(rows * $0) }
        layerOutputs = sizes.dropFirst().map { buffer(rows * $0) }
        sensitivities = sizes.dropFirst().map { buffer(rows * $0) }
        inputBatch = buffer(rows * sizes[0])
        targetBatch = buffer(rows * sizes[sizes.count - 1])
        logSumExp = buffer(rows)
        transposedProduct = buffer(self.form == .direct ? 1 : rows * (sizes.dropFirst().max() ?? 1))
        plans = .allocate(capacity: activations.count)
        for index in activations.indices {
            plans.initializeElement(at: index, to: LayerPlan(
                inputs: sizes[index], outputs: sizes[index + 1],
                weights: parameters.baseAddress! + weights[index], bias: parameters.baseAddress! + biases[index],
                weightGradient: gradients.baseAddress! + weights[index],
                biasGradient: gradients.baseAddress! + biases[index],
                preActivation: preActivations[index], output: layerOutputs[index], sensitivity: sensitivities[index],
                activation: activations[index], derivative: activations[index],
                storesTransposed: self.form == .transposedWeights
                    && rows * sizes[index] * sizes[index + 1] > blasThreshold))
        }
        load(network)
    }

    deinit {
        parameters.deallocate()
        gradients.deallocate()
        plans.deallocate()
        (preActivations + layerOutputs + sensitivities).forEach { $0.deallocate() }
        inputBatch.deallocate()
        targetBatch.deallocate()
        transposedProduct.deallocate()
        logSumExp.deallocate()
    }

    var layerCount: Int { activations.count }

    /// Copies the network's weights and biases into the flat parameter buffer.
    func load(_ network: Network) {
        for (index, layer) in network.layers.enumerated() {
            let weights = plans[index].storesTransposed ? layer.weights.transposed : layer.weights
            copy(weights.storage, to: parameters.baseAddress! + weightOffsets[index])
            copy(layer.bias.storage, to: parameters.baseAddress! + biasOffsets[index])
        }
    }

    /// The network the parameter buffer now describes.
    func network() -> Network {
        Network(layers: (0..<layerCount).map { index in
            Layer(weights: weights(parameters, index),
                  bias: matrix(parameters, biasOffsets[index], 1, sizes[index + 1]),
                  activation: activations[index])
        })
    }

    /// Where W[row, column] of layer `index` lives in the parameter (and gradient) buffer.
    func weightOffset(_ index: Int, row: Int, column: Int) -> Int {
        weightOffsets[index] + (plans[index].storesTransposed ? column * sizes[index] + row : row * sizes[index + 1] + column)
    }

    /// ∂J/∂W of layer `index` from the gradient buffer.
    func weightGradient(_ index: Int) -> Matrix { weights(gradients, index) }
    /// ∂J/∂b of layer `index` from the gradient buffer.
    func biasGradient(_ index: Int) -> Matrix { matrix(gradients, biasOffsets[index], 1, sizes[index + 1]) }
    /// z of layer `index` for the last `rows` forwarded.
    func preActivation(_ index: Int, rows: Int) -> Matrix { matrix(preActivations[index], rows, sizes[index + 1]) }
    /// h of layer `index` for the last `rows` forwarded.
    func output(_ index: Int, rows: Int) -> Matrix { matrix(layerOutputs[index], rows, sizes[index + 1]) }
    /// ∂J/∂z of layer `index` from the last backward pass.
    func sensitivity(_ index: Int, rows: Int) -> Matrix { matrix(sensitivities[index], rows, sizes[index + 1]) }

    /// Adds the penalty's gradient to every weight gradient and returns the penalty.
    func regularize(_ regularization: Regularization) -> Double {
        guard !regularization.isNone else { return 0 }
        var total = 0.0
        for layer in 0..<layerCount {
            let w = parameters.baseAddress! + weightOffsets[layer], count = sizes[layer] * sizes[layer + 1]
            total += regularization.penalty(w, count: count)
            regularization.addGradient(w, into: gradients.baseAddress! + weightOffsets[layer], count: count)
        }
        return total
    }

    /// The penalty alone, for reporting.
    func penalty(_ regularization: Regularization) -> Double {
        (0..<layerCount).reduce(0) {
            $0 + regularization.penalty(parameters.baseAddress! + weightOffsets[$1], count: sizes[$1] * sizes[$1 + 1])
        }
    }

    /// One gradient-descent step: θ ← θ − η ∂J/∂θ for every parameter.
    func update(learningRate: Double) {
        let p = parameters.baseAddress!, g = gradients.baseAddress!
        for i in 0..<parameters.count { p[i] -= learningRate * g[i] }
    }

    private func copy(_ values: [Double], to target: UnsafeMutablePointer<Double>) {
        values.withUnsafeBufferPointer { target.update(from: $0.baseAddress!, count: $0.count) }
    }

    /// Layer `index`'s inputs×outputs block of `buffer`, transposed back if it is stored as Wᵀ.
    private func weights(_ buffer: UnsafeMutableBufferPointer<Double>, _ index: Int) -> Matrix {
        let (rows, columns) = (sizes[index], sizes[index + 1])
        guard plans[index].storesTransposed else { return matrix(buffer, weightOffsets[index], rows, columns) }
        return matrix(buffer, weightOffsets[index], columns, rows).transposed
    }

    private func matrix(_ buffer: UnsafeMutableBufferPointer<Double>, _ offset: Int, _ rows: Int, _ columns: Int) -> Matrix {
        matrix(buffer.baseAddress! + offset, rows, columns)
    }

    private func matrix(_ pointer: UnsafeMutablePointer<Double>, _ rows: Int, _ columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, storage: Array(UnsafeBufferPointer(start: pointer, count: rows * columns)))
    }
}
