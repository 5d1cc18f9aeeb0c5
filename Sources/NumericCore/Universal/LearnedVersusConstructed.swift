/// A trained 1-n-1 net beside the step construction of the same width, both measured the same way.
public struct LearnedVersusConstructed: Sendable, Equatable {
    /// The number n of hidden units of both nets.
    public var units: Int
    /// The step construction.
    public var constructed: StepApproximation
    /// The trained 1-n-1 sigmoid/linear net.
    public var learned: Network
    /// The largest |learned(x) − f(x)| on the same error grid as the construction's.
    public var learnedMaxError: MaxError
    /// The training history's final mean squared error on the samples.
    public var finalLoss: Double
    /// The number of evenly spaced training samples of f on the interval.
    public var trainingSamples: Int
    /// The number of epochs trained.
    public var epochs: Int
}

/// Trains a 1-n-1 sigmoid/linear net (seeded initialisation, mean squared error, mini-batches of
/// 10, the existing `train`) on `trainingSamples` evenly spaced samples of f and reports its
/// largest error beside the step construction's with the same n. The defaults (learning rate 0.2,
/// 10,000 epochs) fit sin(3x) on [0, π] with n = 10 to a max error of about 0.03 where the steps
/// reach 0.18; a learning rate of 1 diverges there, and 2,000 epochs stop near 0.6.
///
/// ```swift
/// let duel = try learnedVersusConstructed(of: { sin(3 * $0) }, on: 0...Double.pi, units: 10)
/// (duel.constructed.maxError.value, duel.learnedMaxError.value)
/// ```
public func learnedVersusConstructed(of function: (Double) throws -> Double, on interval: ClosedRange<Double>,
                                     units: Int, trainingSamples: Int = 101, epochs: Int = 10_000,
                                     learningRate: Double = 0.2, seed: UInt64 = 1,
                                     errorSamples: Int = 1001) throws -> LearnedVersusConstructed {
    let constructed = try stepApproximation(of: function, on: interval, units: units, errorSamples: errorSamples)
    try require(trainingSamples >= 2, "training needs at least 2 samples, found \(trainingSamples)")
    let xs = evenlySpaced(interval, count: trainingSamples)
    let targets = try xs.map { try function($0) }
    var generator = SeededGenerator(seed: seed)
    let initial = try Network(sizes: [1, units, 1], activations: [.sigmoid, .linear], generator: &generator)
    let run = try initial.train(inputs: Matrix(column: xs), targets: Matrix(column: targets), loss: .meanSquared,
                                learningRate: learningRate, epochs: epochs, batch: .miniBatch(10),
                                generator: &generator)
    return LearnedVersusConstructed(
        units: units, constructed: constructed, learned: run.network,
        learnedMaxError: try maxError(of: run.network, approximating: function, on: interval, samples: errorSamples),
        finalLoss: run.finalLoss, trainingSamples: trainingSamples, epochs: epochs)
}
