"""Charts of composition and change: figures from the store, drawn only when a picture is asked.

The handler (`compose`) answers in text like every other kind of question and attaches the
figures it states (`ChartData`) to the Answer; `chart_for` draws them. matplotlib is imported
inside `draw` alone, so a text answer never pays for it.
"""

from __future__ import annotations

import importlib.util
import io
import math
import re
import threading
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from bot.answer import BULLET, Answer
from bot.handlers import (
    CLASSES_SAID,
    MONEY_UNITS,
    Context,
    DocIndex,
    _dec,
    _first,
    _namesakes,
    _percent,
    _unique,
    _widened,
    bare_total,
    cell_fact,
    code_of,
    decline,
    purpose,
)
from bot.handlers import (
    _answer as _figure_answer,
)

FONT_FILE = "NotoSansCJKsc-Regular.otf"  # Noto Sans CJK SC, SIL OFL 1.1, shipped by mplfonts
FIGURE_KINDS = ("metric", "cell", "derived")


class ChartError(Exception):
    """A chart cannot be drawn (no font); the message is one sentence for the user."""


@dataclass(frozen=True)
class Bar:
    """One drawn part: its label, its number in the chart's unit and the figure as published."""

    label: str
    number: float
    value: str
    share: str = ""


@dataclass(frozen=True)
class ChartData:
    """Exactly what is drawn, so that it can be checked against the store."""

    kind: str  # pie | bar
    title: str
    unit: str
    bars: tuple[Bar, ...]
    note: str = ""  # the total the parts make up, as published
    whole: str = ""  # the thing whose parts are drawn (支出总计): what a follow-up is about


@dataclass(frozen=True)
class Chart:
    png: bytes
    answer: Answer
    title: str
    data: ChartData


# ---------------------------------------------------------------- the handler

def compose(ctx: Context) -> Answer:
    """The figures of a chart question, in text, with the data to draw attached."""
    kind = ctx.intent.chart
    if kind == "parts":
        return _parts_answer(ctx)
    if kind == "years":
        return _years_answer(ctx)
    return _departments_answer(ctx)


def _parts_answer(ctx: Context) -> Answer:
    doc = ctx.doc
    named = [h.entry.name for h in ctx.hits if h.entry.kind in FIGURE_KINDS and not (
        ctx.intent.totals and h.entry.name not in ctx.intent.totals and _a_total(ctx, h.entry.name)
        and SIDE_SAID.fullmatch(ctx.match.text[slice(*h.span)]))]  # 支出按经济分类: how it
    # asks; the kind's own totals are the whole
    column = next((h.entry.name for h in ctx.hits if h.entry.kind == "column"), None)
    if column is not None and all(_a_total(ctx, n) for n in named):
        # (财政拨款支出中)基本建设资金支出花在哪些科目: the rows of its column
        by_rows = column_rows(ctx, column)
        if by_rows is not None:
            return by_rows
    if ctx.intent.name == "chart.income" and named and not _a_total(ctx, named[0]):
        sources = _income_columns(ctx, named[0])  # 社会保障和就业支出的收入来源: its row
        if sources is not None:  # of the income table, by column
            return sources
    split = _kinds_split(ctx, named)
    if split is not None:  # 基本支出和项目支出的构成: the whole they split, not one's parts
        return split
    bare = bare_total(ctx)  # 支出分哪几块: the total; not one the kind's own totals leave out
    named = named or ([] if ctx.intent.totals and not set(bare) & set(ctx.intent.totals)
                      else bare)  # (支出按经济分类: basic spending's parts)
    for name in list(dict.fromkeys(named + list(ctx.intent.totals))):
        found = parts_of(doc, name) or (
            rows_under(doc, name, ctx.match.text) if name in named else None)
        if found is not None:
            total, parts = found
            return _with_classes(ctx, _render_parts(ctx, name, total, parts), named)
        if named == [name] and not _a_total(ctx, name) and AMOUNT_ASKED.search(
                ctx.match.text) and _a_class(ctx, name):  # 按经济分类，商品和服务支出多少: that
            # class's figure
            return ctx.engine.answer_as(ctx.question, ctx.match, "figure.amount")
        if name in named and not _a_total(ctx, name):  # 科学技术支出花在哪些项目上: never
            # the total's parts, nor a sentence of the thing's own total
            if any(n["kind"] == "purpose" for n in doc.notes.get(name, [])):
                return purpose(ctx)  # 公用经费用在哪: no figures of its parts, their use stated
            listed = _parts_listed(ctx, name)
            if listed is not None:  # 人员经费构成: no figures of its parts, their names stated
                return listed
            by_rows = column_rows(ctx, name) if column_cells(doc, name) and BY_ROWS.search(
                ctx.match.text) else None
            if by_rows is not None:  # 项目支出由哪几项构成, 花在哪些方面: the rows of its column
                return by_rows
            said = f"{doc.label}决算没有列出{name}的明细（分项数字）。"
            return replace(decline(ctx.question, said, ctx.intent.name, ctx.match.confidence),
                           firm=True)
    if INCLUDES.search(ctx.match.text) and any(h.entry.kind == "term" for h in ctx.hits):
        # 三公经费包括哪几项 with no parts' figures: what its definition says it covers
        defined = ctx.engine.answer_as(ctx.question, ctx.match, "glossary.define")
        if defined.answered:
            return defined
    what = ctx.intent.description.split("（")[0]
    return decline(ctx.question, f"{doc.label}决算没有列出可以说明“{what}”的分项数字。",
                   ctx.intent.name, ctx.match.confidence)


