import Foundation
import Testing
@testable import NotebookRunner

/// A source notebook is never written, a handout is replaced atomically, and failing to write is a clear exit 2.
@Suite struct NothingLostTests {
    /// A notebook whose handouts are a few megabytes, made in few steps, so most of a run is rendering and writing.
    static func largeNotebook(variant: String) -> String {
        var text = "# Large \(variant)\n\n"
        for index in 0..<24 {
            text += "Cell \(index) of the \(variant) run.\n\n```swift\n"
            text += "var rows = \"\(variant) \(index): a row of the handout\\n\"\nfor _ in 0..<11 { rows = rows + rows }\nprint(rows)\n```\n\n"
        }
        return text
    }

    @Test func sigkillDuringAWriteLeavesTheOldOrTheNewHandoutNeverATornOne() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write(Self.largeNotebook(variant: "old"), to: "notebooks/big.md")
        #expect(try BuiltProducts.run(nbrun, ["--quiet", "notebooks/big.md"], in: scratch.root).0 == 0)
        let old = try #require(scratch.bytes("output/big.md")), oldHTML = try #require(scratch.bytes("output/big.html"))

        scratch.write(Self.largeNotebook(variant: "new"), to: "notebooks/big.md")
        let source = try #require(scratch.bytes("notebooks/big.md"))
        let started = Date()
        #expect(try BuiltProducts.run(nbrun, ["--quiet", "--output", "fresh", "notebooks/big.md"], in: scratch.root).0 == 0)
        let fullRun = Date().timeIntervalSince(started)
        let new = try #require(scratch.bytes("fresh/big.md")), newHTML = try #require(scratch.bytes("fresh/big.html"))
        #expect(old.count > 1_000_000 && new.count == old.count && new != old, "\(old.count) bytes")

