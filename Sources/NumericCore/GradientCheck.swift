/// One parameter's derivative computed two ways.
public struct GradientCheckEntry: Sendable, Equatable {
    /// The layer (from 0), or nil for a plain function's variable.
    public var layer: Int?
    /// `"weights"`, `"bias"` or, for a plain function, `"x"`.
    public var parameter: String
    /// The row of the entry (0 for a bias or a plain variable).
    public var row: Int
    /// The column of the entry (the variable's index for a plain function).
    public var column: Int
    /// The central difference (J(θ + ε) − J(θ − ε)) / 2ε, Gormley eq. (7).
    public var numeric: Double
    /// The derivative from backpropagation (or the supplied gradient).
    public var analytic: Double
    /// |analytic − numeric| / max(|analytic|, |numeric|, `GradientCheckReport.magnitudeFloor`).
    public var relativeError: Double
}

/// A gradient check: every parameter's numeric and analytic derivative, the worst, and the verdict.
public struct GradientCheckReport: Sendable, Equatable {
    /// Relative error below which a gradient passes: 1e-7, the threshold CS231n's notes give for
    /// double precision with ε ≈ 1e-5 (the central difference's truncation error is O(ε²) ≈ 1e-10).
    public static let defaultTolerance = 1e-7
    /// The step ε: near the cube root of machine epsilon, balancing O(ε²) truncation against
    /// O(ε_mach/ε) rounding (Gormley: "close to machine epsilon" in that sense).
    public static let defaultEpsilon = 1e-5
    /// Derivatives smaller than this are compared absolutely (to `tolerance × magnitudeFloor`,
    /// 1e-9 by default): the central difference's own error, rounding ε_mach·|J|/ε plus
    /// truncation ε²·f‴/6, is about 1e-11 to 1e-10 for |J| of order 1 to 10, and would
    /// otherwise dominate the relative error of a derivative near 1e-4.
    public static let magnitudeFloor = 1e-2

    /// Every parameter, in order: layer by layer, weights row by row, then biases.
    public var entries: [GradientCheckEntry]
    /// The step ε used.
    public var epsilon: Double
    /// The tolerance on the relative error.
    public var tolerance: Double

    /// The entry with the largest relative error.
    public var worstEntry: GradientCheckEntry? { entries.max { $0.relativeError < $1.relativeError } }
    /// How many parameters were checked.
    public var count: Int { entries.count }
    /// The largest relative error, 0 when nothing was checked.
    public var worst: Double { worstEntry?.relativeError ?? 0 }
    /// Whether every relative error is below the tolerance.
    public var passed: Bool { entries.allSatisfy { $0.relativeError < tolerance } }

    /// The relative error of two derivatives as defined on `GradientCheckEntry.relativeError`.
    public static func relativeError(_ analytic: Double, _ numeric: Double) -> Double {
        let difference = Swift.abs(analytic - numeric)
        if difference == 0 { return 0 }
        return difference / Swift.max(Swift.abs(analytic), Swift.abs(numeric), magnitudeFloor)
    }
}

extension Network {
    /// Checks backpropagation against central differences for every weight and bias, on the
    /// objective J (+ R) of `loss` over the batch. `checkpoint` runs after each parameter and may
    /// throw to stop the check (a caller's time limit).
    public func gradientCheck(inputs: Matrix, targets: Matrix, loss: Loss, regularization: Regularization = .none,
                              epsilon: Double = GradientCheckReport.defaultEpsilon,
                              tolerance: Double = GradientCheckReport.defaultTolerance,
                              checkpoint: () throws -> Void = {}) throws -> GradientCheckReport {
        try gradientCheck(inputs: inputs, targets: targets, loss: loss, regularization: regularization,
                          epsilon: epsilon, tolerance: tolerance, derivativeActivations: nil, form: nil,
                          checkpoint: checkpoint)
    }

    /// The gradient check, optionally backpropagating with other activations' derivatives
    /// (a deliberate fault, so tests can show the check fails) or in another large-layer form.
    func gradientCheck(inputs: Matrix, targets: Matrix, loss: Loss, regularization: Regularization,
                       epsilon: Double, tolerance: Double, derivativeActivations: [Activation]?,
                       form: LargeLayerForm? = nil,
                       checkpoint: () throws -> Void = {}) throws -> GradientCheckReport {
        try validate(inputs: inputs, targets: targets, loss: loss)
        guard epsilon > 0 else { throw NetworkError.invalidOption("epsilon must be positive, found \(epsilon)") }
        let workspace = Workspace(self, capacity: inputs.rows, form: form)
        if let derivativeActivations { workspace.derivativeActivations = derivativeActivations }
        let analytic = computeGradients(inputs: inputs, targets: targets, loss: loss,
                                        regularization: regularization, in: workspace)
        let objective = { () -> Double in
            self.computeGradients(inputs: inputs, targets: targets, loss: loss,
                                  regularization: regularization, in: workspace).objective
        }
        var entries: [GradientCheckEntry] = []
        for (index, layer) in layers.enumerated() {
            for (name, matrix, gradient) in [
                ("weights", layer.weights, analytic.weightGradients[index]),
                ("bias", layer.bias, analytic.biasGradients[index]),
            ] {
                for entry in 0..<matrix.count {
                    try checkpoint()
                    let (row, column) = (entry / matrix.columns, entry % matrix.columns)
                    let offset = name == "weights" ? workspace.weightOffset(index, row: row, column: column)
                                                   : workspace.biasOffsets[index] + column
                    let parameter = workspace.parameters.baseAddress! + offset
                    let original = parameter.pointee
                    parameter.pointee = original + epsilon
                    let plus = objective()
                    parameter.pointee = original - epsilon
                    let minus = objective()
                    parameter.pointee = original
                    let numeric = (plus - minus) / (2 * epsilon)
                    let exact = gradient.storage[entry]
                    entries.append(GradientCheckEntry(
                        layer: index, parameter: name, row: row, column: column,
                        numeric: numeric, analytic: exact,
                        relativeError: GradientCheckReport.relativeError(exact, numeric)))
                }
            }
        }
        return GradientCheckReport(entries: entries, epsilon: epsilon, tolerance: tolerance)
    }
}
