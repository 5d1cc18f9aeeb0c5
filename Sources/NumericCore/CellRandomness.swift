#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// The generator a random draw uses when the caller names none (`Network(sizes:activations:)`,
/// `train` with mini-batches and no `seed:`): one per thread, restarted before each notebook cell from
/// a seed derived from the notebook's seed and the cell's own code, so that editing one cell never
/// changes the numbers another draws. A program that never restarts it draws from seed 0.
public enum CellRandomness {
    /// FNV-1a 64 over the notebook seed's 8 little-endian bytes, then the cell code's UTF-8 bytes.
    public static func seed(notebookSeed: UInt64, cellCode: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: notebookSeed >> UInt64(shift))) }
        for byte in cellCode.utf8 { mix(byte) }
        return hash
    }

    /// Restarts this thread's generator at `seed`.
    public static func start(seed: UInt64) {
        box.generator = SeededGenerator(seed: seed)
    }

    /// Runs `body` with this thread's generator, which it may advance.
    public static func withGenerator<T>(_ body: (inout SeededGenerator) throws -> T) rethrows -> T {
        try body(&box.generator)
    }

    private final class Box {
        var generator = SeededGenerator(seed: 0)
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
            Unmanaged<Box>.fromOpaque(pointer).release()
            #else
            if let pointer { Unmanaged<Box>.fromOpaque(pointer).release() }
            #endif
        }
        return key
    }()

    private static var box: Box {
        if let pointer = pthread_getspecific(key) { return Unmanaged<Box>.fromOpaque(pointer).takeUnretainedValue() }
        let box = Box()
        pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        return box
    }
}
