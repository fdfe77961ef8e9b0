# POT Cartografía — every target does its own set-up on a fresh Debian/Ubuntu machine.
SHELL := /bin/bash
PY := .venv/bin/python
DEMO_DIR ?= demo_salida
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help setup test demo run zip lint i18n i18n-compile clean

help:
	@echo "make demo   – sample territory → POT GeoPackage, maps and memoria in $(DEMO_DIR)/"
	@echo "make test   – the whole test suite (real QGIS, headless; desktop smoke test under Xvfb)"
	@echo "make run    – QGIS desktop with the plugin in a throwaway profile, the demo POT open"
	@echo "make zip    – dist/pot_cartografia.zip for the QGIS plugin repository"
	@echo "make lint   – ruff and the translation check"
	@echo "make i18n   – extract tr() strings into i18n/*.ts and compile .qm"

setup:
	@scripts/setup.sh

i18n-compile:
	@lrelease -silent i18n/pot_cartografia_es.ts -qm i18n/pot_cartografia_es.qm

i18n: setup
	$(PY) scripts/i18n_update.py
	@$(MAKE) --no-print-directory i18n-compile

zip: setup i18n-compile
	$(PY) scripts/make_zip.py

test: setup zip
	$(PY) -m pytest

demo: setup i18n-compile
	$(PY) scripts/demo.py $(DEMO_DIR)

run: setup zip demo
	scripts/run_qgis.sh $(DEMO_DIR)/pot_demo.gpkg

lint: setup
	$(PY) -m ruff check .
	$(PY) scripts/i18n_update.py --check

clean:
	rm -rf dist build $(DEMO_DIR) i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
