import CKernels
/// How many examples each gradient-descent update sees.
public enum BatchMode: Sendable, Equatable, CustomStringConvertible {
    /// One update per epoch on the whole training set, in order.
    case fullBatch
    /// One update per example, in a fresh seeded shuffle every epoch.
    case stochastic
    /// One update per batch of this many examples (the last may be smaller), reshuffled every epoch.
    case miniBatch(Int)

    /// How a cell writes it, e.g. `miniBatch(64)`.
    public var description: String {
        switch self {
        case .fullBatch: return "fullBatch"
        case .stochastic: return "stochastic"
        case let .miniBatch(size): return "miniBatch(\(size))"
        }
    }
}

/// Where a training run is, passed to the progress callback after every epoch.
public struct TrainingProgress: Sendable, Equatable {
    /// The epoch just finished, from 1.
    public var epoch: Int
    /// The number of epochs requested.
    public var epochs: Int
    /// That epoch's loss (see `TrainingHistory.losses`).
    public var loss: Double
}

/// A finished training run: the trained network and the loss of every epoch.
public struct TrainingHistory: Sendable, Equatable {
    /// The network after the last update.
    public var network: Network
    /// The objective per epoch: each update's batch loss accumulated over the epoch (summed for the
    /// sum forms, averaged over examples for the mean forms), plus the penalty at the epoch's start.
    /// For full batch this is exactly J(θ) before that epoch's update.
    public var losses: [Double]
    /// The objective over the whole training set with the final network.
    public var finalLoss: Double
    /// The loss that was minimised.
    public var loss: Loss
    /// The learning rate η.
    public var learningRate: Double
    /// How examples were grouped into updates.
    public var batch: BatchMode
    /// The penalty that was added.
    public var regularization: Regularization

    /// The number of epochs trained.
    public var epochs: Int { losses.count }
}

extension Network {
    /// Trains by gradient descent on `inputs` (one example per row) and `targets`, shuffling with
    /// `generator` for stochastic and mini-batch updates; throws, naming the epoch, when the loss
    /// becomes NaN or infinite, and rethrows whatever `progress` throws (to stop a run early).
    ///
    /// ```swift
    /// let run = try net.train(on: .xor(), loss: .meanSquared, learningRate: 2, epochs: 5000, seed: 1)
    /// ```
    public func train(inputs: Matrix, targets: Matrix, loss: Loss, learningRate: Double, epochs: Int,
                      batch: BatchMode = .fullBatch, regularization: Regularization = .none,
                      generator: inout SeededGenerator,
                      progress: ((TrainingProgress) throws -> Void)? = nil) throws -> TrainingHistory {
        try validate(inputs: inputs, targets: targets, loss: loss)
        guard epochs >= 0 else { throw NetworkError.invalidOption("epochs must not be negative, found \(epochs)") }
        guard learningRate.isFinite else { throw NetworkError.invalidOption("the learning rate must be finite") }
        let count = inputs.rows
        let batchSize: Int
        switch batch {
        case .fullBatch: batchSize = count
        case .stochastic: batchSize = 1
        case let .miniBatch(size):
            guard size > 0 else { throw NetworkError.invalidOption("mini-batch size must be positive, found \(size)") }
            batchSize = Swift.min(size, count)
        }
        let workspace = Workspace(self, capacity: batchSize)
        var losses: [Double] = []
        // One loss per epoch, grown as the epochs run: a huge count must not allocate its history up front.
        losses.reserveCapacity(Swift.min(epochs, 1 << 16))
        if count > 0 {
            try inputs.storage.withUnsafeBufferPointer { x in
                try targets.storage.withUnsafeBufferPointer { t in
                    var loop = TrainingLoop(workspace: workspace, inputs: x.baseAddress!, targets: t.baseAddress!,
                                            count: count, batchSize: batchSize, shuffles: batch != .fullBatch,
                                            loss: loss, learningRate: learningRate, regularization: regularization)
                    var epoch = 0
                    while epoch < epochs {
                        epoch += 1
                        let value = loop.epoch(&generator)
                        guard value.isFinite else { throw NetworkError.diverged(epoch: epoch, loss: value) }
                        losses.append(value)
                        try progress?(TrainingProgress(epoch: epoch, epochs: epochs, loss: value))
                    }
                }
            }
        }
        let trained = workspace.network()
        let finalLoss = try trained.loss(inputs: inputs, targets: targets, loss: loss, regularization: regularization)
        return TrainingHistory(network: trained, losses: losses, finalLoss: finalLoss, loss: loss,
                               learningRate: learningRate, batch: batch, regularization: regularization)
    }

