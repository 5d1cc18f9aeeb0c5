/// The closed-form linear fit y = x·w + b minimising Σ (y − t)².
public struct LinearFit: Sendable, Equatable {
    /// The weights, inputs × outputs (the layer convention).
    public var weights: Matrix
    /// The bias, a 1×outputs row.
    public var bias: Matrix
    /// The mean over examples of Σ_outputs (y − t)² on the data fitted (Moon's J on XOR: ¼ Σ).
    public var meanSquaredError: Double

    /// The fit as a one-layer linear network, to predict or to start training from.
    public var network: Network { Network(layers: [Layer(weights: weights, bias: bias, activation: .linear)]) }
}

/// Fits `targets ≈ inputs·w + b` by least squares, solving the normal equations
/// (X̃ᵀX̃) θ = X̃ᵀT with X̃ = [X 1] by Gaussian elimination; throws when X̃ᵀX̃ is singular
/// (fewer distinct examples than parameters, or collinear inputs).
///
/// ```swift
/// let fit = try leastSquares(inputs: Dataset.xor().inputs, targets: Dataset.xor().targets)
/// // w = [0, 0], b = ½ (Moon, Goodfellow §6.1)
/// ```
public func leastSquares(inputs: Matrix, targets: Matrix) -> LinearFit {
    stopOnError { try LinearFit.fitting(inputs: inputs, targets: targets) }
}

/// Fits a dataset's targets by least squares; see `leastSquares(inputs:targets:)`.
public func leastSquares(_ dataset: Dataset) -> LinearFit {
    leastSquares(inputs: dataset.inputs, targets: dataset.targets)
}

extension LinearFit {
    /// The fit ``leastSquares(_:)`` computes, throwing instead of stopping.
    public static func fitting(_ dataset: Dataset) throws -> LinearFit {
        try fitting(inputs: dataset.inputs, targets: dataset.targets)
    }

    /// The fit ``leastSquares(inputs:targets:)`` computes, throwing instead of stopping.
    public static func fitting(inputs: Matrix, targets: Matrix) throws -> LinearFit {
    guard inputs.rows == targets.rows else {
        throw NetworkError.targetShape(expected: (inputs.rows, targets.columns), found: targets.shape)
    }
    var augmented = Matrix(rows: inputs.rows, columns: inputs.columns + 1, repeating: 1)
    for row in 0..<inputs.rows {
        for column in 0..<inputs.columns { augmented[row, column] = inputs[row, column] }
    }
    let normal = try augmented.transposed.multiplied(by: augmented)
    let parameters: Matrix
    do {
        parameters = try normal.solve(augmented.transposed.multiplied(by: targets))
    } catch MatrixError.singular {
        throw MatrixError.singular(operation: "fit least squares to \(inputs.rows) examples with \(inputs.columns) inputs",
                                   size: inputs.columns + 1)
    }
    let weights = try parameters.selectingRows(Array(0..<inputs.columns))
    let bias = parameters.row(inputs.columns)
    let residual = try inputs.multiplied(by: weights).adding(bias).subtracting(targets)
    return LinearFit(weights: weights, bias: bias,
                     meanSquaredError: residual.storage.reduce(0) { $0 + $1 * $1 } / Double(Swift.max(inputs.rows, 1)))
}
}