KINDS = ("基本支出", "项目支出")  # the two kinds every spending total splits into


def _kinds_split(ctx: Context, named: list[str]) -> Answer | None:
    """Both kinds of spending named: the whole they are stated as parts of, split into them
    (the one unstated worked out as the whole less the other); None unless both are named."""
    if not all(k in named for k in KINDS):
        return None
    for fact in ctx.doc.facts.get(KINDS[0], []):
        if fact["qualifier"] != "决算数" or not fact.get("parent"):
            continue
        found = parts_of(ctx.doc, fact["parent"])
        if found is not None and {p["metric"] for p in found[1]} >= set(KINDS):
            return _render_parts(ctx, fact["parent"], *found)
    for kind in KINDS:  # 项目支出 unstated: 一般公共预算财政拨款支出总计 less 基本支出
        worked = ctx.engine.derived_value(ctx.doc, kind)
        if worked is not None:
            text, figures, facts = worked
            return _figure_answer(ctx, text, tuple(figures), facts)
    return None


AMOUNT_ASKED = re.compile(r"多少(?![项块类个种样])|几多")  # 由哪几项构成 asks no amount
INCLUDES = re.compile(r"包括|包含|含哪")  # what a thing covers asked
# the rows a column is spread over, asked (项目支出由哪几项构成, 6.2万记在哪些科目下, 花在哪些
# 方面); where a column's money went, never where it came from (其他收入有哪些来源)
BY_ROWS = re.compile(r"科目|哪几项|哪些项|记在|落在|分布在|哪些?方面|什么方面|哪些事|什么事"
                     r"|哪些地方|什么地方|什么上面?|哪些领域")
# a side of the accounts said generically (支出, 总收入): a total by name, not one asked for
SIDE_SAID = re.compile(r"总?(?:支出|收入)(?:总计|合计|总额)?")
# 钱花在哪了, 按大类排个序: where the spending went is also its classes (类) by function
WHERE_SPENT = re.compile(r"花[在到]?了?哪|去哪|去向|用[在到]了?哪|大类|哪几类|哪些类|哪一类|哪类"
                         r"|功能分类|哪些方面|哪几个方面|按类|分类")


