"""The audit across years: consecutive years of one department held against each other — this
year's opening balance against last year's closing one, and each stated change against the two
years' own figures."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.audit.model import EPS, Finding, _amount, _decimals, _Doc, _fmt, _is_money, _show

OPENING = re.compile(r"^(?:\d{4}年)?(?:年初|上年)(?P<scope>.*?)结转和结余$")
CLOSING = re.compile(r"^(?:\d{4}年)?年末(?P<scope>.*?)结转和结余$")


def check_across_years(docs: list[_Doc]) -> Iterator[Finding]:
    """Every pair of loaded disclosures of one department a year apart."""
    by_name: dict[str, dict[int, _Doc]] = {}
    for doc in docs:
        by_name.setdefault(doc.department, {})[doc.year] = doc
    for years in by_name.values():
        for year, doc in sorted(years.items()):
            last = years.get(year - 1)
            if last is not None:
                yield from _balances(doc, last)
                yield from _changes(doc, last)


def _balance_figures(doc: _Doc, pattern: re.Pattern) -> dict[str, tuple[float, str, str]]:
    """scope (财政拨款, or '' for all funds) → (value in 万元, as published, where)."""
    out: dict[str, tuple[float, str, str]] = {}
    for fact in doc.facts:
        m = pattern.match(fact["metric"])
        if m and fact["qualifier"] == "决算数" and _is_money(fact):
            out.setdefault(m.group("scope"), (_amount(fact), _show(fact), fact["sentence"]))
    for cell in doc.cells:
        m = pattern.match(cell["row"])
        if m:
            out.setdefault(m.group("scope"), (float(cell["number"]), f"{cell['value']}万元",
                                              f"《{cell['table']}》{cell['row']}："
                                              f"{cell['value']}"))
    return out


def _balances(doc: _Doc, last: _Doc) -> Iterator[Finding]:
    opening = _balance_figures(doc, OPENING)
    closing = _balance_figures(last, CLOSING)
    for scope, (value, shown, where) in opening.items():
        if scope not in closing:
            continue
        before, before_shown, before_where = closing[scope]
        if abs(value - before) > EPS:
            yield doc.finding("error", "across_years", f"{doc.year}年的年初{scope}结转和结余为"
                              f"{shown}，而{last.year}年的年末{scope}结转和结余为{before_shown}，"
                              f"相差{_fmt(abs(value - before))}万元。",
                              [where, f"{last.year}年：{before_where}"])


def _changes(doc: _Doc, last: _Doc) -> Iterator[Finding]:
    """Each 比上年增减 this year against this year's figure less last year's."""
    for fact in doc.facts:
        if fact["qualifier"] != "比上年增减":
            continue
        flat = fact["value"] == "持平"
        if not flat and not _is_money(fact):
            continue
        now = _figure(doc, fact["metric"], fact["section"], fact["seq"])
        before = _figure(last, fact["metric"], fact["section"], None)
        if now is None or before is None:
            continue
        expected = _amount(now) - _amount(before)
        stated = 0.0 if flat else _amount(fact)
        unit = max(10.0 ** -_decimals(x["value"]) for x in (now, before)) + \
            (0 if flat else 10.0 ** -_decimals(fact["value"]))
        if abs(expected - stated) <= unit + EPS:
            continue
        word = "持平" if abs(expected) <= EPS else ("增加" if expected > 0 else "减少") + \
            f"{_fmt(abs(expected))}万元"
        yield doc.finding("error", "across_years", f"“{fact['metric']}”{doc.year}年{_show(now)}、"
                          f"{last.year}年{_show(before)}，应是{word}，文中却说"
                          f"“{fact['clause']}”。",
                          [fact["sentence"], f"{last.year}年：{before['sentence']}"])


def _figure(doc: _Doc, metric: str, section: str, seq: int | None) -> dict | None:
    """A metric's 决算数 in money: the one in the same section (nearest before seq) first."""
    found = [f for f in doc.facts if f["metric"] == metric and f["qualifier"] == "决算数"
             and _is_money(f) and re.match(r"\d", f["value"] or "")]
    if not found:
        return None
    number = re.match(r"\S+\s*(?P<n>[一二三四五六七八九十]+)、", section or "")
    same = [f for f in found if f["section"] == section] or \
        [f for f in found if number and f"{number.group('n')}、" in f["section"]]
    pool = same or found
    if seq is not None:
        before = [f for f in pool if f["seq"] <= seq]
        pool = before or pool
        return min(pool, key=lambda f: abs(f["seq"] - seq))
    return pool[0]
