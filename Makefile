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
JB_FR := $(JB)
NBVAL := $(BIN)/python -m pytest -p no:cacheprovider --nbval-lax --nbval-current-env --nbval-cell-timeout=120
# The browser tests drive Debian's chromium (never a browser downloaded by Playwright). When it is missing,
# `make` installs it with apt-get: as root on CI's fresh Debian machine, through sudo elsewhere.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup book book-fr po test test-lib test-run test-student soak test-notebooks test-html test-browser test-hub test-lab test-pdf chromium lint lab bench clean student publish-notebooks grade test-nbgrader pdf

help:
	@echo "make book   build the HTML book into $(BUILD)/html and its French edition into $(BUILD)/html/fr (sets everything up first)"
	@echo "make book-fr  the French edition alone, into $(BUILD)/html/fr"
	@echo "make po     bring the French catalogues locales/fr/ up to date with the English prose"
	@echo "make test   the whole suite: lint, library tests, every notebook, nbgrader, strict book build, HTML, browser and PDF checks, test-lab, test-hub"
	@echo "make lint   ruff check and ruff format --check over src, tests, tools, _ext"
	@echo "make test-lib  the library tests (tests/, without the HTML and browser checks)"
	@echo "make test-notebooks  every notebook of chapters/, exercises/ and student/ run by nbval"
	@echo "make test-html  checks of the built HTML book (after make book)"
	@echo "make test-browser  the built book in headless chromium: offline, widgets, sliders, axe-core audit"
	@echo "make lab    JupyterLab on the student edition (student/chapters/01_timeline.ipynb), with widgets"
	@echo "make test-lab  the student edition in a real JupyterLab: no raw MyST, no solution in view"
	@echo "make pdf    the book as $(BUILD)/pdf/the-deepseek-shock.pdf, each assignment in $(BUILD)/pdf/assignments/"
	@echo "make test-pdf  make pdf, then check the PDFs' text, outline, margins and rendered pages"
	@echo "make bench  timings and sizes (printed, never asserted)"
	@echo "make soak   every notebook 20× under parallel load via nbclient and nbval; reports stalls (long)"
	@echo "make student  the student edition: chapters into student/chapters/ (French: student/fr/chapters/), assignments into"
	@echo "             student/assignments/, answer keys into student/keys/ (builds the book first)"
	@echo "make publish-notebooks  commit the student edition to the local branch $(STUDENT_BRANCH) (no push)"
	@echo "make test-hub  a real JupyterHub on 127.0.0.1: two students log in, pull the student edition"
	@echo "               with an nbgitpuller link and run a notebook in their own servers"
	@echo "make grade SUBMISSIONS=folder  score folder/<student>/<assignment>.ipynb into folder/grades.csv (no nbgrader)"
	@echo "make test-nbgrader  real nbgrader 0.9.6 (in $(BUILD)/nbgrader-venv) on every assignment: generate, validate, autograde"
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

# The English book into $(BUILD)/html, then the French edition into $(BUILD)/html/fr (make book-fr).
book: setup
	$(JB)
	$(MAKE) --no-print-directory book-fr

# The French edition: the same notebooks, run by French kernels (its own cache), the prose from
# locales/fr/ (tools/editions.py writes its configuration), then copied beside the English book.
FR_BUILD := $(BUILD)/fr
book-fr: setup
	$(BIN)/python tools/editions.py config --language fr
	DEEPSEEK_SHOCK_LANGUAGE=fr $(JB_FR) --config $(FR_BUILD)/_config.yml --path-output $(FR_BUILD)
	rm -rf $(BUILD)/html/fr
	mkdir -p $(BUILD)/html
	cp -r $(FR_BUILD)/_build/html $(BUILD)/html/fr

