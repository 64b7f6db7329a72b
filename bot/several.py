"""Several things in one question: a sum (合计), a ranking (哪一项最大), a budget worked out.

Every figure here is computed from stated ones and labelled 计算得出; a thing without a stated
figure means the computation is declined, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from bot.answer import Answer
from bot.codes import CODED_ITEM
from bot.compare import ORDER_SAID
from bot.conversation import PLACE
from bot.handlers import (
    FISCAL,
    INCLUDED,
    INSIDE,
    MONEY_UNITS,
    NAME_ASKED,
    SHARE_SAID,
    TOP_SAID,
    Context,
    _answer,
    _dec,
    _figures,
    _first,
    _fiscal,
    _fmt,
    _in_scope,
    _names,
    _namesakes,
    _part_within,
    _percent,
    _phrase,
    _scope_words_dropped,
    _side,
    _wants_fiscal,
    _widened,
    _with_namesakes,
    _with_unit,
    bare_total,
    budget_gap,
    cell_fact,
    code_of,
    decline,
    excepted,
    named_after,
    rate_of,
    reverse_define,
    row_code,
)
from bot.nlu import BOUND_WORDS, _in_order
from bot.nlu import left_out as said_left_out
from bot.normalize import number_said
from bot.passages import DIFFERENCE_ASKED, listed_more, own_item

LEAST = re.compile(r"最少|最小|最低|最省")


SHARES_ADDED = re.compile(r"%|百分|比例|占比|比重")  # the shares are what is added


def _share(ctx: Context, name: str) -> dict | None:
    """The stated share of a name (占总支出的76.49%), as a figure in %."""
    fact = _first(ctx.doc.facts.get(name, []), "占比")
    return fact if fact is not None and fact["unit"] == "%" else None


# the column that holds a table row's total, as the layouts name it
ROW_TOTALS = ("决算数", "合计", "本年支出合计")


# the changes on the year before asked to be added (教育和科技比上年增加的加起来), not the amounts
CHANGES_ADDED = re.compile(r"比上年|较上年|比去年|同比|增加的|减少的|增长的|涨的|降的|增加额|增量"
                           r"|(?:涨|增加|增长|减少|下降|降|跌)了?(?:多少|几)")  # 一共涨了多少


BUDGET_GAPS = re.compile(r"比(?:年初)?预算|少花|多花|省下|省了|节省|节约|没花完|没用完")


def _gaps_added(ctx: Context, names: list[str]) -> Answer:
    """Each thing's gap to its budget (stated, or budget less final figure), added (computed);
    declined when one of them has neither — never their amounts added in its place. A whole
    named with its parts (三公经费 with 接待费 and 公车) is set against their sum, not added."""
    whole = _whole_of_others(ctx, names)
    if whole is not None:
        names = [n for n in names if n != whole] + [whole]
    gaps = []
    for name in names:
        facts = _with_namesakes(ctx.doc, name, ctx.doc.facts.get(name, []))
        gap = _first(facts, "比预算增减", money=True)
        now, budget = _first(facts, "决算数", money=True), _first(facts, "预算数", money=True)
        if gap is not None and gap["value"] != "持平":
            gaps.append((name, _dec(gap["number"]), gap["unit"], [gap]))
        elif now is not None and budget is not None and now["unit"] == budget["unit"]:
            gaps.append((name, _dec(now["number"]) - _dec(budget["number"]), now["unit"],
                         [now, budget]))
        else:
            return replace(decline(ctx.question, f"{ctx.doc.label}决算没有写明{name}的预算数，"
                                   "算不出它比预算少了多少，不能相加。", ctx.intent.name),
                           firm=True)
    if len({unit for _, _, unit, _ in gaps}) > 1:
        return decline(ctx.question, "这几项的单位不同，不能相加。", ctx.intent.name)
    whole_gap = gaps.pop() if whole is not None else None
    total, unit = sum(g for _, g, _, _ in gaps), gaps[0][2]
    said = "、".join(f"{n}与预算持平" if not g else
                    f"{n}比预算{'少' if g < 0 else '多'}{_fmt(abs(g))}{unit}"
                    for n, g, _, _ in gaps)
    text = (f"{ctx.doc.label}{said}，合计比预算{'少' if total < 0 else '多'}{_fmt(abs(total))}"
            f"{unit}")
    if whole_gap is not None:  # 这两项少的加起来是不是就是三公整体少的那部分
        w, g = whole_gap[0], whole_gap[1]
        text += (f"；{w}比预算{'少' if g < 0 else '多'}{_fmt(abs(g))}{unit}，"
                 + ("两者相等" if g == total else f"两者相差{_fmt(abs(g - total))}{unit}"))
        gaps.append(whole_gap)
    text += "（计算得出，非原文数字）。"
    return _answer(ctx, text, (f"{_fmt(abs(total))}{unit}",),
                   [f for _, _, _, facts in gaps for f in facts])


def _changes_added(ctx: Context, names: list[str]) -> Answer:
    """Each thing's stated change on the year before, added (computed); declined when one of
    them states no change in money — never their amounts added in its place. A whole named
    with its parts (收入总计 with 财政拨款收入, 事业收入) is said beside their sum, not added."""
    whole = _whole_of_others(ctx, names)
    changes = _stated_changes(ctx, [n for n in names if n != whole] + (
        [whole] if whole else []), "，不能相加")
    if isinstance(changes, Answer):
        return changes
    whole_change = changes.pop() if whole else None
    total = sum(number for _, _, number in changes)
    unit = changes[0][1]["unit"]
    said = "、".join(f"{n}比上年{'减少' if number < 0 else '增加'}{_fmt(abs(number))}{unit}"
                    for n, _, number in changes)
    text = (f"{ctx.doc.label}{said}，合计比上年{'减少' if total < 0 else '增加'}"
            f"{_fmt(abs(total))}{unit}")
    if whole_change is not None:  # 收入总的降了，财政拨款和事业收入这两项一共涨了多少
        w, _, number = whole_change
        text += f"；{w}比上年{'减少' if number < 0 else '增加'}{_fmt(abs(number))}{unit}"
        changes.append(whole_change)
    return _answer(ctx, text + "（计算得出，非原文数字）。", (f"{_fmt(abs(total))}{unit}",),
                   [c for _, c, _ in changes])


def _whole_of_others(ctx: Context, names: list[str]) -> str | None:
    """The one of three or more names whose stated parts hold every other (三公经费 of 公务接待费
    and 公务用车运行维护费); None when none does."""
    return next((w for w in names if len(names) >= 3 and {m for m, _ in _members(ctx, w)}
                 >= set(names) - {w}), None)


def _stated_changes(ctx: Context, names: list[str], then: str = ""
                    ) -> list[tuple[str, dict, Decimal]] | Answer:
    """Each thing's stated change on the year before in money, or a firm decline naming the
    first that states none (never its amount in its place)."""
    changes = []
    for name in names:
        facts = _with_namesakes(ctx.doc, name, ctx.doc.facts.get(name, []))
        change = _first(facts, "比上年增减", money=True)
        if change is None:
            return replace(decline(ctx.question, f"{ctx.doc.label}决算没有写明{name}比上年增减了"
                                   f"多少金额{then}。", ctx.intent.name), firm=True)
        changes.append((name, change, _dec(change["number"] or 0)))
    return changes


# 财政拨款收入增加的比事业收入增加的多多少: the changes set against each other, not the amounts
CHANGE_OF = re.compile(r"(?:增加|增长|减少|下降|上涨|涨|降|增|减)了?的"
                       r"(?:部分|那部分|额|钱|数|金额)?|(?:增加|增长|减少)额|增量|减量")


# 两个增加额差多少: one word for the changes of both
CHANGES_OF_BOTH = re.compile(r"(?:[2两]个|两者|二者|两项|这[2两]|俩)的?"
                             r"(?:增加额|增长额|减少额|变化额|变动额|增量|减量|增加的|减少的|增长的)")


# 收入和支出都比上年涨了，哪个涨得更多，多涨了多少: the two changes set against each other
MOVED_MORE = re.compile(r"(?:哪个|谁|哪一?项|哪边)[^，,。？?]{0,4}(?:涨|增|降|减|跌)(?:加|长|少)?"
                        r"得?(?:更|最)?(?:多|大|猛)|多涨了?多少|多增了?多少|多降了?多少|多减了?多少")


# the changes added (…增加的和…增加的一共多少), or set against each other
CHANGES_SUMMED = re.compile(r"一共|合计|加起来|总共|加一起|加在一起|之和|总和|共计")
CHANGES_SET_APART = re.compile(r"多多少|少多少|相差|差多少|差了|多出|哪个|谁|更多|更大")


def changes_apart(ctx: Context, pair: list[tuple[str, dict]]) -> Answer | None:
    """The difference of two things' stated changes on the year before (computed), when the
    line says each one's change (A增加的比B增加的多多少) or asks which moved more; None when it
    does not; declined when one of them states no change in money."""
    if len(CHANGE_OF.findall(ctx.match.text)) < 2 and not MOVED_MORE.search(ctx.match.text) \
            and not CHANGES_OF_BOTH.search(ctx.match.text):
        return None
    if CHANGES_SUMMED.search(ctx.match.text) and not CHANGES_SET_APART.search(ctx.match.text):
        return _changes_added(ctx, [name for name, _ in pair])  # …增加的和…增加的一共多少
    changes = _stated_changes(ctx, [name for name, _ in pair])
    if isinstance(changes, Answer):
        return changes
    (a, fa, na), (b, fb, nb) = changes
    if fa["unit"] != fb["unit"]:
        return None
    gap, unit = na - nb, fa["unit"]
    said = _changes_said(changes)
    text = (f"{ctx.doc.label}{said}，{a}的变化比{b}的{'多' if gap >= 0 else '少'}{_fmt(abs(gap))}"
            f"{unit}（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(abs(gap))}{unit}",), [fa, fb])


def _changes_said(changes: list[tuple[str, dict, Decimal]]) -> str:
    """Each thing's stated change on the year before, in its own unit (X比上年增加N万元，…)."""
    return "，".join(f"{n}比上年{'减少' if x < 0 else '增加'}{_fmt(abs(x))}{f['unit']}"
                    for n, f, x in changes)


def stated_value(ctx: Context, name: str) -> dict | None:
    """The stated final figure of a name, in money, in the scope asked (财政拨款 or all funds):
    the narrative's, else the table's row total."""
    facts = _in_scope(ctx, name, ctx.doc.facts.get(name, []))
    fact = _first(facts, "决算数", money=True)
    totals = [c for c in _in_scope(ctx, name, ctx.doc.cells.get(name, []))
              if c["column"] in (*ROW_TOTALS, name)]
    votes = Counter(c["number"] for c in totals)  # 326.71 in one table, 326.72 in the others:
    stated = fact["number"] if fact is not None else None  # the figure most print, the one
    agreed = max(votes, key=lambda n: (votes[n], n == stated), default=None)  # the text says
    cell = next((c for c in totals if c["number"] == agreed), None)  # on a tie
    if cell is not None and (fact is None or fact["value"] == "持平" or (
            FISCAL not in name and _fiscal(fact) != _fiscal(cell) == _wants_fiscal(ctx))):
        # the row's total in the scope asked (all funds unless 财政拨款 said), before a stated
        # figure of the other scope (住房公积金 stated only for 财政拨款)
        return {**cell, "metric": name, "unit": "万元", "value": f"{cell['value']}万元",
                "sentence": f"{cell['table']}「{name}」{cell['value']}万元"}
    if fact is None and any(h.entry.name == name and h.entry.kind == "column" for h in ctx.hits):
        cell = next((c for c in ctx.doc.cells.get("合计", []) if c["column"] == name
                     and c["unit"] in MONEY_UNITS), None)  # 教育收费, a column: its 合计 row
        if cell is not None:
            return {**cell, "metric": name, "value": f"{cell['value']}{cell['unit']}",
                    "sentence": f"{cell['table']}「合计」{name}{cell['value']}{cell['unit']}"}
    return fact if fact is not None and fact["value"] != "持平" else None


SUM_WORDS = re.compile(r"加起来|加上|合计|一共|总共|总和|之和|相加|合起来|加在一起|合在一起"
                       r"|加到一起|合到一起|加一块|加一起"
                       r"|(?<![增追附参添更])加(?![班强快大速])"
                       r"|(?:这)?(?:两|2|二|三|3)(?:个|项|者|样)(?=占)")  # A和B两个占C: their sum
SOURCES_ADDED = re.compile(r"全部资金|所有资金|资金来源|各种来源|各个来源|全部来源|所有来源"
                           r"|全口径")  # as asked: the normaliser makes 资金来源 a 收入
STRICT_SUM = re.compile(r"加起来|加上|总和|之和|相加|合起来|加在一起")
EACH = re.compile(r"各(?:是|自|为|有|花|用|占|多少)|分别")  # 总共多少，其中A、B各是多少: no sum
# A和B分别多少，合计多少: each, then their sum (the sum's answer states each too)
EACH_THEN_SUM = re.compile(r"(?:分别|各)(?:是|自|为)?多少钱?(?:那)?"
                           r"(?:合计|一共|总共|总计|加起来|共)(?:是|有)?多少")


COUNT_WORD_SAID = re.compile(r"[几两三四五六七八九][类项块]$")  # a loose match from 几类…


