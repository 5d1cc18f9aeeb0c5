extension Plot {
    /// One labelled curve of a line plot: x and y values of the same length.
    public struct Series: Sendable, Equatable {
        /// The name shown in the legend, such as `sigmoid(x)`.
        public var label: String
        /// The x coordinates, in drawing order.
        public var x: [Double]
        /// The y coordinates, one per x.
        public var y: [Double]

        /// Creates a series; ``Plot/lines(_:title:x:y:)`` checks the lengths.
        public init(_ label: String, x: [Double], y: [Double]) {
            self.label = label
            self.x = x
            self.y = y
        }

        /// Samples a function at `samples` evenly spaced points of an interval, ends included.
        public static func sampling(_ label: String, over interval: ClosedRange<Double>, samples: Int = 121,
                                    _ function: (Double) throws -> Double) throws -> Series {
            guard samples >= 2 else { throw PlotError.tooFewSamples(samples) }
            guard interval.lowerBound.isFinite, interval.upperBound.isFinite,
                  interval.lowerBound < interval.upperBound else {
                throw PlotError.emptyRange(axis: "x", lower: interval.lowerBound, upper: interval.upperBound)
            }
            let width = interval.upperBound - interval.lowerBound
            let xs = (0..<samples).map { index in
                index == samples - 1 ? interval.upperBound
                    : interval.lowerBound + width * Double(index) / Double(samples - 1)
            }
            return Series(label, x: xs, y: try xs.map(function))
        }

        /// Compares values so that NaN equals NaN, keeping a plot of bad data equal to itself.
        public static func == (left: Series, right: Series) -> Bool {
            left.label == right.label && sameValues(left.x, right.x) && sameValues(left.y, right.y)
        }
    }
}

/// Element-wise equality in which NaN equals NaN.
func sameValues(_ left: [Double], _ right: [Double]) -> Bool {
    left.count == right.count && zip(left, right).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
}
