import Synchronization

/// The worker `nbrun` forks first thing, before it parses its command line: while the runner reads its
/// options and finds the notebooks, the worker warms up on the other core (one small notebook through
/// every stage, so the first real one finds the parser's, the interpreter's and the renderers' first-use
/// costs paid), and the first supervised job takes it over. A run that needs no worker (`--help`, a
/// usage error) leaves it to die with nbrun.
public enum EarlyWorker {
    private static let waiting = Mutex<SupervisedWorker.Process?>(nil)

    /// Forks the worker; call only while the process has one thread (at the top of `main`).
    public static func start() {
        guard let worker = SupervisedWorker.fork(memoryLimitMegabytes: nil, warmUp: true) else { return }
        waiting.withLock { $0 = worker }
    }

    /// The early worker, once; `nil` when there is none or it was taken.
    static func take() -> SupervisedWorker.Process? {
        waiting.withLock { worker in
            defer { worker = nil }
            return worker
        }
    }
}
