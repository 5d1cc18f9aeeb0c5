"""W3 reference: 784-128-10 MLP, ReLU, softmax cross-entropy, mini-batch SGD (batch 64),
one epoch over 10,000 random samples, float64, hand-written numpy on one BLAS thread
(the driver sets OPENBLAS_NUM_THREADS=1). Each epoch reshuffles and records every batch's loss,
as NumericCore's train does; no extra pass over the training set."""
import benchserve

SAMPLES, INPUTS, HIDDEN, CLASSES, BATCH, LEARNING_RATE = 10_000, 784, 128, 10, 64, 0.01


def setup():
    import numpy as np
    rng = np.random.default_rng(1)
    x = rng.random((SAMPLES, INPUTS))
    labels = rng.integers(0, CLASSES, SAMPLES)
    t = np.zeros((SAMPLES, CLASSES))
    t[np.arange(SAMPLES), labels] = 1.0
    return np, rng, x, t


def epoch(state):
    np, rng, x, t = state
    limit1, limit2 = 1.0 / np.sqrt(INPUTS), 1.0 / np.sqrt(HIDDEN)
    w1 = rng.uniform(-limit1, limit1, (INPUTS, HIDDEN))
    b1 = np.zeros((1, HIDDEN))
    w2 = rng.uniform(-limit2, limit2, (HIDDEN, CLASSES))
    b2 = np.zeros((1, CLASSES))
    start = benchserve.clock()
    order = rng.permutation(SAMPLES)
    total = 0.0
    for first in range(0, SAMPLES, BATCH):
        index = order[first:first + BATCH]
        xb, tb = x[index], t[index]
        n = xb.shape[0]
        z1 = xb @ w1 + b1
        h1 = np.maximum(z1, 0.0)
        z2 = h1 @ w2 + b2
        shifted = z2 - z2.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        s = e.sum(axis=1, keepdims=True)
        p = e / s
        total += float(-(tb * (shifted - np.log(s))).sum())
        d2 = (p - tb) / n
        d1 = (d2 @ w2.T) * (z1 > 0)
        w2 -= LEARNING_RATE * (h1.T @ d2)
        b2 -= LEARNING_RATE * d2.sum(axis=0, keepdims=True)
        w1 -= LEARNING_RATE * (xb.T @ d1)
        b1 -= LEARNING_RATE * d1.sum(axis=0, keepdims=True)
    return benchserve.clock() - start, total / SAMPLES


def run(state, arg):
    seconds, loss = epoch(state)
    return seconds, {"loss": loss}


if __name__ == "__main__":
    benchserve.main(setup, run, label="W3 numpy one epoch")
