"""Words against figures: shares, rates of change, figures against the budget, and the words
决算数小于/大于/等于预算数 against the two figures they describe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.audit.model import (
    EPS,
    SANGONG_ITEMS,
    SHARE_BASE,
    Finding,
    _amount,
    _decimals,
    _Doc,
    _fmt,
    _grade,
    _group,
    _in_sentence_before,
    _is_money,
    _nearest,
    _numeric,
    _ratio_tolerance,
    _show,
    _step,
    _unit_word,
    section_title,
)
from bot.ingest import DOWN, UP


def _share_bases(doc: _Doc, fact: dict) -> list[dict]:
    """Candidate denominators of a 占比: the figure named after 占, then the 其中 total."""
    named: list[dict] = []
    m = SHARE_BASE.search(fact["clause"] or "")
    phrase = _name_key(m.group("base")) if m else ""
    if phrase:
        pool = [f for f in doc.facts if f["qualifier"] == "决算数" and _is_money(f)
                and _numeric(f)]
        named = [f for f in pool if _name_key(f["metric"]) == phrase] or \
                [f for f in pool if _name_key(f["metric"]).endswith(phrase)]
        named.sort(key=lambda f: (f["section"] != fact["section"], f["seq"] > fact["seq"],
                                  abs(f["seq"] - fact["seq"])))
    total = _group(doc, fact)
    if total is None and fact.get("parent"):
        total = _nearest(doc, {**fact, "unit": "万元", "value": "0万元"}, fact["parent"],
                         "决算数", before_only=True)
    return named + ([total] if total is not None and _is_money(total) else [])


def _name_key(text: str) -> str:
    """总支出 → 支出合计, 本年支出合计 → 支出合计: names of a whole compared loosely."""
    text = re.sub(r"本年度?|全年|年度|的$|[“”\"]", "", text or "").strip()
    text = text.replace("总计", "合计").replace("总额", "合计")
    if text.startswith("总") and len(text) > 1:
        text = text[1:] + "合计"
    return text


def _check_shares(doc: _Doc) -> Iterator[Finding]:
    """A stated 占比 against the value divided by its base."""
    for fact in doc.facts:
        if fact["qualifier"] != "占比" or fact.get("unit") != "%" or not _numeric(fact):
            continue
        part = _in_sentence_before(doc, fact, "决算数")
        if part is None or not _is_money(part):
            continue
        bases = [b for b in _share_bases(doc, fact) if b is not part and abs(_amount(b)) > EPS]
        if not bases:
            yield doc.finding("note", "share", f"“{fact['metric']}”占{_show(fact)}，"
                              "找不到它的基数，无法核对。", [fact["sentence"]])
            continue
        yield from _grade_share(doc, fact, part, bases)


def _grade_share(doc: _Doc, fact: dict, part: dict, bases: list[dict]) -> Iterator[Finding]:
    stated, unit = float(fact["number"]), 10.0 ** -_decimals(fact["value"])
    graded = []
    for base in bases:
        computed = _amount(part) / _amount(base) * 100
        tolerance = unit / 2 + _ratio_tolerance(_amount(part), _amount(base), _step(part) / 2,
                                                _step(base) / 2)
        severity = _grade(abs(computed - stated), tolerance, unit)
        if severity is None:
            return
        graded.append((severity, base, computed))
    severity, base, computed = graded[0]
    message = (f"“{part['metric']}”{_show(part)}占“{base['metric']}”{_show(base)}的比例应为"
               f"{_fmt(computed)}%，文中写作{_show(fact)}，相差{_fmt(abs(computed - stated))}"
               "个百分点。")
    yield doc.finding(severity, "share", message, [base["sentence"], fact["sentence"]])


def _direction(clause: str) -> int:
    """+1 / -1 from the verb of a change clause, 0 when it says neither."""
    if DOWN.search(clause or ""):
        return -1
    if UP.search(clause or ""):
        return 1
    return 0


@dataclass(frozen=True)
class _Ratio:
    """num ÷ den × 100 recomputed from published figures, each known to ± half its precision."""

    num: float
    den: float
    dnum: float
    dden: float
    how: str  # the figures it is computed from, for the message
    evidence: tuple[str, ...]


def _check_change_rates(doc: _Doc) -> Iterator[Finding]:
    """比上年增减率 against change ÷ (value − change); the rates stated with no change amount,
    which only last year's disclosure can check, in one note a section."""
    unchecked: dict[str, list[dict]] = {}
    for fact in doc.facts:
        if fact["qualifier"] != "比上年增减率" or fact.get("unit") != "%" or not _numeric(fact):
            continue
        change = _in_sentence_before(doc, fact, "比上年增减") or _before(doc, fact, "比上年增减")
        if change is None or not _numeric(change):
            unchecked.setdefault(fact["section"], []).append(fact)
            continue
        value = _nearest(doc, change, change["metric"], "决算数") or _before(doc, change, "决算数")
        if value is None:
            yield _cannot(doc, fact, "本年数", "change_rate")
            continue
        c, base = _amount(change), _amount(value) - _amount(change)
        word = "减少" if c < 0 else "增加"
        ratio = _Ratio(c, base, _step(change) / 2, (_step(change) + _step(value)) / 2,
                       f"本年{_show(value)}、比上年{word}{_fmt(abs(c))}{_unit_word(value)}"
                       f"（上年应为{_fmt(base)}{_unit_word(value)}）",
                       (value["sentence"], change["sentence"]))
        yield from _grade_rate(doc, fact, ratio, "change_rate")
    for section, facts in unchecked.items():
        if len(facts) == 1:
            yield _cannot(doc, facts[0], "变动金额", "change_rate")
            continue
        clauses = "、".join(f"“{f['clause']}”" for f in facts)
        yield doc.finding("note", "change_rate", f"{len(facts)}处比上年增减率没有同时给出变动金额"
                          f"（{clauses}），单凭本文件无法核对；载入上一年度的决算后按两年数字核对。",
                          [f["sentence"] for f in facts], section)


