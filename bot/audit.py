"""Consistency audit: every loaded disclosure checked against its own arithmetic.

Generic checks driven by the facts' qualifiers, the 其中 structure of sentences, parent links
and the standard tables; nothing here knows a particular document's numbers or names.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bot.ingest import DOWN, UP

SEVERITIES = ("error", "rounding", "note")
SEVERITY_LABEL = {"error": "错误", "rounding": "舍入", "note": "提示"}
CHECK_LABEL = {
    "components": "总数与分项之和",
    "share": "占比",
    "change_rate": "比上年增减率",
    "budget_change": "比预算增减",
    "budget_rate": "比预算增减率",
    "budget_completion": "完成预算比例",
    "sangong": "三公经费与分项",
    "narrative_vs_table": "说明与表格",
    "table_total": "表内合计",
}
MONEY = {"万元": 1.0, "亿元": 10000.0, "元": 0.0001}
EPS = 1e-6
BREAKDOWN = re.compile(r"其中[:：，,]?|主要用于以下方面[:：]?")
SHARE_BASE = re.compile(r"占(?P<base>[^\d%]*?)(?:的|比重|比例|为)*(?=\d)")
KEY_NOISE = re.compile(r"[（(][类款项][）)]|本年度?|全年|合计|总计|决算数?|[“”\"']")
# national 政府收支分类 类 (function) and 部门预算支出经济分类 类 (economic) names
CLASSES = frozenset((
    "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
    "文化旅游体育与传媒支出", "文化体育与传媒支出", "社会保障和就业支出", "社会保险基金支出",
    "卫生健康支出", "医疗卫生与计划生育支出", "节能环保支出", "城乡社区支出", "农林水支出",
    "交通运输支出", "资源勘探工业信息等支出", "资源勘探信息等支出", "商业服务业等支出", "金融支出",
    "援助其他地区支出", "自然资源海洋气象等支出", "国土海洋气象等支出", "住房保障支出",
    "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出",
    "转移性支出", "债务还本支出", "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出",
    "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "债务利息及费用支出",
    "资本性支出(基本建设)", "资本性支出", "对企业补助(基本建设)", "对企业补助",
    "对社会保障基金补助",
))
TABLE_PARTS = re.compile(r"^(?P<scope>.*?)(?P<subject>(?:基本)?(?:收入)?(?:支出)?)决算(?:总)?表$")
SANGONG_ITEMS = (("因公出国(境)费", re.compile(r"出国")), ("公务接待费", re.compile(r"接待")),
                 ("公务用车购置及运行维护费", re.compile(r"公务用车|车辆购置|公务车")))


@dataclass(frozen=True)
class Finding:
    """One inconsistency (or a figure that could not be checked) in one disclosure."""

    doc_id: str
    department: str
    year: int
    severity: str  # error | rounding | note
    check: str
    message: str
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """Plain data for `check --json`."""
        data = asdict(self)
        data["evidence"] = list(self.evidence)
        return data


# ---------------------------------------------------------------- figures


def _decimals(text: str) -> int:
    m = re.search(r"\d+(?:\.(\d+))?", text or "")
    return len(m.group(1) or "") if m else 0


def _is_money(fact: dict) -> bool:
    return fact.get("unit") in MONEY


def _amount(fact: dict) -> float:
    """The figure in 万元 when it is money, else as published; comparable across 元/亿元."""
    return float(fact["number"]) * MONEY.get(fact.get("unit", ""), 1.0)


def _step(fact: dict) -> float:
    """One unit of the published precision (0.01 for 784.69万元), in the unit of _amount."""
    return 10.0 ** -_decimals(fact["value"]) * MONEY.get(fact.get("unit", ""), 1.0)


def _dim(fact: dict) -> str:
    return "money" if _is_money(fact) else fact.get("unit", "")


def _numeric(fact: dict) -> bool:
    return bool(re.match(r"\d", fact.get("value") or ""))


def _fmt(x: float, places: int = 2) -> str:
    text = f"{x:.{places}f}"
    return text[1:] if re.fullmatch(r"-0\.?0*", text) else text


def _show(fact: dict) -> str:
    """The figure as published, e.g. 784.69万元."""
    return fact["value"]


def _unit_word(fact: dict) -> str:
    return "万元" if _is_money(fact) else fact.get("unit", "")


# ---------------------------------------------------------------- one document, indexed


@dataclass
class _Sentence:
    text: str
    section: str
    items: list[tuple[int, dict]]  # (position of the figure in text, fact), in text order

    def cues(self) -> list[re.Match]:
        return list(BREAKDOWN.finditer(self.text))


@dataclass
class _Doc:
    doc_id: str
    department: str
    year: int
    facts: list[dict] = field(default_factory=list)
    cells: list[dict] = field(default_factory=list)
    sentences: list[_Sentence] = field(default_factory=list)
    where: dict[int, tuple[_Sentence, int]] = field(default_factory=dict)  # seq → (sentence, pos)

    def finding(self, severity: str, check: str, message: str,
                evidence: Iterable[str]) -> Finding:
        return Finding(self.doc_id, self.department, self.year, severity, check, message,
                       tuple(dict.fromkeys(e for e in evidence if e)))


def _rows(snap, name: str) -> list[dict]:
    rows = snap.get(name) if isinstance(snap, Mapping) else getattr(snap, name, None)
    return list(rows or [])


def _index(snap) -> list[_Doc]:
    docs = {d["doc_id"]: _Doc(d["doc_id"], d.get("department", ""), int(d.get("year") or 0))
            for d in _rows(snap, "documents")}
    for fact in sorted(_rows(snap, "facts"), key=lambda f: (f["doc_id"], f["seq"])):
        if fact["doc_id"] in docs:
            docs[fact["doc_id"]].facts.append(fact)
    for cell in sorted(_rows(snap, "cells"), key=lambda c: (c["doc_id"], c["seq"])):
        if cell["doc_id"] in docs:
            docs[cell["doc_id"]].cells.append(cell)
    for doc in docs.values():
        _group_sentences(doc)
    return list(docs.values())


def _group_sentences(doc: _Doc) -> None:
    """Consecutive facts of one sentence, each placed at its figure in the sentence text."""
    run: list[dict] = []
    for fact in doc.facts + [None]:
        if run and (fact is None or (fact["sentence"], fact["section"])
                    != (run[0]["sentence"], run[0]["section"])):
            sentence = _Sentence(run[0]["sentence"], run[0]["section"],
                                 _locate(run[0]["sentence"], run))
            doc.sentences.append(sentence)
            for pos, f in sentence.items:
                doc.where[f["seq"]] = (sentence, pos)
            run = []
        if fact is not None:
            run.append(fact)


def _locate(text: str, facts: list[dict]) -> list[tuple[int, dict]]:
    """Positions of the figures, searched left to right: the parser emits them in text order."""
    out, cursor = [], 0
    for fact in facts:
        value = fact.get("value") or ""
        m = re.match(r"(\d+(?:\.\d+)?)(.*)$", value)
        pattern = (r"(?<![\d.])" + re.escape(m.group(1)) + r"\s*" + re.escape(m.group(2))
                   if m else re.escape(value))
        found = re.compile(pattern).search(text, cursor) if value else None
        if found:
            cursor = found.end()
            out.append((found.start(), fact))
        else:
            out.append((cursor, fact))
    return out


# ---------------------------------------------------------------- lookups


def _pos(doc: _Doc, fact: dict) -> int:
    return doc.where[fact["seq"]][1]


def _group(doc: _Doc, fact: dict) -> dict | None:
    """The total of the 其中 breakdown a figure is listed in (its 决算数 in money), if any."""
    sentence, pos = doc.where[fact["seq"]]
    cues = sentence.cues()
    like = {**fact, "unit": "万元", "value": "0万元"}
    for i, cue in enumerate(cues):
        end = cues[i + 1].start() if i + 1 < len(cues) else len(sentence.text)
        if cue.end() <= pos < end:
            return _total_before(doc, sentence, cue, "决算数", like)
    return None


def _total_before(doc: _Doc, sentence: _Sentence, cue: re.Match, qualifier: str,
                  like: dict) -> dict | None:
    """The figure a 其中 breaks down: the last one before the cue, else the components' parent."""
    before = [f for p, f in sentence.items
              if p < cue.start() and f["qualifier"] == qualifier and _numeric(f)
              and _dim(f) == _dim(like)]
    if before:
        return before[-1]
    parents = [f["parent"] for p, f in sentence.items if p >= cue.end() and f.get("parent")]
    if not parents:
        return None
    return _nearest(doc, like, parents[0], qualifier, before_only=True)


