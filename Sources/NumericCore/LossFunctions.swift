// Losses and penalties as the lectures write them, free functions that stop on a shape mismatch.

/// The loss J of outputs against targets (one row per example): `loss(.meanSquared, outputs: y, targets: t)`.
public func loss(_ loss: Loss, outputs: Matrix, targets: Matrix) -> Double {
    stopOnError { try loss.value(outputs: outputs, targets: targets) }
}

/// ∂J/∂y for outputs against targets, one row per example.
public func lossGradient(_ loss: Loss, outputs: Matrix, targets: Matrix) -> Matrix {
    stopOnError { try loss.gradient(outputs: outputs, targets: targets) }
}

/// The penalty R of a weight matrix: (λ/2)Σw² + μΣ|w|.
public func penalty(_ regularization: Regularization, _ weights: Matrix) -> Double {
    regularization.penalty(weights)
}

/// The penalty R of a network: every layer's weights (biases are not penalised).
public func penalty(_ regularization: Regularization, _ network: Network) -> Double {
    network.layers.reduce(0) { $0 + regularization.penalty($1.weights) }
}

/// One row per label with a 1 in that label's column: `oneHot([2, 0], classes: 3)` is [[0, 0, 1], [1, 0, 0]].
public func oneHot(_ labels: [Int], classes: Int) -> Matrix {
    stopOnError { try Dataset.oneHot(labels, classes: classes) }
}
