import Dispatch
import CProcessControl
import StackThreads

/// A value worked out on another thread while the caller gets on, and waited for when it is read: the
/// course's outline while the first notebook's cells run. Read without being started, it is worked out then.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private let done = DispatchGroup()
    private let lock = DispatchQueue(label: "nbrun.background")
    private var started = false
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) { self.work = work }

    /// Starts the work on another thread, once; call it only once no more workers are to be forked.
    func start() {
        guard lock.sync(execute: { () -> Bool in defer { started = true }; return !started }) else { return }
        done.enter()
        StackThread.start(stackSize: 8 << 20) {
            // Behind the worker's cells and page on the two cores nbrun runs on: the value is waited for
            // only when rendering starts, and the cells are what the run waits for until then. The
            // thread is its own, so the lower priority ends with it.
            _ = nbrun_set_thread_nice(19)
            let value = self.work()
            self.lock.sync { self.result = value }
            self.done.leave()
        }
    }

    /// The value, once the work is done.
    var value: Value {
        start()
        done.wait()
        return lock.sync { result! }
    }
}
