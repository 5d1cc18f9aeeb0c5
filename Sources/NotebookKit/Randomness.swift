import NumericCore

// The random numbers a cell draws: from the cell's seeded generator (``CellRandomness``, restarted
// by each `beginCell(seed:)`), not the system's, so a program draws the numbers its handout shows.
// These shadow the standard library's `random(in:)` in a program that imports NotebookKit.

extension Double {
    /// A number uniform in the range, from the cell's generator.
    public static func random(in range: ClosedRange<Double>) -> Double {
        CellRandomness.withGenerator { range.lowerBound + (range.upperBound - range.lowerBound) * $0.nextDouble() }
    }

    /// A number uniform in the half-open range, from the cell's generator.
    public static func random(in range: Range<Double>) -> Double {
        CellRandomness.withGenerator { range.lowerBound + (range.upperBound - range.lowerBound) * $0.nextDouble() }
    }
}

extension Int {
    /// A whole number uniform in the range, from the cell's generator.
    public static func random(in range: Range<Int>) -> Int {
        guard !range.isEmpty else { stop("Int.random(in:) needs a non-empty range") }
        return CellRandomness.withGenerator { range.lowerBound + $0.nextInt(below: range.count) }
    }

    /// A whole number uniform in the closed range, from the cell's generator.
    public static func random(in range: ClosedRange<Int>) -> Int {
        guard range.upperBound < Int.max else { stop("Int.random(in:) range is too wide") }
        return random(in: range.lowerBound..<range.upperBound + 1)
    }
}

/// A number uniform in [0, 1), from the cell's generator.
public func random() -> Double {
    CellRandomness.withGenerator { $0.nextDouble() }
}
