import Foundation
import Testing
@testable import NotebookRunner

/// No run writes over a source notebook, however the output folder is named, and cells read files
/// only inside the notebook's folder or a folder the command line allows.
@Suite struct SourcePathTests {
    static let notebook = "# T\n\n```swift\nprint(1 + 1)\n```\n"

    /// Runs `t.md` with `output` as the output folder and expects a refusal that leaves the notebook as it was.
    private func expectRefused(_ scratch: Scratch, output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (status, _, errors) = scratch.run(["notebooks/t.md"]) { $0.outputDirectory = output }
        #expect(status == .badInput, sourceLocation: sourceLocation)
        #expect(errors.count == 1 && errors[0].hasPrefix("error: the handout ") && errors[0].contains("would replace the notebook"),
                "\(errors)", sourceLocation: sourceLocation)
        #expect(scratch.read("notebooks/t.md") == Self.notebook, "the notebook was changed", sourceLocation: sourceLocation)
    }

    @Test func theNotebooksOwnFolderIsRefusedAsOutput() {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        expectRefused(scratch, output: scratch.root + "/notebooks")
        expectRefused(scratch, output: scratch.root + "/notebooks/../notebooks/.")
    }

    @Test func aSymlinkToTheNotebooksFolderIsRefusedAsOutput() throws {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/linked", withDestinationPath: scratch.root + "/notebooks")
        expectRefused(scratch, output: scratch.root + "/linked")
    }

    @Test func aHandoutThatIsAHardLinkToTheNotebookIsRefused() throws {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        try FileManager.default.createDirectory(atPath: scratch.root + "/output", withIntermediateDirectories: true)
        #expect(link(scratch.root + "/notebooks/t.md", scratch.root + "/output/t.md") == 0)
        expectRefused(scratch, output: scratch.root + "/output")
    }

    @Test func anOutputFolderHoldingNotebooksIsFineWhenNoHandoutIsOne() {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        // The handouts go to the folder above, which holds the notebooks' folder but no notebook of that name.
        let (status, _, errors) = scratch.run(["notebooks/t.md"]) { $0.outputDirectory = scratch.root }
        #expect(status == .success, "\(errors)")
        #expect(scratch.read("t.md")?.contains("```output") == true)
        #expect(scratch.read("notebooks/t.md") == Self.notebook)
    }

    @Test func aFolderSearchDoesNotFollowSymlinkedFoldersOrHiddenOnes() throws {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        try FileManager.default.createDirectory(atPath: scratch.root + "/notebooks/week2", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.root + "/notebooks/.drafts", withIntermediateDirectories: true)
        scratch.write(Self.notebook, to: "notebooks/week2/u.md")
        scratch.write(Self.notebook, to: "notebooks/.drafts/v.md")
        // A link back up would make the search endless if followed; one to another folder would run it twice.
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/notebooks/week2/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/notebooks/again", withDestinationPath: "week2")
        let (status, out, errors) = scratch.run(["notebooks"])
        #expect(status == .success, "\(errors)")
        #expect(out.count == 2 && out[0].hasPrefix(scratch.root + "/notebooks/t.md:")
                && out[1].hasPrefix(scratch.root + "/notebooks/week2/u.md:"), "\(out)")
    }

    @Test func anOutputFolderInsideTheNotebooksFolderIsNotSearchedForNotebooks() {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/t.md")
        // Run twice: the second run must not take the first run's handouts for notebooks.
        for _ in 0..<2 {
            let (status, _, errors) = scratch.run(["notebooks"]) { $0.outputDirectory = scratch.root + "/notebooks/handouts" }
            #expect(status == .success, "\(errors)")
        }
        #expect(scratch.read("notebooks/handouts/t.md")?.contains("```output\n2\n```") == true)
        // One notebook, one entry in the index.
        #expect(scratch.read("notebooks/handouts/index.html")?.components(separatedBy: "<tr><td class=\"num\">").count == 2)
    }

    @Test func aNotebookNamedIndexInAFolderIsAnErrorNotALostHandout() {
        let scratch = Scratch()
        scratch.write(Self.notebook, to: "notebooks/index.md")
        let (status, _, errors) = scratch.run(["notebooks"])
        #expect(status == .badInput)
        #expect(errors == ["error: \(scratch.root)/notebooks/index.md would write index.html, which lists the folder's handouts; rename the notebook"])
        #expect(scratch.read("output/index.html") == nil)
    }

    @Test func cellsReadFilesOnlyInsideTheNotebooksFolderOrAnAllowedOne() throws {
        let scratch = Scratch()
        let csv = "x,label\n1,0\n2,1\n"
        scratch.write(csv, to: "secret.csv")
        scratch.write(csv, to: "notebooks/inside.csv")
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/notebooks/link.csv", withDestinationPath: scratch.root + "/secret.csv")
        func run(_ path: String, allow: [String] = []) -> [String] {
            scratch.write("# R\n\n```swift\nlet d = Dataset.csv(\"\(path)\")\nprint(d.count)\n```\n", to: "notebooks/r.md")
            return scratch.run(["notebooks/r.md"]) { $0.readableFolders = allow }.2
        }
        let refusal = "is outside the notebook's folder; cells read files only there or in a folder given with --allow-read"
        for path in ["../secret.csv", "/etc/passwd", "link.csv", scratch.root + "/secret.csv"] {
            let errors = run(path)
            #expect(errors.count == 1 && errors[0].contains(":4:21: error: '\(path)' \(refusal)"), "\(path): \(errors)")
        }
        #expect(run("inside.csv").isEmpty)
        // Inside but not a file: a folder, and a pipe a read would wait on forever.
        #expect(mkfifo(scratch.root + "/notebooks/pipe.csv", 0o600) == 0)
        for path in ["", ".", "pipe.csv"] {
            let errors = run(path)
            #expect(errors.count == 1 && errors[0].contains(":4:21: error: '\(path)' is not a file"), "\(path): \(errors)")
        }
        #expect(run("../secret.csv", allow: [scratch.root]).isEmpty)
        #expect(run("link.csv", allow: [scratch.root + "/"]).isEmpty)
    }
}
