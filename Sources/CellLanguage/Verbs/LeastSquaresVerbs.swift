import Display
import NumericCore

/// `leastSquares(data)`: the closed-form linear fit y = x·w + b (on XOR: w = 0, b = ½).
enum LeastSquaresVerbs {
    static let builtins: [Builtin] = [
        Builtin("leastSquares(_:)") { arguments, _ in
            .object(LinearFitObject(try leastSquares(try arguments.dataset(0))))
        },
        Builtin("leastSquares(inputs:targets:)") { arguments, _ in
            let (inputs, targets) = try BackwardVerbs.batch(arguments)
            return .object(LinearFitObject(try leastSquares(inputs: inputs, targets: targets)))
        },
    ]
}

/// A least-squares fit: its weights and bias as a table, and its mean squared error.
final class LinearFitObject: CellObject {
    let fit: LinearFit
    init(_ fit: LinearFit) { self.fit = fit }

    var typeName: String { "LinearFit" }

    func display() -> [DisplayBlock] {
        let inputs = (0..<fit.weights.rows).map { NetworkNotation.name("x", $0 + 1) }
        let outputs = fit.weights.columns == 1 ? ["y"] : (0..<fit.weights.columns).map { NetworkNotation.name("y", $0 + 1) }
        return [.table(NetworkNotation.parameterTable(caption: "least-squares fit y = x·w + b", weights: fit.weights, bias: fit.bias,
                                                      inputNames: inputs, unitNames: outputs)),
                .text("mean squared error \(NetworkNotation.number(fit.meanSquaredError))")]
    }

    var memberNames: [String] { ["weights", "bias", "meanSquaredError", "network"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "weights": return .matrix(fit.weights)
        case "bias": return .matrix(fit.bias)
        case "meanSquaredError": return .double(fit.meanSquaredError)
        case "network": return .object(NetworkObject(fit.network))
        default: return nil
        }
    }
}
