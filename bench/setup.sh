#!/usr/bin/env bash
# Installs the Python packages the reference programs in bench/refs need, when missing, from PyPI
# with pip (no other index). A package that cannot be installed is reported, and the benchmark
# then prints that reference as unavailable instead of failing.
#   BENCH_SKIP_TORCH=1  do not try to install torch (PyPI's Linux wheel pulls ~4 GB of CUDA libraries)
set -u
PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "bench/setup.sh: $PYTHON not found: every Python reference will be unavailable" >&2
    exit 0
fi
need() {  # need MODULE PACKAGE…
    local module="$1"; shift
    if "$PYTHON" -c "import $module" >/dev/null 2>&1; then return 0; fi
    echo "bench/setup.sh: installing $* for the references" >&2
    if ! "$PYTHON" -m pip install --quiet --disable-pip-version-check "$@"; then
        echo "bench/setup.sh: could not install $* — its reference will be reported unavailable" >&2
    fi
}
need numpy numpy
need threadpoolctl threadpoolctl
need nbclient nbclient
need nbconvert nbconvert
need ipykernel ipykernel
need matplotlib matplotlib   # W1's Jupyter notebook plots its heat maps and loss curves
need micrograd micrograd
if [ "${BENCH_SKIP_TORCH:-0}" != 1 ]; then need torch torch; fi
# nbclient and nbconvert need the python3 kernel spec; ipykernel's wheel normally installs it.
if ! "$PYTHON" -m jupyter kernelspec list 2>/dev/null | grep -q python3; then
    "$PYTHON" -m ipykernel install --sys-prefix >/dev/null 2>&1 || true
fi
exit 0
