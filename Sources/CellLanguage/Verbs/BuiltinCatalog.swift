/// The one list of builtin contributions: each file in `Builtins/` and `Verbs/` exposes a static
/// `builtins` array, and this list collects them.
///
/// To add verbs, write `Verbs/YourVerb.swift` with `enum YourVerb { static let builtins: [Builtin] = […] }`
/// and add `YourVerb.builtins` below.
enum BuiltinCatalog {
    static let all: [Builtin] = CoreBuiltins.builtins
        + MathBuiltins.builtins
        + RandomBuiltins.builtins
        + MatrixBuiltins.builtins
        + AutodiffBuiltins.builtins
        + NetworkVerbs.builtins + NetworkOptions.builtins + NetworkMatrixVerbs.builtins + ActivationVerbs.builtins
        + LossVerbs.builtins + DatasetVerbs.builtins + ForwardVerbs.builtins + BackwardVerbs.builtins
        + TrainingVerbs.builtins + GradientCheckVerbs.builtins + PerceptronVerbs.builtins + LeastSquaresVerbs.builtins
        + PlotVerbs.builtins + NetworkDiagramVerb.builtins
        + UniversalVerbs.builtins
}
