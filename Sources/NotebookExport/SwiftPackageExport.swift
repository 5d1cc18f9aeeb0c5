import NotebookDocument
import NumericCore

/// `nbrun export`: a notebook as a Swift program. Each notebook becomes an executable target of one
/// SwiftPM package that depends on nbrun's `NotebookKit` library; its `main.swift` holds the cells in
/// order, each after a ``NotebookKit/beginCell(seed:)`` call, with its displayed expressions wrapped in
/// `show(…)`. `no-run` cells are left out and `should-fail` cells kept as comments. Running the program
/// prints every cell's output as the handout's output blocks show it.
public struct SwiftPackageExport {
    /// One file of the package: its path inside the package folder and its text.
    public struct File: Equatable, Sendable {
        public var path: String
        public var text: String
    }

    /// Where the package finds nbrun: a local checkout (a path) or a git URL (`https://…`).
    public var nbrunLocation: String

    public init(nbrunLocation: String) {
        self.nbrunLocation = nbrunLocation
    }

    /// The package's files for `notebooks`: `Package.swift` and one `Sources/NAME/main.swift` per notebook.
    /// `folders` gives each notebook's folder as an absolute path, where its program reads data files.
    public func files(for notebooks: [Notebook], folders: [String]? = nil) -> [File] {
        let names = Self.executableNames(notebooks.map(\.path))
        return [File(path: "Package.swift", text: manifest(executables: names))]
            + notebooks.indices.map { index in
                File(path: "Sources/\(names[index])/main.swift", text: program(for: notebooks[index], folder: folders?[index]))
            }
    }

    /// Each notebook's executable: its file name (`xor`), or with its folders where two share one
    /// (`week1-intro` and `week2-intro`), as the handouts keep their sub-folders. Characters other than
    /// letters, digits, `-` and `_` become `_` (`.md` alone is `notebook`): the name is a target and a folder.
    public static func executableNames(_ paths: [String]) -> [String] {
        func safe(_ name: String) -> String {
            name.isEmpty ? "notebook" : String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        }
        let names = paths.map(Notebook.name(forPath:))
        return paths.indices.map { index in
            guard names.filter({ $0 == names[index] }).count > 1 else { return safe(names[index]) }
            var parts = paths[index].split(separator: "/").map(String.init).filter { $0 != "." && $0 != ".." }
            parts[parts.count - 1] = names[index]
            return safe(parts.joined(separator: "-"))
        }
    }

    /// `Package.swift`: one executable per notebook, each depending on NotebookKit.
    func manifest(executables: [String]) -> String {
        let dependency = nbrunLocation.contains("://")
            ? ".package(url: \(quoted(nbrunLocation)), branch: \"main\")"
            : ".package(name: \"nbrun\", path: \(quoted(nbrunLocation)))"
        let targets = executables.map { name in
            "        .executableTarget(name: \(quoted(name)), dependencies: [.product(name: \"NotebookKit\", package: \"nbrun\")]),"
        }
        return """
        // swift-tools-version: 6.0
        // Written by `nbrun export`: each notebook's cells as a program that prints the handout's outputs.
        import PackageDescription

        let package = Package(
            name: "notebooks",
            platforms: [.macOS(.v15)],
            dependencies: [\(dependency)],
            targets: [
        \(targets.joined(separator: "\n"))
            ],
            // A notebook's top-level variables are globals its closures use, as a script's are; Swift 6's
            // strict concurrency would confine them to the main actor.
            swiftLanguageModes: [.v5]
        )

        """
    }

    /// `main.swift` for one notebook.
    func program(for notebook: Notebook, folder: String? = nil) -> String {
        let runnable = notebook.cells.filter { !$0.options.noRun }
        let voidFunctions = runnable.filter { !$0.options.shouldFail }
            .reduce(into: Set<String>()) { $0.formUnion(DisplayedStatements.voidFunctionNames(in: $1.code)) }
        var text = "// \(commented(notebook.path)), exported by `nbrun export`: the cells in order; `show(…)` marks what a cell displays.\n"
        text += "import NotebookKit\n"
        if let folder {
            text += "\n// Data files are read relative to the notebook's folder, as in nbrun.\nbeginNotebook(folder: \(quoted(folder)))\n"
        }
        for cell in runnable {
            text += "\n// \(commented(notebook.path)):\(cell.firstCodeLine)\n"
            if cell.options.shouldFail {
                text += "// should-fail: this cell stops with an error, so it is not compiled.\n"
                text += cell.code.split(separator: "\n", omittingEmptySubsequences: false).map { "// " + $0 }.joined(separator: "\n") + "\n"
                continue
            }
            let seed = CellRandomness.seed(notebookSeed: 0, cellCode: cell.code)
            text += "beginCell(seed: 0x\(String(seed, radix: 16, uppercase: true)))\n"
            // Errors and expectations name the notebook's line, as the interpreter's do.
            text += "#sourceLocation(file: \(quoted(notebook.path)), line: \(cell.firstCodeLine))\n"
            text += wrappingDisplays(cell.code, voidFunctions: voidFunctions) + "\n"
            text += "#sourceLocation()\n"
        }
        return text
    }

    /// The cell's code with each displayed expression inside `show(…)`.
    func wrappingDisplays(_ code: String, voidFunctions: Set<String>) -> String {
        var bytes = Array(code.utf8)
        for range in DisplayedStatements.ranges(in: code, voidFunctions: voidFunctions).reversed() {
            bytes.insert(contentsOf: Array(")".utf8), at: range.upperBound)
            bytes.insert(contentsOf: Array("show(".utf8), at: range.lowerBound)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A Swift string literal of `text`: quotes, backslashes and control characters escaped, so that a
    /// file name cannot end the literal and add code to the program.
    func quoted(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"": literal += "\\" + String(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// `text` for a `//` comment: a line break in a file name would end the comment.
    func commented(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }
}
