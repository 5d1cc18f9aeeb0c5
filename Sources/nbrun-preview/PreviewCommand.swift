import ArgumentParser
import CommandLineOptions
import Dispatch
import Foundation
import NotebookPreview
import NotebookRunner
import enum Rendering.MathSetting

/// `nbrun preview` (this program, which `nbrun preview` starts): serve, watch, re-run, reload.
@main
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun preview",
        abstract: "Serve the handouts of notebooks and re-run each one on save; open pages update themselves.",
        discussion: """
        Serves on http://127.0.0.1:PORT/ (loopback only unless --host says otherwise). Every save of a \
        notebook or of a data file it reads re-runs that notebook; a failing cell gives a draft page with \
        the error at the cell, and the handouts in the output folder stay the last good ones. Ctrl-C stops.
        """)

    @Argument(help: "Notebook files, or folders to search for .md notebooks.")
    var paths: [String] = ["notebooks"]

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(help: "Address to listen on. Anything but 127.0.0.1 lets other machines run your notebooks' page server; think twice.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the page in the default browser (xdg-open or open).")
    var open = false

    @Option(name: [.short, .long], help: "Folder the handouts are written to, as by nbrun.")
    var output: String = "output"

    @Option(help: ArgumentHelp("How pages typeset math: local, cdn or none.", valueName: "local|cdn|none"))
    var math: String = "local"

    @OptionGroup var cells: CellRunOptions

    static func main() async {
        if CommandLine.arguments.dropFirst().first == WorkerLoop.argument {
            WorkerLoop.serve(arguments: Array(CommandLine.arguments.dropFirst(2)))
        }
        do {
            var command = try parseAsRoot()
            if var preview = command as? PreviewCommand { try await preview.run() } else { try command.run() }
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            if exitCode(for: error) == .success { Self.exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Self.exit(withError: ExitCode(2))
        }
    }

    func validate() throws {
        guard MathSetting(rawValue: math) != nil else { throw ValidationError("--math must be local, cdn or none; found '\(math)'") }
    }

    mutating func run() async throws {
        var options = RunOptions()
        options.outputDirectory = output
        options.math = MathSetting(rawValue: math) ?? .local
        cells.apply(to: &options)
        let preview = Preview(paths: paths, options: options, host: host,
                              report: { Self.say($0) },
                              reportError: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        let bound: UInt16
        do { bound = try await preview.start(port: port) } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        // Ctrl-C is handled before the address is announced: one pressed (or sent) right after the
        // "serving" line must stop the server cleanly, not kill it.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        interrupt.setEventHandler {
            Self.say("\nstopped")
            Foundation.exit(0)
        }
        interrupt.resume()
        let url = "http://\(host):\(bound)/"
        Self.say("serving \(url) (Ctrl-C stops)")
        if open { Self.openInBrowser(url) }
        Thread.detachNewThread { preview.watch() }
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    /// A line on standard output, at once (a pipe would otherwise hold it).
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    private static func openInBrowser(_ url: String) {
        #if os(macOS)
        let opener = "/usr/bin/open"
        #else
        let opener = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"].first { FileManager.default.isExecutableFile(atPath: $0) }
        #endif
        guard let opener, let process = try? Process.run(URL(fileURLWithPath: opener), arguments: [url]) else {
            say("open \(url) in a browser (no xdg-open here)")
            return
        }
        _ = process
    }
}
