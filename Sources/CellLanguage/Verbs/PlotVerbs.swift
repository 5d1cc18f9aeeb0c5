/// The plot verbs, each in its own `Plot…Verb.swift`; every one returns a ``PlotObject``, which shows
/// as a text plot in the Markdown handout and as SVG in the HTML one.
///
/// Reference with examples: `docs/plot-cells.md`.
enum PlotVerbs {
    static let builtins: [Builtin] = PlotFunctionVerb.builtins
        + PlotLossCurveVerb.builtins
        + PlotHeatMapVerb.builtins
        + PlotScatterVerb.builtins
        + PlotImageVerb.builtins
        + PlotBarsVerb.builtins
}
