"""The same figure everywhere: a narrative figure against its table row, and one spending
class (社会保障和就业支出, …) printed with one value in every table of the same scope."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.audit.model import (
    CLASSES,
    EPS,
    KEY_NOISE,
    TABLE_PARTS,
    Finding,
    _amount,
    _decimals,
    _Doc,
    _fmt,
    _group,
    _is_money,
    _numeric,
    _show,
)
from bot.audit.tables import Grid


@dataclass
class _Table:
    name: str
    scope: str
    subject: str
    rows: dict[str, list[dict]]  # row label → cells in order


def _tables(doc: _Doc) -> list[_Table]:
    by_name: dict[str, dict[str, list[dict]]] = {}
    for cell in doc.cells:
        by_name.setdefault(cell["table"], {}).setdefault(cell["row"], []).append(cell)
    out = []
    for name, rows in by_name.items():
        m = TABLE_PARTS.match(name)
        scope, subject = (m.group("scope"), m.group("subject")) if m else (name, "")
        out.append(_Table(name, scope, subject, rows))
    return out


def _key(text: str) -> str:
    """A row, column or metric name without 本年/合计/总计/决算数 and brackets."""
    return KEY_NOISE.sub("", text or "")


def _qualified(doc: _Doc, fact: dict, scopes: list[str]) -> str:
    """The metric with the funding scope of its context: 一般公共服务支出 under 一般公共预算…."""
    metric = fact["metric"]
    if any(metric.startswith(s) for s in scopes):
        return metric
    total = _group(doc, fact)
    context = total["metric"] if total is not None else (fact.get("parent") or "")
    for scope in scopes:
        if context.startswith(scope):
            return scope + metric
    return metric


def _column_fits(column: str, qualifier: str, core: str, subject: str) -> bool:
    if qualifier == "预算数":
        return "预算数" in column or "年初预算" in column
    return "预算数" not in column and _key(column) in ("", core, subject)


def _table_cells(table: _Table, qualified: str, qualifier: str) -> list[dict]:
    """Cells of one table that state the same figure as a narrative metric, if any."""
    if table.scope and not qualified.startswith(table.scope):
        return []
    rest = qualified[len(table.scope):]
    core = _key(rest)
    if (table.subject == "收入" and ("收入" not in core or "支出" in core)) or (
            table.subject.endswith("支出") and "收入" not in table.subject and "收入" in core):
        return []
    cells: list[dict] = []
    if core in ("", table.subject):
        word = "总计" if "总计" in rest else "合计"
        labels = [r for r in table.rows if _key(r) == "" and word in r] or \
                 [r for r in table.rows if _key(r) == ""]
        for label in labels[:1]:
            cells += [c for c in table.rows[label]
                      if _column_fits(c["column"], qualifier, core, table.subject)]
    if core and not cells:
        for label, row in table.rows.items():
            if _key(label) == core:
                cells += [c for c in row
                          if _column_fits(c["column"], qualifier, core, table.subject)]
        for c in table.rows.get("合计", []):
            if core != table.subject and _key(c["column"]) == core:
                cells.append(c)
    return cells


def _cell_text(cell: dict) -> str:
    return f"《{cell['table']}》{cell['row']}（{cell['column']}）：{cell['value']}"


def _check_narrative_vs_tables(doc: _Doc) -> Iterator[Finding]:
    """A figure stated in the text against the same row of a standard table."""
    tables = _tables(doc)
    if not tables:
        return
    scopes = sorted({t.scope for t in tables if t.scope}, key=len, reverse=True)
    for fact in doc.facts:
        if fact["qualifier"] not in ("决算数", "预算数") or not _is_money(fact) \
                or not _numeric(fact):
            continue
        qualified = _qualified(doc, fact, scopes)
        for table in tables:
            cells = _table_cells(table, qualified, fact["qualifier"])
            if cells:
                yield from _compare_cells(doc, fact, cells)


def _compare_cells(doc: _Doc, fact: dict, cells: list[dict]) -> Iterator[Finding]:
    value = _amount(fact)
    closest = min(cells, key=lambda c: abs(float(c["number"]) - value))
    diff = abs(float(closest["number"]) - value)
    unit = 10.0 ** -max(_decimals(fact["value"]), _decimals(closest["value"]))
    in_yuan = doc.source is not None and any(g.unit == "元" for g in doc.source.grids)
    if diff <= EPS or (in_yuan and abs(float(closest["number"]) / 10000 - value) <= 0.01):
        return  # equal, or the tables are printed in 元 while the text says 万元
    severity = "rounding" if diff <= unit + EPS else "error"
    message = (f"说明中“{fact['metric']}”为{_show(fact)}，而《{closest['table']}》"
               f"“{closest['row']}”为{closest['value']}万元，相差{_fmt(diff)}万元。")
    yield doc.finding(severity, "narrative_vs_table", message,
                      [fact["sentence"], _cell_text(closest)])




# ---------------------------------------------------------------- one class, every table

UNITS = {"万元": 1.0, "元": 0.0001, "亿元": 10000.0}
ALL_FUNDS, GRANTS = "全部资金", "一般公共预算财政拨款"


@dataclass(frozen=True)
class _Place:
    value: str
    number: float
    where: str
    page: int | None


def _scoped_columns(grid: Grid) -> list[tuple[str, str]]:
    """(scope, column) pairs of a table that state spending by class."""
    name = grid.name
    if "基本支出" in name or "三公" in name or "政府性基金" in name or "国有资本" in name:
        return []
    if "财政拨款收入支出" in name:
        return [(GRANTS, c) for c in grid.columns if c.startswith("支出") and GRANTS in c]
    if "收支决算总表" in name or "收入支出决算总表" in name:
        return [(ALL_FUNDS, c) for c in grid.columns if c.startswith("支出")][:1]
    if "支出决算表" in name:
        scope = GRANTS if "财政拨款" in name else ALL_FUNDS
        totals = [c for c in grid.columns if "合计" in c.split("·")[-1]]
        return [(scope, totals[0])] if totals else []
    return []


def _class_key(label: str) -> str:
    return re.sub(r"[（(]类[)）]|\s", "", label or "")


def _check_same_class(doc: _Doc) -> Iterator[Finding]:
    """Each spending class's value, table by table and in the narrative, within one scope."""
    if doc.source is None:
        return
    places: dict[str, dict[str, list[_Place]]] = {}
    for grid in doc.source.grids:
        for scope, column in _scoped_columns(grid):
            for row in grid.rows:
                is_class = len(row.code) == 3 or (not row.code and row.numbered)
                value = row.values.get(column)
                if not is_class or value is None or not row.label.endswith("支出"):
                    continue
                where = f"《{grid.name}》{column}，第{value.page}页"
                scale = UNITS.get(grid.unit, 1.0)
                places.setdefault(_class_key(row.label), {}).setdefault(scope, []).append(
                    _Place(value.text, value.number * scale, where, value.page))
    for fact in doc.facts:
        key = _class_key(fact["metric"])
        if key not in places or fact["qualifier"] != "决算数" or not _is_money(fact):
            continue
        scope = GRANTS if GRANTS in (fact["section"] or "") else None
        if scope and scope in places[key]:
            places[key][scope].append(_Place(_show(fact), _amount(fact),
                                             f"说明“{fact['clause']}”", None))
    for key, scopes in places.items():
        differing = [s for s, found in scopes.items()
                     if max(p.number for p in found) - min(p.number for p in found) > EPS]
        if differing:
            yield _same_class_finding(doc, key, [p for found in scopes.values() for p in found])