def total(ctx: Context) -> Answer:
    """X和Y加起来: the sum of the stated figures named, computed and labelled."""
    if NAME_ASKED.search(ctx.match.text):
        return reverse_define(ctx)  # ……合起来叫啥 asks for a name, not a sum
    if not _asks_sum(ctx) or (EACH.search(ctx.match.text) and not STRICT_SUM.search(
            ctx.match.text) and not EACH_THEN_SUM.search(ctx.match.text)):
        return _figures(ctx, first="决算数")  # 合计 inside a name (本年收入合计) is no sum
    names = _scope_words_dropped(ctx, _names(ctx, ("metric", "cell")))  # 财政拨款的X和Y
    elided = _elided(ctx, names)
    if elided:  # 货物支出与服务支出合计: 支出合计 there is no name of its own
        spans = [(m.start(), m.end()) for rest in elided.values()
                 for m in re.finditer(re.escape(rest), ctx.match.text)]
        names = [h.entry.name for h in ctx.hits if h.entry.name in names and not any(
            a < h.span[1] and h.span[0] < b for a, b in spans)] + list(elided)
        names = list(dict.fromkeys(names))
    names = [n for n in names if n not in _qualifiers(ctx) and not SUM_NAME.fullmatch(n)]
    if len(set(names)) > 2 and not HALF_OR_SHARE.search(ctx.match.text):  # 基本支出里，工资
        names = _part_within(ctx, names)  # 福利跟对个人和家庭的补助合起来: the parts (过半了没:
        # the whole kept, to set the sum against)
    left_out = excepted(ctx)
    kept = [n for n in names if n not in left_out]
    names = kept if len(kept) >= 2 else names  # 除了财政拨款，事业收入加其他收入: not added
    summed = SUM_WORDS.search(ctx.match.text)
    cut = ctx.match.text.find("占", summed.end()) if summed else -1
    whole_named = cut >= 0 and bool(named_after(ctx, cut, terms=False)
                                    or _whole_said_in(ctx, cut))  # 合起来在社保里占百分之几:
    shares = not whole_named and (SHARES_ADDED.search(ctx.match.text) is not None or cut >= 0)
    # (the sum's share of a whole named, not the parts' shares added)
    # 两者占比加起来是不是100%; 事业收入和其他收入加一起占多少: of their whole, unnamed
    named = [(n, f) for n in names if (f := _share(ctx, n) if shares else stated_value(ctx, n))]
    named = [(n, f) for n, f in named if not any(n != m and n in m for m, _ in named)] or named
    named = list({n: (n, f) for n, f in named}.values())
    counts = [] if named else [(n, f) for n in names if (f := _count(ctx, n))]
    parted = [(n, f) for n, f in counts if not any(g.get("parent") == n for _, g in counts)]
    whole = [(n, f) for n, f in counts if any(g.get("parent") == n for _, g in counts)]
    counts = parted if len(parted) >= 2 else counts  # 专任教师当中正高和副高: the whole is no
    # part of its parts' sum
    if len(counts) >= 2 and len({f["unit"] for _, f in counts}) == 1:
        if listed_more(ctx.question, len(counts)):  # three named, two found: no partial sum
            return decline(ctx.question, "没有找到要相加的每一项，请说出每一项在决算里的名称。",
                           ctx.intent.name)
        of = whole[0] if len(whole) == 1 and HALF_OR_SHARE.search(ctx.match.text) and not any(
            ROUGHLY.search(f["value"]) for _, f in counts + whole) else None  # (近…: no share)
        return _counts_added(ctx, counts, of)  # 正高级和副高级职称一共多少人 (过半了没: of
        # the whole said with them)
    short = _listed_unfound(ctx, named)
    if short is not None:  # 教育、科技、社保、住房、其他加总: never a sum of the two found
        return short
    of_whole = _sum_of_whole(ctx, named) if not shares else None
    if of_whole is not None:  # 接待费和公车加起来占三公经费的几成: the sum, then its share
        return of_whole
    if BUDGET_GAPS.search(ctx.match.text) and not shares and len(named) >= 2:
        return _gaps_added(ctx, [n for n, _ in named])  # 这两项一共比预算少花了多少: the gaps
    if CHANGES_ADDED.search(ctx.match.text) and not shares and len(named) >= 2:
        return _changes_added(ctx, [n for n, _ in named])  # 比上年增加的加起来: the changes
    totals = ctx.engine.data.vocabulary.totals
    said = {h.entry.name for h in ctx.hits if h.entry.surface == h.entry.name and not
            COUNT_WORD_SAID.search(ctx.match.text, 0, h.span[0] + 1)}  # (这几类支出总共: no
    # 支出总计 said, only the things counted)
    if any(n not in totals for n, _ in named):
        # 住房保障支出一共花了多少: 一共花了 is the verb, not 支出合计 said by its alias
        kept = [(n, f) for n, f in named if n not in totals or n in said]
        dropped = {n for n, _ in named} - {n for n, _ in kept}
        ctx = replace(ctx, hits=[h for h in ctx.hits if h.entry.name not in dropped])
        named = kept
    codes = {n: row_code(ctx.doc, n) for n, _ in named}
    if any(_parent_named(ctx, f, n, g) or _under(codes[m], codes[n])
           for m, f in named for n, g in named if m != n):
        for whole_name, whole in named:  # 货物、工程、服务加起来是不是等于采购总额: a check
            parts = [(n, f) for n, f in named if n != whole_name]
            if set(_every_part(ctx, whole_name, whole)) == {n for n, _ in parts}:
                return _parts_added(ctx, whole_name, whole)
        checked = _some_parts_against(ctx, named, codes)
        if checked is not None:  # 公积金和购房补贴加起来等于住房保障支出吗: the sum, the whole
            return checked
        return _figures(ctx, first="决算数")  # a whole and its parts: each stated, no sum
    if len(named) >= 3:
        checked = _some_parts_against(ctx, named, codes)
        if checked is not None:  # 这俩加起来就是机关运行经费吗: the sum, set against it
            return checked
    if len(named) == 1 and PARTS_SAID.search(ctx.match.text):
        checked = _parts_added(ctx, *named[0])  # 政府采购三类加起来对得上合计吗
        if checked is not None:
            return checked
    if len(named) < 2 and _of_departments(ctx):  # 荷塘和普陀的支出总计加起来: each
        return _figures(ctx, first="决算数")  # one's; the sum across them is added after
    if len(named) < 2:
        bare = bare_total(ctx)  # 全年加起来支出多少: the whole said bare, nothing to add
        if STRICT_SUM.search(ctx.match.masked) and not (
                named and bare and all(n in bare for n, _ in named)) and not (
                named and SOURCES_ADDED.search(ctx.question)):  # 全部资金来源加起来: its
            # figure of every source, one thing
            return decline(ctx.question, "没有找到要相加的几项，请说出每一项的名称。",
                           ctx.intent.name)
        return _figures(ctx, first="决算数")
    if not shares and {_side(n) for n, _ in named} >= {"收", "支"}:
        return _figures(ctx, first="决算数")  # 收支合计: an income and a spending are never added
    against = None if shares else _one_against_sum(ctx, named)
    if against is not None:  # 商品和服务支出比这两项加起来还多多少: the one less the others' sum
        return against
    units = {f["unit"] for _, f in named}
    if shares and units == {"%"}:
        if len({f.get("parent") for _, f in named}) > 1:
            return decline(ctx.question, "这几项占的不是同一个总数，占比不能相加。",
                           ctx.intent.name)
        result = sum((_dec(f["number"]) for _, f in named), Decimal(0))
        parts = "＋".join(f"{n}占{f['value']}" for n, f in named)
        text = f"{ctx.doc.label}{parts}，合计{_percent(result)}%（计算得出，非原文数字）。"
        return _answer(ctx, text, (f"{_percent(result)}%",), [f for _, f in named])
    if len(units) > 1 or not units <= set(MONEY_UNITS):
        return decline(ctx.question, "这几项的单位不同，不能相加。", ctx.intent.name)
    unit = units.pop()
    result = sum((_dec(f["number"]) for _, f in named), Decimal(0))
    parts = "＋".join(f"{n}{f['value']}" for n, f in named)
    text = (f"{ctx.doc.label}{parts}，合计{_fmt(result)}{unit}（计算得出，非原文数字）。")
    parents = {f.get("parent") for _, f in named}
    whole_name = parents.pop() if len(parents) == 1 else None
    whole = stated_value(ctx, whole_name) if whole_name else None
    if whole is not None and whole["unit"] == unit and \
            set(_every_part(ctx, whole_name, whole)) == {n for n, _ in named}:
        # 货物、工程、服务加起来对得上合计吗: every part named, set against the stated whole
        text += _against(whole_name, whole, result)
        return _answer(ctx, text, (f"{_fmt(result)}{unit}",), [f for _, f in named] + [whole])
    return _answer(ctx, text, (f"{_fmt(result)}{unit}",), [f for _, f in named])


def _one_against_sum(ctx: Context, named: list[tuple[str, dict]]) -> Answer | None:
    """甲比乙和丙加起来多多少, 乙加上丙能赶上甲不: the one thing said on one side of 比 (赶上,
    超过…) against the sum of the others said on the other, computed; None unless one side
    names one thing, the other the rest, and a gap or a yes-or-no is asked after it."""
    said = SET_AGAINST.search(ctx.match.text)
    if len(named) < 3 or said is None or not (
            DIFFERENCE_ASKED.search(ctx.match.text, said.start())
            or said.group(0) != "比" and YES_NO_ASKED.search(ctx.match.text, said.end())):
        return None
    cut = said.start()
    spans = {n: [h.span for h in ctx.hits if h.entry.name == n] for n, _ in named}
    before = [(n, f) for n, f in named if spans[n] and all(b <= cut for _, b in spans[n])]
    after = [(n, f) for n, f in named if spans[n] and all(a > cut for a, _ in spans[n])]
    if len(before) + len(after) != len(named) or 1 not in (len(before), len(after)) or len(
            {f["unit"] for _, f in named}) != 1 or named[0][1]["unit"] not in MONEY_UNITS:
        return None
    (a, fa), rest = (before[0], after) if len(before) == 1 else (after[0], before)
    unit = fa["unit"]
    summed = sum((_dec(f["number"]) for _, f in rest), Decimal(0))
    gap = _dec(fa["number"]) - summed
    parts = "＋".join(f"{n}{f['value']}" for n, f in rest)
    text = (f"{ctx.doc.label}{a}{fa['value']}，{parts}，合计{_fmt(summed)}{unit}，{a}比它们合计"
            f"{'多' if gap >= 0 else '少'}{_fmt(abs(gap))}{unit}（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(summed)}{unit}", f"{_fmt(abs(gap))}{unit}"),
                   [fa] + [f for _, f in rest])


# a thing set against others (比, 赶上, 超过…), and a yes-or-no asked of it (能赶上…不)
SET_AGAINST = re.compile(r"比得上|赶得上|赶上|超过|超出|抵得上|顶得上|比")
YES_NO_ASKED = re.compile(r"不[？?]?$|吗|没有?[？?]?$|没[？?]?$|了[？?]?$|是不是|有没有|能不能")


def _one_count(ctx: Context, name: str) -> dict | None:
    """The one count the narrative states of a name (828人, 62个, 2027人(含博导)); None when it
    states several, or one in money or a share."""
    facts = ctx.doc.facts.get(name, [])
    if len(facts) != 1 or facts[0]["unit"] in ("%", *MONEY_UNITS) or not facts[0].get(
            "clause"):
        return None
    return facts[0]


def _count(ctx: Context, name: str) -> dict | None:
    """The one count of a name that holds no other (not 硕士生导师2027人(含博导))."""
    count = _one_count(ctx, name)
    return None if count is None or "含" in count["clause"] else count


def _exact_count(ctx: Context, name: str) -> dict | None:
    """The one count stated of a name, said exactly: 近2000人 or 2000余人 is said roughly,
    and no share is worked out of it."""
    count = _count(ctx, name)
    return None if count is None or ROUGHLY.search(count["value"]) else count


ROUGHLY = re.compile(r"近|约|余|逾|超过|多|左右")  # a count said roughly


def _count_holding(ctx: Context, name: str, part: str) -> dict | None:
    """The one count of a name said to hold the part asked (硕士生导师2027人(含博导), the whole
    of 博士生导师), said exactly; None otherwise."""
    count = _one_count(ctx, name)
    held = INCLUDED.search(count["clause"]) if count else None
    if held is None or ROUGHLY.search(count["value"]) or not _in_order(held.group(1), part):
        return None
    return count


def _counts_added(ctx: Context, named: list[tuple[str, dict]],
                  of: tuple[str, dict] | None = None) -> Answer:
    """Counts the narrative states in one unit (人, 个), added and labelled as computed; with
    the whole they are of (专任教师), the sum's share of it too."""
    unit = named[0][1]["unit"]
    result = sum((_dec(f["number"]) for _, f in named), Decimal(0)).normalize()
    parts = "＋".join(f"{n}{f['value']}" for n, f in named)
    share = ""
    if of is not None and of[1]["unit"] == unit and of[1]["number"]:
        pct = result / _dec(of[1]["number"]) * 100
        share = f"，占{of[0]}{of[1]['value']}的{_percent(pct)}%"
    text = f"{ctx.doc.label}{parts}，合计{result:f}{unit}{share}（计算得出，非原文数字）。"
    return _answer(ctx, text, (f"{result:f}{unit}",), [f for _, f in named])


# a share of a whole asked of a sum (占专任教师的比例, 过半了没, 算多数吗)
HALF_OR_SHARE = re.compile(SHARE_SAID.pattern + r"|过半|一半|多数|大半")


# a list said with 、 before the sum or order asked (教育、科技、社保、住房、其他这几类支出加总)
LISTED_RUN = re.compile(r"((?:[\u4e00-\u9fff]{1,12}、)+[\u4e00-\u9fff]{1,12}?)"
                        r"(?:这|那|几|[两三四五六七八九]|加|合|一共|总共|之和|的总|共|里|中|当中|哪|谁)")


def _listed_unfound(ctx: Context, named: list[tuple[str, dict]]) -> Answer | None:
    """More things listed with 、 than were found with a figure: a decline naming the count,
    never the sum of those found."""
    listed = LISTED_RUN.search(ctx.question)
    if listed is None or len(named) < 2:
        return None  # (货物、工程、服务三项加起来: the parts of the one whole named, found so)
    pieces = [p for p in listed.group(1).split("、") if p]
    if len(pieces) <= len(named):
        return None
    return replace(decline(ctx.question, f"列出的{len(pieces)}项里只找到{len(named)}项的数，"
                           "不能相加；请说出每一项在决算里的名称再问。", ctx.intent.name),
                   firm=True)


def _whole_said_in(ctx: Context, cut: int) -> list[str]:
    """The whole said with 在…里 just before 占 (合起来在社会保障和就业支出里占多少)."""
    text = ctx.match.text
    return [h.entry.name for h in ctx.hits if h.entry.kind != "term" and h.span[1] <= cut
            and text[:h.span[0]].endswith("在") and INSIDE_WORDS.fullmatch(text[h.span[1]:cut])]


INSIDE_WORDS = re.compile(r"(?:里面|里头|里边|当中|之中|里|中)?")


def sum_then_share(ctx: Context) -> Answer | None:
    """A与B加在一起占C的比例, read as a share: the sum of the things named before 占, then its
    share of the one after; None unless so asked."""
    if not SUM_WORDS.search(ctx.match.text):
        return None
    named = [(n, f) for n in dict.fromkeys(_names(ctx, ("metric", "cell")))
             if (f := stated_value(ctx, n))]
    return _sum_of_whole(ctx, named)


def _sum_of_whole(ctx: Context, named: list[tuple[str, dict]]) -> Answer | None:
    """A和B加起来占C的几成: A + B, then that sum ÷ C (both computed); None unless 占 follows
    the sum asked with a whole named after it and two or more parts before it."""
    summed = SUM_WORDS.search(ctx.match.text)
    cut = ctx.match.text.find("占", summed.end()) if summed else -1
    if cut < 0:
        return None
    after = [n for n in named_after(ctx, cut, terms=False) or _whole_said_in(ctx, cut)
             if n in dict(named)]  # (在社保就业支出里占: the whole said before 占)
    at = {h.entry.name: h.span[0] for h in sorted(ctx.hits, key=lambda h: -h.span[0])}
    parts = sorted(((n, f) for n, f in named if n not in after), key=lambda p: at.get(p[0], 0))
    if not after or len(parts) < 2:  # (in the order said)
        return None
    whole_name, whole = after[0], dict(named)[after[0]]
    units = {f["unit"] for _, f in parts}
    if units != {whole["unit"]} or not units <= set(MONEY_UNITS) or not whole["number"]:
        return None
    result = sum((_dec(f["number"]) for _, f in parts), Decimal(0))
    if result > _dec(whole["number"]):
        return None  # 本年支出合计＋教育支出 of 支出总计: no parts of it, never over 100%
    unit = whole["unit"]
    pct = result / _dec(whole["number"]) * 100
    added = "＋".join(f"{n}{f['value']}" for n, f in parts)
    text = (f"{ctx.doc.label}{added}，"
            f"合计{_fmt(result)}{unit}，占{whole_name}{whole['value']}的{_percent(pct)}%"
            "（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(result)}{unit}", f"{_percent(pct)}%"),
                   [f for _, f in parts] + [whole])


