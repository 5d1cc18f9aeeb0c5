import Display
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
                                argumentIndex: arguments.argumentIndices[1].first)
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

    /// A net's output over a 2-D region, with a dataset's points marked by class.
    static func heatMap(_ arguments: Arguments) throws -> Value {
        let network = try arguments.network(0).network
        try network.validate()
        guard network.inputCount == 2 else {
            throw CellError("a heat map needs a network with 2 inputs, found \(network.inputCount)")
        }
        let xRange = try arguments.closedRange("x"), yRange = try arguments.closedRange("y")
        let output = try arguments.has("output") ? arguments.int("output") : 0
        guard output >= 0 && output < network.outputCount else {
            throw CellError("output \(output) is out of range: the network has \(network.outputCount) output\(network.outputCount == 1 ? "" : "s")",
                            argumentIndex: arguments.argumentIndices[arguments.index(of: "output")].first)
        }
        let resolution = try arguments.has("resolution") ? arguments.int("resolution") : 40
        guard (2...200).contains(resolution) else { throw CellError("resolution must be between 2 and 200, found \(resolution)") }
        // One forward pass over every cell centre, bottom row first.
        var grid = Matrix(rows: resolution * resolution, columns: 2)
        func centre(_ range: ClosedRange<Double>, _ index: Int) -> Double {
            range.lowerBound + (range.upperBound - range.lowerBound) * (Double(index) + 0.5) / Double(resolution)
        }
        for row in 0..<resolution {
            for column in 0..<resolution {
                grid[row * resolution + column, 0] = centre(xRange, column)
                grid[row * resolution + column, 1] = centre(yRange, row)
            }
        }
        let outputs = try network.predict(grid)
        let values = (0..<resolution).map { row in (0..<resolution).map { outputs[row * resolution + $0, output] } }
        var points: [Plot.ClassPoint] = []
        var classNames: [String] = []
        if arguments.has("points") {
            let data = try arguments.dataset("points")
            guard data.inputs.columns == 2 else { throw CellError("the marked points need 2 inputs per example, found \(data.inputs.columns)") }
            let classes = data.labels ?? (0..<data.count).map { data.targets[$0, 0] >= 0.5 ? 1 : 0 }
            points = (0..<data.count).map { Plot.ClassPoint(x: data.inputs[$0, 0], y: data.inputs[$0, 1], classIndex: max(0, classes[$0])) }
            classNames = data.classNames ?? (0...(classes.max() ?? 1)).map { "target \($0)" }
        }
        let activation = network.layers.last!.activation
        let bounded: ClosedRange<Double>? = [.sigmoid, .step, .softmax].contains(activation) ? 0...1 : nil
        let unit = NetworkNotation.unitNames("h", of: network.layers.count - 1, in: network)[output]
        let title = try arguments.has("title") ? arguments.string("title") : "\(unit) over the plane"
        let plot = try Plot.heatMap(values, x: xRange, y: yRange, title: title, xLabel: "x₁", yLabel: "x₂",
                                    valueLabel: unit, valueRange: bounded, points: points, classNames: classNames)
        return .object(PlotObject(plot))
    }
}

/// Counts of true against predicted classes, displayed as a table with the accuracy.
final class ConfusionMatrixObject: CellObject {
    let confusion: ConfusionMatrix
    init(_ confusion: ConfusionMatrix) { self.confusion = confusion }

    var typeName: String { "ConfusionMatrix" }

    func display() -> [DisplayBlock] {
        let counts = confusion.counts
        let names = confusion.classNames ?? (0..<counts.rows).map(String.init)
        let rows = (0..<counts.rows).map { row in [names[row]] + (0..<counts.columns).map { NetworkNotation.number(counts[row, $0]) } }
        return [.table(Table(caption: "confusion matrix (rows: true class, columns: predicted); accuracy \(NetworkNotation.number(confusion.accuracy))",
                             header: ["true \\ predicted"] + names, rows: rows))]
    }

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
