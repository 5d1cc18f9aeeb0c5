#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension Plot {
    /// An axis fitted to its data: the range drawn, the tick values and the scale, shared by both renderers.
    ///
    /// An automatic linear range rounds out to the nearest ticks (steps of 1, 2 or 5 times a power of ten);
    /// an automatic logarithmic range rounds out to powers of ten. A given range is kept as it is.
    public struct ResolvedAxis: Sendable, Equatable {
        /// The value at the start (left or bottom) of the axis.
        public let lower: Double
        /// The value at the end (right or top) of the axis.
        public let upper: Double
        /// Linear or logarithmic.
        public let scale: AxisScale
        /// The values that get a tick mark and a label, in increasing order.
        public let ticks: [Double]

        /// About how many ticks an axis gets; the nice-number rounding picks between 4 and 11.
        public static let targetTickCount = 6

        /// Fits an axis to the values it must show; values that ``Axis/canPlace(_:)`` rejects are ignored.
        public static func fit(_ axis: Axis, to values: [Double]) -> ResolvedAxis {
            if let range = axis.range {
                return ResolvedAxis(lower: range.lowerBound, upper: range.upperBound, scale: axis.scale)
            }
            let placeable = values.filter(axis.canPlace)
            guard var low = placeable.min(), var high = placeable.max() else {
                return axis.scale == .linear
                    ? ResolvedAxis(lower: 0, upper: 1, scale: .linear)
                    : ResolvedAxis(lower: 1, upper: 10, scale: .logarithmic)
            }
            switch axis.scale {
            case .linear:
                if low == high {
                    let padding = low == 0 ? 1 : abs(low) * 0.1
                    low -= padding
                    high += padding
                }
                let step = niceStep(span: high - low)
                if let step, abs(low / step) < 1e15, abs(high / step) < 1e15 {
                    low = (low / step).rounded(.down) * step
                    high = (high / step).rounded(.up) * step
                }
                return ResolvedAxis(lower: low, upper: high, scale: .linear)
            case .logarithmic:
                let lowDecade = log10(low).rounded(.down)
                var highDecade = log10(high).rounded(.up)
                if highDecade <= lowDecade { highDecade = lowDecade + 1 }
                return ResolvedAxis(lower: pow(10, lowDecade), upper: pow(10, highDecade), scale: .logarithmic)
            }
        }

        /// Creates an axis over a fixed range (lower < upper, both finite, positive for a log scale).
        public init(lower: Double, upper: Double, scale: AxisScale) {
            self.lower = lower
            self.upper = upper
            self.scale = scale
            self.ticks = scale == .linear
                ? Self.linearTicks(lower: lower, upper: upper)
                : Self.logarithmicTicks(lower: lower, upper: upper)
        }

        /// Where a value sits along the axis: 0 at ``lower``, 1 at ``upper``, outside [0, 1] beyond them.
        public func fraction(of value: Double) -> Double {
            switch scale {
            case .linear: return (value - lower) / (upper - lower)
            case .logarithmic: return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
            }
        }

        /// A step of 1, 2 or 5 times a power of ten that cuts `span` into about ``targetTickCount`` pieces.
        static func niceStep(span: Double) -> Double? {
            guard span.isFinite, span > 0 else { return nil }
            let raw = span / Double(targetTickCount - 1)
            let magnitude = pow(10, log10(raw).rounded(.down))
            let fraction = raw / magnitude
            let nice: Double = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            let step = nice * magnitude
            return step.isFinite && step > 0 ? step : nil
        }

        private static func linearTicks(lower: Double, upper: Double) -> [Double] {
            // Ticks are integer multiples of the step, so that 0 is a tick whenever it is in range.
            guard let step = niceStep(span: upper - lower),
                  abs(lower / step) < 1e15, abs(upper / step) < 1e15 else { return [lower, upper] }
            let first = Int((lower / step - 1e-9).rounded(.up))
            let last = Int((upper / step + 1e-9).rounded(.down))
            guard first <= last else { return [lower, upper] }
            return (first...last).map { Double($0) * step }
        }

        private static func logarithmicTicks(lower: Double, upper: Double) -> [Double] {
            // A lower end padded down to 0 (subnormal data) has no decade: keep the two ends.
            let lowest = log10(lower), highest = log10(upper)
            guard lowest.isFinite, highest.isFinite else { return [lower, upper] }
            let first = Int((lowest - 1e-9).rounded(.up))
            let last = Int((highest + 1e-9).rounded(.down))
            // Within two decades, 2 and 5 times each power of ten are ticks too.
            let multiples: [Double] = last - first <= 2 ? [1, 2, 5] : [1]
            var ticks: [Double] = []
            let decadeStride = max(1, (last - first + 7) / 8)
            for decade in stride(from: first - 1, through: last, by: decadeStride) {
                for multiple in multiples {
                    let tick = multiple * pow(10, Double(decade))
                    if tick >= lower * (1 - 1e-9), tick <= upper * (1 + 1e-9) { ticks.append(tick) }
                }
            }
            return ticks.count >= 2 ? ticks : [lower, upper]
        }
    }
}
