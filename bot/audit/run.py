"""Entry points: audit a store snapshot (with the files' pages when at hand), a database, or
`juesuan check` FILE… from the command line."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from bot.audit import leftovers, names, same, structure, sums, words, years
from bot.audit.across import check_across_years
from bot.audit.model import Finding, _Doc, _index
from bot.audit.report import json_lines, render
from bot.audit.source import Source

CHECKS = (
    sums._check_components, words._check_shares, words._check_change_rates,
    words._check_budget, words._check_compare_words, sums._check_sangong,
    same._check_narrative_vs_tables, same._check_same_class, same._check_same_narrative,
    sums._check_grids,
    sums._check_item_lists, names._check_department, names._check_codes,
    names._check_class_names, names._check_chains, names._check_table_units,
    years._check_years,
    leftovers._check_leftovers,
    structure._check_contents, structure._check_blank_tables, structure._check_tables_read,
)


def audit(snapshot, sources: Mapping[str, Source] | None = None) -> list[Finding]:
    """Every finding for every document of a store snapshot, each placed by section and page;
    documents of one department a year apart are also held against each other."""
    if sources is None:
        sources = _sources_at_hand(snapshot)
    docs = _index(snapshot, sources)
    out: list[Finding] = []
    for doc in docs:
        found: dict[tuple, Finding] = {}
        for check in CHECKS:
            for finding in check(doc):
                found.setdefault((finding.check, finding.severity, finding.message), finding)
        out += [_placed(doc, f) for f in found.values()]
    by_id = {d.doc_id: d for d in docs}
    out += [_placed(by_id[f.doc_id], f) for f in check_across_years(docs)]
    return out


SOURCE_DIR = Path("data") / "source"
MAX_REREAD = 10


def _sources_at_hand(snapshot) -> dict[str, Source]:
    """The pages of each document whose file is still in data/source (a database keeps no
    pages): the printed tables are then audited too, for up to ten files. Unreadable files
    are simply skipped."""
    from bot.audit.source import read_pages

    out: dict[str, Source] = {}
    documents = snapshot.documents if hasattr(snapshot, "documents") else \
        snapshot.get("documents", [])
    paths = [SOURCE_DIR / (doc.get("source") or "") for doc in documents]
    pdfs = [p for p in paths if p.suffix.lower() == ".pdf" and p.is_file()]
    if len(pdfs) > MAX_REREAD:  # an archive: about a second a file is too long to wait for
        return out
    for doc, path in zip(documents, paths, strict=True):
        if path in pdfs:
            source = read_pages(path)
            if source is not None:
                out[doc["doc_id"]] = source
    return out


def _placed(doc: _Doc, finding: Finding) -> Finding:
    """The section and page of a finding, from the first sentence it quotes."""
    quote = finding.evidence[0] if finding.evidence else ""
    section = finding.section or next(
        (f["section"] for f in doc.facts if f["sentence"] == quote or f["sentence"] in quote),
        "")
    page = finding.page
    if page is None and doc.source is not None:
        page = doc.source.page_of(quote)
    return replace(finding, section=section, page=page)


def audit_db(path: str | Path) -> list[Finding]:
    """Audit a built database file (opened read-only)."""
    return _audit_path(Path(path))[0]


def audit_files(files: list[str | Path]) -> tuple[list[Finding], list[dict]]:
    """Audit disclosure files: each read once (records and pages), built into a temporary
    database, audited with its pages and printed tables. IngestError when one cannot be read."""
    from bot import store
    from bot.audit.source import read

    read_files = [read(Path(f)) for f in files]
    sources = {records.document.doc_id: source for records, source in read_files}
    with tempfile.TemporaryDirectory(prefix="juesuan-check-") as tmp:
        path = store.build(Path(tmp) / "check.db", [r for r, _ in read_files])
        return _audit_path(path, sources)


def main(files: list[str], db: str | None, as_json: bool) -> int:
    """`juesuan check`: audit FILEs or the database; print every finding; 1 when an error is
    found, 2 when nothing could be read, else 0."""
    from bot import store
    from bot.ingest import IngestError

    try:
        if files:
            findings, documents = audit_files(files)
        else:
            findings, documents = _audit_path(Path(db) if db else store.db_path())
    except (IngestError, store.StoreError) as err:
        print(f"错误：{err}", file=sys.stderr)
        return 2
    if as_json:
        for line in json_lines(findings):
            print(line)
    else:
        print(render(findings, documents))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _audit_path(path: Path, sources: Mapping[str, Source] | None = None
                ) -> tuple[list[Finding], list[dict]]:
    from bot import store

    db = store.open_readonly(path)
    try:
        snap = store.snapshot(db)
    finally:
        db.close()
    return audit(snap, sources), snap.documents
