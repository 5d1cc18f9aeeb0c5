// The network verbs as the lectures and the cells write them: free functions that read as Swift
// without `try` and stop on a mistake (``stopOnError(_:)``). Each calls the throwing method of the
// same name on `Network`, which a program that handles errors (and nbrun's interpreter) calls instead.

/// Every layer's pre-activation z and activation h for a batch, one example per row.
public func forward(_ network: Network, _ inputs: Matrix) -> ForwardTrace {
    stopOnError { try network.forward(inputs) }
}

/// Every layer's z and h for a dataset's inputs.
public func forward(_ network: Network, _ data: Dataset) -> ForwardTrace {
    forward(network, data.inputs)
}

/// The network's outputs for a batch, one row per example.
public func predict(_ network: Network, _ inputs: Matrix) -> Matrix {
    stopOnError { try network.predict(inputs) }
}

/// The network's outputs for a dataset's inputs.
public func predict(_ network: Network, _ data: Dataset) -> Matrix {
    predict(network, data.inputs)
}

/// The predicted class of each example: the largest output, or output ≥ ½ for a single unit.
public func predictClasses(_ network: Network, _ inputs: Matrix) -> [Int] {
    stopOnError { try network.predictClasses(inputs) }
}

/// The predicted class of each example of a dataset.
public func predictClasses(_ network: Network, _ data: Dataset) -> [Int] {
    predictClasses(network, data.inputs)
}

/// The fraction of examples whose predicted class is the target class.
public func accuracy(_ network: Network, on data: Dataset) -> Double {
    stopOnError { try network.accuracy(on: data) }
}

/// Counts of (target class, predicted class) pairs over a dataset.
public func confusionMatrix(_ network: Network, on data: Dataset) -> ConfusionMatrix {
    stopOnError { try network.confusionMatrix(on: data) }
}

/// The objective J (+ the penalty R) of `loss` on a dataset.
public func loss(_ network: Network, on data: Dataset, loss: Loss, regularization: Regularization = .none) -> Double {
    stopOnError { try network.loss(inputs: data.inputs, targets: data.targets, loss: loss, regularization: regularization) }
}

/// The objective J (+ R) of `loss` on a batch.
public func loss(_ network: Network, inputs: Matrix, targets: Matrix, loss: Loss,
                 regularization: Regularization = .none) -> Double {
    stopOnError { try network.loss(inputs: inputs, targets: targets, loss: loss, regularization: regularization) }
}

/// Backpropagation on a batch: every layer's sensitivity ∂J/∂z and the gradients ∂J/∂W, ∂J/∂b.
public func backward(_ network: Network, inputs: Matrix, targets: Matrix, loss: Loss,
                     regularization: Regularization = .none) -> Gradients {
    stopOnError { try network.gradients(inputs: inputs, targets: targets, loss: loss, regularization: regularization) }
}

/// Backpropagation for the batch of a forward trace against `targets`.
public func backward(_ network: Network, _ trace: ForwardTrace, targets: Matrix, loss: Loss,
                     regularization: Regularization = .none) -> Gradients {
    stopOnError { try network.backward(trace, targets: targets, loss: loss, regularization: regularization) }
}

/// Checks backpropagation against central differences for every weight and bias, on a dataset.
public func gradientCheck(_ network: Network, on data: Dataset, loss: Loss, regularization: Regularization = .none,
                          epsilon: Double = GradientCheckReport.defaultEpsilon,
                          tolerance: Double = GradientCheckReport.defaultTolerance) -> GradientCheckReport {
    gradientCheck(network, inputs: data.inputs, targets: data.targets, loss: loss, regularization: regularization,
                  epsilon: epsilon, tolerance: tolerance)
}

/// Checks backpropagation against central differences on a batch.
public func gradientCheck(_ network: Network, inputs: Matrix, targets: Matrix, loss: Loss,
                          regularization: Regularization = .none,
                          epsilon: Double = GradientCheckReport.defaultEpsilon,
                          tolerance: Double = GradientCheckReport.defaultTolerance) -> GradientCheckReport {
    stopOnError {
        try network.gradientCheck(inputs: inputs, targets: targets, loss: loss, regularization: regularization,
                                  epsilon: epsilon, tolerance: tolerance)
    }
}

/// Checks backpropagation on a batch given as `gradientCheck(net, x, t, loss: …)`.
public func gradientCheck(_ network: Network, _ inputs: Matrix, _ targets: Matrix, loss: Loss,
                          regularization: Regularization = .none,
                          epsilon: Double = GradientCheckReport.defaultEpsilon,
                          tolerance: Double = GradientCheckReport.defaultTolerance) -> GradientCheckReport {
    gradientCheck(network, inputs: inputs, targets: targets, loss: loss, regularization: regularization,
                  epsilon: epsilon, tolerance: tolerance)
}

/// Gradient descent on a dataset: the loss per epoch and the trained network. Shuffles draw from
/// `SeededGenerator(seed:)`, or without `seed` from ``CellRandomness``.
public func train(_ network: Network, on data: Dataset, loss: Loss, learningRate: Double, epochs: Int,
                  batch: BatchMode = .fullBatch, regularization: Regularization = .none, seed: UInt64? = nil) -> TrainingHistory {
    train(network, inputs: data.inputs, targets: data.targets, loss: loss, learningRate: learningRate, epochs: epochs,
          batch: batch, regularization: regularization, seed: seed)
}

/// Gradient descent on a batch; see ``train(_:on:loss:learningRate:epochs:batch:regularization:seed:)``.
public func train(_ network: Network, inputs: Matrix, targets: Matrix, loss: Loss, learningRate: Double, epochs: Int,
                  batch: BatchMode = .fullBatch, regularization: Regularization = .none, seed: UInt64? = nil) -> TrainingHistory {
    stopOnError {
        if let seed {
            return try network.train(inputs: inputs, targets: targets, loss: loss, learningRate: learningRate, epochs: epochs,
                                     batch: batch, regularization: regularization, seed: seed)
        }
        return try CellRandomness.withGenerator { generator in
            try network.train(inputs: inputs, targets: targets, loss: loss, learningRate: learningRate, epochs: epochs,
                              batch: batch, regularization: regularization, generator: &generator)
        }
    }
}
