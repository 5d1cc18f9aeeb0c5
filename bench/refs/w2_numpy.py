"""W2 reference: XOR 2-2-1 sigmoid, mean squared error, full-batch gradient descent,
lr 0.5, 10,000 epochs, hand-written numpy (float64). Reports seconds for all epochs."""
import benchserve
from xor_init import X, T, W1, B1, W2, B2, LEARNING_RATE, EPOCHS


def setup():
    import numpy as np
    return np


def train(np, epochs):
    x = np.array(X)
    t = np.array(T).reshape(4, 1)
    w1, b1 = np.array(W1), np.array([B1])
    w2, b2 = np.array(W2), np.array([B2])
    n = x.shape[0]
    loss = 0.0
    for _ in range(epochs):
        z1 = x @ w1 + b1
        h1 = 1.0 / (1.0 + np.exp(-z1))
        z2 = h1 @ w2 + b2
        y = 1.0 / (1.0 + np.exp(-z2))
        diff = y - t
        loss = float(np.mean(diff * diff))
        d2 = (2.0 / n) * diff * y * (1.0 - y)
        d1 = (d2 @ w2.T) * h1 * (1.0 - h1)
        w2 -= LEARNING_RATE * (h1.T @ d2)
        b2 -= LEARNING_RATE * d2.sum(axis=0, keepdims=True)
        w1 -= LEARNING_RATE * (x.T @ d1)
        b1 -= LEARNING_RATE * d1.sum(axis=0, keepdims=True)
    return loss


def run(np, arg):
    epochs = int(arg)
    start = benchserve.clock()
    loss = train(np, epochs)
    return benchserve.clock() - start, {"loss": loss, "epochs": epochs}


if __name__ == "__main__":
    benchserve.main(setup, run, default_arg=str(EPOCHS), label="W2 numpy, epochs")
