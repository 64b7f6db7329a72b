"""Template leftovers: placeholders, unfilled alternatives, a rate without its %, doubled
punctuation — what a filled-in template should never still show."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.audit.model import Finding, _Doc, section_title

LEFTOVERS = (
    (re.compile(r"[XＸ×]{2,}[\u4e00-\u9fff]{0,4}|[（(]\s*[XＸ×]+\s*[)）]"), "占位符"),
    (re.compile(r"(增加|减少|增长|下降|上升|降低|大于|小于|高于|低于)\s*[（(/]\s*"
                r"(增加|减少|增长|下降|上升|降低|大于|小于|高于|低于)\s*[)）]?"),
     "未选定的备选词"),
    (re.compile(r"(?:增长|下降|降低|增幅|降幅|占比?[^，,。；;\d]{0,12}?)(?<![\d.])"
                r"\d+\.\d+(?=[，,。；;）)]|$)"), "比率缺少%"),
    (re.compile(r"([，,。；;：:、])\1|[，,][。；;]|[。][，,；;]"), "重复标点"),
)


def _check_leftovers(doc: _Doc) -> Iterator[Finding]:
    """Every leftover of the template in the headings and text."""
    for section in doc.sections:
        for text in (section.get("heading") or "", section.get("text") or ""):
            for pattern, what in LEFTOVERS:
                for m in pattern.finditer(text):
                    yield doc.finding("error", "leftovers", f"{what}：“{m.group(0)}”。",
                                      [_line(text, m.start())], section_title(section))


def _line(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in "。\n") + 1
    ends = [i for i in (text.find(c, at + 1) for c in "。\n") if i >= 0]
    return text[start:(min(ends) + 1 if ends else len(text))].strip()
