/// Everything a forward pass computed: for each layer ℓ the pre-activation `z` and the
/// activation `h`, one row per example (the tables a handout shows per layer).
public struct ForwardTrace: Sendable, Equatable {
    /// The batch that went in, one example per row.
    public var inputs: Matrix
    /// z for each layer: `preActivations[ℓ] = h_{ℓ−1}·W_ℓ + b_ℓ`.
    public var preActivations: [Matrix]
    /// h for each layer: `activations[ℓ] = f_ℓ(z_ℓ)`.
    public var activations: [Matrix]
    /// The network that computed it, for naming its units.
    public var network: Network

    /// The network's outputs (the last layer's activations).
    public var output: Matrix { activations.last ?? inputs }
}

extension Network {
    /// Runs a batch (one example per row) through every layer, keeping each layer's z and h.
    ///
    /// ```swift
    /// let trace = try net.forward(try Matrix([[1, 1]]))
    /// trace.preActivations[0]   // n¹ = [2, 2] in Huang's worked example
    /// ```
    public func forward(_ inputs: Matrix) throws -> ForwardTrace {
        try validate(inputs: inputs)
        let workspace = Workspace(self, capacity: inputs.rows)
        run(inputs, in: workspace)
        return ForwardTrace(inputs: inputs,
                            preActivations: (0..<layers.count).map { workspace.preActivation($0, rows: inputs.rows) },
                            activations: (0..<layers.count).map { workspace.output($0, rows: inputs.rows) },
                            network: self)
    }

    /// The outputs for a batch, one row per example.
    public func predict(_ inputs: Matrix) throws -> Matrix {
        try forward(inputs).output
    }

    /// Runs `inputs` through `workspace` (which must hold this network, with room for the rows).
    func run(_ inputs: Matrix, in workspace: Workspace) {
        guard inputs.rows > 0 else { return }
        inputs.storage.withUnsafeBufferPointer { workspace.forward($0.baseAddress!, rows: inputs.rows) }
    }
}
