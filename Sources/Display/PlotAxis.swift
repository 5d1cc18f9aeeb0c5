extension Plot {
    /// How positions along an axis relate to values.
    public enum AxisScale: Sendable, Equatable {
        /// Equal distances for equal differences.
        case linear
        /// Equal distances for equal ratios (powers of ten), for loss curves; values ≤ 0 are not drawn.
        case logarithmic
    }

    /// One axis as the author asked for it: a label, an optional fixed range and a scale.
    public struct Axis: Sendable, Equatable {
        /// The label written along the axis, such as `epoch`.
        public var label: String?
        /// The range shown; `nil` fits the data and rounds out to nice ticks.
        public var range: ClosedRange<Double>?
        /// Linear or logarithmic.
        public var scale: AxisScale

        /// Creates an axis; a given range is checked by the plot constructors.
        public init(_ label: String? = nil, range: ClosedRange<Double>? = nil, scale: AxisScale = .linear) {
            self.label = label
            self.range = range
            self.scale = scale
        }

        /// Whether a value can be placed on this axis at all (finite, and positive on a log axis).
        public func canPlace(_ value: Double) -> Bool {
            value.isFinite && (scale == .linear || value > 0)
        }

        /// Throws when the given range is empty, reversed, not finite, or not positive on a log axis.
        func validate(name: String) throws {
            guard let range else { return }
            guard range.lowerBound.isFinite, range.upperBound.isFinite,
                  range.lowerBound < range.upperBound else {
                throw PlotError.emptyRange(axis: name, lower: range.lowerBound, upper: range.upperBound)
            }
            if scale == .logarithmic, range.lowerBound <= 0 {
                throw PlotError.nonPositiveLogRange(axis: name, lower: range.lowerBound)
            }
        }
    }
}