def _same_class_finding(doc: _Doc, key: str, found: list[_Place]) -> Finding:
    by_value: dict[str, list[_Place]] = {}
    for place in found:
        by_value.setdefault(_fmt(place.number), []).append(place)
    ordered = sorted(by_value.items(), key=lambda kv: len(kv[1]))
    listing = "；".join(f"{value}万元见{len(ps)}处（{'、'.join(p.where for p in ps)}）"
                       for value, ps in ordered)
    first = ordered[0][1][0]
    return doc.finding("error", "same_figure", f"“{key}”在各表中的数字不一致：{listing}。",
                       [f"{p.where}：{p.value}" for p in found], "第二部分 决算表", first.page)


def _check_same_narrative(doc: _Doc) -> Iterator[Finding]:
    """A total or a class stated twice in the narrative with two different values."""
    seen: dict[str, dict] = {}
    for fact in doc.facts:
        metric = _class_key(fact["metric"])
        if fact["qualifier"] != "决算数" or not _is_money(fact) or not _numeric(fact) or \
                not (metric in CLASSES or re.search(r"(总计|合计)$|三公", metric)):
            continue
        scope = "财政拨款" in (fact["section"] or "") or "财政拨款" in fact["metric"]
        first = seen.setdefault(f"{metric}|{scope}", fact)
        if first is not fact and abs(_amount(first) - _amount(fact)) > EPS \
                and first["sentence"] != fact["sentence"]:
            yield doc.finding("error", "same_figure", f"“{fact['metric']}”在说明中前后不一："
                              f"先写{_show(first)}，后写{_show(fact)}。",
                              [first["sentence"], fact["sentence"]], fact["section"])
