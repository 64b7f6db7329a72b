"""Full-text search of the disclosures' sentences for Datasette (jieba tokens in FTS5).

SQLite's tokenizer cannot split Chinese, so each sentence gets a column of space-joined jieba
tokens. Datasette searches a query typed without spaces (公务接待) as one token, so adjacent
tokens are also indexed joined (公务+接待 → 公务接待): whole jieba words, never fragments.
"""

from __future__ import annotations

import logging
import os
import re

import jieba
import sqlite_utils

jieba.setLogLevel(logging.WARNING)
TABLE = "sentences"  # Datasette finds its search table, sentences_fts, by this name
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
QUOTES = re.compile(r"[“”\"'‘’《》「」]")  # “三公”经费 is searched as 三公经费
MAX_JOINED = 3  # tokens
MAX_CHARS = 8  # characters in a joined token


def tokens(text: str) -> str:
    """Space-joined jieba search tokens, then runs of adjacent Chinese tokens joined."""
    text = QUOTES.sub("", text or "")
    found = [(w, s, e) for w, s, e in jieba.tokenize(text, mode="search") if w.strip()]
    starting: dict[int, list[tuple[str, int]]] = {}
    for word, start, end in found:
        if CJK.match(word):
            starting.setdefault(start, []).append((word, end))
    out = dict.fromkeys(w for w, _, _ in found)
    for word, _start, end in found:
        if CJK.match(word):
            _join(word, end, starting, 1, out)
    return " ".join(out)


def _join(prefix: str, end: int, starting: dict[int, list[tuple[str, int]]], count: int,
          out: dict[str, None]) -> None:
    if count >= MAX_JOINED:
        return
    for word, next_end in starting.get(end, []):
        joined = prefix + word
        if len(joined) <= MAX_CHARS:
            out[joined] = None
            _join(joined, next_end, starting, count + 1, out)


def add_search(db_path: str | os.PathLike) -> int:
    """Add (or rebuild) the `sentences` table and its `sentences_fts` index; returns its size."""
    db = sqlite_utils.Database(db_path)
    try:
        rows = db.query(
            "select doc_id, section, sentence, min(seq) as first from facts"
            " group by doc_id, section, sentence order by doc_id, first")
        records = [{"id": i, "doc_id": r["doc_id"], "section": r["section"],
                    "sentence": r["sentence"], "tokens": tokens(r["sentence"])}
                   for i, r in enumerate(rows, 1)]
        if db[TABLE].exists():
            db[TABLE].disable_fts()
            db[TABLE].drop()
        db[TABLE].create({"id": int, "doc_id": str, "section": str, "sentence": str,
                          "tokens": str}, pk="id")
        db[TABLE].insert_all(records)
        db[TABLE].enable_fts(["tokens"], fts_version="FTS5", replace=True)
        db.conn.commit()
        return len(records)
    finally:
        db.close()
