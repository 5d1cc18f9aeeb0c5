import Foundation
import Testing
@testable import NotebookRunner

/// `nbrun grade` and `nbrun assign` through the built binary, on the course's assignment
/// (`notebooks/exercise.md`), its sample submissions and the hostile corpus in `Submissions/`.
///
/// The points expected are worked out from what each submission's code does, test by test (the key's
/// tests are listed in `notebooks/exercise.md`): test-1 2 points (ReLU slope, s² and s¹), test-2 2
/// (the gradient step), test-3 1 (central differences), test-4 2 hidden (the step on other inputs),
/// test-5 2 (the perceptron on OR), test-6 1 hidden (AND, OR with η = ½, XOR stopped).
@Suite(.serialized) struct GradingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let key = repository + "/notebooks/exercise.md"

    /// The gradebook's rows by submission file name: the points of each test, the total and the status.
    static func gradebook(_ folder: String) throws -> [String: (points: [Int], status: String)] {
        let text = try String(contentsOfFile: folder + "/grades.csv", encoding: .utf8)
        var rows: [String: (points: [Int], status: String)] = [:]
        for line in text.split(separator: "\r\n").dropFirst(2) {
            // The status is last and may hold commas (quoted); the points are plain numbers.
            let fields = line.split(separator: ",", maxSplits: 8, omittingEmptySubsequences: false).map(String.init)
            let name = (fields[0] as NSString).lastPathComponent
            rows[name] = (fields[1...7].compactMap { Int($0) }, fields[8])
        }
        return rows
    }

    @Test func theSampleSubmissionsEarnWhatTheirAnswersAreWorth() throws {
        let nbrun = try #require(BuiltProducts.nbrun)
        let scratch = Scratch()
        let (status, errors) = try BuiltProducts.run(nbrun, ["grade", Self.key, Self.repository + "/submissions/exercise",
                                                             "--output", scratch.root + "/grades"], in: scratch.root)
        #expect(status == 0, "\(errors)")
        let rows = try Self.gradebook(scratch.root + "/grades")
        #expect(rows["complete.md"]?.points == [2, 2, 1, 2, 2, 1, 10])
        // Part 1 right; part 2 fires on z > 0 instead of z ≥ 0, so OR takes [1, 2, 1, 0] mistakes and b = 0.
        #expect(rows["partial.md"]?.points == [2, 2, 1, 2, 0, 0, 7])
        #expect(rows["untouched.md"]?.points == [0, 0, 0, 0, 0, 0, 0])
        #expect(rows.values.allSatisfy { $0.status == "graded" })
        let feedback = try #require(scratch.read("grades/feedback/untouched.md"))
        #expect(feedback.contains("error: Fatal error: exercise not done yet"))
        #expect(feedback.contains("**0 of 10 points**"))
        let partial = try #require(scratch.read("grades/feedback/partial.md"))
        // The failure points into the student's own file, with both values.
        #expect(partial.contains("submissions/exercise/partial.md:"))
        #expect(partial.contains("| test-5 | 0 of 2 | failed |"))
        #expect(scratch.read("grades/feedback/partial.html")?.contains("<table>") == true)
    }

    @Test func theHostileCorpusIsGradedWithNothingLostOrLeaked() throws {
        let nbrun = try #require(BuiltProducts.nbrun)
        let scratch = Scratch()
        let corpus = Self.repository + "/Tests/HostileInputTests/Submissions"
        let student = try String(contentsOfFile: Self.repository + "/submissions/exercise/untouched.md", encoding: .utf8)
        try FileManager.default.createDirectory(atPath: scratch.root + "/made", withIntermediateDirectories: true)
        scratch.write(student.replacing("# Exercise", with: "# Exercise\u{0}"), to: "made/binary.md")
        _ = FileManager.default.createFile(atPath: scratch.root + "/made/latin1.md", contents: Data([0x23, 0x20, 0xE9, 0x0A]))
        // 10 MB: the untouched student version followed by prose, one short paragraph after another.
        scratch.write(student + String(repeating: "Some more words of a very long essay.\n\n", count: 10_000_000 / 39), to: "made/ten-megabytes.md")
        scratch.write(String(repeating: "x", count: 20_000_001), to: "made/too-large.md")
        let watched = [Self.repository + "/notebooks", corpus, Self.repository + "/submissions"]
        let before = watched.map(Self.fingerprint)

        let (status, errors) = try BuiltProducts.run(nbrun, ["grade", Self.key, corpus, "--output", scratch.root + "/grades",
                                                             "--timeout", "1", "--memory-limit", "1000", "--jobs", "2"], in: scratch.root)
        #expect(status == 0, "\(errors)")
        // The made files at the default time limit: reading 10 MB takes a debug build about a second.
        let (madeStatus, madeErrors) = try BuiltProducts.run(nbrun, ["grade", Self.key, scratch.root + "/made", "--output",
                                                                     scratch.root + "/made-grades"], in: scratch.root)
        #expect(madeStatus == 0, "\(madeErrors)")
        let rows = try Self.gradebook(scratch.root + "/grades").merging(try Self.gradebook(scratch.root + "/made-grades")) { $1 }
        // `while true {}` in reluSlope: every test that calls it is stopped by the time limit; part 2 is untouched.
        #expect(rows["loop.md"]?.points == [0, 0, 0, 0, 2, 1, 3])
        // gradientStep grows arrays until the worker's memory runs out: the tests that call it score 0.
        #expect(rows["memory.md"]?.points == [2, 0, 1, 0, 2, 1, 6])
        #expect(rows["memory.md"]?.status.contains("ran out of memory") == true)
        // Its step climbs and its perceptron never moves b; the edited and deleted tests are the key's again.
        #expect(rows["tests-edited.md"]?.points == [2, 0, 1, 0, 0, 0, 3])
        // Every answer wrong and `expect` redefined five ways: the tests still see the real one.
        #expect(rows["expect-redefined.md"]?.points == [0, 0, 0, 0, 0, 0, 0])
        // Right answers among inserted, moved and extra cells.
        #expect(rows["shifted.md"]?.points == [2, 2, 1, 2, 2, 1, 10])
        // Right answers, and nine refused reads.
        #expect(rows["reads-files.md"]?.points == [2, 2, 1, 2, 2, 1, 10])
        #expect(rows["ten-megabytes.md"]?.points == [0, 0, 0, 0, 0, 0, 0])
        #expect(rows["ten-megabytes.md"]?.status == "graded")
        for (name, reason) in [("binary.md", "NUL byte"), ("latin1.md", "invalid UTF-8"), ("too-large.md", "larger than 20000000 bytes")] {
            #expect(rows[name]?.points == [0, 0, 0, 0, 0, 0, 0], "\(name)")
            #expect(rows[name]?.status.contains(reason) == true, "\(name): \(rows[name]?.status ?? "no row")")
        }

        let reads = try #require(scratch.read("grades/feedback/reads-files.md"))
        #expect(reads.contains("'/etc/passwd' is outside the notebook's folder"))
        #expect(reads.contains("'exercise.md' is a notebook; while grading, cells may not read notebooks"))
        let everything = ["grades", "made-grades"].flatMap { folder in
            ((try? FileManager.default.subpathsOfDirectory(atPath: scratch.root + "/" + folder)) ?? []).compactMap { scratch.read(folder + "/" + $0) }
        }.joined()
        #expect(!everything.contains("root:x:0:0"), "a file outside leaked into the grades")
        #expect(!everything.contains("BEGIN SOLUTION"), "the key leaked into the grades")
        #expect(watched.map(Self.fingerprint) == before, "grading wrote into the course or the submissions")
    }

    @Test func gradingShardsCoverEverySubmissionOnceWithTheSamePoints() throws {
        let nbrun = try #require(BuiltProducts.nbrun)
        let scratch = Scratch()
        // Nine submissions: the three samples, three times over, under names of their own.
        try FileManager.default.createDirectory(atPath: scratch.root + "/subs", withIntermediateDirectories: true)
        for sample in ["complete", "partial", "untouched"] {
            let text = try String(contentsOfFile: Self.repository + "/submissions/exercise/\(sample).md", encoding: .utf8)
            for copy in 1...3 { scratch.write(text, to: "subs/\(sample)-\(copy).md") }
        }
        let arguments = ["grade", Self.key, "subs"]
        #expect(try BuiltProducts.run(nbrun, arguments + ["--output", scratch.root + "/all"], in: scratch.root).0 == 0)
        var merged: [String: [Int]] = [:]
        for shard in ["1/3", "2/3", "3/3"] {
            let folder = scratch.root + "/shard-" + shard.prefix(1)
            #expect(try BuiltProducts.run(nbrun, arguments + ["--output", folder, "--shard", shard], in: scratch.root).0 == 0)
            for (name, row) in try Self.gradebook(folder) {
                #expect(merged[name] == nil, "\(name) in two shards")
                merged[name] = row.points
            }
        }
        #expect(merged == (try Self.gradebook(scratch.root + "/all")).mapValues(\.points))
        #expect(merged.count == 9)
    }

    @Test func aKeyThatIsNotAnAssignmentOrASubmissionFolderThatIsEmptyIsAnError() throws {
        let nbrun = try #require(BuiltProducts.nbrun)
        let scratch = Scratch()
        scratch.write("# Plain\n\n```swift\nlet x = 1\n```\n", to: "notebooks/plain.md")
        let (status, errors) = try BuiltProducts.run(nbrun, ["grade", "notebooks/plain.md", "notebooks/plain.md"], in: scratch.root)
        #expect(status == 2)
        #expect(errors.contains("notebooks/plain.md:1:1: error: not an assignment"))
        try FileManager.default.createDirectory(atPath: scratch.root + "/empty", withIntermediateDirectories: true)
        let (empty, emptyErrors) = try BuiltProducts.run(nbrun, ["grade", Self.key, "empty"], in: scratch.root)
        #expect(empty == 2)
        #expect(emptyErrors.contains("no notebooks (.md files) found in empty"))
    }

    @Test func assignWritesTheStudentVersionOnlyFromAKeyThatPassesItsTests() throws {
        let nbrun = try #require(BuiltProducts.nbrun)
        let scratch = Scratch()
        let key = "# Key\n\n```swift\nfunc f() -> Int {\n    // BEGIN SOLUTION\n    return 2\n    // END SOLUTION\n}\n```\n\n```swift test\nexpect(f() == 2)\n```\n"
        scratch.write(key, to: "notebooks/key.md")
        scratch.write(key.replacing("f() == 2", with: "f() == 3"), to: "notebooks/wrong.md")
        let (status, errors) = try BuiltProducts.run(nbrun, ["assign", "notebooks/key.md", "notebooks/wrong.md",
                                                             "--output", "student", "--math", "none"], in: scratch.root)
        #expect(status == 1)
        #expect(errors.contains("notebooks/wrong.md:12:1: error: expectation failed: f() == 3 (2 vs 3)"))
        #expect(scratch.read("student/wrong.md") == nil)
        #expect(scratch.read("student/key.md") == key.replacing("    // BEGIN SOLUTION\n    return 2\n    // END SOLUTION\n",
                                                               with: "    // Your code here.\n    fatalError(\"exercise not done yet\")\n"))
        #expect(scratch.read("student/key.html")?.contains("test-1 · 1 point") == true)
        // The student version is a notebook: written over its key it would destroy the answers.
        let (over, overErrors) = try BuiltProducts.run(nbrun, ["assign", "notebooks/key.md", "--output", "notebooks"], in: scratch.root)
        #expect(over == 2)
        #expect(overErrors.contains("would replace the notebook"))
        #expect(scratch.read("notebooks/key.md") == key)
        let (checked, _) = try BuiltProducts.run(nbrun, ["assign", "--check", "notebooks/key.md", "--output", "student", "--math", "none"],
                                                 in: scratch.root)
        #expect(checked == 0)
    }

    /// Every file under `folder` with its bytes, to prove a run wrote nothing there.
    static func fingerprint(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for file in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] {
            files[file] = FileManager.default.contents(atPath: folder + "/" + file)
        }
        return files
    }
}
