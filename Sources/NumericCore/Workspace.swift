import CKernels
/// Preallocated buffers for the forward and backward passes of one network over batches
/// of up to `capacity` rows: the single implementation of backprop in the core, used by
/// `forward`, `backward`, `step`, `train` and `gradientCheck` alike.
///
/// Parameters and gradients live in two flat buffers (W⁰, b⁰, W¹, b¹, …), so an update
/// is one loop and an epoch allocates nothing.
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
    /// A large layer's zᵀ when BLAS computes the forward product transposed (`blasPrefersTransposedForward`).
    let transposedProduct: UnsafeMutablePointer<Double>
    /// Every layer's sizes and buffers in one place the hot loops read without ARC or bounds checks.
    let plans: UnsafeMutableBufferPointer<LayerPlan>
    /// `Matrix.blasThreshold`, read once (a static property costs a lazy-initialisation check per read).
    let blasThreshold = Matrix.blasThreshold
    /// `blasPrefersTransposedForward`, read once; tests set it to cover both forms on any machine.
    var transposesForward = hasBLAS && blasPrefersTransposedForward

    /// One layer as the loops see it.
    struct LayerPlan {
        var inputs: Int, outputs: Int
        var weights: UnsafeMutablePointer<Double>, bias: UnsafeMutablePointer<Double>
        var weightGradient: UnsafeMutablePointer<Double>, biasGradient: UnsafeMutablePointer<Double>
        var preActivation: UnsafeMutablePointer<Double>, output: UnsafeMutablePointer<Double>
        var sensitivity: UnsafeMutablePointer<Double>
        var activation: Activation, derivative: Activation
    }

    /// Allocates buffers for `network` (already validated) and batches of up to `capacity` rows.
    init(_ network: Network, capacity: Int) {
        sizes = network.sizes
        activations = network.layers.map(\.activation)
        derivativeActivations = activations
        self.capacity = Swift.max(capacity, 1)
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
        let rows = self.capacity
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
        transposedProduct = buffer(hasBLAS ? rows * (sizes.dropFirst().max() ?? 1) : 1)
        plans = .allocate(capacity: activations.count)
        for index in activations.indices {
            plans.initializeElement(at: index, to: LayerPlan(
                inputs: sizes[index], outputs: sizes[index + 1],
                weights: parameters.baseAddress! + weights[index], bias: parameters.baseAddress! + biases[index],
                weightGradient: gradients.baseAddress! + weights[index],
                biasGradient: gradients.baseAddress! + biases[index],
                preActivation: preActivations[index], output: layerOutputs[index], sensitivity: sensitivities[index],
                activation: activations[index], derivative: activations[index]))
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
            copy(layer.weights.storage, to: parameters.baseAddress! + weightOffsets[index])
            copy(layer.bias.storage, to: parameters.baseAddress! + biasOffsets[index])
        }
    }

    /// The network the parameter buffer now describes.
    func network() -> Network {
        Network(layers: (0..<layerCount).map { index in
            Layer(weights: matrix(parameters, weightOffsets[index], sizes[index], sizes[index + 1]),
                  bias: matrix(parameters, biasOffsets[index], 1, sizes[index + 1]),
                  activation: activations[index])
        })
    }

    /// ∂J/∂W of layer `index` from the gradient buffer.
    func weightGradient(_ index: Int) -> Matrix { matrix(gradients, weightOffsets[index], sizes[index], sizes[index + 1]) }
    /// ∂J/∂b of layer `index` from the gradient buffer.
    func biasGradient(_ index: Int) -> Matrix { matrix(gradients, biasOffsets[index], 1, sizes[index + 1]) }
    /// z of layer `index` for the last `rows` forwarded.
    func preActivation(_ index: Int, rows: Int) -> Matrix { matrix(preActivations[index], rows, sizes[index + 1]) }
    /// h of layer `index` for the last `rows` forwarded.
    func output(_ index: Int, rows: Int) -> Matrix { matrix(layerOutputs[index], rows, sizes[index + 1]) }
    /// ∂J/∂z of layer `index` from the last backward pass.
    func sensitivity(_ index: Int, rows: Int) -> Matrix { matrix(sensitivities[index], rows, sizes[index + 1]) }

    /// Runs `rows` examples (row-major, `sizes[0]` columns) through every layer:
    /// z = h_prev·W + b and h = f(z), bias and product fused in one pass.
    func forward(_ inputs: UnsafePointer<Double>, rows: Int) {
        var input = inputs
        for plan in plans {
            let nIn = plan.inputs, nOut = plan.outputs, w = plan.weights, b = plan.bias, z = plan.preActivation
            if rows * nIn * nOut > blasThreshold && transposesForward {
                // zᵀ = Wᵀ·h_prevᵀ, then z = (zᵀ)ᵀ + b in one pass over the rows×nOut entries.
                blasProduct(UnsafePointer(w), transposeA: true, input, transposeB: true, transposedProduct,
                            m: nOut, inner: nIn, n: rows, scale: 1, accumulate: false)
                nbrun_transpose_adding_bias(transposedProduct, rows, nOut, b, z)
            } else if rows * nIn * nOut > blasThreshold {
                productKernel(input, transposeA: false, w, transposeB: false, z,
                              m: rows, inner: nIn, n: nOut, accumulate: false)
                for r in 0..<rows {
                    let row = z + r * nOut
                    for j in 0..<nOut { row[j] += b[j] }
                }
            } else {
                for r in 0..<rows {
                    let row = z + r * nOut, x = input + r * nIn
                    for j in 0..<nOut { row[j] = b[j] }
                    for k in 0..<nIn {
                        let xk = x[k], wk = w + k * nOut
                        for j in 0..<nOut { row[j] += xk * wk[j] }
                    }
                }
            }
            plan.activation.apply(z, into: plan.output, rows: rows, columns: nOut, logSumExp: logSumExp)
            input = UnsafePointer(plan.output)
        }
    }

    /// After `forward` on the same `inputs`, fills every sensitivity ∂J/∂z and the gradient
    /// buffer with ∂J/∂W = h_prevᵀ·δ and ∂J/∂b = Σ_rows δ; returns J for the batch.
    ///
    /// With `learningRate`, also takes the step θ ← θ − η ∂J/∂θ layer by layer, once the layer's
    /// weights have served the layer below. A layer large enough for BLAS then never stores ∂J/∂W:
    /// one `dgemm` adds −η·h_prevᵀ·δ to W directly (its gradient buffer is left stale).
    func backward(_ inputs: UnsafePointer<Double>, targets: UnsafePointer<Double>, rows: Int, loss: Loss,
                  updating learningRate: Double? = nil) -> Double {
        let last = plans.count - 1
        let top = plans[last]
        let value = loss.outputSensitivity(activation: top.derivative, z: top.preActivation, h: top.output,
                                           targets: targets, into: top.sensitivity, rows: rows, columns: top.outputs,
                                           logSumExp: forwardLogSumExp)
        for layer in stride(from: last, through: 0, by: -1) {
            let plan = plans[layer]
            let nIn = plan.inputs, nOut = plan.outputs, delta = UnsafePointer(plan.sensitivity)
            let input = layer == 0 ? inputs : UnsafePointer(plans[layer - 1].output)
            let gw = plan.weightGradient, gb = plan.biasGradient
            let large = rows * nIn * nOut > blasThreshold
            let fused = learningRate != nil && large && hasBLAS
            // A fused layer forms no ∂J/∂W here: W still serves the layer below, then takes its step at the end.
            if large && !fused {
                productKernel(input, transposeA: true, delta, transposeB: false, gw,
                              m: nIn, inner: rows, n: nOut, accumulate: false)
            } else if !large {
                gw.update(repeating: 0, count: nIn * nOut)
                for r in 0..<rows {
                    let x = input + r * nIn, d = delta + r * nOut
                    for k in 0..<nIn {
                        let xk = x[k], row = gw + k * nOut
                        for j in 0..<nOut { row[j] += xk * d[j] }
                    }
                }
            }
            gb.update(repeating: 0, count: nOut)
            for r in 0..<rows {
                let d = delta + r * nOut
                for j in 0..<nOut { gb[j] += d[j] }
            }
            if layer > 0 {
                let below = plans[layer - 1]
                if large {
                    productKernel(delta, transposeA: false, UnsafePointer(plan.weights), transposeB: true,
                                  below.sensitivity, m: rows, inner: nOut, n: nIn, accumulate: false)
                } else {
                    for r in 0..<rows {
                        let d = delta + r * nOut, out = below.sensitivity + r * nIn
                        for k in 0..<nIn {
                            let wk = plan.weights + k * nOut
                            var sum = 0.0
                            for j in 0..<nOut { sum += d[j] * wk[j] }
                            out[k] = sum
                        }
                    }
                }
                below.derivative.multiplyByDerivative(below.sensitivity, z: below.preActivation, h: below.output,
                                                      rows: rows, columns: nIn)
            }
            guard let rate = learningRate else { continue }
            if fused {
                blasProduct(input, transposeA: true, delta, transposeB: false, plan.weights,
                            m: nIn, inner: rows, n: nOut, scale: -rate, accumulate: true)
            } else {
                for i in 0..<nIn * nOut { plan.weights[i] -= rate * gw[i] }
            }
            for j in 0..<nOut { plan.bias[j] -= rate * gb[j] }
        }
        return value
    }

    /// After forwarding `rows` examples, J for them (the output sensitivity is computed too, and ignored).
    func objective(_ inputs: UnsafePointer<Double>, targets: UnsafePointer<Double>, rows: Int, loss: Loss) -> Double {
        forward(inputs, rows: rows)
        let top = plans[plans.count - 1]
        return loss.outputSensitivity(activation: top.derivative, z: top.preActivation, h: top.output,
                                      targets: targets, into: top.sensitivity, rows: rows, columns: top.outputs,
                                      logSumExp: forwardLogSumExp)
    }

    /// The output softmax's per-row log Σ exp(z) from the last forward pass; nil unless the output layer is softmax.
    private var forwardLogSumExp: UnsafePointer<Double>? {
        plans[plans.count - 1].activation == .softmax ? UnsafePointer(logSumExp) : nil
    }

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

    private func matrix(_ buffer: UnsafeMutableBufferPointer<Double>, _ offset: Int, _ rows: Int, _ columns: Int) -> Matrix {
        matrix(buffer.baseAddress! + offset, rows, columns)
    }

    private func matrix(_ pointer: UnsafeMutablePointer<Double>, _ rows: Int, _ columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, storage: Array(UnsafeBufferPointer(start: pointer, count: rows * columns)))
    }
}