def _grade_rate(doc: _Doc, fact: dict, ratio: _Ratio, check: str,
                signed: bool = True) -> Iterator[Finding]:
    """A stated rate against the recomputed one: direction first, then size."""
    stated, unit = float(fact["number"]), 10.0 ** -_decimals(fact["value"])
    evidence = [*ratio.evidence, fact["sentence"]]
    if abs(ratio.den) <= EPS:
        if abs(ratio.num) > EPS or stated > EPS:
            yield doc.finding("error", check, f"“{fact['metric']}”{ratio.how}，基数为0，"
                              f"比率无从计算，文中却写作{_show(fact)}。", evidence)
        return
    computed = ratio.num / ratio.den * 100
    sign = _direction(fact["clause"]) if signed else 1
    if signed and sign and stated > EPS and computed * sign < -EPS:
        word = "减少" if computed < 0 else "增加"
        yield doc.finding("error", check, f"“{fact['metric']}”{ratio.how}，应是{word}"
                          f"{_fmt(abs(computed))}%，文中却说“{fact['clause']}”，方向相反。",
                          evidence)
        return
    tolerance = unit / 2 + _ratio_tolerance(ratio.num, ratio.den, ratio.dnum, ratio.dden)
    diff = abs(abs(computed) - stated)
    severity = _grade(diff, tolerance, unit)
    if severity:
        yield doc.finding(severity, check, f"“{fact['metric']}”{ratio.how}，比率应为"
                          f"{_fmt(abs(computed))}%，文中写作{_show(fact)}，"
                          f"相差{_fmt(diff)}个百分点。", evidence)


def _check_budget(doc: _Doc) -> Iterator[Finding]:
    """比预算增减, its rate and 完成预算比例 against 决算数 and 预算数."""
    for fact in doc.facts:
        q = fact["qualifier"]
        if q not in ("比预算增减", "比预算增减率", "完成预算比例") or not _numeric(fact):
            continue
        if q == "比预算增减" and not _is_money(fact):
            continue
        like = fact if _is_money(fact) else {**fact, "unit": "万元", "value": "0万元"}
        budget = _nearest(doc, like, fact["metric"], "预算数")
        actual = _nearest(doc, like, fact["metric"], "决算数")
        if q == "比预算增减":
            yield from _budget_change(doc, fact, budget, actual)
        elif q == "比预算增减率":
            change = _in_sentence_before(doc, fact, "比预算增减")
            yield from _budget_rate(doc, fact, budget, actual, change)
        else:
            yield from _budget_completion(doc, fact, budget, actual)


def _cannot(doc: _Doc, fact: dict, what: str, check: str) -> Finding:
    return doc.finding("note", check, f"文中说“{fact['clause']}”，但同一处没有给出{what}，"
                       "无法核对。", [fact["sentence"]])


def _before(doc: _Doc, fact: dict, qualifier: str) -> dict | None:
    """The last money figure of a qualifier before this one in its sentence, any metric."""
    sentence, pos = doc.where[fact["seq"]]
    found = [f for p, f in sentence.items if p < pos and f["qualifier"] == qualifier
             and _is_money(f) and _numeric(f)]
    return found[-1] if found else None


def _budget_change(doc: _Doc, fact: dict, budget: dict | None,
                   actual: dict | None) -> Iterator[Finding]:
    if budget is None or actual is None:
        yield _cannot(doc, fact, "预算数" if budget is None else "决算数", "budget_change")
        return
    expected = _amount(actual) - _amount(budget)
    diff = abs(expected - _amount(fact))
    unit = max(_step(fact), _step(actual), _step(budget))
    severity = "rounding" if diff <= 2 * unit + EPS else "error"
    if diff > EPS:
        word = "减少" if expected < 0 else "增加"
        yield doc.finding(severity, "budget_change", f"“{fact['metric']}”决算{_show(actual)}、"
                          f"预算{_show(budget)}，应比预算{word}{_fmt(abs(expected))}万元，"
                          f"文中却说“{fact['clause']}”，相差{_fmt(diff)}万元。",
                          [budget["sentence"], actual["sentence"], fact["sentence"]])


def _budget_rate(doc: _Doc, fact: dict, budget: dict | None, actual: dict | None,
                 change: dict | None) -> Iterator[Finding]:
    if budget is None or (change is None and actual is None):
        yield _cannot(doc, fact, "预算数" if budget is None else "决算数", "budget_rate")
        return
    if change is not None:
        num, dnum, source = _amount(change), _step(change) / 2, change
    else:
        num = _amount(actual) - _amount(budget)
        dnum, source = (_step(actual) + _step(budget)) / 2, actual
    word = "减少" if num < 0 else "增加"
    ratio = _Ratio(num, _amount(budget), dnum, _step(budget) / 2,
                   f"预算{_show(budget)}、比预算{word}{_fmt(abs(num))}万元",
                   (budget["sentence"], source["sentence"]))
    yield from _grade_rate(doc, fact, ratio, "budget_rate")


