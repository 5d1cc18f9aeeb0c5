/// What a backward pass computed for one batch: per layer the sensitivity δ = ∂J/∂z and
/// the gradients ∂J/∂W (inputs × outputs, like the weights) and ∂J/∂b (a 1×outputs row).
///
/// J is the batch objective of the loss's form (a sum or a mean over the rows; see `Loss`)
/// plus the regularization penalty, so `weightGradients[ℓ] = h_{ℓ−1}ᵀ·δ_ℓ + ∂R/∂W_ℓ` and
/// `biasGradients[ℓ] = Σ_rows δ_ℓ`, exactly.
public struct Gradients: Sendable, Equatable {
    /// δ_ℓ = ∂J/∂z_ℓ, one row per example.
    public var sensitivities: [Matrix]
    /// ∂J/∂W_ℓ for each layer.
    public var weightGradients: [Matrix]
    /// ∂J/∂b_ℓ for each layer.
    public var biasGradients: [Matrix]
    /// The data loss of the batch, before regularization.
    public var loss: Double
    /// The regularization penalty R at the current weights.
    public var penalty: Double
    /// The network differentiated, for naming its units.
    public var network: Network
    /// The loss differentiated.
    public var lossFunction: Loss

    /// The objective that was differentiated: loss + penalty.
    public var objective: Double { loss + penalty }
}

extension Network {
    /// Backpropagates `loss` for the batch in `trace` against `targets` (one row per example).
    public func backward(_ trace: ForwardTrace, targets: Matrix, loss: Loss,
                         regularization: Regularization = .none) throws -> Gradients {
        try gradients(inputs: trace.inputs, targets: targets, loss: loss, regularization: regularization)
    }

    /// Runs forward and backward on a batch and returns every sensitivity and gradient.
    public func gradients(inputs: Matrix, targets: Matrix, loss: Loss,
                          regularization: Regularization = .none) throws -> Gradients {
        try validate(inputs: inputs, targets: targets, loss: loss)
        let workspace = Workspace(self, capacity: inputs.rows)
        return computeGradients(inputs: inputs, targets: targets, loss: loss,
                                regularization: regularization, in: workspace)
    }

    /// The backward pass in `workspace`, read out as matrices (inputs already validated).
    func computeGradients(inputs: Matrix, targets: Matrix, loss: Loss, regularization: Regularization,
                          in workspace: Workspace) -> Gradients {
        let rows = inputs.rows
        run(inputs, in: workspace)
        var value = 0.0
        if rows > 0 {
            value = inputs.storage.withUnsafeBufferPointer { x in
                targets.storage.withUnsafeBufferPointer { t in
                    workspace.backward(x.baseAddress!, targets: t.baseAddress!, rows: rows, loss: loss)
                }
            }
        } else {
            workspace.gradients.update(repeating: 0)
        }
        let penalty = workspace.regularize(regularization)
        let indices = 0..<layers.count
        return Gradients(sensitivities: indices.map { workspace.sensitivity($0, rows: rows) },
                         weightGradients: indices.map(workspace.weightGradient),
                         biasGradients: indices.map(workspace.biasGradient),
                         loss: value, penalty: penalty, network: self, lossFunction: loss)
    }

    /// The objective J (+ R) for a batch, by forward passes only (in chunks of at most
    /// `Network.evaluationChunk` rows, so a large dataset needs no large buffers).
    public func loss(inputs: Matrix, targets: Matrix, loss: Loss, regularization: Regularization = .none) throws -> Double {
        try validate(inputs: inputs, targets: targets, loss: loss)
        let rows = inputs.rows, chunk = Swift.min(Swift.max(rows, 1), Network.evaluationChunk)
        let workspace = Workspace(self, capacity: chunk)
        let (nIn, nOut) = (inputCount, outputCount)
        var total = 0.0
        inputs.storage.withUnsafeBufferPointer { x in
            targets.storage.withUnsafeBufferPointer { t in
                for start in stride(from: 0, to: rows, by: chunk) {
                    let count = Swift.min(chunk, rows - start)
                    let value = workspace.objective(x.baseAddress! + start * nIn, targets: t.baseAddress! + start * nOut,
                                                    rows: count, loss: loss)
                    // Mean forms average over all rows, sum forms add up.
                    total += loss.averagesOverExamples ? value * Double(count) / Double(rows) : value
                }
            }
        }
        return total + workspace.penalty(regularization)
    }

    /// The largest number of rows `loss(inputs:…)` and `predict` send through at once.
    public static let evaluationChunk = 1024
}
