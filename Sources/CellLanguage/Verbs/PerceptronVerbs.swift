import Display
import NotebookDisplay
import NumericCore

/// `perceptron(data, learningRate:, maxEpochs:)`: the perceptron rule (Huang eqs. 6–7) epoch by epoch.
enum PerceptronVerbs {
    /// The most epochs a run may ask for: each keeps its weights (about 200 bytes for a 2-input unit).
    static let maximumEpochs = 1_000_000

    static let builtins: [Builtin] = [
        Builtin("perceptron(_:learningRate?:maxEpochs?:)") { arguments, context in
            let data = try arguments.dataset(0)
            let rate = try arguments.has("learningRate") ? arguments.double("learningRate") : 1
            let epochs = try arguments.has("maxEpochs")
                ? arguments.positiveInt("maxEpochs", atMost: maximumEpochs, because: "the run keeps every epoch's weights")
                : 100
            // Every epoch counts toward the cell's time limit.
            let run = try PerceptronRun.training(data, learningRate: rate, maxEpochs: epochs) { _ in try context.tick() }
            return .object(PerceptronObject(run))
        },
    ]
}

/// A perceptron run: a row per epoch (weights, bias, errors) and whether it converged.
final class PerceptronObject: CellObject {
    let run: PerceptronRun
    init(_ run: PerceptronRun) { self.run = run }

    var typeName: String { "PerceptronRun" }

    func display() -> [DisplayBlock] { run.display }

    var memberNames: [String] { ["converged", "epochs", "errors", "weights", "bias", "network"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "converged": return .bool(run.converged)
        case "epochs": return .int(run.epochs)
        case "errors": return .array(run.errors.map { .int($0) })
        case "weights": return .matrix(run.network.layers[0].weights)
        case "bias": return .matrix(run.network.layers[0].bias)
        case "network": return .object(NetworkObject(run.network))
        default: return nil
        }
    }
}
