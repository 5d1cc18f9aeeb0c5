import Foundation
import Testing
@testable import NotebookRunner

/// The corpus of bad input: every `Corpus/NAME.md` runs through the real ``Runner`` and must give
/// exactly the exit status and diagnostics recorded in `Corpus/NAME.expected`.
///
/// An `.expected` file reads:
///
/// ```
/// exit 1
/// options --timeout 0.5
/// ---
/// notebooks/NAME.md:4:9: error: …   (standard error, exactly)
/// ```
///
/// A case that exits 0 also has `Corpus/NAME.out.md`, its Markdown handout. Whatever the status,
/// the notebook is never modified, a failed run writes no file at all, and no temporary file is
/// left behind. Re-record on purpose with `NBRUN_RECORD_CORPUS=1 swift test --filter HostileInputTests`,
/// then read every changed diagnostic before committing it.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    let name: String
    var testDescription: String { name }

    static var all: [CorpusCase] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Corpus.folder)) ?? []
        return files.filter { $0.hasSuffix(".md") && !$0.hasSuffix(".out.md") }.sorted()
            .map { CorpusCase(name: String($0.dropLast(3))) }
    }
}

/// Where the corpus lives and how its expectations are written.
enum Corpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path
    static let recording = ProcessInfo.processInfo.environment["NBRUN_RECORD_CORPUS"] != nil

    /// The expectations of one case.
    struct Expectation: Equatable {
        var status: Int32
        var options: [String]
        var standardError: String

        init(status: Int32, options: [String], standardError: String) {
            self.status = status
            self.options = options
            self.standardError = standardError
        }

        init?(parsing text: String) {
            guard let separator = text.range(of: "---\n") else { return nil }
            var status: Int32?
            var options: [String] = []
            for line in text[..<separator.lowerBound].split(separator: "\n") {
                if line.hasPrefix("exit ") { status = Int32(line.dropFirst(5)) }
                if line.hasPrefix("options ") { options = line.dropFirst(8).split(separator: " ").map(String.init) }
            }
            guard let status else { return nil }
            self.init(status: status, options: options, standardError: String(text[separator.upperBound...]))
        }

        var text: String {
            "exit \(status)\n" + (options.isEmpty ? "" : "options \(options.joined(separator: " "))\n") + "---\n" + standardError
        }
    }

    /// Applies the few flags a case may set.
    static func apply(_ flags: [String], to options: inout RunOptions) {
        var index = 0
        while index < flags.count {
            switch flags[index] {
            case "--timeout": index += 1; options.timeout = Double(flags[index]) ?? options.timeout
            case "--keep-going": options.keepGoing = true
            case "--jobs": index += 1; options.jobs = Int(flags[index]) ?? 1
            default: Issue.record("unknown corpus option \(flags[index])")
            }
            index += 1
        }
    }
}

@Test(arguments: CorpusCase.all)
func corpusCase(_ corpusCase: CorpusCase) throws {
    let name = corpusCase.name
    let source = Corpus.folder + "/" + name + ".md"
    let expectedPath = Corpus.folder + "/" + name + ".expected"
    let recorded = (try? String(contentsOfFile: expectedPath, encoding: .utf8)).flatMap(Corpus.Expectation.init(parsing:))
    if !Corpus.recording { try #require(recorded != nil, "missing or malformed \(name).expected") }

    let scratch = Scratch()
    let bytes = try #require(FileBytes.read(source))
    let notebook = scratch.root + "/notebooks/" + name + ".md"
    _ = FileManager.default.createFile(atPath: notebook, contents: Data(bytes))
    let (status, _, errors) = scratch.run(["notebooks/\(name).md"]) {
        $0.timeout = 2
        Corpus.apply(recorded?.options ?? [], to: &$0)
    }
    let standardError = errors.map { $0.replacingOccurrences(of: scratch.root + "/", with: "") + "\n" }.joined()
    let found = Corpus.Expectation(status: status.rawValue, options: recorded?.options ?? [], standardError: standardError)
    let handout = scratch.bytes("output/\(name).md")
    let goldenPath = Corpus.folder + "/" + name + ".out.md"

    if Corpus.recording {
        try found.text.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        if let handout { try Data(handout).write(to: URL(fileURLWithPath: goldenPath)) }
    } else {
        #expect(found == recorded)
        if status == .success {
            #expect(handout == FileBytes.read(goldenPath), "handout differs from \(name).out.md")
        }
    }
    #expect(FileBytes.read(notebook) == bytes, "the notebook was modified")
    #expect(FileBytes.read(source) == bytes, "the corpus file was modified")
    let written = (try? FileManager.default.contentsOfDirectory(atPath: scratch.root + "/output")) ?? []
    if status == .success {
        #expect(written.sorted() == [name + ".html", name + ".md"], "unexpected files: \(written)")
    } else {
        #expect(written.isEmpty, "a failed run wrote \(written)")
        #expect(!standardError.isEmpty, "a failed run must say why")
    }
}

@Test func corpusHasAnExpectationForEveryCaseAndNoStrayFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Corpus.folder)
    let names = Set(CorpusCase.all.map(\.name))
    #expect(names.count >= 150)
    for file in files {
        let base = file.replacingOccurrences(of: ".out.md", with: "").replacingOccurrences(of: ".expected", with: "")
            .replacingOccurrences(of: ".md", with: "")
        #expect(names.contains(base), "stray corpus file \(file)")
    }
}
