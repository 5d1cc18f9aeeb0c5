/// What went wrong when building, running or training a network; each message says what was
/// expected and what was found.
public enum NetworkError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A network needs at least an input and an output size.
    case tooFewSizes(Int)
    /// `activations` must have one entry per layer (or a single one for every layer).
    case activationCount(layers: Int, found: Int)
    /// A size that is not positive.
    case invalidSize(Int)
    /// A layer's weight matrix does not fit what feeds it.
    case weightShape(layer: Int, expectedInputs: Int, found: MatrixError.Shape)
    /// A layer's bias is not a 1×outputs row.
    case biasShape(layer: Int, expectedOutputs: Int, found: MatrixError.Shape)
    /// The inputs have the wrong number of columns.
    case inputShape(expectedColumns: Int, found: MatrixError.Shape)
    /// The targets do not match the outputs.
    case targetShape(expected: MatrixError.Shape, found: MatrixError.Shape)
    /// A loss that absorbs its output activation was used with a different one.
    case lossNeedsActivation(loss: String, needs: Activation, found: Activation)
    /// Training produced a loss that is NaN or infinite.
    case diverged(epoch: Int, loss: Double)
    /// A training option outside its range.
    case invalidOption(String)

    /// The message a notebook shows.
    public var description: String {
        switch self {
        case let .tooFewSizes(count):
            return "a network needs at least 2 sizes (inputs and outputs), found \(count)"
        case let .activationCount(layers, found):
            return "expected \(layers) activations (one per layer) or 1 for all, found \(found)"
        case let .invalidSize(size):
            return "layer sizes must be positive, found \(size)"
        case let .weightShape(layer, inputs, found):
            return "layer \(layer) weights are \(text(found)) but the layer receives \(inputs) inputs "
                + "(weights are inputs × outputs: expected \(inputs)×\(found.columns))"
        case let .biasShape(layer, outputs, found):
            return "layer \(layer) bias is \(text(found)) but must be a 1×\(outputs) row"
        case let .inputShape(expected, found):
            return "the network takes \(expected) inputs per row, but the inputs are \(text(found))"
        case let .targetShape(expected, found):
            return "targets must be \(text(expected)) like the outputs, but are \(text(found))"
        case let .lossNeedsActivation(loss, needs, found):
            return "\(loss) needs the output layer's activation to be .\(needs), found .\(found)"
        case let .diverged(epoch, loss):
            // Swift prints a NaN whose sign bit is set as "-nan"; numbers never show a sign on NaN.
            return "training diverged at epoch \(epoch): the loss became \(loss.isNaN ? "nan" : "\(loss)"); try a smaller learning rate"
        case let .invalidOption(message):
            return message
        }
    }

    /// Two errors are equal when their messages are.
    public static func == (lhs: NetworkError, rhs: NetworkError) -> Bool {
        lhs.description == rhs.description
    }
}
