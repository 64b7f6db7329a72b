"""SQLite store: built atomically from records with sqlite-utils, read back with plain sqlite3
(the read path is every answer's start, and sqlite-utils pulls numpy in); all SQL is here."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from bot.records import Cell, Contact, Document, Duty, Fact, Note, Records, Section, Term
from bot.vocab import names_of, signature

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_DB = "data/juesuan.db"
DOC_TABLES = ("documents", "sections", "facts", "notes", "glossary", "duties", "contacts", "cells",
              "doc_vocabulary")
TABLES = DOC_TABLES + ("vocabulary",)
RECORD_TABLES = ("facts", "cells", "notes", "glossary", "duties", "contacts", "sections")
PRIMARY_KEYS = {"documents": "doc_id"}
SCHEMA = {"documents": Document, "sections": Section, "facts": Fact, "notes": Note,
          "glossary": Term, "duties": Duty, "contacts": Contact, "cells": Cell}
TYPES = {"int": int, "float": float, "str": str}


class StoreError(Exception):
    """The database cannot be used; the message says what to do."""


class Reader:
    """The built database opened read-only: `execute` as sqlite3's, `query` yields dicts."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple | list = ()) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        for row in cursor:
            yield dict(zip(columns, row, strict=True))

    def close(self) -> None:
        self.conn.close()


def db_path(environ: dict | None = None) -> Path:
    """The database every command reads: JUESUAN_DB, else data/juesuan.db."""
    env = os.environ if environ is None else environ
    return Path(env.get("JUESUAN_DB") or DEFAULT_DB)


def build(path: str | Path, all_records: list[Records]) -> Path:
    """Write every document's records into a fresh database, then move it into place at once:
    whatever the file held before is replaced."""
    return _atomic(Path(path), all_records, keep=False)


def add(path: str | Path, all_records: list[Records]) -> Path:
    """Add these documents to the database, replacing any of the same department and year and
    keeping the others; atomic like build (the existing file is untouched on any error)."""
    path = Path(path)
    if path.exists():
        open_readonly(path).close()  # a file that is not our database is never overwritten
    return _atomic(path, all_records, keep=path.exists())


def _atomic(path: Path, all_records: list[Records], *, keep: bool) -> Path:
    """Build in a temporary file beside `path` (starting from a copy of it when keep), then
    rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".juesuan-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        if keep:
            with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as src, \
                    closing(sqlite3.connect(tmp)) as dst:
                src.backup(dst)
        import sqlite_utils  # the write path only

        db = sqlite_utils.Database(tmp, recreate=not keep)
        if keep:
            _drop_documents(db, all_records)
        _write(db, all_records)
        db.conn.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _drop_documents(db: sqlite_utils.Database, all_records: list[Records]) -> None:
    """Delete every row of the documents being added again (same doc_id, or same department
    and year)."""
    for records in all_records:
        doc = records.document
        old = [r["doc_id"] for r in db.query(
            "select doc_id from documents where doc_id = ? or (department = ? and year = ?)",
            [doc.doc_id, doc.department, doc.year])]
        for doc_id in old:
            for table in DOC_TABLES:
                if db[table].exists():
                    db.execute(f"delete from [{table}] where doc_id = ?", [doc_id])


def _write(db: sqlite_utils.Database, all_records: list[Records]) -> None:
    """Insert the records, make sure every table exists, index the lookups."""
    for records in all_records:
        for table, rows in records.tables().items():
            if rows:
                db[table].insert_all(rows, pk=PRIMARY_KEYS.get(table), alter=True)
    for table, record in SCHEMA.items():
        if not db[table].exists():
            columns = {f.name: TYPES.get(f.type, str) for f in fields(record)}
            db[table].create(columns, pk=PRIMARY_KEYS.get(table))
    _write_vocabularies(db, all_records)
    db["facts"].create_index(["doc_id", "metric"], if_not_exists=True)
    db["cells"].create_index(["doc_id", "row"], if_not_exists=True)
    for table in ("notes", "glossary", "duties", "contacts", "sections"):
        db[table].create_index(["doc_id"], if_not_exists=True)


def _write_vocabularies(db: sqlite_utils.Database, all_records: list[Records]) -> None:
    """Each document's names under a signature; documents with the same names share one."""
    if not db["vocabulary"].exists():
        db["vocabulary"].create({"sig": str, "seq": int, "name": str, "kind": str, "stated": int})
        db["vocabulary"].create_index(["sig"])
    if not db["doc_vocabulary"].exists():
        db["doc_vocabulary"].create({"doc_id": str, "sig": str}, pk="doc_id")
    known = {r[0] for r in db.execute("select distinct sig from vocabulary").fetchall()}
    for records in all_records:
        rows = records.tables()
        names = names_of(rows["facts"], rows["cells"], rows["notes"], rows["glossary"])
        sig = signature(names)
        if sig not in known:
            known.add(sig)
            db["vocabulary"].insert_all(
                {"sig": sig, "seq": i, "name": n, "kind": k, "stated": int(st)}
                for i, (n, k, st) in enumerate(names))
        db["doc_vocabulary"].insert({"doc_id": records.document.doc_id, "sig": sig},
                                    replace=True)


def holdings(path: str | Path) -> list[dict]:
    """What the database holds: one row per document (department, year, title), by name."""
    with closing(open_readonly(path).conn) as conn:
        rows = conn.execute("select department, year, title from documents"
                            " order by department, year").fetchall()
    return [{"department": d, "year": y, "title": t} for d, y, t in rows]


