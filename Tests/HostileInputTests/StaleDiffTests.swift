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

    @Test func numbersChangedInPlaceGroupAsAShortestScriptWould() {
        // Same lines but for their numbers: paired by position, adjacent changes grouped as `diff -u` does.
        let diff = UnifiedDiff.diff(old: "x\na 1\nb 2\ny\n", new: "x\na 3\nb 4\ny\n", oldName: "a", newName: "b", tolerance: 1)
        #expect(diff == "--- a\n+++ b\n@@ -1,5 +1,5 @@\n x\n-a 1\n-b 2\n+a 3\n+b 4\n y\n \n")
    }

    @Test func aShiftedHandoutStillGetsTheShortestScript() {
        // One output gains a line near the top and another loses one near the bottom: the lengths match
        // but every line between is shifted, so pairing by position would list 600 changes; the diff
        // must name the two lines.
        let old = Self.handout(cells: 300) { "\($0).25" }.components(separatedBy: "\n")
        var new = old
        new.insert("  extra 1", at: 10)
        new.remove(at: new.count - 10)
        let diff = UnifiedDiff.diff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"),
                                    oldName: "a", newName: "b", tolerance: 1)
        let lines = diff?.components(separatedBy: "\n") ?? []
        #expect(lines.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") } == ["+  extra 1"])
        #expect(lines.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }.count == 1)
    }
}
