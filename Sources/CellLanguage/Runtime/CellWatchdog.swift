#if os(Linux)
import Synchronization
#endif

/// A flag the waiting session raises when a cell's time is up; the cell's thread reads it on every tick.
///
/// Counting ticks alone checks the clock every 1024 loop steps or calls, which is cheap for tight
/// loops but lets a loop whose every step is heavy (`a += a`, a large matrix product) run for
/// 1024 slow steps past its limit. Reading this flag costs one relaxed load per tick.
final class CellWatchdog: Sendable {
    #if os(Linux)
    private let expired = Atomic<Bool>(false)

    /// Whether the session found the cell's time up.
    var hasExpired: Bool {
        @inline(__always) get { expired.load(ordering: .relaxed) }
    }

    /// Marks the cell's time as up.
    func expire() { expired.store(true, ordering: .relaxed) }

    /// Clears the flag before a cell starts.
    func reset() { expired.store(false, ordering: .relaxed) }
    #else
    // `Atomic` needs macOS 15; elsewhere the tick count alone decides when to read the clock.
    var hasExpired: Bool { false }
    func expire() {}
    func reset() {}
    #endif
}
