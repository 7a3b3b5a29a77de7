# Kezek: one venv in .venv, created on first use from pyproject.toml.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: setup run test lint pytest bench bundle translations

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

## Set up and open the app on the demo district (SQLite in the user data folder).
run: setup
	$(BIN)/kezek --demo

## Lint, type-check, layer contracts, then the whole test suite on SQLite and PostgreSQL.
test: lint pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

## Benchmarks at district and region scale (not part of `make test`).
bench: setup
	$(BIN)/python -m tests.bench.run_all

## The PyInstaller one-folder bundle in dist/kezek, then its smoke test.
bundle: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/kezek/kezek --smoke-test
