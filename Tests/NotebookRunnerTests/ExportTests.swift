import NotebookDocument
@testable import NotebookExport
import Testing

/// `nbrun export`'s translation of cells into a program; `make export-check` builds and runs the result.
struct ExportTests {
    /// The main.swift written for a notebook of the given cells.
    func program(_ cells: String...) throws -> String {
        let text = cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\nprose\n\n")
        let notebook = try Notebook(path: "notebooks/n.md", text: text)
        return SwiftPackageExport(nbrunLocation: "/nbrun").files(for: [notebook])[1].text
    }

    @Test func displayedExpressionsAreWrappedInShowAndStatementsAreNot() throws {
        let code = """
        let x = 2
        x
        x + 1  // a comment stays outside
        x += 1
        expect(x == 3)
        print(x)
        if x > 0 { x }
        net.layers[0].weights = w
        forward(net, data)
        note()
        func note() { print("hi") }
        """
        let wrapped = SwiftPackageExport(nbrunLocation: "/nbrun")
            .wrappingDisplays(code, voidFunctions: DisplayedStatements.voidFunctionNames(in: code))
        #expect(wrapped == """
        let x = 2
        show(x)
        show(x + 1)  // a comment stays outside
        x += 1
        expect(x == 3)
        print(x)
        if x > 0 { x }
        net.layers[0].weights = w
        show(forward(net, data))
        note()
        func note() { print("hi") }
        """)
    }

    @Test func eachCellStartsItsSeedAndNamesItsNotebookLine() throws {
        let text = try program("let a = 1", "a")
        // The notebook: line 1 fence, line 2 "let a = 1"; the second cell's code on line 8 (fence, code, fence, blank, prose, blank, fence).
        #expect(text.contains("#sourceLocation(file: \"notebooks/n.md\", line: 2)\nlet a = 1\n#sourceLocation()"))
        #expect(text.contains("#sourceLocation(file: \"notebooks/n.md\", line: 8)\nshow(a)\n#sourceLocation()"))
        // FNV-1a 64 of eight zero bytes and "a", worked out by hand from the offset basis and prime.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in [UInt8](repeating: 0, count: 8) + Array("a".utf8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        #expect(text.contains("beginCell(seed: 0x\(String(hash, radix: 16, uppercase: true)))\n#sourceLocation(file: \"notebooks/n.md\", line: 8)"))
    }

    @Test func noRunCellsAreLeftOutAndShouldFailCellsBecomeComments() throws {
        let text = """
        ```swift no-run
        let skipped = 1
        ```

        ```swift should-fail
        let bad = Matrix([[1, 2], [3]])
        ```
        """
        let notebook = try Notebook(path: "n.md", text: text)
        let program = SwiftPackageExport(nbrunLocation: "/nbrun").files(for: [notebook])[1].text
        #expect(!program.contains("skipped"))
        #expect(program.contains("// let bad = Matrix([[1, 2], [3]])"))
        #expect(!program.contains("\nlet bad"))
    }

    @Test func notebooksThatShareAFileNameGetTheirFoldersInTheExecutableName() {
        #expect(SwiftPackageExport.executableNames(["notebooks/xor.md", "course/week1/intro.md", "course/week2/intro.md"])
                == ["xor", "course-week1-intro", "course-week2-intro"])
    }

    /// A stranger's file name (a quote, a line break) must not end a string literal or a comment and add code.
    @Test func aFileNameCannotAddCodeToTheProgram() throws {
        let path = "n/x\"); stop(\"owned\")\nstop(\"owned\").md"
        let notebook = try Notebook(path: path, text: "```swift\nlet a = 1\n```\n")
        let files = SwiftPackageExport(nbrunLocation: "/nbrun").files(for: [notebook], folders: ["/tmp/a\"b"])
        let program = files[1].text
        // Every line that is not a comment is one the exporter wrote; none of them is the name's `stop(…)`.
        let code = program.split(separator: "\n").filter { !$0.hasPrefix("//") }
        #expect(!code.contains { $0.hasPrefix("stop(") })
        #expect(program.contains(#"#sourceLocation(file: "n/x\"); stop(\"owned\")\u{a}stop(\"owned\").md", line: 2)"#))
        #expect(program.contains(#"beginNotebook(folder: "/tmp/a\"b")"#))
        // x " ) ; space stop ( " owned " ) newline stop ( " owned " ): 16 characters become _.
        #expect(files[1].path == "Sources/x____stop__owned___stop__owned__/main.swift")
        #expect(SwiftPackageExport.executableNames(["notebooks/.md"]) == ["notebook"])
    }

    @Test func theManifestDependsOnNotebookKitByPathOrURL() {
        let byPath = SwiftPackageExport(nbrunLocation: "/src/nbrun").manifest(executables: ["xor", "digits"])
        #expect(byPath.contains(".package(name: \"nbrun\", path: \"/src/nbrun\")"))
        #expect(byPath.contains(".executableTarget(name: \"digits\", dependencies: [.product(name: \"NotebookKit\", package: \"nbrun\")])"))
        let byURL = SwiftPackageExport(nbrunLocation: "https://example.org/nbrun.git").manifest(executables: ["xor"])
        #expect(byURL.contains(".package(url: \"https://example.org/nbrun.git\", branch: \"main\")"))
    }
}
