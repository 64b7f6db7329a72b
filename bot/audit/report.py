"""The report a reviewer reads: per document a summary, then the findings grouped by section
(in page order) with page, severity and the quoted sentence or cell; or one JSON line each."""

from __future__ import annotations

import json
import re

from bot.audit.model import CHECK_LABEL, SEVERITIES, SEVERITY_LABEL, Finding


def summary(doc: dict, mine: list[Finding]) -> str:
    counts = {s: sum(f.severity == s for f in mine) for s in SEVERITIES}
    return (f"{doc['department']} {doc['year']}年度：{counts['error']} 处错误，"
            f"{counts['rounding']} 处舍入差异，{counts['note']} 条提示")


def grouped(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Sections in the order of their first page (unknown pages last), errors first within."""
    sections: dict[str, list[Finding]] = {}
    for finding in findings:
        sections.setdefault(finding.section or "其他", []).append(finding)

    def first_page(item: tuple[str, list[Finding]]) -> tuple[int, int]:
        pages = [f.page for f in item[1] if f.page is not None]
        return (min(pages) if pages else 10**6, _numeral(item[0]))

    ordered = sorted(sections.items(), key=first_page)
    return [(name, sorted(found, key=lambda f: (SEVERITIES.index(f.severity),
                                                 f.page if f.page is not None else 10**6)))
            for name, found in ordered]


def render(findings: list[Finding], documents: list[dict]) -> str:
    """Plain text: a summary line per document, then each section's findings with evidence."""
    lines: list[str] = []
    for doc in documents:
        mine = [f for f in findings if f.doc_id == doc["doc_id"]]
        lines.append(summary(doc, mine))
        for section, found in grouped(mine):
            lines.append(f"【{section}】")
            for f in found:
                page = f"第{f.page}页 " if f.page is not None else ""
                lines.append(f"  [{SEVERITY_LABEL[f.severity]}] {page}"
                             f"{CHECK_LABEL.get(f.check, f.check)}：{f.message}")
                lines += [f"      · {e}" for e in f.evidence]
    return "\n".join(lines)


def json_lines(findings: list[Finding]) -> list[str]:
    """One JSON object per finding, in report order."""
    out = []
    for doc_id in dict.fromkeys(f.doc_id for f in findings):
        for _, found in grouped([f for f in findings if f.doc_id == doc_id]):
            out += [json.dumps(f.to_json(), ensure_ascii=False) for f in found]
    return out


NUMERALS = "一二三四五六七八九十"


def _numeral(section: str) -> int:
    """十一 in "第三部分 十一、…" → 11, for headings that begin on the same page."""
    m = re.search(r"(?:^|\s)([一二三四五六七八九十]+)、", section)
    if not m:
        return 0
    text = m.group(1)
    if text.startswith("十"):
        return 10 + (NUMERALS.index(text[1]) + 1 if len(text) > 1 else 0)
    tens = text.split("十")
    if len(tens) == 2:
        return (NUMERALS.index(tens[0]) + 1) * 10 + (NUMERALS.index(tens[1]) + 1 if tens[1] else 0)
    return NUMERALS.index(text) + 1