# the parts of one thing asked to be added up: 三项加起来, 各项加起来, 几类合计
PARTS_SAID = re.compile(r"(?:[两二三四五六七八九2-9几各每]|这几)[项类块部个笔种]"
                        r"(?:的?(?:数字|数|钱|金额|支出|政府采购|采购))?"
                        r"(?:都|全)?(?:加起来|加上|合计|加在一起|合起来|相加|之和|总和)")


# a sum set against a whole (加起来等于住房保障支出吗, 对得上吗): the sum is asked, then compared
EQUALS_ASKED = re.compile(r"等于|对得上|一致|吻合|相等|是不是就是|差不多就是|就是")
ADDED = re.compile(r"加起来|加在一起|合起来|加一起|相加|之和")


def _some_parts_against(ctx: Context, named: list[tuple[str, dict]], codes: dict[str, str]
                        ) -> Answer | None:
    """Two or more rows under one row named with them, their sum asked against it: the sum
    (计算得出) and the stated whole beside it, whether or not every part of it is named."""
    said = EQUALS_ASKED.search(ctx.match.text)
    if said is None:
        return None
    wholes = [(n, f) for n, f in named if all(
        m == n or _under(codes[m], codes[n]) or _parent_named(ctx, g, n, f) for m, g in named)]
    added = ADDED.search(ctx.match.text)
    if len(wholes) != 1 and added and len(named) >= 3:  # 这俩加起来就是机关运行经费吗: the
        after = ctx.match.text[added.end():]  # one named after the adding is set against
        wholes = [(n, f) for n, f in named if n in after]
    first = [(n, f) for n, f in named if 0 <= ctx.match.text.find(n[:2]) < said.start()]
    if len(wholes) != 1 and len(named) >= 3 and len(first) == 1 and all(
            ctx.match.text.find(n[:2], said.end()) >= 0 for n, _ in named if n != first[0][0]):
        wholes = first  # 机关运行经费是不是就等于商品和服务支出加上其他资本性支出: the one first
    if len(wholes) != 1 or len(named) < 3:
        return None
    whole_name, whole = wholes[0]
    parts = [(n, f) for n, f in named if n != whole_name]
    if any(f["unit"] != whole["unit"] for _, f in parts):
        return None
    result = sum((_dec(f["number"]) for _, f in parts), Decimal(0))
    unit = whole["unit"]
    listing = "＋".join(f"{n}{f['value']}" for n, f in parts)
    text = (f"{ctx.doc.label}{listing}，合计{_fmt(result)}{unit}（计算得出，非原文数字）。"
            + _against(whole_name, whole, result))
    return _answer(ctx, text, (f"{_fmt(result)}{unit}",), [f for _, f in parts] + [whole])


def _every_part(ctx: Context, name: str, fact: dict) -> dict[str, dict]:
    """Every stated part of a thing (or of its namesakes), in its unit: name → figure."""
    wholes = {name, *_namesakes(ctx.doc, name)}  # 基本支出: …财政拨款基本支出 states it too
    return {f["metric"]: f for f in ctx.doc.all_facts if f.get("parent") in wholes
            and f["qualifier"] == "决算数" and f["unit"] == fact["unit"]
            and f["metric"] not in wholes}


def _parts_added(ctx: Context, name: str, fact: dict) -> Answer | None:
    """X的三项加起来（对得上吗）: X's stated parts added up, and set against X's stated total."""
    unit = fact["unit"]
    parts = _every_part(ctx, name, fact)
    if len(parts) < 2:
        return None
    result = sum((_dec(f["number"]) for f in parts.values()), Decimal(0))
    listing = "＋".join(f"{n}{f['value']}" for n, f in parts.items())
    text = (f"{ctx.doc.label}{name}的各项：{listing}，合计{_fmt(result)}{unit}"
            f"（计算得出，非原文数字）。" + _against(name, fact, result))
    return _answer(ctx, text, (f"{_fmt(result)}{unit}",), [*parts.values(), fact])


def _against(name: str, whole: dict, result: Decimal) -> str:
    """The stated total beside a computed sum of its parts, and whether they agree."""
    gap = _dec(whole["number"]) - result
    said = f"决算中{name}为{whole['value']}"
    if gap == 0:
        return f"{said}，与各项之和一致。"
    return f"{said}，与各项之和相差{_fmt(abs(gap))}{whole['unit']}（多为四舍五入所致）。"


# a table's row named only 合计/总计: in a sum it is the sum asked for, no thing to add
SUM_NAME = re.compile(r"合计|总计|小计|共计")


def _parent_named(ctx: Context, part: dict, name: str, whole: dict) -> bool:
    """The part's stated parent is the thing named, or a namesake stating the same figure
    (工资福利支出 under 一般公共预算财政拨款基本支出, said 基本支出)."""
    parent = part.get("parent") or ""
    if parent == name:
        return True
    stated = stated_value(ctx, parent) if name in parent else None
    return stated is not None and stated["value"] == whole["value"]


def _under(code: str, parent: str) -> bool:
    """A table row under another by their codes (2050205 高等教育 under 20502 普通教育)."""
    return bool(parent) and len(code) > len(parent) and code.startswith(parent)


def _qualifiers(ctx: Context) -> set[str]:
    """小学教育和高中教育的财政拨款支出加起来: a name said after 的, behind two or more others,
    says which of their figures, not a third one to add."""
    hits = sorted(ctx.hits, key=lambda h: h.span)
    out = set()
    for i, hit in enumerate(hits):
        before = {h.entry.name for h in hits[:i] if h.span[1] <= hit.span[0] and
                  h.entry.kind != "term" and not said_left_out(ctx.match.text, h.span)}
        # (除了教育支出，剩下的科学技术支出…: a name left out is none it says a figure of)
        if len(before) >= 2 and ctx.match.text[:hit.span[0]].endswith("的"):
            out.add(hit.entry.name)
    return out


ROW_SAID = re.compile(r"[那这该]一?行|一行里|这一栏|那一栏|那栏|这栏")
JOINED_PAIR = re.compile(r"其中[\u4e00-\u9fff]{2,12}?(?:和|与|跟|加|、)[\u4e00-\u9fff]{2,12}?"
                         r"(?:[这那]?[两二三四2-4][项个块笔]的?)?(?:合计|加起来|一共|总共)")
# (其中基本养老保险缴费和职业年金缴费两项合计: the two counted)


def _asks_sum(ctx: Context) -> bool:
    """A sum word outside every exact name the question uses (本年收入合计 is a name). 合计 with
    two things is their sum (事业收入和其他收入合计), not with a column or a part named (项目支出
    其中基本建设资金支出合计: that column's 合计 row)."""
    others = {h.entry.name for h in ctx.hits if not SUM_NAME.fullmatch(h.entry.name)}
    row = any(h.entry.kind == "column" for h in ctx.hits) or "其中" in ctx.match.text and not \
        JOINED_PAIR.search(ctx.match.text) or ROW_SAID.search(ctx.match.text) is not None
    # (其中办公费和印刷费合计: two rows joined, added; 高中教育那行合计: that row's 合计)
    exact = [h.span for h in ctx.hits if h.entry.surface == h.entry.name and not (
        SUM_NAME.fullmatch(h.entry.name) and len(others) >= 2 and not row)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in exact)
               for m in SUM_WORDS.finditer(ctx.match.text))


def _elided(ctx: Context, names: list[str]) -> dict[str, str]:
    """政府采购货物支出与服务支出: the second name said without the prefix both share."""
    text, found = ctx.match.text, {}
    for name in names:
        for other in ctx.doc.facts:
            if other == name or other in names:
                continue
            cut = next((i for i, (a, b) in enumerate(zip(name, other, strict=False)) if a != b),
                       min(len(name), len(other)))
            rest = other[cut:]
            if cut >= 2 and len(rest) >= 3 and rest in text and not any(
                    rest in n for n in names):  # 职业年金缴费支出 found whole: nothing elided
                found[other] = rest
    return found


# 哪一项决算比年初预算少得最多: the items ranked by how far their final figure fell short of
# (or went past) the budget each states
BUDGET_GAP_RANKED = re.compile(r"比(?:年初)?预算(?:数)?(?:少|省|节约|节省|(?P<over>多|超))"
                               r"[了得]?最多"
                               r"|(?:少花|省下|节约|节省|(?P<past>超支|超出|多花))[了得]?最多"
                               r"|(?P<beyond>超出?(?:年初)?预算)[了得]?最多"  # 超支 is said so
                               r"|主要是?(?:哪|什么)一?[项个块部分]+(?:省|节约|节省|少花)"
                               r"|(?:主要)?省在(?:哪|什么)"  # 主要是哪项省的: the widest saving
                               # 预算和决算差得最多: the widest gap, either way
                               r"|(?P<apart>(?:(?:年初)?预算(?:数)?(?:和|跟|与)(?:决算|实际)(?:数)?"
                               r"|(?:决算|实际)(?:数)?(?:和|跟|与)(?:年初)?预算(?:数)?)(?:之间)?(?:相)?"
                               r"差(?:距|额)?[了得]?最(?:多|大))")


# 哪几项决算和年初预算一模一样 / 基本持平: the items whose final figure is their budget
BUDGET_MET_ASKED = re.compile(r"(?:哪|有没有|是否有|有哪)[^，,。？?]{0,16}(?:预算)[^，,。？?]{0,6}"
                              r"(?:一模一样|一样|相同|持平|相等|没有?变化|没差|吻合|一致|对得上)"
                              r"|(?:预算)[^，,。？?]{0,6}(?:一模一样|一样|相同|持平|相等|没有?变化"
                              r"|没差|吻合|一致)的?(?:有)?(?:哪|是哪)")


def _budgeted_items(ctx: Context) -> list[tuple[str, dict, dict, Decimal]]:
    """Each item whose one sentence states both its budget and its final figure (年初预算为…,
    支出决算为…), none a whole (its parts listed with 其中, or its completion of the budget
    stated) nor one the question names: (name, final, budget, final less budget)."""
    said = set(_names(ctx, ("metric", "cell")))
    items = []
    for name, facts in ctx.doc.facts.items():
        budget_of = _first(facts, "预算数", money=True)
        final = next((f for f in facts if f["qualifier"] == "决算数" and f["unit"] in MONEY_UNITS
                      and budget_of and f["sentence"] == budget_of["sentence"]), None)
        if final is None or name in said or "其中" in final["sentence"] or _first(
                facts, "完成预算比例") or \
                final["unit"] != budget_of["unit"] or final["number"] is None:
            continue
        items.append((name, final, budget_of, _dec(final["number"]) - _dec(budget_of["number"])))
    return items


def _gap_asked(asked: re.Match) -> tuple[bool, bool]:
    """The direction a BUDGET_GAP_RANKED match asks: (past the budget, either way)."""
    return bool(asked.group("over") or asked.group("past") or asked.group("beyond")), \
        bool(asked.group("apart"))


def budget_gaps_ranked(ctx: Context) -> Answer | None:
    """The item furthest below its budget (or above it), the gap computed, of the items that
    state both (_budgeted_items); those whose final figure is their budget, when asked; None
    unless one of these is asked."""
    asked = BUDGET_GAP_RANKED.search(ctx.match.text)
    met = BUDGET_MET_ASKED.search(ctx.match.text) if asked is None else None
    if asked is None and met is None:
        return None
    named = _names(ctx, ("metric", "cell"))
    if asked is not None and (len(named) > 1 or any(_members(ctx, n) for n in named)):
        return _ranking(ctx, named, set())  # 三公经费各项里哪项比预算节约得最多: of those
    items = _budgeted_items(ctx)
    if len(items) < 2:
        return None
    if met is not None:  # 哪几项决算和预算一样: those with no gap
        equal = [(n, f) for n, f, _, gap in items if not gap]
        if not equal:
            return replace(decline(ctx.question, f"{ctx.doc.label}决算写明预算和决算的各项里，"
                                   "没有决算与年初预算相同的。", ctx.intent.name), firm=True)
        listing = "、".join(f"{n}（{f['value']}）" for n, f in equal)
        text = (f"{ctx.doc.label}决算与年初预算相同的有：{listing}"
                "（按各项决算数与预算数比较得出）。")
        return _answer(ctx, text, tuple(f["value"] for _, f in equal), [f for _, f in equal])
    over, apart = _gap_asked(asked)
    name, final, budget_of, gap = max(items, key=lambda i: abs(i[3]) if apart else i[3]
                                      if over else -i[3])
    over = gap > 0 if apart else over
    if (gap > 0) != over or not gap:
        return replace(decline(ctx.question, f"{ctx.doc.label}决算写明预算和决算的各项里，没有"
                               f"{'超出' if over else '少于'}年初预算的。", ctx.intent.name),
                       firm=True)
    unit = final["unit"]
    listing = "；".join(f"{n}预算{b['value']}、决算{f['value']}" for n, f, b, _ in items)
    text = (f"{ctx.doc.label}决算比年初预算{'超出' if over else '少'}得最多的是{name}：预算"
            f"{budget_of['value']}，决算{final['value']}，{'超出' if over else '少'}"
            f"{_fmt(abs(gap))}{unit}（按各项决算数与预算数计算得出，非原文数字）。\n各项：{listing}。")
    return replace(_answer(ctx, text, (f"{_fmt(abs(gap))}{unit}",), [final, budget_of]),
                   about=(name,))


def ranking(ctx: Context) -> Answer:
    """哪一项最大: the parts of the total named (or the things named), largest first."""
    by_budget = budget_gaps_ranked(ctx)
    if by_budget is not None:  # 哪一项比预算少得最多: each item's gap from its budget
        return by_budget
    names = _names(ctx, ("metric", "cell"))
    left_out = excepted(ctx) if len(names) > 1 else set()  # 除了行政运行以外最多的: the rest
    names = [n for n in names if n not in left_out]
    if not names and not SPENT.search(ctx.match.text):  # 收入里哪块最大: the income total's parts
        names = bare_total(ctx)
    answer = _ranking(ctx, names, left_out)
    if left_out and answer.answered:  # say what was left out, as asked
        first, _, rest = answer.answer.partition("（按")
        return replace(answer, answer=f"{first}（除{'、'.join(left_out)}外；按{rest}")
    return answer


# 财政拨款支出明细科目里哪个最大, 那12项里最少的: the items listed by code, not its two parts
CODED_ASKED = re.compile(r"明细|科目|\d{2}项|十[一二三四五六七八九]项")


def _ranking(ctx: Context, names: list[str], left_out: set[str]) -> Answer:
    whole = next((n for n in names[1:] if {m for m, _ in _members(ctx, n)} & set(names)), None)
    if whole is not None:  # 三公里头出国、接待、公车哪项最多: the whole the others are parts of
        names = [whole] + [n for n in names if n != whole]
    items = _members(ctx, names[0]) if names else []
    coded = _coded_items(ctx, names[0]) if names and CODED_ASKED.search(ctx.match.text) else []
    if len(coded) >= 3:  # 财政拨款支出明细科目里哪个最大: the items its section lists by code
        items = coded
    elif _overlapping(ctx, names[0] if names else "", items):  # 支出总计: its classes and its
        items = []  # basic and project parts are two breakdowns, never one order
    economic = bool(names) and (row_code(ctx.doc, names[0]) or "").startswith("3")
    if len(items) < 2 and len(names) == 1 and WITHIN.search(ctx.match.masked) and not (
            AMONG.search(ctx.match.text) or CLASS_WORDS.search(ctx.match.text) and not economic):
        # (商品和服务支出里哪个科目最多: an economic class's items, never the function classes)
        items = _rows_under(ctx, names[0]) or _column_items(ctx, names[0])  # 社会保障和就业
        # 支出下面哪一项最大: its rows; 项目支出里哪个项最多: the rows of that column
    if len(items) < 2:
        items = [(n, f) for n in names if (f := stated_value(ctx, n))]
        listed = LISTED_RUN.search(ctx.question)  # 甲、乙、丙里最多的: one listed and not
        if listed and 2 <= len(items) < len([p for p in listed.group(1).split("、") if p]):
            return decline(ctx.question, "列出的几项里有的在决算中没有找到，没法排出先后。",
                           ctx.intent.name)  # found is never left out of the order
    where = f"{names[0]}中" if names and names[0] not in dict(items) else ""
    classes = _classes(ctx) if not coded and (len(items) < 2 or CLASS_WORDS.search(
        ctx.match.text) or LEVEL_SAID.search(ctx.match.text)) else []
    if classes and (_of_spending(ctx, names) or (  # 一般公共服务支出是不是最大的: among its
            len(items) < 2 and any(n in dict(classes) for n in names))):  # fellow classes
        items = classes
        level = LEVEL_SAID.search(ctx.match.text)
        where = (f"{FISCAL if FISCAL in ctx.match.text else ''}支出按功能分类"
                 f"（{level.group(1) if level else '类'}），")
    if len(items) < 2 and not names and not classes and (total := bare_total(ctx)):
        items = _members(ctx, total[0])  # 支出里哪块最大 with no table of classes: its parts
        where = f"{total[0]}中"
    if len(items) < 2 and len(names) == 1 and (WHICH_PLACE.search(ctx.match.text) or IS_TOP.search(
            ctx.match.text)):  # 事业收入是不是最大的一项, 排第几: its place among
        parent = next((f["parent"] for f in ctx.doc.facts.get(names[0], []) if f.get("parent")),
                      "")  # the other parts of the whole it is stated a part of
        siblings = _members(ctx, parent) if parent else []
        if len(siblings) >= 2 and names[0] in dict(siblings):
            return _place_of(ctx, names, siblings)
    items = [(n, f) for n, f in items if n not in left_out]
    changed = ROSE.search(ctx.match.text) or FELL.search(ctx.match.text)
    coded = _coded_items(ctx, names[0]) if names and changed and (
        RATE_SAID.search(ctx.match.text) or not _all_changed(ctx, items)) else []
    listed_by = names[0] if names else ""
    if names and changed and len(coded) < 3 and FISCAL in names[0] and not _all_changed(
            ctx, items) and "收入" not in ctx.question:  # 财政拨款里哪一项增长最猛: the items
        # its spending lists by code, the income listing none
        listed_by, coded = next(((n, c) for n in ctx.doc.facts if FISCAL in n and "支出" in n
                                 and len(c := _coded_items(ctx, n)) >= 3), (listed_by, coded))
    by_code = len(coded) >= 3 and all(rate_of(ctx.doc, n) is not None for n, _ in coded)
    if by_code:  # 财政拨款支出的各项里涨幅最大的: the items its section lists by code, with
        items, where = coded, f"{listed_by}的各项中"  # their rates
    if len(items) < 2:
        return decline(ctx.question, "决算没有列出可以比较的几项，请说出要比较的项目。",
                       ctx.intent.name)
    against_budget = BUDGET_GAP_RANKED.search(ctx.match.text)
    if against_budget is not None:  # 三公里面比预算少得最多的是哪项: by their stated gaps to
        return _ranked_budget_gaps(ctx, items, names[0] if where else "", against_budget)
        # budget, never a year's
    if changed:
        if not by_code and not _all_changed(ctx, items) and (
                classes := classes or _classes(ctx)) and _all_changed(ctx, classes) and \
                _of_spending(ctx, names):  # 支出主要是哪一块增加
            items, where = classes, "支出按功能分类（类），"  # 的: its parts state no change,
            # its classes do
        return _ranked_changes(ctx, items, where)
    bound = THRESHOLD.search(ctx.match.text)
    if bound is not None:  # 哪几项超过一百万: those past the amount said, largest first
        return _past(ctx, items, where, bound)
    if WHICH_PLACE.search(ctx.match.text):  # 住房保障支出在几个大类里排第几: its place
        return _place_of(ctx, names, items)
    gap = PLACES_GAP.search(ctx.match.text)
    if gap is None and ENDS_GAP.search(ctx.match.text):  # 哪类最少，比最多的少多少: said in any
        return _places_gap(ctx, items, where, last=True)  # order, the two ends' gap
    if gap is not None:  # 最大的比排第二的多多少, 最大那类比最小那类多多少: the two places' gap
        if gap.group("last_two"):
            return _places_gap(ctx, items, where, last=False, ascending=True)
        return _places_gap(ctx, items, where,
                           last=bool(gap.group("last") or gap.group("asked_last")
                                     or gap.group("below_first")
                                     or gap.group("ends") or gap.group("minus")))
    place = next(reversed(list(PLACE.finditer(ctx.match.text))), None)  # the last said
    if place is not None and (place.group(1) or number_said(place.group(2)) > 1):
        # 排第三的是什么, 倒数第二: the one at that place, in order (排第一 is 最多)
        return _at_place(ctx, items, where, place)
    least = LEAST.search(ctx.match.text) is not None or ASCENDING.search(ctx.match.text)
    ordered, listing = _by_amount(items, largest_first=not least)
    top_name, top = ordered[0]
    word = "最少" if least else "最多"
    first = TOP.search(ctx.match.text)
    size = min(len(ordered), number_said(next(g for g in first.groups() if g))) if first else 1
    if size > 1:  # 排前三的是哪几项, 最少的两项: the first (or last) few, in order
        leaders = "、".join(f"{n}{f['value']}" for n, f in ordered[:size])
        text = (f"{ctx.doc.label}{where}{f'最少的{size}项' if least else f'排前{size}的'}是"
                f"{leaders}（按各项决算数排序，计算得出）。\n各项：{listing}。")
        return replace(_answer(ctx, text, tuple(f["value"] for _, f in ordered[:size]),
                               [f for _, f in ordered]), about=tuple(n for n, _ in ordered[:size]))
    share_said = HALF_OR_SHARE.search(ctx.match.text) or BIG_PART.search(ctx.match.text)
    # (最大的一块有没有超过一半, 是不是最大的一块: its share)
    share = _share_stated(ctx, top_name, top) if share_said else None
    cut = ctx.match.text.find("占")
    if share is not None and names and names[0] != top_name and cut >= 0 and \
            named_after(ctx, cut) and not _share_of_this(ctx, top_name, names[0], top, cut):
        share = None  # 哪类最少，占财政拨款支出的百分之几: its stated share is of another whole
    whole = stated_value(ctx, names[0]) if names and names[0] != top_name and where and \
        share_said and share is None else None
    of_whole = ""
    if whole and whole["unit"] == top["unit"] and whole["number"] and \
            _dec(top["number"]) <= _dec(whole["number"]):  # 里面最大那项占项目支出几成
        of_whole = (f"，占{names[0]}{whole['value']}的"
                    f"{_percent(_dec(top['number']) / _dec(whole['number']) * 100)}%")
    text = (f"{ctx.doc.label}{where}{word}的是{top_name}，{top['value']}" + of_whole
            + "（按各项决算数排序，计算得出）" + (f"，决算写明占{share['value']}" if share else "")
            + f"。\n各项：{listing}。")
    return replace(_answer(ctx, text, (top["value"], *([share["value"]] if share else [])),
                           [f for _, f in ordered] + ([share] if share else [])),
                   about=(top_name,))


# the two ends and a gap between them, said in any order (哪类最少，比最多的少多少)
ENDS_GAP = re.compile(r"^(?=.*最(?:大|多|高))(?=.*最(?:小|少|低))"
                      r"(?=.*(?:[多少]了?多少|差(?:了|距)?(?:多少|几)|相差))")
# the gap between the first place and the second, or the last (比排第二的多多少, 比最小那类多多少)
PLACES_GAP = re.compile(r"比(?:排)?第二(?:大|多|名)?的?(?:那|这)?一?[项类块个]?"
                        r"(?:多|高|大)(?:出)?(?:了)?多少"
                        r"|比(?P<last>最(?:小|少|低))的?(?:那|这)?(?:一)?(?:类|项|块|个)?"
                        r"(?:多|高|大)(?:出)?(?:了)?多少"
                        # 最小的是哪个？和最大的差多少 / 第二多的是哪类？跟第一名差多少
                        r"|(?P<asked_last>最(?:小|少|低))的?(?:那|这)?一?[项类块个]?是?(?:哪|什么|啥)"
                        r"[^，,。？?]{0,4}[，,。？?\s]*"
                        r"(?:和|跟|与)?(?:最(?:大|多|高)的?(?:那|这)?一?[项类块个]?|第一名?|两者|二者|两个)?"
                        r"(?:相)?差(?:了)?多少"
                        # 是最少的吗？跟倒数第二的差多少: the last two
                        r"|(?P<last_two>(?:跟|和|与|比)倒数第[二2](?:的|名|位)?(?:那|这)?一?[项类块个]?"
                        r"(?:相)?(?:差|多|少)(?:了)?多少)"
                        # 最少的是哪类，比最多的那类少多少: the last against the first
                        r"|(?P<below_first>最(?:小|少|低))的?(?:那|这)?一?[项类块个]?是?(?:哪|什么|啥)"
                        r"[^，,。？?]{0,4}[，,。？?\s]*(?:它|这个|那个)?比最(?:大|多|高)的?(?:那|这)?"
                        r"一?[项类块个]?(?:少|低|小)(?:了)?多少"
                        r"|第二(?:多|大|高)的?是?(?:哪|什么)[^，,。？?]{0,4}[，,。？?\s]*"
                        r"(?:和|跟|与)(?:第一名?|最(?:大|多|高)的?)(?:相)?差(?:了)?多少"
                        # 最多的和最少的差了多少钱, 最低的跟最高的相差多少: the two ends
                        r"|(?P<ends>最(?:大|多|高)的?(?:[那这]?一?[项类块个])?(?:和|跟|与)最(?:小|少|低)"
                        r"|最(?:小|少|低)的?(?:[那这]?一?[项类块个])?(?:和|跟|与)最(?:大|多|高))"
                        r"的?(?:[那这]?一?[项类块个])?(?:之间)?(?:相)?差(?:了|距)?(?:多少|几)"
                        # 最多的那项减去最少的那项: the two ends, as a subtraction
                        r"|(?P<minus>最(?:大|多|高)的?(?:那|这)?一?[项类块个]?(?:减去?|减掉|扣掉)"
                        r"最(?:小|少|低))")


def _places_gap(ctx: Context, items: list[tuple[str, dict]], where: str, last: bool,
                ascending: bool = False) -> Answer:
    """The largest item and the second (or the smallest; or the smallest and the second
    smallest, ascending), and how far apart they are (computed)."""
    ordered, listing = _by_amount(items, largest_first=not ascending)
    (a, fa), (b, fb) = ordered[0], ordered[-1 if last else 1]
    if fa["unit"] != fb["unit"]:
        return decline(ctx.question, "这几项的单位不同，不能相减。", ctx.intent.name)
    gap = abs(_dec(fa["number"]) - _dec(fb["number"]))
    first, other, apart = ("最少", "倒数第二的", "相差") if ascending else (
        "最多", "最少的" if last else "排第二的", "前者多")
    text = (f"{ctx.doc.label}{where}{first}的是{a}{fa['value']}，{other}是{b}{fb['value']}，"
            f"{apart}{_fmt(gap)}{fa['unit']}（按各项决算数排序，计算得出）。\n各项：{listing}。")
    return replace(_answer(ctx, text, (fa["value"], fb["value"], f"{_fmt(gap)}{fa['unit']}"),
                           [fa, fb]), about=(a, b))


def _rows_under(ctx: Context, name: str) -> list[tuple[str, dict]]:
    """The rows under a table row by code, each with its cell in the row's total column."""
    from bot.charts import rows_under  # the rows a chart of the parts draws

    found = rows_under(ctx.doc, name, ctx.match.text)
    return [(p["metric"], p) for p in found[1]] if found else []


def _column_items(ctx: Context, column: str) -> list[tuple[str, dict]]:
    """The items (deepest rows) of a table column, each with its cell read as a figure."""
    from bot.charts import column_leaves

    return [(c["row"], cell_fact(c)) for c in column_leaves(ctx.doc, column)]


def _share_stated(ctx: Context, name: str, fact: dict) -> dict | None:
    """The share stated of the thing ranked first: of the whole it was ranked in, or in the
    sentence stating its amount, or the only share stated of it."""
    shares = [f for f in ctx.doc.facts.get(name, []) if f["qualifier"] == "占比"]
    return next((f for f in shares if fact.get("parent") and f["parent"] == fact["parent"]),
                next((f for f in shares if f["sentence"] == fact.get("sentence")),
                     shares[0] if len({f["value"] for f in shares}) == 1 else None))


def _overlapping(ctx: Context, name: str, items: list[tuple[str, dict]]) -> bool:
    """The parts found of a whole add up to more than it: they are of several breakdowns."""
    whole = stated_value(ctx, name) if name else None
    if whole is None or len(items) < 3:
        return False
    added = sum(float(f["number"]) for _, f in items)
    return added > float(whole["number"]) * 1.01