def _nearest(doc: _Doc, fact: dict, metric: str, qualifier: str,
             before_only: bool = False) -> dict | None:
    """The closest figure of a metric: same sentence first, then same section, then anywhere."""
    sentence, pos = doc.where[fact["seq"]]
    same = [f for p, f in sentence.items if f["metric"] == metric and f["qualifier"] == qualifier
            and _numeric(f) and _dim(f) == _dim(fact) and f is not fact
            and (p <= pos or not before_only)]
    if same:
        return min(same, key=lambda f: (abs(_pos(doc, f) - pos), _pos(doc, f) > pos))
    pool = [f for f in doc.facts if f["metric"] == metric and f["qualifier"] == qualifier
            and _numeric(f) and _dim(f) == _dim(fact) and f is not fact
            and (f["seq"] < fact["seq"] or not before_only)]
    in_section = [f for f in pool if f["section"] == fact["section"]]
    candidates = in_section or pool
    if not candidates:
        return None
    return min(candidates, key=lambda f: (abs(f["seq"] - fact["seq"]), f["seq"] > fact["seq"]))


def _in_sentence_before(doc: _Doc, fact: dict, qualifier: str) -> dict | None:
    sentence, pos = doc.where[fact["seq"]]
    found = [f for p, f in sentence.items if p <= pos and f is not fact
             and f["metric"] == fact["metric"] and f["qualifier"] == qualifier and _numeric(f)]
    return found[-1] if found else None


