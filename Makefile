# POT Cartografía — every target does its own set-up on a fresh Debian/Ubuntu machine.
SHELL := /bin/bash
VENV ?= .venv
export VENV
PY := $(VENV)/bin/python
DEMO_DIR ?= demo_salida
export QT_QPA_PLATFORM ?= offscreen
# Debian 12 has lrelease through qtchooser; Debian 13 only in Qt's own bin folder.
# Each checkout tests in its own temporary folder: pytest keeps only the last three runs of a folder,
# so two checkouts testing at once (or two CI legs) would delete each other's files.
PRUEBAS_TMP ?= /tmp/pot_pruebas_$(shell pwd | sha1sum | cut -c1-8)
LRELEASE ?= $(shell command -v lrelease 2>/dev/null || echo /usr/lib/qt5/bin/lrelease)

.PHONY: help setup test test-matrix test-trixie test-crash ci demo run zip lint i18n clean

help:
	@echo "make demo         – sample territory → POT GeoPackage, maps and memoria in $(DEMO_DIR)/"
	@echo "make test         – the whole test suite on this machine's QGIS (headless; desktop test under Xvfb)"
	@echo "make test-matrix  – the suite on this machine's QGIS and on QGIS 3.44 LTR (Debian 13 root, cached)"
	@echo "make test-crash   – long crash-safety and concurrency run: N kills per writing algorithm (default 200)"
	@echo "make run          – QGIS desktop with the plugin in a throwaway profile, the demo POT open"
	@echo "make zip          – dist/pot_cartografia.zip for the QGIS plugin repository"
	@echo "make lint         – ruff (Python 3.9 to 3.13), Qt6 idioms and the translation check"
	@echo "make i18n         – extract tr() strings into i18n/*.ts and compile the .qm (both committed)"

setup:
	@scripts/setup.sh

i18n: setup
	$(PY) scripts/i18n_update.py
	for ts in i18n/*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm; done

zip: setup
	$(PY) scripts/make_zip.py

test: setup
	@$(PY) -c "from qgis.core import Qgis; import sys, numpy; print('>> QGIS', Qgis.QGIS_VERSION, '· Python', sys.version.split()[0], '· numpy', numpy.__version__)"
	@mkdir -p $(PRUEBAS_TMP)
	TMPDIR=$(PRUEBAS_TMP) $(PY) -m pytest $(PYTEST_ARGS)

# Crash safety, long run: N seeded kills per writing algorithm and N/10 rounds of each race (CI runs 2 and 2).
N ?= 200
SEMILLA ?= 2026
test-crash: setup
	POT_CRASH_N=$(N) POT_CRASH_SEMILLA=$(SEMILLA) POT_RONDAS_CONCURRENCIA=$$(( $(N) / 10 > 3 ? $(N) / 10 : 3 )) \
		$(PY) -m pytest -q tests/test_crash.py tests/test_concurrencia.py

# Both ends of what we support: this machine's QGIS (3.22 on Debian 12) and QGIS 3.44 LTR.
test-matrix: test test-trixie

test-trixie:
	scripts/qgis_trixie.sh test

ci: lint test-matrix

demo: setup
	$(PY) scripts/demo.py $(DEMO_DIR)

run: setup zip demo
	scripts/run_qgis.sh $(DEMO_DIR)/pot_demo.gpkg

lint: setup
	$(PY) -m ruff check .
	$(VENV)/bin/vermin -q -t=3.9- --violations --no-tips --eval-annotations --exclude-regex '\.venv|dist|build' .
	$(PY) scripts/i18n_update.py --check
	$(PY) scripts/qt6_check.py

clean:
	rm -rf dist build $(DEMO_DIR)
	find . -name __pycache__ -prune -exec rm -rf {} +
