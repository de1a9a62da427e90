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

.PHONY: help setup book test test-lib test-notebooks test-html lab bench clean student pdf test-pdf

help:
	@echo "make book   build the HTML book into $(BUILD)/html (sets everything up first)"
	@echo "make test   the whole suite: library tests, every notebook, strict book build, HTML, browser and PDF checks"
	@echo "make test-browser  the built book in headless chromium: offline, widgets, sliders, axe-core audit"
	@echo "make pdf    the book as $(BUILD)/pdf/the-deepseek-shock.pdf, each assignment in $(BUILD)/pdf/assignments/"
	@echo "make test-pdf  make pdf, then check the PDFs' text, outline, margins and rendered pages"
	@echo "make lab    JupyterLab with working widgets"
	@echo "make bench  timings and sizes (printed, never asserted)"
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

test: test-lib test-notebooks book test-html test-browser test-pdf

test-lib: $(STAMP)
	$(BIN)/python -m pytest tests -m "not html and not browser and not pdf"

test-notebooks: $(STAMP) student
	$(NBVAL) $(wildcard chapters exercises student)

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

# The PDF edition: chromium prints the built book (building it first if there is none) and the student
# versions of the assignments; pypdf joins the pages (tools/make_pdf.py). The tests read the PDFs with
# Debian's poppler tools (pdftotext, pdftoppm), installed with apt-get like chromium when missing.
PDFTOPPM ?= /usr/bin/pdftoppm

pdf: $(STAMP) $(VENDOR) $(CHROMIUM) student $(BUILD)/html/index.html
	$(BIN)/python tools/make_pdf.py --chromium $(CHROMIUM)

$(BUILD)/html/index.html:
	$(MAKE) book

test-pdf: pdf $(PDFTOPPM)
	$(BIN)/python -m pytest tests -m pdf

$(PDFTOPPM):
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils
	@test -x $@ || { echo "$@ is still missing after apt-get install poppler-utils" >&2; exit 1; }

lab: setup
	$(BIN)/jupyter lab chapters/01_timeline.ipynb

# Student versions (solutions and hidden tests stripped) and answer keys, from exercises/; no nbgrader needed.
student: $(STAMP)
	$(BIN)/python tools/make_student.py

bench: setup
	$(BIN)/python tools/bench.py

clean:
	rm -rf $(BUILD)