# The catalogues brought up to date with the English prose: Sphinx's gettext builder extracts the
# messages (notebook outputs from the English book's cache), Babel merges them into locales/fr/.
# New or changed paragraphs come out untranslated or fuzzy; translate them, then `make book-fr`.
po: setup $(BUILD)/html/index.html
	$(BIN)/python tools/editions.py extraction-config
	rm -rf $(BUILD)/gettext/_build/gettext
	$(BIN)/jupyter-book build . --builder custom --custom-builder gettext --config $(BUILD)/gettext/_config.yml --path-output $(BUILD)/gettext
	$(BIN)/python tools/editions.py update --pot $(BUILD)/gettext/_build/gettext --language fr

# nbval (does every notebook run?) and the book build (its pages) each execute a notebook once, for
# different ends; on two cores they run side by side. The student edition is made from the book's
# executed notebooks; nbval checks that its chapters run; the assignments' student versions are
# executed once, by tests/test_make_student.py in test-lib. Once the book is built, the other suites
# run two at a time (each keeps its own output), and none builds the book again (BOOK_BUILT).
AFTER_BOOK := test-lib test-nbgrader test-student test-html test-browser test-pdf test-lab test-hub
test: lint test-run
	$(MAKE) --no-print-directory --output-sync=target -j2 BOOK_BUILT=1 $(AFTER_BOOK)

test-run: setup
	$(MAKE) --no-print-directory --output-sync=target -j2 test-notebooks book

test-student: $(STAMP) student
	$(NBVAL) student/chapters student/fr/chapters

LINTED := src tests tools _ext
lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

# The library tests; some read the student edition, which is made from the book's executed notebooks.
test-lib: $(STAMP) student
	$(BIN)/python -m pytest tests -m "not html and not browser and not nbgrader and not lab and not pdf"

test-notebooks: $(STAMP)
	$(NBVAL) chapters exercises

# The HTML checks of test_book.py run on the French edition too (its glossary is checked by
# test_editions.py, from its catalogue).
test-html: $(STAMP)
	$(BIN)/python -m pytest tests -m html
	BOOK_HTML=$(BUILD)/html/fr BOOK_LANGUAGE=fr $(BIN)/python -m pytest tests/test_book.py -m html -k "not glossary_defines"

# Over the built book (BOOK_HTML=… to test another folder); screenshots go to $(BUILD)/screenshots/.
# The French edition too: offline, widgets, static sliders, axe-core and its language, page by page.
test-browser: $(STAMP) $(VENDOR) $(CHROMIUM)
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests -m browser
	CHROMIUM=$(CHROMIUM) BOOK_HTML=$(BUILD)/html/fr BOOK_LANGUAGE=fr $(BIN)/python -m pytest tests/test_browser.py -m browser

chromium: $(CHROMIUM)

# The student edition opened in a real JupyterLab (on 127.0.0.1, stopped at the end) by headless chromium.
test-lab: student $(CHROMIUM)
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests -m lab

# Debian packages, one install at a time: `make test` runs two suites at once, and two apt-get at once
# fail on dpkg's lock ("Unable to acquire the dpkg frontend lock"). flock (util-linux) makes the second
# wait for the first; apt-get itself waits up to 10 minutes for an apt run that is not ours.
APT_LOCK := /tmp/deepseek-shock-apt.lock
apt_install = flock $(APT_LOCK) $(SUDO) sh -c 'apt-get -o DPkg::Lock::Timeout=600 update \
	&& env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y $(1)'

$(CHROMIUM):
	$(call apt_install,chromium)
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
	$(call apt_install,poppler-utils)
	@test -x $@ || { echo "$@ is still missing after apt-get install poppler-utils" >&2; exit 1; }

# JupyterLab refuses to run as root unless told; root is the usual user in containers and on CI.
ALLOW_ROOT := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

