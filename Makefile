# 决算问答 — everything a fresh machine needs goes through these targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export JUESUAN_CACHE ?= $(CURDIR)/.cache

.PHONY: install run test db bench browse lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# bytecode written once: with PYTHONDONTWRITEBYTECODE set, every start would compile bot/ again
BYTECODE := $(BIN)/python -m compileall -q bot

data/juesuan.db: | $(STAMP)
	$(BIN)/juesuan build
	$(BYTECODE)

db: $(STAMP)
	$(BIN)/juesuan build
	$(BYTECODE)

run: $(STAMP) data/juesuan.db
	$(BYTECODE)
	$(BIN)/juesuan run

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP) data/juesuan.db
	$(BYTECODE)
	$(BIN)/python bench/bench_engine.py
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_charts.py
	$(BIN)/python bench/bench_check.py
	$(BIN)/python bench/bench_telegram.py

# Datasette, read-only, on a copy with full-text search over sentences, figures and table cells
# (jieba tokens). PORT=8002 make browse to choose the port. The browse extra is installed once.
BROWSE_STAMP := $(VENV)/.browse-stamp
BROWSE_DB := .cache/browse/juesuan.db
PORT ?= 8001

$(BROWSE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev,browse]'
	touch $(BROWSE_STAMP)

$(BROWSE_DB): data/juesuan.db bot/fts.py intents/vocabulary.yaml | $(STAMP)
	mkdir -p $(dir $(BROWSE_DB)) && cp data/juesuan.db $(BROWSE_DB).tmp
	$(BIN)/python -c "from bot.fts import add_search; add_search('$(BROWSE_DB).tmp')"
	mv $(BROWSE_DB).tmp $(BROWSE_DB)

browse: $(BROWSE_STAMP) $(BROWSE_DB)
	$(BIN)/datasette -i $(BROWSE_DB) --metadata datasette/metadata.json -h 127.0.0.1 -p $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache
