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
    """Each 比上年增减 (or its rate) against this year's figure, stated before it in the same
    sentence, and last year's figure of the same name in the same wording."""
    for fact in doc.facts:
        rate = fact["qualifier"] == "比上年增减率"
        if fact["qualifier"] != "比上年增减" and not rate:
            continue
        flat = fact["value"] == "持平"
        if not flat and not (_is_money(fact) or (rate and fact.get("unit") == "%")):
            continue
        now = _stated_before(doc, fact)
        before = _same_wording(doc, now, last) if now is not None else None
        if now is None or before is None:
            continue
        yield from (_rate_gap(doc, last, fact, now, before) if rate
                    else _change_gap(doc, last, fact, now, before, flat))


def _change_gap(doc: _Doc, last: _Doc, fact: dict, now: dict, before: dict,
                flat: bool) -> Iterator[Finding]:
    expected = _amount(now) - _amount(before)
    stated = 0.0 if flat else _amount(fact)
    unit = max(10.0 ** -_decimals(x["value"]) for x in (now, before)) + \
        (0 if flat else 10.0 ** -_decimals(fact["value"]))
    if abs(expected - stated) <= unit + EPS:
        return
    word = "持平" if abs(expected) <= EPS else ("增加" if expected > 0 else "减少") + \
        f"{_fmt(abs(expected))}万元"
    yield doc.finding("error", "across_years", f"“{fact['metric']}”{doc.year}年{_show(now)}、"
                      f"{last.year}年{_show(before)}，应是{word}，文中却说"
                      f"“{fact['clause']}”。",
                      [fact["sentence"], f"{last.year}年：{before['sentence']}"])


def _rate_gap(doc: _Doc, last: _Doc, fact: dict, now: dict,
              before: dict) -> Iterator[Finding]:
    base = _amount(before)
    if abs(base) <= EPS:
        return
    expected = (_amount(now) - base) / base * 100
    stated = 0.0 if fact["value"] == "持平" else abs(float(fact["number"]))
    unit = 10.0 ** -_decimals(fact["value"])
    slack = unit / 2 + 100 * (10.0 ** -_decimals(now["value"])) / abs(base)
    if abs(abs(expected) - stated) <= slack + EPS:
        return
    yield doc.finding("error", "across_years", f"“{fact['metric']}”{doc.year}年{_show(now)}、"
                      f"{last.year}年{_show(before)}，变动率应为{_fmt(expected)}%，文中却说"
                      f"“{fact['clause']}”。",
                      [fact["sentence"], f"{last.year}年：{before['sentence']}"])


def _stated_before(doc: _Doc, fact: dict) -> dict | None:
    """The money figure this change is about: the last 决算数 before it in its sentence."""
    sentence, pos = doc.where[fact["seq"]]
    found = [f for p, f in sentence.items if p < pos and f["qualifier"] == "决算数"
             and _is_money(f) and re.match(r"\d", f["value"] or "")]
    same = [f for f in found if f["metric"] == fact["metric"]]
    return (same or found or [None])[-1]


def _wording(doc: _Doc, fact: dict) -> tuple[str, str]:
    """How a figure is introduced, years and numbers aside: the words of its clause before it
    (本年支出总计) and how its sentence begins (小学教育…决算数为)."""
    sentence, _ = doc.where[fact["seq"]]
    clause = (fact.get("clause") or "").split(re.match(r"[\d.]*", fact["value"]).group(0))[0] \
        if re.match(r"\d", fact["value"] or "") else ""
    return (re.sub(r"[^\u4e00-\u9fff]", "", clause),
            re.sub(r"[^\u4e00-\u9fff]", "", sentence.text)[:8])


def _same_wording(doc: _Doc, now: dict, last: _Doc) -> dict | None:
    """Last year's figure of the same name, introduced by the same words."""
    wording = _wording(doc, now)
    for fact in last.facts:
        if fact["metric"] == now["metric"] and fact["qualifier"] == "决算数" and \
                _is_money(fact) and re.match(r"\d", fact["value"] or "") and \
                _wording(last, fact) == wording:
            return fact
    return None
