import ArgumentParser
import enum CellLanguage.StandardError
import NotebookRunner

/// `nbrun export`: notebooks as a Swift package whose programs print the handouts' outputs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun export",
        abstract: "Write notebooks as a SwiftPM package of programs that link nbrun's NotebookKit library.",
        discussion: """
        One executable per notebook, the cells in order, each displayed expression inside show(…). \
        `swift run --package-path DIR NAME` prints what the handout's output blocks show. Runs no cell.
        """)

    @Argument(help: "Notebook files, or folders to search for .md notebooks.")
    var paths: [String] = ["notebooks"]

    @Option(name: [.short, .long], help: "Folder for the package (Package.swift, Sources/NAME/main.swift).")
    var output: String = "export"

    @Option(help: ArgumentHelp("Where the package finds nbrun: a checkout's path or a git URL; default: the checkout this nbrun was built from.",
                               valueName: "PATH-OR-URL"))
    var nbrun: String = ExportCommand.buildCheckout

    func run() throws {
        let status = ExportRun(paths: paths, outputDirectory: output, nbrunLocation: nbrun,
                               report: { print($0) }, reportError: { StandardError.write($0 + "\n") }).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// The nbrun checkout this program was compiled from (`Sources/nbrun/` is two folders below it).
    static var buildCheckout: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }
}
