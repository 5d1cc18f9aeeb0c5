extension Plot {
    /// Bar chart data: one horizontal bar per labelled value, drawn from zero.
    public struct BarChart: Sendable, Equatable {
        /// The name of each bar, such as a parameter or a class.
        public var labels: [String]
        /// The length of each bar; negative values extend to the left of zero.
        public var values: [Double]
        /// What the values are, written under the value axis.
        public var valueLabel: String?

        /// Creates bar chart data; ``Plot/bars(_:values:title:valueLabel:)`` validates it.
        public init(labels: [String], values: [Double], valueLabel: String?) {
            self.labels = labels
            self.values = values
            self.valueLabel = valueLabel
        }

        /// The value axis, fitted to the finite values and zero.
        public var valueAxis: ResolvedAxis {
            ResolvedAxis.fit(Axis(valueLabel), to: values.filter(\.isFinite) + [0])
        }

        var notes: [String] {
            values.enumerated().filter { !$0.element.isFinite }.map { index, value in
                "bar '\(labels[index])' is \(NumberFormat.format(value)) and is not drawn"
            }
        }

        /// Compares values so that NaN equals NaN.
        public static func == (left: BarChart, right: BarChart) -> Bool {
            left.labels == right.labels && sameValues(left.values, right.values) && left.valueLabel == right.valueLabel
        }
    }

    /// A horizontal bar chart of labelled values.
    public static func bars(_ labels: [String], values: [Double], title: String? = nil,
                            valueLabel: String? = nil) throws -> Plot {
        guard !values.isEmpty else { throw PlotError.noData(kind: "bar chart") }
        guard labels.count == values.count else {
            throw PlotError.mismatchedLabels(labels: labels.count, values: values.count)
        }
        return Plot(title: title, content: .bars(BarChart(labels: labels, values: values, valueLabel: valueLabel)))
    }
}
