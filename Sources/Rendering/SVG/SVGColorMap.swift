#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The colours of heat maps and images: darker always means a higher value, in colour and in greyscale print.
enum SVGColorMap {
    /// Viridis, reversed: pale yellow for low values through green and blue to dark purple for high ones.
    ///
    /// Viridis is perceptually uniform and its lightness falls steadily, so it also reads printed in grey.
    /// Anchors are matplotlib's viridis at 0, 0.1, …, 1 (listed from high to low here).
    static let reversedViridis: [(red: Double, green: Double, blue: Double)] = [
        (0xfd, 0xe7, 0x25), (0xbd, 0xdf, 0x26), (0x7a, 0xd1, 0x51), (0x44, 0xbf, 0x70), (0x22, 0xa8, 0x84),
        (0x21, 0x91, 0x8c), (0x2a, 0x78, 0x8e), (0x35, 0x5f, 0x8d), (0x41, 0x44, 0x87), (0x48, 0x24, 0x75),
        (0x44, 0x01, 0x54),
    ]

    /// The heat map colour at a place in the value scale (0 lowest, 1 highest).
    static func heat(_ fraction: Double) -> String {
        let position = Swift.min(1, Swift.max(0, fraction)) * Double(reversedViridis.count - 1)
        let index = Swift.min(reversedViridis.count - 2, Int(position))
        let t = position - Double(index)
        let low = reversedViridis[index], high = reversedViridis[index + 1]
        return hex(low.red + (high.red - low.red) * t, low.green + (high.green - low.green) * t,
                   low.blue + (high.blue - low.blue) * t)
    }

    /// The image grey at a place in the value scale: white for the lowest value, black for the highest.
    static func grey(_ fraction: Double) -> String {
        let level = 255 * (1 - Swift.min(1, Swift.max(0, fraction)))
        return hex(level, level, level)
    }

    private static func hex(_ red: Double, _ green: Double, _ blue: Double) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 7) { text in
            text[0] = UInt8(ascii: "#")
            for (index, channel) in [red, green, blue].enumerated() {
                let byte = Swift.min(255, Swift.max(0, Int(channel.rounded())))
                text[1 + 2 * index] = digits.utf8Start[byte / 16]
                text[2 + 2 * index] = digits.utf8Start[byte % 16]
            }
            return 7
        }
    }
}
