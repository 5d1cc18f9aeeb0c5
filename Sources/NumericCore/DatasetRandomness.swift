// Shuffles, splits and batches as the cells write them: drawing from ``CellRandomness`` (the cell's
// seeded generator) and stopping on a mistake, beside the throwing `using:` forms they call.
extension Dataset {
    /// The examples in a random order (Fisher–Yates) drawn from the cell's generator.
    public func shuffled() -> Dataset {
        stopOnError { try CellRandomness.withGenerator { try shuffled(using: &$0) } }
    }

    /// A shuffle, then the first `trainingFraction` of the examples (rounded) for training and the rest for testing.
    public func split(trainingFraction: Double) -> (training: Dataset, test: Dataset) {
        stopOnError { try CellRandomness.withGenerator { try split(trainingFraction: trainingFraction, using: &$0) } }
    }

    /// A shuffle cut into batches of `size` examples (the last may be smaller).
    public func batches(size: Int) -> [Dataset] {
        stopOnError { try CellRandomness.withGenerator { try batches(size: size, using: &$0) } }
    }
}
