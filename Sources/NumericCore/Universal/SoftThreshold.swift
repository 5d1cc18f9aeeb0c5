/// How far the soft threshold σ(a·t) stays from the hard step once |t| ≥ δ, for one steepness a.
public struct SoftThresholdGap: Sendable, Equatable {
    /// The steepness a in σ(a·t).
    public var steepness: Double
    /// The margin δ: only |t| ≥ δ counts.
    public var margin: Double
    /// The closed form σ(−a·δ): the gap is largest at t = ±δ, where it is 1 − σ(aδ) = σ(−aδ).
    public var closedForm: Double
    /// The largest |σ(a·t) − step(t)| measured on the sample points with δ ≤ |t| ≤ the range.
    public var measured: Double
}

/// For each steepness a, the largest gap |σ(a·t) − step(t)| over δ ≤ |t| ≤ `range`, in closed form
/// and measured on `samples` points per side; the gap shrinks as a grows (Lecture 13, Figure 4).
///
/// ```swift
/// let rows = try softThresholdGaps(steepnesses: [1, 10, 100], margin: 0.1)   // σ(−0.1), σ(−1), σ(−10)
/// ```
public func softThresholdGaps(steepnesses: [Double], margin: Double = 0.1, range: Double = 1,
                              samples: Int = 1001) throws -> [SoftThresholdGap] {
    try require(margin > 0 && margin.isFinite, "the margin δ must be positive, found \(margin)")
    try require(range >= margin, "the range must be at least the margin \(margin), found \(range)")
    try require(samples >= 2, "at least 2 samples per side are needed, found \(samples)")
    let magnitudes = evenlySpaced(margin...range, count: samples)
    return try steepnesses.map { steepness in
        try require(steepness > 0 && steepness.isFinite, "a steepness must be positive, found \(steepness)")
        let measured = magnitudes.reduce(0.0) { worst, t in
            let above = Swift.abs(Activation.sigmoid(steepness * t) - Activation.step.value(t))
            let below = Swift.abs(Activation.sigmoid(-steepness * t) - Activation.step.value(-t))
            return Swift.max(worst, above, below)
        }
        return SoftThresholdGap(steepness: steepness, margin: margin,
                                closedForm: Activation.sigmoid(-steepness * margin), measured: measured)
    }
}

/// Soft thresholds σ(a·t) for several steepnesses a, with the gap each leaves to the hard step
/// outside |t| < δ (Lecture 13, Figure 4; Grosse §4.3).
public struct SoftThresholds: Sendable, Equatable {
    /// One row per steepness.
    public var rows: [SoftThresholdGap]
    /// The gap is measured for δ ≤ |t| ≤ `range`.
    public var range: Double

    /// The steepnesses a.
    public var steepnesses: [Double] { rows.map(\.steepness) }
    /// The margin δ.
    public var margin: Double { rows.first?.margin ?? 0 }
    /// The measured gaps, one per steepness.
    public var gaps: [Double] { rows.map(\.measured) }
    /// The closed forms σ(−a·δ), one per steepness.
    public var closedForms: [Double] { rows.map(\.closedForm) }
    /// Each soft threshold as the one-unit net t ↦ σ(a·t).
    public var networks: [Network] {
        rows.map { Network(layers: [Layer(weights: Matrix(row: [$0.steepness]), bias: Matrix(row: [0]), activation: .sigmoid)]) }
    }

    /// Measures the gaps (as ``softThresholdGaps(steepnesses:margin:range:samples:)``), or an error
    /// for no steepness or one that is not positive.
    public static func measuring(steepnesses: [Double], margin: Double = 0.1, range: Double = 1) throws -> SoftThresholds {
        try require(!steepnesses.isEmpty, "softThresholds needs at least one steepness, such as 'steepnesses: [1, 10, 100]'")
        return SoftThresholds(rows: try softThresholdGaps(steepnesses: steepnesses, margin: margin, range: range),
                              range: range)
    }
}

/// The soft thresholds σ(a·t) for `steepnesses` and their gaps to the step; a mistake stops the program.
///
/// ```swift
/// softThresholds(steepnesses: [1, 5, 20, 100], margin: 0.1).gaps   // σ(−0.1), σ(−0.5), σ(−2), σ(−10)
/// ```
public func softThresholds(steepnesses: [Double], margin: Double = 0.1, range: Double = 1) -> SoftThresholds {
    stopOnError { try SoftThresholds.measuring(steepnesses: steepnesses, margin: margin, range: range) }
}
