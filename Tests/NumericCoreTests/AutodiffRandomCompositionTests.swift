import Foundation
import Testing
import NumericCore

/// SplitMix64 (Steele, Lea & Flood 2014), so the random expressions are the same on every platform.
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// Uniform in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A random expression over a few inputs, built so that every function stays in its domain.
private indirect enum Expression: CustomStringConvertible {
    case input(Int)
    case constant(Double)
    case sum(Expression, Expression)
    case difference(Expression, Expression)
    case product(Expression, Expression)
    case quotient(Expression, Expression)          // a / (b² + 1)
    case negation(Expression)
    case function(String, Expression)
    case integerPower(Expression, Int)
    case realPower(Expression, Double)              // (a² + 1)^r

    static let functions = ["sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid", "relu"]

    static func random(depth: Int, inputs: Int, using g: inout SplitMix64) -> Expression {
        if depth == 0 || g.below(5) == 0 {
            return g.below(4) == 0 ? .constant(g.uniform(-2...2).rounded() / 2 + 0.25) : .input(g.below(inputs))
        }
        let a = random(depth: depth - 1, inputs: inputs, using: &g)
        switch g.below(9) {
        case 0: return .sum(a, random(depth: depth - 1, inputs: inputs, using: &g))
        case 1: return .difference(a, random(depth: depth - 1, inputs: inputs, using: &g))
        case 2: return .product(a, random(depth: depth - 1, inputs: inputs, using: &g))
        case 3: return .quotient(a, random(depth: depth - 1, inputs: inputs, using: &g))
        case 4: return .negation(a)
        case 5: return .integerPower(a, g.below(4) - 1)
        case 6: return .realPower(a, [0.5, 1.5, -0.5][g.below(3)])
        default: return .function(functions[g.below(functions.count)], a)
        }
    }

    func evaluate<T: DifferentiableScalar>(_ x: [T]) -> T {
        switch self {
        case .input(let i): return x[i]
        case .constant(let c): return T(constant: c)
        case .sum(let a, let b): return a.evaluate(x) + b.evaluate(x)
        case .difference(let a, let b): return a.evaluate(x) - b.evaluate(x)
        case .product(let a, let b): return a.evaluate(x) * b.evaluate(x)
        case .quotient(let a, let b):
            let d = b.evaluate(x)
            return a.evaluate(x) / (d * d + 1)
        case .negation(let a): return -a.evaluate(x)
        case .integerPower(let a, let n): return pow(a.evaluate(x), n)
        case .realPower(let a, let r):
            let v = a.evaluate(x)
            return pow(v * v + 1, r)
        case .function(let name, let a):
            let v = a.evaluate(x)
            switch name {
            case "sin": return sin(v)
            case "cos": return cos(v)
            case "tan": return tan(sin(v))          // keeps the argument inside (−π/2, π/2)
            case "exp": return exp(tanh(v))         // keeps nested exponentials finite
            case "log": return log(v * v + 1)
            case "sqrt": return sqrt(v * v + 1)
            case "tanh": return tanh(v)
            case "sigmoid": return sigmoid(v)
            default: return relu(v)
            }
        }
    }

    var containsKink: Bool {
        switch self {
        case .input, .constant: false
        case .sum(let a, let b), .difference(let a, let b), .product(let a, let b), .quotient(let a, let b):
            a.containsKink || b.containsKink
        case .negation(let a), .integerPower(let a, _), .realPower(let a, _): a.containsKink
        case .function(let name, let a): name == "relu" || a.containsKink
        }
    }

    var description: String {
        switch self {
        case .input(let i): "x\(i)"
        case .constant(let c): "\(c)"
        case .sum(let a, let b): "(\(a) + \(b))"
        case .difference(let a, let b): "(\(a) - \(b))"
        case .product(let a, let b): "(\(a) * \(b))"
        case .quotient(let a, let b): "(\(a) / (\(b)^2 + 1))"
        case .negation(let a): "-\(a)"
        case .integerPower(let a, let n): "\(a)^\(n)"
        case .realPower(let a, let r): "(\(a)^2 + 1)^\(r)"
        case .function(let name, let a): "\(name)(\(a))"
        }
    }
}

@Suite("Forward against reverse on random compositions")
struct AutodiffRandomCompositionTests {
    @Test("Value and every partial agree in both modes, and with central differences")
    func forwardMatchesReverse() {
        var g = SplitMix64(state: 20_250_413)
        var checkedNumerically = 0
        for _ in 0..<300 {
            let e = Expression.random(depth: 5, inputs: 3, using: &g)
            let point = (0..<3).map { _ in g.uniform(-2...2) }
            let forward = gradient(of: { e.evaluate($0) }, at: point)
            let reverse = reverseGradient(of: { e.evaluate($0) }, at: point)
            let plain: Double = e.evaluate(point)
            guard plain.isFinite else { continue }
            #expect(forward.value == plain, "\(e)")
            #expect(reverse.value == plain, "\(e)")
            #expect(forward.passes == 3)
            for i in 0..<3 {
                #expect(close(forward.partials[i], reverse.partials[i], relative: 1e-10),
                        "∂/∂x\(i) of \(e) at \(point)")
            }
            if !e.containsKink {
                let check = gradcheck(of: { e.evaluate($0) }, at: point, tolerance: 1e-5)
                #expect(check.passed, "\(e) at \(point): \(check.rows)")
                checkedNumerically += 1
            }
        }
        #expect(checkedNumerically > 100)
    }
}
