/// Counts of true class (rows) against predicted class (columns).
public struct ConfusionMatrix: Sendable, Equatable {
    /// `counts[i, j]` is the number of examples of class i predicted as class j.
    public var counts: Matrix
    /// The class names, when the dataset has them.
    public var classNames: [String]?

    /// The fraction of examples on the diagonal.
    public var accuracy: Double {
        let total = counts.sum()
        return total == 0 ? 0 : (0..<counts.rows).reduce(0) { $0 + counts[$1, $1] } / total
    }
}

extension Network {
    /// The predicted class of every example: the index of the largest output, or for a single
    /// output 1 when it is at least ½ (a sigmoid or step unit's decision threshold), else 0.
    public func predictClasses(_ inputs: Matrix) throws -> [Int] {
        Network.classes(of: try predict(inputs))
    }

    /// The fraction of `dataset`'s examples whose predicted class is their class.
    public func accuracy(on dataset: Dataset) throws -> Double {
        try confusionMatrix(on: dataset).accuracy
    }

    /// The confusion matrix of the network's predicted classes on `dataset`.
    public func confusionMatrix(on dataset: Dataset) throws -> ConfusionMatrix {
        let predicted = try predictClasses(dataset.inputs)
        let truth = dataset.labels ?? Network.classes(of: dataset.targets)
        let classes = Swift.max(dataset.classCount, outputCount == 1 ? 2 : outputCount,
                                (truth.max() ?? -1) + 1, (predicted.max() ?? -1) + 1)
        var counts = Matrix(rows: classes, columns: classes)
        for (actual, guess) in zip(truth, predicted) { counts[actual, guess] += 1 }
        return ConfusionMatrix(counts: counts, classNames: dataset.classNames)
    }

    /// Classes read off output or target rows, by the rule of `predictClasses`.
    static func classes(of outputs: Matrix) -> [Int] {
        (0..<outputs.rows).map { row in
            if outputs.columns == 1 { return outputs[row, 0] >= 0.5 ? 1 : 0 }
            var best = 0
            for column in 1..<outputs.columns where outputs[row, column] > outputs[row, best] { best = column }
            return best
        }
    }
}
