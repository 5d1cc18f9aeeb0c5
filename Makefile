# The two commands of the README:
#   make run    install what is missing, build in release mode, run notebooks/xor.md
#   make test   install what is missing, build, run every test and the notebook doc tests
SWIFT ?= swift
NOTEBOOK ?= notebooks/xor.md

.PHONY: run test deps release debug unit doctest browser-check clean

run: release
	.build/release/nbrun $(NOTEBOOK)

test: unit doctest browser-check

deps:
	@scripts/install-deps.sh

release: deps
	$(SWIFT) build -c release --product nbrun

debug: deps
	$(SWIFT) build --product nbrun

unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

doctest: debug
	.build/debug/nbrun --check notebooks

# Opens every committed HTML handout in headless Chromium; screenshots go to screenshots/.
browser-check:
	@command -v chromium >/dev/null 2>&1 || scripts/install-deps.sh chromium
	scripts/browser-check.py --screenshots screenshots output/*.html

clean:
	rm -rf .build

# make bench: builds nbrun and the benchmark driver in release mode, installs the Python references'
# packages when missing (bench/setup.sh: pip, PyPI only), then times every workload of bench/README.md
# against its reference in the same run and prints one table. BENCH_ARGS passes options to the driver
# (e.g. BENCH_ARGS="--only W3,W4 --runs 7"); a benchmark, never a test.
.PHONY: bench
bench: deps
	$(SWIFT) build -c release --product nbrun
	$(SWIFT) build -c release --product nbrun-bench
	bench/setup.sh
	.build/release/nbrun-bench $(BENCH_ARGS)
