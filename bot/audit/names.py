"""Names and codes: the department's name wherever the text names it, subject names against
their 科目编码 in the tables, and printed 类 names against the standard list."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from bot.audit.model import CLASSES, Finding, _Doc, section_title

ORG = r"(?:局|中心|委员会|委|办公室|办|大学|学院|学校|医院|馆|所|站|队|院|厅|部|会|处|室)"
NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,24}?" + ORG + r")(?=\d{4}年度|年度部门决算|概况)")
CODED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,30})[（(](?P<code>\d{7})[)）]")
GENERIC = ("本部门", "本单位", "我单位", "学校", "本局", "我局", "我中心", "本中心")


def _check_department(doc: _Doc) -> Iterator[Finding]:
    """A heading or sentence naming another department where this one's name belongs."""
    known = {doc.department, *doc.aliases}
    seen: set[str] = set()
    for section in doc.sections:
        for text in (section.get("heading") or "", section.get("text") or ""):
            for m in NAMED.finditer(text):
                name = re.sub(r"^(关于|第[一二三四五六七八九十]+部分)", "", m.group("name"))
                if name in GENERIC or name in seen or any(
                        name in k or k.endswith(name) or name.endswith(k) for k in known if k):
                    continue
                if _names_a_place(name, doc.department):
                    seen.add(name)
                    yield doc.finding("error", "names", f"文中以“{name}”称呼本单位，"
                                      f"而本文件是“{doc.department}”的决算。",
                                      [_around(text, m.start())], section_title(section))


def _names_a_place(name: str, department: str) -> bool:
    """Only names shaped like a department (a place or the same kind) are compared."""
    return bool(re.search(r"[省市区县州旗]", name)) or name[-2:] == department[-2:]


def _around(text: str, at: int) -> str:
    start = max(text.rfind("。", 0, at) + 1, text.rfind("\n", 0, at) + 1, 0)
    end = min([i for i in (text.find("。", at), text.find("\n", at)) if i >= 0] or [len(text)])
    return text[start:end + 1].strip()


def _check_codes(doc: _Doc) -> Iterator[Finding]:
    """"小学教育（2050202）" in the text against the table row of that code."""
    if doc.source is None:
        return
    rows = {r.code: r.label for g in doc.source.grids for r in g.rows if len(r.code) == 7}
    if not rows:
        return
    reported: set[tuple[str, str]] = set()
    for section in doc.sections:
        glossary = "名词解释" in (section.get("part", "") + section.get("heading", ""))
        for m in CODED.finditer(section.get("text") or ""):
            name = re.sub(r"^\d+[.、]?|^[其]中[:：]?", "", m.group("name"))
            code = m.group("code")
            label = rows.get(code)
            if label is None or name == label or (name, code) in reported:
                continue
            reported.add((name, code))
            severity = "note" if glossary else "error"
            yield doc.finding(severity, "names", f"科目编码{code}在表中名为“{label}”，"
                              f"{'名词解释' if glossary else '说明'}中写作“{name}”。",
                              [_around(section.get("text") or "", m.start())],
                              section_title(section))


def _check_class_names(doc: _Doc) -> Iterator[Finding]:
    """A printed 类 name one character away from the standard one (抗役 for 抗疫)."""
    if doc.source is None:
        return
    seen: set[str] = set()
    for grid in doc.source.grids:
        for row in grid.rows:
            label = row.label
            if label in CLASSES or label in seen or not label.endswith("支出"):
                continue
            close = [c for c in CLASSES if len(c) == len(label)
                     and Levenshtein.distance(c, label) == 1]
            if close:
                seen.add(label)
                yield doc.finding("error", "names", f"《{grid.name}》的科目名称“{label}”与"
                                  f"标准名称“{close[0]}”不符。",
                                  [f"《{grid.name}》{label}，第{row.page}页"],
                                  f"《{grid.name}》", row.page)
