"""Writes bench/refs/xor.ipynb, W1's Jupyter reference: notebooks/xor.md done in Python/numpy/matplotlib.

The prose is taken from notebooks/xor.md itself (every Markdown block between code cells becomes a
markdown cell, unchanged), and each of its Swift cells is paired, in order, with a Python cell in
CELLS below that computes the same thing: the truth table, the least-squares fit, the perceptron rule,
Lecture 13's sigmoid construction with its three heat maps, the ReLU solution matrix by matrix, the
hard-threshold nets, and training 2-2-1 nets (backward pass, gradient check, 4,000 epochs with the loss
curve, the learned surface, the unlucky seed, the wider net). The random initial weights come from a
port of NumericCore's SeededGenerator (xoshiro256** seeded by SplitMix64) so both notebooks train from
the same weights and must reach the same numbers; the `assert`s are the Swift cells' `expect`s.

One extra code cell comes first: the imports and the helpers that nbrun provides as verbs (forward,
train, heat_map, …), as a course notebook would define them. Plots are matplotlib figures shown inline
(PNG, as Jupyter does by default) when matplotlib is installed (`pip install matplotlib`; bench/setup.sh
installs it), text otherwise.

Run it again after notebooks/xor.md changes: it stops with an error when the Swift cells no longer match
CELLS (their count, or the first line of each), so the reference cannot silently drift from the notebook.
    python3 bench/refs/make_xor_ipynb.py            # writes bench/refs/xor.ipynb (committed)
    python3 bench/refs/make_xor_ipynb.py --check    # only checks that CELLS still matches notebooks/xor.md
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
XOR_MD = os.path.join(ROOT, "notebooks", "xor.md")

SETUP = r'''import numpy as np
try:
    import matplotlib
    import matplotlib.pyplot as plt   # ipykernel shows figures inline by default
except ImportError:
    plt = None

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def relu(z):
    return np.maximum(0, z)

def hard_limit(z):
    return (np.asarray(z) >= 0).astype(float)

ACTIVATIONS = {"sigmoid": sigmoid, "relu": relu, "linear": lambda z: z, "hardLimit": hard_limit}

class SeededGenerator:
    """NumericCore's generator: xoshiro256** seeded by SplitMix64, doubles from the top 53 bits."""
    M = (1 << 64) - 1
    def __init__(self, seed):
        s = seed
        state = []
        for _ in range(4):
            s = (s + 0x9E3779B97F4A7C15) & self.M
            z = s
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.M
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.M
            state.append(z ^ (z >> 31))
        self.s = state
    @staticmethod
    def rotl(x, k):
        return ((x << k) | (x >> (64 - k))) & SeededGenerator.M
    def next(self):
        s, M = self.s, self.M
        result = (self.rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = self.rotl(s[3], 45)
        return result
    def uniform(self, lower, upper):
        return lower + (upper - lower) * ((self.next() >> 11) * 2.0 ** -53)

class Net:
    """Layers of (W inputs×units, b 1×units, activation name); a batch holds one example per row."""
    def __init__(self, layers):
        self.layers = [(np.array(W, float), np.array(b, float).reshape(1, -1), f) for W, b, f in layers]
    @classmethod
    def random(cls, sizes, activation="sigmoid", seed=1):
        g = SeededGenerator(seed)
        layers = []
        for a, b in zip(sizes, sizes[1:]):
            limit = 1 / np.sqrt(a)
            W = np.array([[g.uniform(-limit, limit) for _ in range(b)] for _ in range(a)])
            layers.append((W, np.zeros((1, b)), activation))
        return cls(layers)
    def copy(self):
        return Net([(W.copy(), b.copy(), f) for W, b, f in self.layers])
    def __repr__(self):
        sizes = [self.layers[0][0].shape[0]] + [W.shape[1] for W, _, _ in self.layers]
        count = sum(W.size + b.size for W, b, _ in self.layers)
        lines = [f"Net {' -> '.join(map(str, sizes))} ({count} parameters)"]
        for l, (W, b, f) in enumerate(self.layers, 1):
            lines.append(f"layer {l}: {W.shape[0]} -> {W.shape[1]}, {f}")
            lines.append(f"W =\n{np.array2string(W, precision=6)}\nb = {np.array2string(b, precision=6)}")
        return "\n".join(lines)

def forward(net, X):
    """Every layer's pre-activation z and activation h for the batch X."""
    zs, hs = [], [X]
    for W, b, f in net.layers:
        zs.append(hs[-1] @ W + b)
        hs.append(ACTIVATIONS[f](zs[-1]))
    return zs, hs

def show_trace(net, X):
    zs, hs = forward(net, X)
    for l, (z, h) in enumerate(zip(zs, hs[1:]), 1):
        print(f"layer {l}: input | z | h")
        print(np.array2string(np.hstack([hs[l - 1], z, h]), precision=6, suppress_small=False))
    return zs, hs

def predict(net, X):
    return forward(net, X)[1][-1]

def mse(net, X, T):
    return float(np.sum((predict(net, X) - T) ** 2) / len(X))

def backward(net, X, T):
    """∂J/∂z of every layer and the gradients of every weight and bias, J = (1/N) Σ (y − t)²."""
    zs, hs = forward(net, X)
    y = hs[-1]
    delta = 2 * (y - T) / len(X) * y * (1 - y)   # sigmoid output
    grads, deltas = [None] * len(net.layers), [None] * len(net.layers)
    for l in reversed(range(len(net.layers))):
        W = net.layers[l][0]
        deltas[l] = delta
        grads[l] = (hs[l].T @ delta, delta.sum(axis=0, keepdims=True))
        if l > 0:
            delta = (delta @ W.T) * hs[l] * (1 - hs[l])
    return deltas, grads

def gradient_check(net, X, T, eps=1e-5, tolerance=1e-7, floor=1e-2):
    _, grads = backward(net, X, T)
    rows = []
    for l, (W, b, _) in enumerate(net.layers):
        for name, P, G in (("W", W, grads[l][0]), ("b", b, grads[l][1])):
            for index in np.ndindex(P.shape):
                original = P[index]
                P[index] = original + eps; plus = mse(net, X, T)
                P[index] = original - eps; minus = mse(net, X, T)
                P[index] = original
                numeric, analytic = (plus - minus) / (2 * eps), G[index]
                error = abs(analytic - numeric) / max(abs(analytic), abs(numeric), floor)
                rows.append((f"{name}{l + 1}{list(index)}", numeric, analytic, error))
    return rows

def train(net, X, T, learning_rate, epochs):
    """Full-batch gradient descent on the mean squared error; the loss before every epoch."""
    net = net.copy()
    losses = []
    for _ in range(epochs):
        losses.append(mse(net, X, T))
        _, grads = backward(net, X, T)
        for (W, b, _), (gW, gb) in zip(net.layers, grads):
            W -= learning_rate * gW
            b -= learning_rate * gb
    return net, losses, mse(net, X, T)

def plot_losses(losses, title="loss curve"):
    if plt is None:
        print(f"{title}: " + ", ".join(f"{losses[i]:.4g}" for i in range(0, len(losses), len(losses) // 10)))
        return
    fig, ax = plt.subplots(figsize=(6.4, 4))
    ax.semilogy(losses, label="loss")
    ax.set_xlabel("epoch"); ax.set_ylabel("loss (log scale)"); ax.set_title(title); ax.legend()
    plt.show()

def heat_map(net, X, T, output=0, resolution=32, lo=-0.5, hi=1.5):
    g = np.linspace(lo, hi, resolution)
    gx, gy = np.meshgrid(g, g)
    values = predict(net, np.column_stack([gx.ravel(), gy.ravel()]))[:, output].reshape(resolution, resolution)
    if plt is None:
        shades = " .:-=+*#%@"
        for row in values[::-1]:
            print("".join(shades[min(int(v * len(shades)), len(shades) - 1)] for v in np.clip(row, 0, 1)))
        return
    fig, ax = plt.subplots(figsize=(6.4, 4))
    image = ax.imshow(values, origin="lower", extent=(lo, hi, lo, hi), cmap="viridis", aspect="auto")
    fig.colorbar(image, ax=ax)
    for (x1, x2), t in zip(X, T[:, 0]):
        ax.scatter([x1], [x2], marker="x" if t == 1 else "o", color="white", edgecolors="black", s=80)
    ax.set_xlabel("x1"); ax.set_ylabel("x2"); ax.set_title(f"output {output + 1}")
    plt.show()

def perceptron(X, T, max_epochs=100):
    """Rosenblatt's rule with hardlim(0) = 1, from zero weights; weights, bias and errors per epoch."""
    w, b, history = np.zeros(X.shape[1]), 0.0, []
    for epoch in range(1, max_epochs + 1):
        errors = 0
        for x, t in zip(X, T[:, 0]):
            e = t - (1.0 if x @ w + b >= 0 else 0.0)
            if e != 0:
                errors += 1
                w, b = w + e * x, b + e
        history.append((epoch, *w, b, errors))
        if errors == 0:
            return True, history
    return False, history

def accuracy(net, X, T):
    return float(np.mean((predict(net, X) >= 0.5) == (T >= 0.5)))

XOR_X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
OR_T = np.array([[0.], [1.], [1.], [1.]])
AND_T = np.array([[0.], [0.], [0.], [1.]])'''

# (first line of the Swift cell in notebooks/xor.md, the Python cell that computes the same)
CELLS = [
    ("let data = Dataset.xor()", r'''X = XOR_X.copy()
T = np.array([[0.], [1.], [1.], [0.]])
print("x1  x2  t")
for (x1, x2), t in zip(X, T[:, 0]):
    print(f"{x1:2.0f}  {x2:2.0f}  {t:1.0f}")'''),
    ("expect(data.count == 4)", r'''assert len(X) == 4
assert np.array_equal(T, [[0], [1], [1], [0]])
assert T.sum() == 2'''),
    ("let fit = leastSquares(data)", r'''A = np.hstack([X, np.ones((4, 1))])
theta = np.linalg.solve(A.T @ A, A.T @ T)          # the normal equations
fit_w, fit_b = theta[:2], theta[2, 0]
fit_mse = float(np.mean((A @ theta - T) ** 2))
print(f"w = {fit_w.ravel()}, b = {fit_b:.6g}, mean squared error {fit_mse:.6g}")'''),
    ("expect(fit.weights, closeTo: Matrix([[0], [0]]), tolerance: 1e-12)", r'''assert np.allclose(fit_w, 0, atol=1e-12)
assert abs(fit_b - 0.5) < 1e-12
assert np.allclose(A @ theta, 0.5, atol=1e-12)
assert abs(fit_mse - 0.25) < 1e-12'''),
    ("let rule = perceptron(data, maxEpochs: 8)", r'''converged, history = perceptron(X, T, max_epochs=8)
print("epoch  w1  w2   b  errors")
for epoch, w1, w2, b, errors in history:
    print(f"{epoch:5d}  {w1:2.0f}  {w2:2.0f}  {b:2.0f}  {errors:6d}")
assert not converged
assert min(h[-1] for h in history) > 0'''),
    ("let steepness = [1.0, 5.0, 20.0]", r'''steepness = [1.0, 5.0, 20.0]
print([float(sigmoid(a * 0.25)) for a in steepness])
assert sigmoid(20 * 0.25) > 0.99
assert sigmoid(20 * -0.25) < 0.01'''),
    ("let a = 20.0", r'''a = 20.0
b = 20.0
ridges = Net([([[a, -a], [-a, a]], [-a / 2, -a / 2], "sigmoid"),
              ([[b], [b]], [-b / 2], "sigmoid")])
ridges'''),
    ("let ridgesTrace = forward(ridges, data)", r'''ridges_z, ridges_h = show_trace(ridges, X)'''),
    ("let hidden = ridgesTrace.activations[0]", r'''hidden = ridges_h[1]
assert np.allclose(hidden, [[0, 0], [0, 1], [1, 0], [0, 0]], atol=1e-4)
assert np.allclose(ridges_h[-1], T, atol=1e-4)'''),
    ("let steeper = Network(layers: [", r'''steeper = Net([([[50, -50], [-50, 50]], [-25, -25], "sigmoid"),
               ([[50], [50]], [-25], "sigmoid")])
assert np.allclose(predict(steeper, X), T, atol=1e-9)'''),
    ("let firstLayer = Network(layers: [ridges.layers[0]])", r'''first_layer = Net([ridges.layers[0]])
heat_map(first_layer, X, T, output=0)'''),
    ("heatMap(firstLayer, x: -0.5...1.5, y: -0.5...1.5, points: data, output: 1, resolution: 32)",
     r'''heat_map(first_layer, X, T, output=1)'''),
    ("heatMap(ridges, x: -0.5...1.5, y: -0.5...1.5, points: data, resolution: 32)", r'''heat_map(ridges, X, T)'''),
    ("let X = data.inputs", r'''W = np.array([[1., 1.], [1., 1.]])
XW = X @ W
print(XW)
assert np.array_equal(XW, [[0, 0], [1, 1], [1, 1], [2, 2]])'''),
    ("let c: Matrix = [[0, -1]]", r'''c = np.array([[0., -1.]])
Z = XW + c
print(Z)
assert np.array_equal(Z, [[0, -1], [1, 0], [1, 0], [2, 1]])'''),
    ("let H = relu(Z)", r'''H = relu(Z)
print(H)
assert np.array_equal(H, [[0, 0], [1, 0], [1, 0], [2, 1]])'''),
    ("let w: Matrix = [[1], [-2]]", r'''w = np.array([[1.], [-2.]])
y = H @ w + 0
print(y)
assert np.array_equal(y, T)'''),
    ("var reluNet = Network(sizes: [2, 2, 1], activations: [.relu, .linear])", r'''relu_net = Net([(W, c, "relu"), (w, [0.], "linear")])
show_trace(relu_net, X)
assert np.array_equal(predict(relu_net, X), T)'''),
    ("let collapsed = Z * w", r'''collapsed = Z @ w
assert np.array_equal(collapsed, [[2], [1], [1], [0]])
assert not np.array_equal(collapsed, T)'''),
    ("expect(hardLimit(0) == 1)", r'''assert hard_limit(0) == 1
assert hard_limit(-0.5) == 0'''),
    ("let huang = Network(layers: [", r'''huang = Net([([[1, -1], [-1, 1]], [-0.5, -0.5], "hardLimit"),
             ([[1], [1]], [-0.5], "hardLimit")])
_, huang_h = show_trace(huang, X)
assert np.array_equal(huang_h[1], [[0, 0], [0, 1], [1, 0], [0, 0]])
assert np.array_equal(huang_h[-1], T)'''),
    ("let grosse = Network(layers: [", r'''grosse = Net([([[1, 1], [1, 1]], [-0.5, -1.5], "hardLimit"),
              ([[1], [-1]], [-0.5], "hardLimit")])
_, grosse_h = show_trace(grosse, X)
assert np.array_equal(grosse_h[1], [[0, 0], [1, 0], [1, 0], [1, 1]])
assert np.array_equal(grosse_h[-1], T)'''),
    ("expect(Matrix([[0], [1], [1], [1]]), equals: Dataset.or().targets)", r'''assert np.array_equal([[0], [1], [1], [1]], OR_T)
assert np.array_equal([[0], [0], [0], [1]], AND_T)
assert perceptron(XOR_X, OR_T)[0]
assert perceptron(XOR_X, AND_T)[0]'''),
    ("heatMap(huang, x: -0.5...1.5, y: -0.5...1.5, points: data, resolution: 32)", r'''heat_map(huang, X, T)'''),
    ("let start = Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 1)", r'''start = Net.random([2, 2, 1], "sigmoid", seed=1)
print(start)
start_loss = mse(start, X, T)
assert start_loss > 0.25
assert np.allclose(predict(start, X), 0.5, atol=0.05)'''),
    ("backward(start, inputs: data.inputs, targets: data.targets, loss: .meanSquared)", r'''print(f"J = {mse(start, X, T):.6g}")
deltas, grads = backward(start, X, T)
for l in reversed(range(len(grads))):
    print(f"layer {l + 1}: dJ/dz\n{deltas[l]}\nlayer {l + 1}: dJ/dW\n{grads[l][0]}\ndJ/db {grads[l][1]}")'''),
    ("let check = gradientCheck(start, on: data, loss: .meanSquared)", r'''check = gradient_check(start, X, T)
print("parameter      numeric     analytic  relative error")
for name, numeric, analytic, error in check:
    print(f"{name:9s} {numeric:12.6g} {analytic:12.6g} {error:15.6g}")
worst = max(error for *_, error in check)
assert worst < 1e-7
assert worst < 1e-8'''),
    ("let run = train(start, on: data, loss: .meanSquared, learningRate: 2, epochs: 4000)", r'''learned, losses, final_loss = train(start, X, T, learning_rate=2, epochs=4000)
print(f"trained 4000 epochs (mean squared, lr 2, full batch): final loss {final_loss:.6g}")
plot_losses(losses)
assert final_loss < 0.001
assert losses[0] > 100 * losses[-1]'''),
    ("expect(run.losses[499] > 0.24)", r'''assert losses[499] > 0.24
assert losses[999] < 0.025'''),
    ("let learned = run.network", r'''print(learned)
outputs = predict(learned, X)
print(outputs)
assert np.allclose(outputs, T, atol=0.05)
assert accuracy(learned, X, T) == 1
predicted = (outputs[:, 0] >= 0.5).astype(int)
confusion = np.zeros((2, 2), int)
for t, p in zip(T[:, 0].astype(int), predicted):
    confusion[t, p] += 1
confusion'''),
    ("let learnedTrace = forward(learned, data)", r'''_, learned_h = show_trace(learned, X)
assert np.allclose(learned_h[1], [[0, 0], [1, 0], [1, 0], [1, 1]], atol=0.15)
assert learned.layers[1][0][0, 0] > 0
assert learned.layers[1][0][1, 0] < 0'''),
    ("heatMap(learned, x: -0.5...1.5, y: -0.5...1.5, points: data, resolution: 32)", r'''heat_map(learned, X, T)'''),
    ("let unlucky = Network(sizes: [2, 2, 1], activations: [.sigmoid], seed: 3)", r'''unlucky = Net.random([2, 2, 1], "sigmoid", seed=3)
stalled, stalled_losses, stalled_final = train(unlucky, X, T, learning_rate=2, epochs=4000)
print(f"trained 4000 epochs (mean squared, lr 2, full batch): final loss {stalled_final:.6g}")
plot_losses(stalled_losses)
assert abs(stalled_final - stalled_losses[0]) < 0.01
assert abs(stalled_final - 0.25) < 0.001
assert accuracy(stalled, X, T) == 0.5'''),
    ("let wider = Network(sizes: [2, 3, 1], activations: [.sigmoid], seed: 3)", r'''wider = Net.random([2, 3, 1], "sigmoid", seed=3)
wider_net, _, wider_final = train(wider, X, T, learning_rate=2, epochs=4000)
assert accuracy(wider_net, X, T) == 1
assert wider_final < 0.01'''),
]


def split_markdown(text):
    """[(kind, text)] with kind "markdown" or "swift", in order; blank prose between cells is dropped."""
    parts, prose, code, fence = [], [], None, re.compile(r"^```swift\s*$")
    for line in text.split("\n"):
        if code is None and line.startswith("## ") and "\n".join(prose).strip():
            parts.append(("markdown", "\n".join(prose).strip("\n")))   # a section heading starts a new cell
            prose = [line]
        elif code is None and fence.match(line):
            if "\n".join(prose).strip():
                parts.append(("markdown", "\n".join(prose).strip("\n")))
            prose, code = [], []
        elif code is not None and line.strip() == "```":
            parts.append(("swift", "\n".join(code)))
            code = None
        elif code is not None:
            code.append(line)
        else:
            prose.append(line)
    if "\n".join(prose).strip():
        parts.append(("markdown", "\n".join(prose).strip("\n")))
    return parts


def main():
    with open(XOR_MD, encoding="utf-8") as handle:
        parts = split_markdown(handle.read())
    swift = [text for kind, text in parts if kind == "swift"]
    problems = []
    if len(swift) != len(CELLS):
        problems.append(f"notebooks/xor.md has {len(swift)} Swift cells, CELLS has {len(CELLS)}")
    for index, (source, (first_line, _)) in enumerate(zip(swift, CELLS)):
        if source.split("\n")[0].strip() != first_line:
            problems.append(f"cell {index + 1}: xor.md starts {source.split(chr(10))[0]!r}, CELLS expects {first_line!r}")
    if problems:
        sys.exit("make_xor_ipynb.py: notebooks/xor.md changed; update CELLS to compute the same:\n  "
                 + "\n  ".join(problems))
    if "--check" in sys.argv:
        print(f"notebooks/xor.md and CELLS agree ({len(CELLS)} cells)")
        return

    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
    cells, python = [], iter(CELLS)
    for kind, text in parts:
        if kind == "markdown":
            cells.append(new_markdown_cell(text))
            if len(cells) == 1:   # after the title and introduction: the imports and helpers
                cells.append(new_code_cell(SETUP))
        else:
            cells.append(new_code_cell(next(python)[1]))
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                             "language": "python"}})
    path = os.path.join(HERE, "xor.ipynb")
    nbformat.write(nb, path)
    print(f"wrote {path}: {sum(c.cell_type == 'markdown' for c in cells)} markdown cells, "
          f"{sum(c.cell_type == 'code' for c in cells)} code cells (1 setup + {len(CELLS)} from notebooks/xor.md)")


if __name__ == "__main__":
    main()
