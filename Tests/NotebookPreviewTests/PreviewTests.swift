import Foundation
import Testing
@testable import NotebookPreview
import NotebookRunner

/// A preview of a scratch folder, served on a free loopback port; the tests call ``Preview/refresh()``
/// themselves where the watch loop would, so each look at the files happens when the test says.
final class Served: @unchecked Sendable {
    let root = NSTemporaryDirectory() + "nbrun-preview-" + UUID().uuidString
    let preview: Preview
    var port: UInt16 = 0
    let lines: Lines

    init(_ files: [String: String], paths: [String] = ["notebooks"]) async throws {
        let root = self.root
        try FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
        for (name, text) in files { FileManager.default.createFile(atPath: root + "/" + name, contents: Data(text.utf8)) }
        var options = RunOptions()
        options.outputDirectory = root + "/output"
        options.math = .none
        let lines = Lines()
        self.lines = lines
        preview = Preview(paths: paths.map { root + "/" + $0 }, options: options, host: "127.0.0.1",
                          report: { lines.append($0) }, reportError: { lines.append($0) })
        port = try await preview.start(port: 0)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, to name: String) {
        FileManager.default.createFile(atPath: root + "/" + name, contents: Data(text.utf8))
    }

    /// One look at the files, as the watch loop takes, off the cooperative pool (it runs notebooks).
    func refresh() async {
        let preview = self.preview
        _ = try? await offThePool { preview.refresh(searching: true) }
    }

    /// Waits (up to two seconds) until `count` pages are connected for reloads.
    func waitForPages(_ count: Int) async throws {
        for _ in 0..<200 where preview.connectedPages < count { try await Task.sleep(for: .milliseconds(10)) }
        #expect(preview.connectedPages == count)
    }
}

final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}

private let good = "# Sums\n\n```swift\nlet total = 2 + 3\ntotal\n```\n"

@Suite(.serialized) struct PreviewTests {
    @Test func aSavedEditReachesEveryOpenPageAndTheNewPageShowsIt() async throws {
        let served = try await Served(["notebooks/sums.md": good])
        let first = try await offThePool { try Client.get("/sums.html", port: served.port) }
        #expect(first.status == 200)
        #expect(first.body.contains("language-swift") && !first.body.contains("42"))
        #expect(first.body.contains("/__nbrun/events"))
        let pageA = try await offThePool { try Client.webSocket(port: served.port) }, pageB = try await offThePool { try Client.webSocket(port: served.port) }
        try await served.waitForPages(2)

        served.write(good.replacing("2 + 3", with: "40 + 2"), to: "notebooks/sums.md")
        await served.refresh()
        #expect(try await offThePool { try pageA.nextMessage(naming: "/sums.html") } == "/sums.html")
        #expect(try await offThePool { try pageB.nextMessage(naming: "/sums.html") } == "/sums.html")
        #expect(try await offThePool { try Client.get("/sums.html", port: served.port) }.body.contains("42"))
        // The handout in the output folder follows too, as after `nbrun`.
        #expect(FileManager.default.contents(atPath: served.root + "/output/sums.md").map { String(decoding: $0, as: UTF8.self) }?.contains("42") == true)
        #expect(served.lines.all.contains { $0.contains("/notebooks/sums.md: 1 cell, ") && $0.hasSuffix(" ms -> /sums.html") })
    }

    @Test func oneNotebookNamedIsThePageAtTheRoot() async throws {
        let served = try await Served(["notebooks/sums.md": good], paths: ["notebooks/sums.md"])
        let root = try await offThePool { try Client.get("/", port: served.port) }
        #expect(root.status == 200)
        #expect(root.body.contains("url=/sums.html"))
    }

    @Test func aFailingEditIsADraftWithTheErrorAndTheLastGoodHandoutStays() async throws {
        let served = try await Served(["notebooks/sums.md": good])
        let page = try await offThePool { try Client.webSocket(port: served.port) }
        try await served.waitForPages(1)
        served.write(good.replacing("let total = 2 + 3", with: "let total = 2 + nothing"), to: "notebooks/sums.md")
        await served.refresh()
        #expect(try await offThePool { try page.nextMessage(naming: "/sums.html") } == "/sums.html")
        let draft = try await offThePool { try Client.get("/sums.html", port: served.port) }.body
        #expect(draft.contains("Draft: 1 error"))
        #expect(draft.contains("sums.md:4:17: error: cannot find 'nothing' in scope"), "\(draft)")
        let handout = String(decoding: FileManager.default.contents(atPath: served.root + "/output/sums.md") ?? Data(), as: UTF8.self)
        #expect(handout.contains("2 + 3"), "a failed notebook replaced the last good handout")

        served.write(good, to: "notebooks/sums.md")
        await served.refresh()
        #expect(try await offThePool { try page.nextMessage(naming: "/sums.html") } == "/sums.html")
        #expect(!(try await offThePool { try Client.get("/sums.html", port: served.port) }.body.contains("Draft:")))
    }

    @Test func aDataFileTheNotebookReadsIsWatchedToo() async throws {
        let notebook = "# Data\n\n```swift\nlet data = Dataset.csv(\"points.csv\")\ndata.count\n```\n"
        let served = try await Served(["notebooks/data.md": notebook, "notebooks/points.csv": "x,label\n1,0\n2,1\n"])
        #expect(try await offThePool { try Client.get("/data.html", port: served.port) }.body.contains("2"))
        let page = try await offThePool { try Client.webSocket(port: served.port) }
        try await served.waitForPages(1)
        served.write("x,label\n1,0\n2,1\n3,0\n4,1\n5,0\n6,1\n7,0\n", to: "notebooks/points.csv")
        await served.refresh()
        #expect(try await offThePool { try page.nextMessage(naming: "/data.html") } == "/data.html")
        #expect(try await offThePool { try Client.get("/data.html", port: served.port) }.body.contains("7"))
    }

    @Test func anUnreadableOrDeletedNotebookGetsAPageAndTheServerGoesOn() async throws {
        let served = try await Served(["notebooks/sums.md": good])
        FileManager.default.createFile(atPath: served.root + "/notebooks/binary.md", contents: Data([0x23, 0x00, 0x01]))
        await served.refresh()
        let binary = try await offThePool { try Client.get("/binary.html", port: served.port) }
        #expect(binary.body.contains("file contains a NUL byte"))
        try FileManager.default.removeItem(atPath: served.root + "/notebooks/sums.md")
        await served.refresh()
        #expect(try await offThePool { try Client.get("/sums.html", port: served.port) }.body.contains("was deleted"))
        #expect(try await offThePool { try Client.get("/index.html", port: served.port) }.status == 200)
        #expect(try await offThePool { try Client.get("/nothing.html", port: served.port) }.status == 404)
    }

    @Test func itListensOnLoopbackOnlyAndAPortInUseIsAClearError() async throws {
        let served = try await Served(["notebooks/sums.md": good])
        // Every non-loopback IPv4 address of this machine refuses the connection.
        for address in Self.nonLoopbackAddresses() {
            #expect(throws: (any Error).self, "reachable on \(address)") { _ = try Client(port: served.port, host: address) }
        }
        var options = RunOptions()
        options.math = .none
        options.outputDirectory = served.root + "/output2"
        let second = Preview(paths: [served.root + "/notebooks"], options: options, host: "127.0.0.1", report: { _ in }, reportError: { _ in })
        await #expect {
            _ = try await second.start(port: served.port)
        } throws: { error in
            "\(error)".contains("port \(served.port) on 127.0.0.1 is in use")
        }
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
