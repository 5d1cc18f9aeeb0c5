import Display
import NumericCore

/// Line plots of functions and of numbers, loss curves and bar charts, for cells and programs alike.
///
/// ```swift
/// plot(over: -6...6, label: "a bump") { x in exp(-x * x) }
/// plot([("tanh", tanh), ("σ", sigmoid)], over: -3...3)
/// lossCurve([slow.losses, fast.losses], labels: ["η = 0.1", "η = 1"])
/// ```
public enum LinePlot {
    /// Samples per function: every 0.1 on the lectures' usual -6...6, so kinks at 0 are sampled exactly.
    public static let defaultSamples = 121
    /// More samples than a 640-pixel-wide SVG can show only make the handout larger.
    public static let maximumSamples = 2_000

    /// One curve before sampling: a function of x, or numbers.
    public enum Curve {
        case function((Double) throws -> Double, label: String?)
        case data(x: [Double], y: [Double], label: String?)
    }

    /// Why a plot cannot be drawn, said as a cell error says it.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Samples the functions over `interval`, names every curve (`labels`, else its own, else `f(x)`,
    /// `f2(x)`, `y`, `y2`) and draws them on one pair of axes.
    public static func plot(_ curves: [Curve], over interval: ClosedRange<Double>?, labels: [String]? = nil,
                            samples: Int = defaultSamples, title: String? = nil, xLabel: String = "x",
                            yLabel: String? = nil, yRange: ClosedRange<Double>? = nil, logScale: Bool = false) throws -> Plot {
        guard (2...maximumSamples).contains(samples) else {
            throw Problem(description: "a plot takes 2 to \(maximumSamples) samples, not \(samples)")
        }
        if let labels, labels.count != curves.count {
            throw Problem(description: "\(labels.count) label\(labels.count == 1 ? "" : "s") for \(curves.count) curve\(curves.count == 1 ? "" : "s")")
        }
        let functionCount = curves.filter { if case .function = $0 { return true } else { return false } }.count
        var series: [Plot.Series] = []
        for (index, curve) in curves.enumerated() {
            switch curve {
            case .function(let function, let ownLabel):
                guard let interval else {
                    throw Problem(description: "a plot of a function needs an interval to plot it over, such as 'over: -6...6'")
                }
                let fallback = functionCount == 1 ? "f(\(xLabel))" : "f\(index + 1)(\(xLabel))"
                series.append(try Plot.Series.sampling(labels?[index] ?? ownLabel ?? fallback, over: interval, samples: samples, function))
            case .data(let xs, let ys, let ownLabel):
                series.append(Plot.Series(labels?[index] ?? ownLabel ?? (curves.count == 1 ? "y" : "y\(index + 1)"), x: xs, y: ys))
            }
        }
        return try Plot.lines(series, title: title, x: Plot.Axis(xLabel, range: interval),
                              y: Plot.Axis(yLabel, range: yRange, scale: logScale ? .logarithmic : .linear))
    }

    /// The loss of each run against epoch 1, 2, …; on a log axis unless some loss is 0 or below.
    public static func lossCurve(_ runs: [[Double]], labels: [String]? = nil, logScale: Bool? = nil,
                                 title: String = "loss curve") throws -> Plot {
        if let labels, labels.count != runs.count {
            throw Problem(description: "\(labels.count) label\(labels.count == 1 ? "" : "s") for \(runs.count) run\(runs.count == 1 ? "" : "s") in lossCurve(_:labels:)")
        }
        if let empty = runs.firstIndex(where: \.isEmpty) {
            throw Problem(description: runs.count == 1 ? "lossCurve needs at least one loss; the array is empty"
                                                       : "lossCurve needs at least one loss per run; run \(empty) is empty")
        }
        // A log axis shows the long tail of a loss curve; it cannot show a loss of 0 or below.
        let logarithmic = logScale ?? runs.joined().allSatisfy { !($0 <= 0) }
        let series = runs.enumerated().map { index, losses in
            Plot.Series(labels?[index] ?? (runs.count == 1 ? "loss" : "run \(index + 1)"),
                        x: (0..<losses.count).map { Double($0 + 1) }, y: losses)
        }
        return try Plot.lines(series, title: title, x: Plot.Axis("epoch"),
                              y: Plot.Axis("loss", scale: logarithmic ? .logarithmic : .linear))
    }

    /// One horizontal bar per labelled value, from zero.
    public static func bars(_ labels: [String], _ values: [Double], title: String? = nil, valueLabel: String? = nil) throws -> Plot {
        guard !values.isEmpty else { throw Problem(description: "a bar chart needs at least one value; the array is empty") }
        guard labels.count == values.count else {
            throw Problem(description: "bars has \(labels.count) label\(labels.count == 1 ? "" : "s") but \(values.count) value\(values.count == 1 ? "" : "s")")
        }
        return try Plot.bars(labels, values: values, title: title, valueLabel: valueLabel)
    }
}

