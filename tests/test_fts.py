"""bot/fts.py: full-text search over jieba-segmented sentences, for Datasette."""

from __future__ import annotations

import shutil
import sqlite3

from bot.fts import add_search, tokens


def test_search_finds_every_sentence_with_the_words(tmp_path, hetang_db):
    db = tmp_path / "juesuan.db"
    shutil.copy(hetang_db, db)
    assert add_search(db) == add_search(db) > 0  # rebuilding gives the same index
    conn = sqlite3.connect(db)
    found = [row[0] for row in conn.execute(
        "select s.sentence from sentences s join sentences_fts f on s.rowid = f.rowid "
        "where sentences_fts match ?", ["公务接待"])]
    assert found and all("公务接待" in s for s in found)
    assert any("420人" in s for s in found)


def test_tokens_join_adjacent_words():
    assert "公务接待" in tokens("公务接待费1.33万元").split()
