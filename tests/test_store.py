"""bot/store.py: atomic builds, read-only use, the committed database."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import HETANG, PUTUO, ROOT

from bot import store
from bot.ingest import read


def test_committed_database_equals_a_fresh_build(tmp_path):
    fresh = store.build(tmp_path / "fresh.db", [read(HETANG), read(PUTUO)])
    assert store.dump(ROOT / "data" / "juesuan.db") == store.dump(fresh)


def test_build_replaces_atomically_and_leaves_no_temp(tmp_path, hetang_records):
    target = tmp_path / "j.db"
    store.build(target, [hetang_records])
    first = store.dump(target)
    store.build(target, [hetang_records])
    assert store.dump(target) == first
    assert [p.name for p in tmp_path.iterdir()] == ["j.db"]


def test_open_readonly_refuses_writes(hetang_db):
    db = store.open_readonly(hetang_db)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("delete from facts")


def test_missing_database_is_a_sentence(tmp_path):
    with pytest.raises(store.StoreError, match="juesuan build"):
        store.open_readonly(tmp_path / "none.db")


def test_not_a_database_is_a_sentence(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("hello")
    with pytest.raises(store.StoreError):
        store.open_readonly(path)


def test_snapshot_has_every_table(hetang_db):
    snap = store.snapshot(store.open_readonly(hetang_db))
    assert snap.documents[0]["year"] == 2017
    assert any(f["metric"] == "收入总计" for f in snap.facts)
    assert snap.cells == []  # the 2017 text published no tables