def _grade(diff: float, tolerance: float, unit: float) -> str | None:
    """None when consistent; rounding within one more published unit; error beyond."""
    if diff <= tolerance + EPS:
        return None
    if diff <= tolerance + unit + EPS:
        return "rounding"
    return "error"


def _ratio_tolerance(num: float, den: float, dnum: float, dden: float) -> float:
    """How far num/den (in %) can move when num and den are each off by their rounding."""
    if abs(den) <= dden + EPS:
        return float("inf")
    return 100 * (dnum / abs(den) + abs(num) * dden / (abs(den) * (abs(den) - dden)))


# ---------------------------------------------------------------- checks


def _check_components(doc: _Doc) -> Iterator[Finding]:
    """A total stated before 其中 against the sum of the components listed after it."""
    for sentence in doc.sentences:
        cues = sentence.cues()
        for qualifier in ("决算数", "预算数"):
            ranges = [(cue, cue.end(), cues[i + 1].start() if i + 1 < len(cues)
                       else len(sentence.text)) for i, cue in enumerate(cues)]
            members = [[f for p, f in sentence.items if start <= p < end and _numeric(f)
                        and f["qualifier"] == qualifier] for _, start, end in ranges]
            totals = [_total_before(doc, sentence, cue, qualifier, found[0]) if found else None
                      for (cue, _, _), found in zip(ranges, members, strict=True)]
            for i, total in enumerate(totals):
                if total is None or "三公" in total["metric"]:
                    continue
                later = {id(t) for t in totals[i + 1:] if t is not None}  # the next 其中's total
                parts = list({(f["metric"], f["value"]): f for f in members[i]
                              if _dim(f) == _dim(total) and f["metric"] != total["metric"]
                              and id(f) not in later}.values())
                if parts:
                    start, end = ranges[i][1:]
                    shares = [f for p, f in sentence.items
                              if start <= p < end and f["qualifier"] == "占比"]
                    yield from _compare_sum(doc, total, parts, shares, sentence)


def _compare_sum(doc: _Doc, total: dict, parts: list[dict], shares: list[dict],
                 sentence: _Sentence) -> Iterator[Finding]:
    stated, summed = _amount(total), sum(_amount(f) for f in parts)
    unit = min(_step(f) for f in [total, *parts])
    diff = summed - stated
    if abs(diff) <= EPS:
        return
    exhaustive = len(parts) >= 2 or abs(sum(f["number"] for f in shares) - 100) <= len(shares)
    if diff < 0 and not exhaustive:
        return
    severity = "rounding" if abs(diff) <= unit * len(parts) + EPS else "error"
    word, places = _unit_word(total), max(_decimals(f["value"]) for f in [total, *parts])
    label = "预算数" if total["qualifier"] == "预算数" else ""
    terms = "+".join(_show(f).removesuffix(f.get("unit", "")) for f in parts)
    more = "多" if diff > 0 else "少"
    tail = (f"在{len(parts)}项四舍五入的误差以内。" if severity == "rounding"
            else "超出四舍五入的误差。")
    message = (f"“{total['metric']}”{label}{_show(total)}，其中各项相加为"
               f"{_fmt(summed, places)}{word}（{terms}），比总数{more}"
               f"{_fmt(abs(diff), places)}{word}，{tail}")
    evidence = [total["sentence"]] if total["sentence"] != sentence.text else []
    yield doc.finding(severity, "components", message, evidence + [sentence.text])


