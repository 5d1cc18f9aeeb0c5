import Display
import NumericCore

/// `learnedVersusConstructed(f, over:, units: n, epochs:)`: a 1-n-1 sigmoid net trained on samples of
/// f beside the n-step construction (NumericCore's ``LearnedVersusConstructed``), drawn with f.
@dynamicMemberLookup
public struct LearnedVersusConstructedReport: Displayable {
    /// The two nets and their errors.
    public let duel: LearnedVersusConstructed
    /// The construction, shown as `approximate` shows it.
    public let constructed: StepApproximationReport
    /// The learning rate used.
    public let learningRate: Double
    /// f, the constructed net and the learned net on the interval.
    public let plot: Plot

    /// Trains and constructs, or an error that names the mistake.
    public init(approximating function: (Double) throws -> Double, over interval: ClosedRange<Double>, units: Int,
                epochs: Int = 2000, learningRate: Double = 0.2, samples: Int = 101, seed: UInt64,
                label: String = "f(x)") throws {
        duel = try learnedVersusConstructed(of: function, on: interval, units: units, trainingSamples: samples,
                                            epochs: epochs, learningRate: learningRate, seed: seed)
        constructed = try StepApproximationReport(duel.constructed, function: function, label: label)
        self.learningRate = learningRate
        let target = try Plot.Series.sampling(label, over: interval, samples: UniversalNotation.curveSamples, function)
        plot = try Plot.lines([target,
                               try UniversalNotation.series("constructed", of: duel.constructed.network, over: interval),
                               try UniversalNotation.series("learned", of: duel.learned, over: interval)],
                              title: "\(label), constructed and learned, \(units) hidden units each",
                              x: Plot.Axis("x"), y: Plot.Axis("y"))
    }

    /// The duel's own properties: `units`, `learned`, `finalLoss`, `epochs`, ….
    public subscript<T>(dynamicMember keyPath: KeyPath<LearnedVersusConstructed, T>) -> T { duel[keyPath: keyPath] }

    /// The trained net.
    public var network: Network { duel.learned }
    /// The trained net's largest error.
    public var learnedError: Double { duel.learnedMaxError.value }
    /// The construction's largest error.
    public var constructedError: Double { duel.constructed.maxError.value }

    /// net | largest error | at x, for both nets.
    public var table: Table {
        Table(caption: "two \(UniversalNotation.shape(duel.learned)) sigmoid nets for \(constructed.label), largest error on \(duel.learnedMaxError.samples) points",
              header: ["net", "largest error", "at x"],
              rows: [["constructed (\(duel.units) steps)", NumberFormat.format(duel.constructed.maxError.value),
                      NumberFormat.format(duel.constructed.maxError.at)],
                     ["learned", NumberFormat.format(duel.learnedMaxError.value), NumberFormat.format(duel.learnedMaxError.at)]])
    }

    /// How the learned net was trained.
    public var trainingNote: String {
        "learned: \(duel.epochs) epochs of mini-batch gradient descent (batches of 10, η = "
            + "\(NumberFormat.format(learningRate))) on \(duel.trainingSamples) evenly spaced samples, "
            + "final mean squared error \(NumberFormat.format(duel.finalLoss))"
    }

    public var display: [DisplayBlock] { [.table(table), .text(trainingNote), .plot(plot)] }
    public var inlineText: String { table.text + "\n" + trainingNote }
}

/// Trains a 1-`units`-1 sigmoid net on samples of `function` and builds the `units`-step
/// construction beside it; without `seed` the initial weights come from the cell's generator.
public func learnedVersusConstructed(_ function: (Double) -> Double, over interval: ClosedRange<Double>, units: Int,
                                     epochs: Int = 2000, learningRate: Double = 0.2, samples: Int = 101,
                                     seed: UInt64? = nil, label: String = "f(x)") -> LearnedVersusConstructedReport {
    let seed = seed ?? CellRandomness.withGenerator { $0.next() }
    return stopOnError {
        try LearnedVersusConstructedReport(approximating: function, over: interval, units: units, epochs: epochs,
                                           learningRate: learningRate, samples: samples, seed: seed, label: label)
    }
}
