#!/usr/bin/env bash
# Installs the system libraries nbrun uses when they are missing: cmark-gfm with its extensions (linked),
# OpenBLAS (loaded at run time by the first large matrix product; without it the C loops do every
# product) and KaTeX (libjs-katex: the math renderer nbrun copies into the output folder, so handouts
# typeset their math with no network);
# `install-deps.sh chromium` installs the browser the handout check uses instead.
# Debian/Ubuntu: apt-get (as root, or through sudo). macOS: Homebrew (cmark-gfm; BLAS comes from Accelerate).
set -euo pipefail

if [ "${1:-}" = chromium ]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
        exit 0
    fi
    echo "error: install Chromium (or Google Chrome) to run the browser check" >&2
    exit 2
fi

have() { command -v "$1" >/dev/null 2>&1; }
# cmark-gfm and its extensions library (tables, strikethrough, task lists, autolinks), with the pkg-config file.
have_cmark_gfm() {
    have pkg-config && pkg-config --exists libcmark-gfm &&
        [ -e "$(pkg-config --variable=includedir libcmark-gfm)/cmark-gfm-core-extensions.h" ]
}

if [ "$(uname -s)" = Darwin ]; then
    have_cmark_gfm && exit 0
    have brew || { echo "error: Homebrew is needed to install cmark-gfm (https://brew.sh)" >&2; exit 2; }
    brew install cmark-gfm pkg-config
    exit 0
fi

have_openblas() { ldconfig -p 2>/dev/null | grep 'libopenblas\.so\.0 ' >/dev/null; }
have_katex() { [ -n "${NBRUN_KATEX_DIR:-}" ] || [ -e /usr/share/javascript/katex/katex.min.js ]; }
# libcurl's link library: nbrun-preview (`nbrun preview`) links Foundation's networking part statically, which needs it.
have_curl() { [ -e /usr/lib/x86_64-linux-gnu/libcurl.so ] || [ -e /usr/lib/aarch64-linux-gnu/libcurl.so ] || [ -e /usr/lib/libcurl.so ]; }
if have_cmark_gfm && have_openblas && have_katex && have_curl; then exit 0; fi

if have apt-get; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        have sudo || { echo "error: run as root or install sudo to install libcmark-gfm-dev libcmark-gfm-extensions-dev libopenblas0 libjs-katex libcurl4-openssl-dev" >&2; exit 2; }
        sudo="sudo"
    fi
    echo "installing libcmark-gfm-dev libcmark-gfm-extensions-dev libopenblas0 libjs-katex libcurl4-openssl-dev pkg-config with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libopenblas0 libjs-katex libcurl4-openssl-dev pkg-config >/dev/null
    exit 0
fi

echo "error: install cmark-gfm and its extensions (libcmark-gfm, with its pkg-config file), OpenBLAS (libopenblas.so.0) and KaTeX 0.16 (set NBRUN_KATEX_DIR to its dist folder), then re-run" >&2
exit 2
