# The two commands of the README:
#   make run    install what is missing, build (quick: see below), run notebooks/xor.md
#   make test   install what is missing, build, run every test and the notebook doc tests
SWIFT ?= swift
NOTEBOOK ?= notebooks/xor.md
# Linux: the Swift runtime and FoundationEssentials linked in, so no dynamic symbol lookup at start
# (nbrun --help 18 -> 12 ms here). macOS has the runtime in the OS. make release and make bench share it:
# a different flag would rebuild everything.
RELEASE_FLAGS ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)

.PHONY: run quick test deps release debug unit doctest browser-check preview fuzz clean

run: quick
	$(QUICK_BUILD)/release/nbrun $(NOTEBOOK)

# make run's build, for a first handout in minutes: dependencies at -Onone (swift-syntax compiles in about
# 2 minutes instead of 10 on 2 cores), nbrun's own targets optimized as in make release (NBRUN_QUICK_BUILD,
# Package.swift). Cells run as fast as in make release; parsing them (swift-syntax) is slower, so a whole
# course takes about 3 times as long. make release and make bench build everything optimized. Its own
# scratch path: switching between the two never rebuilds either.
QUICK_BUILD ?= .build-quick
quick: deps
	NBRUN_QUICK_BUILD=1 $(SWIFT) build -c release $(RELEASE_FLAGS) --scratch-path $(QUICK_BUILD) --product nbrun \
		-Xswiftc -Onone

# Serves the course and re-runs each notebook on save: open http://127.0.0.1:8000/.
preview: release
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product nbrun-preview
	.build/release/nbrun preview notebooks

# The export check compiles while the browser check mostly waits on Chromium: the two run side by side.
test: unit doctest
	$(MAKE) --no-print-directory -j2 export-check browser-check

# Every notebook of the course: its cells compile unchanged against NotebookKit and print its handout.
EXPORTED_NOTEBOOKS = $(sort $(wildcard notebooks/*.md))

deps:
	@scripts/install-deps.sh

release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product nbrun

debug: deps
	$(SWIFT) build --product nbrun

unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The course's handouts, the assignment's student version (notebook and handout) in output/student,
# and every example of the reference (README.md, docs/) printing what its page shows.
doctest: debug
	.build/debug/nbrun --check notebooks --jobs 2
	.build/debug/nbrun assign --check notebooks/exercise.md --output output/student
	.build/debug/nbrun check-examples README.md docs

# nbrun export → swift build → each program prints its handout's output blocks (scripts/export-check.py).
export-check: debug
	scripts/export-check.py .build/debug/nbrun .build/export-check $(EXPORTED_NOTEBOOKS)

# Opens every committed HTML handout offline in headless Chromium at 1280 and 390 px and prints it;
# screenshots and PDFs go to screenshots/ (scripts/browser-check.py says what fails a page).
browser-check: debug
	@command -v chromium >/dev/null 2>&1 || scripts/install-deps.sh chromium
	scripts/browser-check.py --screenshots screenshots $$(find output -name "*.html" -not -path "output/*assets/*" | sort)
	$(SWIFT) build --product nbrun-preview
	scripts/preview-check.py .build/debug/nbrun

# libFuzzer over the whole pipeline (Fuzz/FuzzEntry.swift) for FUZZ_SECONDS; see docs/hostile-input.md.
# Built with its own scratch path because only NBRUN_FUZZ=1 adds the target to the package.
# One fuzzing job (the machine is shared); its log is $(FUZZ_BUILD)/fuzz-0.log, crashes go to artifacts/.
# Leak detection is on: an input that leaks memory is a finding too.
FUZZ_SECONDS ?= 600
FUZZ_BUILD ?= $(CURDIR)/.build-fuzz
FUZZ_FLAGS ?=
fuzz: deps
	NBRUN_FUZZ=1 $(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product nbrun-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -g
	mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/artifacts
	cd $(FUZZ_BUILD) && ./release/nbrun-fuzz corpus $(CURDIR)/notebooks $(CURDIR)/Tests/NotebookRunnerTests/Golden \
		$(CURDIR)/Tests/HostileInputTests/Corpus -dict=$(CURDIR)/Fuzz/notebook.dict -max_total_time=$(FUZZ_SECONDS) \
		-max_len=8192 -timeout=30 -rss_limit_mb=4096 -jobs=1 -workers=1 \
		-artifact_prefix=artifacts/ -print_final_stats=1 $(FUZZ_FLAGS); \
		status=$$?; tail -n 25 fuzz-0.log; exit $$status

clean:
	rm -rf .build $(QUICK_BUILD)

# make bench: builds nbrun and the benchmark driver in release mode, installs the Python references'
# packages when missing (bench/setup.sh: pip, PyPI only), then times every workload of bench/README.md
# against its reference in the same run and prints one table. BENCH_ARGS passes options to the driver
# (e.g. BENCH_ARGS="--only W3,W4 --runs 7"); a benchmark, never a test.
.PHONY: bench
bench: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product nbrun
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product nbrun-bench
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product nbrun-preview
	bench/setup.sh
	.build/release/nbrun-bench $(BENCH_ARGS)
