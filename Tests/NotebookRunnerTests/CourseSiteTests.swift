import Foundation
import Testing
@testable import NotebookRunner
import NotebookDocument
import Rendering

/// The output folder as a course site: structure, order, links, and the math assets it carries.
struct CourseSiteTests {
    private func folder(_ scratch: Scratch, _ relative: String) {
        try? FileManager.default.createDirectory(atPath: scratch.root + "/" + relative, withIntermediateDirectories: true)
    }

    /// `week1/intro.md` and `week2/intro.md` once overwrote each other's `intro.html`.
    @Test func subFoldersKeepTheirStructureAndNeverCollide() throws {
        let scratch = Scratch()
        folder(scratch, "notebooks/week1"); folder(scratch, "notebooks/week2")
        scratch.write("# Week one\n\n```swift\n1\n```\n", to: "notebooks/week1/intro.md")
        scratch.write("# Week two\n\n```swift\n2\n```\n", to: "notebooks/week2/intro.md")
        let (status, _, errors) = scratch.run(["notebooks"])
        #expect(status == .success, "\(errors)")
        #expect(scratch.read("output/week1/intro.md") == "# Week one\n\n```swift\n1\n```\n```output\n1\n```\n")
        #expect(scratch.read("output/week2/intro.md") == "# Week two\n\n```swift\n2\n```\n```output\n2\n```\n")
        let page = try #require(scratch.read("output/week2/intro.html"))
        #expect(page.contains("<a rel=\"prev\" href=\"../week1/intro.html\">← Week one</a>"))
        #expect(page.contains("<a href=\"../index.html\">Course index</a>"))
        let index = try #require(scratch.read("output/index.html"))
        #expect(index.contains("<a href=\"week1/intro.html\">Week one</a>") && index.contains("<a href=\"week2/intro.html\">Week two</a>"))
        #expect(scratch.run(["notebooks"]) { $0.check = true }.0 == .success)
        // Named as files, the two would still write the same handout: an error before anything runs.
        let (clash, _, clashErrors) = scratch.run(["notebooks/week1/intro.md", "notebooks/week2/intro.md"])
        #expect(clash == .badInput)
        #expect(clashErrors.first?.contains("two notebooks would write the same handout intro.html") == true, "\(clashErrors)")
    }

    /// Front matter `order` sets the course order (those without come last, by path); the index and the
    /// previous/next links follow it, and a notebook that failed with no handout is listed but not linked.
    @Test func frontMatterOrderSetsTheCourseAndFailedHandoutsAreNotLinked() throws {
        let scratch = Scratch()
        scratch.write("---\norder: 2\ndescription: Second lecture.\n---\n# Beta\n", to: "notebooks/a.md")
        scratch.write("---\norder: 1\n---\n# Alpha\n", to: "notebooks/b.md")
        scratch.write("# Gamma\n\n```swift\nundefinedName\n```\n", to: "notebooks/c.md")
        scratch.write("# Delta\n", to: "notebooks/d.md")
        let (status, _, _) = scratch.run(["notebooks"])
        #expect(status == .failure, "c.md fails")
        let index = try #require(scratch.read("output/index.html"))
        let positions = ["Alpha", "Beta", "Gamma", "Delta"].compactMap { index.range(of: ">\($0)<")?.lowerBound }
        #expect(positions.count == 4 && positions == positions.sorted(), "course order")
        #expect(index.contains("<a href=\"a.html\">Beta</a><br><small>Second lecture.</small>"))
        #expect(index.contains("<td class=\"description\">Gamma</td><td class=\"status-failed\">failed</td>"))
        #expect(!index.contains("c.html") && !scratch.exists("output/c.html"))
        let beta = try #require(scratch.read("output/a.html"))
        // Its next, Gamma, failed and has no handout: the link goes on to Delta.
        #expect(beta.contains("<a rel=\"prev\" href=\"b.html\">← Alpha</a>") && beta.contains("<a rel=\"next\" href=\"d.html\">Delta →</a>"))
        #expect(!beta.contains("c.html"))
        #expect(beta.contains("<p class=\"description\">Second lecture.</p>"))
        #expect(!(scratch.read("output/b.html") ?? "").contains("rel=\"prev\""), "the first has no previous")
        #expect(scratch.run(["notebooks"]) { $0.check = true }.0 == .failure, "c.md still fails")
    }

    /// A notebook named alone has the notebooks of its folder as its course: the same page as the folder's run.
    @Test func aNotebookNamedAloneGetsTheSamePageAsInItsFolder() throws {
        let scratch = Scratch()
        scratch.write("---\norder: 2\n---\n# Beta\n", to: "notebooks/a.md")
        scratch.write("---\norder: 1\n---\n# Alpha\n", to: "notebooks/b.md")
        #expect(scratch.run(["notebooks"]).0 == .success)
        let folderRun = try #require(scratch.read("output/a.html"))
        #expect(folderRun.contains("<a rel=\"prev\" href=\"b.html\">← Alpha</a>"))
        try FileManager.default.removeItem(atPath: scratch.root + "/output/a.html")
        #expect(scratch.run(["notebooks/a.md"]).0 == .success)
        #expect(scratch.read("output/a.html") == folderRun)
    }

