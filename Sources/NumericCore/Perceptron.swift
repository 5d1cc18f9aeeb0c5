/// The state after one epoch of the perceptron learning rule.
public struct PerceptronEpoch: Sendable, Equatable {
    /// The epoch, from 1.
    public var epoch: Int
    /// The weights at the end of the epoch, inputs × outputs.
    public var weights: Matrix
    /// The bias at the end of the epoch, 1×outputs.
    public var bias: Matrix
    /// How many examples were misclassified (and so caused an update) during the epoch.
    public var errors: Int
}

/// A perceptron training run: the epochs, whether it converged, and the final unit.
public struct PerceptronRun: Sendable, Equatable {
    /// Every epoch, in order.
    public var history: [PerceptronEpoch]
    /// Whether some epoch classified every example correctly (and so changed nothing).
    public var converged: Bool
    /// The final single-layer network with a hard-limit (step) output.
    public var network: Network

    /// The number of misclassified examples in each epoch, first to last.
    public var errors: [Int] { history.map(\.errors) }
    /// How many epochs ran.
    public var epochs: Int { history.count }
    /// The final weights, inputs × units.
    public var weights: Matrix { network.layers[0].weights }
    /// The final bias row.
    public var bias: Matrix { network.layers[0].bias }
}

/// Runs the perceptron learning rule (Huang eqs. 6–7) example by example, in order:
/// a = hardlim(x·w + b), e = t − a, w ← w + η e x, b ← b + η e, until an epoch has no
/// errors or `maxEpochs` have run. Starts from zero weights unless `initial` is given.
/// `progress` runs after every epoch with its number; throwing from it stops the run.
///
/// ```swift
/// let run = try perceptron(.and(), maxEpochs: 20)   // converges; on .xor() it never does
/// ```
public func perceptron(_ dataset: Dataset, learningRate: Double = 1, maxEpochs: Int = 100) -> PerceptronRun {
    stopOnError { try PerceptronRun.training(dataset, learningRate: learningRate, maxEpochs: maxEpochs) }
}

extension PerceptronRun {
    /// The perceptron rule as ``perceptron(_:learningRate:maxEpochs:)`` runs it, throwing instead of stopping;
    /// starts from `initial` when given, and calls `progress` after every epoch (throwing from it stops the run).
    public static func training(_ dataset: Dataset, learningRate: Double = 1, maxEpochs: Int = 100,
                                initial: Layer? = nil, progress: ((Int) throws -> Void)? = nil) throws -> PerceptronRun {
    let inputs = dataset.inputs, targets = dataset.targets
    var weights = initial?.weights ?? Matrix(rows: inputs.columns, columns: targets.columns)
    var bias = initial?.bias ?? Matrix(rows: 1, columns: targets.columns)
    guard weights.rows == inputs.columns, weights.columns == targets.columns else {
        throw NetworkError.weightShape(layer: 0, expectedInputs: inputs.columns, found: weights.shape)
    }
    guard bias.rows == 1, bias.columns == targets.columns else {
        throw NetworkError.biasShape(layer: 0, expectedOutputs: targets.columns, found: bias.shape)
    }
    guard maxEpochs >= 1 else { throw NetworkError.invalidOption("maxEpochs must be at least 1, found \(maxEpochs)") }
    var epochs: [PerceptronEpoch] = []
    var converged = false
    for epoch in 1...maxEpochs {
        var errors = 0
        for example in 0..<inputs.rows {
            var misclassified = false
            for unit in 0..<targets.columns {
                var net = bias[0, unit]
                for input in 0..<inputs.columns { net += inputs[example, input] * weights[input, unit] }
                let error = targets[example, unit] - Activation.step.value(net)
                guard error != 0 else { continue }
                misclassified = true
                for input in 0..<inputs.columns { weights[input, unit] += learningRate * error * inputs[example, input] }
                bias[0, unit] += learningRate * error
            }
            if misclassified { errors += 1 }
        }
        epochs.append(PerceptronEpoch(epoch: epoch, weights: weights, bias: bias, errors: errors))
        try progress?(epoch)
        if errors == 0 {
            converged = true
            break
        }
    }
    return PerceptronRun(history: epochs, converged: converged,
                         network: Network(layers: [Layer(weights: weights, bias: bias, activation: .step)]))
}
}
