extension Plot {
    /// How values map to shades in a heat map or image: the value range and each value's place in it.
    public struct ValueScale: Sendable, Equatable {
        /// The value drawn lightest (the text ramp's `' '`, the colour map's start).
        public let lower: Double
        /// The value drawn darkest (the text ramp's `'@'`, the colour map's end).
        public let upper: Double
        /// Whether every finite value is the same, so that all shades are the middle one.
        public let isConstant: Bool

        /// Fits a scale to the finite values, or keeps a given range; with no finite values it is 0...1.
        public init(values: [Double], given: ClosedRange<Double>? = nil) {
            if let given {
                (lower, upper, isConstant) = (given.lowerBound, given.upperBound, false)
                return
            }
            let finite = values.filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 1
            (lower, upper, isConstant) = (low, high, low == high)
        }

        /// A value's place between ``lower`` (0) and ``upper`` (1), clamped; `nil` for NaN or infinity.
        public func fraction(of value: Double) -> Double? {
            guard value.isFinite else { return nil }
            if isConstant { return 0.5 }
            let fraction = (value - lower) / (upper - lower)
            guard fraction.isFinite else { return 0.5 }
            return Swift.min(1, Swift.max(0, fraction))
        }
    }
}

/// Validates a given value range (finite, lower below upper).
func validateValueRange(_ range: ClosedRange<Double>?) throws {
    guard let range else { return }
    guard range.lowerBound.isFinite, range.upperBound.isFinite, range.lowerBound < range.upperBound else {
        throw PlotError.emptyRange(axis: "value", lower: range.lowerBound, upper: range.upperBound)
    }
}

/// Checks that a grid is non-empty and rectangular, naming the kind of plot in the error.
func validateGrid(_ grid: [[Double]], kind: String) throws {
    guard let first = grid.first, !first.isEmpty else { throw PlotError.noData(kind: kind) }
    for (index, row) in grid.enumerated() where row.count != first.count {
        throw PlotError.raggedGrid(kind: kind, row: index, count: row.count, expected: first.count)
    }
}

/// The note line for grid cells that are NaN or infinite.
func nonFiniteCellNote(count: Int, noun: String) -> [String] {
    guard count > 0 else { return [] }
    return ["\(count) \(noun)\(count == 1 ? "" : "s") with nan or infinite values drawn as '?' (text) or hatched (SVG)"]
}