def _share_bases(doc: _Doc, fact: dict) -> list[dict]:
    """Candidate denominators of a 占比: the figure named after 占, then the 其中 total."""
    named: list[dict] = []
    m = SHARE_BASE.search(fact["clause"] or "")
    phrase = _name_key(m.group("base")) if m else ""
    if phrase:
        named = [f for f in doc.facts if f["qualifier"] == "决算数" and _is_money(f)
                 and _numeric(f) and _name_key(f["metric"]) == phrase]
        named.sort(key=lambda f: abs(f["seq"] - fact["seq"]))
    total = _group(doc, fact)
    if total is None and fact.get("parent"):
        total = _nearest(doc, {**fact, "unit": "万元", "value": "0万元"}, fact["parent"],
                         "决算数", before_only=True)
    return named + ([total] if total is not None and _is_money(total) else [])


def _name_key(text: str) -> str:
    """总支出 → 支出合计, 本年支出合计 → 支出合计: names of a whole compared loosely."""
    text = re.sub(r"本年度?|全年|年度|的$|[“”\"]", "", text or "").strip()
    text = text.replace("总计", "合计")
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
    """比上年增减率 against change ÷ (value − change)."""
    for fact in doc.facts:
        if fact["qualifier"] != "比上年增减率" or fact.get("unit") != "%" or not _numeric(fact):
            continue
        change = _in_sentence_before(doc, fact, "比上年增减")
        if change is None or not _numeric(change):
            yield _cannot(doc, fact, "变动金额", "change_rate")
            continue
        value = _nearest(doc, change, fact["metric"], "决算数")
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


def _grade_rate(doc: _Doc, fact: dict, ratio: _Ratio, check: str,
                signed: bool = True) -> Iterator[Finding]:
    """A stated rate against the recomputed one: direction first, then size."""
    stated, unit = float(fact["number"]), 10.0 ** -_decimals(fact["value"])
    evidence = [*ratio.evidence, fact["sentence"]]
    if abs(ratio.den) <= EPS:
        if abs(ratio.num) > EPS or stated > EPS:
            yield doc.finding("note", check, f"“{fact['metric']}”{ratio.how}，基数为0，"
                              f"{_show(fact)}无法核对。", evidence)
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
    return doc.finding("note", check, f"文中说“{fact['clause']}”，但没有给出“{fact['metric']}”"
                       f"的{what}，无法核对。", [fact["sentence"]])


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


def _check_sangong(doc: _Doc) -> Iterator[Finding]:
    """三公经费 against 因公出国(境)费 + 公务接待费 + 公务用车购置及运行维护费."""
    for total in doc.facts:
        if ("三公" not in total["metric"] or total["qualifier"] not in ("决算数", "预算数")
                or not _is_money(total) or not _numeric(total)):
            continue
        items = _sangong_items(doc, total)
        if not any(items.values()):
            continue
        missing = [name for name, facts in items.items() if not facts]
        if missing:
            yield doc.finding("note", "sangong", f"“三公”经费{_show(total)}：没有找到"
                              f"{'、'.join(missing)}的数字，无法核对分项之和。",
                              [total["sentence"]])
            continue
        yield from _compare_sangong(doc, total, items)


def _sangong_items(doc: _Doc, total: dict) -> dict[str, list[dict]]:
    """Each of the three items' figures: after the total in its sentence, else in its section."""
    sentence, pos = doc.where[total["seq"]]
    in_sentence = [f for p, f in sentence.items if p > pos]
    scopes = [in_sentence, [f for f in doc.facts if f["section"] == total["section"]]]
    for scope in scopes:
        pool = [f for f in scope if f["qualifier"] == total["qualifier"] and _is_money(f)
                and _numeric(f) and "三公" not in f["metric"]]
        items = {name: _pick_item(pool, pattern, total) for name, pattern in SANGONG_ITEMS}
        if any(items.values()):
            return items
    return {name: [] for name, _ in SANGONG_ITEMS}


