import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookDisplay
import NumericCore

/// A dataset as a cell value: inputs (one example per row), targets, and class labels when it has them.
///
/// Displays as a table with a row per example (x₁ x₂ … then t₁ … or the class), cut after a dozen rows.
final class DatasetObject: CellObject {
    let dataset: Dataset
    init(_ dataset: Dataset) { self.dataset = dataset }

    var typeName: String { "Dataset" }

    func display() -> [DisplayBlock] { dataset.display }

    static let methods = ["shuffled", "split", "batches", "scalingInputs", "selecting"]

    var memberNames: [String] {
        ["inputs", "targets", "labels", "classNames", "count", "classCount"] + DatasetObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "inputs": return .matrix(dataset.inputs)
        case "targets": return .matrix(dataset.targets)
        // Optional, as in Swift: nil for a dataset of numeric targets.
        case "labels": return dataset.labels.map { .array($0.map { .int($0) }) } ?? .absent
        case "classNames": return dataset.classNames.map { .array($0.map { .string($0) }) } ?? .absent
        case "count": return .int(dataset.count)
        case "classCount": return .int(dataset.classCount)
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        guard DatasetObject.methods.contains(name), let function = BuiltinRegistry.lookup("Dataset." + name) else { return nil }
        return try function.call([Argument(.object(self))] + arguments, context: context)
    }

    /// `data[i]`: example `i` as a dataset of one row.
    func subscriptValue(_ indices: [Value], context: CellContext) throws -> Value? {
        guard indices.count == 1, case .int(let index) = indices[0] else {
            throw CellError("a dataset is indexed by one Int, found \(indices.map(\.typeName).joined(separator: ", "))")
        }
        guard index >= 0 && index < dataset.count else {
            throw CellError("index \(index) is out of range for a dataset of \(dataset.count) examples")
        }
        return .object(DatasetObject(try dataset.selecting([index])))
    }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let object as DatasetObject) = other else { return false }
        return object.dataset == dataset
    }
}

/// Built-in datasets, literals, CSV files, one-hot labels, and the seeded shuffle, split and batches.
enum DatasetVerbs {
    static func wrap(_ dataset: Dataset) -> Value { .object(DatasetObject(dataset)) }

    static func builtin(_ name: String, _ make: @escaping @Sendable (Bool) throws -> Dataset) -> [Builtin] {
        [Builtin("Dataset.\(name)(bipolar?:)") { arguments, _ in
            wrap(try make(try arguments.has("bipolar") ? arguments.bool("bipolar") : false))
        },
        Builtin(".\(name)(bipolar?:)") { arguments, _ in
            wrap(try make(try arguments.has("bipolar") ? arguments.bool("bipolar") : false))
        }]
    }

    static let builtins: [Builtin] = builtin("xor") { .xor(bipolar: $0) } + builtin("and") { .and(bipolar: $0) }
        + builtin("or") { .or(bipolar: $0) } + moreBuiltins + [
        Builtin("Dataset.parity(bits:bipolar?:)") { arguments, _ in
            wrap(try .checkedParity(bits: try arguments.int("bits"), bipolar: try arguments.has("bipolar") ? arguments.bool("bipolar") : false))
        },
        Builtin(".parity(bits:bipolar?:)") { arguments, _ in
            wrap(try .checkedParity(bits: try arguments.int("bits"), bipolar: try arguments.has("bipolar") ? arguments.bool("bipolar") : false))
        },
        Builtin("Dataset.truthTable(bits:_:)") { arguments, context in try truthTable(arguments, context: context) },
        Builtin("Dataset.truthTable(bits:bipolar:_:)") { arguments, context in try truthTable(arguments, context: context) },
    ]

    /// `Dataset.truthTable(bits: 2) { b in b[0] * b[1] }`: every combination of bits with the closure's 0/1 value.
    static func truthTable(_ arguments: Arguments, context: CellContext) throws -> Value {
        let function = try arguments.closure(arguments.count - 1)
        var failure: (any Error)?
        let data = try Dataset.checkedTruthTable(bits: try arguments.int("bits"),
                                          bipolar: try arguments.has("bipolar") ? arguments.bool("bipolar") : false) { bits in
            do {
                let result = try context.call(function, [.array(bits.map { .int($0) })])
                if case .bool(let flag) = result { return flag ? 1 : 0 }
                guard case .int(let value) = result else {
                    throw CellError("a truth table's closure must return an Int or a Bool, found \(result.typeName) \(result.shortDescription)")
                }
                return value
            } catch {
                failure = failure ?? error
                return 0
            }
        }
        if let failure { throw failure }
        return wrap(data)
    }

