import Display
import Testing
@testable import CellLanguage

/// What a session keeps alive after it ends: nothing, even when closures and frames refer to each other.
@Suite("Session memory")
struct SessionMemoryTests {
    /// An object a cell can hold; the test keeps only a weak reference to it.
    final class Probe: CellObject {
        var typeName: String { "Probe" }
        func display() -> [DisplayBlock] { [] }
    }

    /// Runs `code` in a session where `probe` is defined, ends the session, and says whether the probe survived.
    private func probeSurvives(_ code: String) -> Bool {
        weak var watched: Probe?
        do {
            // On the calling thread: a cell's own thread may still hold the session for a moment after it ends.
            let session = Session(limits: ExecutionLimits())
            let probe = Probe()
            watched = probe
            session.define("probe", as: .object(probe))
            let lines = code.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = session.runOnCurrentThread(CellSource(file: "nb.md", code: code, firstLine: 1,
                                                               columnOffsets: Array(repeating: 0, count: lines)))
            #expect(result.error == nil)
        }
        return watched != nil
    }

    @Test func aFrameHoldingAClosureThatCapturedItIsFreed() {
        // `again` lives in hold()'s frame and captures that frame: a cycle, holding the probe.
        #expect(!probeSurvives("""
        func hold() {
            let kept = probe
            func again() { print(kept) }
        }
        hold()
        """))
        // A closure stored in a local of the frame it captures.
        #expect(!probeSurvives("""
        func hold() {
            let kept = probe
            var later: () -> Void = {}
            later = { print(kept) }
        }
        hold()
        """))
    }

    @Test func aBoxHoldingTheClosureThatCopiedItIsFreed() {
        // `me` is a per-pass variable in a box; the closure stored in it copied that box.
        #expect(!probeSurvives("""
        for _ in 0..<2 {
            let kept = probe
            var me: () -> Void = {}
            me = { print(kept); me() }
        }
        """))
    }

    @Test func valuesStillWorkUntilTheSessionEnds() {
        // Ending a cell releases nothing a later cell can still reach.
        let kernel = Kernel()
        #expect(kernel.output("""
        func counter() -> () -> Int {
            var count = 0
            func next() -> Int { count += 1; return count }
            return next
        }
        let tick = counter()
        tick()
        """) == "1")
        #expect(kernel.output("tick() + tick()") == "5")
    }
}