def _pick_item(pool: list[dict], pattern: re.Pattern, total: dict) -> list[dict]:
    """The nearest figure of one item; for 公务用车, 购置费 + 运行维护费 when stated apart."""
    matching = sorted((f for f in pool if pattern.search(f["metric"])),
                      key=lambda f: abs(f["seq"] - total["seq"]))
    if not matching:
        return []
    whole = [f for f in matching if not ("购置" in f["metric"]) ^ ("运行" in f["metric"])]
    if whole:
        return whole[:1]
    buy = [f for f in matching if "购置" in f["metric"]][:1]
    run = [f for f in matching if "运行" in f["metric"]][:1]
    return buy + run


def _compare_sangong(doc: _Doc, total: dict, items: dict[str, list[dict]]) -> Iterator[Finding]:
    parts = [f for facts in items.values() for f in facts]
    summed, stated = sum(_amount(f) for f in parts), _amount(total)
    diff = abs(summed - stated)
    if diff <= EPS:
        return
    unit = min(_step(f) for f in [total, *parts])
    severity = "rounding" if diff <= unit * len(parts) + EPS else "error"
    label = "预算数" if total["qualifier"] == "预算数" else ""
    listing = "、".join(f"{f['metric']}{_show(f)}" for f in parts)
    message = (f"“三公”经费{label}{_show(total)}，而{listing}合计{_fmt(summed)}万元，"
               f"相差{_fmt(diff)}万元。")
    yield doc.finding(severity, "sangong", message,
                      [total["sentence"]] + [f["sentence"] for f in parts])


# ---------------------------------------------------------------- narrative vs tables


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
    if diff <= EPS:
        return
    severity = "rounding" if diff <= unit + EPS else "error"
    message = (f"说明中“{fact['metric']}”为{_show(fact)}，而《{closest['table']}》"
               f"“{closest['row']}”为{closest['value']}万元，相差{_fmt(diff)}万元。")
    yield doc.finding(severity, "narrative_vs_table", message,
                      [fact["sentence"], _cell_text(closest)])


def _is_class(label: str, code: str) -> bool:
    """类-level row: a 3-digit code, or (when the parser kept no code) a standard 类 name."""
    if code:
        return bool(re.fullmatch(r"\d{3}", code.strip()))
    return label in CLASSES


def _check_table_totals(doc: _Doc) -> Iterator[Finding]:
    """Each table's 合计 row against the sum of its 类-level rows, column by column."""
    for table in _tables(doc):
        total_rows = _total_rows(table)
        classes: dict[str, list[dict]] = {}
        for label, row in table.rows.items():
            for cell in row:
                if _is_class(label, cell["code"]) and label not in total_rows:
                    classes.setdefault(label, []).append(cell)
        if not total_rows or not classes:
            continue
        yield from _table_columns(doc, table, total_rows, classes)


def _total_rows(table: _Table) -> list[str]:
    """合计; else 本年支出合计 (tables of spending by class); else the …经费合计 rows together."""
    for wanted in (["合计"], ["本年支出合计"]):
        if all(w in table.rows for w in wanted):
            return wanted
    parts = [r for r in table.rows if r.endswith("经费合计")]  # 人员经费合计 + 公用经费合计
    return parts if len(parts) >= 2 else []


def _table_columns(doc: _Doc, table: _Table, total_rows: list[str],
                   classes: dict[str, list[dict]]) -> Iterator[Finding]:
    if len(total_rows) > 1:
        totals = {"合计": [c for r in total_rows for c in table.rows[r][:1]]}
    else:
        totals = {}
        for cell in table.rows[total_rows[0]]:
            totals.setdefault(cell["column"], [cell])
    columns = list(totals)
    skipped = []
    for column in columns:
        values, unreadable = _class_values(classes, column, columns, len(total_rows) > 1)
        if unreadable:
            skipped.append(column)
            continue
        stated = sum(float(c["number"]) for c in totals[column])
        yield from _compare_table_sum(doc, table, column, stated, totals[column], values)
    if skipped:
        cells = [totals[column][0] for column in skipped]
        listed = "、".join(f"{c['column']}{c['value']}万元" for c in cells)
        yield doc.finding("note", "table_total", f"《{table.name}》合计行的{listed}："
                          "部分类级科目的数字没有按列读出，未核对。",
                          [_cell_text(c) for c in cells])