def _members(ctx: Context, name: str) -> list[tuple[str, dict]]:
    """The stated parts of a whole (a figure stated with it, or with its namesake, as their
    parent), each with its own stated amount in the whole's unit."""
    whole = _first(ctx.doc.facts.get(name, []), "决算数", money=True)
    unit = whole["unit"] if whole else "万元"
    parents = {name, *_namesakes(ctx.doc, name)}
    items: dict[str, dict] = {}
    for fact in ctx.doc.all_facts:
        if fact["parent"] in parents and fact["metric"] not in items:
            own = fact if fact["qualifier"] == "决算数" else _first(
                ctx.doc.facts.get(fact["metric"], []), "决算数", money=True)
            if own and own["unit"] == unit and fact["metric"] != name and not (
                    whole and fact["metric"] in parents and own["number"] == whole["number"]):
                items[fact["metric"]] = own  # a namesake of the whole is no part of it
    return list(items.items())


TOP = re.compile(r"前([两二三四五2-5])|最[多少大小高低]的?([两二三四五2-5])[项个类块]"
                 r"|倒数([两二三四五2-5])[项个类块]")  # 排前三, 前两位, 最少的两项
ASCENDING = re.compile(r"从低到高|从小到大|从少到多")


# an amount the items are set against (超过一百万, 不到一千万): in 万元, as the tables state them
THRESHOLD = re.compile(rf"({BOUND_WORDS})"
                       r"([0-9.]+|[一二两三四五六七八九十百千]+)个?(亿元|亿|万元|万|元)")
TEN_THOUSANDS = {"亿元": 10000, "亿": 10000, "万元": 1, "万": 1, "元": 0.0001}


def _past(ctx: Context, items: list[tuple[str, dict]], where: str, bound: re.Match) -> Answer:
    """The items above (or below) an amount said, in order, with the whole list beside."""
    said = bound.group(2)
    number = float(said) if said[0].isdigit() else (number_said(said) or 0)
    limit = number * TEN_THOUSANDS[bound.group(3)]
    above = bound.group(1) in ("超过", "高于", "大于", "多于")
    ordered, listing = _by_amount(items)
    if any(f.get("unit", "万元") not in ("万元", "") for _, f in ordered):
        return decline(ctx.question, "这几项的单位不是万元，不能和这个金额比较。", ctx.intent.name)
    kept = [(n, f) for n, f in ordered if (f["number"] > limit if above else f["number"] < limit)]
    side = f"{bound.group(1)}{said}{bound.group(3)}"
    found = "、".join(f"{n}{f['value']}" for n, f in kept) if kept else "没有"
    text = (f"{ctx.doc.label}{where}{side}的{f'有{len(kept)}项：' if kept else ''}{found}"
            f"（按各项决算数比较，计算得出）。\n各项：{listing}。")
    return _answer(ctx, text, tuple(f["value"] for _, f in kept), [f for _, f in ordered])


WHICH_PLACE = re.compile(r"排(?:在|名)?第几|第几[名位大多高]|排名多少|排几")


# whether the thing named is the largest (是不是最大的一项, 是最多的吗): its place asked
IS_TOP = re.compile(r"(?:是不是|是否|算不算|是)(?:最大|最多|最高|第一|排第一)|比它(?:大|多|高)的")
ABOVE_ASKED = re.compile(r"比它(?:大|多|高)的")  # 比它大的还有几项: the items above it
BIG_PART = re.compile(r"最大的?一块|大头|最大的?部分")  # the largest said as a piece of the whole


def _place_of(ctx: Context, names: list[str], items: list[tuple[str, dict]]) -> Answer:
    """The place of the thing named in the order of the items it is one of (never among units
    or items the disclosure does not list)."""
    ordered, listing = _by_amount(items)
    places = {n: i for i, (n, _) in enumerate(ordered, 1)}
    named = next((n for n in names if n in places), None)
    if named is None:
        return decline(ctx.question, "决算没有列出它和哪些项目一起排序，排不出名次。",
                       ctx.intent.name)
    fact = dict(ordered)[named]
    text = (f"{ctx.doc.label}{named}{fact['value']}，在这{len(ordered)}项中按决算数排第"
            f"{places[named]}（按各项决算数排序，计算得出）。\n各项：{listing}。")
    if ABOVE_ASKED.search(ctx.match.text):  # 比它大的还有几项: those, counted
        above = ordered[:places[named] - 1]
        said = "；".join(f"{n}{f['value']}" for n, f in above)
        text = (f"{ctx.doc.label}比{named}（{fact['value']}）大的有{len(above)}项"
                + (f"：{said}" if above else "")
                + f"（按各项决算数排序，计算得出）。\n各项：{listing}。")
    return replace(_answer(ctx, text, (fact["value"],), [f for _, f in ordered]),
                   about=(named,))


def _by_amount(items: list[tuple[str, dict]], largest_first: bool = True
               ) -> tuple[list[tuple[str, dict]], str]:
    """The items in the order of their amounts, and that order as the answers list it."""
    ordered = sorted(items, key=lambda item: item[1]["number"], reverse=largest_first)
    return ordered, "；".join(f"{name}{fact['value']}" for name, fact in ordered)


def _at_place(ctx: Context, items: list[tuple[str, dict]], where: str, place: re.Match
              ) -> Answer:
    """The item at a place of the order by amount, counted from the top (or the bottom)."""
    n = number_said(place.group(2))
    ordered, listing = _by_amount(items, largest_first=not place.group(1))
    if not 1 <= n <= len(ordered):
        return decline(ctx.question, f"决算列出的只有{len(ordered)}项：{listing}。",
                       ctx.intent.name)
    name, fact = ordered[n - 1]
    side = "倒数" if place.group(1) else "排"
    text = (f"{ctx.doc.label}{where}按决算数{side}第{n}的是{name}，{fact['value']}"
            f"（按各项决算数排序，计算得出）。\n各项：{listing}。")
    return replace(_answer(ctx, text, (fact["value"],), [f for _, f in ordered]),
                   about=(name,))


def _all_changed(ctx: Context, items: list[tuple[str, dict]]) -> bool:
    """Every item states its change on last year."""
    return all(any(f["qualifier"] == "比上年增减" and f["number"] is not None
                   for f in ctx.doc.facts.get(name, [])) for name, _ in items)


def _coded_items(ctx: Context, name: str) -> list[tuple[str, dict]]:
    """1.小学教育(2050202),2023年度决算数为…: the items the narrative lists by code in the
    section that states the total, each with its figure."""
    own = _first(ctx.doc.facts.get(name, []), "决算数", money=True)
    if own is None:
        return []
    found: dict[str, dict] = {}
    for fact in ctx.doc.all_facts:
        if fact["section"] == own["section"] and fact["qualifier"] == "决算数" and \
                fact["metric"] != name and fact["unit"] in MONEY_UNITS and \
                CODED_ITEM.match(fact["sentence"] or ""):
            found.setdefault(fact["metric"], fact)
    return list(found.items())


RATE_SAID = re.compile(r"涨幅|增幅|降幅|增长率|增速|百分之|百分比|%|幅度|最快|最猛")


def _ranked_rates(ctx: Context, items: list[tuple[str, dict]], where: str) -> Answer:
    """涨幅最大的, 哪几项减少了: the items by their stated rate of change, when every one states
    it: the first, or every one that fell (rose) when which ones are asked."""
    rates = [(name, *rate_of(ctx.doc, name)) for name, _ in items]  # type: ignore[misc]
    fell = FELL.search(ctx.match.text) is not None and not ROSE.search(ctx.match.text)
    ordered = sorted(rates, key=lambda r: r[1], reverse=not fell)
    listing = "；".join(f"{n}{_phrase(f)}" for n, _, f in ordered)
    if _which_all(ctx):  # 哪几项比上年减少了: each that did
        return _each_that_changed(ctx, [(n, r, _phrase(f), f) for n, r, f in ordered], fell,
                                  where, "增减率", listing)
    first = TOP.search(ctx.match.text)
    size = min(len(ordered), number_said(next(g for g in first.groups() if g))) if first else 1
    leaders = "、".join(f"{n}（{_phrase(f)}）" for n, _, f in ordered[:size])
    word = "降幅最大" if fell else "增幅最大"
    text = (f"{ctx.doc.label}{where}比上年{word}的{'前' + str(size) + '项' if size > 1 else ''}"
            f"是{leaders}（按各项写明的增减率排序，计算得出）。\n各项比上年：{listing}。")
    return replace(_answer(ctx, text, tuple(f["value"] for _, _, f in ordered[:size]),
                           [f for _, _, f in ordered]),
                   about=tuple(n for n, _, _ in ordered[:size]))


WHICH_ALL = re.compile(r"哪几|哪些|有哪|都有")


def _moved(fact: dict) -> str:
    """A stated change on last year said short: 减少196.69万元."""
    return f"{'减少' if fact['number'] < 0 else '增加'}{fact['value']}"


def _each_that_changed(ctx: Context, rows: list[tuple], fell: bool, where: str, basis: str,
                       listing: str) -> Answer:
    """哪几项比上年减少了: every item (name, signed change, as said, fact) that moved the way
    asked, with the whole order after it."""
    way = "减少" if fell else "增加"
    chosen = [(name, said, fact) for name, signed, said, fact in rows
              if signed and (signed < 0) == fell]
    if not chosen:
        return decline(ctx.question, f"{ctx.doc.label}{where}没有比上年{way}的项目。",
                       ctx.intent.name)
    text = (f"{ctx.doc.label}{where}比上年{way}的有：" + "、".join(f"{n}（{said}）"
                                                              for n, said, _ in chosen)
            + f"（按各项写明的{basis}，计算得出）。\n各项比上年：{listing}。")
    return replace(_answer(ctx, text, tuple(f["value"] for _, _, f in chosen),
                           [row[3] for row in rows]), about=tuple(n for n, _, _ in chosen))


def _which_all(ctx: Context) -> bool:
    """哪几项减少了: every one that did is asked, not the first few or the most."""
    return WHICH_ALL.search(ctx.match.text) is not None and not TOP.search(ctx.match.text) \
        and "最" not in ctx.match.text


def _ranked_changes(ctx: Context, items: list[tuple[str, dict]], where: str) -> Answer:
    """哪一类支出涨得最多: the items ranked by their stated change on last year, when every
    one of them states it; never by their amounts."""
    changes = [(name, next((f for f in ctx.doc.facts.get(name, [])
                            if f["qualifier"] == "比上年增减" and f["number"] is not None), None))
               for name, _ in items]
    rated = all(rate_of(ctx.doc, name) is not None for name, _ in items)
    if rated and (RATE_SAID.search(ctx.match.text) or any(f is None for _, f in changes)):
        return _ranked_rates(ctx, items, where)
    if any(f is None for _, f in changes):
        return decline(ctx.question, f"{ctx.doc.label}决算没有列出这几项各自与上年相比的增减，"
                       "不能比较。", ctx.intent.name, ctx.match.confidence)
    fell = FELL.search(ctx.match.text) is not None and not ROSE.search(ctx.match.text)
    ordered = sorted(changes, key=lambda item: item[1]["number"], reverse=not fell)
    listing = "；".join(f"{n}{_moved(f)}" for n, f in ordered)
    if _which_all(ctx):  # 有哪几类支出比上年减少了: each that did
        return _each_that_changed(ctx, [(n, f["number"], _moved(f), f) for n, f in ordered],
                                  fell, where, "增减", listing)
    top_name, top = ordered[0]
    word = "减少最多" if fell else "增加最多"
    text = (f"{ctx.doc.label}{where}比上年{word}的是{top_name}，{_moved(top)}"
            f"（按各项比上年增减排序，计算得出）。\n各项比上年：{listing}。")
    return replace(_answer(ctx, text, (top["value"],), [f for _, f in ordered]),
                   about=(top_name,))


def _ranked_budget_gaps(ctx: Context, items: list[tuple[str, dict]], whole: str,
                       asked: re.Match) -> Answer:
    """三公里面比预算少得最多的是哪项: the items ranked by their stated gap to their budget
    (比年初预算减少5.67万元), when every one states it or all but one do and their whole states
    its own (the one left is the whole's less theirs, computed); declined otherwise."""
    gaps = [(name, _budget_gap(ctx, name)) for name, _ in items]
    where = f"{whole}中" if whole else ""
    missing = [i for i, (_, f) in enumerate(gaps) if f is None]
    whole_gap = _budget_gap(ctx, whole) if whole and len(missing) == 1 else None
    if whole_gap is not None and len({f["unit"] for _, f in gaps if f} | {whole_gap["unit"]}) == 1:
        rest = _dec(whole_gap["number"]) - sum(_dec(f["number"]) for _, f in gaps if f)
        gaps[missing[0]] = (gaps[missing[0]][0], {
            **whole_gap, "value": f"{_fmt(abs(rest))}{whole_gap['unit']}", "number": float(rest),
            "worked": f"（{whole}的减去其余各项的，计算得出）"})
    over, apart = _gap_asked(asked)
    if any(f is None for _, f in gaps) or len({f["unit"] for _, f in gaps}) > 1:
        return decline(ctx.question, f"{ctx.doc.label}决算没有列出这几项各自与预算相比的增减，"
                       "不能比较。", ctx.intent.name, ctx.match.confidence)
    ordered = sorted(gaps, key=lambda item: -abs(item[1]["number"]) if apart
                     else item[1]["number"], reverse=over and not apart)
    top_name, top = ordered[0]
    over = top["number"] > 0 if apart else over
    if (top["number"] > 0) != over or not top["number"]:
        return replace(decline(ctx.question, f"{ctx.doc.label}{where}没有"
                               f"{'超出' if over else '少于'}年初预算的。", ctx.intent.name),
                       firm=True)
    listing = "；".join(n + ("与预算持平" if not f["number"] else
                             f"比预算{'减少' if f['number'] < 0 else '增加'}{f['value']}")
                       + f.get("worked", "") for n, f in ordered)
    text = (f"{ctx.doc.label}{where}比年初预算{'超出' if over else '少'}得最多的是{top_name}，"
            f"{'超出' if over else '少'}{top['value']}"
            "（按各项决算写明的比预算增减排序，计算得出）。"
            f"\n各项：{listing}。")
    return replace(_answer(ctx, text, (top["value"],), [f for _, f in ordered]),
                   about=(top_name,))


def _budget_gap(ctx: Context, name: str) -> dict | None:
    """A thing's stated gap to its budget (比年初预算减少5.67万元), signed; None if unstated."""
    return next((f for f in ctx.doc.facts.get(name, []) if f["qualifier"] == "比预算增减"
                 and f["number"] is not None), None)


# 哪一类涨得最多: ranked by the change
ROSE = re.compile(r"涨|增加|增长|上升|多了|增幅|提高|增得|升得")
FELL = re.compile(r"减少|下降|降低|降了|少了|减了|缩减|降得|跌得|降最|跌最|减得|少得|压减|缩水")


# 社会保障和就业支出下面哪一项最大, (its parts listed) 前三名是哪些: which of its own rows;
# not 在各类里是不是最多的, which asks about it among its fellows
WITHIN = re.compile(rf"囗{INSIDE}|哪|前[两二三四五2-5]"
                    rf"|{TOP_SAID}占囗"  # (最大的一项占项目支出)
                    r"|囗最(?:大|多|高)[^，,。？?]{0,8}最(?:小|少|低)"  # (社保支出最大的比最小的
                    r"|囗最[大多高小少低]的(?:那[一1]|那|[一1])?[项个块]")  # 多多少, 住房保障支
