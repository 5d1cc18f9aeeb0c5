/// Examples for training and testing: inputs and targets with one example per row, and
/// optionally each example's class (an index into `classNames`).
public struct Dataset: Sendable, Equatable {
    /// The inputs, one example per row.
    public var inputs: Matrix
    /// The targets, one example per row (one-hot rows for a classification set).
    public var targets: Matrix
    /// The class of each example, when the set is a classification problem.
    public var labels: [Int]?
    /// The name of each class, when known (e.g. iris's species).
    public var classNames: [String]?

    /// Creates a dataset; inputs, targets and labels of different lengths stop the program.
    public init(inputs: Matrix, targets: Matrix, labels: [Int]? = nil, classNames: [String]? = nil) {
        self = stopOnError { try Dataset(validating: inputs, targets: targets, labels: labels, classNames: classNames) }
    }

    /// Creates a dataset with one target number per example: `targets: [0.5, -0.5, 2.5, 1.5]`.
    public init(inputs: Matrix, targets: [Double]) {
        self.init(inputs: inputs, targets: Matrix(column: targets))
    }

    /// Creates a classification dataset whose targets are the one-hot rows of `labels`.
    public init(inputs: Matrix, labels: [Int], classNames: [String]? = nil) {
        self = stopOnError { try Dataset(validating: inputs, labels: labels, classNames: classNames) }
    }

    /// Creates a dataset, throwing unless inputs, targets and labels have the same number of rows.
    public init(validating inputs: Matrix, targets: Matrix, labels: [Int]? = nil, classNames: [String]? = nil) throws {
        guard inputs.rows == targets.rows, labels.map({ $0.count == inputs.rows }) ?? true else {
            throw DatasetError.rowCountMismatch(inputs: inputs.rows, targets: targets.rows, labels: labels?.count)
        }
        // Every label names a class: displays look its name up.
        if let classNames, let label = labels?.first(where: { $0 < 0 || $0 >= classNames.count }) {
            throw DatasetError.labelOutOfRange(label: label, classes: classNames.count)
        }
        self.inputs = inputs
        self.targets = targets
        self.labels = labels
        self.classNames = classNames
    }

    /// A classification dataset whose targets are the one-hot rows of `labels`, throwing on a mismatch.
    public init(validating inputs: Matrix, labels: [Int], classNames: [String]? = nil) throws {
        let classes = Swift.max(classNames?.count ?? 0, (labels.max() ?? -1) + 1)
        try self.init(validating: inputs, targets: Dataset.oneHot(labels, classes: classes),
                      labels: labels, classNames: classNames)
    }

    /// The number of examples.
    public var count: Int { inputs.rows }

    /// The number of classes: of `classNames`, else one past the largest label, else 0.
    public var classCount: Int { classNames?.count ?? labels.map { ($0.max() ?? -1) + 1 } ?? 0 }

    /// One row per label with a 1 in that label's column: `oneHot([2, 0], classes: 3)` is [[0,0,1],[1,0,0]].
    public static func oneHot(_ labels: [Int], classes: Int) throws -> Matrix {
        try Matrix.checkShape(rows: labels.count, columns: classes)
        var result = Matrix(rows: labels.count, columns: classes)
        for (row, label) in labels.enumerated() {
            guard (0..<classes).contains(label) else { throw DatasetError.labelOutOfRange(label: label, classes: classes) }
            result[row, label] = 1
        }
        return result
    }

    /// Example `index` as a dataset of one row (`data[0]`); an index out of range stops the program.
    public subscript(index: Int) -> Dataset {
        guard (0..<count).contains(index) else { stop("index \(index) is out of range for a dataset of \(count) examples") }
        return stopOnError { try selecting([index]) }
    }

    /// The examples at `indices`, in that order.
    public func selecting(_ indices: [Int]) throws -> Dataset {
        try Dataset(validating: inputs.selectingRows(indices), targets: targets.selectingRows(indices),
                    labels: labels.map { all in indices.map { all[$0] } }, classNames: classNames)
    }

    /// The examples in a random order drawn from `generator` (Fisher–Yates).
    public func shuffled(using generator: inout SeededGenerator) throws -> Dataset {
        try selecting(generator.permutation(count))
    }

    /// A seeded shuffle, then the first `trainingFraction` of the examples (rounded) for training and the rest for testing.
    public func split(trainingFraction: Double,
                      using generator: inout SeededGenerator) throws -> (training: Dataset, test: Dataset) {
        guard trainingFraction >= 0, trainingFraction <= 1 else {
            throw DatasetError.invalidFraction(trainingFraction)
        }
        let order = generator.permutation(count)
        let cut = Int((trainingFraction * Double(count)).rounded())
        return (try selecting(Array(order[..<cut])), try selecting(Array(order[cut...])))
    }

    /// A seeded shuffle cut into batches of `size` examples (the last may be smaller).
    public func batches(size: Int, using generator: inout SeededGenerator) throws -> [Dataset] {
        guard size > 0 else { throw DatasetError.invalidBatchSize(size) }
        let order = generator.permutation(count)
        return try stride(from: 0, to: count, by: size).map {
            try selecting(Array(order[$0..<Swift.min($0 + size, count)]))
        }
    }

    /// The same examples with every input multiplied by `factor` (e.g. 1/16 for the digits' pixel counts).
    public func scalingInputs(by factor: Double) -> Dataset {
        var copy = self
        copy.inputs = inputs.scaled(by: factor)
        return copy
    }
}

/// What went wrong building or loading a dataset.
public enum DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Inputs, targets and labels disagree on the number of examples.
    case rowCountMismatch(inputs: Int, targets: Int, labels: Int?)
    /// A label outside 0..<classes.
    case labelOutOfRange(label: Int, classes: Int)
    /// A training fraction outside [0, 1].
    case invalidFraction(Double)
    /// A batch size that is not positive.
    case invalidBatchSize(Int)
    /// A file that could not be read.
    case unreadable(path: String, reason: String)
    /// A CSV line with a field that is not a number or a row of the wrong length.
    case malformed(line: Int, message: String)
    /// A parity or other built-in with an invalid size.
    case invalidSize(String)

    /// The message a notebook shows.
    public var description: String {
        switch self {
        case let .rowCountMismatch(inputs, targets, labels):
            return "a dataset needs as many target rows as input rows: \(inputs) inputs, \(targets) targets"
                + (labels.map { ", \($0) labels" } ?? "")
        case let .labelOutOfRange(label, classes): return "label \(label) is outside 0..<\(classes)"
        case let .invalidFraction(value): return "the training fraction must be between 0 and 1, found \(value)"
        case let .invalidBatchSize(size): return "the batch size must be positive, found \(size)"
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .malformed(line, message): return "line \(line): \(message)"
        case let .invalidSize(message): return message
        }
    }
}
