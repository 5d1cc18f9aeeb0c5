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
