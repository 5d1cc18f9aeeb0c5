import Dispatch
import StackThreads
import Synchronization

/// A page's cell outputs (``OutputHTML``: tables and plots as SVG) made ahead, one after another on a
/// thread of their own, as each cell finishes: the costly part of a page is then done while the next
/// cells run. An output is used only for the very presentation it was made from.
public final class PageBoxes: Sendable {
    private struct State {
        var waiting: [(index: Int, presentation: CellPresentation)] = []
        var made: [Int: (presentation: CellPresentation, html: String)] = [:]
        var threadRunning = false
    }

    private let state = Mutex(State())
    /// Entered for each output asked for, left when it is made.
    private let pending = DispatchGroup()

    /// An empty set of outputs.
    public init() {}

    /// Starts making the output of cell `index`, shown as `presentation`, when it shows one.
    public func make(cell index: Int, presentation: CellPresentation) {
        guard presentation.showsOutput else { return }
        pending.enter()
        let startThread = state.withLock { state -> Bool in
            state.waiting.append((index, presentation))
            defer { state.threadRunning = true }
            return !state.threadRunning
        }
        if startThread { StackThread.start(stackSize: renderingStackSize) { self.makeWaitingOutputs() } }
    }

    /// Makes outputs until none is waiting, then lets the thread end.
    private func makeWaitingOutputs() {
        while let next = state.withLock({ state -> (index: Int, presentation: CellPresentation)? in
            if state.waiting.isEmpty { state.threadRunning = false; return nil }
            return state.waiting.removeFirst()
        }) {
            let html = OutputHTML.render(next.presentation)
            state.withLock { $0.made[next.index] = (next.presentation, html) }
            pending.leave()
        }
    }

    /// The output of cell `index` if it was made for `presentation`, once every output asked for is made.
    func output(cell index: Int, shownAs presentation: CellPresentation) -> String? {
        pending.wait()
        guard let made = state.withLock({ $0.made[index] }), made.presentation == presentation else { return nil }
        return made.html
    }
}
