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

data/juesuan.db: | $(STAMP)
	$(BIN)/juesuan build

db: $(STAMP)
	$(BIN)/juesuan build

run: $(STAMP) data/juesuan.db
	$(BIN)/juesuan run

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP) data/juesuan.db
	$(BIN)/python bench/bench_engine.py
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_check.py
	$(BIN)/python bench/bench_telegram.py

# Datasette, read-only, on a copy with full-text search over jieba-segmented sentences.
browse: $(STAMP) data/juesuan.db
	$(BIN)/python -m pip install -q -e '.[browse]'
	mkdir -p .cache/browse && cp data/juesuan.db .cache/browse/juesuan.db
	$(BIN)/python -c "from bot.fts import add_search; add_search('.cache/browse/juesuan.db')"
	$(BIN)/datasette -i .cache/browse/juesuan.db --metadata datasette/metadata.json

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache
