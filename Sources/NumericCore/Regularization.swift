import Display

/// Weight penalties added to the loss: `R = (λ/2) Σ w² + μ Σ |w|` over every weight (never the biases).
///
/// The L2 term follows Grosse (Lecture 5, §2.4): `L_reg = L + λ·R` with `R = ½ w²`, so its
/// gradient is `λ w` and backprop gives `w̄ = z̄ x + λ w`, `b̄ = z̄`. The L1 term's gradient is
/// `μ sign(w)`, taking sign(0) = 0. The penalty is added once per update step, whatever the
/// batch size.
public struct Regularization: Sendable, Equatable, CustomStringConvertible {
    /// λ, the L2 strength: the penalty is (λ/2) Σ w².
    public var l2: Double
    /// μ, the L1 strength: the penalty is μ Σ |w|.
    public var l1: Double

    /// A penalty with both strengths (either may be 0).
    public init(l2: Double = 0, l1: Double = 0) {
        self.l2 = l2
        self.l1 = l1
    }

    /// No penalty.
    public static let none = Regularization()

    /// The L2 penalty (λ/2) Σ w².
    public static func l2(_ lambda: Double) -> Regularization { Regularization(l2: lambda) }

    /// The L1 penalty μ Σ |w|.
    public static func l1(_ mu: Double) -> Regularization { Regularization(l1: mu) }

    /// Whether there is any penalty at all.
    public var isNone: Bool { l2 == 0 && l1 == 0 }

    /// How a cell writes it, numbers as a handout prints them: `.l2(0.01)`, `.none`.
    public var description: String {
        switch (l2, l1) {
        case (0, 0): return ".none"
        case (_, 0): return ".l2(\(NumberFormat.format(l2)))"
        case (0, _): return ".l1(\(NumberFormat.format(l1)))"
        default: return "Regularization(l2: \(NumberFormat.format(l2)), l1: \(NumberFormat.format(l1)))"
        }
    }

    /// The penalty for a set of weights.
    public func penalty(_ weights: Matrix) -> Double {
        weights.storage.withUnsafeBufferPointer { penalty($0.baseAddress, count: $0.count) }
    }

    /// The penalty's gradient ∂R/∂w for a set of weights.
    public func gradient(_ weights: Matrix) -> Matrix {
        weights.map { l2 * $0 + l1 * ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
    }

    /// The penalty over `count` weights at `w`.
    func penalty(_ w: UnsafePointer<Double>?, count: Int) -> Double {
        guard let w, !isNone else { return 0 }
        var squares = 0.0, absolutes = 0.0
        for i in 0..<count {
            squares += w[i] * w[i]
            absolutes += Swift.abs(w[i])
        }
        return 0.5 * l2 * squares + l1 * absolutes
    }

    /// Adds ∂R/∂w into `g` for `count` weights at `w`.
    func addGradient(_ w: UnsafePointer<Double>, into g: UnsafeMutablePointer<Double>, count: Int) {
        guard !isNone else { return }
        for i in 0..<count {
            g[i] += l2 * w[i] + l1 * (w[i] > 0 ? 1 : (w[i] < 0 ? -1 : 0))
        }
    }
}
