#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension Loss {
    /// Writes the output layer's sensitivity ∂J/∂z into `sensitivity` and returns J for the batch.
    ///
    /// With the loss's fused activation (softmax for cross-entropy, sigmoid for binary
    /// cross-entropy) the sensitivity is (y − t)/N and J is computed from z, stably;
    /// otherwise it is ∂J/∂y pushed through the activation's derivative. `logSumExp`, when the
    /// forward pass's softmax recorded it per row, spares cross-entropy computing every exp again.
    func outputSensitivity(activation: Activation, z: UnsafePointer<Double>, h: UnsafePointer<Double>,
                           targets t: UnsafePointer<Double>, into s: UnsafeMutablePointer<Double>,
                           rows: Int, columns: Int, logSumExp: UnsafePointer<Double>? = nil) -> Double {
        let count = rows * columns
        let scale = averagesOverExamples ? 1 / Double(Swift.max(rows, 1)) : 1
        var total = 0.0
        if activation == fusedActivation {
            for i in 0..<count { s[i] = (h[i] - t[i]) * scale }
            if activation == .softmax, let logSumExp {
                for row in 0..<rows {
                    let start = row * columns, logSum = logSumExp[row]
                    var rowTotal = 0.0
                    for j in start..<start + columns { rowTotal += t[j] * (logSum - z[j]) }
                    total += rowTotal
                }
            } else if activation == .softmax {
                for row in 0..<rows {
                    let start = row * columns
                    total += Loss.crossEntropyRow(UnsafeBufferPointer(start: z + start, count: columns),
                                                  UnsafeBufferPointer(start: t + start, count: columns))
                }
            } else {
                // −[t log σ(z) + (1 − t) log(1 − σ(z))] = t·softplus(−z) + (1 − t)·softplus(z).
                for i in 0..<count {
                    total += t[i] * Activation.softplus(-z[i]) + (1 - t[i]) * Activation.softplus(z[i])
                }
            }
            return total * scale
        }
        switch self {
        case .halfSumSquared, .sumSquared, .meanSquared:
            // The hot path of small nets: no per-entry switch.
            let factor = self == .halfSumSquared ? 1.0 : 2.0
            let half = self == .halfSumSquared ? 0.5 : 1.0
            for i in 0..<count {
                let r = h[i] - t[i]
                total += r * r
                s[i] = factor * r * scale
            }
            total *= half
        default:
            for i in 0..<count {
                let (value, gradient) = entry(h[i], t[i])
                total += value
                s[i] = gradient * scale
            }
        }
        activation.multiplyByDerivative(s, z: z, h: h, rows: rows, columns: columns)
        return total * scale
    }
}

extension Activation {
    /// Turns ∂J/∂h into ∂J/∂z in place (a vector–Jacobian product; row by row for softmax).
    @inline(__always)
    func multiplyByDerivative(_ g: UnsafeMutablePointer<Double>, z: UnsafePointer<Double>,
                              h: UnsafePointer<Double>, rows: Int, columns: Int) {
        let count = rows * columns
        switch self {
        case .sigmoid: for i in 0..<count { g[i] *= h[i] * (1 - h[i]) }
        case .tanh: for i in 0..<count { g[i] *= 1 - h[i] * h[i] }
        case .relu: Activation.zeroWhereOff(g, h, count: count)
        case .step: for i in 0..<count { g[i] = 0 }
        case .linear: break
        case .softmax:
            for start in stride(from: 0, to: count, by: Swift.max(columns, 1)) {
                var dot = 0.0
                for j in start..<start + columns { dot += g[j] * h[j] }
                for j in start..<start + columns { g[j] = h[j] * (g[j] - dot) }
            }
        default:
            // Every other elementwise activation through its rule (softplus, and any new one).
            guard let derivative = rule?.derivative else { return }
            for i in 0..<count { g[i] *= derivative(z[i]) }
        }
    }

    /// Writes f(z) into `h`, with the switch outside the loop (row by row for softmax, which also
    /// writes each row's log Σ exp(z) into `logSumExp` when given).
    @inline(__always)
    func apply(_ z: UnsafePointer<Double>, into h: UnsafeMutablePointer<Double>, rows: Int, columns: Int,
               logSumExp: UnsafeMutablePointer<Double>? = nil) {
        let count = rows * columns
        switch self {
        case .sigmoid: for i in 0..<count { h[i] = Activation.sigmoid(z[i]) }
        case .tanh: for i in 0..<count { h[i] = Glibc.tanh(z[i]) }
        case .relu: for i in 0..<count { h[i] = z[i] > 0 ? z[i] : 0 }
        case .step: for i in 0..<count { h[i] = z[i] >= 0 ? 1 : 0 }
        case .linear: h.update(from: z, count: count)
        case .softmax:
            h.update(from: z, count: count)
            let buffer = UnsafeMutableBufferPointer(start: h, count: count)
            for (row, start) in stride(from: 0, to: count, by: Swift.max(columns, 1)).enumerated() {
                let logSum = Activation.softmaxRow(buffer, start: start, count: columns)
                logSumExp?[row] = logSum
            }
        default:
            guard let value = rule?.value else { return }
            for i in 0..<count { h[i] = value(z[i]) }
        }
    }
}

extension Activation {
    /// ReLU's vector–Jacobian product: g[i] ← 0 wherever h[i] is not positive (NaN included).
    /// Eight lanes at a time with a select, since half the units are off at random and a
    /// branch per entry mispredicts.
    static func zeroWhereOff(_ g: UnsafeMutablePointer<Double>, _ h: UnsafePointer<Double>, count: Int) {
        var i = 0
        while i + 8 <= count {
            let on = UnsafeRawPointer(h + i).loadUnaligned(as: SIMD8<Double>.self) .> 0
            let values = UnsafeRawPointer(g + i).loadUnaligned(as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(g + i).storeBytes(of: values.replacing(with: 0, where: .!on), as: SIMD8<Double>.self)
            i += 8
        }
        while i < count {
            if !(h[i] > 0) { g[i] = 0 }
            i += 1
        }
    }
}
