# Two entry points: `make report` and `make test`. Each does the whole set-up idempotently.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED_MODELS := $(wildcard ../shared/stanza_resources/resources.json)
# Use the models bundled beside the checkout when they exist; a user's NAMING_STANZA_DIR wins.
ifneq ($(SHARED_MODELS),)
export NAMING_STANZA_DIR ?= $(abspath ../shared/stanza_resources)
endif

.PHONY: setup browser report test bench bench-quick clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first and pinned: an unpinned torch pulls gigabytes of CUDA packages.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed

report: setup
	$(VENV)/bin/naming models status
	$(VENV)/bin/naming report seeds/ --out reports/seeds

# The HTML report is checked in a real headless Chromium; install Debian's when it is missing and we may.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1; } || \
	  echo "note: Chromium could not be installed; the browser test will be skipped"

test: setup browser
	$(PY) -m pytest -q

# The benchmarks (30-45 minutes on 2 cores; writes bench/RESULTS.md). bench-quick: a minute, checks they run.
bench: setup
	$(PY) bench/run_all.py

bench-quick: setup
	$(PY) bench/run_all.py --quick

clean:
	rm -rf $(VENV) .naming-cache
