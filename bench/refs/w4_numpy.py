"""W4 reference: square matrix product C = A @ B, float64, one BLAS thread, for one size n.
Repeats the product enough times (at least ~20 ms, at least once) and reports seconds per product;
the result is allocated each time, as NumericCore's multiplied(by:) allocates its result."""
import benchserve


def setup():
    import numpy as np
    return np


def repetitions(n):
    return max(1, int(2e7 // (n * n * n)))


def run(np, arg):
    n = int(arg)
    rng = np.random.default_rng(n)
    a = rng.random((n, n))
    b = rng.random((n, n))
    reps = repetitions(n)
    start = benchserve.clock()
    for _ in range(reps):
        c = a @ b
    seconds = (benchserve.clock() - start) / reps
    return seconds, {"reps": reps, "check": float(c[0, 0])}


if __name__ == "__main__":
    benchserve.main(setup, run, default_arg="256", label="W4 numpy a @ b, n =")
