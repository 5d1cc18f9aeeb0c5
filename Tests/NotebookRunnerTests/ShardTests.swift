import Foundation
import Testing
@testable import NotebookRunner

/// `--shard K/N`: a deterministic, balanced split whose shares cover every notebook once and merge back
/// into the output of one run.
@Suite struct ShardTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Test func readsKOfNAndRefusesEverythingElse() {
        #expect(Shard("1/1") == Shard("1/1"))
        #expect(Shard("2/3")?.index == 2 && Shard("2/3")?.count == 3)
        #expect(Shard("10000/10000") != nil)
        for bad in ["", "1", "0/3", "4/3", "1/0", "-1/2", "1/-2", "a/b", "1/2/3", "1 /2", "+1/2", "1/10001", "١/٢", "/2", "1/"] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    @Test func theSharesCoverEveryItemExactlyOnceInOrder() {
        var generator = SystemRandomNumberGenerator()
        for count in 1...6 {
            for items in [0, 1, 5, 12] {
                let weights = (0..<items).map { _ in Double(Int.random(in: 0...3, using: &generator)) }
                let shares = (1...count).map { Shard("\($0)/\(count)")!.select(Array(0..<items), weights: weights) }
                #expect(shares.flatMap { $0 }.sorted() == Array(0..<items))
                #expect(shares.allSatisfy { $0 == $0.sorted() })
                let again = (1...count).map { Shard("\($0)/\(count)")!.select(Array(0..<items), weights: weights) }
                #expect(again == shares)
            }
        }
    }