def _with_classes(ctx: Context, answer: Answer, named: list[str]) -> Answer:
    """The spending's classes by function, largest first, after its parts, when the question
    asks where the money went of the spending as a whole (no narrower thing named)."""
    from bot.several import _classes  # reads the tables as a ranking does

    if ctx.intent.name != "chart.spending" or not WHERE_SPENT.search(ctx.match.text) or any(
            not _a_total(ctx, n) for n in named):
        return answer
    classes = sorted(_classes(ctx), key=lambda item: -item[1]["number"])
    if len(classes) < 2 or all(n in answer.answer for n, _ in classes):
        return answer  # the parts were the classes
    listing = "；".join(f"{n}{f['value']}{_share_said(ctx, n)}" for n, f in classes)
    line = f"按功能分类（类），从多到少：{listing}。"
    side = "财政拨款支出" if "财政拨款" in ctx.match.text else "支出"
    text = f"{ctx.doc.label}{side}{line}\n{answer.answer}" if CLASSES_SAID.search(
        ctx.match.text) else f"{answer.answer}\n{line}"  # 按功能分类有哪几类: the classes first
    return replace(answer, answer=text, figures=answer.figures + tuple(
        f["value"] for _, f in classes))


def _share_said(ctx: Context, name: str) -> str:
    """（占71.73%）: a class's share as the disclosure states it, when it does."""
    share = next((f for f in ctx.doc.facts.get(name, []) if f["qualifier"] == "占比"
                  and f["unit"] == "%"), None)
    return f"（占{share['value']}）" if share else ""


def _income_columns(ctx: Context, name: str) -> Answer | None:
    """A row of the income table by its columns (财政拨款收入, 事业收入, 其他收入…): where the
    money of that row came from, with the row's total."""
    cells = [c for c in ctx.doc.cells.get(name, [])
             if "收入" in c["table"] and c["unit"] in MONEY_UNITS and c["number"]]
    total = next((c for c in cells if c["column"] in ROW_TOTALS), None)
    parts = [c for c in cells if c["column"] not in ROW_TOTALS]
    if total is None or len(parts) < 1:
        return None
    over = sum(_dec(c["number"]) for c in parts) - _dec(total["number"])
    inner = next((c for c in parts[1:] if abs(over - _dec(c["number"])) <= Decimal("0.05")),
                 None) if over > Decimal("0.05") else None  # 事业收入 其中：教育收费
    if over > Decimal("0.05") and inner is None:
        return None  # the columns do not add up to the row: not read as its sources
    outer = parts[parts.index(inner) - 1] if inner is not None else None
    parts = [c for c in parts if c is not inner]
    bars = tuple(Bar(c["column"], c["number"], f"{c['value']}{c['unit']}",
                     f"{_percent(_dec(c['number']) / _dec(total['number']) * 100)}%（计算得出）")
                 for c in parts)
    lines = [f"{ctx.doc.label}{total['table']}中，{name}的收入"
             f"{total['value']}{total['unit']}，来源："]
    lines += [f"{BULLET}{b.label}{b.value}，占{b.share}" + (
        f"（其中{inner['column']}{inner['value']}{inner['unit']}）"
        if outer is not None and b.label == outer["column"] else "") for b in bars]
    data = ChartData("pie", f"{ctx.doc.label}{name}收入来源", total["unit"], bars,
                     f"{name}{total['value']}{total['unit']}", name)
    return _answer(ctx, "\n".join(lines), [cell_fact(c) for c in parts + [total]], data,
                   [ctx.doc])


def column_cells(doc: DocIndex, column: str) -> list[dict]:
    """The non-zero money cells of a table column (基本建设资金支出, 项目支出), one per row, of
    the table that has the most of them."""
    cells = [c for rows in doc.cells.values() for c in rows
             if c["column"] == column and c["unit"] in MONEY_UNITS and c["number"]]
    if not cells:
        return []
    table = max(dict.fromkeys(c["table"] for c in cells),  # ties: the first printed
                key=lambda t: sum(c["table"] == t for c in cells))
    return list({(c["row"], code_of(c)): c for c in cells if c["table"] == table}.values())


def column_leaves(doc: DocIndex, column: str) -> list[dict]:
    """A column's cells of the rows with no row under them (the deepest codes): its items."""
    cells = [c for c in column_cells(doc, column) if code_of(c)]
    return [c for c in cells if not any(
        code_of(o) != code_of(c) and code_of(o).startswith(code_of(c)) for o in cells)]


