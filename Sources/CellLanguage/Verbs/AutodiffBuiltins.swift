/// Every autodiff builtin, for the one line in ``BuiltinCatalog``: the numeric kinds and their
/// constructors, `sigmoid` and `relu`, the two modes, gradient checks and cost.
enum AutodiffBuiltins {
    static let builtins: [Builtin] = DualObject.builtins
        + TapeObject.builtins
        + AutodiffModes.builtins
        + AutodiffGradientCheck.builtins
        + AutodiffCostObject.builtins
}
