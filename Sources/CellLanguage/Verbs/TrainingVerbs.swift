import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookDisplay
import NumericCore

/// `train(net, on: data, loss:, learningRate:, epochs:, batch:, regularization:, seed:)`: gradient
/// descent (full batch, stochastic or mini-batch), returning the history with the trained network.
///
/// Without `seed:` the shuffles draw from the cell's seeded generator. Progress goes to standard
/// error only when it is a terminal and the run has taken more than a second.
enum TrainingVerbs {
    static let builtins: [Builtin] = [
        Builtin("train(_:on:loss:learningRate:epochs:batch?:regularization?:seed?:)") { arguments, context in
            let data = try arguments.dataset("on")
            return try train(arguments, inputs: data.inputs, targets: data.targets, context: context)
        },
        Builtin("train(_:inputs:targets:loss:learningRate:epochs:batch?:regularization?:seed?:)") { arguments, context in
            let (inputs, targets) = try BackwardVerbs.batch(arguments)
            return try train(arguments, inputs: inputs, targets: targets, context: context)
        },
    ]

    /// How long a run must take before it reports progress, and how often it then does.
    static let progressDelay = Duration.seconds(1)
    static let progressInterval = Duration.milliseconds(250)

    static func train(_ arguments: Arguments, inputs: Matrix, targets: Matrix, context: CellContext) throws -> Value {
        let network = try arguments.network(0).network
        let loss = try arguments.loss("loss")
        let rate = try arguments.double("learningRate")
        guard rate > 0, rate.isFinite else {
            throw CellError("the learning rate must be positive, found \(NetworkNotation.number(rate))",
                            argumentIndex: arguments.argumentIndex(of: "learningRate"))
        }
        let epochs = try arguments.positiveInt("epochs", atMost: ResourceLimits.maximumElements,
                                               because: "the history keeps one loss per epoch")
        let batch = try arguments.batchMode("batch")
        let regularization = try arguments.regularization("regularization")
        let reporter = ProgressReporter()
        defer { reporter.finish() }
        let progress: (TrainingProgress) throws -> Void = { state in
            try context.tick()
            reporter.report(state)
        }
        let history: TrainingHistory
        if let seed = try arguments.seed("seed") {
            history = try network.train(inputs: inputs, targets: targets, loss: loss, learningRate: rate, epochs: epochs,
                                        batch: batch, regularization: regularization, seed: seed, progress: progress)
        } else {
            history = try network.train(inputs: inputs, targets: targets, loss: loss, learningRate: rate, epochs: epochs,
                                        batch: batch, regularization: regularization, generator: &context.random,
                                        progress: progress)
        }
        return .object(TrainingHistoryObject(history))
    }
}

/// Writes `epoch e/E  loss …` over one line of standard error, for long runs in a terminal only.
final class ProgressReporter {
    private let start = ContinuousClock.now
    private var lastReport: ContinuousClock.Instant?
    private var wrote = false
    private var epochsSinceCheck = 0
    private let isTerminal = isatty(STDERR_FILENO) != 0

    func report(_ state: TrainingProgress) {
        guard isTerminal else { return }
        epochsSinceCheck += 1
        // Reading the clock costs more than a small net's epoch; look every 256 epochs (and at the end).
        guard epochsSinceCheck >= 256 || state.epoch == state.epochs else { return }
        epochsSinceCheck = 0
        let now = ContinuousClock.now
        guard now - start >= TrainingVerbs.progressDelay else { return }
        if let lastReport, now - lastReport < TrainingVerbs.progressInterval, state.epoch != state.epochs { return }
        lastReport = now
        wrote = true
        StandardError.write("\rtrain: epoch \(state.epoch)/\(state.epochs)  loss \(NumberFormat.format(state.loss))   ")
    }

    func finish() {
        if wrote { StandardError.write("\n") }
    }
}

/// A training run: its final loss and loss curve, the trained network and every epoch's loss.
final class TrainingHistoryObject: CellObject {
    let history: TrainingHistory
    init(_ history: TrainingHistory) { self.history = history }

    var typeName: String { "TrainingHistory" }

    func display() -> [DisplayBlock] { history.display }

    var description: String { history.summary }

    var memberNames: [String] { ["network", "losses", "finalLoss", "epochs", "lossCurve", "learningRate"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network": return .object(NetworkObject(history.network))
        case "losses": return .array(history.losses.map { .double($0) })
        case "finalLoss": return .double(history.finalLoss)
        case "epochs": return .int(history.epochs)
        case "lossCurve": return .object(PlotObject(try history.lossCurvePlot()))
        case "learningRate": return .double(history.learningRate)
        default: return nil
        }
    }
}