def column_rows(ctx: Context, column: str) -> Answer | None:
    """A table column's figures by class (类) of the rows, each with the rows at the deepest
    level under it, and the column's total: where that kind of spending went."""
    cells = column_cells(ctx.doc, column)
    table = cells[0]["table"] if cells else ""
    classes = sorted((c for c in cells if len(code_of(c)) == 3), key=lambda c: -c["number"])
    if not classes:
        return None
    total = next((c for c in cells if not code_of(c)), None)
    said = f"合计{total['value']}{total['unit']}" if total else ""
    lines = [f"{ctx.doc.label}{table}中，{column}{said}，按科目："]
    for c in classes:
        under = [u for u in cells
                 if code_of(u).startswith(code_of(c)) and code_of(u) != code_of(c)]
        deepest = max((len(code_of(u)) for u in under), default=0)
        leaves = [u for u in under if len(code_of(u)) == deepest]
        lines.append(f"{BULLET}{c['row']}{c['value']}{c['unit']}" + (
            "（其中" + "、".join(f"{u['row']}{u['value']}{u['unit']}" for u in leaves) + "）"
            if leaves else ""))
    bars = tuple(Bar(c["row"], c["number"], f"{c['value']}{c['unit']}") for c in classes)
    data = ChartData("pie" if len(bars) > 1 else "bar", f"{ctx.doc.label}{column}按科目",
                     classes[0]["unit"], bars,
                     f"{column}{total['value']}{total['unit']}" if total else "", column)
    rows = [cell_fact(c) for c in classes] + ([cell_fact(total)] if total else [])
    return _answer(ctx, "\n".join(lines), rows, data, [ctx.doc])


def _parts_listed(ctx: Context, name: str) -> Answer | None:
    """The parts a sentence names for a thing without their figures (人员经费2152.26万元,主要包括:
    基本工资、津贴补贴…): that clause, quoted with its figure."""
    for fact in ctx.doc.facts.get(name, []):
        said = re.search(re.escape(name) + r"[^。；;]{0,20}?(?:主要)?包括[:：]?([^。；;]+)",
                         fact.get("sentence") or "")
        if said:
            text = f"{ctx.doc.label}{name}{fact['value']}，主要包括：{said.group(1)}"
            return _figure_answer(ctx, text, (fact["value"],), [fact])
    return None


def parts_of(doc: DocIndex, name: str) -> tuple[dict, list[dict]] | None:
    """The total's stated amount and its stated parts (其中…) in the same unit, if two or more."""
    total = _first(doc.facts.get(name, []), "决算数", money=True)
    if total is None or total["unit"] not in MONEY_UNITS:
        return None
    for whole in (name, *_namesakes(doc, name)):  # 基本支出's parts stated under its other name
        parts = [f for f in _unique([f for f in doc.all_facts if f["parent"] == whole])
                 if f["qualifier"] == "决算数" and f["unit"] == total["unit"]]
        parts = list({f["metric"]: f for f in reversed(parts)}.values())[::-1]  # first of each
        if len(parts) >= 2:
            return total, parts
    return None


def _a_class(ctx: Context, name: str) -> bool:
    """One of the parts of the kind's own totals (工资福利支出 of basic spending)."""
    return any(found is not None and any(p["metric"] == name for p in found[1])
               for found in (parts_of(ctx.doc, t) for t in ctx.intent.totals))


def _a_total(ctx: Context, name: str) -> bool:
    """A headline total (支出总计, 收入合计…): its question may be answered by another total's
    parts; any other thing named has parts of its own or none."""
    return name in ctx.intent.totals or name.endswith(("合计", "总计")) or \
        name in ctx.engine.data.vocabulary.totals


