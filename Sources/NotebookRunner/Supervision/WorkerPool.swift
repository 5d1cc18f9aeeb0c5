import Dispatch
import Synchronization

/// `options.jobs` threads, each with a supervised worker process of its own (none with `--in-process`),
/// taking items off one list until it is done.
struct WorkerPool {
    let options: RunOptions

    /// `body` for each item, `options.jobs` at a time, the results in the items' order; `whenStarted` runs
    /// once the workers are started (forked while this process has one thread), before the first item.
    func map<Item: Sendable, Result: Sendable>(_ items: [Item], whenStarted: () -> Void = {},
                                               _ body: @Sendable (Item, SupervisedWorker?) -> Result) -> [Result] {
        let slots = Slots<Result>(count: items.count)
        let jobs = max(1, min(options.jobs, items.count))
        let next = Mutex(0)
        // The workers start before the jobs' threads do, so they can be forked.
        let workers = (0..<jobs).map { _ in
            options.workerExecutable.map { SupervisedWorker(executable: $0, memoryLimitMegabytes: options.memoryLimitMegabytes) }
        }
        workers.forEach { $0?.prestart() }
        whenStarted()
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            while let index = next.withLock({ next -> Int? in
                guard next < items.count else { return nil }
                next += 1
                return next - 1
            }) {
                slots.set(index, body(items[index], workers[job]))
            }
        }
        return slots.values
    }
}

/// One result per item, filled in from concurrent jobs.
private final class Slots<Value: Sendable>: Sendable {
    private let values_: Mutex<[Value?]>

    init(count: Int) { values_ = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Value) { values_.withLock { $0[index] = value } }

    var values: [Value] { values_.withLock { $0.compactMap { $0 } } }
}
