import Display
import NumericCore

/// Points marked by class, on axes fitted to the data with a margin.
public enum ScatterPlot {
    /// Share of the data's span left free on each side, so that no point sits on the frame (the XOR
    /// points 0 and 1 get the axis -0.2...1.2).
    public static let margin = 0.1

    /// The scatter plot of `points`, legend names by class index.
    public static func plot(_ points: [Plot.ClassPoint], title: String? = nil, xLabel: String = "x", yLabel: String = "y",
                            classNames: [String] = []) throws -> Plot {
        try Plot.scatter(points, title: title, x: paddedAxis(xLabel, points.map(\.x)), y: paddedAxis(yLabel, points.map(\.y)),
                         classNames: classNames)
    }

    /// An axis fitted to the values with a margin, rounded out to nice ticks.
    static func paddedAxis(_ label: String, _ values: [Double]) -> Plot.Axis {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return Plot.Axis(label) }
        let padding = high > low ? (high - low) * margin : Swift.max(Swift.abs(low) * margin, 0.5)
        let fitted = Plot.ResolvedAxis.fit(Plot.Axis(label), to: [low - padding, high + padding])
        return Plot.Axis(label, range: fitted.lower...fitted.upper)
    }
}

/// Points given as rows (x, y), marked by class.
///
/// ```swift
/// scatter([[0, 0], [0, 1], [1, 0], [1, 1]], classes: [0, 1, 1, 0], classNames: ["t = 0", "t = 1"])
/// ```
public func scatter(_ points: Matrix, classes: [Int]? = nil, classNames: [String] = [], title: String? = nil,
                    xLabel: String = "x", yLabel: String = "y") -> Plot {
    stopOnError {
        try ScatterPlot.plot(try classPoints(points, classes: classes), title: title, xLabel: xLabel, yLabel: yLabel,
                             classNames: classNames)
    }
}

/// A two-input dataset's examples, marked by class (`scatter(Dataset.xor())`).
public func scatter(_ data: Dataset, title: String? = nil, xLabel: String = "x", yLabel: String = "y") -> Plot {
    stopOnError {
        let (points, names) = try classPoints(of: data)
        return try ScatterPlot.plot(points, title: title, xLabel: xLabel, yLabel: yLabel, classNames: names)
    }
}

/// Points given as a list of (x, y) rows, marked by class.
public func scatter(_ points: [[Double]], classes: [Int]? = nil, classNames: [String] = [], title: String? = nil,
                    xLabel: String = "x", yLabel: String = "y") -> Plot {
    scatter(Matrix(points), classes: classes, classNames: classNames, title: title, xLabel: xLabel, yLabel: yLabel)
}

/// Points given by their coordinates, marked by class.
public func scatter(x: [Double], y: [Double], classes: [Int]? = nil, classNames: [String] = [], title: String? = nil,
                    xLabel: String = "x", yLabel: String = "y") -> Plot {
    guard x.count == y.count else { stop("scatter has \(x.count) x values but \(y.count) y values") }
    return scatter(Matrix(rows: x.count, columns: 2, storage: zip(x, y).flatMap { [$0, $1] }), classes: classes,
                   classNames: classNames, title: title, xLabel: xLabel, yLabel: yLabel)
}