    /// `train(inputs:targets:…)` with a generator made from `seed`.
    public func train(inputs: Matrix, targets: Matrix, loss: Loss, learningRate: Double, epochs: Int,
                      batch: BatchMode = .fullBatch, regularization: Regularization = .none, seed: UInt64 = 0,
                      progress: ((TrainingProgress) throws -> Void)? = nil) throws -> TrainingHistory {
        var generator = SeededGenerator(seed: seed)
        return try train(inputs: inputs, targets: targets, loss: loss, learningRate: learningRate, epochs: epochs,
                         batch: batch, regularization: regularization, generator: &generator, progress: progress)
    }

    /// Trains on a dataset's inputs and targets; see `train(inputs:targets:…)`.
    public func train(on dataset: Dataset, loss: Loss, learningRate: Double, epochs: Int,
                      batch: BatchMode = .fullBatch, regularization: Regularization = .none,
                      generator: inout SeededGenerator,
                      progress: ((TrainingProgress) throws -> Void)? = nil) throws -> TrainingHistory {
        try train(inputs: dataset.inputs, targets: dataset.targets, loss: loss, learningRate: learningRate,
                  epochs: epochs, batch: batch, regularization: regularization, generator: &generator,
                  progress: progress)
    }

    /// Trains on a dataset with a generator made from `seed`; see `train(inputs:targets:…)`.
    public func train(on dataset: Dataset, loss: Loss, learningRate: Double, epochs: Int,
                      batch: BatchMode = .fullBatch, regularization: Regularization = .none, seed: UInt64 = 0,
                      progress: ((TrainingProgress) throws -> Void)? = nil) throws -> TrainingHistory {
        var generator = SeededGenerator(seed: seed)
        return try train(on: dataset, loss: loss, learningRate: learningRate, epochs: epochs, batch: batch,
                         regularization: regularization, generator: &generator, progress: progress)
    }
}

/// The allocation-free inner loop of `train`: every buffer is made before the first epoch.
private struct TrainingLoop {
    let workspace: Workspace
    let inputs: UnsafePointer<Double>
    let targets: UnsafePointer<Double>
    let count: Int
    let batchSize: Int
    let shuffles: Bool
    let loss: Loss
    let learningRate: Double
    let regularization: Regularization
    var order: [Int]

    init(workspace: Workspace, inputs: UnsafePointer<Double>, targets: UnsafePointer<Double>, count: Int,
         batchSize: Int, shuffles: Bool, loss: Loss, learningRate: Double, regularization: Regularization) {
        (self.workspace, self.inputs, self.targets, self.count) = (workspace, inputs, targets, count)
        (self.batchSize, self.shuffles, self.loss) = (batchSize, shuffles, loss)
        (self.learningRate, self.regularization) = (learningRate, regularization)
        order = Array(0..<count)
    }

    /// Runs one epoch of updates and returns its loss (see `TrainingHistory.losses`).
    mutating func epoch(_ generator: inout SeededGenerator) -> Double {
        var total = regularization.isNone ? 0 : workspace.penalty(regularization)
        guard shuffles else {
            // Full batch: the data is already one contiguous batch; no copy.
            total += workspace.step(inputs, targets, rows: count, loss, learningRate, regularization)
            return total
        }
        generator.shuffle(&order)
        let nIn = workspace.sizes[0], nOut = workspace.sizes[workspace.sizes.count - 1]
        var lossSum = 0.0
        for start in stride(from: 0, to: count, by: batchSize) {
            let rows = Swift.min(batchSize, count - start)
            order.withUnsafeBufferPointer { order in
                nbrun_gather_rows(inputs, nIn, order.baseAddress!, start, rows, workspace.inputBatch)
                nbrun_gather_rows(targets, nOut, order.baseAddress!, start, rows, workspace.targetBatch)
            }
            let value = workspace.step(workspace.inputBatch, workspace.targetBatch, rows: rows,
                                       loss, learningRate, regularization)
            // Mean forms report the mean over the epoch's examples, sum forms the sum.
            lossSum += loss.averagesOverExamples ? value * Double(rows) : value
        }
        return total + (loss.averagesOverExamples ? lossSum / Double(count) : lossSum)
    }
}

extension Workspace {
    /// Forward, backward, penalty gradient and update on one batch; returns the batch's data loss.
    @inline(__always)
    func step(_ inputs: UnsafePointer<Double>, _ targets: UnsafePointer<Double>, rows: Int,
              _ loss: Loss, _ learningRate: Double, _ regularization: Regularization) -> Double {
        forward(inputs, rows: rows)
        // Without a penalty, backward takes the step itself, layer by layer.
        guard !regularization.isNone else { return backward(inputs, targets: targets, rows: rows, loss: loss, updating: learningRate) }
        let value = backward(inputs, targets: targets, rows: rows, loss: loss)
        _ = regularize(regularization)
        update(learningRate: learningRate)
        return value
    }
}