/// A function of x over an interval.
public func plot(_ function: (Double) -> Double, over interval: ClosedRange<Double>, label: String? = nil,
                 samples: Int = LinePlot.defaultSamples, title: String? = nil, xLabel: String = "x", yLabel: String? = nil,
                 yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    withoutActuallyEscaping(function) { function in
        stopOnError {
            try LinePlot.plot([.function(function, label: label)], over: interval, samples: samples, title: title,
                              xLabel: xLabel, yLabel: yLabel, yRange: yRange, logScale: logScale)
        }
    }
}

/// A function of x over an interval, written as a trailing closure.
public func plot(over interval: ClosedRange<Double>, label: String? = nil, samples: Int = LinePlot.defaultSamples,
                 title: String? = nil, xLabel: String = "x", yLabel: String? = nil, yRange: ClosedRange<Double>? = nil,
                 logScale: Bool = false, _ function: (Double) -> Double) -> Plot {
    plot(function, over: interval, label: label, samples: samples, title: title, xLabel: xLabel, yLabel: yLabel,
         yRange: yRange, logScale: logScale)
}

/// Labelled functions of x on one pair of axes.
public func plot(_ functions: [(String, (Double) -> Double)], over interval: ClosedRange<Double>,
                 samples: Int = LinePlot.defaultSamples, title: String? = nil, xLabel: String = "x", yLabel: String? = nil,
                 yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    stopOnError {
        try LinePlot.plot(functions.map { .function($0.1, label: $0.0) }, over: interval, samples: samples, title: title,
                          xLabel: xLabel, yLabel: yLabel, yRange: yRange, logScale: logScale)
    }
}

/// Numbers against x.
public func plot(x: [Double], y: [Double], label: String? = nil, title: String? = nil, xLabel: String = "x",
                 yLabel: String? = nil, yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    stopOnError {
        try LinePlot.plot([.data(x: x, y: y, label: label)], over: nil, title: title, xLabel: xLabel, yLabel: yLabel,
                          yRange: yRange, logScale: logScale)
    }
}

/// Numbers against whole-number x, such as epochs.
public func plot(x: [Int], y: [Double], label: String? = nil, title: String? = nil, xLabel: String = "x",
                 yLabel: String? = nil, yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    plot(x: x.map(Double.init), y: y, label: label, title: title, xLabel: xLabel, yLabel: yLabel, yRange: yRange, logScale: logScale)
}

/// Labelled series of numbers, each against 0, 1, 2, … or against its own x.
public func plot(series: [(String, [Double])], title: String? = nil, xLabel: String = "x", yLabel: String? = nil,
                 yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    stopOnError {
        try LinePlot.plot(series.map { .data(x: $0.1.indices.map(Double.init), y: $0.1, label: $0.0) }, over: nil, title: title,
                          xLabel: xLabel, yLabel: yLabel, yRange: yRange, logScale: logScale)
    }
}

/// Labelled series of numbers, each with its own x.
public func plot(series: [(String, [Double], [Double])], title: String? = nil, xLabel: String = "x", yLabel: String? = nil,
                 yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    stopOnError {
        try LinePlot.plot(series.map { .data(x: $0.1, y: $0.2, label: $0.0) }, over: nil, title: title,
                          xLabel: xLabel, yLabel: yLabel, yRange: yRange, logScale: logScale)
    }
}

/// The losses of one run against epoch 1, 2, ….
public func lossCurve(_ losses: [Double], logScale: Bool? = nil, title: String = "loss curve") -> Plot {
    stopOnError { try LinePlot.lossCurve([losses], logScale: logScale, title: title) }
}

/// The losses of several runs on one pair of axes.
public func lossCurve(_ runs: [[Double]], labels: [String]? = nil, logScale: Bool? = nil, title: String = "loss curve") -> Plot {
    stopOnError { try LinePlot.lossCurve(runs, labels: labels, logScale: logScale, title: title) }
}

/// One bar per labelled value.
public func bars(_ labels: [String], _ values: [Double], title: String? = nil, valueLabel: String? = nil) -> Plot {
    stopOnError { try LinePlot.bars(labels, values, title: title, valueLabel: valueLabel) }
}

/// One bar per value, labelled 0, 1, 2, ….
public func bars(_ values: [Double], title: String? = nil, valueLabel: String? = nil) -> Plot {
    bars(values.indices.map(String.init), values, title: title, valueLabel: valueLabel)
}

/// Labelled series of numbers against whole-number x, such as epochs.
public func plot(series: [(String, [Int], [Double])], title: String? = nil, xLabel: String = "x", yLabel: String? = nil,
                 yRange: ClosedRange<Double>? = nil, logScale: Bool = false) -> Plot {
    plot(series: series.map { ($0.0, $0.1.map(Double.init), $0.2) }, title: title, xLabel: xLabel, yLabel: yLabel,
         yRange: yRange, logScale: logScale)
}
