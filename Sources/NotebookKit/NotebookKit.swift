// NotebookKit: what a notebook needs beyond numerics, as a Swift library. `import NotebookKit` gives a
// program the numeric core, the display model and these: `show(_:)` (the display rule), `expect(…)`,
// `print` and string interpolation with the handout's number format, and (from NotebookDisplay) each
// value's display. nbrun itself imports only NotebookDisplay: the `print` and interpolation here would
// change every message the tool formats.
// Its public API is the vocabulary of nbrun's cells; `nbrun export` writes programs that use it.
#if canImport(Glibc)
@_exported import Glibc    // sqrt, exp, log, round…: what a cell's math functions are
#elseif canImport(Musl)
@_exported import Musl
#else
@_exported import Darwin
#endif
@_exported import Display
@_exported import NotebookDisplay
@_exported import NumericCore