def _budget_completion(doc: _Doc, fact: dict, budget: dict | None,
                       actual: dict | None) -> Iterator[Finding]:
    if budget is None:
        unbudgeted = _unbudgeted_sangong_item(doc, fact)
        if unbudgeted:
            yield doc.finding("error", "budget_completion", f"“{fact['metric']}”没有预算"
                              f"（{unbudgeted}），文中却写“{fact['clause']}”：没有预算就"
                              "无从计算完成比例。", [fact["sentence"], unbudgeted])
            return
    if budget is not None and abs(_amount(budget)) <= EPS:
        yield doc.finding("error", "budget_completion", f"“{fact['metric']}”预算为"
                          f"{_show(budget)}，文中却写“{fact['clause']}”：预算为0时"
                          "无从计算完成比例。", [budget["sentence"], fact["sentence"]])
        return
    if actual is not None and abs(_amount(actual)) <= EPS:
        if float(fact["number"]) > EPS:
            yield doc.finding("error", "budget_completion", f"“{fact['metric']}”决算为"
                              f"{_show(actual)}，完成预算的比例应为0%，文中写作{_show(fact)}。",
                              [actual["sentence"], fact["sentence"]])
        return
    if budget is None or actual is None:
        yield _cannot(doc, fact, "预算数" if budget is None else "决算数", "budget_completion")
        return
    ratio = _Ratio(_amount(actual), _amount(budget), _step(actual) / 2, _step(budget) / 2,
                   f"决算{_show(actual)}、预算{_show(budget)}",
                   (budget["sentence"], actual["sentence"]))
    yield from _grade_rate(doc, fact, ratio, "budget_completion", signed=False)




def _unbudgeted_sangong_item(doc: _Doc, fact: dict) -> str:
    """Where the 三公 table shows an item without a budget, said as a reviewer would."""
    item = next((name for name, pattern in SANGONG_ITEMS if pattern.search(fact["metric"])),
                None)
    if item is None or "三公" in fact["metric"]:
        return ""
    pattern = dict(SANGONG_ITEMS)[item]
    grid = next((g for g in doc.source.grids if "三公" in g.name), None) if doc.source else None
    if grid is not None:
        columns = [c for c in grid.columns if "预算" in c and pattern.search(c)]
        if columns:
            if any(c in r.values and abs(r.values[c].number) > EPS
                   for r in grid.rows for c in columns):
                return ""
            return f"《{grid.name}》第{grid.page}页{item}的预算数为空"
    budgets = [c for c in doc.cells if "三公" in c["table"] and "预算" in c["column"]]
    if not budgets:
        return ""
    mine = [c for c in budgets if pattern.search(c["row"])]
    if any(abs(float(c["number"])) > EPS for c in mine):
        return ""
    return f"《{budgets[0]['table']}》中{item}的预算数为空"


BUDGET_PAIR = re.compile(r"预算(?:数)?为?(?P<budget>\d+(?:\.\d+)?)万元[,，]?\s*(?:支出)?"
                         r"决算(?:数)?为?(?P<actual>\d+(?:\.\d+)?)万元")
COMPARE = re.compile(r"决算数?(?P<word>小于|大于|等于|低于|高于|超过|与预算数?基本持平|"
                     r"与预算数?持平|与预算数?相等)预?算?数?")


def _check_compare_words(doc: _Doc) -> Iterator[Finding]:
    """"决算数小于预算数" and the like against the 预算/决算 pair stated just before."""
    for section in doc.sections:
        text = section.get("text") or ""
        for m in COMPARE.finditer(text):
            pairs = [p for p in BUDGET_PAIR.finditer(text, max(0, m.start() - 300), m.start())]
            if not pairs:
                continue
            pair = pairs[-1]
            budget, actual = float(pair.group("budget")), float(pair.group("actual"))
            word = m.group("word")
            if word in ("小于", "低于"):
                wrong = not actual < budget - EPS
            elif word in ("大于", "高于", "超过"):
                wrong = not actual > budget + EPS
            elif "基本" in word:
                wrong = abs(actual - budget) > max(0.05 * abs(budget), 0.01) + EPS
            else:
                wrong = abs(actual - budget) > EPS
            if wrong:
                sentence = text[pair.start():m.end()]
                relation = "小于" if actual < budget else "大于" if actual > budget else "等于"
                yield doc.finding("error", "words", f"预算{pair.group('budget')}万元、决算"
                                  f"{pair.group('actual')}万元，决算数{relation}预算数，"
                                  f"文中却说“{m.group(0)}”。", [sentence],
                                  section_title(section))
