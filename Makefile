# enduse: `make demo` runs everything on this machine; `make test` runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export ENDUSE_DATABASE_URL ?= sqlite:///var/enduse.db
export ENDUSE_KEY_DIR ?= var/keys

.PHONY: demo test lint typecheck serve install dev clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

demo: install ## migrate, create keys, load the demonstration world, serve the API
	$(BIN)/enduse db upgrade
	$(BIN)/enduse keys init --exist-ok
	$(BIN)/enduse demo
	$(BIN)/enduse serve

serve: install
	$(BIN)/enduse db upgrade
	$(BIN)/enduse serve

test: dev ## lint, types, then the whole suite on SQLite, and on PostgreSQL when ENDUSE_TEST_POSTGRES_URL is set
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest
	@if [ -n "$$ENDUSE_TEST_POSTGRES_URL" ]; then \
		echo "== the same suite on PostgreSQL"; \
		ENDUSE_TEST_BACKEND=postgres $(BIN)/python -m pytest -p no:cacheprovider; \
	else echo "(PostgreSQL run skipped: set ENDUSE_TEST_POSTGRES_URL, e.g. via scripts/pg-test-server start)"; fi

lint: dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: dev
	$(BIN)/mypy

# The benchmarks' own throwaway PostgreSQL server (not CI's 54329, so a bench never stops it).
BENCH_PGPORT ?= 54339
bench: dev ## every benchmark under benchmarks/, then one table; not part of the test run
	@url=$$(ENDUSE_TEST_PGPORT=$(BENCH_PGPORT) scripts/pg-test-server start) || exit 1; \
	trap 'ENDUSE_TEST_PGPORT=$(BENCH_PGPORT) scripts/pg-test-server stop' EXIT; \
	$(BIN)/python benchmarks/run_all.py --postgres "$$url" $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache
