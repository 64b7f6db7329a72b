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
            function = row.code.startswith("2") if row.code else row.numbered
            if label in CLASSES or label in seen or not label.endswith("支出") or not function:
                continue
            close = [c for c in CLASSES if len(c) == len(label)
                     and Levenshtein.distance(c, label) == 1]
            if close:
                seen.add(label)
                yield doc.finding("error", "names", f"《{grid.name}》的科目名称“{label}”与"
                                  f"标准名称“{close[0]}”不符。",
                                  [f"《{grid.name}》{label}，第{row.page}页"],
                                  f"《{grid.name}》", row.page)


CHAIN = re.compile(r"(?P<cls>[\u4e00-\u9fff]{2,20})[（(]类[)）](?P<kind>[\u4e00-\u9fff]{2,20})"
                   r"[（(]款[)）](?P<item>[\u4e00-\u9fff]{2,24})[（(]项[)）]")


def _check_chains(doc: _Doc) -> Iterator[Finding]:
    """"X（类）Y（款）Z（项）" in the text against the tables' 科目编码: Z must sit under Y
    under X there too."""
    if doc.source is None:
        return
    labels: dict[str, set[str]] = {}
    for grid in doc.source.grids:
        for row in grid.rows:
            if len(row.code) in (3, 5, 7) and row.code.startswith("2"):
                labels.setdefault(row.code, set()).add(row.label)
    if not labels:
        return
    for section in doc.sections:
        text = section.get("text") or ""
        for m in CHAIN.finditer(text):
            cls, kind, item = (re.sub(r"^\d+[、.]?", "", m.group(g)) for g in
                               ("cls", "kind", "item"))
            codes = [c for c, names in labels.items() if len(c) == 7
                     and any(item.endswith(n) for n in names)]
            if not codes:
                continue
            if any(_ends(cls, labels.get(c[:3], set())) and _ends(kind, labels.get(c[:5], set()))
                   for c in codes):
                continue
            code = codes[0]
            printed = (f"{'、'.join(sorted(labels.get(code[:3], {'?'})))}（类）"
                       f"{'、'.join(sorted(labels.get(code[:5], {'?'})))}（款）")
            yield doc.finding("error", "names", f"说明把“{item}（项）”列在“{cls}（类）"
                              f"{kind}（款）”下，而表中科目编码{code}属于{printed}。",
                              [_around(text, m.start())], section_title(section))


def _ends(text: str, names: set[str]) -> bool:
    """The printed name closes the phrase (words before it belong to the sentence)."""
    return any(text.endswith(n) for n in names)


UNIT_LINE = re.compile(r"(?:单位名称|编制单位|部门名称)\s*[:：]\s*"
                       r"(?P<name>[\u4e00-\u9fff()（）]{2,40})")


def _check_table_units(doc: _Doc) -> Iterator[Finding]:
    """单位名称：… printed above a table against the department of the disclosure."""
    if doc.source is None:
        return
    known = [k for k in (doc.department, *doc.aliases) if k]
    seen: set[str] = set()
    for number, (lines, _) in enumerate(doc.source.pages, 1):
        for line in lines:
            m = UNIT_LINE.search(re.sub(r"\s+", "", line))
            name = re.sub(r"单位$|(?<=[局委办院校心])单位.*$", "", m.group("name")) if m else ""
            if not name or name in seen or any(name in k or k in name for k in known):
                continue
            seen.add(name)
            yield doc.finding("error", "names", f"第{number}页表头的单位名称是“{name}”，"
                              f"而本文件是“{doc.department}”的决算。", [line.strip()],
                              "表格", number)