# 出最大的那项占多少: its own rows)
AMONG = re.compile(r"[各几所有]类|是不是|是否|算不算")
# the classes are asked for, not 基本支出/项目支出
CLASS_WORDS = re.compile(r"哪一?类|哪些?方面|什么方面|哪个?领域|功能|哪一?个?科目"
                         r"|什么科目|最[大多高小少低]的?(?:那一|那|一)类")  # (最大的一类支出)
# what a ranking of the spending says besides 支出: more is a thing the disclosure may lack
RANK_WORDS = re.compile(r"哪一?个?科目|哪些?方面|哪个方面|什么方面|哪个?领域|哪一?[项类个块]|功能|"
                        r"分类|"
                        r"最[多少大小高低省]|排第一|大头|主要|大部分|一块|部分|多少|什么|哪|钱|的|是|了|在|上|里头?|中|都|把|"
                        r"呢|吗|按|比上年|比去年|较上年|同比|涨得?|增加|增长|上升|减少|下降|降低|"
                        r"排前[两二三四五2-5][名位]?|前[两二三四五2-5][名位类项个]?|哪[几两三2-9][个类项]?|"
                        r"[两三四五六几2-9]大?[类项个块]|类别|看|各|排|倒数|"
                        r"第[一二两三四五六七八九十\d]+[名位大多高个项类]?|从[高大多低小少]到[低小少高大多]"
                        r"|个序|一下|那?[一1][类项个块]|占了?")  # 排前三的是哪几个, 四大类,
# 倒数第二, 从高到低排一下, 最多的那一类占多少
RANK_REST = 3
SPENT = re.compile(r"支出|花|开支|开销|用钱|用在|用于|用到")
CLASS_TOTALS = ("本年支出合计", "合计", "支出合计", "总计")  # a spending table's total column


def _of_spending(ctx: Context, names: list[str]) -> bool:
    """The ranking asks where the spending went: nothing named but spending, or only a total of
    it (支出总计, 财政拨款支出总计)."""
    totals = {m for word, metrics in ctx.engine.data.vocabulary.defaults if word == "支出"
              for m in metrics}
    named = names + [h.entry.name for h in ctx.hits]  # 三公经费三项里: a note's name is named too
    cut = ctx.match.text.find("占")
    if cut > 0:  # 哪一类最少，占财政拨款支出百分之几: the whole of the share is no thing ranked
        after = {h.entry.name for h in ctx.hits if h.span[0] > cut}
        named = [n for n in named if n not in after] or named
    text = ctx.match.text
    for hit in ctx.hits:
        text = text.replace(text[hit.span[0]:hit.span[1]], "")
    rest = RANK_WORDS.sub("", SPENT.sub("", PLACES_GAP.sub("", text.replace(FISCAL, ""))))
    totals |= {f"{FISCAL}支出"}  # 一般公共预算财政拨款支出哪一类最多: the table of its classes
    return (all(n.endswith(tuple(totals)) for n in named)
            and (len(rest) <= RANK_REST or "功能" in text or LEVEL_SAID.search(text)
                 or THRESHOLD.search(text))  # 按功能分类, 项级科目, 超过一百万: classes asked
            and (SPENT.search(ctx.match.text) is not None or "功能分类" in ctx.match.text))
    # (功能分类里最少的那项: the classification is of spending)


LEVEL_SAID = re.compile(r"(类|款|项)级")  # 项级科目: the rows of that level of the codes
LEVEL_DIGITS = {"类": 3, "款": 5, "项": 7}


def _classes(ctx: Context) -> list[tuple[str, dict]]:
    """The spending table's classes (类: a three-digit code; 款, 项 when the question says that
    level) with each one's total, from the table of all spending (of 财政拨款 spending when the
    question says so)."""
    fiscal = FISCAL in ctx.match.text
    level = LEVEL_SAID.search(ctx.match.text)
    digits = LEVEL_DIGITS[level.group(1)] if level else 3
    tables: dict[str, dict[str, dict]] = {}
    for rows in ctx.doc.cells.values():
        for c in rows:
            if (len(code_of(c)) == digits and c["table"].endswith("支出决算表")
                    and (FISCAL in c["table"]) == fiscal and c["column"] in CLASS_TOTALS):
                tables.setdefault(c["table"], {}).setdefault(c["row"], c)
    if not tables:
        return []
    table = min(tables, key=len)  # 支出决算表 before 一般公共预算财政拨款支出决算表
    return [(row, cell_fact(c)) for row, c in tables[table].items()]


def budget_worked_out(ctx: Context) -> Answer | None:
    """年初预算 = 决算 − 比预算增减; 比预算少了多少 = 预算 − 决算: each labelled as computed."""
    wants_gap = re.search(r"比(年初)?预算.{0,3}(多|少|超|节约|省)"
                          r"|预算.{0,4}(差|相差|差额|多报|少报|报多|报少)|超(出|过)?(年初)?预算|差(了|距)?多少|相差多少|差距多大"
                          r"|预算.*(少花|多花|少支出|多支出|省了|省下|节约了)"  # 预算…实际…少花了
                          r"|(?:省|节约|节省)了?多少"  # 省下的那12.97万里，各省了多少: the gaps
                          r"|" + GAP_OF_BUDGET.pattern,  # 少花的钱占预算几成: the gap, over it
                          ctx.match.text)  # 差多少, after the budget was given: the gap
    names = _widened(ctx.doc, _names(ctx, ("metric", "cell")), ("预算数", "比预算增减"))
    worked = []
    for name in names:
        answer = _budget_of(ctx, name, bool(wants_gap))
        if answer is not None and not (EACH.search(ctx.match.text) and len(names) > 1):
            return answer
        if answer is not None:  # 接待费和公车运维费原本各自预算多少: each one's, worked out
            worked.append(answer)
    if len(worked) == len(names) > 1:
        return replace(worked[0], answer="\n".join(a.answer for a in worked),
                       sources=tuple(dict.fromkeys(s for a in worked for s in a.sources)),
                       figures=tuple(f for a in worked for f in a.figures))
    return _sole_part_budget(ctx) if not worked else worked[0]


# 接待费预算占三公预算几成: one budget set against another's (not 占预算, the completion)
BUDGET_SHARE_ASKED = re.compile(r"预算[^，,。？?]{0,4}?占[^，,。？?]{0,10}?"
                                r"(?:多少|几成|百分之|%|比例|比重|一半|几分之)")


def budget_share(ctx: Context) -> Answer | None:
    """A thing's budget as a share of another's (its whole's, when none is named): each stated,
    or worked out from the stated gap to it, then divided (computed); None unless both are."""
    if not BUDGET_SHARE_ASKED.search(ctx.match.text):
        return None
    names = _names(ctx, ("metric", "cell"))
    parent = next((f["parent"] for f in ctx.doc.facts.get(names[0], []) if f.get("parent")),
                  "") if len(names) == 1 else ""
    pair = names[:2] if len(names) >= 2 else [names[0], parent] if names and parent else []
    budgets = [_stated_budget(ctx, n) for n in pair]
    if len(budgets) != 2 or None in budgets or budgets[0][1] != budgets[1][1] or \
            not budgets[1][0]:
        return None
    (part, unit, part_facts, part_said), (whole, _, whole_facts, whole_said) = budgets
    pct = part / whole * 100
    text = (f"{ctx.doc.label}{pair[0]}年初预算{part_said}，{pair[1]}年初预算{whole_said}，"
            f"{pair[0]}的预算占{pair[1]}预算的{_percent(pct)}%（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_percent(pct)}%",), part_facts + whole_facts)


def _stated_budget(ctx: Context, name: str) -> tuple[Decimal, str, list[dict], str] | None:
    """A thing's budget: stated, else its final figure less its stated gap to the budget."""
    facts = _with_namesakes(ctx.doc, name, ctx.doc.facts.get(name, []))
    budget = _first(facts, "预算数", money=True)
    if budget is not None and budget["number"] is not None:
        return _dec(budget["number"]), budget["unit"], [budget], budget["value"]
    now, gap = _first(facts, "决算数", money=True), _first(facts, "比预算增减", money=True)
    if now is None or gap is None or gap["value"] == "持平" or now["unit"] != gap["unit"]:
        return None
    value = _budget_from_gap(now, gap)
    said = f"约{_fmt(value)}{now['unit']}（由决算数和比预算增减推算）"
    return value, now["unit"], [now, gap], said


def _budget_of(ctx: Context, name: str, wants_gap: bool) -> Answer | None:
    """One thing's budget worked out from its stated gap, or its gap from its stated budget;
    None when neither is to be worked out."""
    facts = _with_namesakes(ctx.doc, name, ctx.doc.facts.get(name, []))  # 缴费支出 (a row)
    now = _first(facts, "决算数", money=True)  # is stated as 缴费, its budget too
    budget = _first(facts, "预算数", money=True)
    gap = _first(facts, "比预算增减", money=True)
    if now is None or now["value"] == "持平":
        return None
    unit = now["unit"]
    rated = _rate_worked_out(ctx, name, facts, now, budget, gap, wants_gap)
    if rated is not None:
        return rated
    if budget is None and gap is not None and gap["value"] != "持平" and not wants_gap:
        value = _budget_from_gap(now, gap)
        text = (f"{ctx.doc.label}{name}决算数{now['value']}，比预算"
                f"{'减少' if gap['number'] < 0 else '增加'}{gap['value']}，由此推算年初预算"
                f"约为{_fmt(value)}{unit}（计算得出，非原文数字）。")
        return _answer(ctx, text, (f"{_fmt(value)}{unit}",), [now, gap])
    if wants_gap and budget is not None and gap is None:
        diff = _dec(now["number"]) - _dec(budget["number"])
        text = (f"{ctx.doc.label}{name}年初预算{budget['value']}，决算{now['value']}，"
                f"{budget_gap('', diff, unit)}（计算得出，非原文数字）。")
        why = [n for n in ctx.doc.notes.get(name, []) if n["kind"] == "reason_budget"]
        if why:  # the gap's reason, as the budget's own answer gives it
            text += "\n原因：" + "".join(dict.fromkeys(own_item(n["text"]) for n in why))
        return _answer(ctx, text, (f"{_fmt(abs(diff))}{unit}",), [now, budget, *why])
    return None


def _sole_part_budget(ctx: Context) -> Answer | None:
    """卫生健康支出 (210) made of one item, 行政单位医疗 (2101101), whose budget is stated:
    that item's budget and final figure, said as the item's."""
    names = _names(ctx, ("metric", "cell"))
    if len(names) != 1 or _first(ctx.doc.facts.get(names[0], []), "预算数", money=True):
        return None
    parts = _rows_under(ctx, names[0])
    if len(parts) != 1:
        return None
    item, cell = parts[0]
    facts = ctx.doc.facts.get(item, [])
    now, budget = _first(facts, "决算数", money=True), _first(facts, "预算数", money=True)
    if now is None or budget is None or _dec(now["number"]) != _dec(cell["number"]):
        return None
    diff = _dec(now["number"]) - _dec(budget["number"])
    word = "持平" if not diff else f"比预算{'增加' if diff > 0 else '减少'}{_fmt(abs(diff))}" \
        f"{now['unit']}（计算得出，非原文数字）"
    text = (f"{ctx.doc.label}{names[0]}只有一项：{item}。{item}年初预算{budget['value']}，"
            f"决算数{now['value']}，{word}。")
    if RATE_ASKED.search(ctx.match.text) and _dec(budget["number"]):
        rate = _percent(_dec(now["number"]) / _dec(budget["number"]) * 100)
        text += f"决算数为年初预算的{rate}%（计算得出，非原文数字）。"
    return _answer(ctx, text, (budget["value"], now["value"]), [budget, now])


def _budget_from_gap(now: dict, gap: dict) -> Decimal:
    """The budget no sentence states: 决算数 − 比预算增减."""
    return _dec(now["number"]) - _dec(gap["number"])


# the final figure as a share of the budget (执行率, 决算占预算的比例) or the gap as one
# (比预算多了百分之几); either is computed only when the disclosure states no such rate itself
RATE_ASKED = re.compile(r"执行率|完成率|(?:执行|完成)了?(?:预算的?)?(?:百分之|%|几成|多少比例)"
                        r"|(?:支出|用|花)了?(?:年初)?预算的?(?:百分之|%|几成|多少比例|比例)"
                        r"|(?:决算|实际|花的|支出)(?:数)?(?:占|是|为|相当于)[\u4e00-\u9fff]{0,8}?(?:年初)?"
                        r"预算(?:数)?的?(?:比例|比重|百分之|%|几成|多少)"  # 占接待费预算的几成
                        r"|(?<=[费出额])(?:占|是)(?:年初)?预算(?:数)?的?(?:比例|比重|百分之|%|几成)")
# (接待费是预算的百分之几: of its own budget; 省下来的占预算几成 is the part saved)
GAP_OF_BUDGET = re.compile(r"(?:少花|多花|少支出|多支出|节约|节省|省下|省了|没花完|超支|超出)"
                           r"(?:来)?的?(?:钱|部分|那部分)?(?:占|是)(?:了)?(?:年初)?预算")
PERCENT_ASKED = re.compile(r"百分之|几成|%|比例|幅度|个点|比率")


def _rate_worked_out(ctx: Context, name: str, facts: list, now: dict, budget: dict | None,
                     gap: dict | None, wants_gap: bool) -> Answer | None:
    """决算 ÷ 预算 or 比预算增减 ÷ 预算, in %, labelled; the budget stated or worked out from the
    gap. None when a rate is not asked, is stated, or cannot be computed."""
    text = ctx.match.text
    rate = RATE_ASKED.search(text) is not None and not GAP_OF_BUDGET.search(text)
    gap_rate = not rate and wants_gap and PERCENT_ASKED.search(text) is not None
    if not rate and not gap_rate:
        return None
    if _first(facts, "完成预算比例" if rate else "比预算增减率") is not None:
        return None  # a stated rate is answered as stated
    if budget is not None and budget["unit"] == now["unit"]:
        base, said, used = _dec(budget["number"]), f"年初预算{budget['value']}", [now, budget]
    elif budget is None and gap is not None and gap["value"] != "持平" and \
            gap["unit"] == now["unit"]:
        base = _budget_from_gap(now, gap)
        word = "减少" if gap["number"] < 0 else "增加"
        said = f"比预算{word}{gap['value']}，由此推算年初预算约{_fmt(base)}{now['unit']}"
        used = [now, gap]
    else:
        return None
    if base <= 0:
        return None
    label = f"{ctx.doc.label}{name}决算数{now['value']}，{said}，"
    if rate:
        pct = _dec(now["number"]) / base * 100
        text = f"{label}决算为预算的{_percent(pct)}%（计算得出，非原文数字）。"
    else:
        diff = _dec(now["number"]) - base
        pct = abs(diff) / base * 100
        amount = f"{_fmt(abs(diff))}{now['unit']}、" if budget is not None else ""  # 少了多少，
        text = (f"{label}比预算{'增加' if diff >= 0 else '减少'}{amount}{_percent(pct)}%"
                f"（计算得出，非原文数字）。")  # 占预算的百分之几: the gap in money too
    return _answer(ctx, text, (f"{_percent(pct)}%",), used)



