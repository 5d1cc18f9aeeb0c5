"""Writes bench/refs/xor.ipynb, W1's Jupyter reference: the XOR lecture notebook's content
(data, a 2-2-1 sigmoid net, forward pass, training, predictions) in Python/numpy, cell for cell.
Run it again after changing the cells below; the .ipynb is committed."""
import os

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

cells = [
    new_markdown_cell("# XOR with a 2-2-1 sigmoid network\n\nNo single threshold unit computes XOR; "
                      "one hidden layer of two sigmoid units does."),
    new_code_cell("import numpy as np\n"
                  "X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])\n"
                  "T = np.array([[0.], [1.], [1.], [0.]])\n"
                  "X, T"),
    new_markdown_cell("A net with small random weights, uniform in $\\pm 1/\\sqrt{\\text{fan-in}}$, biases 0."),
    new_code_cell("rng = np.random.default_rng(1)\n"
                  "sizes = [2, 2, 1]\n"
                  "W = [rng.uniform(-1 / np.sqrt(a), 1 / np.sqrt(a), (a, b)) for a, b in zip(sizes, sizes[1:])]\n"
                  "B = [np.zeros((1, b)) for b in sizes[1:]]\n"
                  "sigmoid = lambda z: 1 / (1 + np.exp(-z))\n"
                  "W"),
    new_code_cell("def forward(x):\n"
                  "    hs = [x]\n"
                  "    for w, b in zip(W, B):\n"
                  "        hs.append(sigmoid(hs[-1] @ w + b))\n"
                  "    return hs\n"
                  "forward(X)[-1]"),
    new_markdown_cell("Full-batch gradient descent on the mean squared error $J = \\frac1N\\sum (y-t)^2$."),
    new_code_cell("losses = []\n"
                  "for epoch in range(5000):\n"
                  "    hs = forward(X)\n"
                  "    y = hs[-1]\n"
                  "    losses.append(float(np.mean((y - T) ** 2)))\n"
                  "    delta = 2 * (y - T) / len(X) * y * (1 - y)\n"
                  "    for l in reversed(range(len(W))):\n"
                  "        gw, gb = hs[l].T @ delta, delta.sum(axis=0, keepdims=True)\n"
                  "        if l > 0:\n"
                  "            delta = (delta @ W[l].T) * hs[l] * (1 - hs[l])\n"
                  "        W[l] -= 2.0 * gw\n"
                  "        B[l] -= 2.0 * gb\n"
                  "print(f'loss {losses[0]:.4f} -> {losses[-1]:.4f}')"),
    new_code_cell("np.round(forward(X)[-1], 3)"),
]
nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                         "language": "python"}})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "xor.ipynb")
nbformat.write(nb, path)
print("wrote", path)
