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

.PHONY: help setup book test test-lib test-notebooks test-html lab bench clean

help:
	@echo "make book   build the HTML book into $(BUILD)/html (sets everything up first)"
	@echo "make test   the whole suite: library tests, every notebook, strict book build, HTML checks"
	@echo "make lab    JupyterLab with working widgets"
	@echo "make bench  timings and sizes (printed, never asserted)"
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

test: test-lib test-notebooks book test-html

test-lib: $(STAMP)
	$(BIN)/python -m pytest tests -m "not html"

test-notebooks: $(STAMP)
	$(NBVAL) $(wildcard chapters exercises)

test-html: $(STAMP)
	$(BIN)/python -m pytest tests -m html

lab: setup
	$(BIN)/jupyter lab chapters/01_timeline.ipynb

bench: setup
	$(BIN)/python tools/bench.py

clean:
	rm -rf $(BUILD)
