"""W2 reference: the same XOR training with Karpathy's micrograd (pip: micrograd), scalar
autograd. micrograd's Value has no sigmoid, so one is added here in micrograd's own style."""
import math

import benchserve
from xor_init import X, T, W1, B1, W2, B2, LEARNING_RATE, EPOCHS


def setup():
    from micrograd.engine import Value

    def sigmoid(v):
        s = 1.0 / (1.0 + math.exp(-v.data)) if v.data >= 0 else math.exp(v.data) / (1.0 + math.exp(v.data))
        out = Value(s, (v,), "sigmoid")

        def _backward():
            v.grad += s * (1.0 - s) * out.grad
        out._backward = _backward
        return out

    return Value, sigmoid


def train(state, epochs):
    Value, sigmoid = state
    w1 = [[Value(W1[i][j]) for j in range(2)] for i in range(2)]
    b1 = [Value(b) for b in B1]
    w2 = [Value(W2[i][0]) for i in range(2)]
    b2 = Value(B2[0])
    params = [w for row in w1 for w in row] + b1 + w2 + [b2]
    loss = None
    for _ in range(epochs):
        total = None
        for x, t in zip(X, T):
            h = [sigmoid(w1[0][j] * x[0] + w1[1][j] * x[1] + b1[j]) for j in range(2)]
            y = sigmoid(w2[0] * h[0] + w2[1] * h[1] + b2)
            err = (y - t) ** 2
            total = err if total is None else total + err
        loss = total * (1.0 / len(X))
        for p in params:
            p.grad = 0
        loss.backward()
        for p in params:
            p.data -= LEARNING_RATE * p.grad
    return loss.data


def run(state, arg):
    epochs = int(arg)
    start = benchserve.clock()
    loss = train(state, epochs)
    return benchserve.clock() - start, {"loss": loss, "epochs": epochs}


if __name__ == "__main__":
    benchserve.main(setup, run, default_arg=str(EPOCHS), label="W2 micrograd, epochs")
