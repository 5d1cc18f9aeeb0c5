import Testing
@testable import NotebookRunner

/// `--check` on a handout where every output changed: the diff compares lines by shape and numbers.
@Suite struct StaleDiffTests {
    static func handout(cells: Int, value: (Int) -> String) -> String {
        (0..<cells).map { "Step \($0).\n\n```swift\nw\($0) * 2\n```\n\n```output\n  \(value($0))  0.5\n```\n" }.joined(separator: "\n")
    }

    @Test func numbersWithinToleranceMatchAndOthersDiffer() {
        let old = Self.handout(cells: 300) { "\($0).25" }
        #expect(UnifiedDiff.diff(old: old, new: Self.handout(cells: 300) { "\($0).26" }, oldName: "a", newName: "b", tolerance: 1) == nil)
        let diff = UnifiedDiff.diff(old: old, new: Self.handout(cells: 300) { "\($0).75" }, oldName: "a", newName: "b", tolerance: 1)
        #expect(diff?.components(separatedBy: "\n").filter { $0.hasPrefix("-  ") }.count == 300)
        #expect(diff?.components(separatedBy: "\n").filter { $0.hasPrefix("+  ") }.count == 300)
        #expect(diff?.contains("-  7.25  0.5\n+  7.75  0.5\n") == true)
    }

    @Test func aChangedShapeIsADifferenceEvenWithEqualNumbers() {
        #expect(UnifiedDiff.diff(old: "x = 1\n", new: "y = 1\n", oldName: "a", newName: "b", tolerance: 1) != nil)
        #expect(UnifiedDiff.diff(old: "1 2\n", new: "1  2\n", oldName: "a", newName: "b", tolerance: 1) != nil)
        #expect(UnifiedDiff.diff(old: "h = 0.731059\n", new: "h = 0.731058\n", oldName: "a", newName: "b", tolerance: 1) == nil)
    }
}
