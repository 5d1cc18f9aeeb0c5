import Foundation
import Testing
@testable import NotebookRunner

/// A scratch folder with notebooks in it, removed when the test ends.
final class Scratch {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "nbrun-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, to relative: String) {
        FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(text.utf8))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + relative) }

    /// Runs nbrun's runner on `paths` (relative to the scratch folder) and returns the status, stdout and stderr lines.
    func run(_ paths: [String], _ configure: (inout RunOptions) -> Void = { _ in }) -> (Runner.Status, [String], [String]) {
        var options = RunOptions()
        options.outputDirectory = root + "/output"
        configure(&options)
        let out = LineSink(), err = LineSink()
        let runner = Runner(options: options, report: { out.lines.append($0) }, reportError: { err.lines.append($0) })
        let status = runner.run(paths: paths.map { root + "/" + $0 })
        return (status, out.lines, err.lines)
    }
}

final class LineSink: @unchecked Sendable {
    var lines: [String] = []
}

@Test func writesBothHandoutsAndAnIndexForAFolder() {
    let scratch = Scratch()
    scratch.write("# First\n\n```swift\n1 + 1\n```\n", to: "notebooks/a.md")
    scratch.write("# Second\n\nNo cells.\n", to: "notebooks/b.md")
    let (status, out, err) = scratch.run(["notebooks"])
    #expect(status == .success)
    #expect(err.isEmpty)
    #expect(out.count == 2)
    #expect(out.first?.contains("a.md: 1 cell,") == true)
    for file in ["a.md", "a.html", "b.md", "b.html", "index.html"] { #expect(scratch.exists("output/" + file), "\(file)") }
    #expect(scratch.read("output/b.md") == "# Second\n\nNo cells.\n")
    #expect(scratch.read("output/index.html")?.contains(">First</a>") == true)
}

@Test func checkPassesOnFreshHandoutsAndFailsOnStaleOnesWithoutWriting() throws {
    let scratch = Scratch()
    scratch.write("# T\n\n```swift\n1 + 1\n```\n", to: "notebooks/t.md")
    #expect(scratch.run(["notebooks/t.md"]).0 == .success)
    let (fresh, _, freshErrors) = scratch.run(["notebooks/t.md"]) { $0.check = true }
    #expect(fresh == .success && freshErrors.isEmpty)

    let committed = try #require(scratch.read("output/t.md"))
    scratch.write(committed.replacingOccurrences(of: "# T", with: "# Changed"), to: "output/t.md")
    let (stale, _, errors) = scratch.run(["notebooks/t.md"]) { $0.check = true }
    #expect(stale == .failure)
    #expect(errors.first?.contains("-# Changed\n+# T") == true)
    #expect(scratch.read("output/t.md")?.hasPrefix("# Changed") == true, "--check must not write")
}

@Test func checkWithoutCommittedHandoutFails() {
    let scratch = Scratch()
    scratch.write("text\n", to: "notebooks/t.md")
    let (status, _, errors) = scratch.run(["notebooks/t.md"]) { $0.check = true }
    #expect(status == .failure)
    #expect(errors.first?.contains("no committed handout") == true)
    #expect(errors.count == 2 && !errors.contains { $0.contains("stale too") }, "\(errors)")
    #expect(!scratch.exists("output/t.md"))
}

@Test func unreadableInputExitsTwoAndWritesNothing() {
    let scratch = Scratch()
    FileManager.default.createFile(atPath: scratch.root + "/notebooks/bin.md", contents: Data([0x23, 0x20, 0xFF, 0x0A]))
    let (status, _, errors) = scratch.run(["notebooks/bin.md"])
    #expect(status == .badInput)
    #expect(errors == [scratch.root + "/notebooks/bin.md:1:3: error: invalid UTF-8 (byte 0xFF); a notebook must be UTF-8 text"])
    #expect(!scratch.exists("output/bin.md"))
    #expect(scratch.run(["notebooks/missing.md"]).0 == .badInput)
}

@Test func failedNotebookLeavesThePreviousHandoutIntact() {
    let scratch = Scratch()
    scratch.write("# Old\n", to: "notebooks/t.md")
    #expect(scratch.run(["notebooks/t.md"]).0 == .success)
    scratch.write("# New\n\n```swift\nlet x = 1\n", to: "notebooks/t.md")
    let (status, _, errors) = scratch.run(["notebooks/t.md"])
    #expect(status == .failure)
    #expect(errors.first?.hasSuffix("t.md:3:1: error: unclosed code fence: this swift cell has no closing ```") == true)
    #expect(scratch.read("output/t.md") == "# Old\n")
}

@Test func unwritableOutputFolderIsBadInput() {
    let scratch = Scratch()
    scratch.write("# T\n", to: "notebooks/t.md")
    scratch.write("a file where the output folder should be", to: "blocker")
    let (status, lines, errors) = scratch.run(["notebooks/t.md"]) { $0.outputDirectory = scratch.root + "/blocker/out" }
    #expect(status == .badInput)
    #expect(errors.count == 1 && errors[0].hasPrefix("error: cannot create the output folder ")
            && errors[0].hasSuffix("blocker is not a folder"), "\(errors)")
    // The summary must not claim the handouts were written.
    #expect(lines.count == 1 && lines[0].hasSuffix(", NOT WRITTEN") && !lines[0].contains("->"), "\(lines)")
}

