"""W5 reference: CPython running the cell loop of bench/notebooks/w5-loop.md,
10^6 iterations of one multiplication and one addition on floats.
`run top` runs it as top-level code (global variables, as a Jupyter cell does);
`run function` runs the same loop inside a function (local variables, CPython's fastest)."""
import benchserve

SOURCE = """
var_x = 0.0
for i in range(1000000):
    var_x = var_x * 0.5 + 1.0
"""

FUNCTION = """
def loop():
    x = 0.0
    for i in range(1000000):
        x = x * 0.5 + 1.0
    return x
"""


def setup():
    top = compile(SOURCE, "<cell>", "exec")
    namespace = {}
    exec(compile(FUNCTION, "<cell>", "exec"), namespace)
    return top, namespace["loop"]


def run(state, arg):
    top, loop = state
    start = benchserve.clock()
    if arg == "function":
        value = loop()
    else:
        scope = {}
        exec(top, scope)
        value = scope["var_x"]
    return benchserve.clock() - start, {"value": value}


if __name__ == "__main__":
    import sys
    benchserve.main(setup, run, default_arg="top", label="W5 CPython loop,")
