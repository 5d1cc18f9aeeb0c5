import Foundation

/// Whether a TCP port can be bound, to suggest a free one when the one asked for is taken.
enum PortProbe {
    static func isFree(host: String, port: UInt16) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { return false }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// The first free port of the twenty after `port`.
    static func firstFree(host: String, after port: UInt16) -> UInt16? {
        (1...20).lazy.compactMap { offset -> UInt16? in
            let candidate = Int(port) + offset
            guard candidate <= Int(UInt16.max) else { return nil }
            return isFree(host: host, port: UInt16(candidate)) ? UInt16(candidate) : nil
        }.first
    }
}
