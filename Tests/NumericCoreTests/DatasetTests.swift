import Testing
@testable import NumericCore

@Suite("Datasets")
struct DatasetTests {
    @Test func truthTables() throws {
        #expect(Dataset.xor().inputs == (try Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])))
        #expect(Dataset.xor().targets == Matrix(column: [0, 1, 1, 0]))
        #expect(Dataset.and().targets == Matrix(column: [0, 0, 0, 1]))
        #expect(Dataset.or().targets == Matrix(column: [0, 1, 1, 1]))
        #expect(Dataset.xor(bipolar: true).inputs == (try Matrix([[-1, -1], [-1, 1], [1, -1], [1, 1]])))
        let parity = try Dataset.checkedParity(bits: 3)
        #expect(parity.count == 8)
        #expect(parity.labels == [0, 1, 1, 0, 1, 0, 0, 1])
        #expect(throws: DatasetError.self) { try Dataset.checkedParity(bits: 0) }
    }

    @Test func oneHot() throws {
        #expect(try Dataset.oneHot([2, 0], classes: 3) == (try Matrix([[0, 0, 1], [1, 0, 0]])))
        #expect(throws: DatasetError.labelOutOfRange(label: 3, classes: 3)) { try Dataset.oneHot([3], classes: 3) }
    }

    @Test func csvFiles() throws {
        let digits = try Dataset.csv(path: dataFolder.appendingPathComponent("digits.csv").path)
        #expect(digits.inputs.shape == (1797, 64))
        #expect(digits.targets.shape == (1797, 10))
        #expect(digits.inputs.maxAbs == 16)
        let iris = try Dataset.csv(path: dataFolder.appendingPathComponent("iris.csv").path)
        #expect(iris.inputs.shape == (150, 4))
        #expect(iris.classNames == ["setosa", "versicolor", "virginica"])
        #expect(iris.labels?.filter { $0 == 2 }.count == 50)
    }

    @Test func csvErrorsNameTheLine() {
        #expect(throws: DatasetError.malformed(line: 3, message: "field 2 'x' is not a number")) {
            try Dataset.csv(text: "a,b,label\n1,2,0\n3,x,1\n")
        }
        #expect(throws: DatasetError.self) { try Dataset.csv(text: "1,2,0\n3,1\n") }
        #expect(throws: DatasetError.self) { try Dataset.csv(path: "/nonexistent/file.csv") }
    }

    @Test func splitShuffleAndBatches() throws {
        let data = try Dataset.checkedParity(bits: 4)
        var generator = SeededGenerator(seed: 1)
        let (training, test) = try data.split(trainingFraction: 0.75, using: &generator)
        #expect(training.count == 12 && test.count == 4)
        #expect(Set(training.labels! + test.labels!).isSubset(of: [0, 1]))
        let batches = try data.batches(size: 5, using: &generator)
        #expect(batches.map(\.count) == [5, 5, 5, 1])
        let rows = batches.flatMap { $0.inputs.nestedRows }
        #expect(Set(rows) == Set(data.inputs.nestedRows))
        var a = SeededGenerator(seed: 8), b = SeededGenerator(seed: 8)
        #expect(try data.shuffled(using: &a) == data.shuffled(using: &b))
    }
}
