#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The one source of randomness in the core: xoshiro256** seeded through SplitMix64.
///
/// Every conversion is written out here rather than left to the standard library
/// (whose `Double.random(in:using:)` and `shuffled(using:)` algorithms are not
/// guaranteed), so a seed gives the same numbers on every platform and Swift version:
/// - the 256-bit state is four successive outputs of SplitMix64 started at `seed`
///   (Vigna's recommended seeding; a zero state is impossible);
/// - `next()` is xoshiro256** (Blackman & Vigna, 2018);
/// - `nextDouble()` is the top 53 bits of `next()` times 2⁻⁵³, in [0, 1);
/// - `nextGaussian()` is Box–Muller on two `nextDouble()` draws (no caching);
/// - `nextInt(below:)` is Lemire's multiply-shift with rejection (unbiased);
/// - `shuffle` is Fisher–Yates from the last index down.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose whole sequence is determined by `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// A uniform double in [0, 1) from the top 53 bits of `next()`.
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [lower, upper).
    public mutating func nextDouble(in lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * nextDouble()
    }

    /// A standard normal draw by Box–Muller: √(−2 ln u₁)·cos(2π u₂), with u₁ in (0, 1].
    public mutating func nextGaussian() -> Double {
        let u1 = 1 - nextDouble()
        let u2 = nextDouble()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A uniform integer in 0..<bound (Lemire's method with rejection, so unbiased).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "nextInt(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// Shuffles `array` in place by Fisher–Yates, from the last index down.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, nextInt(below: i + 1))
        }
    }

    /// A random permutation of 0..<count.
    public mutating func permutation(_ count: Int) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
