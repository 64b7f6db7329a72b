"""Sums at every level: a stated total against its 其中 parts, 三公 against its three items,
every printed table's parents against their children, 合计 rows and columns, and the items the
narrative names under 人员经费/公用经费 against the 基本支出 table."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.audit.model import (
    EPS,
    SANGONG_ITEMS,
    Finding,
    _amount,
    _decimals,
    _dim,
    _Doc,
    _fmt,
    _is_money,
    _numeric,
    _Sentence,
    _show,
    _step,
    _total_before,
    _unit_word,
    section_title,
)
from bot.audit.tables import Grid, Row


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
                listed = [f for f in members[i] if _dim(f) == _dim(total)
                          and f["metric"] != total["metric"] and id(f) not in later]
                if len(listed) > len(parts):
                    yield from _twice(doc, total, listed, parts, sentence)
                    continue
                if parts:
                    start, end = ranges[i][1:]
                    shares = [f for p, f in sentence.items
                              if start <= p < end and f["qualifier"] == "占比"]
                    yield from _compare_sum(doc, total, parts, shares, sentence)


def _twice(doc: _Doc, total: dict, listed: list[dict], parts: list[dict],
           sentence: _Sentence) -> Iterator[Finding]:
    """An item listed twice under one 其中: an error when the total counts it twice."""
    seen: set[tuple[str, str]] = set()
    twice = [f for f in listed if (f["metric"], f["value"]) in seen
             or seen.add((f["metric"], f["value"]))]
    unit = min(_step(f) for f in [total, *listed]) * len(listed)
    with_twice = sum(_amount(f) for f in listed)
    once = sum(_amount(f) for f in parts)
    names = "、".join(f"“{f['metric']}”{_show(f)}" for f in twice)
    if abs(with_twice - _amount(total)) <= unit + EPS < abs(once - _amount(total)):
        yield doc.finding("error", "components", f"“{total['metric']}”{_show(total)}把{names}"
                          f"算了两次：各项只算一次相加为{_fmt(once)}{_unit_word(total)}。",
                          [sentence.text])
    else:
        yield doc.finding("note", "components", f"{names}在“{total['metric']}”的其中各项里"
                          "出现了两次。", [sentence.text])
        yield from _compare_sum(doc, total, parts, [], sentence)


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
    if _dim(total) != "money":
        if diff > 0:
            yield doc.finding("note", "components", f"“{total['metric']}”{_show(total)}，"
                              f"其中各项相加多于总数，可能是交叉分类（同一对象按两种口径计数），未作核对。",
                              [sentence.text], total["section"])
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
    yield doc.finding(severity, "components", message, evidence + [sentence.text],
                      total["section"])




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




# ---------------------------------------------------------------- printed tables

MISREAD = 4  # this many sums off in one table: the reading is suspect, not the table
TOTAL_ROW = re.compile(r"^(合计|总计)$")
BALANCE = re.compile(r"^(使用非财政拨款结余|使用专用结余|用事业基金弥补|(年初|上年|年末)"
                     r"(财政拨款)?结转和?结余|结余分配)")
YEAR_TOTAL = re.compile(r"^本年(收入|支出)合计$")


def _check_grids(doc: _Doc) -> Iterator[Finding]:
    """Every printed table: parents against children by code, 合计 rows, 合计 columns."""
    if doc.source is None:
        return
    for grid in doc.source.grids:
        found = [*_code_levels(doc, grid), *_total_row(doc, grid), *_halves(doc, grid),
                 *_total_columns(doc, grid), *_staff_and_office(doc, grid)]
        errors = [f for f in found if f.severity == "error"]
        if len(errors) >= MISREAD:
            yield doc.finding("note", "table_total", f"《{grid.name}》有{len(errors)}处合计"
                              "对不上，更可能是表格没有读准（列错位），未逐项报告，请对照原表核对。",
                              [errors[0].evidence[0]], f"《{grid.name}》", grid.page)
            found = [f for f in found if f.severity != "error"]
        yield from found


def _sum_finding(doc: _Doc, grid: Grid, total: Row, column: str, parts: list[Row],
                 what: str, columns: list[str] | None = None) -> Iterator[Finding]:
    """One stated cell against the sum of other cells (of the same column, or of `columns`
    in the same row)."""
    cells = ([(r, column) for r in parts if column in r.values] if columns is None
             else [(total, c) for c in columns if c in total.values])
    if column not in total.values or not cells:
        return
    stated = total.values[column].number
    summed = sum(r.values[c].number for r, c in cells)
    diff = abs(summed - stated)
    if diff <= EPS:
        return
    unit = 10.0 ** -max(_decimals(r.values[c].text) for r, c in [(total, column), *cells])
    severity = "rounding" if diff <= unit * len(cells) + EPS else "error"
    terms = "+".join(r.values[c].text for r, c in cells)
    code = f"{total.code} " if total.code else ""
    tail = (f"在{len(cells)}项四舍五入的误差以内" if severity == "rounding"
            else "超出四舍五入的误差")
    message = (f"《{grid.name}》{code}{total.label}（{column}）为{total.values[column].text}万元，"
               f"{what}相加为{_fmt(summed)}万元（{terms}），相差{_fmt(diff)}万元，{tail}。")
    yield doc.finding(severity, "table_total", message,
                      [total.cited(column, grid.name)] + [r.cited(c, grid.name)
                                                          for r, c in cells],
                      f"《{grid.name}》", total.values[column].page)


def _code_levels(doc: _Doc, grid: Grid) -> Iterator[Finding]:
    """A 类 against its 款, a 款 against its 项 (科目编码 one level longer, same start)."""
    coded = [r for r in grid.rows if r.code]
    seen: set[tuple[str, str]] = set()
    for parent in coded:
        children = [r for r in coded if len(r.code) == len(parent.code) + 2
                    and r.code.startswith(parent.code)]
        if not children or (parent.code, parent.label) in seen:
            continue
        seen.add((parent.code, parent.label))
        unique = list({(r.code, r.label): r for r in children}.values())
        for column in grid.columns:
            if column in parent.values or any(column in r.values for r in unique):
                if column not in parent.values:
                    continue
                yield from _sum_finding(doc, grid, parent, column, unique, "下级科目")


def _total_row(doc: _Doc, grid: Grid) -> Iterator[Finding]:
    """The 合计 row of a coded table against its 类 rows (the shortest codes)."""
    totals = [r for r in grid.rows if not r.code and TOTAL_ROW.match(r.label)]
    coded = [r for r in grid.rows if r.code]
    if not totals or not coded:
        return
    shortest = min(len(r.code) for r in coded)
    classes = list({r.code: r for r in coded if len(r.code) == shortest}.values())
    for column in grid.columns:
        yield from _sum_finding(doc, grid, totals[0], column, classes, "类级科目")


def _halves(doc: _Doc, grid: Grid) -> Iterator[Finding]:
    """收支总表: numbered rows into 本年收入/支出合计, and that plus the rest into 总计."""
    if any(r.code for r in grid.rows):
        return
    for column in grid.columns:
        rows = [r for r in grid.rows if column in r.values or r.label]
        year = next((i for i, r in enumerate(rows) if YEAR_TOTAL.match(r.label)
                     and column in r.values), None)
        if year is None:
            continue
        parts = [r for r in rows[:year] if r.numbered and column in r.values]
        yield from _sum_finding(doc, grid, rows[year], column, parts, "各项")
        end = next((i for i in range(year + 1, len(rows)) if TOTAL_ROW.match(rows[i].label)
                    and column in rows[i].values), None)
        if end is None:
            continue
        extra = [r for r in rows[year + 1:end] if not r.numbered and column in r.values
                 and not r.label.startswith("其中")]
        if not all(BALANCE.match(r.label) for r in extra):
            continue  # a row this template nests under another: not summed blind
        yield from _sum_finding(doc, grid, rows[end], column, [rows[year], *extra],
                                "本年合计与结转结余等")


def _total_columns(doc: _Doc, grid: Grid) -> Iterator[Finding]:
    """A 合计 column against its sibling columns, row by row (其中 columns are not parts)."""
    for total in grid.columns:
        path = total.split("·")
        measure = path[-1] if path[-1] in ("预算数", "决算数") else ""
        head = path[:-1] if measure else path
        if not head or "合计" not in head[-1]:
            continue
        parts = _sibling_columns(grid.columns, head[:-1], total, measure)
        if len(parts) < 2:
            continue
        for row in grid.rows:
            if total not in row.values or not any(p in row.values for p in parts):
                continue
            yield from _sum_finding(doc, grid, row, total, [], "各列", parts)


def _sibling_columns(columns: list[str], prefix: list[str], total: str,
                     measure: str) -> list[str]:
    out: dict[str, str] = {}
    for column in columns:
        path = column.split("·")
        if column == total or (measure and path[-1] != measure) or \
                any("其中" in p for p in path):
            continue
        head = path[:-1] if measure else path
        if head[:len(prefix)] != prefix or len(head) <= len(prefix):
            continue
        name = head[len(prefix)]
        rest = head[len(prefix) + 1:]
        if not rest:
            out[name] = column
        elif name not in out and rest[-1] in ("小计", "金额", "合计"):
            out.setdefault(name, column)
    return list(out.values())


def _staff_and_office(doc: _Doc, grid: Grid) -> Iterator[Finding]:
    """基本支出表: 人员经费合计 = 301 + 303, 公用经费合计 = the other 类 (302, 310, …)."""
    classes = {r.code: r for r in grid.rows if len(r.code) == 3}
    if "301" not in classes:
        return
    for row in grid.rows:
        if row.code or not row.label.endswith("经费合计"):
            continue
        staff = row.label.startswith("人员")
        parts = [r for code, r in classes.items() if (code in ("301", "303")) == staff]
        for column in row.values:
            yield from _sum_finding(doc, grid, row, column, parts, "所属类级科目")


# ---------------------------------------------------------------- items named in the narrative

ITEM_LIST = re.compile(r"(?P<head>人员经费|公用经费)[^，。；]*?万元[，,]?\s*主要包括[:：]"
                       r"(?P<items>[^；;。]+)")
STAFF = ("301", "303")


def _check_item_lists(doc: _Doc) -> Iterator[Finding]:
    """Each item the narrative lists under 人员经费/公用经费 against the 基本支出 table: present,
    not empty, and of that heading (301/303 are 人员经费, the other 类 公用经费)."""
    grid = _basic_grid(doc)
    if grid is None:
        return
    rows = {_name(r.label): r for r in grid.rows if len(r.code) > 3}
    for section in doc.sections:
        for m in ITEM_LIST.finditer(section.get("text") or ""):
            staff = m.group("head") == "人员经费"
            for item in re.split(r"[、，,]", m.group("items")):
                row = rows.get(_name(item))
                if not item.strip() or row is None:
                    continue
                where = f"《{grid.name}》{row.code} {row.label}"
                if not row.values or all(v.number == 0 for v in row.values.values()):
                    yield doc.finding("error", "item_list", f"说明在“{m.group('head')}”下列出"
                                      f"“{item.strip()}”，而{where}没有数字。",
                                      [m.group(0), f"{where}：空"], section_title(section))
                elif (row.code[:3] in STAFF) != staff:
                    right = "人员经费" if row.code[:3] in STAFF else "公用经费"
                    yield doc.finding("error", "item_list", f"说明把“{item.strip()}”列在"
                                      f"“{m.group('head')}”下，而{where}属于{right}。",
                                      [m.group(0), where], section_title(section))
            yield from _unnamed_items(doc, grid, m, staff, section)


def _unnamed_items(doc: _Doc, grid: Grid, m: re.Match, staff: bool,
                   section: dict) -> Iterator[Finding]:
    """Items of the heading the table fills that the list leaves out: a note, as 主要包括
    may leave out small ones."""
    named = {_name(item) for item in re.split(r"[、，,]", m.group("items"))}
    left = [r for r in grid.rows if len(r.code) > 3 and (r.code[:3] in STAFF) == staff
            and any(v.number > EPS for v in r.values.values()) and _name(r.label) not in named]
    if left:
        listing = "、".join(f"{r.code} {r.label}{next(iter(r.values.values())).text}万元"
                           for r in left)
        yield doc.finding("note", "item_list", f"《{grid.name}》中属于{m.group('head')}的"
                          f"{listing}，说明的列举中没有提到。", [m.group(0)],
                          section_title(section))


def _basic_grid(doc: _Doc) -> Grid | None:
    if doc.source is None:
        return None
    for grid in doc.source.grids:
        if any(r.code == "301" for r in grid.rows):
            return grid
    return None


def _name(text: str) -> str:
    return re.sub(r"[\s()（）]|费用$", "", text or "").removesuffix("费")
