#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A unit's nonlinearity, applied to every pre-activation z of a layer; each case keeps
/// its value and its derivative side by side.
///
/// Conventions at the kinks (a notebook can show both):
/// - `step(0) = 1`, as Huang's HardLimit(n) = 1 for n ≥ 0; its derivative is 0 everywhere
///   (the true derivative at 0 does not exist), so a step layer passes no gradient back.
/// - `relu′(0) = 0` (a subgradient; PyTorch and numpy courses use the same choice),
///   while `relu(0) = 0` either way.
public enum Activation: String, Sendable, CaseIterable, CustomStringConvertible {
    /// `σ(z) = 1 / (1 + e^−z)`, σ′ = σ(1 − σ).
    case sigmoid
    /// `tanh(z) = 2σ(2z) − 1`, tanh′ = 1 − tanh².
    case tanh
    /// `max(0, z)`, derivative 1 for z > 0 and 0 for z ≤ 0.
    case relu
    /// The hard threshold: 1 for z ≥ 0, else 0; derivative 0.
    case step
    /// The identity, derivative 1.
    case linear
    /// `log(1 + e^z)`, derivative σ(z).
    case softplus
    /// `e^{z_j} / Σ_k e^{z_k}` across a row (one example); its Jacobian couples the outputs.
    case softmax

    /// The name a cell writes after the dot: `.sigmoid`.
    public var description: String { rawValue }

    /// Whether the activation acts entry by entry (every case but `softmax`).
    public var isElementwise: Bool { self != .softmax }

    /// The rule of an elementwise activation (its name, value and derivative), which forward and
    /// backward passes, autodiff and the cells all use; `nil` for `softmax`, which couples a row.
    public var rule: ElementaryFunction? {
        switch self {
        case .sigmoid: return .sigmoid
        case .tanh: return .tanh
        case .relu: return .relu
        case .step: return .hardLimit
        case .linear: return .identity
        case .softplus: return .softplus
        case .softmax: return nil
        }
    }

    /// The free function a program calls for it (`sigmoid(z)`, `hardLimit(n)`), and a cell too; `nil`
    /// for `linear`, `softmax` (its own function) and `tanh` (the C library's).
    public var functionName: String? {
        switch self {
        case .sigmoid, .relu, .step, .softplus: return rule?.name
        case .tanh, .linear, .softmax: return nil
        }
    }

    /// The activation's name as the lectures write it: `σ`, `ReLU`, `hardlim`.
    public var symbol: String {
        switch self {
        case .sigmoid: return "σ"
        case .relu: return "ReLU"
        case .step: return "hardlim"
        case .linear: return "identity"
        case .tanh, .softplus, .softmax: return rawValue
        }
    }

    /// The activation of one number; for `softmax` use the matrix form (this returns 1).
    public func value(_ z: Double) -> Double { rule?.value(z) ?? 1 }

    /// The derivative at `z`; for `softmax` the diagonal of its Jacobian at a single
    /// logit is undefined, so use `backpropagate` (this returns 0).
    public func derivative(_ z: Double) -> Double { rule?.derivative(z) ?? 0 }

    /// The activation of every row of `z` (softmax normalises each row).
    public func apply(_ z: Matrix) -> Matrix {
        var h = z
        z.storage.withUnsafeBufferPointer { zs in
            h.storage.withUnsafeMutableBufferPointer { hs in
                guard let source = zs.baseAddress, let target = hs.baseAddress else { return }
                apply(source, into: target, rows: z.rows, columns: z.columns)
            }
        }
        return h
    }

    /// The elementwise derivative f′(z) as a matrix (zeros for softmax; see `backpropagate`).
    public func derivative(_ z: Matrix) -> Matrix {
        z.map(derivative)
    }

    /// Turns ∂J/∂h into ∂J/∂z given the layer's z and h (a vector–Jacobian product):
    /// elementwise `ḡ ⊙ f′(z)`, and for softmax `h ⊙ (ḡ − Σ_k ḡ_k h_k)` per row.
    public func backpropagate(_ outputGradient: Matrix, preActivation z: Matrix, activation h: Matrix) -> Matrix {
        precondition(outputGradient.shape == z.shape && z.shape == h.shape, "backpropagate shapes")
        var g = outputGradient
        g.storage.withUnsafeMutableBufferPointer { gs in
            z.storage.withUnsafeBufferPointer { zs in
                h.storage.withUnsafeBufferPointer { hs in
                    guard let gp = gs.baseAddress, let zp = zs.baseAddress, let hp = hs.baseAddress else { return }
                    multiplyByDerivative(gp, z: zp, h: hp, rows: z.rows, columns: z.columns)
                }
            }
        }
        return g
    }

    /// The logistic sigmoid, computed so that neither branch overflows: for z < 0 it uses e^z / (1 + e^z).
    public static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }

    /// `log(1 + e^z)` without overflow: max(z, 0) + log1p(e^−|z|).
    public static func softplus(_ z: Double) -> Double {
        Swift.max(z, 0) + log1p(exp(-Swift.abs(z)))
    }

    /// The softmax of one row, stable by subtracting the row's maximum before exponentiating.
    public static func softmax(_ z: [Double]) -> [Double] {
        var values = z
        values.withUnsafeMutableBufferPointer { softmaxRow($0, start: 0, count: z.count) }
        return values
    }

    @inline(__always)
    /// Returns the row's log Σ exp(z), as `Loss.crossEntropyRow` would compute it, so a loss can reuse it.
    @discardableResult
    static func softmaxRow(_ values: UnsafeMutableBufferPointer<Double>, start: Int, count: Int) -> Double {
        guard count > 0 else { return 0 }
        var largest = -Double.infinity
        for j in start..<start + count { largest = Swift.max(largest, values[j]) }
        var total = 0.0
        for j in start..<start + count {
            values[j] = exp(values[j] - largest)
            total += values[j]
        }
        for j in start..<start + count { values[j] /= total }
        return largest + log(total)
    }
}
