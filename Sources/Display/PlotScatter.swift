extension Plot {
    /// A point of a dataset with its class, such as an XOR input and its target.
    public struct ClassPoint: Sendable, Equatable {
        /// The horizontal coordinate.
        public var x: Double
        /// The vertical coordinate.
        public var y: Double
        /// The class, numbered from 0; it picks the marker (`o`, `x`, …).
        public var classIndex: Int

        /// Creates a point of a class.
        public init(x: Double, y: Double, classIndex: Int) {
            self.x = x
            self.y = y
            self.classIndex = classIndex
        }
    }

    /// Scatter plot data: points marked by class over two axes.
    public struct Scatter: Sendable, Equatable {
        /// The points, drawn in order.
        public var points: [ClassPoint]
        /// Names for the legend by class index; a missing name reads `class N`.
        public var classNames: [String]
        /// The horizontal axis.
        public var x: Axis
        /// The vertical axis.
        public var y: Axis

        /// Creates scatter data; ``Plot/scatter(_:title:x:y:classNames:)`` validates it.
        public init(points: [ClassPoint], classNames: [String], x: Axis, y: Axis) {
            self.points = points
            self.classNames = classNames
            self.x = x
            self.y = y
        }

        /// Whether a point is drawn: both coordinates placeable and inside any given range.
        public func isDrawn(_ point: ClassPoint) -> Bool {
            x.canPlace(point.x) && y.canPlace(point.y)
                && (x.range?.contains(point.x) ?? true) && (y.range?.contains(point.y) ?? true)
        }

        /// Both axes fitted to the points that are drawn.
        public var resolvedAxes: (x: ResolvedAxis, y: ResolvedAxis) {
            let drawn = points.filter(isDrawn)
            return (ResolvedAxis.fit(x, to: drawn.map(\.x)), ResolvedAxis.fit(y, to: drawn.map(\.y)))
        }

        /// The classes present, in increasing order, each with its legend name.
        public var classes: [(index: Int, name: String)] {
            Plot.classes(of: points, names: classNames)
        }

        var notes: [String] {
            var notFinite = 0, notPositive = 0, outside = 0
            for point in points {
                if !point.x.isFinite || !point.y.isFinite { notFinite += 1 }
                else if !x.canPlace(point.x) || !y.canPlace(point.y) { notPositive += 1 }
                else if !isDrawn(point) { outside += 1 }
            }
            return skippedNotes(owner: "scatter", notFinite: notFinite, notPositive: notPositive, outside: outside)
        }

        /// Compares values so that NaN equals NaN.
        public static func == (left: Scatter, right: Scatter) -> Bool {
            samePoints(left.points, right.points) && left.classNames == right.classNames
                && left.x == right.x && left.y == right.y
        }
    }

    /// A scatter plot of points by class.
    public static func scatter(_ points: [ClassPoint], title: String? = nil, x: Axis = Axis("x"),
                               y: Axis = Axis("y"), classNames: [String] = []) throws -> Plot {
        guard !points.isEmpty else { throw PlotError.noData(kind: "scatter plot") }
        if let negative = points.first(where: { $0.classIndex < 0 }) {
            throw PlotError.negativeClass(negative.classIndex)
        }
        try x.validate(name: "x")
        try y.validate(name: "y")
        return Plot(title: title, content: .scatter(Scatter(points: points, classNames: classNames, x: x, y: y)))
    }

    /// A scatter plot from coordinate arrays and one class per point.
    public static func scatter(x xs: [Double], y ys: [Double], classes: [Int], title: String? = nil,
                               x xAxis: Axis = Axis("x"), y yAxis: Axis = Axis("y"),
                               classNames: [String] = []) throws -> Plot {
        guard xs.count == ys.count else {
            throw PlotError.mismatchedLengths(label: "scatter", xCount: xs.count, yCount: ys.count)
        }
        guard xs.count == classes.count else {
            throw PlotError.mismatchedClasses(points: xs.count, classes: classes.count)
        }
        let points = (0..<xs.count).map { ClassPoint(x: xs[$0], y: ys[$0], classIndex: classes[$0]) }
        return try scatter(points, title: title, x: xAxis, y: yAxis, classNames: classNames)
    }

    /// The classes present among points, in increasing order, with their legend names.
    static func classes(of points: [ClassPoint], names: [String]) -> [(index: Int, name: String)] {
        Set(points.map(\.classIndex)).sorted().map { index in
            (index, index < names.count ? names[index] : "class \(index)")
        }
    }
}

/// Point-wise equality in which NaN coordinates equal NaN.
func samePoints(_ left: [Plot.ClassPoint], _ right: [Plot.ClassPoint]) -> Bool {
    left.count == right.count && zip(left, right).allSatisfy { first, second in
        first.classIndex == second.classIndex
            && sameValues([first.x, first.y], [second.x, second.y])
    }
}
