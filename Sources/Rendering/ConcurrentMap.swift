import Dispatch
import StackThreads
import Synchronization

/// The stack each of a page's rendering threads gets: deeply nested code is highlighted recursively.
let renderingStackSize = 64 << 20

extension Array where Element: Sendable {
    /// `transform` of every element, on this thread and one more (nbrun's machines have two cores or more,
    /// and a page has few parts), in the elements' order: the same, byte for byte, as a serial `map`.
    func concurrentMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let elements = self
        let next = Atomic(0)
        let results = Mutex([Result?](repeating: nil, count: count))
        @Sendable func work() {
            while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < elements.count {
                let result = transform(elements[index])
                results.withLock { $0[index] = result }
            }
        }
        let helperDone = DispatchSemaphore(value: 0)
        StackThread.start(stackSize: renderingStackSize) {
            work()
            helperDone.signal()
        }
        work()
        helperDone.wait()
        return results.withLock { $0.map { $0! } }
    }
}
