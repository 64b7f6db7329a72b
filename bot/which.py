"""Which item a figure is: the asker quotes a number read somewhere (看到一个12.5万，是什么钱) and
the answer names every item stated with that value — each with its sentence or table cell — or
says that no item of the disclosure has it. Nothing is computed, and nothing near is offered."""

from __future__ import annotations

import re

from bot.answer import BULLET, Answer
from bot.handlers import HANDLERS, Context, _answer, _disagreement, _phrase, cell_line, decline
from bot.normalize import number_said

# a figure said: digits with an optional unit; never a year (17年, 2017年度), a date, a count of
# things or a classification code (seven digits, 2080505)
SAID = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万块|万|元|块|%)?"
                  r"(?![\d.]|\s*(?:年|月|日|号|季度|件|人|辆|台|个|条|次|项|所|家|多))")
# an amount said roughly (八百多万, 1000多万, 七千四百多万): every item from it to the next step
# of its last figure said (800 up to 900万元; 一千多万: 1000 up to 2000万元)
_NUMERALS = "[一二两三四五六七八九十百千]+"
ROUGH = re.compile(rf"(?<![\d.])(\d+|(?:{_NUMERALS}万)?{_NUMERALS})多(亿元|亿|万元|万块|万)")
SHOWN = 6  # items listed at most; more are counted
SCALE = {"亿元": ("万元", 10000), "亿": ("万元", 10000), "万元": ("万元", 1), "万块": ("万元", 1),
         "万": ("万元", 1), "元": ("万元", 0.0001), "块": ("万元", 0.0001), "%": ("%", 1)}


def figures_said(text: str) -> list[tuple[float, str, str]]:
    """(number in its stated unit, that unit or '' when unsaid, as said) for each figure."""
    out = []
    for m in SAID.finditer(text):
        digits, unit = m.group(1), m.group(2) or ""
        if not unit and "." not in digits and len(digits) >= 6:
            continue  # a code or an account number, not an amount
        stated, factor = SCALE.get(unit, ("", 1))
        out.append((float(digits) * factor, stated, m.group(0).strip()))
    return out


def rough_said(text: str) -> list[tuple[float, float, str]]:
    """(from, up to, as said) in 万元 for each amount said roughly."""
    out = []
    for m in ROUGH.finditer(text):
        high, _, low = m.group(1).rpartition("万")  # 一万三千多万: 13000
        number = (number_said(high) or 0) * 10000 * bool(high) + (number_said(low) or 0)
        if not number:
            continue
        digits = str(number)
        step = 10 ** (len(digits) - len(digits.rstrip("0")))  # 7400 → 100, 1000 → 1000
        factor = SCALE[m.group(2)][1]
        out.append((number * factor, (number + step) * factor, m.group(0)))
    return out


def _within(ctx: Context, low: float, high: float) -> dict[str, dict]:
    """Every item stated with an amount in [low, high) 万元, once by its name (a fact's
    metric, else a table row), its own amount and not a change or a budget."""
    found: dict[str, dict] = {}
    for fact in ctx.doc.all_facts:
        value = fact.get("number")
        if fact.get("unit") == "万元" and fact.get("qualifier") == "决算数" and \
                value is not None and low <= float(value) < high:
            found.setdefault(fact["metric"], fact)
    for rows in ctx.doc.cells.values():
        for cell in rows:
            value = cell.get("number")
            if value is not None and low <= float(value) < high and cell.get("unit", "万元") in (
                    "万元", None, "") and not any(cell["row"] in n for n in found):
                found.setdefault(cell["row"], {**cell, "sentence": cell_line(cell)})
    return found


def _same(row: dict, number: float, unit: str) -> bool:
    value = row.get("number")
    if value is None or (unit and row.get("unit") != unit):
        return False
    if not unit and row.get("unit") not in ("万元", "%", "元", None, ""):
        return False  # a count (人次, 件) is asked by its own word
    # a fall is stated as a negative number: 减少56.95万元 is the 56.95万 asked about
    return abs(abs(float(value)) - number) < (0.005 if number >= 0.01 else 1e-9)


def _said(row: dict) -> str:
    """A fact as the disclosure states it (三公经费：预算数14.30万元, 收入支出总计：比上年
    下降1.87%); a table cell as cited (…决算表「其他交通费用」（30239）48.49万元)."""
    if "metric" not in row:
        return row["sentence"]
    said = row["value"] if row["qualifier"] == "决算数" else _phrase(row)
    return f"{row['metric']}：{said}"


