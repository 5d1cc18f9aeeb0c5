import Display
import NotebookDisplay
import NumericCore

/// `leastSquares(data)`: the closed-form linear fit y = x·w + b (on XOR: w = 0, b = ½).
enum LeastSquaresVerbs {
    static let builtins: [Builtin] = [
        Builtin("leastSquares(_:)") { arguments, _ in
            .object(LinearFitObject(try LinearFit.fitting(try arguments.dataset(0))))
        },
        Builtin("leastSquares(inputs:targets:)") { arguments, _ in
            let (inputs, targets) = try BackwardVerbs.batch(arguments)
            return .object(LinearFitObject(try LinearFit.fitting(inputs: inputs, targets: targets)))
        },
    ]
}

/// A least-squares fit: its weights and bias as a table, and its mean squared error.
final class LinearFitObject: CellObject {
    let fit: LinearFit
    init(_ fit: LinearFit) { self.fit = fit }

    var typeName: String { "LinearFit" }

    func display() -> [DisplayBlock] { fit.display }

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