# JupyterHub end to end (deploy/jupyterhub/e2e.py): its own venv, built like the single-user image of
# deploy/jupyterhub/config.yaml (requirements.txt + requirements-hub.txt: jupyterhub, nbgitpuller);
# configurable-http-proxy comes from package.json. Everything binds 127.0.0.1 and lives in a temporary
# folder; the script has its own deadline, and `timeout` is the backstop.
HUB_VENV := $(BUILD)/hub-venv
HUB_STAMP := $(HUB_VENV)/.installed
# The notebook of the student edition that each student runs on the hub (a path inside student/).
HUB_NOTEBOOK ?= chapters/01_timeline.ipynb

$(HUB_STAMP): requirements.txt pyproject.toml deploy/jupyterhub/requirements-hub.txt
	@test -x $(HUB_VENV)/bin/python || $(PYTHON) -m venv $(HUB_VENV)
	$(HUB_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(HUB_VENV)/bin/python -m pip install --quiet -r requirements.txt -r deploy/jupyterhub/requirements-hub.txt
	touch $@

test-hub: $(HUB_STAMP) $(VENDOR) student
	PYTHONDONTWRITEBYTECODE=1 timeout --kill-after=20 420 $(HUB_VENV)/bin/python deploy/jupyterhub/e2e.py --edition student \
	  --notebook $(HUB_NOTEBOOK) --timeout 360

lab: student
	$(BIN)/jupyter lab $(ALLOW_ROOT) student/chapters/01_timeline.ipynb

# The student edition. It depends on the book build: the values glued into the chapters' prose are read
# from the executed notebooks myst-nb writes (_build/jupyter_execute/chapters/*.glue.json).
# Assignments: solutions and hidden tests stripped, answer keys apart; no nbgrader needed.
# The edition is made from the book's executed notebooks: `make student` builds the book first (but not
# within `make test`, which has just built it).
student: $(if $(BOOK_BUILT),,book)
	$(BIN)/python tools/make_student.py
	$(BIN)/python tools/student_edition.py
	$(BIN)/python tools/student_edition.py --language fr

# Commits student/ to a local branch (chapters/ replaced by the edition, exercises/ left out) for Binder,
# Colab and JupyterHub launch buttons; never pushes: `git push origin $(STUDENT_BRANCH)` publishes it.
STUDENT_BRANCH ?= student-edition
publish-notebooks: student
	$(BIN)/python tools/student_edition.py --publish $(STUDENT_BRANCH)

# Grading without nbgrader: every notebook of SUBMISSIONS/<student>/, each in its own sandboxed kernel.
grade: $(STAMP)
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade SUBMISSIONS=folder (folder/<student>/<assignment>.ipynb)" >&2; exit 2; }
	$(BIN)/python tools/grade.py "$(SUBMISSIONS)"

# Real nbgrader in its own venv (never in .venv): the course library editable, the rest pinned.
NBGRADER_VENV := $(BUILD)/nbgrader-venv
$(NBGRADER_VENV)/.installed: requirements.txt tools/nbgrader-requirements.txt pyproject.toml
	@test -x $(NBGRADER_VENV)/bin/python || $(PYTHON) -m venv $(NBGRADER_VENV)
	grep -v '^-e' requirements.txt > $(NBGRADER_VENV)/constraints.txt
	$(NBGRADER_VENV)/bin/python -m pip install --quiet -c $(NBGRADER_VENV)/constraints.txt \
	  -r tools/nbgrader-requirements.txt -e .
	touch $@

test-nbgrader: $(STAMP) $(NBGRADER_VENV)/.installed
	NBGRADER_VENV=$(abspath $(NBGRADER_VENV)) $(BIN)/python -m pytest tests/test_nbgrader.py -m nbgrader

bench: setup
	$(BIN)/python tools/bench.py

# Not part of `test`: SOAK_RUNS (20), SOAK_JOBS (2), SOAK_TIMEOUT (60 s a cell), SOAK_NOTEBOOKS (globs).
soak: $(STAMP)
	$(BIN)/python tools/soak.py

clean:
	rm -rf $(BUILD)
