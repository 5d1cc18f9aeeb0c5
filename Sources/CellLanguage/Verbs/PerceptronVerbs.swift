import Display
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
            let run = try perceptron(data, learningRate: rate, maxEpochs: epochs) { _ in try context.tick() }
            return .object(PerceptronObject(run, maxEpochs: epochs))
        },
    ]
}

/// A perceptron run: a row per epoch (weights, bias, errors) and whether it converged.
final class PerceptronObject: CellObject {
    let run: PerceptronRun
    let maxEpochs: Int

    init(_ run: PerceptronRun, maxEpochs: Int) {
        self.run = run
        self.maxEpochs = maxEpochs
    }

    var typeName: String { "PerceptronRun" }

    var verdict: String {
        run.converged ? "converged: epoch \(run.epochs.count) made no errors"
            : "did not converge in \(maxEpochs) epochs (still \(run.epochs.last?.errors ?? 0) errors in the last)"
    }

    func display() -> [DisplayBlock] {
        guard let first = run.epochs.first else { return [.text(verdict)] }
        let weightCount = first.weights.count, biasCount = first.bias.count
        let header = ["epoch"] + (0..<weightCount).map { NetworkNotation.name("w", $0 + 1) }
            + (biasCount == 1 ? ["b"] : (0..<biasCount).map { NetworkNotation.name("b", $0 + 1) }) + ["errors"]
        let rows = NetworkNotation.shownRows(run.epochs.count, limit: 14).map { index -> [String] in
            guard let index else { return ["⋮"] + header.dropFirst().map { _ in "" } }
            let epoch = run.epochs[index]
            return [String(epoch.epoch)] + epoch.weights.storage.map(NetworkNotation.number)
                + epoch.bias.storage.map(NetworkNotation.number) + [String(epoch.errors)]
        }
        return [.table(Table(caption: "perceptron rule, weights and bias at the end of each epoch", header: header, rows: rows)),
                .text(verdict)]
    }

    var memberNames: [String] { ["converged", "epochs", "errors", "weights", "bias", "network"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "converged": return .bool(run.converged)
        case "epochs": return .int(run.epochs.count)
        case "errors": return .array(run.epochs.map { .int($0.errors) })
        case "weights": return .matrix(run.network.layers[0].weights)
        case "bias": return .matrix(run.network.layers[0].bias)
        case "network": return .object(NetworkObject(run.network))
        default: return nil
        }
    }
}
