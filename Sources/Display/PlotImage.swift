extension Plot {
    /// A small greyscale picture: rows × columns values, top row first, higher values darker.
    public struct GreyscaleImage: Sendable, Equatable {
        /// The number of pixel rows.
        public var rows: Int
        /// The number of pixel columns.
        public var columns: Int
        /// The pixel values, row by row from the top, left to right.
        public var values: [Double]
        /// The value range of the shades; `nil` fits the finite values.
        public var valueRange: ClosedRange<Double>?

        /// Creates image data; ``Plot/image(_:rows:columns:title:valueRange:)`` validates it.
        public init(rows: Int, columns: Int, values: [Double], valueRange: ClosedRange<Double>?) {
            self.rows = rows
            self.columns = columns
            self.values = values
            self.valueRange = valueRange
        }

        /// The value of one pixel, row 0 at the top.
        public func value(row: Int, column: Int) -> Double { values[row * columns + column] }
        /// How values map to shades.
        public var valueScale: ValueScale { ValueScale(values: values, given: valueRange) }

        var notes: [String] {
            var notes = nonFiniteCellNote(count: values.filter { !$0.isFinite }.count, noun: "pixel")
            let scale = valueScale
            if scale.isConstant { notes.append("every pixel is \(NumberFormat.format(scale.lower))") }
            return notes
        }

        /// Compares values so that NaN equals NaN.
        public static func == (left: GreyscaleImage, right: GreyscaleImage) -> Bool {
            left.rows == right.rows && left.columns == right.columns
                && sameValues(left.values, right.values) && left.valueRange == right.valueRange
        }
    }

    /// A greyscale image from a flat vector read row by row, such as a 784-long weight vector as 28 × 28.
    public static func image(_ values: [Double], rows: Int, columns: Int, title: String? = nil,
                             valueRange: ClosedRange<Double>? = nil) throws -> Plot {
        guard rows > 0, columns > 0, !values.isEmpty else { throw PlotError.noData(kind: "image") }
        guard values.count == rows * columns else {
            throw PlotError.shapeMismatch(rows: rows, columns: columns, count: values.count)
        }
        try validateValueRange(valueRange)
        let image = GreyscaleImage(rows: rows, columns: columns, values: values, valueRange: valueRange)
        return Plot(title: title, content: .image(image))
    }

    /// A greyscale image from rows of pixels, top row first, such as an 8 × 8 digit.
    public static func image(_ pixels: [[Double]], title: String? = nil,
                             valueRange: ClosedRange<Double>? = nil) throws -> Plot {
        try validateGrid(pixels, kind: "image")
        return try image(pixels.flatMap { $0 }, rows: pixels.count, columns: pixels[0].count,
                         title: title, valueRange: valueRange)
    }
}
