import Display

extension Network {
    /// One gradient-descent update `θ ← θ − η ∂J/∂θ` from already computed gradients.
    public func step(_ gradients: Gradients, learningRate: Double) throws -> Network {
        var next = self
        for index in layers.indices {
            next.layers[index].weights = try layers[index].weights
                .subtracting(gradients.weightGradients[index].scaled(by: learningRate))
            next.layers[index].bias = try layers[index].bias
                .subtracting(gradients.biasGradients[index].scaled(by: learningRate))
        }
        next.caption = "after one gradient-descent step with η = \(NumberFormat.format(learningRate))"
        return next
    }

    /// Forward, backward and one gradient-descent update on a batch; returns the new network.
    ///
    /// ```swift
    /// let updated = try net.step(inputs: x, targets: t, loss: .sumSquared, learningRate: 0.1)
    /// ```
    public func step(inputs: Matrix, targets: Matrix, loss: Loss, learningRate: Double,
                     regularization: Regularization = .none) throws -> Network {
        try step(gradients(inputs: inputs, targets: targets, loss: loss, regularization: regularization),
                 learningRate: learningRate)
    }
}

/// One gradient-descent update of a network on a batch, as the lectures write it.
public func step(_ network: Network, inputs: Matrix, targets: Matrix, loss: Loss, learningRate: Double,
                 regularization: Regularization = .none) -> Network {
    stopOnError {
        try network.step(inputs: inputs, targets: targets, loss: loss, learningRate: learningRate,
                         regularization: regularization)
    }
}

/// One gradient-descent update from gradients `backward` computed.
public func step(_ network: Network, _ gradients: Gradients, learningRate: Double) -> Network {
    stopOnError { try network.step(gradients, learningRate: learningRate) }
}
