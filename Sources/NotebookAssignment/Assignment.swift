import NotebookDocument

/// A notebook read as an assignment key: its tests and the parts of it that are answers.
///
/// Tests are numbered `test-1`, `test-2`, … in the key's order, so a test's id never depends on where a
/// student's copy puts it.
public struct Assignment: Sendable {
    /// One test cell of the key.
    public struct Test: Sendable, Equatable, Codable {
        /// `test-1`, `test-2`, …
        public var id: String
        /// The index of the key's cell.
        public var cell: Int
        /// What passing it earns.
        public var points: Int
        /// Whether students never see it.
        public var hidden: Bool
    }

    /// The key.
    public var key: Notebook
    /// Its test cells, in order.
    public var tests: [Test]
    /// Its solution regions, in order.
    public var regions: [SolutionRegion]
    /// The indices of its whole solution cells.
    public var solutionCells: Set<Int>

    /// The most a submission can earn.
    public var totalPoints: Int { tests.reduce(0) { $0 + $1.points } }

    /// Reads `key`; fails on a malformed solution region, and when the notebook has neither a test nor a
    /// solution (it is then not an assignment).
    public init(key: Notebook) throws(DocumentDiagnostic) {
        self.key = key
        var tests: [Test] = []
        var regions: [SolutionRegion] = []
        var solutionCells = Set<Int>()
        for cell in key.cells {
            regions += try SolutionRegion.regions(in: cell, of: key)
            if cell.options.solution { solutionCells.insert(cell.index) }
            if cell.options.test {
                tests.append(Test(id: "test-\(tests.count + 1)", cell: cell.index, points: cell.options.points ?? 1,
                                  hidden: cell.options.hidden))
            }
        }
        guard !tests.isEmpty || !regions.isEmpty || !solutionCells.isEmpty else {
            throw DocumentDiagnostic(file: key.path, line: 1, column: 1, message:
                "not an assignment: no test cell (```swift test), solution cell (```swift solution) or '\(SolutionRegion.beginMarker)' region")
        }
        self.tests = tests
        self.regions = regions
        self.solutionCells = solutionCells
    }

    /// Whether the key's cell `index` holds an answer (a solution cell or a region).
    public func holdsSolution(_ index: Int) -> Bool {
        solutionCells.contains(index) || regions.contains { $0.cell == index }
    }

    /// The test of the key's cell `index`, if it is one.
    public func test(atCell index: Int) -> Test? { tests.first { $0.cell == index } }
}
