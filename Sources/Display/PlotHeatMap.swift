extension Plot {
    /// Heat map data: a grid of values covering a rectangle, with optional marked points by class.
    ///
    /// `values[0]` is the bottom row (y at the lower bound) and `values[row][0]` the left column, so
    /// `values[i][j]` is the value of the cell at the i-th y step and j-th x step, as a loop over y
    /// then x naturally builds it. Each value fills one equal-sized cell of the rectangle.
    public struct HeatMap: Sendable, Equatable {
        /// The grid, bottom row first.
        public var values: [[Double]]
        /// The horizontal extent of the grid.
        public var xRange: ClosedRange<Double>
        /// The vertical extent of the grid.
        public var yRange: ClosedRange<Double>
        /// The label along the horizontal axis.
        public var xLabel: String?
        /// The label along the vertical axis.
        public var yLabel: String?
        /// What the shades stand for, such as `network output`.
        public var valueLabel: String?
        /// The value range of the shades; `nil` fits the finite values.
        public var valueRange: ClosedRange<Double>?
        /// Points marked on top of the shades, such as the four XOR inputs.
        public var points: [ClassPoint]
        /// Names for the legend by class index; a missing name reads `class N`.
        public var classNames: [String]

        /// Creates heat map data; ``Plot/heatMap(_:x:y:title:xLabel:yLabel:valueLabel:valueRange:points:classNames:)`` validates it.
        public init(values: [[Double]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                    xLabel: String?, yLabel: String?, valueLabel: String?, valueRange: ClosedRange<Double>?,
                    points: [ClassPoint], classNames: [String]) {
            self.values = values
            self.xRange = xRange
            self.yRange = yRange
            self.xLabel = xLabel
            self.yLabel = yLabel
            self.valueLabel = valueLabel
            self.valueRange = valueRange
            self.points = points
            self.classNames = classNames
        }

        /// The number of rows (y steps).
        public var rowCount: Int { values.count }
        /// The number of columns (x steps).
        public var columnCount: Int { values.first?.count ?? 0 }
        /// How values map to shades.
        public var valueScale: ValueScale { ValueScale(values: values.flatMap { $0 }, given: valueRange) }
        /// The horizontal axis with its ticks.
        public var xAxis: ResolvedAxis { ResolvedAxis(lower: xRange.lowerBound, upper: xRange.upperBound, scale: .linear) }
        /// The vertical axis with its ticks.
        public var yAxis: ResolvedAxis { ResolvedAxis(lower: yRange.lowerBound, upper: yRange.upperBound, scale: .linear) }

        /// Whether a marked point is drawn: finite and inside the rectangle.
        public func isDrawn(_ point: ClassPoint) -> Bool {
            xRange.contains(point.x) && yRange.contains(point.y)
        }

        /// The classes of the marked points, in increasing order, with their legend names.
        public var classes: [(index: Int, name: String)] { Plot.classes(of: points, names: classNames) }

        var notes: [String] {
            var notes = nonFiniteCellNote(count: values.joined().filter { !$0.isFinite }.count, noun: "cell")
            let outside = points.filter { !isDrawn($0) }.count
            if outside > 0 {
                notes.append("\(outside) marked point\(outside == 1 ? "" : "s") outside the map or not finite, not drawn")
            }
            let scale = valueScale
            if scale.isConstant { notes.append("every value is \(NumberFormat.format(scale.lower))") }
            return notes
        }

        /// Compares values so that NaN equals NaN.
        public static func == (left: HeatMap, right: HeatMap) -> Bool {
            left.values.count == right.values.count
                && zip(left.values, right.values).allSatisfy { sameValues($0, $1) }
                && left.xRange == right.xRange && left.yRange == right.yRange
                && left.xLabel == right.xLabel && left.yLabel == right.yLabel
                && left.valueLabel == right.valueLabel && left.valueRange == right.valueRange
                && samePoints(left.points, right.points) && left.classNames == right.classNames
        }
    }

    /// A heat map of a grid of values over a rectangle (bottom row first), with optional marked points.
    public static func heatMap(_ values: [[Double]], x: ClosedRange<Double>, y: ClosedRange<Double>,
                               title: String? = nil, xLabel: String? = "x", yLabel: String? = "y",
                               valueLabel: String? = nil, valueRange: ClosedRange<Double>? = nil,
                               points: [ClassPoint] = [], classNames: [String] = []) throws -> Plot {
        try validateGrid(values, kind: "heat map")
        try Axis(range: x).validate(name: "x")
        try Axis(range: y).validate(name: "y")
        try validateValueRange(valueRange)
        if let negative = points.first(where: { $0.classIndex < 0 }) {
            throw PlotError.negativeClass(negative.classIndex)
        }
        let map = HeatMap(values: values, xRange: x, yRange: y, xLabel: xLabel, yLabel: yLabel,
                          valueLabel: valueLabel, valueRange: valueRange, points: points, classNames: classNames)
        return Plot(title: title, content: .heatMap(map))
    }

    /// The centre of cell `index` of `count` equal cells along `range`: where a heat map samples.
    public static func gridCentre(_ range: ClosedRange<Double>, _ index: Int, of count: Int) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * (Double(index) + 0.5) / Double(count)
    }

    /// A heat map of a function of two variables, sampled at the centre of each cell of a square grid.
    ///
    /// ```swift
    /// let plot = try Plot.heatMap(x: -0.5...1.5, y: -0.5...1.5) { x, y in net.output(x, y) }
    /// ```
    public static func heatMap(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 40,
                               title: String? = nil, xLabel: String? = "x", yLabel: String? = "y",
                               valueLabel: String? = nil, valueRange: ClosedRange<Double>? = nil,
                               points: [ClassPoint] = [], classNames: [String] = [],
                               _ function: (Double, Double) throws -> Double) throws -> Plot {
        guard resolution >= 1 else { throw PlotError.noData(kind: "heat map") }
        try Axis(range: x).validate(name: "x")
        try Axis(range: y).validate(name: "y")
        let values = try (0..<resolution).map { row in
            try (0..<resolution).map { column in
                try function(gridCentre(x, column, of: resolution), gridCentre(y, row, of: resolution))
            }
        }
        return try heatMap(values, x: x, y: y, title: title, xLabel: xLabel, yLabel: yLabel,
                           valueLabel: valueLabel, valueRange: valueRange, points: points, classNames: classNames)
    }
}