    /// Only pages with math load KaTeX; the assets are copied once per output folder, byte for byte from the
    /// installed KaTeX, and `--check` names one that is missing or changed.
    @Test func mathAssetsAreCopiedOnceAndChecked() throws {
        let scratch = Scratch()
        scratch.write("# M\n\nThe rate $\\eta$.\n", to: "notebooks/m.md")
        scratch.write("# N\n\nNo math.\n", to: "notebooks/n.md")
        #expect(scratch.run(["notebooks"]).0 == .success)
        let files = try MathAssets.files()
        #expect(files.map(\.path).prefix(2) == ["assets/katex/katex.min.js", "assets/katex/katex.min.css"])
        #expect(files.count > 10 && files.dropFirst(2).allSatisfy { $0.path.hasPrefix("assets/katex/fonts/") && $0.path.hasSuffix(".woff2") })
        for file in files { #expect(FileBytes.read(scratch.root + "/output/" + file.path) == file.bytes, "\(file.path)") }
        #expect(scratch.read("output/m.html")?.contains("<script defer src=\"assets/katex/katex.min.js\"></script>") == true)
        #expect(scratch.read("output/n.html")?.contains("katex.min") == false)
        #expect(scratch.run(["notebooks"]) { $0.check = true }.0 == .success)

        let font = try #require(files.last?.path)
        try FileManager.default.removeItem(atPath: scratch.root + "/output/" + font)
        scratch.write("changed", to: "output/assets/katex/katex.min.css")
        let (stale, _, errors) = scratch.run(["notebooks"]) { $0.check = true }
        #expect(stale == .failure)
        #expect(errors.contains("\(scratch.root)/output/\(font): error: math asset is missing; run nbrun \(scratch.root)/notebooks to copy it"), "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(scratch.root)/output/assets/katex/katex.min.css: error: math asset differs from the installed KaTeX") })
        #expect(scratch.run(["notebooks"]).0 == .success)
        #expect(scratch.run(["notebooks"]) { $0.check = true }.0 == .success, "a run puts them back")
    }

    /// A notebook that is itself where an asset would go is never replaced by it.
    @Test func anAssetNeverReplacesANotebook() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.root + "/output/assets/katex", withIntermediateDirectories: true)
        scratch.write("# Odd\n\nThe rate $\\eta$.\n", to: "output/assets/katex/katex.min.css")
        let (status, _, errors) = scratch.run(["output/assets/katex/katex.min.css"]) { $0.outputDirectory = scratch.root + "/output/assets/katex/.." + "/.." }
        #expect(status == .badInput)
        #expect(errors.first?.contains("would replace the notebook") == true, "\(errors)")
        #expect(scratch.read("output/assets/katex/katex.min.css") == "# Odd\n\nThe rate $\\eta$.\n")
    }

    @Test func withMathCDNOrNoneNoAssetsAreWritten() {
        for setting in [MathSetting.cdn, .none] {
            let scratch = Scratch()
            scratch.write("# M\n\nThe rate $\\eta$.\n", to: "notebooks/m.md")
            #expect(scratch.run(["notebooks"]) { $0.math = setting }.0 == .success)
            #expect(!scratch.exists("output/assets"), "\(setting)")
        }
    }

    /// The fonts a style sheet names, WOFF2 only, each once, never outside its folder.
    @Test func theFontsAStyleSheetNames() {
        let css = "@font-face{src:url(fonts/A.woff2) format(\"woff2\"),url(fonts/A.woff) format(\"woff\")}" +
            "x{src:url('fonts/B.woff2')} y{src:url(fonts/A.woff2)} z{src:url(https://x/C.woff2),url(../D.woff2),url(/E.woff2)}"
        #expect(MathAssets.fonts(named: Array(css.utf8)) == ["fonts/A.woff2", "fonts/B.woff2"])
    }
}

/// A course is outlined from front matter and headings alone: cells are neither extracted nor checked.
@Suite struct NotebookOutlineTests {
    @Test func theTitleIsTheFrontMattersElseTheFirstHeadingAsWritten() throws {
        let fromFrontMatter = try Notebook.outline(path: "a.md", bytes: Array("---\ntitle: Set\norder: 3\n---\n# Heading\n".utf8))
        #expect(fromFrontMatter.title == "Set" && fromFrontMatter.frontMatter?.order == 3)
        let fromHeading = try Notebook.outline(path: "b.md", bytes: Array("Intro.\n\n## *Second* level\n\n# First\n".utf8))
        #expect(fromHeading.title == "Second level")
        #expect(try Notebook.outline(path: "c.md", bytes: Array("No heading.\n".utf8)).title == nil)
        // A cell option the run would reject does not stop the outline; bad front matter does.
        let badCell = Array("# Still titled\n\n```swift bogus-option\n1\n```\n".utf8)
        #expect(throws: DocumentDiagnostic.self) { try Notebook(path: "d.md", bytes: badCell) }
        #expect(try Notebook.outline(path: "d.md", bytes: badCell).title == "Still titled")
        #expect(throws: DocumentDiagnostic.self) { try Notebook.outline(path: "e.md", bytes: Array("---\norder: [\n---\n# T\n".utf8)) }
        // Titles agree with the full parse's.
        let text = "---\norder: 1\n---\n\n# The *XOR* problem\n\n```swift\n1\n```\n"
        #expect(try Notebook.outline(path: "f.md", bytes: Array(text.utf8)).title == Notebook(path: "f.md", text: text).title)
    }

    @Test func aPageLoadsTheLocalKaTeXOnlyWhenItNamesTheScript() {
        #expect(MathAssets.areLoaded(by: "<head><script src=\"../assets/katex/katex.min.js\"></script></head>"))
        #expect(!MathAssets.areLoaded(by: "<head><script src=\"https://cdn/katex.min.js\"></script></head>"))
        #expect(!MathAssets.areLoaded(by: "assets/katex/katex.min.j"))
        #expect(!MathAssets.areLoaded(by: ""))
        #expect(MathAssets.areLoaded(by: String(repeating: "assets/katex/", count: 3) + "katex.min.js"))
    }
}