def open_readonly(path: str | Path) -> Reader:
    """Open the built database read-only, or say how to build it."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} 是一个文件夹，不是数据库。")
    if not path.is_file():
        raise StoreError(f"找不到数据库 {path}，请先运行 `juesuan build` 生成。")
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
        db = Reader(conn)
        have = {n for (n,) in db.execute("select name from sqlite_master where type = 'table'")}
        missing = [t for t in TABLES if t not in have]
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} 不是可用的数据库（{err}），"
                         "请重新运行 `juesuan build`。") from err
    if missing:
        raise StoreError(f"{path} 缺少数据表 {', '.join(missing)}，请重新运行 `juesuan build`。")
    return db


def documents(db: Reader) -> list[dict]:
    """Every loaded document's row, oldest year first."""
    return list(db.query("select * from documents order by year, doc_id"))


def records_of(db: Reader, doc_id: str, table: str) -> list[dict]:
    """One document's rows of one record table, in their published order."""
    if table not in RECORD_TABLES:
        raise ValueError(table)
    order = "rowid" if table == "contacts" else "seq"
    return list(db.query(f"select * from [{table}] where doc_id = ? order by {order}", [doc_id]))


def mentions(db: Reader, doc_id: str, words: tuple[str, ...]) -> bool:
    """Whether a document says any of these words anywhere: its sections, glossary, figures'
    names, notes or table labels."""
    checks = (("sections", "heading || text"), ("glossary", "term || definition"),
              ("facts", "metric"), ("notes", "metric || text"),
              ("cells", "[table] || row || [column]"))
    for word in words:
        for table, text in checks:
            if db.execute(f"select 1 from [{table}] where doc_id = ? and instr({text}, ?) "
                          "limit 1", [doc_id, word]).fetchone():
                return True
    return False


def vocabularies(db: Reader
                 ) -> tuple[dict[str, str], dict[str, list[tuple[str, str, bool]]]]:
    """doc_id → signature, and each signature's names (name, kind, has a stated amount)."""
    doc_sig = dict(db.execute("select doc_id, sig from doc_vocabulary").fetchall())
    names: dict[str, list[tuple[str, str, bool]]] = {}
    for sig, name, kind, stated in db.execute(
            "select sig, name, kind, stated from vocabulary order by sig, seq"):
        names.setdefault(sig, []).append((name, kind, bool(stated)))
    return doc_sig, names


def parents(db: Reader) -> dict[str, set[str]]:
    """Each stated thing's wholes (货物采购金额: 政府采购金额), of every document."""
    out: dict[str, set[str]] = {}
    for metric, parent in db.execute(
            "select distinct metric, parent from facts where parent != ''"):
        out.setdefault(metric, set()).add(parent)
    return out


def counts(db: Reader) -> dict[str, dict[str, int]]:
    """doc_id → how many facts, table cells and glossary terms it holds."""
    out: dict[str, dict[str, int]] = {}
    for table, key in (("facts", "facts"), ("cells", "cells"), ("glossary", "terms")):
        for doc_id, n in db.execute(f"select doc_id, count(*) from [{table}] group by doc_id"):
            out.setdefault(doc_id, {})[key] = n
    return out


def codes(db: Reader) -> list[tuple[str, str]]:
    """Every (classification code, row name) the loaded tables print."""
    return db.execute("select code, row from cells where code != '' "
                      "order by doc_id, seq").fetchall()


def people(db: Reader) -> list[str]:
    """Every person a disclosure names (its 接洽人)."""
    rows = db.execute("select distinct value from contacts where kind = 'person'").fetchall()
    return [r[0] for r in rows]


def glossary_terms(db: Reader) -> list[str]:
    """Every glossary term, in the order first published."""
    rows = db.execute("select term from glossary order by doc_id, seq").fetchall()
    return list(dict.fromkeys(r[0] for r in rows))


@dataclass(frozen=True)
class Snapshot:
    """Every row of the store, read once at start-up: the store is small and read-only."""

    documents: list[dict]
    facts: list[dict]
    notes: list[dict]
    glossary: list[dict]
    duties: list[dict]
    contacts: list[dict]
    cells: list[dict]
    sections: list[dict]


def snapshot(db: Reader) -> Snapshot:
    """Read all tables in a stable order."""
    def rows(table: str, order: str) -> list[dict]:
        return list(db.query(f"select * from [{table}] order by {order}"))

    return Snapshot(
        documents=rows("documents", "year, doc_id"),
        facts=rows("facts", "doc_id, seq"),
        notes=rows("notes", "doc_id, seq"),
        glossary=rows("glossary", "doc_id, seq"),
        duties=rows("duties", "doc_id, seq"),
        contacts=rows("contacts", "doc_id, rowid"),
        cells=rows("cells", "doc_id, seq"),
        sections=rows("sections", "doc_id, seq"),
    )


def all_facts(db: Reader) -> list[dict]:
    """Every stated figure with its document and sentence, for staff checking numbers."""
    return list(db.query(
        "select d.department, d.year, f.metric, f.qualifier, f.value, f.sentence, f.section "
        "from facts f join documents d using (doc_id) order by d.year, f.doc_id, f.seq"))


def all_cells(db: Reader) -> list[dict]:
    return list(db.query(
        "select d.department, d.year, c.[table], c.code, c.row, c.[column], c.value "
        "from cells c join documents d using (doc_id) order by d.year, c.doc_id, c.seq"))


def dump(path: str | Path) -> dict[str, list[dict]]:
    """Every table's rows without sqlite internals, to compare two builds."""
    db = open_readonly(path)
    return {t: list(db.query(f"select * from [{t}] order by rowid")) for t in TABLES}
