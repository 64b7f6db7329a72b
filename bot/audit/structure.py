"""Structure: the tables the 目录 lists are in the file, and a table the narrative states
figures for is not blank. What a layout never has is not asked for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.audit.model import EPS, Finding, _Doc, _is_money, _numeric

NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
LISTED = re.compile(r"([\u4e00-\u9fff“”\"]{4,40}决算(?:总)?表)")


def _key(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", text)


def _check_contents(doc: _Doc) -> Iterator[Finding]:
    """Each table the 目录 lists against the tables printed in the file."""
    if doc.source is None or not doc.source.pages or not doc.source.grids:
        return
    end = _contents_end(doc)
    if not end:
        return
    pages = doc.source.pages
    listed = [m.group(1) for lines, _ in pages[:end] for line in lines
              for m in [LISTED.search(NUMBERING.sub("", re.sub(r"\s+", "", line)))]
              if m and "部门决算表" not in m.group(1)]
    after = "".join(_key("".join(lines)) for lines, _ in pages[end:])
    printed = {_key(g.name) for g in doc.source.grids}
    for name in dict.fromkeys(listed):
        key = _key(name)
        if key in after or key in printed:
            continue
        yield doc.finding("error", "structure", f"目录列出《{name}》，文件中没有这张表。",
                          [f"目录：{name}"], "目录", end)


def _contents_end(doc: _Doc) -> int:
    """The last page of the 目录 (0 when there is none)."""
    pages = doc.source.pages if doc.source else []
    seen = False
    for i, (lines, _) in enumerate(pages[:4], 1):
        joined = _key("".join(lines))
        if "目录" in joined[:6]:
            seen = True
        elif seen and ("第一部分" in joined[:12] or "概况" in joined[:12]):
            return i - 1
    return 4 if seen else 0


BLANKABLE = ("三公", "政府性基金", "国有资本经营")


def _check_blank_tables(doc: _Doc) -> Iterator[Finding]:
    """三公, 政府性基金 or 国有资本经营 figures in the narrative while that table prints none."""
    if doc.source is None or not doc.source.pages:
        return
    for word in BLANKABLE:
        grid = next((g for g in doc.source.grids if word in g.name), None)
        name, page = (grid.name, grid.page) if grid else _printed_title(doc, word)
        if not name:
            continue
        stated = [f for f in doc.facts if word in f["metric"] and _is_money(f) and _numeric(f)
                  and f["qualifier"] in ("决算数", "预算数") and abs(float(f["number"])) > EPS]
        for fact in stated:
            kind = "预算" if fact["qualifier"] == "预算数" else "决算"
            columns = [c for r in grid.rows for c in r.values] if grid else []
            printed = [c for c in columns if kind in c] if word == "三公" else columns
            if not printed:
                what = f"的{kind}数一栏" if word == "三公" else ""
                yield doc.finding("error", "structure", f"说明写明“{fact['metric']}”"
                                  f"{fact['qualifier']}{fact['value']}，而《{name}》{what}是空的。",
                                  [fact["sentence"], f"《{name}》：空"], fact["section"], page)
                break


def _printed_title(doc: _Doc, word: str) -> tuple[str, int | None]:
    """A table printed without a figure (no grid is read from it): its title and page."""
    end = _contents_end(doc)
    for number, (lines, _) in enumerate(doc.source.pages if doc.source else [], 1):
        if number <= end:
            continue
        for line in lines:
            m = LISTED.search(_key(line))
            if m and word in m.group(1) and "部门决算表" not in m.group(1):
                return m.group(1), number
    return "", None


def _check_tables_read(doc: _Doc) -> Iterator[Finding]:
    """Say so when the printed tables could not be read again (a database without its file)."""
    if doc.source is None and doc.cells:
        yield doc.finding("note", "structure", "原文件没有重新读取（不在 data/source，"
                          f"或文件超过十份），表格只按数据库中的{len(doc.cells)}个表格数核对，各表合计与各表之间的一致性未核对。",
                          [doc.title or doc.department], "表格")
