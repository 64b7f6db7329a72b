"""Staff browsing (Datasette): one full-text index over sentences, figures and table cells.

SQLite's tokenizer cannot split Chinese, so each row gets a column of space-joined jieba
tokens. Datasette searches a query typed without spaces (公务接待) as one token, so adjacent
tokens are also indexed joined (公务+接待 → 公务接待): whole jieba words, never fragments. The
tokens live in a hidden table; staff see the `search` view, which names each document by its
department and year. Works on a copy of the database: the served file is never written.
"""

from __future__ import annotations

import logging
import os
import re

import jieba
import sqlite_utils

jieba.setLogLevel(logging.WARNING)
INDEX = "search_index"  # hidden: holds the tokens
VIEW = "search"  # what staff search and read
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
QUOTES = re.compile(r"[“”\"'‘’《》「」]")  # “三公”经费 is searched as 三公经费
MAX_JOINED = 3  # tokens
MAX_CHARS = 8  # characters in a joined token
DOC_TABLES = ("facts", "cells", "notes", "glossary", "duties", "contacts", "sections")
VIEW_SQL = f"""
select id, department as 单位, year as 年度, kind as 类别, item as 项目, qualifier as 口径,
       value as 数值, place as 出处, text as 原文
from {INDEX} order by id
"""


def tokens(text: str, variants: dict[str, list[str]] | None = None) -> str:
    """Space-joined jieba search tokens, then runs of adjacent Chinese tokens joined; words the
    vocabulary treats as the same (招待费 for 接待费) added when their canonical form is there."""
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
    for canonical, others in (variants or {}).items():
        if canonical in text:
            out.update(dict.fromkeys(others))
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


def vocabulary_variants() -> dict[str, list[str]]:
    """canonical → the other Chinese spellings the intents' vocabulary maps onto it."""
    from bot.intents import load

    vocab = load().vocabulary
    pairs = list(vocab.typos.items()) + list(vocab.synonyms)
    out: dict[str, list[str]] = {}
    for variant, canonical in pairs:
        if CJK.match(variant) and CJK.match(canonical) and len(canonical) >= 2:
            out.setdefault(canonical, []).append(variant)
    return out


def _rows(db: sqlite_utils.Database) -> list[dict]:
    """Every sentence once, every stated figure and every table cell, with its department."""
    docs = {d["doc_id"]: d for d in db.query("select doc_id, department, year from documents")}
    rows = []

    def add(doc_id: str, kind: str, item: str, qualifier: str, value: str, place: str,
            text: str, searched: str) -> None:
        doc = docs[doc_id]
        rows.append({"doc_id": doc_id, "department": doc["department"], "year": doc["year"],
                     "kind": kind, "item": item, "qualifier": qualifier, "value": value,
                     "place": place, "text": text, "searched": searched})

    seen = set()
    for r in db.query("select * from facts order by doc_id, seq"):  # figures first
        key = (r["doc_id"], r["metric"], r["qualifier"], r["value"], r["sentence"])
        if key not in seen:
            seen.add(key)
            add(r["doc_id"], "数字", r["metric"], r["qualifier"], r["value"], r["section"],
                r["sentence"], f"{r['metric']} {r['qualifier']}")
    for r in db.query("select * from cells order by doc_id, seq"):
        add(r["doc_id"], "表格", r["row"], r["column"], f"{r['value']}{r['unit'] or ''}",
            r["table"], f"{r['table']}「{r['row']}」{r['column']}",
            f"{r['row']} {r['column']} {r['table']}")
    for r in db.query("select doc_id, section, sentence, min(seq) as first from facts"
                      " group by doc_id, section, sentence order by doc_id, first"):
        add(r["doc_id"], "句子", "", "", "", r["section"], r["sentence"], r["sentence"])
    return rows


def add_search(db_path: str | os.PathLike) -> int:
    """Add (or rebuild) the search index and view, and name documents by department and year;
    returns the number of searchable rows."""
    variants = vocabulary_variants()
    db = sqlite_utils.Database(db_path)
    try:
        _label_documents(db)
        records = [{"id": i, **{k: v for k, v in r.items() if k != "searched"},
                    "tokens": tokens(r["searched"], variants)}
                   for i, r in enumerate(_rows(db), 1)]
        db.execute(f"drop view if exists [{VIEW}]")
        for old in (INDEX, "sentences"):  # sentences: the index of earlier versions
            if db[old].exists():
                db[old].disable_fts()
                db[old].drop()
        db[INDEX].create({"id": int, "doc_id": str, "department": str, "year": int, "kind": str,
                          "item": str, "qualifier": str, "value": str, "place": str,
                          "text": str, "tokens": str}, pk="id",
                         foreign_keys=[("doc_id", "documents", "doc_id")])
        db[INDEX].insert_all(records)
        db[INDEX].enable_fts(["tokens"], fts_version="FTS5", replace=True)
        db.create_view(VIEW, VIEW_SQL, replace=True)
        db.conn.commit()
        return len(records)
    finally:
        db.close()


def _label_documents(db: sqlite_utils.Database) -> None:
    """A `label` (department and year) Datasette shows wherever a doc_id is referenced."""
    if "label" not in db["documents"].columns_dict:
        db["documents"].add_column("label", str)
    db.execute("update documents set label = department || ' ' || year || '年度'")
    for table in DOC_TABLES:
        if db[table].exists() and not any(fk.column == "doc_id"
                                          for fk in db[table].foreign_keys):
            db[table].add_foreign_key("doc_id", "documents", "doc_id")