def rows_under(doc: DocIndex, name: str, said: str = "") -> tuple[dict, list[dict]] | None:
    """A table row's total and the rows under it by code (302 商品和服务支出 → 30201 办公费…),
    in the same table and column, if two or more at the first level that has several (201 has
    only 20106 under it: 20106's rows), else the one row at the bottom (310: 31002 alone). A
    spending table when the name or question says 支出."""
    coded = [c for c in doc.cells.get(name, []) if c["code"] and c["unit"] in MONEY_UNITS]
    if not coded:
        return None
    text = name + said
    kind = "收入" if "收入" in text and "支出" not in text else "支出"  # (a class of functions
    # is spent: 财政事务下面哪个花得最少 reads the spending table)
    own = min(coded, key=lambda c: (kind not in c["table"], c["column"] not in ROW_TOTALS))
    code, table, column = code_of(own), own["table"], own["column"]
    rows = [c for group in doc.cells.values() for c in group
            if c["table"] == table and c["column"] == column]
    while True:
        under = [c for c in rows if len(code_of(c)) > len(code) and code_of(c).startswith(code)]
        if not under:
            return None
        level = min(len(code_of(c)) for c in under)
        parts = {c["row"]: cell_fact(c) for c in sorted(under, key=code_of)
                 if len(code_of(c)) == level}
        if len(parts) >= 2:
            return cell_fact(own), list(parts.values())
        code = code_of(next(iter(parts.values())))
        if not any(len(code_of(c)) > len(code) and code_of(c).startswith(code) for c in rows):
            return cell_fact(own), list(parts.values())  # 310 资本性支出: its one row,
            # 办公设备购置


ROW_TOTALS = ("本年支出合计", "本年收入合计", "合计", "决算数")  # a table's total columns


def _share(doc: DocIndex, name: str, part: dict, total: dict) -> str:
    """The share as stated beside the part, else part ÷ total, labelled as computed."""
    stated = [f for f in doc.facts.get(part["metric"], [])
              if f["qualifier"] == "占比" and f["parent"] in (name, part["parent"])]
    if stated:
        return stated[0]["value"]
    if not total["number"]:
        return ""
    pct = _dec(part["number"]) / _dec(total["number"]) * 100
    return f"{_percent(pct)}%（计算得出）"


def _render_parts(ctx: Context, name: str, total: dict, parts: list[dict]) -> Answer:
    doc = ctx.doc
    bars = tuple(Bar(p["metric"], p["number"], p["value"], _share(doc, name, p, total))
                 for p in parts)
    lines = [f"{doc.label}{name}{total['value']}，由以下部分组成："]
    lines += [f"{BULLET}{b.label}{b.value}" + (f"，占{b.share}" if b.share else "") for b in bars]
    rows = parts + [total]  # the sentence listing the parts says it best
    sentences = list(dict.fromkeys(r["sentence"] for r in parts if r.get("sentence")))
    if total.get("sentence") and not any(total["value"] in s for s in sentences):
        sentences.append(total["sentence"])
    lines.append("原文：" + " ".join(f"“{s}”" for s in sentences[:2]))
    data = ChartData("pie" if all(b.number > 0 for b in bars) else "bar",
                     f"{doc.label}{name}构成", total["unit"], bars,
                     f"{name}{total['value']}", name)
    return _answer(ctx, "\n".join(lines), rows, data, [doc])


def _years_answer(ctx: Context) -> Answer:
    engine = ctx.engine
    docs = _docs_with_hits(ctx)
    by_department: dict[str, list[DocIndex]] = {}
    for doc in docs:
        by_department.setdefault(doc.doc["department"], []).append(doc)
    several = {d: sorted(v, key=lambda x: x.doc["year"]) for d, v in by_department.items()
               if len({x.doc["year"] for x in v}) > 1}
    if not several:  # one year of each: the figure itself is the answer
        return engine.answer_as(ctx.question, ctx.match, "figure.amount")
    if len(several) > 1:
        options = tuple(f"{engine.short_name(v[0].doc['doc_id'])}{ctx.question}"
                        for v in several.values())
        return decline(ctx.question, "载入了多个单位的历年决算，请问您问的是哪一个？"
                       + "、".join(several), ctx.intent.name, ctx.match.confidence, options)
    department, years = next(iter(several.items()))
    found = [(doc, fact) for doc in years if (fact := _figure(ctx, doc)) is not None]
    if len(found) < 2:
        return engine.answer_as(ctx.question, ctx.match, "figure.amount")
    metric = found[-1][1]["metric"]
    bars = tuple(Bar(f"{doc.doc['year']}年", fact["number"], fact["value"]) for doc, fact in found)
    text = (f"{department}{metric}（{bars[0].label}—{bars[-1].label}）：" +
            "；".join(f"{b.label}{b.value}" for b in bars) + "。\n原文：" +
            " ".join(f"“{fact['sentence']}”" for _, fact in found))
    data = ChartData("bar", f"{department}{metric}（{found[0][0].doc['year']}—"
                     f"{found[-1][0].doc['year']}年度）", found[-1][1]["unit"], bars)
    return _answer(ctx, text, [f for _, f in found], data, [d for d, _ in found])


