import Dispatch
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import StackThreads
import Synchronization
import Testing

/// A session's cells all run on one long-lived thread with a cell's stack, in the order given.
@Suite struct SerialStackThreadTests {
    /// Recursion `depth` calls deep, each frame holding a kilobyte, so it needs about `depth` kB of stack.
    @inline(never) private static func recurse(_ depth: Int) -> Int {
        var frame = [UInt8](repeating: 1, count: 16)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { buffer in
            buffer.initialize(repeating: UInt8(depth & 0xFF))
            frame[0] = buffer[depth % 1024]
            return depth == 0 ? Int(frame[0]) : recurse(depth - 1) + Int(frame[0] & 1)
        }
    }

    @Test func bodiesRunInOrderOnOneThreadWithTheChosenStack() {
        let thread = SerialStackThread(stackSize: 64 << 20)
        let seen = Mutex<[(index: Int, thread: pthread_t)]>([])
        let done = DispatchSemaphore(value: 0)
        for index in 0..<20 {
            thread.run {
                seen.withLock { $0.append((index, pthread_self())) }
                if index == 19 { done.signal() }
            }
        }
        done.wait()
        let record = seen.withLock { $0 }
        #expect(record.map(\.index) == Array(0..<20))
        #expect(Set(record.map { UInt(bitPattern: Int(bitPattern: $0.thread)) }).count == 1, "one thread for every body")
        #expect(record[0].thread != pthread_self())
        // 32 MB of frames fit in its 64 MB stack; the 8 MB of an ordinary thread would overflow.
        let result = Mutex(0)
        thread.run {
            result.withLock { $0 = Self.recurse(32 * 1024) }
            done.signal()
        }
        done.wait()
        #expect(result.withLock { $0 } > 0)
    }
}
