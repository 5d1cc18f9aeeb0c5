// The benchmark driver; `make bench` builds and runs it (see bench/README.md).
print("nbrun-bench: not written yet")
