"""The audit's shared vocabulary: a finding, one document indexed, figures and tolerances.

Nothing here knows a particular document's numbers or names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.audit.source import Source

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
    "same_figure": "同一数字前后不一",
    "words": "文字与数字",
    "item_list": "说明所列明细",
    "names": "名称与编码",
    "years": "年度与日期",
    "leftovers": "模板残留",
    "structure": "结构完整",
    "across_years": "跨年度核对",
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
    page: int | None = None  # where the first quoted sentence or cell stands, when known
    section: str = ""  # the heading (or table) the finding belongs to

    def to_json(self) -> dict:
        """Plain data for `check --json`: every field, plus the labels a reviewer reads."""
        data = asdict(self)
        data["evidence"] = list(self.evidence)
        data["severity_label"] = SEVERITY_LABEL.get(self.severity, self.severity)
        data["check_label"] = CHECK_LABEL.get(self.check, self.check)
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
    sections: list[dict] = field(default_factory=list)
    aliases: tuple[str, ...] = ()
    title: str = ""
    source: Source | None = None  # pages and tables as read from the file, when at hand

    def finding(self, severity: str, check: str, message: str, evidence: Iterable[str],
                section: str = "", page: int | None = None) -> Finding:
        return Finding(self.doc_id, self.department, self.year, severity, check, message,
                       tuple(dict.fromkeys(e for e in evidence if e)), page, section)


def _rows(snap, name: str) -> list[dict]:
    rows = snap.get(name) if isinstance(snap, Mapping) else getattr(snap, name, None)
    return list(rows or [])


def _index(snap, sources: Mapping[str, Source] | None = None) -> list[_Doc]:
    sources = sources or {}
    docs = {d["doc_id"]: _Doc(d["doc_id"], d.get("department", ""), int(d.get("year") or 0),
                              aliases=tuple(a for a in (d.get("aliases") or "").split("|") if a),
                              title=d.get("title") or "", source=sources.get(d["doc_id"]))
            for d in _rows(snap, "documents")}
    for fact in sorted(_rows(snap, "facts"), key=lambda f: (f["doc_id"], f["seq"])):
        if fact["doc_id"] in docs:
            docs[fact["doc_id"]].facts.append(_as_change(fact))
    for section in sorted(_rows(snap, "sections"), key=lambda s: (s["doc_id"], s["seq"])):
        if section["doc_id"] in docs:
            docs[section["doc_id"]].sections.append(section)
    for cell in sorted(_rows(snap, "cells"), key=lambda c: (c["doc_id"], c["seq"])):
        if cell["doc_id"] in docs:
            docs[cell["doc_id"]].cells.append(cell)
    for doc in docs.values():
        _group_sentences(doc)
    return list(docs.values())


CHANGE_BEFORE = re.compile(r"(增加|减少|增长|下降|降低|上升|节约|减)了?\s*$")


def _as_change(fact: dict) -> dict:
    """A figure the template states as a change ("教育支出增加52,499.75万元") is never a value,
    whatever qualifier the parser gave it: read as 比上年增减 when the sentence compares years."""
    if fact.get("qualifier") != "决算数" or not _is_money(fact):
        return fact
    clause = fact.get("clause") or ""
    number = re.match(r"\d+(?:\.\d+)?", fact.get("value") or "")
    at = clause.find(number.group(0)) if number else -1
    if at <= 0 or not CHANGE_BEFORE.search(clause[:at]):
        return fact
    down = re.search(r"减少|下降|降低|节约|减\s*$", clause[:at])
    sign = -1.0 if down else 1.0
    return {**fact, "qualifier": "比上年增减", "number": sign * abs(float(fact["number"]))}


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




def section_title(section: dict) -> str:
    """The heading as the facts name their section: 第三部分 五、一般公共预算…说明."""
    number = f"{section['number']}、" if section.get("number") else ""
    return f"{section.get('part', '')} {number}{section.get('heading', '')}".strip()
