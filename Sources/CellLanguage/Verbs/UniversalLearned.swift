import Display
import NumericCore

/// `learnedVersusConstructed(f, over:, units: n, epochs:)`: a 1-n-1 sigmoid net trained on samples
/// of f beside the n-step construction, both measured on the same 1001 points and drawn with f.
final class LearnedVersusConstructedObject: ConstructedNetworkReport {
    let duel: LearnedVersusConstructed
    let learningRate: Double
    let constructed: StepApproximationObject
    /// The trained net (`.network`; the construction's is `.constructed.network`).
    let networkObject: NetworkObject
    let functionLabel: String
    let plot: Plot

    init(_ duel: LearnedVersusConstructed, function: Value, learningRate: Double, context: CellContext) throws {
        self.duel = duel
        self.learningRate = learningRate
        constructed = try StepApproximationObject(duel.constructed, function: function, context: context)
        networkObject = NetworkObject(duel.learned)
        functionLabel = constructed.functionLabel
        let interval = duel.constructed.interval
        let target = try PlotSampling.series(function, label: functionLabel, over: interval,
                                             samples: UniversalDisplay.curveSamples, context: context)
        plot = try Plot.lines([target,
                               try UniversalDisplay.series("constructed", of: duel.constructed.network, over: interval),
                               try UniversalDisplay.series("learned", of: duel.learned, over: interval)],
                              title: "\(functionLabel), constructed and learned, \(duel.units) hidden units each",
                              x: Plot.Axis("x"), y: Plot.Axis("y"))
    }

    var typeName: String { "LearnedVersusConstructed" }

    var table: Table {
        let shape = UniversalDisplay.shape(duel.learned)
        return Table(caption: "two \(shape) sigmoid nets for \(functionLabel), largest error on \(duel.learnedMaxError.samples) points",
                     header: ["net", "largest error", "at x"],
                     rows: [["constructed (\(duel.units) steps)", UniversalDisplay.number(duel.constructed.maxError.value),
                             UniversalDisplay.number(duel.constructed.maxError.at)],
                            ["learned", UniversalDisplay.number(duel.learnedMaxError.value),
                             UniversalDisplay.number(duel.learnedMaxError.at)]])
    }

    var trainingNote: String {
        "learned: \(duel.epochs) epochs of mini-batch gradient descent (batches of 10, η = "
            + "\(UniversalDisplay.number(learningRate))) on \(duel.trainingSamples) evenly spaced samples, "
            + "final mean squared error \(UniversalDisplay.number(duel.finalLoss))"
    }

    func display() -> [DisplayBlock] { [.table(table), .text(trainingNote), .plot(plot)] }

    var description: String { table.text + "\n" + trainingNote }

    var memberNames: [String] {
        ["network", "learned", "constructed", "units", "learnedError", "constructedError", "finalLoss", "epochs",
         "plot", "table"] + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network", "learned": return .object(networkObject)
        case "constructed": return .object(constructed)
        case "units": return .int(duel.units)
        case "learnedError": return .double(duel.learnedMaxError.value)
        case "constructedError": return .double(duel.constructed.maxError.value)
        case "finalLoss": return .double(duel.finalLoss)
        case "epochs": return .int(duel.epochs)
        case "plot": return .object(PlotObject(plot))
        case "table": return .object(UniversalTableObject(table))
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        try networkMethod(name, arguments: arguments, context: context)
    }
}
