import Foundation

/// A TCP connection to the preview on 127.0.0.1 that speaks just enough HTTP and WebSocket for the tests.
final class Client: @unchecked Sendable {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16, host: String = "127.0.0.1") throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(descriptor); throw ClientError("cannot connect to \(host):\(port)") }
    }

    deinit { close(descriptor) }

    struct ClientError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { throw ClientError("connection closed or timed out") }
        buffer += chunk[..<count]
    }

    /// GET `path`: the status code and the body.
    static func get(_ path: String, port: UInt16) throws -> (status: Int, body: String) {
        let client = try Client(port: port)
        client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        while true {
            if let end = client.buffer.firstRange(of: Array("\r\n\r\n".utf8)) {
                let head = String(decoding: client.buffer[..<end.lowerBound], as: UTF8.self)
                let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                while client.buffer.count < end.upperBound + length { try client.fill() }
                return (status, String(decoding: client.buffer[end.upperBound..<end.upperBound + length], as: UTF8.self))
            }
            try client.fill()
        }
    }

    /// Opens the reload WebSocket.
    static func webSocket(port: UInt16, path: String = "/__nbrun/events") throws -> Client {
        let client = try Client(port: port)
        client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        while client.buffer.firstRange(of: Array("\r\n\r\n".utf8)) == nil { try client.fill() }
        let end = client.buffer.firstRange(of: Array("\r\n\r\n".utf8))!
        let head = String(decoding: client.buffer[..<end.lowerBound], as: UTF8.self)
        guard head.hasPrefix("HTTP/1.1 101") else { throw ClientError("no upgrade: \(head)") }
        client.buffer.removeFirst(end.upperBound)
        return client
    }

    /// The next message that names `path`, skipping the others (the index changes with every page).
    func nextMessage(naming path: String) throws -> String {
        while true {
            let message = try nextMessage()
            if message == path { return message }
        }
    }

    /// The next text frame the server sends (server frames are not masked).
    func nextMessage() throws -> String {
        while true {
            if buffer.count >= 2 {
                let opcode = buffer[0] & 0x0F
                var length = Int(buffer[1] & 0x7F), start = 2
                if length == 126, buffer.count >= 4 { length = Int(buffer[2]) << 8 | Int(buffer[3]); start = 4 }
                if buffer.count >= start + length {
                    let payload = String(decoding: buffer[start..<start + length], as: UTF8.self)
                    buffer.removeFirst(start + length)
                    if opcode == 1 { return payload }
                    continue
                }
            }
            try fill()
        }
    }
}