@Test func stdoutNeedsExactlyOneNotebook() {
    let scratch = Scratch()
    scratch.write("# A\n", to: "notebooks/a.md")
    scratch.write("# B\n", to: "notebooks/b.md")
    #expect(scratch.run(["notebooks"]) { $0.toStandardOutput = true }.0 == .badInput)
}

@Test func parallelJobsGiveTheSameHandouts() {
    let scratch = Scratch()
    for index in 0..<6 { scratch.write("# N\(index)\n\n```swift\n\(index) * 7\n```\n", to: "notebooks/n\(index).md") }
    #expect(scratch.run(["notebooks"]).0 == .success)
    let serial = (0..<6).map { scratch.read("output/n\($0).md") }
    let (status, out, _) = scratch.run(["notebooks"]) { $0.jobs = 4; $0.check = true }
    #expect(status == .success)
    #expect(out.dropLast().map { $0.prefix(while: { $0 != ":" }) }.map { ($0 as Substring).hasSuffix(".md") } == Array(repeating: true, count: 6))
    #expect(out.last == "checked 6 notebooks: every handout is current")
    #expect(serial.allSatisfy { $0 != nil })
}

@Test func aStaleCheckDiffsTheMarkdownNamesTheHTMLAndEndsWithACount() throws {
    let scratch = Scratch()
    scratch.write("# A\n\n```swift\nprint(1 + 1)\n```\n", to: "notebooks/a.md")
    scratch.write("# B\n\n```swift\nprint(2 + 2)\n```\n", to: "notebooks/b.md")
    #expect(scratch.run(["notebooks"]).0 == .success)
    scratch.write("# A\n\n```swift\nprint(10 + 10)\n```\n", to: "notebooks/a.md")
    let (status, out, errors) = scratch.run(["notebooks"]) { $0.check = true }
    #expect(status == .failure)
    #expect(errors.count == 2, "\(errors)")  // the Markdown diff and the HTML named; the index is current
    #expect(errors.first?.contains("output/a.md: error: handout is stale; its cells now produce:") == true)
    #expect(errors.first?.contains("-2\n+20") == true, "\(errors)")
    #expect(errors.contains { $0.hasSuffix("output/a.html: error: handout is stale too; the diff of \(scratch.root)/output/a.md above shows what changed") },
            "\(errors)")
    #expect(out.last == "checked: 1 of 2 notebooks stale (\(scratch.root)/notebooks/a.md)")
}

@Test func anHTMLOnlyDiffIsCutToItsFirstLinesAndLongLinesAreCut() throws {
    let scratch = Scratch()
    scratch.write("# Long\n\n```swift\nfor i in 0..<400 { print(i) }\n```\n", to: "notebooks/l.md")
    #expect(scratch.run(["notebooks/l.md"]).0 == .success)
    scratch.write("# Long\n\n```swift\nfor i in 0..<400 { print(i + 1000) }\n```\n", to: "notebooks/l.md")
    let (status, _, errors) = scratch.run(["notebooks/l.md"]) { $0.check = true; $0.format = .html }
    #expect(status == .failure)
    let lines = errors.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 1 + Runner.htmlDiffLines + 1, "header, the first lines, the count")
    #expect(lines.last?.hasPrefix("… (") == true && lines.last?.hasSuffix(" more lines of this diff)") == true)

    let long = String(repeating: "x", count: 1000)
    #expect(Runner.clipped("-" + long + "\n+y", width: 240) == "-" + String(repeating: "x", count: 239) + "… (761 more characters)\n+y")
}

@Test func numberTolerantComparisonAcceptsOneUnitInTheLastDigitOnly() {
    #expect(NumberTolerantComparison.equal("h = 0.731059", "h = 0.731058", units: 1))
    #expect(!NumberTolerantComparison.equal("h = 0.731059", "h = 0.731057", units: 1))
    #expect(NumberTolerantComparison.equal("h = 0.731059", "h = 0.731057", units: 2))
    #expect(NumberTolerantComparison.equal("1.5e-08", "1.6e-08", units: 1))
    #expect(!NumberTolerantComparison.equal("loss 4", "loss 5.5", units: 1))
    #expect(!NumberTolerantComparison.equal("x1 = 2", "x2 = 2", units: 1))
    #expect(!NumberTolerantComparison.equal("a b", "a c", units: 1))
}

@Test func keepGoingDraftShowsErrorsInPlaceButWritesNothing() {
    var options = RunOptions()
    options.keepGoing = true
    options.toStandardOutput = true
    let result = NotebookPipeline.run(path: "d.md", bytes: Array("```swift\nlet x = nope\n```\n```swift\n40 + 2\n```\n".utf8), options: options)
    #expect(!result.succeeded)
    #expect(result.markdown == "```swift\nlet x = nope\n```\n```output\nd.md:2:9: error: cannot find 'nope' in scope\nlet x = nope\n        ^\n```\n```swift\n40 + 2\n```\n```output\n42\n```\n")
    #expect(result.html == nil)
    options.toStandardOutput = false
    #expect(NotebookPipeline.run(path: "d.md", bytes: Array("```swift\nnope\n```\n".utf8), options: options).markdown == nil)
}
