import Display
import NumericCore

/// Why a heat map cannot be drawn, said as a cell error says it.
public struct HeatMapError: Error, CustomStringConvertible {
    public let description: String
}

/// A network's output over a rectangle of the plane, one forward pass over a `resolution` × `resolution`
/// grid of cell centres, with a dataset's points marked by class (target ≥ ½ for one output unit).
///
/// ```swift
/// heatMap(net, x: -0.5...1.5, y: -0.5...1.5, points: data, resolution: 32)
/// ```
public func heatMap(_ network: Network, x: ClosedRange<Double>, y: ClosedRange<Double>, points: Dataset? = nil,
                    output: Int = 0, resolution: Int = 40, title: String? = nil) -> Plot {
    stopOnError { try heatMapPlot(network, x: x, y: y, points: points, output: output, resolution: resolution, title: title) }
}

/// ``heatMap(_:x:y:points:output:resolution:title:)``, throwing instead of stopping.
public func heatMapPlot(_ network: Network, x xRange: ClosedRange<Double>, y yRange: ClosedRange<Double>,
                        points data: Dataset? = nil, output: Int = 0, resolution: Int = 40,
                        title: String? = nil) throws -> Plot {
    try network.validate()
    guard network.inputCount == 2 else {
        throw HeatMapError(description: "a heat map needs a network with 2 inputs, found \(network.inputCount)")
    }
    guard output >= 0 && output < network.outputCount else {
        throw HeatMapError(description: "output \(output) is out of range: the network has \(network.outputCount) output\(network.outputCount == 1 ? "" : "s")")
    }
    guard (2...200).contains(resolution) else {
        throw HeatMapError(description: "resolution must be between 2 and 200, found \(resolution)")
    }
    let values = try networkGrid(network, x: xRange, y: yRange, resolution: resolution, output: output)
    let (points, classNames) = try data.map(classPoints(of:)) ?? ([], [])
    let activation = network.layers.last!.activation
    let bounded: ClosedRange<Double>? = [.sigmoid, .step, .softmax].contains(activation) ? 0...1 : nil
    let unit = NetworkNotation.unitNames("h", of: network.layers.count - 1, in: network)[output]
    return try Plot.heatMap(values, x: xRange, y: yRange, title: title ?? "\(unit) over the plane", xLabel: "x₁", yLabel: "x₂",
                            valueLabel: unit, valueRange: bounded, points: points, classNames: classNames)
}

/// A function of two numbers shaded over a rectangle, darker is higher, sampled at the centres of a
/// `resolution` × `resolution` grid; `points` (rows x, y) are marked by their `classes`.
///
/// ```swift
/// heatMap(over: -1...1, by: -1...1, title: "J(w₁, w₂)") { w1, w2 in w1 * w1 + w2 * w2 }
/// ```
public func heatMap(over x: ClosedRange<Double>, by y: ClosedRange<Double>, resolution: Int = 40, title: String? = nil,
                    xLabel: String = "x", yLabel: String = "y", valueLabel: String? = nil,
                    valueRange: ClosedRange<Double>? = nil, points: Matrix? = nil, classes: [Int]? = nil,
                    classNames: [String] = [], _ function: (Double, Double) -> Double) -> Plot {
    stopOnError {
        let marked = try classPoints(points, classes: classes)
        return try Plot.heatMap(x: x, y: y, resolution: resolution, title: title, xLabel: xLabel, yLabel: yLabel,
                                valueLabel: valueLabel, valueRange: valueRange, points: marked, classNames: classNames,
                                function)
    }
}

/// A two-input dataset's examples as plot points, classed by label (or by target ≥ ½), with the
/// legend's names (the dataset's class names, else `target 0`, `target 1`, …).
public func classPoints(of data: Dataset) throws -> (points: [Plot.ClassPoint], classNames: [String]) {
    guard data.inputs.columns == 2 else {
        throw HeatMapError(description: "the marked points need 2 inputs per example, found \(data.inputs.columns)")
    }
    let classes = data.labels ?? (0..<data.count).map { data.targets[$0, 0] >= 0.5 ? 1 : 0 }
    let points = (0..<data.count).map {
        Plot.ClassPoint(x: data.inputs[$0, 0], y: data.inputs[$0, 1], classIndex: Swift.max(0, classes[$0]))
    }
    return (points, data.classNames ?? (0...(classes.max() ?? 1)).map { "target \($0)" })
}

/// Output `output` of a two-input network at the centres of a `resolution`² grid, bottom row first,
/// in one forward pass.
func networkGrid(_ network: Network, x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int,
                 output: Int = 0) throws -> [[Double]] {
    var grid = Matrix(rows: resolution * resolution, columns: 2)
    for row in 0..<resolution {
        for column in 0..<resolution {
            grid[row * resolution + column, 0] = Plot.gridCentre(x, column, of: resolution)
            grid[row * resolution + column, 1] = Plot.gridCentre(y, row, of: resolution)
        }
    }
    let outputs = try network.predict(grid)
    return (0..<resolution).map { row in (0..<resolution).map { outputs[row * resolution + $0, output] } }
}

/// Points given as rows (x, y), each with its class (0 when no classes are given).
public func classPoints(_ points: Matrix?, classes: [Int]?) throws -> [Plot.ClassPoint] {
    guard let points else { return [] }
    guard points.columns >= 2 else {
        throw HeatMapError(description: "expected points as rows (x, y), but they have \(points.columns) value\(points.columns == 1 ? "" : "s")")
    }
    let classes = classes ?? Array(repeating: 0, count: points.rows)
    guard classes.count == points.rows else {
        throw HeatMapError(description: "\(points.rows) point\(points.rows == 1 ? "" : "s") but \(classes.count) class\(classes.count == 1 ? "" : "es")")
    }
    return (0..<points.rows).map { Plot.ClassPoint(x: points[$0, 0], y: points[$0, 1], classIndex: classes[$0]) }
}