def _found(ctx: Context, number: float, unit: str) -> dict[str, dict]:
    """Every fact and table cell stated with this value (a cell once, not beside its fact)."""
    found: dict[str, dict] = {}
    for fact in ctx.doc.all_facts:
        if _same(fact, number, unit):
            found.setdefault(f"{fact['metric']}{fact['qualifier']}", fact)
    for rows in ctx.doc.cells.values():
        for cell in rows:
            if _same(cell, number, unit) and not any(cell["row"] in n for n in found):
                found.setdefault(cell_line(cell), {**cell, "sentence": cell_line(cell)})
    return found


def _near(ctx: Context, number: float, unit: str, as_said: str) -> dict[str, dict]:
    """785万 said whole: the items whose figure rounds to it (785.17, 784.69), when none is
    stated with it exactly."""
    if not number.is_integer() or "." in as_said or unit not in ("万元", ""):
        return {}
    return _within(ctx, number - 0.5, number + 0.5)


def _block(ctx: Context, as_said: str, found: dict[str, dict]) -> str:
    if not found:
        return f"没有找到数值为{as_said}的项目。"
    rows = list(found.values())
    lines = [f"{BULLET}{_said(row)}" for row in rows[:SHOWN]]
    if len(rows) > SHOWN:
        lines.append(f"（另有{len(rows) - SHOWN}处）")
    notes = [n for row in rows if "metric" in row and (n := _disagreement(
        ctx.doc, row["metric"], ctx.doc.facts.get(row["metric"], [])))]
    lines += list(dict.fromkeys(notes))  # 0.3万 in the text, another figure in the table
    return f"数值为{as_said}的是：\n" + "\n".join(lines)


def _amount(number: float) -> str:
    return f"{number:g}"


def which(ctx: Context) -> Answer:
    """The items stated with each figure the question quotes (three at most), each cited."""
    said = list({s[:2]: s for s in figures_said(ctx.match.text) if s[0]}.values())[:3]
    rough = rough_said(ctx.match.text) if not said else []
    if rough:  # 哪个数是八百多万: the items of that size, never one picked among them
        asked = [(f"{as_said}（{_amount(low)}至{_amount(high)}万元之间）", _within(ctx, low, high))
                 for low, high, as_said in rough[:3]]
        rows = [r for _, found in asked for r in list(found.values())[:SHOWN]]
        blocks = "".join(_block(ctx, a, f) for a, f in asked)
        if not rows:
            return decline(ctx.question, f"{ctx.doc.label}决算里{blocks}", ctx.intent.name,
                           ctx.match.confidence)
        return _answer(ctx, f"{ctx.doc.label}决算中{blocks}", tuple(
            str(r["value"]) for r in rows), rows)
    if not said:
        return decline(ctx.question, "请说出要查的数（不为0），例如：“14.30万是哪一项？”",
                       ctx.intent.name)
    asked = [(as_said, _found(ctx, number, unit) or _near(ctx, number, unit, as_said))
             for number, unit, as_said in said]
    named = {h.entry.name for h in ctx.hits if ctx.match.text[slice(*h.span)] == h.entry.surface}
    runner_up = ctx.match.runner_up
    if runner_up and HANDLERS.get(runner_up.handler) not in (None, which) and any(
            r.get("metric", r.get("row")) in named for _, found in asked for r in found.values()):
        # 一般公共服务支出2106.66万元主要是什么: the thing is named; the figure only restates it
        return ctx.engine.answer_as(ctx.question, ctx.match, ctx.match.runner_up.name)
    rows = [r for _, found in asked for r in list(found.values())[:SHOWN]]
    if not rows:
        return decline(ctx.question, f"{ctx.doc.label}决算里" + "".join(
            _block(ctx, a, f) for a, f in asked), ctx.intent.name, ctx.match.confidence)
    quoted = list(dict.fromkeys(r["sentence"] for _, found in asked
                                for r in list(found.values())[:2] if r.get("sentence")))
    text = (f"{ctx.doc.label}决算中" + "\n".join(_block(ctx, a, f) for a, f in asked) +
            "\n原文：" + " ".join(f"“{s}”" for s in quoted[:3]))
    return _answer(ctx, text, tuple(str(next(iter(f.values()))["value"]) for _, f in asked
                                    if f), rows)
