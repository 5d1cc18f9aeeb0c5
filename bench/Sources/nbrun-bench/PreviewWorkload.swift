import Foundation

extension Suite {
    // MARK: W9 preview: from a save of xor.md to the reload message on a connected page

    /// `nbrun preview` serving a copy of `notebooks/xor.md` (and its data) with one page connected: each
    /// round saves the notebook with one prose word changed and times the save to the page's reload
    /// message. The reference is the whole `nbrun xor.md` process of the same notebook, in the same run:
    /// what the old save, switch, run, reload loop costs at the least. Target: under 100 ms.
    func w9() {
        let scratch = NSTemporaryDirectory() + "nbrun-bench-w9"
        try? FileManager.default.removeItem(atPath: scratch)
        try? FileManager.default.createDirectory(atPath: scratch + "/notebooks", withIntermediateDirectories: true)
        let preview = (nbrun as NSString).deletingLastPathComponent + "/nbrun-preview"
        let source = "\(root)/notebooks/xor.md"
        let notebook = scratch + "/notebooks/xor.md"
        let name = "nbrun preview: save to reload message, xor.md", referenceName = "nbrun xor.md, whole process"
        guard FileManager.default.isExecutableFile(atPath: preview), let text = try? String(contentsOfFile: source, encoding: .utf8) else {
            let missing = Side(name: name, unavailable: "\(preview) is not built (make bench builds it)")
            let outcomes = interleave([missing, Side(name: referenceName, unavailable: "no preview to compare")], runs: runs, warmups: warmups, label: "W9")
            Report.row(Row(workload: "W9", detail: "preview save→reload", setting: setting, nbrun: missing, outcomes[0],
                           reference: Side(name: referenceName, unavailable: ""), outcomes[1], unit: "ms", factor: 1e3, target: "< 100 ms"))
            return
        }
        try? FileManager.default.copyItem(atPath: "\(root)/notebooks/data", toPath: scratch + "/notebooks/data")
        FileManager.default.createFile(atPath: notebook, contents: Data(text.utf8))
        let server = Process()
        server.executableURL = URL(fileURLWithPath: preview)
        server.arguments = [notebook, "--port", "0", "--math", "none", "--output", scratch + "/output"]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        var socket: ReloadSocket?
        do {
            try server.run()
            let port = try Self.servingPort(output.fileHandleForReading)
            socket = try ReloadSocket(port: port)
        } catch {
            Report.info("W9: \(error)")
        }
        defer { server.terminate(); server.waitUntilExit() }
        var edit = 0
        let previewSide: Side
        if let socket {
            previewSide = Side(name: name, kernel: "—") {
                edit += 1
                let started = Date()
                // One word of the first paragraph changes, so the handout changes and every cell runs again.
                FileManager.default.createFile(atPath: notebook, contents: Data(text.replacingOccurrences(of: "# ", with: "# \(edit) ", options: [], range: text.range(of: "# ")).utf8))
                try socket.waitForMessage()
                return Date().timeIntervalSince(started)
            }
        } else {
            previewSide = Side(name: name, unavailable: "nbrun preview did not start or accept a page")
        }
        let reference = Side(name: referenceName, kernel: "—") { [self] in
            try timeProcess(nbrun, [source, "--output", scratch + "/one-shot", "--quiet", "--math", "none"]).0
        }
        let outcomes = interleave([previewSide, reference], runs: max(runs, 9), warmups: warmups, label: "W9")
        Report.row(Row(workload: "W9", detail: "preview save→reload", setting: setting, nbrun: previewSide, outcomes[0],
                       reference: reference, outcomes[1], unit: "ms", factor: 1e3, target: "< 100 ms"))
    }

    /// The port in the preview's first line, `serving http://127.0.0.1:PORT/`.
    static func servingPort(_ handle: FileHandle) throws -> UInt16 {
        var text = ""
        // The first rebuild's line comes before the serving line.
        while text.range(of: #"serving http://127\.0\.0\.1:\d+/"#, options: .regularExpression) == nil {
            let chunk = handle.availableData
            if chunk.isEmpty { throw BenchError("nbrun preview ended before serving") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
              let port = UInt16(text[range].dropFirst(10).dropLast()) else { throw BenchError("no port in '\(text)'") }
        return port
    }
}

/// A page's reload socket, spoken just far enough to see a message arrive.
final class ReloadSocket {
    private let descriptor: Int32

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw BenchError("cannot connect to the preview") }
        let request = "GET /__nbrun/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = Array(request.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        var reply = [UInt8]()
        while reply.firstRange(of: Array("\r\n\r\n".utf8)) == nil { reply += try read() }
        guard String(decoding: reply, as: UTF8.self).hasPrefix("HTTP/1.1 101") else { throw BenchError("the preview refused the socket") }
    }

    deinit { close(descriptor) }

    private func read() throws -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { throw BenchError("the preview's socket closed or timed out") }
        return Array(chunk[..<count])
    }

    /// Waits for the next frame (each rebuild sends one per changed page; one page is open here).
    func waitForMessage() throws { _ = try read() }
}
