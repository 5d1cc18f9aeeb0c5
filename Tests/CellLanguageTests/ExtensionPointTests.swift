import Display
import NumericCore
import Testing
@testable import CellLanguage

/// A layer with settable weights, standing in for the verbs' network objects.
final class LayerObject: CellObject {
    var weights: Matrix
    init(weights: Matrix) { self.weights = weights }
    var typeName: String { "Layer" }
    func display() -> [DisplayBlock] { [.table(Table(caption: "layer", numbers: weights.nestedRows))] }
    var memberNames: [String] { ["weights"] }
    func member(_ name: String, context: CellContext) throws -> Value? { name == "weights" ? .matrix(weights) : nil }
    func setMember(_ name: String, to value: Value, context: CellContext) throws -> Bool {
        guard name == "weights" else { return false }
        guard case .matrix(let matrix) = try TypeCoercion.matrix.apply(value) else { throw CellError("weights must be a Matrix") }
        weights = matrix
        return true
    }
}

/// A network holding an array of layers, reached as `net.layers[0].weights`.
final class NetObject: CellObject {
    var layers: [LayerObject]
    init(layers: [LayerObject]) { self.layers = layers }
    var typeName: String { "Network" }
    func display() -> [DisplayBlock] { layers.flatMap { $0.display() } }
    var memberNames: [String] { ["layers", "depth"] }
    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "layers": return .array(layers.map { .object($0) })
        case "depth": return .int(layers.count)
        default: return nil
        }
    }
    func setMember(_ name: String, to value: Value, context: CellContext) throws -> Bool {
        guard name == "layers", case .array(let elements) = value else { return false }
        layers = elements.compactMap { if case .object(let layer as LayerObject) = $0 { return layer } else { return nil } }
        return true
    }
}

/// A forward-mode dual number a + b·ε, the shape of the autodiff verbs' numeric kind.
final class DualObject: NumericObject {
    let value: Double, derivative: Double
    init(_ value: Double, _ derivative: Double) { self.value = value; self.derivative = derivative }
    var typeName: String { "Dual" }
    func display() -> [DisplayBlock] { [.text("\(NumberFormat.format(value)) + \(NumberFormat.format(derivative))ε")] }
    var memberNames: [String] { ["value", "derivative"] }
    func member(_ name: String, context: CellContext) throws -> Value? {
        name == "value" ? .double(value) : name == "derivative" ? .double(derivative) : nil
    }
    static func lift(_ other: Value) -> DualObject? {
        if case .object(let dual as DualObject) = other { return dual }
        return other.asDouble.map { DualObject($0, 0) }
    }
    func binary(_ op: ArithmeticOperator, _ other: Value, selfIsLeft: Bool) throws -> Value? {
        guard let o = DualObject.lift(other) else { return nil }
        let (a, b) = selfIsLeft ? (self, o) : (o, self)
        switch op {
        case .add: return .object(DualObject(a.value + b.value, a.derivative + b.derivative))
        case .subtract: return .object(DualObject(a.value - b.value, a.derivative - b.derivative))
        case .multiply: return .object(DualObject(a.value * b.value, a.derivative * b.value + a.value * b.derivative))
        default: return nil
        }
    }
    func negated() throws -> Value { .object(DualObject(-value, -derivative)) }
    func apply(_ function: MathFunction) throws -> Value? {
        function == .sin ? .object(DualObject(Arithmetic.evaluate(.sin, value), Arithmetic.evaluate(.cos, value) * derivative)) : nil
    }
}

@Suite("Extension points") struct ExtensionPointTests {
    @Test func memberAssignmentThroughObjectsAndSubscripts() {
        let kernel = Kernel()
        let net = NetObject(layers: [LayerObject(weights: Matrix(rows: 1, columns: 2))])
        kernel.session.define("net", as: .object(net))
        #expect(kernel.output("net.layers[0].weights = [[1, 2]]\nnet.layers[0].weights[0, 1] += 3\nnet.depth") == "1")
        #expect(net.layers[0].weights == Matrix(rows: 1, columns: 2, storage: [1, 5]))
        #expect(kernel.error("net.layer") == "10:7: value of type 'Network' has no member 'layer'; did you mean 'layers'?")
        #expect(kernel.run("net").blocks == [.table(Table(caption: "layer", numbers: [[1, 5]]))])
    }

