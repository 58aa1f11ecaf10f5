# Tamkeen — every target installs what it needs on a fresh machine (python3, npm, make).
#   make site    build the whole site into site/ (checks first; a failed build keeps site/)
#   make test    run every test (build, browser, lint)
#   make test-fast  the tests that build no site, open no browser, start no kernel (< 15 s)
#   make check   validate the content only, fast (messages in Arabic: make check lang=ar)
#   make images  shrink every image of docs/ over the phone budget (fails if one stays over)
#   make serve   live preview for authors on http://127.0.0.1:8000/tamkeen/
#   make lint    ruff
#   make bench   benchmark table (times, growth, bytes, Lighthouse)
#   make lighthouse  Lighthouse floors on every page type (CI runs it after make test)
#   make offline workshop bundle: build/offline/tamkeen-ar.zip, tamkeen-fr.zip, tamkeen.zip
#   make lock    requirements.txt from requirements.in, with the hashes of every file

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
# Reproducible output: the date of the last commit, unless the caller sets one.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH
export NO_MKDOCS_2_WARNING := 1

.PHONY: bench site test test-fast check serve lint deps clean offline images lock lighthouse

deps: $(VENV_STAMP) $(NODE_STAMP)

# Every downloaded file is checked against its SHA-256 in requirements.txt (`make lock`);
# our own package is built with the pinned setuptools, no unhashed build dependency.
$(VENV_STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# pip-tools writes the hashes of every file (wheels for every platform and Python, sdist)
# of each version pinned in requirements.in. A maintainer's tool, kept out of .venv.
PIP_TOOLS := .cache/pip-tools
lock:
	$(PYTHON) -m venv $(PIP_TOOLS)
	$(PIP_TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check pip-tools==7.6.2
	$(PIP_TOOLS)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links --output-file requirements.txt requirements.in

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

site: deps
	$(PY) -m tools build

offline: deps
	$(PY) -m tools offline

# `lang=ar` or `lang=fr` prints the messages in that language (not LANG, the locale).
lang ?=
check: $(VENV_STAMP)
	$(PY) -m tools check $(if $(lang),--lang $(lang))

images: $(VENV_STAMP)
	$(PY) -m tools images shrink

# Test files are spread over worker processes (pytest-xdist; a file stays on one worker,
# so its module fixtures are built once); the shared sites are built once for all of them
# (tests/support/shared.py). Twice as many workers as cores: half of a browser test's time
# is spent waiting. `make test WORKERS=0` runs in one process.
# `make test-fast` has no waiting: one worker per core (15 s instead of 20 s on 2 cores).
CORES := $(shell $(PYTHON) -c "import os; print(os.cpu_count() or 1)")
WORKERS ?= $(shell $(PYTHON) -c "print(min(8, 2 * $(CORES)))")
FAST_WORKERS ?= $(shell $(PYTHON) -c "print(min(8, $(CORES)))")
# Each run keeps its compiled modules (__pycache__/, ignored by git) even where the environment
# sets PYTHONDONTWRITEBYTECODE: otherwise every worker compiles tools/ and ~170 test modules
# and rewrites their asserts again, each run (1.7 s of CPU per worker, half of test-fast's start).
test test-fast: export PYTHONDONTWRITEBYTECODE :=
test: deps
	$(PY) -m pytest -n $(WORKERS) --dist loadfile

# Markers set by tests/conftest.py from what each test uses (see the docstring of tests/conftest.py).
# The test_browser_* files are all `browser`: not even imported (Playwright costs each worker).
test-fast: deps
	$(PY) -m pytest -n $(FAST_WORKERS) --dist loadfile --ignore-glob="tests/test_browser_*" \
	  -m "not browser and not build and not kernel and not content"

# --dirty: a save rebuilds that page (and what depends on it, tools/checks/serve.py), not the site.
# tools.publish.mkdocs_run: MkDocs, with three-letter language codes accepted (tools/publish/mkdocs_run.py).
serve: deps
	$(PY) -m tools.publish.mkdocs_run serve --dirty --dev-addr 127.0.0.1:8000

lint: $(VENV_STAMP)
	$(PY) -m ruff check $(wildcard tools tests bench)
	$(PY) -m ruff format --check $(wildcard tools tests bench)

clean:
	rm -rf site .site-build-* site.old

# Benchmark: build times and their ratio to plain MkDocs, growth at 50/200/800 lessons,
# bytes per visit, Lighthouse scores. Prints a table, writes bench/results/bench.json.
bench: deps
	$(PY) -m bench.run
	$(PY) -m bench.loop --tests

# Lighthouse floors, for CI after `make test`: every page type in both languages (medians of
# 3) at accessibility, best practices and SEO 100, layout shift <= 0.05, performance >= 95
# less 5 points for a shared machine. Prints the table; fails naming each page and audit.
lighthouse: deps
	$(PY) -m bench.lighthouse --runs 3 --check