def _class_values(classes: dict[str, list[dict]], column: str, columns: list[str],
                  whole_row: bool) -> tuple[list[dict], bool]:
    """The class rows' cells in a column; a row the parser read only into other columns makes
    the column unreadable, except the first column, where the row's first figure stands."""
    values, unreadable = [], False
    for cells in classes.values():
        if whole_row:
            values.append(cells[0])
            continue
        here = [c for c in cells if c["column"] == column]
        if here:
            values.append(here[0])
        elif not any(c["column"] in columns for c in cells):
            if column == columns[0]:
                values.append(cells[0])
            else:
                unreadable = True
    return values, unreadable


def _compare_table_sum(doc: _Doc, table: _Table, column: str, stated: float,
                       total_cells: list[dict], values: list[dict]) -> Iterator[Finding]:
    summed = sum(float(c["number"]) for c in values)
    diff = abs(summed - stated)
    if diff <= EPS or not values:
        return
    unit = 10.0 ** -max(_decimals(c["value"]) for c in values + total_cells)
    severity = "rounding" if diff <= unit * len(values) + EPS else "error"
    rows = "+".join(c["value"] for c in values)
    label = "、".join(dict.fromkeys(c["row"] for c in total_cells))
    message = (f"《{table.name}》{label}（{column}）为{_fmt(stated)}万元，类级科目相加为"
               f"{_fmt(summed)}万元（{rows}），相差{_fmt(diff)}万元。")
    yield doc.finding(severity, "table_total", message,
                      [_cell_text(c) for c in total_cells + values])


# ---------------------------------------------------------------- entry points

CHECKS = (_check_components, _check_shares, _check_change_rates, _check_budget, _check_sangong,
          _check_narrative_vs_tables, _check_table_totals)


def audit(snapshot) -> list[Finding]:
    """Every finding for every document of a store snapshot: errors first, then rounding, notes."""
    out: list[Finding] = []
    for doc in _index(snapshot):
        found: dict[tuple, Finding] = {}
        for check in CHECKS:
            for finding in check(doc):
                found.setdefault((finding.check, finding.severity, finding.message), finding)
        out += sorted(found.values(), key=lambda f: SEVERITIES.index(f.severity))
    return out


def audit_db(path: str | Path) -> list[Finding]:
    """Audit a built database file (opened read-only)."""
    from bot import store

    db = store.open_readonly(path)
    try:
        return audit(store.snapshot(db))
    finally:
        db.close()


def render(findings: list[Finding], documents: list[dict]) -> str:
    """Plain text: a summary line per document, then each finding with its evidence."""
    lines: list[str] = []
    for doc in documents:
        mine = [f for f in findings if f.doc_id == doc["doc_id"]]
        counts = {s: sum(f.severity == s for f in mine) for s in SEVERITIES}
        lines.append(f"{doc['department']} {doc['year']}年度：{counts['error']} 处错误，"
                     f"{counts['rounding']} 处舍入差异，{counts['note']} 条提示")
        for f in mine:
            lines.append(f"  [{SEVERITY_LABEL[f.severity]}] {CHECK_LABEL.get(f.check, f.check)}："
                         f"{f.message}")
            lines += [f"      · {e}" for e in f.evidence]
    return "\n".join(lines)


def main(files: list[str], db: str | None, as_json: bool) -> int:
    """`juesuan check`: audit FILEs (built into a temporary database) or the database; print
    every finding; return 1 when an error is found, 2 when nothing could be read, else 0."""
    from bot import store
    from bot.ingest import IngestError, read

    try:
        if files:
            with tempfile.TemporaryDirectory(prefix="juesuan-check-") as tmp:
                path = store.build(Path(tmp) / "check.db", [read(Path(f)) for f in files])
                findings, documents = _audit_path(path)
        else:
            findings, documents = _audit_path(Path(db) if db else store.db_path())
    except (IngestError, store.StoreError) as err:
        print(f"错误：{err}", file=sys.stderr)
        return 2
    if as_json:
        for finding in findings:
            print(json.dumps(finding.to_json(), ensure_ascii=False))
    else:
        print(render(findings, documents))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _audit_path(path: Path) -> tuple[list[Finding], list[dict]]:
    from bot import store

    db = store.open_readonly(path)
    try:
        snap = store.snapshot(db)
    finally:
        db.close()
    return audit(snap), snap.documents