def _column_of_row(ctx: Context, column: str, row: str) -> Answer | None:
    """A column named as a part of a row (教育支出中项目支出占几成): the cell ÷ its row's total
    in the same table, in the scope asked; None when the row has no such column."""
    if column in ROW_TOTALS:
        return None  # 卫生健康支出在全部支出里占多少: the row's own total is no part of it
    cells = _in_scope(ctx, row, ctx.doc.cells.get(row, []))
    for cell in cells:
        if cell["column"] != column:
            continue
        total = next((t for t in cells if t["table"] == cell["table"]
                      and t["column"] in ROW_TOTALS and t["number"]), None)
        if total is None or cell["unit"] != total["unit"]:
            continue
        pct = _dec(cell["number"]) / _dec(total["number"]) * 100
        text = (f"{ctx.doc.label}{cell['table']}中「{row}」合计{total['value']}{total['unit']}，"
                f"其中{column}{cell['value']}{cell['unit']}，占{_percent(pct)}%"
                f"（计算得出，非原文数字）。")
        return _answer(ctx, text, (f"{_percent(pct)}%",), [cell_fact(c) for c in (total, cell)])
    return None


# 工资福利占比跟商品和服务比: two shares set side by side, no 乙 of 甲
SHARES_SIDE_BY_SIDE = re.compile(r"占比(?:跟|和|与|同|比)")
# 高等教育的钱里项目支出: what joins a row to a column said inside it
COLUMN_INSIDE = re.compile(r"的?(?:钱|支出|收入|经费)?(?:里面|里头|当中|里|中)")


def _column_within(ctx: Context) -> Answer | None:
    """高等教育的钱里项目支出够不够四分之一: a row, then one of its columns said inside it, set
    against a bound with no 占 — the cell's share of the row; None otherwise."""
    said = sorted({h.entry.name: h for h in sorted(ctx.hits, key=lambda h: h.span, reverse=True)
                   if h.coverage == 1 and h.entry.kind != "term"}.values(), key=lambda h: h.span)
    if len(said) != 2 or not COLUMN_INSIDE.fullmatch(ctx.match.text, said[0].span[1],
                                                     said[1].span[0]):
        return None
    return _column_of_row(ctx, said[1].entry.name, said[0].entry.name)


def row_columns(ctx: Context) -> list[tuple[str, dict]] | None:
    """高等教育的基本支出比项目支出多多少: a row named with two of its table's columns — the
    row's two cells, in the scope asked; None unless one row and two of its columns are named."""
    text = ctx.match.text
    names = list(dict.fromkeys(h.entry.name for h in sorted(ctx.hits, key=lambda h: h.span)
                               if h.entry.kind != "term" and (h.coverage == 1 or (
                                   text[slice(*h.span)] + "支出" == h.entry.name))))  # as said
    # (住房保障这块: the class said without its 支出)
    for row in names:
        every = ctx.doc.cells.get(row, [])
        cells = _in_scope(ctx, row, every)
        others = [n for n in names if n != row and FISCAL not in n]  # (财政拨款: the scope)
        for table in dict.fromkeys(c["table"] for c in cells + every):  # the scope asked first;
            # a column only the other scope's table has (基本建设资金支出) there
            found = {c["column"]: c for c in every if c["table"] == table and c["number"]}
            if len(others) == 2 and all(n in found for n in others):
                return [(f"{row}{n}", cell_fact(found[n])) for n in others]
            funds = next((n for n in found if FISCAL in n), None)
            if len(others) == 1 and others[0] in found and funds and FISCAL in text:
                # 住房保障这块，其他收入比财政拨款多多少: the row's two columns of funds
                pair = [others[0], funds]
                if text.find(FISCAL) < text.find(others[0]):
                    pair.reverse()
                return [(f"{row}{n}", cell_fact(found[n])) for n in pair]
            if len(others) == 1 and others[0] in found and "合计" in found and any(
                    h.entry.name == others[0] and COLUMN_TAKEN.search(
                        ctx.match.text[:h.span[0]]) for h in ctx.hits):
                # 实验室及相关设施除去基本建设资金，剩下多少: the row's total less that column
                return [(f"{row}合计", cell_fact(found["合计"])),
                        (f"{row}{others[0]}", cell_fact(found[others[0]]))]
    return None


# a column taken from its row's total (除去基建, 减去基本建设资金)
COLUMN_TAKEN = re.compile(r"(?:减去|减掉|减|除去|除掉|扣除|扣掉|去掉|刨去|刨掉|不算)$")


RATIO_SAID = re.compile(r"(?:是|相当于|等于)[^，,。？?占]{1,14}?的(?:百分之|几成|%|多少成)")


# 甲在乙里的比重: the share of 甲 in 乙, said with no 占
IN_WHOLE_SHARE = re.compile(r"在(?=[^，,。？?]{1,12}?(?:里|中|当中|之中)的?"
                            r"(?:比重|比例|份额|占比))")


def share_of(ctx: Context) -> Answer | None:
    """甲占乙的比重 with no such share stated: 甲 ÷ 乙 of the two named, labelled as computed."""
    cut = ctx.match.text.find("占")
    if SHARES_SIDE_BY_SIDE.match(ctx.match.text, cut):
        return None  # 工资福利占比跟商品和服务比: two shares set side by side, no 乙 of 甲
    held = IN_WHOLE_SHARE.search(ctx.match.text) if cut < 0 else None
    if held is not None:  # 机关运行经费在总支出里的比重超没超过四分之三: 在 stands for 占
        cut = held.start()
    if cut < 0:
        return _column_within(ctx)
    before = [h.entry.name for h in ctx.hits if h.span[1] <= cut]
    after = named_after(ctx, cut)
    said = list(dict.fromkeys(h.entry.name for h in sorted(ctx.hits, key=lambda h: h.span)
                              if h.entry.kind != "term" and h.span[1] <= cut and not (
                                  ctx.match.text[slice(*h.span)] == FISCAL and any(
                                      o.span[0] == h.span[1] for o in ctx.hits))))
    # (财政拨款项目支出里基本建设资金: 财政拨款 is the scope said before a name, no thing)
    if not after and len(said) == 2 and re.search(r"[中里]", ctx.match.text[:cut]):
        # 教育支出里项目支出占几成, 项目支出在教育支出里占几成: the row's column, when the one
        # said with 里 is the row (财政委托业务支出在项目支出里占: of the 项目支出 total, no cell)
        last = max((h for h in ctx.hits if h.entry.name == said[1]), key=lambda h: h.span[1])
        inside = re.match(r"(?:之|当)?[中里]", ctx.match.text[last.span[1]:])  # 在基本支出中占
        before, after = ([said[0]], [said[1]]) if inside else ([said[1]], [said[0]])
        in_row = _column_of_row(ctx, before[0], after[0])
        if in_row is not None:
            return in_row
    if not before or not after or before[0] == after[0]:
        return None
    in_row = _column_of_row(ctx, before[0], after[0])
    if in_row is not None:  # 项目支出占教育支出几成: that row's 项目支出 ÷ that row's total
        return in_row
    stated_after = [n for n in after if n != before[0] and stated_value(ctx, n) is not None]
    if stated_after and stated_value(ctx, after[0]) is None:
        after = stated_after  # 占财政拨款收入的比例: 财政拨款收入总计, the one of them stated
    part = stated_value(ctx, before[0]) or _exact_count(ctx, before[0])  # (正高级职称占专任
    whole = stated_value(ctx, after[0]) or _exact_count(ctx, after[0]) or _count_holding(
        ctx, after[0], before[0])  # 教师: two counts; 博导占硕导: the count said to hold it)
    rows = [*ctx.doc.facts.get(before[0], []), *ctx.doc.cells.get(before[0], [])]
    if part is not None and whole is not None and "table" in part and _fiscal(part) and \
            all(map(_fiscal, rows)) and not _fiscal(whole) and not _wants_fiscal(ctx) and \
            FISCAL not in after[0]:
        funded = stated_value(replace(ctx, question=FISCAL + ctx.question), after[0])
        if funded is not None and _fiscal(funded):  # 基本建设资金占项目支出多少: a part stated
            whole = funded  # only of 财政拨款, of the whole's 财政拨款 figure
            after = [f"{after[0]}（{FISCAL}）", *after[1:]]
    stated = _first(_with_namesakes(ctx.doc, before[0], ctx.doc.facts.get(before[0], [])),
                    "占比")  # stated under another name for the same figure counts too
    if stated is not None and not _share_of_this(ctx, before[0], after[0], part, cut):
        stated = None  # 事业收入是财政拨款收入的几成: its stated share is of 收入总计, not this
    if stated is not None and part is not None and whole is not None and whole["number"] and \
            part["unit"] == whole["unit"] and _of_another_whole(ctx, stated, after[0]):
        pct = _dec(part["number"]) / _dec(whole["number"]) * 100  # 工资福利支出…占总支出
        shown = _figures(ctx, first="占比")  # 10.50%, asked of 基本支出: as published, and
        if not shown.answered:  # of the whole asked, worked out
            return None
        head, _, rest = shown.answer.partition("\n")
        worked = (f"按{after[0]}{whole['value']}计算，{before[0]}占{after[0]}的{_percent(pct)}%"
                  f"（计算得出，非原文数字；原文的占比是占{_stated_whole(stated)}的）。")
        return replace(shown, answer="\n".join(p for p in (head, worked, rest) if p),
                       figures=(*shown.figures, f"{_percent(pct)}%"))
    if part is None or whole is None or not whole["number"] or stated is not None:
        return None  # a published share is answered as published
    if (before[0] in after[0] or after[0] in before[0]) and \
            before[0].replace(FISCAL, "") != after[0]:  # (财政拨款支出总计 of 支出总计: its part)
        return None  # 公用经费合计占公用经费: one figure by two names, no share
    if part["unit"] != whole["unit"]:
        return None
    pct = _dec(part["number"]) / _dec(whole["number"]) * 100
    if pct > 100 and not RATIO_SAID.search(ctx.question):
        return None  # a part is never more than its whole: these two are no part and whole
        # (支出是收入的百分之几: a ratio asked, over 100% as it comes)
    return _share_worked_out(ctx, before[0], part, after[0], whole)


def _share_worked_out(ctx: Context, name: str, part: dict, whole_name: str,
                      whole: dict) -> Answer:
    """One figure over another, said with both and labelled as computed (a ratio over 100%:
    支出总计是收入总计的107.72%)."""
    pct = _dec(part["number"]) / _dec(whole["number"]) * 100
    said = "是" if pct > 100 else "占"
    if FISCAL in whole_name and FISCAL not in name and part.get("table") and _fiscal(part):
        name += f"（{FISCAL}）"  # 教育支出 of a 财政拨款 table, over 财政拨款支出总计
    text = (f"{ctx.doc.label}{name}{part['value']}，{whole_name}{whole['value']}，"
            f"{name}{said}{whole_name}的{_percent(pct)}%（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_percent(pct)}%",), [part, whole])


# 支出里财政拨款支出占多少 (总支出里财政拨款的比重, asked plainly): the spending said bare as the
# whole, read as the year's spending total
BARE_SPENDING_WHOLE = re.compile(r"(?:^|(?<=[的总部年]))支出(?:总计|合计)?(?:里|中|当中|里面)")


def share_of_spending(ctx: Context) -> Answer | None:
    """One spending figure with no share stated, its whole said as bare 支出: that figure over
    the year's spending total (支出总计, else 支出合计), computed; None otherwise."""
    names = list(dict.fromkeys(h.entry.name for h in ctx.hits
                               if h.coverage == 1 and h.entry.kind != "term"))
    if len(names) != 1 or "支出" not in names[0] or not BARE_SPENDING_WHOLE.search(
            ctx.match.text) or any(f["qualifier"] == "占比" for f in ctx.doc.facts.get(
                names[0], [])):
        return None
    whole_name = next((w for word, totals in ctx.engine.data.vocabulary.defaults
                       if word == "支出" for w in totals if stated_value(ctx, w)), None)
    part = stated_value(ctx, names[0])
    whole = stated_value(ctx, whole_name) if whole_name else None
    if part is None or whole is None or part["unit"] != whole["unit"] or not whole["number"] \
            or whole_name == names[0]:
        return None
    return _share_worked_out(ctx, names[0], part, whole_name, whole)


def count_of_its_whole(ctx: Context) -> Answer | None:
    """正高占多少比例 with nothing named after 占: one count the narrative states as part of a
    whole it also counts (其中正高级职称828人 of 专任教师3265人), over that whole, computed;
    None otherwise."""
    names = list(dict.fromkeys(h.entry.name for h in ctx.hits if h.entry.kind != "term"))
    part = _exact_count(ctx, names[0]) if len(names) == 1 else None
    whole_name = (part or {}).get("parent") or ""
    whole = _exact_count(ctx, whole_name) if whole_name else None
    if part is None or whole is None or part["unit"] != whole["unit"] or not whole["number"]:
        return None
    return _share_worked_out(ctx, names[0], part, whole_name, whole)


def _share_of_this(ctx: Context, name: str, whole: str, part: dict | None, cut: int) -> bool:
    """A share the disclosure states of this thing is of the whole asked: one of them is stated
    of it (by name, a namesake, or the very words said after 占), or none says of what."""
    wholes = {whole, *_namesakes(ctx.doc, whole)}
    code, whole_code = row_code(ctx.doc, name), row_code(ctx.doc, whole)
    if code and whole_code and len(code) == len(whole_code):
        return False  # 卫生健康支出占社保就业支出: two of one level, its share is of their whole
    said = ctx.match.text[cut + 1:]
    shares = [f for f in _with_namesakes(ctx.doc, name, ctx.doc.facts.get(name, []))
              if f["qualifier"] == "占比"]
    for share in shares:
        of = share.get("parent") or (part or {}).get("parent") or ""
        words = _stated_whole(share)  # (占20.51%: none)
        if not of and words and FISCAL in whole and FISCAL not in words and words not in said \
                and part and part.get("table") and _fiscal(part):
            continue  # 占总支出的92.92%, asked of 财政拨款支出总计 with the row's 财政拨款 figure:
            # all funds' share, not this one
        if not of or of in wholes or any(w in of for w in wholes) or words and words in said:
            return True
    return False


OF_ALL = re.compile(r"总(?:支出|收入)|(?:支出|收入)总额|总额")  # a share of the whole year


def _stated_whole(share: dict) -> str:
    """The words a stated share names its whole by (占总支出的10.50%: 总支出)."""
    return re.sub(r"^占|的?[\d.]+%$", "", share.get("clause", ""))


