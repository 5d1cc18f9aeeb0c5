import Display
import NumericCore

/// Why pixels and a shape do not make an image.
public struct ImageProblem: Error, CustomStringConvertible {
    public let description: String
}

/// A greyscale picture, darker for higher values, of pixels read row by row: `image(weights, rows: 28,
/// columns: 28)`; with no shape the pixels must make a square (64 pixels are 8 × 8).
public func image(_ pixels: [Double], rows: Int? = nil, columns: Int? = nil, title: String? = nil,
                  valueRange: ClosedRange<Double>? = nil) -> Plot {
    stopOnError { try imagePlot(pixels, rows: rows, columns: columns, title: title, valueRange: valueRange) }
}

/// A greyscale picture of rows of pixels, top row first, such as an 8 × 8 digit; with `rows:` or
/// `columns:` the pixels are read row by row into that shape instead.
public func image(_ pixels: [[Double]], rows: Int? = nil, columns: Int? = nil, title: String? = nil,
                  valueRange: ClosedRange<Double>? = nil) -> Plot {
    stopOnError { try imagePlot(grid: pixels, rows: rows, columns: columns, title: title, valueRange: valueRange) }
}

/// A greyscale picture of a matrix, one pixel per entry; a single row or column is a flat vector of
/// pixels, shaped as `image(_:rows:columns:)` shapes an array.
public func image(_ matrix: Matrix, rows: Int? = nil, columns: Int? = nil, title: String? = nil,
                  valueRange: ClosedRange<Double>? = nil) -> Plot {
    stopOnError { try imagePlot(matrix, rows: rows, columns: columns, title: title, valueRange: valueRange) }
}

/// `image(_:rows:columns:)` of a matrix, throwing where the program form stops (a cell's error).
public func imagePlot(_ matrix: Matrix, rows: Int?, columns: Int?, title: String?,
                      valueRange: ClosedRange<Double>?) throws -> Plot {
    guard matrix.rows > 1, matrix.columns > 1 else {
        return try imagePlot(matrix.storage, rows: rows, columns: columns, title: title, valueRange: valueRange)
    }
    let grid = (0..<matrix.rows).map { row in (0..<matrix.columns).map { matrix[row, $0] } }
    return try imagePlot(grid: grid, rows: rows, columns: columns, title: title, valueRange: valueRange)
}

/// `image(_:rows:columns:)` of a flat vector, throwing where the program form stops (a cell's error).
public func imagePlot(_ pixels: [Double], rows: Int?, columns: Int?, title: String?,
                      valueRange: ClosedRange<Double>?) throws -> Plot {
    guard !pixels.isEmpty else { throw ImageProblem(description: "an image needs at least one pixel; the array is empty") }
    return try shapedImage(pixels, rows: rows, columns: columns, title: title, valueRange: valueRange)
}

/// `image(_:rows:columns:)` of rows of pixels, throwing where the program form stops (a cell's error).
public func imagePlot(grid: [[Double]], rows: Int?, columns: Int?, title: String?,
                      valueRange: ClosedRange<Double>?) throws -> Plot {
    if rows != nil || columns != nil {
        return try shapedImage(grid.flatMap { $0 }, rows: rows, columns: columns, title: title, valueRange: valueRange)
    }
    guard !grid.isEmpty, !grid[0].isEmpty else {
        throw ImageProblem(description: "an image needs at least one pixel; the matrix is empty")
    }
    return try Plot.image(grid, title: title, valueRange: valueRange)
}

private func shapedImage(_ pixels: [Double], rows: Int?, columns: Int?, title: String?,
                         valueRange: ClosedRange<Double>?) throws -> Plot {
    let shape = try imageShape(of: pixels.count, rows: rows, columns: columns)
    return try Plot.image(pixels, rows: shape.rows, columns: shape.columns, title: title, valueRange: valueRange)
}

/// The rows × columns of `count` pixels read row by row: as given, one derived from the other, or a square.
public func imageShape(of count: Int, rows: Int?, columns: Int?) throws(ImageProblem) -> (rows: Int, columns: Int) {
    for (label, size) in [("rows", rows), ("columns", columns)] {
        if let size, size <= 0 {
            throw ImageProblem(description: "an image needs at least one pixel row and column; '\(label):' is \(size)")
        }
    }
    switch (rows, columns) {
    case let (rows?, columns?):
        // A shape whose pixel count overflows is refused here; `Plot.image` checks the rest.
        guard !rows.multipliedReportingOverflow(by: columns).overflow else {
            throw ImageProblem(description: "an image of \(rows)×\(columns) pixels has more pixels than an Int can count")
        }
        return (rows, columns)
    case let (rows?, nil) where count % rows == 0: return (rows, count / rows)
    case let (nil, columns?) where count % columns == 0: return (count / columns, columns)
    case (nil, nil):
        let side = Int(Double(count).squareRoot().rounded())
        guard side * side == count else {
            throw ImageProblem(description: "\(count) pixels do not make a square image; give its shape, as 'rows: 2, columns: \(count / 2)'")
        }
        return (side, side)
    default:
        throw ImageProblem(description: "\(count) pixels do not divide into \(rows.map { "\($0) rows" } ?? "\(columns!) columns")")
    }
}