def _departments_answer(ctx: Context) -> Answer:
    engine = ctx.engine
    latest: dict[str, DocIndex] = {}
    for doc in _docs_with_hits(ctx):
        department = doc.doc["department"]
        if department not in latest or doc.doc["year"] > latest[department].doc["year"]:
            latest[department] = doc
    found = [(doc, fact) for doc in latest.values() if (fact := _figure(ctx, doc)) is not None]
    units = {fact["unit"] for _, fact in found}
    if len(found) < 2 or len(units) != 1:
        return engine.answer_as(ctx.question, ctx.match, "figure.amount")
    bars = tuple(Bar(f"{engine.short_name(doc.doc['doc_id'])}\n{doc.doc['year']}年度",
                     fact["number"], fact["value"]) for doc, fact in found)
    thing = ctx.hits[0].entry.surface if ctx.hits else found[0][1]["metric"]
    lines = [f"各单位{thing}对比："]
    lines += [f"{BULLET}{doc.label}{fact['metric']}{fact['value']}" for doc, fact in found]
    lines.append("原文：" + " ".join(f"“{fact['sentence']}”" for _, fact in found))
    years = "、".join(dict.fromkeys(str(doc.doc["year"]) for doc, _ in found))
    data = ChartData("bar", f"各单位{thing}对比（{years}年度）", units.pop(), bars)
    return _answer(ctx, "\n".join(lines), [f for _, f in found], data, [d for d, _ in found])


def _docs_with_hits(ctx: Context) -> list[DocIndex]:
    docs = ctx.engine.docs
    named = {h.entry.doc_id for h in ctx.match.hits}
    return [docs[d] for d in ctx.match.doc_ids if d in named]


def _figure(ctx: Context, doc: DocIndex) -> dict | None:
    """The stated amount of the thing named, as this document names it."""
    names = [h.entry.name for h in ctx.match.hits if h.entry.doc_id == doc.doc["doc_id"]
             and h.entry.kind != "term"]
    for name in _widened(doc, list(dict.fromkeys(names)), ("决算数",)):  # 三公经费 → …财政拨款支出
        fact = _first(doc.facts.get(name, []), "决算数", money=True)
        if fact is not None:
            return fact
    return None


def _answer(ctx: Context, text: str, rows: list[dict], data: ChartData,
            docs: list[DocIndex]) -> Answer:
    sources = []
    for row in rows:
        doc = next(d for d in docs if d.doc["doc_id"] == row["doc_id"])
        if row.get("sentence"):
            sources.append(doc.source(row["sentence"], row.get("section", "")))
    answer = Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                    tuple(dict.fromkeys(sources)), tuple(b.value for b in data.bars))
    return replace(answer, chart=data)


# ---------------------------------------------------------------- for the front ends

def chart_for(engine, question: str, chat: str | None = None) -> Chart | None:
    """The chart answering a question, or None when it is no chart question or nothing to draw."""
    return chart_of(engine.ask(question, chat=chat))


def chart_of(answer: Answer) -> Chart | None:
    """Draw the figures an answer carries, if it carries any."""
    data = answer.chart
    if not answer.answered or not isinstance(data, ChartData) or not data.bars:
        return None
    return Chart(draw(data), answer, data.title, data)


