import Dispatch
import StackThreads
import Synchronization

/// A page's cell outputs (``OutputHTML``: tables and plots as SVG) made ahead, one after another on a
/// thread of their own, as each cell finishes: the costly part of a page is then done while the next
/// cells run. An output is used only for the very presentation it was made from.
public final class PageBoxes: Sendable {
    private let made = Mutex<[Int: (presentation: CellPresentation, html: String)]>([:])
    private let thread = SerialStackThread(stackSize: renderingStackSize)
    /// Entered for each output asked for, left when it is made.
    private let pending = DispatchGroup()

    /// An empty set of outputs.
    public init() {}

    /// Starts making the output of cell `index`, shown as `presentation`, when it shows one.
    public func make(cell index: Int, presentation: CellPresentation) {
        guard presentation.showsOutput else { return }
        pending.enter()
        thread.run {
            let html = OutputHTML.render(presentation)
            self.made.withLock { $0[index] = (presentation, html) }
            self.pending.leave()
        }
    }

    /// The output of cell `index` if it was made for `presentation`, once every output asked for is made.
    func output(cell index: Int, shownAs presentation: CellPresentation) -> String? {
        pending.wait()
        guard let made = made.withLock({ $0[index] }), made.presentation == presentation else { return nil }
        return made.html
    }
}