    /// Literals, CSV files, one-hot labels and the seeded shuffle, split and batches.
    static let moreBuiltins: [Builtin] = [
        Builtin("Dataset(inputs:targets:)") { arguments, _ in
            let inputs = try arguments.matrix("inputs")
            return wrap(try Dataset(validating: inputs, targets: column(try arguments.matrix("targets"), examples: inputs.rows)))
        },
        Builtin("Dataset(inputs:labels:classNames?:)") { arguments, _ in
            let labels = try arguments.array("labels").map { value -> Int in
                guard case .int(let label) = value, label >= 0 else {
                    throw arguments.mismatch(1, expected: "class labels (Ints ≥ 0) such as [0, 1, 1, 0]", found: value)
                }
                return label
            }
            let names = try arguments.has("classNames") ? arguments.array("classNames").map(\.description) : nil
            return wrap(try Dataset(validating: try arguments.matrix("inputs"), labels: labels, classNames: names))
        },
        Builtin("Dataset.csv(_:)") { arguments, context in
            let path = try arguments.string(0)
            // Relative paths are relative to the notebook's folder, so `nbrun` works from any directory.
            let resolved: String
            do throws(ReadableFiles.Refusal) { resolved = try context.readableFiles.resolve(path) } catch {
                let argument = arguments.argumentIndex(0)
                switch error {
                case .missing(let looked):
                    throw CellError("no CSV file at '\(path)' (looked in \(looked))", argumentIndex: argument)
                case .notAFile(let looked):
                    throw CellError("'\(path)' is not a file (looked in \(looked)); give the path of a CSV file", argumentIndex: argument)
                case .outside:
                    throw CellError("'\(path)' is outside the notebook's folder; cells read files only there "
                                    + "or in a folder given with --allow-read", argumentIndex: argument)
                case .notebook:
                    throw CellError("'\(path)' is a notebook; while grading, cells may not read notebooks", argumentIndex: argument)
                }
            }
            context.filesRead.append(resolved)
            return wrap(try Dataset.csv(path: resolved))
        },
        Builtin("oneHot(_:classes:)") { arguments, _ in
            let labels = try arguments.array(0).map { value -> Int in
                guard case .int(let label) = value else { throw arguments.mismatch(0, expected: "Int class labels", found: value) }
                return label
            }
            return .matrix(try Dataset.oneHot(labels, classes: try arguments.int("classes")))
        },
        Builtin("Dataset.shuffled(_:)") { arguments, context in
            wrap(try arguments.dataset(0).shuffled(using: &context.random))
        },
        Builtin("Dataset.split(_:trainingFraction:)") { arguments, context in
            let (training, test) = try arguments.dataset(0).split(trainingFraction: try arguments.double("trainingFraction"), using: &context.random)
            return .tuple([wrap(training), wrap(test)])
        },
        Builtin("Dataset.batches(_:size:)") { arguments, context in
            .array(try arguments.dataset(0).batches(size: try arguments.int("size"), using: &context.random).map(wrap))
        },
        Builtin("Dataset.scalingInputs(_:by:)") { arguments, _ in
            wrap(try arguments.dataset(0).scalingInputs(by: try arguments.double("by")))
        },
        Builtin("Dataset.selecting(_:_:)") { arguments, _ in
            let data = try arguments.dataset(0)
            let indices = try arguments.array(1).map { value -> Int in
                guard case .int(let index) = value, index >= 0, index < data.count else {
                    throw CellError("expected example indices in 0..<\(data.count), found \(value.shortDescription)")
                }
                return index
            }
            return wrap(try data.selecting(indices))
        },
    ]

    /// Targets written as a flat list `[0, 1, 1, 0]` mean one target per example (a column).
    static func column(_ targets: Matrix, examples: Int) -> Matrix {
        targets.rows == 1 && examples > 1 && targets.columns == examples ? targets.transposed : targets
    }
}

/// A dataset is points for `scatter(data)` and a heat map's `points:`, as NotebookDisplay marks them.
extension DatasetObject: PlotClassPointSource {
    public var plotClassPoints: [Plot.ClassPoint] { get throws { try classPoints(of: dataset).points } }
    public var plotClassNames: [String] { (try? classPoints(of: dataset).classNames) ?? [] }
}
