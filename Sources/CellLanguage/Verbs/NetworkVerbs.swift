import Display
import NotebookDisplay
import NumericCore

/// `Network(sizes:activations:seed:)`, `Network(layers:)`, `Layer(weights:bias:activation:)`,
/// `predict`, `predictClasses`, `accuracy`, `confusionMatrix` and the heat map of a net's output.
enum NetworkVerbs {
    static let builtins: [Builtin] = [
        Builtin("Network(sizes:activations:seed?:)") { arguments, context in
            let sizes = try arguments.array("sizes").enumerated().map { index, value -> Int in
                guard case .int(let size) = value else {
                    throw arguments.mismatch(arguments.index(of: "sizes"), expected: "layer sizes such as [2, 2, 1]", found: .array(try arguments.array("sizes")))
                }
                return size
            }
            let activations = try arguments.activations("activations")
            try ResourceLimits.checkEntryCount(ofShapes: zip(sizes, sizes.dropFirst()))
            // Small random weights (uniform in ±1/√fan-in, biases 0): from `seed:` when given, else
            // from the cell's own seeded generator, so the notebook stays reproducible.
            if let seed = try arguments.seed("seed") {
                return .object(NetworkObject(try Network(sizes: sizes, activations: activations, seed: seed)))
            }
            return .object(NetworkObject(try Network(sizes: sizes, activations: activations, generator: &context.random)))
        },
        Builtin("Network(layers:)") { arguments, _ in
            let layers = try arguments.array("layers").map { value -> Layer in
                guard case .object(let layer as LayerObject) = value else {
                    throw arguments.mismatch(0, expected: "an array of Layer values", found: value)
                }
                return try layer.layer()
            }
            let network = Network(layers: layers)
            try network.validate()
            return .object(NetworkObject(network))
        },
        Builtin("Layer(weights:bias?:activation:)") { arguments, _ in
            let weights = try arguments.matrix("weights")
            var bias = Matrix(rows: 1, columns: weights.columns)
            if let value = arguments.optional("bias") {
                if let number = value.asDouble { bias = Matrix(row: [number]) } else { bias = try arguments.matrix("bias") }
                if bias.columns == 1 && bias.rows > 1 { bias = bias.transposed }
            }
            guard bias.rows == 1, bias.columns == weights.columns else {
                throw CellError("a layer with \(weights.columns) units (W is \(weights.rows)×\(weights.columns), inputs × outputs) needs a 1×\(weights.columns) bias, found \(bias.rows)×\(bias.columns)",
                                argumentIndex: arguments.argumentIndex(1))
            }
            return .object(LayerObject(Layer(weights: weights, bias: bias, activation: try arguments.activation("activation"))))
        },
        Builtin("predict(_:_:)") { arguments, _ in
            .matrix(try arguments.network(0).network.predict(try inputs(arguments, 1)))
        },
        Builtin("predictClasses(_:_:)") { arguments, _ in
            .array(try arguments.network(0).network.predictClasses(try inputs(arguments, 1)).map { .int($0) })
        },
        Builtin("accuracy(_:on:)") { arguments, _ in
            .double(try arguments.network(0).network.accuracy(on: try arguments.dataset("on")))
        },
        Builtin("confusionMatrix(_:on:)") { arguments, _ in
            .object(ConfusionMatrixObject(try arguments.network(0).network.confusionMatrix(on: try arguments.dataset("on"))))
        },
        Builtin("heatMap(_:x:y:points?:output?:resolution?:title?:)") { arguments, _ in
            try heatMap(arguments)
        },
    ]

    /// Parameter `index` as a batch of inputs: a matrix (a flat array is one example) or a dataset's inputs.
    static func inputs(_ arguments: Arguments, _ index: Int) throws -> Matrix {
        switch try arguments.value(index) {
        case .object(is DatasetObject), .symbol: return try arguments.dataset(index).inputs
        default: return try arguments.matrix(index)
        }
    }

    /// A net's output over a 2-D region, with a dataset's points marked by class (``heatMapPlot``).
    static func heatMap(_ arguments: Arguments) throws -> Value {
        let outputIndex = arguments.argumentIndex(of: "output")
        do {
            return .object(PlotObject(try heatMapPlot(
                try arguments.network(0).network, x: try arguments.closedRange("x"), y: try arguments.closedRange("y"),
                points: arguments.has("points") ? try arguments.dataset("points") : nil,
                output: arguments.has("output") ? try arguments.int("output") : 0,
                resolution: arguments.has("resolution") ? try arguments.int("resolution") : 40,
                title: arguments.has("title") ? try arguments.string("title") : nil)))
        } catch let error as HeatMapError {
            throw CellError(error.description, argumentIndex: error.description.hasPrefix("output") ? outputIndex : nil)
        }
    }
}

/// Counts of true against predicted classes, displayed as a table with the accuracy.
final class ConfusionMatrixObject: CellObject {
    let confusion: ConfusionMatrix
    init(_ confusion: ConfusionMatrix) { self.confusion = confusion }

    var typeName: String { "ConfusionMatrix" }

    func display() -> [DisplayBlock] { confusion.display }

    var memberNames: [String] { ["counts", "accuracy", "classNames"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "counts": return .matrix(confusion.counts)
        case "accuracy": return .double(confusion.accuracy)
        case "classNames": return .array((confusion.classNames ?? []).map { .string($0) })
        default: return nil
        }
    }
}
