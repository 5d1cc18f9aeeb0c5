import Foundation
import Testing

/// The built `nbrun-preview` serving a scratch folder on a free loopback port, in a process of its own
/// (as `nbrun preview` runs it): the tests edit files and wait for what a page would see.
final class Served: @unchecked Sendable {
    let root = NSTemporaryDirectory() + "nbrun-preview-" + UUID().uuidString
    private let process = Process()
    private let lock = NSLock()
    private var printed = ""
    private(set) var port: UInt16 = 0

    /// The program beside the test bundle in the build products folder.
    static var binary: String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<3 {
            let path = folder.appendingPathComponent("nbrun-preview").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    init(_ files: [String: String], paths: [String] = ["notebooks"], port: UInt16 = 0) throws {
        try FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
        for (name, text) in files { FileManager.default.createFile(atPath: root + "/" + name, contents: Data(text.utf8)) }
        let binary = try #require(Self.binary, "nbrun-preview is not built")
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = paths + ["--port", String(port), "--math", "none", "--output", root + "/output"]
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            guard let self else { return }
            self.lock.lock(); self.printed += text; self.lock.unlock()
        }
        try process.run()
        let serving = try #require(try waitFor { self.output.contains("serving http://127.0.0.1:") || !self.process.isRunning })
        _ = serving
        if let range = output.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
            self.port = UInt16(output[range].dropFirst(10).dropLast()) ?? 0
        }
    }

    deinit {
        if process.isRunning { process.interrupt(); process.waitUntilExit() }
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Everything the preview printed so far.
    var output: String { lock.lock(); defer { lock.unlock() }; return printed }
    var isRunning: Bool { process.isRunning }
    var processIdentifier: Int32 { process.processIdentifier }
    var exitStatus: Int32 { process.waitUntilExit(); return process.terminationStatus }

    func write(_ text: String, to name: String) {
        FileManager.default.createFile(atPath: root + "/" + name, contents: Data(text.utf8))
    }

    /// Waits up to ten seconds for `condition`; whether it came true.
    @discardableResult
    func waitFor(_ condition: () throws -> Bool) throws -> Bool {
        for _ in 0..<1000 {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    func get(_ path: String) throws -> (status: Int, body: String) { try Client.get(path, port: port) }

    /// A page's reload socket, once the server has it (its handshake done and a moment to register it).
    func page() throws -> Client {
        let client = try Client.webSocket(port: port)
        Thread.sleep(forTimeInterval: 0.2)
        return client
    }
}

private let good = "# Sums\n\n```swift\nlet total = 2 + 3\ntotal\n```\n"

@Suite(.serialized) struct PreviewTests {
    @Test func aSavedEditReachesEveryOpenPageAndTheNewPageShowsIt() throws {
        let served = try Served(["notebooks/sums.md": good])
        let first = try served.get("/sums.html")
        #expect(first.status == 200)
        #expect(first.body.contains("language-swift") && !first.body.contains("42"))
        #expect(first.body.contains("/__nbrun/events"))
        let pageA = try served.page(), pageB = try served.page()

        served.write(good.replacing("2 + 3", with: "40 + 2"), to: "notebooks/sums.md")
        #expect(try pageA.nextMessage(naming: "/sums.html") == "/sums.html")
        #expect(try pageB.nextMessage(naming: "/sums.html") == "/sums.html")
        #expect(try served.get("/sums.html").body.contains("42"))
        // The handout in the output folder follows too, as after `nbrun`.
        #expect(FileManager.default.contents(atPath: served.root + "/output/sums.md").map { String(decoding: $0, as: UTF8.self) }?.contains("42") == true)
        #expect(try served.waitFor { served.output.contains("notebooks/sums.md: 1 cell, ") && served.output.contains(" ms -> /sums.html") },
                "\(served.output)")
    }

    @Test func oneNotebookNamedIsThePageAtTheRoot() throws {
        let served = try Served(["notebooks/sums.md": good], paths: ["notebooks/sums.md"])
        let root = try served.get("/")
        #expect(root.status == 200)
        #expect(root.body.contains("url=/sums.html"))
    }

    @Test func aFailingEditIsADraftWithTheErrorAndTheLastGoodHandoutStays() throws {
        let served = try Served(["notebooks/sums.md": good])
        let page = try served.page()
        served.write(good.replacing("let total = 2 + 3", with: "let total = 2 + nothing"), to: "notebooks/sums.md")
        #expect(try page.nextMessage(naming: "/sums.html") == "/sums.html")
        let draft = try served.get("/sums.html").body
        #expect(draft.contains("Draft: 1 error"))
        #expect(draft.contains("sums.md:4:17: error: cannot find 'nothing' in scope"), "\(draft)")
        let handout = String(decoding: FileManager.default.contents(atPath: served.root + "/output/sums.md") ?? Data(), as: UTF8.self)
        #expect(handout.contains("2 + 3"), "a failed notebook replaced the last good handout")
        // The server's log arrives through a pipe, possibly after the page's message: wait for it.
        #expect(try served.waitFor { served.output.contains("FAILED after 1 cell") }, "\(served.output)")

        served.write(good, to: "notebooks/sums.md")
        #expect(try page.nextMessage(naming: "/sums.html") == "/sums.html")
        #expect(!(try served.get("/sums.html").body.contains("Draft:")))
    }

    @Test func aDataFileTheNotebookReadsIsWatchedToo() throws {
        let notebook = "# Data\n\n```swift\nlet data = Dataset.csv(\"points.csv\")\ndata.count\n```\n"
        let served = try Served(["notebooks/data.md": notebook, "notebooks/points.csv": "x,label\n1,0\n2,1\n"])
        #expect(try served.get("/data.html").body.contains("2"))
        let page = try served.page()
        served.write("x,label\n1,0\n2,1\n3,0\n4,1\n5,0\n6,1\n7,0\n", to: "notebooks/points.csv")
        #expect(try page.nextMessage(naming: "/data.html") == "/data.html")
        #expect(try served.get("/data.html").body.contains("7"))
    }

    @Test func anUnreadableOrDeletedNotebookGetsAPageAndTheServerGoesOn() throws {
        let served = try Served(["notebooks/sums.md": good])
        FileManager.default.createFile(atPath: served.root + "/notebooks/binary.md", contents: Data([0x23, 0x00, 0x01]))
        // A new notebook is found by the next search of the folder, within a second.
        #expect(try served.waitFor { try served.get("/binary.html").status == 200 })
        #expect(try served.get("/binary.html").body.contains("file contains a NUL byte"))
        try FileManager.default.removeItem(atPath: served.root + "/notebooks/sums.md")
        #expect(try served.waitFor { try served.get("/sums.html").body.contains("was deleted") })
        #expect(try served.get("/index.html").status == 200)
        #expect(try served.get("/nothing.html").status == 404)
        #expect(served.isRunning)
    }

    @Test func itListensOnLoopbackOnlyAndAPortInUseIsAClearError() throws {
        let served = try Served(["notebooks/sums.md": good])
        // Every non-loopback IPv4 address of this machine refuses the connection.
        for address in Self.nonLoopbackAddresses() {
            #expect(throws: (any Error).self, "reachable on \(address)") { _ = try Client(port: served.port, host: address) }
        }
        let second = try Served(["notebooks/sums.md": good], port: served.port)
        #expect(second.exitStatus == 2)
        #expect(second.output.contains("error: port \(served.port) on 127.0.0.1 is in use; port "), "\(second.output)")
        #expect(!FileManager.default.fileExists(atPath: second.root + "/output/sums.md"), "it ran the notebook before failing")
    }

    @Test func ctrlCStopsIt() throws {
        let served = try Served(["notebooks/sums.md": good])
        kill(served.processIdentifier, SIGINT)
        #expect(served.exitStatus == 0)
        #expect(served.output.contains("stopped"))
    }

    static func nonLoopbackAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var addresses: [String] = []
        var entry = list
        while let current = entry {
            if let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
                    var value = inet.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &value, &text, socklen_t(INET_ADDRSTRLEN))
                }
                let string = String(cString: text)
                if !string.hasPrefix("127.") { addresses.append(string) }
            }
            entry = current.pointee.ifa_next
        }
        return addresses
    }
}