    /// Graham (1969): dealing longest first to the least loaded share keeps the largest share within
    /// (4/3 − 1/(3N)) of the best possible split, found here by trying every assignment.
    @Test func theLargestShareIsWithinGrahamsBoundOfTheBestSplit() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 2...3, using: &generator)
            let weights = (0..<Int.random(in: 1...8, using: &generator)).map { _ in Double.random(in: 0.01...5, using: &generator) }
            let shares = Shard.shares(count: count, weights: weights)
            let largest = shares.map { $0.reduce(0) { $0 + weights[$1] } }.max()!
            var best = Double.infinity
            for code in 0..<Int(pow(Double(count), Double(weights.count))) {
                var loads = [Double](repeating: 0, count: count), rest = code
                for weight in weights { loads[rest % count] += weight; rest /= count }
                best = min(best, loads.max()!)
            }
            #expect(largest <= best * (4.0 / 3 - 1 / (3 * Double(count))) + 1e-9, "\(weights) in \(count)")
        }
    }

    @Test func unrecordedNotebooksAreWeighedBySizeAtTheRecordedSecondsPerByte() throws {
        let scratch = Scratch()
        scratch.write(String(repeating: "a", count: 1000), to: "notebooks/a.md")
        scratch.write(String(repeating: "b", count: 3000), to: "notebooks/b.md")
        let a = scratch.root + "/notebooks/a.md", b = scratch.root + "/notebooks/b.md"
        #expect(RunTimes().weights(for: [a, b]) == [1000, 3000])
        #expect(RunTimes(seconds: [a: 2]).weights(for: [a, b]) == [2, 6])
        #expect(RunTimes(seconds: [a: 2, b: 0.5]).weights(for: [b, a]) == [0.5, 2])
    }

    @Test func recordedTimesOutweighSizes() throws {
        // By size the two small notebooks share one shard; their recorded times say they are the slow ones.
        let scratch = Scratch()
        for (name, bytes) in [("big1", 9000), ("big2", 8000), ("slow1", 100), ("slow2", 100)] {
            scratch.write("# \(name)\n\n" + String(repeating: "x", count: bytes) + "\n", to: "notebooks/\(name).md")
        }
        let path = { (name: String) in scratch.root + "/notebooks/\(name).md" }
        let notebooks = ["big1", "big2", "slow1", "slow2"].map(path)
        let bySize = Shard("1/2")!.select(notebooks, weights: RunTimes().weights(for: notebooks))
        #expect(bySize == [path("big1")] || bySize.contains(path("slow1")) == bySize.contains(path("slow2")))
        let times = RunTimes(seconds: [path("big1"): 0.1, path("big2"): 0.1, path("slow1"): 9, path("slow2"): 8])
        let first = Shard("1/2")!.select(notebooks, weights: times.weights(for: notebooks))
        let second = Shard("2/2")!.select(notebooks, weights: times.weights(for: notebooks))
        #expect(first.contains(path("slow1")) != first.contains(path("slow2")))
        #expect(Set(first + second) == Set(notebooks))
    }

    @Test func aTimesFileRoundTripsAndItsMistakesAreLocated() throws {
        let times = RunTimes(seconds: ["notebooks/b.md": 1.5, "notebooks/a b.md": 0.25, "x/y.md": 12])
        let text = times.text
        #expect(text.split(separator: "\n").dropFirst() == ["0.250\tnotebooks/a b.md", "1.500\tnotebooks/b.md", "12.000\tx/y.md"])
        #expect(try RunTimes(parsing: text, file: "t.tsv") == times)
        #expect(try RunTimes(parsing: "\n# c\n1\ta.md\r\n", file: "t.tsv").seconds == ["a.md": 1])
        let cases: [(String, String)] = [
            ("0.5 a.md\n", "t.tsv:1:1: error: expected 'SECONDS<TAB>NOTEBOOK'"),
            ("1\ta.md\n-1\tb.md\n", "t.tsv:2:1: error: expected"),
            ("nan\ta.md\n", "t.tsv:1:1: error: expected"),
            ("1\t\n", "t.tsv:1:1: error: expected"),
            ("1\ta.md\n\n2\ta.md\n", "t.tsv:3:3: error: a.md is listed twice (first on line 1)"),
        ]
        for (text, message) in cases {
            #expect(throws: RunTimes.Problem.self) { try RunTimes(parsing: text, file: "t.tsv") }
            do { _ = try RunTimes(parsing: text, file: "t.tsv") } catch { #expect(error.description.hasPrefix(message), "\(error)") }
        }
    }

    /// The course split three ways into empty folders, merged and indexed, is the committed `output/`
    /// byte for byte (which `nbrun --check notebooks` holds equal to one run of the whole course).
    @Test func theCourseInThreeShardsMergesIntoTheOutputOfOneRun() throws {
        let scratch = Scratch()
        let manager = FileManager.default
        let course = Self.repository + "/notebooks"
        var ran: [String] = []
        for index in 1...3 {
            var options = RunOptions()
            options.outputDirectory = scratch.root + "/shard\(index)"
            options.shard = Shard("\(index)/3")
            options.recordTimesFile = scratch.root + "/times\(index).tsv"
            let out = LineSink(), err = LineSink()
            let status = Runner(options: options, report: { out.lines.append($0) }, reportError: { err.lines.append($0) })
                .run(paths: [course])
            #expect(status == .success, "\(err.lines)")
            ran += out.lines.filter { $0.contains(" -> ") }.map { String($0.prefix { $0 != ":" }) }
            #expect(out.lines.last?.hasPrefix("shard \(index)/3: ") == true)
            let recorded = try RunTimes(readingFile: options.recordTimesFile!)
            #expect(recorded.seconds.keys.sorted() == out.lines.filter { $0.contains(" -> ") }.map { String($0.prefix { $0 != ":" }) }.sorted())
            // Every shard copies the same math assets; a merge keeps one copy of each.
            for file in try manager.subpathsOfDirectory(atPath: options.outputDirectory).sorted() where file != "index.html" {
                let from = options.outputDirectory + "/" + file, to = scratch.root + "/merged/" + file
                if !FileBytes.isRegularFile(from) { continue }
                if manager.fileExists(atPath: to) {
                    #expect(FileBytes.read(from) == FileBytes.read(to), "shards wrote different \(file)")
                    continue
                }
                try manager.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try manager.copyItem(atPath: from, toPath: to)
            }
        }
        let notebooks = try manager.contentsOfDirectory(atPath: course).filter { $0.hasSuffix(".md") }.map { course + "/" + $0 }
        #expect(ran.sorted() == notebooks.sorted(), "every notebook in exactly one shard")

        var options = RunOptions()
        options.outputDirectory = scratch.root + "/merged"
        options.indexOnly = true
        let err = LineSink()
        #expect(Runner(options: options, report: { _ in }, reportError: { err.lines.append($0) }).run(paths: [course]) == .success,
                "\(err.lines)")
        let committed = Self.repository + "/output"
        // output/student is nbrun assign's, not the run's.
        let expected = try manager.subpathsOfDirectory(atPath: committed).sorted().filter { !$0.hasPrefix("student") }
        #expect(try manager.subpathsOfDirectory(atPath: scratch.root + "/merged").sorted() == expected)
        for file in expected where FileBytes.isRegularFile(committed + "/" + file) {
            let same = FileBytes.read(scratch.root + "/merged/" + file) == FileBytes.read(committed + "/" + file)
            #expect(same, "\(file) differs from output/\(file)")
        }
    }

    @Test func anIndexOnlyRunListsAMissingHandoutAsMissingAndNeedsAFolder() {
        let scratch = Scratch()
        scratch.write("# Alpha\n\n```swift\n1\n```\n\n```swift no-run\n2\n```\n", to: "notebooks/a.md")
        scratch.write("# Beta\n\n```swift\n1\n```\n", to: "notebooks/b.md")
        #expect(scratch.run(["notebooks/a.md"]).0 == .success)
        let (status, out, err) = scratch.run(["notebooks"]) { $0.indexOnly = true }
        #expect(status == .success, "\(err)")
        #expect(out.isEmpty)
        let index = scratch.read("output/index.html") ?? ""
        #expect(index.contains("<a href=\"a.html\">Alpha</a></td><td class=\"status-ok\">ok</td>"))
        #expect(index.contains("<td class=\"description\">Beta</td><td class=\"status-missing\">missing</td>"), "a missing handout is not linked")
        #expect(!index.contains("b.html"))
        #expect(!scratch.exists("output/b.md"), "no cell ran")
        let (single, _, singleErrors) = scratch.run(["notebooks/a.md"]) { $0.indexOnly = true }
        #expect(single == .badInput)
        #expect(singleErrors.first?.contains("--index-only writes a folder's index.html") == true)
    }

    @Test func aTimesFileThatNamesNoneOfTheNotebooksIsSaidNotSilentlyIgnored() {
        let scratch = Scratch()
        scratch.write("# A\n\n```swift\n1\n```\n", to: "notebooks/a.md")
        scratch.write("0.5\tsomewhere/else.md\n", to: "times.tsv")
        let (status, _, errors) = scratch.run(["notebooks"]) { $0.shard = Shard("1/1"); $0.timesFile = scratch.root + "/times.tsv" }
        #expect(status == .success)
        #expect(errors == ["\(scratch.root)/times.tsv: note: it times none of the notebooks found (it has paths such as somewhere/else.md); shares are balanced by file size"])
        scratch.write(String(repeating: "#\n", count: 6_000_000), to: "big.tsv")
        let (big, _, bigErrors) = scratch.run(["notebooks"]) { $0.shard = Shard("1/1"); $0.timesFile = scratch.root + "/big.tsv" }
        #expect(big == .badInput)
        #expect(bigErrors.first?.contains("cannot read the run times file") == true)
    }

    @Test func theTimesFileMayNotReplaceANotebookEvenInACheck() {
        let scratch = Scratch()
        scratch.write("# A\n\n```swift\n1\n```\n", to: "notebooks/a.md")
        for check in [false, true] {
            let (status, _, err) = scratch.run(["notebooks"]) { $0.recordTimesFile = scratch.root + "/notebooks/a.md"; $0.check = check }
            #expect(status == .badInput)
            #expect(err.first?.contains("would replace the notebook") == true, "\(err)")
            #expect(scratch.read("notebooks/a.md") == "# A\n\n```swift\n1\n```\n")
        }
    }
}
