#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A thread with a stack of a chosen size, without Foundation's `Thread`: cells run on one (deep recursion
/// and deeply nested values need more than the usual 8 MB), and so does freeing what they built; a
/// page's parts are rendered on them too (Dispatch's threads have half a megabyte, which a deeply nested
/// cell's highlighting overflows).
public enum StackThread {
    /// Runs `body` on a new detached thread with `stackSize` bytes of stack; on the calling thread when
    /// the system cannot start one (then a stack overflow is the worker's crash, reported as a cell error).
    public static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        if !spawn(stackSize: stackSize, body) { body() }
    }

    /// Starts `body` on a new detached thread with `stackSize` bytes of stack; `false` when the system
    /// cannot start one (then `body` does not run).
    static func spawn(stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        #if os(Linux)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        if status != 0 { Unmanaged<Body>.fromOpaque(context).release() }
        return status == 0
    }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
