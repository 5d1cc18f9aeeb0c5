import Display
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import NumericCore
import Synchronization

/// What a program has written of its handout so far: whether the current cell has output yet, and
/// whether that output ended with text, which decides the blank line between blocks.
private let output = Mutex(CellOutputState())

private struct CellOutputState {
    /// The kind of the current cell's last block: `nil` before its first, `true` for text.
    var lastWasText: Bool?
}

/// Makes `folder` the working directory, so that `Dataset.csv("data/iris.csv")` reads the file a cell
/// reads: nbrun resolves a cell's relative paths against its notebook's folder.
///
/// `nbrun export` writes one call at the top of each program.
public func beginNotebook(folder: String) {
    guard chdir(folder) == 0 else { stop("cannot enter the notebook's folder \(folder)") }
}

/// Starts the next cell: its blocks are spaced from each other, not from the previous cell's, and its
/// random numbers start from `seed`, as the cell's do in nbrun (``CellRandomness/seed(notebookSeed:cellCode:)``).
///
/// `nbrun export` writes one call before each cell's code.
public func beginCell(seed: UInt64) {
    output.withLock { $0.lastWasText = nil }
    CellRandomness.start(seed: seed)
}

/// Writes blocks as the handout's output block shows them: a blank line between blocks unless both are text.
func emit(_ blocks: [DisplayBlock]) {
    output.withLock { state in
        for block in blocks {
            let isText: Bool
            if case .text = block { isText = true } else { isText = false }
            var chunk = ""
            if let lastWasText = state.lastWasText, !(isText && lastWasText) { chunk = "\n" }
            chunk += block.text + "\n"
            writeAll(Array(chunk.utf8))
            state.lastWasText = isText
        }
    }
}

/// Writes every byte to standard output, as many `write` calls as a pipe needs.
private func writeAll(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}

/// Shows a value the way a cell shows its last expression (the display rule): a matrix as an
/// aligned table, a network as its layers, a number through the handout's number format.
public func show<T: Displayable>(_ value: T) {
    emit(value.display)
}

/// A statement whose value is `Void` shows nothing, as in a cell.
public func show(_ value: Void) {}

/// Prints the items as a cell's `print` does: numbers through ``NumberFormat``, a matrix as its
/// table, a string bare; separated by `separator` and ended with `terminator`.
///
/// It shadows the standard library's `print` in a program that imports NotebookKit, so that the
/// program prints what the handout shows.
public func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    var text = items.map(printedText).joined(separator: separator) + terminator
    if text.hasSuffix("\n") { text.removeLast() }
    emit([.text(text)])
}

/// One item as `print` and string interpolation show it.
func printedText(_ item: Any) -> String {
    switch item {
    case let text as String: return text
    case let value as any Displayable: return value.display.text
    default: return String(describing: item)
    }
}

extension DefaultStringInterpolation {
    /// `"\(x)"` for a `Double` uses the handout's number format (`0.3`, not `0.30000000000000004`).
    public mutating func appendInterpolation(_ value: Double) {
        appendLiteral(NumberFormat.format(value))
    }

    /// `"\([a, b])"` for numbers uses the handout's number format for each.
    public mutating func appendInterpolation(_ value: [Double]) {
        appendLiteral(value.inlineText)
    }

    /// `"\([[a, b], [c, d]])"`, rows of numbers, likewise.
    public mutating func appendInterpolation(_ value: [[Double]]) {
        appendLiteral(value.inlineText)
    }

}
