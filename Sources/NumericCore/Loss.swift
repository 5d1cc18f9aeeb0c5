#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The objective J comparing a batch of outputs y (one row per example) with targets t.
///
/// | case | J for a batch of N rows | ∂J/∂y |
/// | --- | --- | --- |
/// | `halfSumSquared` | ½ Σ (y − t)² (Grosse, Gormley) | y − t |
/// | `sumSquared` | Σ (y − t)² (Huang eq. 8) | 2(y − t) |
/// | `meanSquared` | (1/N) Σ (y − t)² (Moon's ¼ Σ on the four XOR rows) | 2(y − t)/N |
/// | `softmaxCrossEntropy` | −(1/N) Σ t log softmax(z) | fused: ∂J/∂z = (softmax(z) − t)/N |
/// | `binaryCrossEntropy` | −(1/N) Σ [t log y + (1 − t) log(1 − y)] | (y − t)/(y(1 − y)N); with a sigmoid output, fused: ∂J/∂z = (y − t)/N |
/// | `l1` | (1/N) Σ \|y − t\| | sign(y − t)/N, 0 at 0 |
/// | `huber(delta:)` | (1/N) Σ ½r² for \|r\| ≤ δ, δ(\|r\| − ½δ) beyond, r = y − t | clip(r, −δ, δ)/N |
///
/// Σ runs over every entry (examples and outputs); N is the number of rows in the batch,
/// so the three sum forms grow with the batch and the others are means over examples.
public enum Loss: Sendable, Equatable, CustomStringConvertible {
    /// ½ Σ (y − t)², summed over the batch.
    case halfSumSquared
    /// Σ (y − t)², summed over the batch.
    case sumSquared
    /// Σ (y − t)² divided by the number of examples.
    case meanSquared
    /// Cross-entropy of a softmax output layer with one-hot (or probability) targets, mean over examples.
    case softmaxCrossEntropy
    /// Cross-entropy of outputs in (0, 1) with 0/1 targets, mean over examples.
    case binaryCrossEntropy
    /// Σ |y − t| divided by the number of examples.
    case l1
    /// The Huber loss with threshold δ, mean over examples.
    case huber(delta: Double)

    /// The name as a cell writes it, e.g. `huber(delta: 1.0)`.
    public var description: String {
        switch self {
        case .halfSumSquared: return "halfSumSquared"
        case .sumSquared: return "sumSquared"
        case .meanSquared: return "meanSquared"
        case .softmaxCrossEntropy: return "softmaxCrossEntropy"
        case .binaryCrossEntropy: return "binaryCrossEntropy"
        case .l1: return "l1"
        case let .huber(delta): return "huber(delta: \(delta))"
        }
    }

    /// Whether J divides by the number of examples (all but the two sum-of-squares forms).
    public var averagesOverExamples: Bool {
        switch self {
        case .halfSumSquared, .sumSquared: return false
        default: return true
        }
    }

    /// The output activation whose derivative the loss absorbs, if any: ∂J/∂z is then simply (y − t)/N.
    public var fusedActivation: Activation? {
        switch self {
        case .softmaxCrossEntropy: return .softmax
        case .binaryCrossEntropy: return .sigmoid
        default: return nil
        }
    }

    /// J for a batch of outputs (probabilities for the cross-entropies).
    public func value(outputs: Matrix, targets: Matrix) throws -> Double {
        try checkShapes(outputs, targets)
        let scale = averagesOverExamples ? 1 / Double(Swift.max(outputs.rows, 1)) : 1
        return zip(outputs.storage, targets.storage).reduce(0) { $0 + entry($1.0, $1.1).value } * scale
    }

    /// ∂J/∂y for a batch of outputs, the same shape as `outputs`.
    public func gradient(outputs: Matrix, targets: Matrix) throws -> Matrix {
        try checkShapes(outputs, targets)
        let scale = averagesOverExamples ? 1 / Double(Swift.max(outputs.rows, 1)) : 1
        return Matrix(rows: outputs.rows, columns: outputs.columns,
                      storage: zip(outputs.storage, targets.storage).map { entry($0, $1).gradient * scale })
    }

    /// The softmax cross-entropy computed from logits z with log-sum-exp, so it never takes log 0.
    public static func softmaxCrossEntropy(logits: Matrix, targets: Matrix) throws -> Double {
        try Loss.softmaxCrossEntropy.checkShapes(logits, targets)
        var total = 0.0
        for row in 0..<logits.rows {
            let start = row * logits.columns
            total += crossEntropyRow(logits.storage[start..<start + logits.columns],
                                     targets.storage[start..<start + logits.columns])
        }
        return total / Double(Swift.max(logits.rows, 1))
    }

    /// −Σ_k t_k log softmax(z)_k for one example, as Σ_k t_k (logsumexp(z) − z_k).
    static func crossEntropyRow<C: Collection>(_ z: C, _ t: C) -> Double where C.Element == Double {
        let largest = z.max() ?? 0
        let logSum = largest + log(z.reduce(0) { $0 + exp($1 - largest) })
        return zip(z, t).reduce(0) { $0 + $1.1 * (logSum - $1.0) }
    }

    /// One entry's contribution to J (before the 1/N) and to ∂J/∂y.
    @inline(__always)
    func entry(_ y: Double, _ t: Double) -> (value: Double, gradient: Double) {
        let r = y - t
        switch self {
        case .halfSumSquared: return (0.5 * r * r, r)
        case .sumSquared, .meanSquared: return (r * r, 2 * r)
        case .softmaxCrossEntropy: return (t == 0 ? 0 : -t * log(y), t == 0 ? 0 : -t / y)
        case .binaryCrossEntropy:
            let value = -(t == 0 ? 0 : t * log(y)) - (t == 1 ? 0 : (1 - t) * log(1 - y))
            return (value, r / (y * (1 - y)))
        case .l1: return (Swift.abs(r), r > 0 ? 1 : (r < 0 ? -1 : 0))
        case let .huber(delta):
            if Swift.abs(r) <= delta { return (0.5 * r * r, r) }
            return (delta * (Swift.abs(r) - 0.5 * delta), r > 0 ? delta : -delta)
        }
    }

    /// Throws unless outputs and targets have the same shape.
    func checkShapes(_ outputs: Matrix, _ targets: Matrix) throws {
        guard outputs.rows == targets.rows, outputs.columns == targets.columns else {
            throw MatrixError.shapeMismatch(operation: "compute \(self) between",
                                            left: outputs.shape, right: targets.shape)
        }
    }
}
