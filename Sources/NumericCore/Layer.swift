/// One fully connected layer: `z = h_prev · weights + bias`, then `h = activation(z)`.
///
/// Weights are shaped **inputs × outputs** so that a batch with one example per row
/// goes through as `X·W + b`, with `b` a 1×outputs row broadcast over the rows.
/// Column j of `weights` holds the incoming weights of unit j; the lectures that write
/// `W a + b` for one column vector (Huang) use the transpose of this matrix.
public struct Layer: Sendable, Equatable {
    /// The weights, inputs × outputs: entry (i, j) connects input i to unit j.
    public var weights: Matrix
    /// The biases as a 1×outputs row.
    public var bias: Matrix
    /// The nonlinearity applied to the pre-activation.
    public var activation: Activation

    /// Creates a layer from its weights (inputs × outputs), bias (1×outputs) and activation.
    public init(weights: Matrix, bias: Matrix, activation: Activation) {
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }

    /// Creates a layer from weights (one row per input, `[[1, -1], [-1, 1]]`) and a bias list, one per unit.
    public init(weights: Matrix, bias: [Double], activation: Activation) {
        self.init(weights: weights, bias: Matrix(row: bias), activation: activation)
    }

    /// Creates a one-unit layer's, or a layer with the same bias for every unit.
    public init(weights: Matrix, bias: Double, activation: Activation) {
        self.init(weights: weights, bias: Matrix(rows: 1, columns: weights.columns, repeating: bias), activation: activation)
    }

    /// The number of inputs the layer takes (rows of `weights`).
    public var inputCount: Int { weights.rows }
    /// The number of units (columns of `weights`).
    public var outputCount: Int { weights.columns }
    /// The number of weights and biases.
    public var parameterCount: Int { weights.count + bias.count }
}