def chart_menu(engine, department: str) -> list[tuple[str, str]]:
    """(label, question) of every chart the loaded data can draw for a department."""
    docs = [d for d in engine.docs.values() if d.doc["department"] == department]
    if not docs:
        return []
    latest = max(docs, key=lambda d: d.doc["year"])
    short = engine.short_name(latest.doc["doc_id"])
    year = f"{latest.doc['year']}年" if len(docs) > 1 else ""  # parts: of the latest year
    menu = []
    for intent in engine.data.intents:
        if intent.handler != "chart" or (intent.chart != "parts" and not intent.keywords):
            continue
        label = intent.examples[0].replace("{thing}", intent.keywords[0] if intent.keywords
                                           else "")
        question = {"departments": label, "years": f"{short}{label}"}.get(
            intent.chart, f"{short}{year}{label}")
        answer = engine.ask(question)  # offered only when it draws
        if isinstance(answer.chart, ChartData) and answer.intent == intent.name:
            menu.append((label, question))
    return menu


# ---------------------------------------------------------------- drawing

def font_path() -> Path:
    """Noto Sans CJK SC from the mplfonts package's folder (no system font is assumed)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise ChartError("没有安装 mplfonts（中文字体），无法画图：请运行 pip install mplfonts。")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    if not path.is_file():
        raise ChartError(f"mplfonts 里找不到字体 {FONT_FILE}，无法画图。")
    return path


_FONT_NAME: list[str] = []
_DRAWING = threading.Lock()  # matplotlib's rcParams are global: one drawing at a time


def _font() -> str:
    """Register the one font file with matplotlib once; its family name."""
    if not _FONT_NAME:
        from matplotlib import font_manager

        path = font_path()
        font_manager.fontManager.addfont(str(path))
        _FONT_NAME.append(font_manager.FontProperties(fname=str(path)).get_name())
    return _FONT_NAME[0]


def draw(data: ChartData) -> bytes:
    """A PNG: pie for parts that are all positive, bars otherwise; figures and unit on it."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    with _DRAWING, matplotlib.rc_context({"font.family": [_font()],
                                          "axes.unicode_minus": False}):
        fig = Figure(figsize=(8, 5), dpi=110)
        ax = fig.subplots()
        if data.kind == "pie":
            _pie(ax, data)
        else:
            _bars(ax, data)
        ax.set_title(data.title, fontsize=14)
        if data.note:
            fig.text(0.01, 0.01, f"{data.note}　单位：{data.unit}", fontsize=9, color="#555555")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _pie(ax, data: ChartData) -> None:
    total = sum(b.number for b in data.bars)
    wedges, _ = ax.pie([b.number for b in data.bars], startangle=90, counterclock=False,
                       wedgeprops={"width": 0.5, "edgecolor": "white"})
    for wedge, bar in zip(wedges, data.bars, strict=True):
        if bar.share and bar.number / total >= 0.06:  # small slices: the legend says it
            angle = math.radians((wedge.theta1 + wedge.theta2) / 2)
            ax.text(0.75 * math.cos(angle), 0.75 * math.sin(angle), bar.share.split("（")[0],
                    ha="center", va="center", color="white", fontsize=11)
    if data.note:
        ax.text(0, 0, re.sub(r"(?=-?\d)", "\n", data.note, count=1), ha="center",
                va="center", fontsize=11)
    labels = [f"{b.label}  {b.value}" + (f"（{b.share}）" if b.share else "")
              for b in data.bars]
    ax.legend(wedges, labels, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    ax.set_aspect("equal")


def _bars(ax, data: ChartData) -> None:
    bars = ax.bar([b.label for b in data.bars], [b.number for b in data.bars], color="#4C78A8")
    ax.bar_label(bars, labels=[b.value for b in data.bars], padding=3)
    ax.set_ylabel(f"单位：{data.unit}")
    top = max((b.number for b in data.bars), default=0)
    ax.set_ylim(0, float(Decimal(str(top)) * Decimal("1.15")) or 1)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
