import Foundation
import Testing
@testable import NotebookRunner

/// Odd names and option values reach a clear answer, and a stopped cell's handout does not depend on the machine.
@Suite struct CommandLineEdgeTests {
    static let notebook = "# T\n\n```swift\nprint(1 + 1)\n```\n"

    @Test func aNotebookNamedLikeAnOptionIsRunNotReadAsFlags() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "-dash.md")
        // `-dash.md` would otherwise be `-d -a -s -h`: help, and exit 0 with nothing run.
        let (status, errors) = try BuiltProducts.run(nbrun, ["-dash.md"], in: scratch.root)
        #expect(status == 0, "\(errors)")
        #expect(scratch.read("output/-dash.md")?.contains("```output\n2\n```") == true)
    }

    @Test func aLongNotebookNameFitsItsTemporaryFiles() throws {
        let scratch = Scratch()
        let name = String(repeating: "n", count: 240)
        scratch.write(Self.notebook, to: "notebooks/\(name).md")
        let (status, _, errors) = scratch.run(["notebooks/\(name).md"])
        #expect(status == .success, "\(errors)")
        #expect(scratch.read("output/\(name).md") != nil && scratch.read("output/\(name).html") != nil)
    }

    @Test(arguments: [["--timeout", "inf"], ["--timeout", "nan"], ["--timeout", "1e300"], ["--memory-limit", "0"], ["--output", ""],
                        ["--shard", "0/3"], ["--shard", "4/3"], ["--shard", "1"], ["--times", "t.tsv"], ["--shard", "1/2", "--stdout"],
                        ["--index-only", "--shard", "1/2"], ["--math", "mathjax"], ["--math", ""]])
    func unusableLimitsAreUsageErrors(_ options: [String]) throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        let (status, errors) = try BuiltProducts.run(nbrun, options + ["notebooks/t.md"], in: scratch.root)
        #expect(status == 2)
        #expect(errors.hasPrefix("Error: --"), "\(errors)")
        #expect(scratch.read("output/t.md") == nil)
    }

    /// `--math cdn` and the older `--no-mathjax` (now `--math none`) copy no assets into the output folder.
    @Test(arguments: [(["--math", "cdn"], true), (["--no-mathjax"], false), (["--math", "none"], false)])
    func mathOptionsOtherThanLocalWriteNoAssets(_ options: [String], loadsKaTeX: Bool) throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write("# M\n\nThe rate $\\eta$.\n", to: "notebooks/m.md")
        let (status, errors) = try BuiltProducts.run(nbrun, options + ["notebooks/m.md"], in: scratch.root)
        #expect(status == 0, "\(errors)")
        #expect(!scratch.exists("output/assets"))
        #expect(scratch.read("output/m.html")?.contains("cdn.jsdelivr.net/npm/katex@0.16.4/dist/katex.min.js") == loadsKaTeX)
    }

    @Test func aShouldFailCellStoppedByTheTimeLimitGivesTheSameHandoutEveryRun() {
        let scratch = Scratch()
        // How far the loop gets before the limit depends on the machine; the handout must not.
        scratch.write("# Slow\n\n```swift should-fail\nvar i = 0\nwhile true {\n    i += 1\n    if i % 1000 == 0 { print(i) }\n}\n```\n",
                      to: "notebooks/slow.md")
        var handouts: [String?] = []
        for _ in 0..<2 {
            let (status, _, errors) = scratch.run(["notebooks/slow.md"]) { $0.timeout = 0.3 }
            #expect(status == .success, "\(errors)")
            handouts.append(scratch.read("output/slow.md"))
        }
        #expect(handouts[0] != nil && handouts[0] == handouts[1])
        #expect(handouts[0]?.contains("```output\nslow.md:5:") == true, "\(handouts[0] ?? "")")
        #expect(handouts[0]?.contains("1000\n") == false)
    }

    @Test func aDeviceOrAHugeFileIsRefusedNotReadUntilMemoryRunsOut() {
        let scratch = Scratch()
        var options = RunOptions()
        options.outputDirectory = scratch.root + "/output"
        let device = NotebookPipeline.run(path: "/dev/zero", options: options)
        #expect(device.errors == ["/dev/zero: error: not a regular file (a notebook is a Markdown file)"] && device.unreadable)
        scratch.write(String(repeating: "a", count: NotebookPipeline.maximumNotebookBytes + 1), to: "notebooks/huge.md")
        let huge = NotebookPipeline.run(path: scratch.root + "/notebooks/huge.md", options: options)
        #expect(huge.errors == ["\(scratch.root)/notebooks/huge.md: error: larger than 20000000 bytes, the most a notebook may hold"])
    }
}
