/// How a cell's random numbers are seeded: NumericCore's ``SeededGenerator`` (xoshiro256** seeded
/// through SplitMix64) started at a seed derived from the notebook seed and the cell's own source,
/// so editing one cell never changes another cell's random numbers.
enum CellSeed {
    /// FNV-1a 64 over the notebook seed's 8 little-endian bytes, then the cell code's UTF-8 bytes.
    static func seed(notebookSeed: UInt64, cellCode: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: notebookSeed >> UInt64(shift))) }
        for byte in cellCode.utf8 { mix(byte) }
        return hash
    }
}
