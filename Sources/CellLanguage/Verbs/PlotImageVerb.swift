import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `image`: a small greyscale picture, darker is higher, such as an 8×8 digit or a first-layer weight
/// vector reshaped to 28×28.
///
/// ```swift
/// image(digit)                                          // an 8×8 matrix, top row first
/// image(weights, rows: 28, columns: 28, title: "unit 3")
/// image(pixels, valueRange: 0...16)                     // fixed shade scale
/// ```
enum PlotImageVerb {
    static let builtins: [Builtin] = [
        Builtin("image(_:rows?:columns?:title?:valueRange?:)") { arguments, _ in
            let title = try arguments.plotText("title")
            let valueRange = try arguments.plotInterval("valueRange")
            let value = try arguments.value(0)
            let grid: [[Double]]
            switch value {
            case .matrix(let matrix) where matrix.rows > 1 && matrix.columns > 1: grid = try arguments.plotGrid(0)
            case .array(let rows) where !rows.isEmpty && rows.allSatisfy({ if case .array = $0 { return true } else { return false } }):
                grid = try arguments.plotGrid(0)
            default:
                let pixels = try arguments.doubles(0)
                guard !pixels.isEmpty else { throw CellError("an image needs at least one pixel; the array is empty") }
                let (rows, columns) = try shape(of: pixels.count, arguments: arguments)
                return PlotObject.value(try Plot.image(pixels, rows: rows, columns: columns, title: title, valueRange: valueRange))
            }
            if arguments.has("rows") || arguments.has("columns") {
                let pixels = grid.flatMap { $0 }
                let (rows, columns) = try shape(of: pixels.count, arguments: arguments)
                return PlotObject.value(try Plot.image(pixels, rows: rows, columns: columns, title: title, valueRange: valueRange))
            }
            guard !grid.isEmpty, !grid[0].isEmpty else { throw CellError("an image needs at least one pixel; the matrix is empty") }
            return PlotObject.value(try Plot.image(grid, title: title, valueRange: valueRange))
        },
    ]

    /// The rows × columns of a flat vector of `count` pixels: as given, one from the other, or a square.
    static func shape(of count: Int, arguments: Arguments) throws -> (rows: Int, columns: Int) {
        let rows = arguments.has("rows") ? try arguments.int("rows") : nil
        let columns = arguments.has("columns") ? try arguments.int("columns") : nil
        for (label, size) in [("rows", rows), ("columns", columns)] {
            if let size, size <= 0 { throw CellError("an image needs at least one pixel row and column; '\(label):' is \(size)") }
        }
        switch (rows, columns) {
        case let (rows?, columns?):
            // A shape whose pixel count overflows is refused here; `Plot.image` checks the rest.
            guard !rows.multipliedReportingOverflow(by: columns).overflow else {
                throw CellError("an image of \(rows)×\(columns) pixels has more pixels than an Int can count")
            }
            return (rows, columns)
        case let (rows?, nil) where count % rows == 0: return (rows, count / rows)
        case let (nil, columns?) where count % columns == 0: return (count / columns, columns)
        case (nil, nil):
            let side = Int(Double(count).squareRoot().rounded())
            guard side * side == count else {
                throw CellError("\(count) pixels do not make a square image; give its shape, as 'rows: 2, columns: \(count / 2)'")
            }
            return (side, side)
        default:
            throw CellError("\(count) pixels do not divide into \(rows.map { "\($0) rows" } ?? "\(columns!) columns")")
        }
    }
}
