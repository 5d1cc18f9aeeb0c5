import Foundation
import Display

/// The plots every renderer is checked on (shared by the Display and Rendering tests): one of each kind, with lecture-like data.
public enum PlotSamples {
    public static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    public static func activations() throws -> Plot {
        let sigmoidSeries = try Plot.Series.sampling("sigmoid(x)", over: -6...6, samples: 49, sigmoid)
        let tanhSeries = try Plot.Series.sampling("tanh(x)", over: -6...6, samples: 49, tanh)
        return try Plot.lines([sigmoidSeries, tanhSeries], title: "Activations", x: Plot.Axis("x"), y: Plot.Axis("h"))
    }

    public static func lossCurve() throws -> Plot {
        try Plot.lossCurve((0..<200).map { 0.69 * exp(-Double($0) / 30) + 0.002 })
    }

    public static let xorPoints = [
        Plot.ClassPoint(x: 0, y: 0, classIndex: 0), Plot.ClassPoint(x: 1, y: 1, classIndex: 0),
        Plot.ClassPoint(x: 0, y: 1, classIndex: 1), Plot.ClassPoint(x: 1, y: 0, classIndex: 1),
    ]

    public static func xorHeatMap() throws -> Plot {
        try Plot.heatMap(x: -0.5...1.5, y: -0.5...1.5, resolution: 40, title: "XOR network output",
                         xLabel: "x1", yLabel: "x2", valueLabel: "output", points: xorPoints,
                         classNames: ["target 0", "target 1"]) { x, y in
            sigmoid(20 * (x + y - 0.5)) - sigmoid(20 * (x + y - 1.5))
        }
    }

    public static func scatter() throws -> Plot {
        let points = (0..<24).map { index -> Plot.ClassPoint in
            let angle = Double(index) * 0.7
            let radius = index % 2 == 0 ? 1.0 : 2.5
            return Plot.ClassPoint(x: radius * cos(angle), y: radius * sin(angle), classIndex: index % 2)
        }
        return try Plot.scatter(points, title: "Two rings", x: Plot.Axis("x1"), y: Plot.Axis("x2"),
                                classNames: ["inner", "outer"])
    }

    public static let digitZero: [[Double]] = [
        [0, 0, 5, 13, 9, 1, 0, 0],
        [0, 0, 13, 15, 10, 15, 5, 0],
        [0, 3, 15, 2, 0, 11, 8, 0],
        [0, 4, 12, 0, 0, 8, 8, 0],
        [0, 5, 8, 0, 0, 9, 8, 0],
        [0, 4, 11, 0, 1, 12, 7, 0],
        [0, 2, 14, 5, 10, 12, 0, 0],
        [0, 0, 6, 13, 10, 0, 0, 0],
    ]

    public static func digit() throws -> Plot { try Plot.image(digitZero, title: "Digit 0 (8 × 8)", valueRange: 0...16) }

    public static func weights() throws -> Plot {
        let values = (0..<784).map { index -> Double in
            let row = Double(index / 28) - 13.5, column = Double(index % 28) - 13.5
            return exp(-(row * row + column * column) / 60) * cos(column / 3)
        }
        return try Plot.image(values, rows: 28, columns: 28, title: "First-layer weights of unit 1")
    }

    public static func bars() throws -> Plot {
        try Plot.bars(["w11", "w12", "w21", "w22", "b1", "b2"], values: [6.1, -4.3, 5.9, -4.2, -2.5, 2.2],
                      title: "Hidden-layer parameters", valueLabel: "value")
    }

    public static func withBadValues() throws -> Plot {
        try Plot.lines([Plot.Series("loss", x: [1, 2, 3, 4, 5, 6], y: [1, .nan, 0.5, .infinity, 0, 0.1])],
                       title: "Loss with bad values", x: Plot.Axis("epoch"), y: Plot.Axis("loss", scale: .logarithmic))
    }

    /// Every sample with the name of its golden file.
    public static func all() throws -> [(name: String, plot: Plot)] {
        [("activations", try activations()), ("loss-curve", try lossCurve()), ("xor-heat-map", try xorHeatMap()),
         ("scatter", try scatter()), ("digit", try digit()), ("weights", try weights()), ("bars", try bars()),
         ("bad-values", try withBadValues())]
    }
}
