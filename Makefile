# kosflow: `make demo` and `make test` are the two commands a new machine needs.
SHELL := /bin/bash
.DEFAULT_GOAL := demo

SWIFT ?= swift
PACKAGES := libyaml-dev libcurl4-openssl-dev libsqlite3-dev pkg-config python3 python3-venv systemd procps dpkg-dev curl util-linux postgresql \
	chromium chromium-driver fonts-noto-cjk tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng zbar-tools ffmpeg
PYTHON3 := $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)
VENV := .venv
# The release build is the one the Debian package ships (Swift runtime linked statically, in .build-deb), so
# the benchmarks time what operators and associates run.
RELEASE := .build-deb/release
DEBUG := .build/debug

.PHONY: deps venv build release deb test demo bench fuzz clean

deps:
	@scripts/ensure-packages $(PACKAGES)

# Python peers for tests and benchmarks, pinned; rebuilt when the pins change.
$(VENV)/.installed: Benchmarks/requirements.txt
	@test -x $(VENV)/bin/python || $(PYTHON3) -m venv $(VENV)
	@$(VENV)/bin/pip install -q --disable-pip-version-check -r Benchmarks/requirements.txt
	@touch $@

venv: deps $(VENV)/.installed

build: deps
	$(SWIFT) build

release: deps
	scripts/swift-release $(SWIFT) kos
	scripts/swift-release $(SWIFT) kosd
	scripts/swift-release $(SWIFT) kos-bench

# The Debian package: release build, Swift runtime linked statically (its own scratch path, .build-deb).
deb: deps
	@scripts/make-deb $(SWIFT) .build-deb

# The package test installs the .deb built here into a scratch root; the PostgreSQL tests run against a scratch
# server that scripts/with-postgres starts (as an unprivileged user) and stops.
# Tests read English unless they ask for Chinese (KOS_LANG), whatever the machine's locale.
# A crashed test process prints only its crashed thread; a run that hangs is stopped after 45 minutes (with
# everything it started) so it fails with what it printed instead of running on.
test: deps venv deb
	$(SWIFT) build --build-tests
	SWIFT_BACKTRACE=interactive=no,threads=crashed,registers=none,images=none KOS_LANG=en \
	  timeout --kill-after=30s 45m scripts/with-postgres $(SWIFT) test --skip-build

demo: deps venv
	@$(SWIFT) build 2>&1 | grep -E "error:|Build complete"; exit $${PIPESTATUS[0]}
	@scripts/demo $(DEBUG)/kos $(DEBUG)/kosd $(VENV)/bin/python

# nginx (Debian's nginx-light) is the keep-alive sink of the delivery benchmark; stress-ng loads both cores for the
# timer and latency rows measured busy; the PostgreSQL benchmark runs beside a scratch server (scripts/with-postgres).
bench: venv release
	@scripts/ensure-packages nginx-light stress-ng
	@scripts/with-postgres Benchmarks/run $(RELEASE)/kos $(RELEASE)/kosd $(VENV)/bin/python

# Coverage-guided fuzzing of the YAML loader (not part of CI). FUZZ_SECONDS=600 by default.
fuzz: deps
	@scripts/fuzz $${FUZZ_SECONDS:-600}

clean:
	rm -rf .build .build-* $(VENV)
