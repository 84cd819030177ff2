# QuoteNorm — build, demo, test.
#   make demo    build and run the main job on seeds/
#   make test    install what the tests need, then run every test
# Debian packages the project needs are installed with apt-get when run as root; otherwise the
# exact command to run is printed.

SWIFT ?= swift
DEB_PACKAGES := libicu-dev unicode-data bzip2 python3 dpkg-dev scowl apertium apertium-eng-spa lttoolbox
UNICODE_DATA := /usr/share/unicode/NormalizationTest.txt.bz2
CORPUS ?= $(CURDIR)/Benchmarks/.corpus
export QUOTENORM_NORMALIZATION_TEST := $(UNICODE_DATA)
export QUOTENORM_CORPUS := $(CORPUS)

.PHONY: all build demo test deps corpus bench format clean fuzz

all: build

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages:$$missing"; \
	    echo "Install them with: sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

demo: build
	@$(SWIFT) run --skip-build quotenorm extract --format text seeds/*.txt
	@echo "=== The same statements across the five outlets (quotenorm cluster)"
	@$(SWIFT) run --skip-build quotenorm cluster --format text seeds/*.txt

corpus: deps
	@bash Benchmarks/corpus.sh "$(CORPUS)"

test: deps corpus
	$(SWIFT) build
	$(SWIFT) test

bench: deps corpus
	bash Benchmarks/run.sh

# libFuzzer targets (Fuzz/), FUZZ_SECONDS each (default 60), from the committed seed corpus;
# never part of `make test`. Executions per target and a summary at the end.
fuzz: deps
	@FUZZ_SECONDS="$(FUZZ_SECONDS)" FUZZ_RUNS="$(FUZZ_RUNS)" FUZZ_PARALLEL="$(FUZZ_PARALLEL)" bash Fuzz/run.sh

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift
	$(SWIFT) format lint --recursive Sources Tests Package.swift

clean:
	rm -rf .build
