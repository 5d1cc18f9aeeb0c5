extension Plot {
    /// Line plot data: one or more series over shared axes, with a legend.
    public struct LineChart: Sendable, Equatable {
        /// The curves, drawn in order; each gets its own character, dash pattern and marker.
        public var series: [Series]
        /// The horizontal axis.
        public var x: Axis
        /// The vertical axis, logarithmic for loss curves.
        public var y: Axis

        /// Creates line plot data; ``Plot/lines(_:title:x:y:)`` validates it.
        public init(series: [Series], x: Axis, y: Axis) {
            self.series = series
            self.x = x
            self.y = y
        }

        /// Whether a point is drawn: both coordinates placeable and inside any given range.
        public func isDrawn(x pointX: Double, y pointY: Double) -> Bool {
            x.canPlace(pointX) && y.canPlace(pointY)
                && (x.range?.contains(pointX) ?? true) && (y.range?.contains(pointY) ?? true)
        }

        /// Both axes fitted to the points that are drawn.
        public var resolvedAxes: (x: ResolvedAxis, y: ResolvedAxis) {
            var xs: [Double] = []
            var ys: [Double] = []
            for series in series {
                for (pointX, pointY) in zip(series.x, series.y) where isDrawn(x: pointX, y: pointY) {
                    xs.append(pointX)
                    ys.append(pointY)
                }
            }
            return (ResolvedAxis.fit(x, to: xs), ResolvedAxis.fit(y, to: ys))
        }

        var notes: [String] {
            var notes: [String] = []
            var drawnAny = false
            for series in series {
                var notFinite = 0, notPositive = 0, outside = 0
                for (pointX, pointY) in zip(series.x, series.y) {
                    if !pointX.isFinite || !pointY.isFinite { notFinite += 1 }
                    else if !x.canPlace(pointX) || !y.canPlace(pointY) { notPositive += 1 }
                    else if !isDrawn(x: pointX, y: pointY) { outside += 1 }
                    else { drawnAny = true }
                }
                notes += skippedNotes(owner: "series '\(series.label)'", notFinite: notFinite,
                                      notPositive: notPositive, outside: outside)
            }
            if !drawnAny { notes.append("nothing to draw: no series has a point that can be placed") }
            return notes
        }
    }

    /// A line plot of one or more series.
    ///
    /// ```swift
    /// let plot = try Plot.lines([Plot.Series("sigmoid", x: xs, y: ys)], x: Plot.Axis("x"), y: Plot.Axis("h"))
    /// ```
    public static func lines(_ series: [Series], title: String? = nil,
                             x: Axis = Axis("x"), y: Axis = Axis("y")) throws -> Plot {
        guard !series.isEmpty else { throw PlotError.noSeries }
        for each in series {
            guard each.x.count == each.y.count else {
                throw PlotError.mismatchedLengths(label: each.label, xCount: each.x.count, yCount: each.y.count)
            }
            guard !each.x.isEmpty else { throw PlotError.emptySeries(label: each.label) }
        }
        try x.validate(name: "x")
        try y.validate(name: "y")
        return Plot(title: title, content: .lines(LineChart(series: series, x: x, y: y)))
    }

    /// A line plot of a function sampled at evenly spaced points of an interval.
    public static func function(_ label: String = "f(x)", over interval: ClosedRange<Double>, samples: Int = 121,
                                title: String? = nil, x: Axis = Axis("x"), y: Axis = Axis("y"),
                                _ function: (Double) throws -> Double) throws -> Plot {
        try lines([Series.sampling(label, over: interval, samples: samples, function)], title: title, x: x, y: y)
    }

    /// A training run's loss against epoch (1, 2, …), on a logarithmic axis unless asked otherwise.
    public static func lossCurve(_ losses: [Double], title: String? = "loss curve",
                                 scale: AxisScale = .logarithmic) throws -> Plot {
        let epochs = (0..<losses.count).map { Double($0 + 1) }
        return try lines([Series("loss", x: epochs, y: losses)], title: title,
                         x: Axis("epoch"), y: Axis("loss", scale: scale))
    }
}

/// The note lines for points that were not drawn, naming why.
func skippedNotes(owner: String, notFinite: Int, notPositive: Int, outside: Int) -> [String] {
    func points(_ count: Int) -> String { count == 1 ? "1 point" : "\(count) points" }
    var notes: [String] = []
    if notFinite > 0 { notes.append("\(owner): \(points(notFinite)) with nan or infinite values not drawn") }
    if notPositive > 0 { notes.append("\(owner): \(points(notPositive)) at or below 0 not drawn on the log axis") }
    if outside > 0 { notes.append("\(owner): \(points(outside)) outside the given range not drawn") }
    return notes
}