def _of_another_whole(ctx: Context, share: dict, whole: str) -> bool:
    """The stated share is of the year's whole (占总支出) while a part's whole is asked
    (基本支出): the two differ."""
    words = _stated_whole(share)
    return bool(OF_ALL.fullmatch(words)) and words not in whole and not (
        whole in ctx.engine.data.vocabulary.totals or whole.endswith(("总计", "合计")))


def _of_departments(ctx: Context) -> bool:
    """Several departments named, or every one asked: what is computed is across them (bot/
    compare.py), each department's figure stated by itself."""
    return len(ctx.match.named_docs) > 1 or ctx.engine._across.asks_every(ctx.match.text)


POINTED_BASE = re.compile(r"是(?:它|其|这个|那个|这|那|前者|后者)的?(?:几|多少)倍")


TIMES_SAID = r"(?:几|多少|[一二两三四五六七八九十\d.]+)倍"  # 是它的几倍 / 差不多是它的三倍？
BUDGET_TIMES = re.compile(rf"(?:是|为|相当于)(?:年初)?预算(?:数)?的{TIMES_SAID}")
# 是上年的几倍, 快赶上去年的四倍了吧, 比上年翻了一倍没有: this year's over last year's
LAST_YEAR_TIMES = re.compile(rf"(?:是|为|相当于|赶上|有)(?:上年|去年|上一年|前一年|\d{{2,4}}年)"
                             rf"(?:度)?(?:的)?{TIMES_SAID}|翻(?:了)?(?:一|几|多少)?(?:倍|番)"
                             r"|除以(?:上年|去年|上一年|前一年)")  # 拿2017年的除以2016年的


OVER_LAST_YEAR = "本年是上年的"  # the times answer worked out from last year's stated change


def _times_last_year(ctx: Context, name: str) -> Answer | None:
    """X是上年的几倍: this year's figure over last year's, worked out from the stated change
    (比上年增减) or rate; None when neither is stated."""
    facts = ctx.doc.facts.get(name, [])
    now = _first(facts, "决算数", money=True)
    delta = _first(facts, "比上年增减", money=True)
    if now is None:
        return None
    signed = rate_of(ctx.doc, name)
    if delta is not None and delta["value"] != "持平":
        before = _dec(now["number"]) - _dec(delta["number"])
        said = f"比上年{'减少' if delta['number'] < 0 else '增加'}{delta['value']}"
        used = [now, delta]
        if signed is not None:  # …增长1.40%: the stated rate beside it
            said += f"，{'下降' if signed[0] < 0 else '增长'}{signed[1]['value']}"
            used.append(signed[1])
    elif signed is not None:
        change, rate = signed
        before = _dec(now["number"]) / (1 + change / 100)
        said, used = f"比上年{'下降' if change < 0 else '增长'}{rate['value']}", [now, rate]
    else:
        return None
    if before <= 0:
        return None
    ratio = _dec(now["number"]) / before
    text = (f"{ctx.doc.label}{name}{now['value']}，{said}，上年约{_fmt(before)}{now['unit']}，"
            f"{OVER_LAST_YEAR}{_fmt(ratio)}倍（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(ratio)}倍",), used)


def _times_budget(ctx: Context, name: str) -> Answer | None:
    """X的决算数是年初预算的几倍: 决算数 ÷ 预算数, the budget stated or worked out from the stated
    gap; None when neither is."""
    facts = ctx.doc.facts.get(name, [])
    now, budget = _first(facts, "决算数", money=True), _first(facts, "预算数", money=True)
    gap = _first(facts, "比预算增减")
    if now is None or (budget is None and gap is None):
        return None
    base = _dec(budget["number"]) if budget is not None else _budget_from_gap(now, gap)
    if not base:
        return None
    ratio = _dec(now["number"]) / base
    said = budget["value"] if budget is not None else \
        f"{_fmt(base)}{now['unit']}（由比预算增减推算）"
    text = (f"{ctx.doc.label}{name}决算数{now['value']}，年初预算{said}，决算数是年初预算的"
            f"{_fmt(ratio)}倍（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(ratio)}倍",), [f for f in (now, budget, gap) if f])


def _said_around_is(ctx: Context) -> tuple[str, str] | None:
    """The things said just before and just after the 是 of 甲是乙的几倍, when both are said."""
    said = ORDER_SAID.search(ctx.match.text)
    if said is None:
        return None
    spans = sorted((h.span, h.entry.name) for h in ctx.hits)
    before = [name for span, name in spans if span[1] <= said.start()]
    after = [name for span, name in spans if said.start() < span[0] < said.end()]
    return (before[-1], after[0]) if before and after else None


def times(ctx: Context) -> Answer:
    """甲是乙的几倍: 甲 ÷ 乙 of the two named, in the order said, labelled as computed."""
    named: list[tuple[str, dict]] = []
    end = -1
    kept = _scope_words_dropped(ctx, [h.entry.name for h in ctx.hits])  # 财政拨款里养老
    kept = set(_part_within(ctx, kept) if len(set(kept)) > 2 else kept)  # 工资福利里，津贴
    # 补贴是基本工资的几倍: the whole said first is where the two are, no third thing
    if len(kept) > 2:  # 政府采购服务类是货物类的几倍: the whole of the two, no third thing
        wholes = {f.get("parent") for n in kept for f in ctx.doc.facts.get(n, [])}
        kept = {n for n in kept if n not in wholes} or kept
    for hit in sorted(ctx.hits, key=lambda h: h.span):  # one thing for each place said: 支出
        if hit.entry.name not in kept:
            continue  # 保险缴费是职业年金的几倍: 财政拨款 the funds they are of, no thing
        fact = stated_value(ctx, hit.entry.name) if hit.entry.kind != "term" else None  # 总计 is
        if fact is not None and hit.span[0] >= end and hit.entry.name not in dict(named):
            named.append((hit.entry.name, fact))  # one of its namesakes, not two things
            end = hit.span[1]
    columns = row_columns(ctx)
    if columns is not None:  # 科学技术支出中，项目支出是基本支出的几倍: the row's two cells
        named = columns
    if len(named) < 2 and _of_departments(ctx):
        return _figures(ctx, first="决算数")  # 荷塘的X是普陀的几倍: each one's, set side by side
    if len(named) == 1 and (BUDGET_TIMES.search(ctx.match.text) or "预算" in ctx.match.text):
        of_budget = _times_budget(ctx, named[0][0])
        if of_budget is not None:  # 实际数是年初预算的几倍, 跟预算比翻了一倍: its final figure
            return of_budget  # over its budget
    elif len(named) == 1 and (LAST_YEAR_TIMES.search(ctx.match.text) or ctx.match.earlier):
        of_last = _times_last_year(ctx, named[0][0])
        if of_last is not None:  # 是上年的几倍: over last year's, worked out from the change
            return of_last
    if len(named) < 2:
        return decline(ctx.question, "请说出要相比的两项，例如：基本支出是项目支出的几倍。",
                       ctx.intent.name)
    (a, fa), (b, fb) = named[:2]
    pointed = POINTED_BASE.search(ctx.match.text)
    said_before = [h.entry.name for h in sorted(ctx.hits, key=lambda h: h.span)
                   if pointed and h.span[1] <= pointed.start()]
    if pointed and said_before and said_before[-1] == b:  # …公用经费呢，人员经费是它的多少倍:
        (a, fa), (b, fb) = (b, fb), (a, fa)  # the one said just before 是它的, over the other
    elif not pointed and not ORDER_SAID.search(ctx.match.text) and fa["number"] < fb["number"]:
        (a, fa), (b, fb) = (b, fb), (a, fa)  # 差几倍: the larger over the smaller
    elif not pointed and _said_around_is(ctx) == (b, a):  # 服务呢？货物是服务的几倍: the one
        (a, fa), (b, fb) = (b, fb), (a, fa)  # said just before 是, over the one after it
    if len(CHANGE_OF.findall(ctx.match.text)) >= 2:  # A的增加额是B增加额的几倍: the changes
        return _changes_times(ctx, a, b)
    if fa["unit"] != fb["unit"] or not fb["number"]:
        return decline(ctx.question, f"{a}和{b}的单位不同或为零，不能相比。", ctx.intent.name)
    ratio = _dec(fa["number"]) / _dec(fb["number"])
    text = (f"{ctx.doc.label}{a}{fa['value']}，{b}{fb['value']}，{a}是{b}的{_fmt(ratio)}倍"
            f"（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(ratio)}倍",), [fa, fb])


def _changes_times(ctx: Context, a: str, b: str) -> Answer:
    """The ratio of two things' stated changes on the year before (computed), or a firm decline
    when one states none."""
    changes = _stated_changes(ctx, [a, b])
    if isinstance(changes, Answer):
        return changes
    (_, fa, na), (_, fb, nb) = changes
    if fa["unit"] != fb["unit"] or not nb:
        return decline(ctx.question, f"{a}和{b}的变化单位不同或为零，不能相比。", ctx.intent.name)
    ratio = na / nb
    text = (f"{ctx.doc.label}{_changes_said(changes)}，{a}的变化额是{b}变化额的{_fmt(ratio)}倍"
            "（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(ratio)}倍",), [fa, fb])


def zeros(ctx: Context) -> Answer:
    """哪些是零, X里哪几项是0: the items stated with a final figure of zero — of the thing
    named (its parts, or its rows in a table), else of the whole disclosure's narrative."""
    names = _widened(ctx.doc, _names(ctx, ("metric", "cell", "column", "note", "derived")),
                     ("决算数",), tables_do=True)  # 三公经费: stated as 三公经费财政拨款支出
    items: list[tuple[str, dict]] = []
    for name in names:  # 三公经费, said for 三公经费财政拨款支出: the first with parts
        items = _members(ctx, name) or _rows_under(ctx, name) or _column_items(ctx, name)
        if items:
            names = [name]
            break
    if names:
        where = f"{names[0]}中"
    else:
        items = [(name, fact) for name, facts in ctx.doc.facts.items()
                 if (fact := _first(facts, "决算数", money=True)) and fact["value"] != "持平"]
        where = ""
    if not items:
        return decline(ctx.question, f"{ctx.doc.label}决算没有列出{names[0] if names else ''}"
                       "的分项，说不出哪几项为零。", ctx.intent.name)
    zero = [(n, f) for n, f in items if f["number"] == 0]
    if not zero:  # blank cells of a table are not read as figures: none found is no proof
        return decline(ctx.question, f"{ctx.doc.label}决算{where}没有写明为零的项目。",
                       ctx.intent.name)
    budgets = {n: b for n, _ in zero if "预算" in ctx.match.text and (
        b := _first(ctx.doc.facts.get(n, []), "预算数", money=True)) and b["number"]}
    listing = "、".join(n + (f"（预算数{_with_unit(budgets[n])}）" if n in budgets else "")
                        for n, _ in zero)
    text = f"{ctx.doc.label}{where}决算数为零的有：{listing}。"  # 预算一分没花的: with the
    # budget each had, when stated
    return _answer(ctx, text, tuple(f["value"] for _, f in zero) + tuple(
        b["value"] for b in budgets.values()), [f for _, f in zero] + list(budgets.values()))


def rate_worked_out(ctx: Context) -> Answer | None:
    """同比增长了百分之多少 with only the amount of change stated: change ÷ last year's value."""
    if not re.search(r"百分之|百分比|%|增长率|增幅|降幅|幅度|几成", ctx.match.text) and \
            not SHARE_MOVED.search(ctx.match.text):
        return None
    for name in _names(ctx, ("metric",)):
        facts = ctx.doc.facts.get(name, [])
        if _first(facts, "比上年增减率") is not None:
            return None
        now = _first(facts, "决算数", money=True)
        delta = _first(facts, "比上年增减", money=True)
        if now is None or delta is None or delta["value"] == "持平":
            continue
        before = _dec(now["number"]) - _dec(delta["number"])
        if before <= 0:
            continue
        pct = _dec(delta["number"]) / before * 100
        word = "增长" if pct >= 0 else "下降"
        text = (f"{ctx.doc.label}{name}{now['value']}，比上年{'增加' if pct >= 0 else '减少'}"
                f"{delta['value']}，上年约{_fmt(before)}{now['unit']}，{word}约{_fmt(abs(pct))}%"
                f"（计算得出，非原文数字）。")
        return _answer(ctx, text, (f"{_fmt(abs(pct))}%",), [now, delta])
    return None


# 是不是差不多被砍了一半, 少了三成吧: a share of last year's figure the change is said to be
SHARE_MOVED = re.compile(r"(?:少|降|减|砍|跌|掉|缩水|缩|涨|增|多)了?[^，,。？?\d]{0,4}"
                         r"(?:一半|一大半|[一二两三四五六七八九]成)")


FROM_TO = re.compile(r"[由从][^,，;；。]{0,20}(?<!\d)(\d+(?:\.\d+)?)([项件个人条次家户])"
                     r"[^,，;；。]{0,6}?(?:增至|增加到|增长到|上升到|提高到|降至|减少到|下降到|减至)"
                     r"[^,，;；。]{0,20}?(\d+(?:\.\d+)?)\2")
CHANGE_ASKED = re.compile(r"多了多少|增加了?多少|增长了?多少|少了多少|减少了?多少|多出|差多少|"
                          r"变化|百分之几|增幅|增长率|涨幅|涨了多少|%几|几成")
RATE_OF_CHANGE = re.compile(r"百分之几|增幅|增长率|涨幅|%几|几成|百分比")  # …涨了百分之几


def from_to(sentence: str, question: str) -> str | None:
    """由177项增至295项, asked 多了多少: the difference, computed and labelled."""
    if not CHANGE_ASKED.search(question):
        return None
    found = FROM_TO.search(sentence)
    if not found:
        return None
    before, unit, after = Decimal(found.group(1)), found.group(2), Decimal(found.group(3))
    diff = after - before
    word = "增加" if diff >= 0 else "减少"
    rate = f"，{word}{_percent(abs(diff) / before * 100)}%" if before and \
        RATE_OF_CHANGE.search(question) else ""  # 比去年涨了百分之几: the rate too
    return (f"由{before}{unit}到{after}{unit}，{word}{abs(diff)}{unit}{rate}"
            "（计算得出，非原文数字）。")


EARLIER_SIDE = re.compile(r"去年|上年|上一年|前一年")
EARLIER_ASKED = re.compile(r"原来|原先|以前|之前|起初|本来|改革前")


def earlier_stated(sentence: str, question: str) -> str | None:
    """由去年的177项增至295项, asked 去年/原来是多少: the earlier figure as the sentence states
    it (its year named there, or the question asking what it was before)."""
    found = FROM_TO.search(sentence)
    if not found:
        return None
    lead = sentence[found.start():found.start(1)]
    if not (EARLIER_SIDE.search(lead) or EARLIER_ASKED.search(question)):
        return None
    return found.group(1) + found.group(2)


def wants_sum(ctx: Context) -> bool:
    """人员经费加公用经费: two things named and a sum word between them."""
    return len({h.entry.name for h in ctx.hits if h.entry.kind in ("metric", "cell")}) >= 2 \
        and _asks_sum(ctx)
