// The activations as functions of a number, entry by entry of a matrix, and of a dual number or tape
// variable (through the activation's rule), as the lectures write them: `sigmoid(z)`, `relu(Z)`,
// `hardLimit(n)`. ReLU′(0) = 0 and hardLimit(0) = 1, as in ``Activation``. A new activation adds its
// three functions here; cells find it through ``Activation/functionName``.

/// σ(z) = 1 / (1 + e^−z).
public func sigmoid(_ z: Double) -> Double { Activation.sigmoid.value(z) }
/// σ of every entry.
public func sigmoid(_ z: Matrix) -> Matrix { Activation.sigmoid.apply(z) }
/// σ in any autodiff mode.
@_disfavoredOverload public func sigmoid<T: DifferentiableScalar>(_ z: T) -> T { T.apply(.sigmoid, to: z) }

/// max(0, z).
public func relu(_ z: Double) -> Double { Activation.relu.value(z) }
/// max(0, z) of every entry.
public func relu(_ z: Matrix) -> Matrix { Activation.relu.apply(z) }
/// max(0, z) in any autodiff mode.
@_disfavoredOverload public func relu<T: DifferentiableScalar>(_ z: T) -> T { T.apply(.relu, to: z) }

/// Huang's HardLimit: 1 for n ≥ 0, else 0.
public func hardLimit(_ n: Double) -> Double { Activation.step.value(n) }
/// HardLimit of every entry.
public func hardLimit(_ n: Matrix) -> Matrix { Activation.step.apply(n) }
/// HardLimit in any autodiff mode (derivative 0).
@_disfavoredOverload public func hardLimit<T: DifferentiableScalar>(_ n: T) -> T { T.apply(.hardLimit, to: n) }

/// log(1 + e^z).
public func softplus(_ z: Double) -> Double { Activation.softplus.value(z) }
/// log(1 + e^z) of every entry.
public func softplus(_ z: Matrix) -> Matrix { Activation.softplus.apply(z) }
/// log(1 + e^z) in any autodiff mode.
@_disfavoredOverload public func softplus<T: DifferentiableScalar>(_ z: T) -> T { T.apply(.softplus, to: z) }

/// e^{z_j} / Σ_k e^{z_k} over a list of numbers.
public func softmax(_ z: [Double]) -> [Double] { Activation.softmax(z) }
/// Softmax across each row (one example per row).
public func softmax(_ z: Matrix) -> Matrix { Activation.softmax.apply(z) }

extension Activation {
    /// Huang's name for ``step``.
    public static var hardLimit: Activation { .step }
    /// Another name for ``linear``.
    public static var identity: Activation { .linear }
}

/// An activation's value at a number, by name: `value(of: .sigmoid, at: 0)` is ½.
public func value(of activation: Activation, at z: Double) -> Double { activation.value(z) }
/// An activation of every entry, by name.
public func value(of activation: Activation, at z: Matrix) -> Matrix { activation.apply(z) }

/// An elementwise activation's derivative at a number, by name; ReLU′(0) = 0, hardLimit′ = 0.
public func derivative(of activation: Activation, at z: Double) -> Double { activation.derivative(z) }
/// An elementwise activation's derivative at every entry, by name.
public func derivative(of activation: Activation, at z: Matrix) -> Matrix { activation.derivative(z) }
