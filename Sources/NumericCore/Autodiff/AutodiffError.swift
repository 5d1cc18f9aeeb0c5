/// A question an autodiff result cannot answer: a node or link a tape table does not have, or the
/// derivative of a function of several variables.
public struct AutodiffError: Error, CustomStringConvertible, Sendable {
    /// What was asked for and what there is.
    public let description: String
}
