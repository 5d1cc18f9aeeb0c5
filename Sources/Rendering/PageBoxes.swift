import Dispatch
import StackThreads
import Synchronization

/// A page's cell boxes (highlighted code and rich output, ``HTMLHandout``) made ahead, one after another
/// on a thread of their own, as each cell finishes: the costly part of a page (highlighting, plots) is
/// then done while the next cells run. A box is used only for the very code and presentation it was
/// made from.
public final class PageBoxes: Sendable {
    private struct Box {
        var code: String
        var presentation: CellPresentation
        var html: String
    }

    private let made = Mutex<[Int: Box]>([:])
    private let thread = SerialStackThread(stackSize: renderingStackSize)
    /// Entered for each box asked for, left when it is made.
    private let pending = DispatchGroup()

    /// An empty set of boxes.
    public init() {}

    /// Starts making the box of cell `index`, whose code block holds `code` (as cmark reads it, final
    /// newline included), shown as `presentation`.
    public func make(cell index: Int, code: String, presentation: CellPresentation) {
        pending.enter()
        thread.run {
            let html = HTMLHandout.box(code: code, cell: presentation)
            self.made.withLock { $0[index] = Box(code: code, presentation: presentation, html: html) }
            self.pending.leave()
        }
    }

    /// The box of cell `index` if it was made from `code` and `presentation`, once every box asked for is made.
    func box(cell index: Int, code: String, shownAs presentation: CellPresentation) -> String? {
        pending.wait()
        guard let box = made.withLock({ $0[index] }), box.code == code, box.presentation == presentation else { return nil }
        return box.html
    }
}
