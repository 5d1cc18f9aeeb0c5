import Dispatch
import Synchronization

/// One thread with a stack of a chosen size that runs the bodies it is given one at a time, in order, for
/// as long as it lives: a session's cells run on one, which saves starting a thread (and faulting in a
/// fresh stack) for every cell. Without a thread (the system would not start one) bodies run on the caller.
public final class SerialStackThread: Sendable {
    private final class Queue: Sendable {
        let bodies = Mutex<[@Sendable () -> Void]>([])
        let ready = DispatchSemaphore(value: 0)
    }

    private let queue = Queue()
    private let started: Bool

    /// Starts the thread.
    public init(stackSize: Int) {
        let queue = self.queue
        started = StackThread.spawn(stackSize: stackSize) {
            while true {
                queue.ready.wait()
                let next = queue.bodies.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                guard let next else { return }  // woken with nothing to do: the thread is ending
                next()
            }
        }
    }

    /// Runs `body` on the thread after the bodies given before it; returns at once.
    public func run(_ body: @escaping @Sendable () -> Void) {
        guard started else { return body() }
        queue.bodies.withLock { $0.append(body) }
        queue.ready.signal()
    }

    /// The thread ends once the bodies already given have run: it is woken once more than it has bodies.
    deinit { queue.ready.signal() }
}
