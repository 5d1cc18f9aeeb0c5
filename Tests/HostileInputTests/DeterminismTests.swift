import Foundation
import Testing
@testable import NotebookRunner

/// The same notebooks give byte-identical handouts whatever `--jobs` is and however often they run.
@Suite struct DeterminismTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The course notebooks, the golden notebooks, and a few that draw random numbers and print a lot.
    static func populate(_ scratch: Scratch) throws {
        let manager = FileManager.default
        var sources: [String] = []
        for folder in ["notebooks", "Tests/NotebookRunnerTests/Golden"] {
            let path = repository.appendingPathComponent(folder).path
            for file in (try? manager.contentsOfDirectory(atPath: path)) ?? []
            where file.hasSuffix(".md") && !file.hasSuffix(".out.md") {
                sources.append(path + "/" + file)
            }
        }
        for source in sources {
            let name = (source as NSString).lastPathComponent
            try manager.copyItem(atPath: source, toPath: scratch.root + "/notebooks/" + name)
        }
        if manager.fileExists(atPath: repository.appendingPathComponent("notebooks/data").path) {
            try manager.copyItem(atPath: repository.appendingPathComponent("notebooks/data").path,
                                 toPath: scratch.root + "/notebooks/data")
        }
        for index in 0..<6 {
            scratch.write("""
                # Random \(index)

                ```swift
                let m = Matrix(rows: 4, columns: 3, repeating: 0).map { _ in random() }
                m
                ```

                ```swift
                seed(\(index))
                (0..<5).map { _ in Double.random(in: -1...1) }
                ```

                ```swift
                for i in 0..<200 { print(i, Int.random(in: 0..<1000), sin(Double(i) * 0.1)) }
                ```

                """, to: "notebooks/random\(index).md")
        }
    }

    static func handouts(_ scratch: Scratch) -> [String: [UInt8]] {
        scratch.snapshot("output").mapValues(\.0)
    }

    /// The course notebooks that take seconds in a debug build: the whole set runs at `--jobs 4` in the
    /// last repeat; the other thirteen run the rest, which still puts plots, autodiff, tables and
    /// random numbers in four threads at once, at a fifth of the cost. (This test is the longest of
    /// `make test`'s unit tests, so its repeats are what `make test`'s six minutes can afford.)
    static let slowNotebooks: Set<String> = ["universal-approximation.md", "digits.md", "training.md", "losses.md"]

    @Test func jobsOneAndFourAndFourteenRepeatsGiveIdenticalBytes() throws {
        let scratch = Scratch()
        try Self.populate(scratch)
        let (serialStatus, _, serialErrors) = scratch.run(["notebooks"]) { $0.jobs = 1; $0.quiet = true }
        #expect(serialStatus == .success, "\(serialErrors)")
        let reference = Self.handouts(scratch)
        #expect(reference.count >= 2 * 10 + 1)
        let quick = try FileManager.default.contentsOfDirectory(atPath: scratch.root + "/notebooks")
            .filter { $0.hasSuffix(".md") && !Self.slowNotebooks.contains($0) }.sorted().map { "notebooks/" + $0 }
        #expect(quick.count >= 10)

        for repeat_ in 0..<14 {
            try FileManager.default.removeItem(atPath: scratch.root + "/output")
            let whole = repeat_ == 13  // the last leaves the whole output for the check below
            let (status, _, errors) = scratch.run(whole ? ["notebooks"] : quick) { $0.jobs = 4; $0.quiet = true }
            #expect(status == .success, "\(errors)")
            let handouts = Self.handouts(scratch)
            // The math assets come with any page that has math, as every share of the course has.
            let expected = whole ? reference : reference.filter { file, _ in
                file.hasPrefix("assets") || quick.contains("notebooks/" + file.dropLast(file.hasSuffix(".html") ? 5 : 3) + ".md")
            }
            #expect(Set(handouts.keys) == Set(expected.keys), "run \(repeat_)")
            for (file, data) in expected where handouts[file] != data {
                Issue.record("run \(repeat_) with --jobs 4: \(file) differs from --jobs 1")
            }
        }
        let (checkStatus, _, _) = scratch.run(["notebooks"]) { $0.jobs = 4; $0.check = true; $0.tolerance = 0 }
        #expect(checkStatus == .success)
    }
}