    @Test func oneClosureRunsOnDoublesAndOnANewNumericKind() {
        let kernel = Kernel()
        let makeDual = Builtin("dual(_:derivative:)") { arguments, _ in
            .object(DualObject(try arguments.double(0), try arguments.double("derivative")))
        }
        kernel.session.define("dual", as: .builtin(BuiltinFunction(name: "dual", overloads: [makeDual])))
        kernel.run("let f = { x, y in x * y * y + y + 5 }")
        // f(2, 3) = 2·9 + 3 + 5 = 26; ∂f/∂y = 2xy + 1 = 13 at (2, 3).
        #expect(kernel.output("f(2, 3)") == "26")
        #expect(kernel.output("f(2, dual(3, derivative: 1)).derivative") == "13")
        // d/dx sin(3x) at 0 is 3.
        #expect(kernel.output("let g = { x in sin(3 * x) }\ng(dual(0, derivative: 1)).derivative") == "3")
        #expect(kernel.error("dual(1, derivatve: 1)") == "10:3: no label 'derivatve:' in call to dual(_:derivative:); did you mean 'derivative:'?")
    }

    @Test func verbsCallCellClosuresThroughTheContext() throws {
        let kernel = Kernel()
        let apply = Builtin("applyTwice(_:to:)") { arguments, context in
            let function = try arguments.closure(0)
            return try context.call(function, [try context.call(function, [try arguments.value("to")])])
        }
        kernel.session.define("applyTwice", as: .builtin(BuiltinFunction(name: "applyTwice", overloads: [apply])))
        #expect(kernel.output("applyTwice({ $0 * 3 }, to: 2)") == "18")
        #expect(kernel.error("applyTwice(5, to: 2)") == "10:14: expected a function for argument 1 of applyTwice(_:to:), found Int 5")
    }

    @Test func aVerbThatNamesALabelItLacksGetsNoPositionInsteadOfATrap() {
        let kernel = Kernel()
        let careless = Builtin("careless(rate:)") { arguments, _ in
            throw CellError("rate must be positive", argumentIndex: arguments.argumentIndex(of: "rat"))
        }
        kernel.session.define("careless", as: .builtin(BuiltinFunction(name: "careless", overloads: [careless])))
        // The error falls back to the call's own position (the kernel indents cells by two), not the argument's.
        #expect(kernel.error("careless(rate: -1)") == "10:3: rate must be positive")
    }
}

@Test func functionsSeeConstantsDeclaredAboveThemInTheSameCell() {
    let session = Session()
    let result = session.run(CellSource(file: "t.md", code: "let k = 2.0\nfunc f(_ x: Double) -> Double { k * x }\nf(3)", firstLine: 1))
    #expect(result.error == nil, "\(String(describing: result.error?.message))")
    #expect(result.blocks.text == "6")
}

@Test func softmaxTakesANestedLiteralAndPredictTakesADatasetName() {
    let session = Session()
    let softmax = session.run(CellSource(file: "t.md", code: "softmax([[0, 0]])", firstLine: 1))
    #expect(softmax.error == nil && softmax.blocks.text == "0.5  0.5")
    let predict = session.run(CellSource(file: "t.md", code: """
        let net = Network(layers: [Layer(weights: [[1], [1]], bias: 0, activation: .linear)])
        predict(net, .xor)
        """, firstLine: 1))
    #expect(predict.error == nil, "\(String(describing: predict.error?.message))")
    #expect(predict.blocks.text == "0\n1\n1\n2")
}

@Test func aConstructionReportStandsForItsNetwork() {
    let session = Session()
    let result = session.run(CellSource(file: "t.md", code: """
        let parity = shallowParityNetwork(bits: 2)
        predict(parity, [[-1, -1], [-1, 1], [1, -1], [1, 1]])
        """, firstLine: 1))
    #expect(result.error == nil, "\(String(describing: result.error?.message))")
    // Parity of {−1, 1} inputs: odd number of +1s → 1.
    #expect(result.blocks.last?.text == "0\n1\n1\n0")
}

@Test func diagramDrawsAColumnPerLayer() {
    let session = Session()
    let result = session.run(CellSource(file: "t.md", code: "diagram(Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], seed: 1))", firstLine: 1))
    #expect(result.error == nil)
    let lines = result.blocks.text.components(separatedBy: "\n")
    // A header, three rows of units (the widest layer), the sizes, the activations.
    #expect(lines.count == 6)
    #expect(lines[1].filter { $0 == "●" }.count == 3 && lines[1].contains("───▶"))
    #expect(lines[3].filter { $0 == "●" }.count == 1)
    #expect(lines[4].split(separator: " ") == ["2", "3", "1"])
    #expect(lines[5].split(separator: " ") == ["input", "tanh", "sigmoid"])
}
