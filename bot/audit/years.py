"""Years and dates: headings, 截至…年12月31日 and 与…年度相比 against the disclosure's year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.audit.model import Finding, _Doc, section_title

THIS_YEAR = re.compile(r"(?P<year>\d{4})年度?(?=部门决算|收入|支出|“?三公|一般公共|财政拨款|"
                       r"政府采购|机关运行|[\u4e00-\u9fff]{0,12}?决算情况)")
AS_OF = re.compile(r"截[至止]\s*(?P<year>\d{4})年\s*12月\s*31日")
LAST_YEAR = re.compile(r"(?:与|比|较)\s*(?P<year>\d{4})年度?"
                       r"(?:相比|决算数|增加|减少|增长|下降|持平)")


def _check_years(doc: _Doc) -> Iterator[Finding]:
    """Each dated phrase against the year of the disclosure (or the year before)."""
    if not doc.year:
        return
    for section in doc.sections:
        title = section_title(section)
        heading, body = section.get("heading") or "", section.get("text") or ""
        for text, patterns in ((heading, _in_headings), (body, _in_text)):
            for pattern, expected, what in patterns(doc.year):
                for m in pattern.finditer(text):
                    year = int(m.group("year"))
                    if year != expected:
                        yield doc.finding("error", "years", f"本文件是{doc.year}年度决算，"
                                          f"“{m.group(0)}”应为{what}{expected}年。",
                                          [_clause(text, m.start())], title)


def _in_headings(year: int) -> tuple:
    """A heading names the disclosure's own year."""
    return ((THIS_YEAR, year, "本年度"), (AS_OF, year, "年末时点"),
            (LAST_YEAR, year - 1, "上年度"))


def _in_text(year: int) -> tuple:
    """In running text a year may be any year; only these two phrases are bound to it."""
    return ((AS_OF, year, "年末时点"), (LAST_YEAR, year - 1, "上年度"))


def _clause(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in "。;；\n") + 1
    ends = [i for i in (text.find(c, at) for c in "。;；\n") if i >= 0]
    return text[start:(min(ends) + 1 if ends else len(text))].strip()
