# The DeepSeek Shock — every target sets itself up: a fresh clone needs only `make book` or `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed
VENDOR := _assets/vendor/.copied
BUILD := _build
export PATH := $(BIN):$(PATH)
# Notebooks keep the inline backend (figures become PNG outputs); library tests pick Agg in conftest.py.
export PYDEVD_DISABLE_FILE_VALIDATION := 1

JB := $(BIN)/jupyter-book build . --builder html --warningiserror --nitpick --keep-going
NBVAL := $(BIN)/python -m pytest -p no:cacheprovider --nbval-lax --nbval-current-env --nbval-cell-timeout=120
# The browser tests drive Debian's chromium (never a browser downloaded by Playwright). When it is missing,
# `make` installs it with apt-get: as root on CI's fresh Debian machine, through sudo elsewhere.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup book test test-lib test-run test-notebooks test-html lab bench soak clean student

help:
	@echo "make book   build the HTML book into $(BUILD)/html (sets everything up first)"
	@echo "make test   the whole suite: library tests, every notebook, strict book build, HTML and browser checks"
	@echo "make test-browser  the built book in headless chromium: offline, widgets, sliders, axe-core audit"
	@echo "make lab    JupyterLab with working widgets"
	@echo "make bench  timings and sizes (printed, never asserted)"
	@echo "make soak   every notebook 20× under parallel load via nbclient and nbval; reports stalls (long)"
	@echo "make student  student versions of exercises/ into student/, answer keys into student/keys/"
	@echo "make clean  remove the build (keeps .venv)"

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENDOR): $(STAMP) package.json package-lock.json tools/vendor_js.py
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	$(BIN)/python tools/vendor_js.py
	touch $@

setup: $(STAMP) $(VENDOR)

book: setup
	$(JB)

test: test-lib test-run test-html test-browser

test-lib: $(STAMP)
	$(BIN)/python -m pytest tests -m "not html and not browser"

# nbval (does every notebook run?) and the book build (its pages) each execute a notebook once, for
# different ends; on two cores they run side by side. The student versions are executed once, by
# tests/test_make_student.py in test-lib (which also checks what they print), not again by nbval.
test-run: setup
	$(MAKE) --no-print-directory --output-sync=target -j2 test-notebooks book

test-notebooks: $(STAMP)
	$(NBVAL) chapters exercises

test-html: $(STAMP)
	$(BIN)/python -m pytest tests -m html

# Over the built book (BOOK_HTML=… to test another folder); screenshots go to $(BUILD)/screenshots/.
.PHONY: test-browser chromium
test-browser: $(STAMP) $(VENDOR) $(CHROMIUM)
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests -m browser

chromium: $(CHROMIUM)

$(CHROMIUM):
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
	@test -x $@ || { echo "$@ is still missing after apt-get install chromium" >&2; exit 1; }

lab: setup
	$(BIN)/jupyter lab chapters/01_timeline.ipynb

# Student versions (solutions and hidden tests stripped) and answer keys, from exercises/; no nbgrader needed.
student: $(STAMP)
	$(BIN)/python tools/make_student.py

bench: setup
	$(BIN)/python tools/bench.py

# Not part of `test`: SOAK_RUNS (20), SOAK_JOBS (2), SOAK_TIMEOUT (60 s a cell), SOAK_NOTEBOOKS (globs).
soak: $(STAMP)
	$(BIN)/python tools/soak.py

clean:
	rm -rf $(BUILD)
