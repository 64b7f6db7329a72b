"""bot/store.py: atomic builds, read-only use, the committed database."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import HETANG, PUTUO, ROOT, SAMPLE

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


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(store.StoreError, match="是一个文件夹"):
        store.open_readonly(tmp_path)


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


def _departments(path) -> list[tuple[str, int]]:
    return [(h["department"], h["year"]) for h in store.holdings(path)]


def test_add_keeps_other_departments_and_replaces_the_same_one(tmp_path, hetang_records):
    target = tmp_path / "j.db"
    sample = read(SAMPLE)
    store.add(target, [hetang_records])
    alone = store.dump(target)
    store.add(target, [sample])
    assert len(_departments(target)) == 2
    store.add(target, [hetang_records])  # the same department-year again: replaced, not doubled
    both = store.dump(target)
    assert len(both["documents"]) == 2
    hetang_id = hetang_records.document.doc_id
    assert ([r for r in both["facts"] if r["doc_id"] == hetang_id]
            == [r for r in alone["facts"] if r["doc_id"] == hetang_id])
    store.build(target, [sample])  # build still replaces everything
    assert _departments(target) == [(sample.document.department, sample.document.year)]
    assert [p.name for p in tmp_path.iterdir()] == ["j.db"]


def test_add_never_overwrites_a_file_that_is_not_the_store(tmp_path, hetang_records):
    target = tmp_path / "notes.db"
    target.write_bytes(b"my own notes, not a database")
    with pytest.raises(store.StoreError):
        store.add(target, [hetang_records])
    assert target.read_bytes() == b"my own notes, not a database"
