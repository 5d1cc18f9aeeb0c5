import CKernels

/// The forward and backward passes over a `Workspace`'s buffers.
extension Workspace {
    /// Runs `rows` examples (row-major, `sizes[0]` columns) through every layer:
    /// z = h_prev·W + b and h = f(z).
    func forward(_ inputs: UnsafePointer<Double>, rows: Int) {
        var input = inputs
        for plan in plans {
            let nIn = plan.inputs, nOut = plan.outputs, w = UnsafePointer(plan.weights), b = plan.bias
            let z = plan.preActivation, large = rows * nIn * nOut > blasThreshold
            if large && form != .direct {
                // zᵀ = Wᵀ·h_prevᵀ, then z = (zᵀ)ᵀ + b in one pass over the rows×nOut entries.
                blasProduct(w, transposeA: !plan.storesTransposed, input, transposeB: true, transposedProduct,
                            m: nOut, inner: nIn, n: rows, scale: 1, accumulate: false)
                nbrun_transpose_adding_bias(transposedProduct, rows, nOut, b, z)
            } else if large || plan.storesTransposed {
                productKernel(input, transposeA: false, w, transposeB: plan.storesTransposed, z,
                              m: rows, inner: nIn, n: nOut, accumulate: false)
                for r in 0..<rows {
                    let row = z + r * nOut
                    for j in 0..<nOut { row[j] += b[j] }
                }
            } else {
                // Small layers: bias and product in one pass, summed in k order.
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
    /// one `dgemm` adds −η·h_prevᵀ·δ to W (or −η·δᵀ·h_prev to Wᵀ) directly; its gradient buffer is left stale.
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
            let gw = plan.weightGradient, gb = plan.biasGradient, transposed = plan.storesTransposed
            let large = rows * nIn * nOut > blasThreshold
            let fused = learningRate != nil && large && hasBLAS
            // A fused layer forms no ∂J/∂W here: W still serves the layer below, then takes its step at the end.
            if !fused {
                if transposed {
                    productKernel(delta, transposeA: true, input, transposeB: false, gw,
                                  m: nOut, inner: rows, n: nIn, accumulate: false)
                } else if large {
                    productKernel(input, transposeA: true, delta, transposeB: false, gw,
                                  m: nIn, inner: rows, n: nOut, accumulate: false)
                } else {
                    gw.update(repeating: 0, count: nIn * nOut)
                    for r in 0..<rows {
                        let x = input + r * nIn, d = delta + r * nOut
                        for k in 0..<nIn {
                            let xk = x[k], row = gw + k * nOut
                            for j in 0..<nOut { row[j] += xk * d[j] }
                        }
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
                if large || transposed {
                    // δ_below = δ·Wᵀ: with Wᵀ stored, a plain product.
                    productKernel(delta, transposeA: false, UnsafePointer(plan.weights), transposeB: !transposed,
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
            if fused && transposed {
                blasProduct(delta, transposeA: true, input, transposeB: false, plan.weights,
                            m: nOut, inner: rows, n: nIn, scale: -rate, accumulate: true)
            } else if fused {
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
}
