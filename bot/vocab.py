"""What a document can be asked about — its names (metrics, table rows, notes, glossary terms) —
worked out once at build time, so that documents sharing one vocabulary share one signature and
the matcher reads each vocabulary once, however many documents use it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

COUNTED = ("辆", "人", "台(套)")  # short metric names that are still figures (车辆 3辆)
MONEY_UNITS = ("万元", "元", "亿元")
FEE_SPENDING = re.compile(r"费支出$")
# a column named for what it holds (教育收费); one named like a spending or income line
# (基本建设资金支出) competes with the rows of the same words, and is left to them
COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{3,}(?<!支出)(?<!收入)")
GENERIC_COLUMN = re.compile(r"合计|总计|小计|决算数|预算数|年初|年末|本年|上年")  # how much


def stated_name(name: str) -> str:
    """The name a figure is filed under: a row 机关事业单位职业年金缴费支出 is stated (and filed
    by ingest) as 机关事业单位职业年金缴费."""
    return FEE_SPENDING.sub("费", name)


def names_of(facts: Iterable[dict], cells: Iterable[dict], notes: Iterable[dict],
             terms: Iterable[dict]) -> list[tuple[str, str, bool]]:
    """(name, kind, has a stated amount) of one document, figures before table rows before
    notes, then glossary terms; kind is metric | cell | column | note | term (a column: a table
    column named for what it holds that no row or figure is named by)."""
    names: dict[str, str] = {}
    stated: set[str] = set()
    by_metric: dict[str, list[dict]] = {}
    for fact in facts:
        by_metric.setdefault(fact["metric"], []).append(fact)
    for metric, rows in by_metric.items():
        if len(metric) >= 3 or any(f["unit"] in COUNTED for f in rows):
            names[metric] = "metric"
        if any(f["qualifier"] == "决算数" and (f["unit"] in MONEY_UNITS or f["value"] == "持平")
               for f in rows):
            stated.add(metric)
    cells = list(cells)
    for cell in cells:
        names.setdefault(cell["row"], "cell")
    lines = set(names)
    for cell in cells:  # 教育收费: a column no row or figure is named by
        column = cell["column"]
        if GENERIC_COLUMN.search(column):
            continue
        if COLUMN_NAME.fullmatch(column) or _own_line(column, lines):
            names.setdefault(column, "column")
    for note in notes:
        if len(note["metric"]) >= 2:
            names.setdefault(note["metric"], "note")
    out = [(name, kind, name in stated) for name, kind in names.items()]
    seen_terms = set()
    for term in terms:
        if term["term"] not in seen_terms:
            seen_terms.add(term["term"])
            out.append((term["term"], "term", False))
    return out


def _own_line(column: str, lines: set[str]) -> bool:
    """A column named like a spending line (基本建设资金支出) whose stem no row or figure holds:
    nothing competes with it."""
    stem = LINE_END.sub("", column)
    return len(stem) >= 4 and stem != column and not any(stem in line for line in lines)


LINE_END = re.compile(r"(支出|收入)$")


def signature(names: list[tuple[str, str, bool]]) -> str:
    """The same vocabulary always gets the same key."""
    text = "\n".join(f"{n}\t{k}\t{int(s)}" for n, k, s in names)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