        var outcomes: [String: Int] = [:]
        for attempt in 0..<16 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: nbrun)
            process.arguments = ["--quiet", "notebooks/big.md"]
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills over the whole run, most of them over its second half where the writes are.
            let fraction = attempt < 4 ? Double(attempt) / 8 : 0.5 + Double(attempt - 4) / 20
            Thread.sleep(forTimeInterval: fullRun * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let markdown = scratch.bytes("output/big.md"), html = scratch.bytes("output/big.html")
            #expect(markdown == old || markdown == new, "torn Markdown handout after a kill at \(fraction)")
            #expect(html == oldHTML || html == newHTML, "torn HTML handout after a kill at \(fraction)")
            let key = "md \(markdown == new ? "new" : "old"), html \(html == newHTML ? "new" : "old")"
            outcomes[key, default: 0] += 1
            // Put the old handouts back so the next kill can tear them again.
            try Data(old).write(to: URL(fileURLWithPath: scratch.root + "/output/big.md"), options: .atomic)
            try Data(oldHTML).write(to: URL(fileURLWithPath: scratch.root + "/output/big.html"), options: .atomic)
        }
        #expect(scratch.bytes("notebooks/big.md") == source, "the notebook was modified")
        // Temporary files may survive a SIGKILL, but they are hidden and never mistaken for handouts.
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: scratch.root + "/output")) ?? []
        #expect(leftovers.filter { !$0.hasPrefix(".") }.sorted() == ["big.html", "big.md"])
        print("kills: \(outcomes.sorted { $0.key < $1.key })")
    }

    @Test func unwritableOutputFolderExitsTwoWithAClearMessage() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write("# T\n\n```swift\n1 + 1\n```\n", to: "notebooks/t.md")
        // Tests may run as root, which ignores permission bits: /proc refuses new folders to everyone.
        let (status, errors) = try BuiltProducts.run(nbrun, ["--output", "/proc/nbrun-output", "notebooks/t.md"], in: scratch.root)
        #expect(status == 2)
        #expect(errors.hasPrefix("error: cannot create the output folder /proc/nbrun-output: "), "\(errors)")

        scratch.write("a file where the output folder should be", to: "blocker")
        let (blocked, blockedErrors) = try BuiltProducts.run(nbrun, ["--output", "blocker", "notebooks/t.md"], in: scratch.root)
        #expect(blocked == 2)
        #expect(blockedErrors == "error: cannot create the output folder blocker: blocker is not a folder\n", "\(blockedErrors)")
        let (below, belowErrors) = try BuiltProducts.run(nbrun, ["--output", "blocker/handouts", "notebooks/t.md"], in: scratch.root)
        #expect(below == 2)
        #expect(belowErrors == "error: cannot create the output folder blocker/handouts: blocker is not a folder\n", "\(belowErrors)")
        #expect(scratch.read("blocker") == "a file where the output folder should be")
    }

    @Test func aFullDiskExitsTwoAndKeepsThePreviousPairWhicheverHandoutFails() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write(Self.largeNotebook(variant: "old"), to: "notebooks/big.md")
        #expect(try BuiltProducts.run(nbrun, ["--quiet", "notebooks/big.md"], in: scratch.root).0 == 0)
        let old = try #require(scratch.bytes("output/big.md")), oldHTML = try #require(scratch.bytes("output/big.html"))
        scratch.write(Self.largeNotebook(variant: "new"), to: "notebooks/big.md")
        // A file-size limit makes write(2) fail with EFBIG, as a full disk fails with ENOSPC. At 64 kB the
        // Markdown handout fails; just above its size it fits and the HTML one fails, which must not leave
        // a new Markdown handout beside the old HTML one.
        let blocks = old.count / 512 + 2
        try #require(oldHTML.count > blocks * 512, "the HTML handout must be the larger one for this test")
        for (limit, failing) in [(128, "md"), (blocks, "html")] {
            let (status, errors) = try BuiltProducts.run(
                "/bin/sh", ["-c", "trap '' XFSZ; ulimit -f \(limit); exec \"$0\" --quiet notebooks/big.md", nbrun], in: scratch.root)
            #expect(status == 2)
            #expect(errors == "error: cannot write output/big.\(failing): File too large\n")
            #expect(scratch.bytes("output/big.md") == old)
            #expect(scratch.bytes("output/big.html") == oldHTML)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: scratch.root + "/output")) ?? []
            #expect(files.sorted() == ["big.html", "big.md"], "the temporary files must be removed")
        }
    }

    @Test func checkNeverWritesWhateverHappens() throws {
        let scratch = Scratch()
        scratch.write("# A\n\n```swift\nlet x = 2\nx * 3\n```\n", to: "notebooks/a.md")
        scratch.write("# B\n\n```swift\nprint(\"b\")\n```\n", to: "notebooks/b.md")
        #expect(scratch.run(["notebooks"]).0 == .success)
        let sources = scratch.snapshot("notebooks")
        Thread.sleep(forTimeInterval: 0.01)

        func expectUntouched(_ before: [String: ([UInt8], Date)], _ what: String) {
            let after = scratch.snapshot("output")
            #expect(Set(after.keys) == Set(before.keys), "\(what): files appeared or vanished")
            for (file, (data, date)) in before {
                #expect(after[file]?.0 == data && after[file]?.1 == date, "\(what): \(file) was written")
            }
        }
        var before = scratch.snapshot("output")
        #expect(scratch.run(["notebooks"]) { $0.check = true }.0 == .success)
        expectUntouched(before, "fresh check")

        scratch.write("# A\n\n```swift\nlet x = 2\nx * 4\n```\n", to: "notebooks/a.md")
        #expect(scratch.run(["notebooks"]) { $0.check = true; $0.jobs = 2 }.0 == .failure)
        expectUntouched(before, "stale check")

        scratch.write("# A\n\n```swift\n1 / 0\n```\n", to: "notebooks/a.md")
        #expect(scratch.run(["notebooks"]) { $0.check = true }.0 == .failure)
        expectUntouched(before, "failing check")

        try FileManager.default.removeItem(atPath: scratch.root + "/output/b.html")
        before = scratch.snapshot("output")
        #expect(scratch.run(["notebooks/b.md"]) { $0.check = true }.0 == .failure)
        expectUntouched(before, "check with a missing handout")
        #expect(scratch.snapshot("notebooks")["b.md"]?.0 == sources["b.md"]?.0)
    }

    @Test func aRunawayNotebookDoesNotStopTheNextOne() throws {
        let scratch = Scratch()
        scratch.write("# Loop\n\n```swift\nwhile true { }\n```\n", to: "notebooks/1-loop.md")
        scratch.write("# Deep\n\n```swift\nfunc f(_ n: Int) -> Int { f(n + 1) }\nf(0)\n```\n", to: "notebooks/2-deep.md")
        scratch.write("# Fine\n\n```swift\n6 * 7\n```\n", to: "notebooks/3-fine.md")
        let (status, out, errors) = scratch.run(["notebooks"]) { $0.timeout = 0.3; $0.jobs = 2 }
        #expect(status == .failure)
        #expect(errors.count == 2)
        #expect(errors.first?.contains("1-loop.md:4:1: error: cell exceeded the time limit of 0.3 s") == true)
        #expect(errors.last?.contains("2-deep.md:4:27: error: call depth exceeded 200 (unbounded recursion?)") == true)
        #expect(out.last?.contains("3-fine.md: 1 cell") == true)
        #expect(scratch.read("output/3-fine.md")?.contains("```output\n42\n```") == true)
        #expect(!scratch.exists("output/1-loop.md") && !scratch.exists("output/2-deep.md"))
    }
}

extension Scratch {
    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + relative) }
}
