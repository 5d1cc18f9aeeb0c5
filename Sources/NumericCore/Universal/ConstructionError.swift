/// An argument that a universal-approximation construction cannot use; the message names it.
public enum ConstructionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A count, interval, steepness or table outside what the construction accepts.
    case invalidArgument(String)

    /// The message a notebook shows.
    public var description: String {
        switch self {
        case let .invalidArgument(message): return message
        }
    }
}

/// Throws `ConstructionError.invalidArgument(message)` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw ConstructionError.invalidArgument(message()) }
}

/// `count` evenly spaced points from `range.lowerBound` to `range.upperBound`, both included.
func evenlySpaced(_ range: ClosedRange<Double>, count: Int) -> [Double] {
    guard count > 1 else { return [range.lowerBound] }
    let width = range.upperBound - range.lowerBound
    // Index times width over count − 1 (not repeated addition), so the last point is the upper bound exactly.
    return (0..<count).map { range.lowerBound + width * Double($0) / Double(count - 1) }
}
