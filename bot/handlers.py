"""Intent → Answer. Reads the in-memory index of the store; never sends anything."""

from __future__ import annotations

import re
from calendar import isleap
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from rapidfuzz.distance import LCSseq

from bot.answer import BULLET, Answer, Source, joined
from bot.intents import Intent
from bot.library import DocIndex
from bot.nlu import (
    AMOUNT_SAID,
    BUDGET_KINDS,
    TOTAL_NAMED,
    Entry,
    Hit,
    Match,
    _in_order,
    any_of,
    common_run,
    left_out,
)
from bot.normalize import fold, number_said
from bot.passages import COUNT_UNITS, items_of, own_item, part_of_whole
from bot.vocab import MONEY_UNITS, stated_name

EARLIER_ASKED = {"amount", "share", "budget", "compare", "per_capita", "total", "ranking",
                 "difference", "headline"}  # asked of the year before → last year's figure
FIGURES = EARLIER_ASKED | {"change", "last_year"}  # handlers that state the unit's figures

ORDER = ["决算数", "预算数", "比预算增减", "比预算增减率", "完成预算比例", "比上年增减",
         "比上年增减率", "占比"]


@dataclass
class Context:
    question: str
    match: Match
    intent: Intent
    doc: DocIndex
    hits: list[Hit]
    engine: object  # bot.engine.Engine: for re-matching with a narrower vocabulary


def decline(question: str, text: str, intent: str | None = None, confidence: float = 0.0,
            options: tuple[str, ...] = ()) -> Answer:
    """A reply that states no fact: unknown, out of scope, or a question back."""
    return Answer(question, False, intent, confidence, text, options=options)


# ---------------------------------------------------------------- what a layout leaves out

# Parts of the national template that some layouts of the family leave out (a university's
# has no 三公经费, 机关运行经费, 政府采购 or assets): asked about, they are declined as not
# disclosed, never answered with a neighbouring figure (机关运行经费 ≠ 机构运行).
TOPICS = (("三公", "因公出国", "公务接待"), ("机关运行经费", "机关运行费"), ("政府采购",),
          ("公务用车", "公车", "车辆", "用车"), ("国有资产", "资产占用", "固定资产"),
          ("绩效",), ("中小企业", "小微企业", "中小微"))
UNDISCLOSED = "这份决算没有公开这项内容。"
NAMED_AT_MOST = 5  # things answered of one question (工资福利、商品和服务、…、资本性支出各多少)


def template_gap(asked: str, docs: list[DocIndex]) -> str | None:
    """The word of a part of the template the text names that none of these disclosures says
    anything of; None when it names none, or one of them has it."""
    for words in TOPICS:
        named = next((w for w in words if w in asked), None)
        if named and docs and not any(doc.mentions(words) for doc in docs):
            return named
    return None


def undisclosed(ctx: Context) -> Answer | None:
    """A decline when the question asks for a part of the template this disclosure omits."""
    named = template_gap(fold(ctx.question) + ctx.match.text, [ctx.doc])
    if named is None:
        return None
    text = f"{UNDISCLOSED}（{ctx.doc.title}里没有“{named}”的内容。）"
    return decline(ctx.question, text, ctx.intent.name, ctx.match.confidence)


# ---------------------------------------------------------------- all funds or 财政拨款

FISCAL = "财政拨款"


def _fiscal(row: dict) -> bool:
    """A figure of the 财政拨款 part: said in a 财政拨款 section, or a 财政拨款 table's cell."""
    where = row["table"] + row["column"] if "table" in row else row["section"] + row["parent"]
    return FISCAL in where and FISCAL not in row.get("metric", row.get("row", ""))


def _in_scope(ctx: Context, name: str, rows: list[dict]) -> list[dict]:
    """财政拨款 figures when the question says 财政拨款, else the all-funds ones, when both
    exist: a university states 基本支出 once for all funds and once for 财政拨款."""
    if FISCAL in name:
        return rows
    kept = [r for r in rows if _fiscal(r) == _wants_fiscal(ctx)]
    return kept or rows


NOT_ONLY = re.compile(r"(不只是|不光是|不仅是|不单是|不只|不光|不仅|除了|不限于|不是只问|不是只看"
                      r"|不是只|不要只|(?<!是)不是)" + FISCAL)  # 不是只问财政拨款那部分: all funds


# 本年收入合计减去财政拨款收入: the income taken out is a thing, no scope of the whole
INCOME_TAKEN = re.compile(r"(?:减去|减掉|扣除|扣掉|除了|除去|除开)" + FISCAL + "收入")


def _wants_fiscal(ctx: Context) -> bool:
    """财政拨款 asked — not "不只是财政拨款", which asks all funds."""
    said = FISCAL in ctx.match.text or FISCAL in ctx.question
    return said and not (NOT_ONLY.search(ctx.question) or NOT_ONLY.search(ctx.match.text)
                         or INCOME_TAKEN.search(ctx.match.text))


def _scope_label(ctx: Context, name: str, facts: list[dict]) -> str:
    """（财政拨款） after the name when only that part is stated and all funds were asked."""
    if FISCAL in name or _wants_fiscal(ctx) or not facts or not all(map(_fiscal, facts)):
        return ""
    return f"（{FISCAL}）"


def _scope_words_dropped(ctx: Context, names: list[str]) -> list[str]:
    """高等教育的财政拨款支出: 财政拨款 names the part of 高等教育 asked, not a figure of its own
    (财政拨款收入), when 高等教育 has 财政拨款 figures."""
    scoped = [n for n in names if FISCAL not in n and not n.endswith(("总计", "合计")) and any(
        _fiscal(r) for r in ctx.doc.facts.get(n, []) + ctx.doc.cells.get(n, []))]
    return [n for n in names if FISCAL not in n] if scoped else names


FISCAL_BALANCE = re.compile(FISCAL + r"(?:资金)?的?(?:年[初末]|上年)?的?(?:结转|结余)")


def _fiscal_balance(ctx: Context, names: list[str]) -> list[str] | Answer:
    """财政拨款结转结余: the 财政拨款 part of a carry-over, never the 财政拨款 received (the
    names without it); declined where the disclosure states the carry-over only for all funds."""
    balances = [n for n in names if "结转" in n or "结余" in n]
    if any(FISCAL in n for n in balances) or any(
            map(_fiscal, (r for n in balances
                          for r in ctx.doc.facts.get(n, []) + ctx.doc.cells.get(n, [])))):
        return [n for n in names if n in balances or FISCAL not in n]
    start = "年初" if re.search(r"年初|上年", ctx.match.text) else ""
    named = [n for n in (*ctx.doc.facts, *ctx.doc.cells) if FISCAL in n and "结转" in n
             and ("年初" in n or "上年" in n) == bool(start)]  # 财政拨款结余: the table's row
    if named:
        return named[:1] + [n for n in names if n not in balances and FISCAL not in n]
    text = f"{ctx.doc.label}决算没有单独列出{start}财政拨款的结转和结余。"
    return replace(decline(ctx.question, text, ctx.intent.name, ctx.match.confidence), firm=True)


# ---------------------------------------------------------------- figures

def amount(ctx: Context) -> Answer:
    """The figure(s) named, with every stated context: budget, change, share, parts."""
    if wants_sum(ctx):
        return total(ctx)
    less = _count_less_included(ctx)
    if less is not None:  # 只带硕士的导师有多少: 2027人(含博导) less the 博导 599人
        return less
    sides = _row_sides(ctx) if any(h.entry.kind == "derived" for h in ctx.hits) else None
    if sides is not None:  # 高中教育收支差多少: the row's two sides, not the unit's 收支差额
        return sides
    income = _row_income(ctx)
    if income is not None:  # 科学技术这块的收入是多少: the row's income, never its spending
        return income
    found = _figures(ctx, first="决算数")
    counted = part_of_whole(found.sources[0].sentence, ctx.question) if found.answered and \
        found.sources and found.figures and COUNTED.search(found.figures[0]) else ""
    if counted:  # 回访2447件，不满意19件，其余的有多少件: the two counts' gap, worked out
        return replace(found, answer=found.answer + counted)
    return found


COUNTED = re.compile(rf"\d(?:{'|'.join(COUNT_UNITS)})$")  # a count of the narrative


def share(ctx: Context) -> Answer:
    """The stated share, else value ÷ its total (labelled as computed)."""
    if re.search(r"多少钱|多少万|金额", ctx.match.masked):  # not 金额 of a name (服务采购金额)
        return _figures(ctx, first="决算数")  # 服务类占了多少钱 asks an amount
    if RATE_ASKED.search(ctx.match.text):
        return budget(ctx)  # 花了预算的几成: the share of the budget spent
    if TOP_PART.search(ctx.match.text):  # 基本支出里最大的一项占基本支出的比例: the largest
        return ranking(ctx)  # part's share, found by ranking its parts
    of_change = _share_of_change(ctx)
    if of_change is not None:  # 教育支出在总增量里占百分之多少: one change of another
        return of_change
    named = sum_then_share(ctx) or share_of(ctx)  # A与B加在一起占C的比例: their sum's share
    if named is not None:
        return named
    funds = _fiscal_share_of_row(ctx)
    if funds is not None:  # 高等教育支出里财政拨款占多少: the row's 财政拨款 total ÷ its total
        return funds
    unheard = _part_unheard(ctx)
    if unheard:  # 商品那部分占基本支出多少: the part is not known, never 基本支出's own share
        return decline(ctx.question, unheard, ctx.intent.name, ctx.match.confidence)
    part = _part_of_other(ctx)
    if part is not None:  # 甲占乙: 甲 states no share and cannot be divided: never 乙's own share
        return decline(ctx.question, f"{ctx.doc.label}决算没有写明{part[0]}占{part[1]}的比例，"
                       "也没有可以用来计算的两个数。", ctx.intent.name, ctx.match.confidence)
    from bot.several import count_of_its_whole, share_of_spending  # several reads these
    # helpers: imported here

    counted = count_of_its_whole(ctx) or share_of_spending(ctx)
    if counted is not None:  # 正高占多少比例: of the whole its count is stated in; 总支出里
        return counted  # 财政拨款的比重: of the year's spending
    return _figures(ctx, first="占比")


# the largest (or smallest) part said instead of its name (最大的一项, 最多那块, 哪项最多)
TOP_SAID = r"最(?:大|多|高|小|少|低)的?(?:那|这)?[一1]?(?:项|块|类|个|部分)"
TOP_PART = re.compile(rf"{TOP_SAID}|哪[一1]?[项个块类][^，,。？?占]{{0,3}}最(?:大|多|高|小|少|低)")
# the words of a part said by pointing, not by name (那部分, 这一块的)
PART_POINTER = re.compile(r"[那这]一?(?:部分|块|项|个|笔)|的|其中|里面?|当中|在|它|其"
                          r"|是不是|是否|有没有")


SHARE_WORDS_AFTER = re.compile(r"^占[^，,。？?]{2,16}?的?(?:比例|比重|百分之|几成|多少)")


def _part_unheard(ctx: Context) -> str:
    """The reply when only the whole after 占 is found and the part before it is not
    (商品那部分占基本支出多少), or not said at all (占项目支出的比例); "" otherwise."""
    cut = ctx.match.text.find("占")
    if cut < 0 or not ctx.hits or any(h.span[0] < cut for h in ctx.hits):
        return ""
    if cut == 0 and SHARE_WORDS_AFTER.search(ctx.match.text):
        return "没有说是哪一项占的比例，请说出那一项的名称。"
    said = PART_POINTER.sub("", ctx.match.text[:cut])
    return f"{ctx.doc.label}决算里没有找到“{said}”这一项。" if re.fullmatch(
        r"[\u4e00-\u9fff]{2,8}", said) else ""


def _count_less_included(ctx: Context) -> Answer | None:
    """A count the narrative says holds another (硕士生导师2027人(含博导)) asked without it (不算
    博导的, 只带硕士的): the count less the one it holds, computed; None otherwise."""
    if not WITHOUT_SAID.search(ctx.match.text):
        return None
    for name in _names(ctx, ("metric",)):
        facts = ctx.doc.facts.get(name, [])
        held = INCLUDED.search(facts[0].get("clause", "")) if len(facts) == 1 else None
        if held is None:
            continue  # (不算博导的硕导: 博导 named too, holding none)
        inner = next((n for n, fs in ctx.doc.facts.items() if n != name and len(fs) == 1
                      and fs[0]["unit"] == facts[0]["unit"] and _in_order(held.group(1), n)),
                     None)
        if inner is None or facts[0]["number"] is None:
            return None
        part = ctx.doc.facts[inner][0]
        rest = _dec(facts[0]["number"]) - _dec(part["number"])
        unit = facts[0]["unit"]
        text = (f"{ctx.doc.label}{name}{facts[0]['value']}（含{held.group(1)}），{inner}"
                f"{part['value']}，不含{held.group(1)}的{name}{rest.normalize():f}{unit}"
                "（计算得出，非原文数字）。")
        return _answer(ctx, text, (f"{rest.normalize():f}{unit}",), [facts[0], part])
    return None


INCLUDED = re.compile(r"[(（]含([\u4e00-\u9fff]{1,8})[)）]")  # 2027人(含博导): a count holding one
WITHOUT_SAID = re.compile(r"不算|不含|不包括|除去|除了|扣除|去掉|只带|不带|刨去|之外|以外")


CHANGED_BY = re.compile(r"[多少]了|增|减|涨|降|比上年|同比|比去年")


def _fiscal_share_of_row(ctx: Context) -> Answer | None:
    """财政拨款 said as the part of one row of the tables (高等教育支出里财政拨款占多少, 教育支出
    类收入里财政拨款占几成): the row's 财政拨款 figure on that side ÷ its total of all funds;
    None unless both are printed, or when 财政拨款 names the whole (占财政拨款支出的几成)."""
    text, asked = ctx.match.text, fold(ctx.question)
    if FISCAL not in asked and ("财政" in asked or "里" + FISCAL + "占" in text):
        asked = text  # 八成以上靠财政: 财政拨款 by another name (or put in by a follow-up's
        # reading: 教育支出财政拨款多少, 占全部教育支出的比例)
    said = [text[slice(*h.span)] for h in ctx.hits if FISCAL in h.entry.name and h.coverage == 1]
    if FISCAL not in asked or any(not w.startswith("财政") for w in said) or (
            "占" in asked and asked.find(FISCAL) > asked.find("占")) or CHANGED_BY.search(asked):
        return None  # 占一般公共预算财政拨款支出的比重: a whole of that name, no scope (少了
        # 百分之多少: a change)
    whole_said = [h for h in ctx.hits if h.coverage == 1 and FISCAL not in h.entry.name]
    rows = list(dict.fromkeys(h.entry.name for h in whole_said))  # (其他教育支出 in part: none)
    scope = FUNDS_AS_WHOLE.search(text)
    if len(rows) != 1 or scope and scope.start() < min(h.span[0] for h in whole_said):
        return None  # (财政拨款支出里教育这一块占多少: the funds said first are the whole)
    funds = _row_funds(ctx, rows[0], _side_said(text))
    if funds is None:  # 基本支出里财政拨款占多少: 财政拨款 said after the row, as its part
        row_at = min(h.span[0] for h in whole_said)
        return _fiscal_share_stated(ctx, rows[0]) if 0 <= row_at < text.find(FISCAL) and all(
            w == FISCAL for w in said) else None
    whole, fiscal = funds
    whole_said = f"{whole['table']}中「{rows[0]}」{whole['column']}{whole['value']}{whole['unit']}"
    fiscal_said = f"{fiscal['value']}{fiscal['unit']}（{fiscal['table']}）"
    return _funds_share(ctx, whole, fiscal, [cell_fact(c) for c in (whole, fiscal)], whole_said,
                        fiscal_said)


FUNDS_AS_WHOLE = re.compile(FISCAL + r"[^占，,。？?]{0,4}?(?:里面|里头|当中|之中|里|中)")


def _fiscal_share_stated(ctx: Context, name: str) -> Answer | None:
    """基本支出里财政拨款占多少, with no table row of it: the narrative's 财政拨款 figure of it
    ÷ its figure of all funds, both stated; None otherwise."""
    stated = [f for f in ctx.doc.facts.get(name, []) if f["qualifier"] == "决算数"
              and f["unit"] in MONEY_UNITS and f.get("number")]
    fiscal = next((f for f in stated if _fiscal(f)), None)
    whole = next((f for f in stated if not _fiscal(f)), None)
    if fiscal is None or whole is None or fiscal["unit"] != whole["unit"]:
        return None
    return _funds_share(ctx, whole, fiscal, [whole, fiscal], f"{name}{whole['value']}",
                        fiscal["value"])


def _funds_share(ctx: Context, whole: dict, fiscal: dict, facts: list[dict], whole_said: str,
                 fiscal_said: str) -> Answer | None:
    """The 财政拨款 part's share of its whole of all funds, worked out and labelled; None over
    100% (no part and whole)."""
    pct = _dec(fiscal["number"]) / _dec(whole["number"]) * 100
    if pct > 100:
        return None
    text = (f"{ctx.doc.label}{whole_said}，其中财政拨款{fiscal_said}，"
            f"财政拨款占{_percent(pct)}%（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_percent(pct)}%",), facts)


def _side_said(text: str) -> str:
    """The side of a row asked: the last of 收入 and 支出 said (教育支出类收入: income)."""
    return "收入" if text.rfind("收入") > text.rfind("支出") else "支出"


def _row_funds(ctx: Context, row: str, side: str) -> tuple[dict, dict] | None:
    """A row's total of all funds on one side (收入 or 支出) and its 财政拨款 part, both printed
    in the tables in one unit; None otherwise."""
    cells = [c for c in ctx.doc.cells.get(row, []) if side in c["table"]
             and c["unit"] in MONEY_UNITS and c["number"]]
    totals = ("合计", f"本年{side}合计")
    fiscal = next((c for c in cells if FISCAL in c["table"] and c["column"] in totals
                   or FISCAL in c["column"] and FISCAL not in c["table"]), None)
    whole = next((c for c in cells if FISCAL not in c["table"] and c["column"] in totals), None)
    if fiscal is None or whole is None or fiscal["unit"] != whole["unit"]:
        return None
    return whole, fiscal


# a part's own share asked after another's (基本支出所占几成，项目支出又占几成): no whole
SHARE_AGAIN = re.compile(r"(?:又|也|则|还|分别|各)?(?:所)?占")
# nothing but the kind of a share said after the whole (…占住房保障多少, 占…的比例)
SHARE_KIND_ONLY = re.compile(r"[多少几的比例重百分之%成是为呢吗？?]*")


def named_after(ctx: Context, cut: int, terms: bool = True) -> list[str]:
    """The things named after 占 at cut: those after it, else one found loosely that takes
    the 占 in with nothing but the kind after it (占住房保障多少: 住房保障支出)."""
    hits = [h for h in ctx.hits if (terms or h.entry.kind != "term")
            and not SHARE_AGAIN.match(ctx.match.text, h.span[1])]  # 项目支出又占几成: a part
    return [h.entry.name for h in hits if h.span[0] > cut] or [
        h.entry.name for h in hits if h.span[0] == cut and h.span[1] > cut + 1
        and SHARE_KIND_ONLY.fullmatch(ctx.match.text[h.span[1]:])]


def _part_of_other(ctx: Context) -> tuple[str, str] | None:
    """甲占乙的比例, 甲 stating no share of its own: (甲, 乙); None when not so asked."""
    cut = ctx.match.text.find("占")
    if cut < 0:
        return None
    before = [h.entry.name for h in ctx.hits if h.span[1] <= cut and h.entry.kind != "term"]
    after = named_after(ctx, cut, terms=False)
    said = ITEM_SAID.search(ctx.match.text[:cut])
    if not before and after and said and ITEM_END.search(said.group(0)) and \
            GENERIC_HEAD.sub("", said.group(1)):  # 工资福利支出占基本支出: an item not found
        return said.group(0), after[0]
    if not before or not after or before[0] == after[0]:
        return None
    stated = ctx.doc.facts.get(before[0], []) + [
        f for n in _namesakes(ctx.doc, before[0]) for f in ctx.doc.facts.get(n, [])]
    return None if any(f["qualifier"] == "占比" for f in stated) else (before[0], after[0])


def change(ctx: Context) -> Answer:
    """The stated change on last year; declines when the disclosure states none."""
    of_change = _share_of_change(ctx)
    if of_change is not None:  # 总支出增加的那部分里，教育支出增加的占多少: one change of another
        return of_change
    rate = rate_worked_out(ctx)
    if rate is not None:
        return rate
    if _one_against_other(ctx) and not FASTER.search(ctx.match.text):  # 年末…比年初…变化大不
        return difference(ctx)  # 大: the two set against each other (小学跟高中比，哪个涨得快:
        # their rates)
    sides = _sides_changed(ctx)
    if sides is not None:  # 支出比上年增加的比收入增加的多多少: the two sides' changes
        return sides
    values = _stated_values(ctx)
    moved = changes_apart(ctx, values) if len(values) == 2 else None
    if moved is not None:  # 支出总计比上年增加的比收入总计增加的多还是少: their changes
        return moved
    balance = _balance_moved(ctx)
    if balance is not None:  # 年末结转和结余比年初多了多少: the closing less the opening balance
        return balance
    by_rate = _moved_by_rate(ctx) if MONEY_MOVED_ASKED.search(ctx.match.text) else None
    if by_rate is not None:  # 比上年减少0.38%, 少了多少钱: the amount worked out from the rate
        return by_rate
    cut = ctx.match.text.find("占")
    before = [h for h in ctx.hits if 0 <= cut and h.span[1] <= cut]
    if before and named_after(ctx, cut):  # 其他收入占收入总计几成，跟上年比呢: the part's
        ctx = replace(ctx, hits=before)  # change, never its whole's
    answer = _figures(ctx, first="比上年增减", require=("比上年增减", "比上年增减率"))
    if answer.answered and DOUBLED_ASKED.search(ctx.question) and len(values) == 1:
        from bot.several import _times_last_year  # several reads these helpers: imported here

        times = _times_last_year(ctx, values[0][0])  # 涨了多少，有没有翻一番: its change, then
        if times is not None:  # this year's over last year's
            return joined(answer, [answer, times])
    if answer.answered and RATES_COMPARED.search(ctx.match.text) and len(values) == 2:
        return _faster(ctx, answer, firm=False)  # (one rate stated: the answer as it is)
    return _faster(ctx, answer) if answer.answered and FASTER.search(ctx.match.text) else answer


def _balance_moved(ctx: Context) -> Answer | None:
    """A closing balance's change asked with no change on last year stated of it (年末结转和结余
    多了多少, 一年下来结余增加了多少): the closing balance less the opening one, both stated
    this year, computed; None when the year before is said (比上年, 去年: a change stated or
    none) or either balance is not stated."""
    from bot.several import stated_value  # several reads these helpers: imported when asked

    if YEAR_BEFORE_SAID.search(ctx.question):
        return None

    def stated(name: str) -> dict | None:
        cell = _cell(ctx.doc, name)
        return stated_value(ctx, name) or _first(ctx.doc.facts.get(name, []), "决算数",
                                                 money=True) or (cell_fact(cell) if cell else None)
    for name in _names(ctx, ("metric", "cell")):
        if "结转" not in name or not name.startswith(("年末", "年初", "上年")) or _first(
                ctx.doc.facts.get(name, []), "比上年增减", money=True):
            continue
        rest = name[2:]  # 上年结转和结余多了多少 after 年末: the same movement, asked of the other
        closing = stated("年末" + rest)
        for opening_name in ("年初" + rest, "上年" + rest):
            opening = stated(opening_name)
            if closing and opening and closing.get("number") is not None and \
                    opening.get("number") is not None:
                text, gap = _gap_said(ctx, ("年末" + rest, closing), (opening_name, opening))
                shown = [f"{_fmt(abs(gap))}万元"]
                if PERCENT_ASKED.search(ctx.match.text) and opening["number"]:
                    pct = gap / _dec(opening["number"]) * 100  # 增长了百分之多少: of the opening
                    text += f"，{'增长' if gap >= 0 else '下降'}{_percent(abs(pct))}%"
                    shown.append(f"{_percent(abs(pct))}%")
                return _answer(ctx, text + "（计算得出，非原文数字）。", tuple(shown),
                               [closing, opening])
        return None
    return None


PERCENT_ASKED = re.compile(r"百分之|百分比|%|幅度|几个点|几成")  # a rate asked, not an amount
YEAR_BEFORE_SAID = re.compile(r"上年|去年|上一年|前一年|\d{2,4}年")  # the year before, named


DOUBLED_ASKED = re.compile(r"翻(?:了)?(?:一番|一倍|番|倍)|两倍|2倍|几倍")  # 有没有翻一番
# the change asked in money (少了多少钱, 换成钱是多少万), not as a rate
MONEY_MOVED_ASKED = re.compile(r"多少钱|多少万|几万|万元|换成钱|折合|金额|数额|绝对值|绝对数")


def _moved_by_rate(ctx: Context) -> Answer | None:
    """The change on last year in money of a thing whose disclosure states only a rate: this
    year's less this year's ÷ (1 ± the rate), computed and labelled; None when a change in money
    is stated (it answers itself) or no rate is."""
    names = _names(ctx, ("metric",)) + _stated_as(ctx.doc, _names(ctx, ("cell",)))
    if not names:
        return None
    facts = ctx.doc.facts.get(names[0], [])
    now = _first(facts, "决算数", money=True)
    signed = rate_of(ctx.doc, names[0]) if now and now["unit"] in MONEY_UNITS else None
    if signed is None or _first(facts, "比上年增减", money=True):
        return None
    change, rate = signed
    before = (_dec(now["number"]) / (1 + change / 100)).quantize(Decimal("0.01"),
                                                                   rounding=ROUND_HALF_UP)
    moved, unit = _dec(now["number"]) - before, now["unit"]
    scope = _scope_label(ctx, names[0], [now, rate])
    text = (f"{ctx.doc.label}{names[0]}{scope}为{now['value']}，{_phrase(rate)}，由此推算比上年"
            f"{'减少' if moved < 0 else '增加'}约{_fmt(abs(moved))}{unit}"
            "（按增减率计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(abs(moved))}{unit}", rate["value"]), [now, rate])


CHANGE_SHARE_ASKED = re.compile(r"占[^，,。？?]{0,12}?(?:多少|几成|百分之|%|比例|比重)"
                                r"|(?:比例|比重)是?多少|里(?:头|面)?算几成"
                                r"|贡献了?(?:百分之|多少|几成|%|多大)"  # (增量里贡献了百分之多少)
                                r"|占了?占比")  # (占了多大比重, as the normaliser puts it)
MOVED_SAID = re.compile(r"增加|增长|增量|多出|减少|下降|减量|涨|降")
OF_WHOLES_CHANGE = re.compile(r"占[^，,。？?]{0,10}?(?:增加|增长|减少|下降)(?:额|量|的部分|部分)")


def _share_of_change(ctx: Context) -> Answer | None:
    """总支出增加的部分里，教育支出的增量占多少: one thing's stated change on the year before over
    another's (the larger, the same way), computed; None unless both state one in money."""
    from bot.several import _stated_changes

    moved = len(MOVED_SAID.findall(ctx.match.text))
    if not (CHANGE_SHARE_ASKED.search(ctx.match.text) and moved):
        return None
    names = list(dict.fromkeys(h.entry.name for h in ctx.hits
                               if h.coverage == 1 and h.entry.kind != "term"))
    whole = _side_total(ctx, names[0]) if len(names) == 1 and TOTAL_MOVED.search(
        ctx.match.text) else None
    if whole is not None:  # 教育支出占了总增加额的百分之多少: of its side's total's change
        names, moved = [names[0], whole], 2
    if len(names) == 1:
        return _change_of_its_own(ctx, names[0])
    if len(names) != 2 or moved < 2 and not OF_WHOLES_CHANGE.search(ctx.match.text):
        return None  # (教育支出占总支出增加额的多少: a part of an increase is the part's own)
    changes = _stated_changes(ctx, names)
    if isinstance(changes, Answer):
        return None
    (a, fa, na), (b, fb, nb) = sorted(changes, key=lambda c: abs(c[2]))
    if fa["unit"] != fb["unit"] or not nb or (na < 0) != (nb < 0):
        return None
    pct = na / nb * 100
    said = "，".join(f"{n}比上年{'减少' if x < 0 else '增加'}{f['value'].lstrip('-')}"
                    for n, f, x in ((a, fa, na), (b, fb, nb)))
    text = (f"{ctx.doc.label}{said}，{a}的变化占{b}变化的{_percent(pct)}%"
            f"（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_percent(pct)}%",), [fa, fb])


# the change of the whole said without its name (总增加额, 增加的总额, 整体增加的)
TOTAL_MOVED = re.compile(r"总(?:收入|支出)?(?:的)?(?:增加|增长|减少|下降)"
                         r"(?:额|量|部分|的部分|的钱)?"
                         r"|总增量|总减量|(?:增加|增长|减少)(?:的)?总额|整体(?:增加|增长|减少)"
                         r"|(?:全部|整体|所有)的?(?:增量|增加额|增长额|减量|减少额)"
                         r"|^(?:收入|支出)的?(?:增量|增加额|增长额|增加的部分|多出来的)")


def _side_total(ctx: Context, name: str) -> str | None:
    """The total of the side a thing is on (支出总计 for 教育支出) that states a change."""
    side = "收入" if name.endswith("收入") else "支出" if "支出" in name else None
    if side is None:
        return None
    return next((t for t in (f"{side}总计", f"{side}合计", f"本年{side}合计")
                 if t != name and _first(ctx.doc.facts.get(t, []), "比上年增减", money=True)),
                None)


def _change_of_its_own(ctx: Context, name: str) -> Answer | None:
    """机关运行经费增加的484.02万，在2017年机关运行经费里头算几成: its stated change over its own
    final figure (in a line that names the thing twice, once as the whole); None otherwise."""
    if len(re.findall(re.escape(name), ctx.match.text)) < 2 or ctx.match.earlier:
        return None  # (占上年的几成: last year's figure, not stated)
    facts = _with_namesakes(ctx.doc, name, ctx.doc.facts.get(name, []))
    now, change = _first(facts, "决算数", money=True), _first(facts, "比上年增减", money=True)
    if now is None or change is None or not now["number"] or now["unit"] != change["unit"]:
        return None
    pct = abs(_dec(change["number"])) / _dec(now["number"]) * 100
    text = (f"{ctx.doc.label}{name}{now['value']}，比上年"
            f"{'减少' if change['number'] < 0 else '增加'}{change['value'].lstrip('-')}，"
            f"变化额占本年{name}的{_percent(pct)}%（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_percent(pct)}%",), [now, change])


def _sides_changed(ctx: Context) -> Answer | None:
    """Two changes said (X增加的比Y增加的) of a figure derived from two sides (收支差额 found by
    its words): those sides' stated changes set against each other, in the order said; None
    otherwise."""
    from bot.several import CHANGE_OF, changes_apart, stated_value

    if len(CHANGE_OF.findall(ctx.match.text)) < 2:
        return None
    found = {h.entry.name for h in ctx.hits if h.entry.kind == "derived"}
    for derived in ctx.engine.data.vocabulary.derived:
        if derived.name not in found or not all(derived.minus):
            continue
        pair = [next(((n, f) for n in options if (f := stated_value(ctx, n))), None)
                for options in derived.minus]
        if None in pair:
            return None
        text = ctx.match.text
        pair.sort(key=lambda p: i if (i := text.find(p[0][:2])) >= 0 else len(text))  # as said
        return changes_apart(ctx, pair)
    return None


# which of the things grew (or fell) faster (哪个涨得快, 谁的增幅大, 哪项降得多)
FASTER = re.compile(r"(?:哪个|哪一个|哪项|哪一项|谁|哪家)[^，,。？?]{0,6}?"
                    r"(?:快|慢|增幅|涨幅|降幅|幅度)")
# A的降幅和B的降幅比，哪个更大: the rates of two things named, set side by side
RATES_COMPARED = re.compile(r"(?:增幅|涨幅|降幅|幅度|增速)[^。？?]{0,16}?(?:哪个|哪一个|谁)"
                            r"[^，,。？?]{0,3}(?:大|高|快|猛)")


def _faster(ctx: Context, answer: Answer, firm: bool = True) -> Answer:
    """The rates on last year of the things named, set side by side: which rose most (or fell
    most, when all fell), computed and labelled."""
    rates = []
    for name in _names(ctx, ("metric", "cell")):
        fact = _first(ctx.doc.facts.get(name, []), "比上年增减率")
        if fact is not None and fact["unit"] == "%":
            down = fact["number"] < 0 or re.search(r"减少|下降|降低", fact["clause"])
            rates.append((name, -abs(_dec(fact["number"])) if down else abs(_dec(fact["number"])),
                          _phrase(fact)))
    if len(rates) < 2 and (not firm or len(ctx.match.doc_ids) > 1):  # 哪家增幅大: each
        return answer  # department's own change, set beside the other's
    if len(rates) < 2:  # 哪个涨得快 with one thing found: nothing to set it against
        return decline(ctx.question, "要比较哪几项的增长快慢？请说出它们的名称。", ctx.intent.name,
                       ctx.match.confidence)
    rates.sort(key=lambda r: -r[1])
    top = rates[0] if rates[0][1] > 0 else rates[-1]  # all fell: the one that fell most
    listing = "，".join(f"{n}{p}" for n, _, p in rates)
    word = "增长最快" if top[1] > 0 else "下降最多"
    line = f"{word}的是{top[0]}（{listing}；按比上年增减率比较，计算得出）。"
    return replace(answer, answer=f"{ctx.doc.label}{line}\n{answer.answer}")


def _one_against_other(ctx: Context) -> bool:
    """Two things named whole with 比 between them (A比B变了多少): one set against the other, no
    change on last year."""
    text = ctx.match.text
    named: list[tuple[tuple[int, int], str]] = []
    for span, name in sorted((h.span, h.entry.name) for h in ctx.hits
                             if h.coverage == 1 and h.entry.kind in ("metric", "cell")):
        if named and named[-1][1] == name and named[-1][0][1] == span[0]:  # 年初（上年结转）:
            named[-1] = ((named[-1][0][0], span[1]), name)  # one thing said twice, one place
        else:
            named.append((span, name))
    return any(a_name != b_name and (
        re.fullmatch(r"的?(?:比|较)", text[a_end:b_start]) or re.fullmatch(
            r"的?(?:跟|和|与|同)", text[a_end:b_start]) and AGAINST_EACH.match(text, b_end))
        for ((_, a_end), a_name), ((b_start, b_end), b_name) in pairwise(named))


AGAINST_EACH = re.compile(r"的?(?:相)?比(?!上年|去年|上一年|前一年|预算|年初预算)")  # A和B比: each
# other (A和B比上年 is each against last year)


def budget(ctx: Context) -> Answer:
    """Budget, the difference from it and the completion rate; declines when none is stated."""
    if not ctx.hits and (unit := _unit_budget(ctx)) is not None:
        ctx = replace(ctx, hits=[unit])  # 预算执行率多少: the unit's own budget, as a whole
    from bot.several import budget_gaps_ranked  # several reads these helpers: imported here

    ranked = budget_gaps_ranked(ctx)
    if ranked is not None:  # 哪一项决算比年初预算少得最多: each item's gap from its budget
        return ranked
    shared = budget_share(ctx)
    if shared is not None:  # 接待费预算占三公预算几成: one budget over another
        return shared
    worked_out = budget_worked_out(ctx)
    if worked_out is not None:
        return worked_out
    unsplit = _budget_unsplit(ctx)
    if unsplit is not None:
        return unsplit
    answer = _figures(ctx, first="预算数",
                      require=("预算数", "比预算增减", "比预算增减率", "完成预算比例"), cells=True)
    return _gap_added(ctx, answer) if answer.answered and GAP_ASKED.search(ctx.match.text) \
        else answer


# 预算62.29万，实际少用了多少: the gap from the budget asked, where it is not stated itself
GAP_ASKED = re.compile(r"少花|少用|多花|多用|超支|节省|节约|省了|省下|没花完|差了?多少|差额|相差"
                       r"|[少多]了?多少|尚未完成|没有?支出|没有?用完|没有?花出去|没有?花掉|没有?用掉|还剩|剩[了下]?多少"
                       r"|[少多]了?[\d.]+万")  # 算下来少花了48万出头: the gap, said to be checked


def _gap_added(ctx: Context, answer: Answer) -> Answer:
    """The answer with the thing's actual less its budget, computed, when neither the
    disclosure nor the answer states that gap."""
    names = [n for n in dict.fromkeys(_names(ctx, ("metric", "cell")))
             if _first(ctx.doc.facts.get(n, []), "预算数", money=True)]  # those with a budget
    head = re.sub(r"（[^）]*）$", "", answer.answer.split("\n", 1)[0].partition("：")[0]
                  .removeprefix(ctx.doc.label))  # (一般公共预算财政拨款 said: the 支出 answered)
    if not names and _first(ctx.doc.facts.get(head, []), "预算数", money=True):
        names = [head]
    if len(names) != 1 or "比预算" in answer.answer.split("\n", 1)[0]:
        return answer
    facts = ctx.doc.facts.get(names[0], [])
    budget, now = _first(facts, "预算数", money=True), _first(facts, "决算数", money=True)
    if budget is None or now is None or budget["unit"] != now["unit"]:
        return answer
    gap = _dec(now["number"]) - _dec(budget["number"])
    said = budget_gap(names[0], gap, now["unit"]) + "（计算得出，非原文数字）"
    return replace(answer, answer=f"{ctx.doc.label}{said}。\n{answer.answer}",
                   figures=(f"{_fmt(abs(gap))}{now['unit']}", *answer.figures))


# 0.95万的预算是出国、公车还是接待的: the parts a budget went to, picked between
PICKED_BETWEEN = re.compile(r"还是|哪一项|哪项|哪个|分给|分到|给了哪")


def _budget_unsplit(ctx: Context) -> Answer | None:
    """A whole's budget asked of as one of its parts (是出国、公车还是接待的) when the parts
    named have no budget of their own stated: a decline saying the budget is stated whole."""
    if not PICKED_BETWEEN.search(ctx.match.text):
        return None
    named = list(dict.fromkeys(h.entry.name for h in ctx.hits if h.entry.kind != "term"))
    budgeted = [k for n in named for k, facts in ctx.doc.facts.items() if k.startswith(n)
                and any(f["qualifier"] == "预算数" for f in facts)]  # 三公经费: its 财政拨款支出
    if len(set(budgeted)) != 1 or all(budgeted[0].startswith(n) for n in named):
        return None
    parts = {f["metric"] for f in ctx.doc.all_facts if f["parent"] == budgeted[0]}
    if any(f["qualifier"] in ("预算数", "比预算增减") for p in parts
           for f in ctx.doc.facts.get(p, [])):  # 接待费比预算减少5.67: its budget computed
        return None
    whole = _first(ctx.doc.facts.get(budgeted[0], []), "预算数", money=True)
    said = f"{whole['value']}" if whole else ""
    return replace(decline(ctx.question, f"{ctx.doc.label}决算写明的是{budgeted[0]}的预算数"
                           f"{said}，没有写明它分到各项的预算。", ctx.intent.name,
                           ctx.match.confidence), firm=True)


# a unit's budget as a whole, when a budget question names no thing: the first stated with a
# budget (预算执行率多少 of a bureau is its 一般公共预算财政拨款支出 against its budget)
UNIT_BUDGET = ("一般公共预算财政拨款支出", "财政拨款支出", "一般公共预算财政拨款支出总计")
BUDGET_QUALIFIERS = ("预算数", "完成预算比例", "比预算增减")


# the budget asked with nothing else said (预算执行率多少, 整体预算完成得怎么样): of the unit
BARE_BUDGET = re.compile(r"(?:整体|总体|全年|今年|本年|年度|单位|部门|总的|的)*"
                         r"(?:年初)?预算(?:的)?(?:安排了?|安排的)?"
                         r"(?:执行率|执行情况|执行|完成率|完成情况|完成)?"
                         r"(?:得|了|是|的)*(?:多少|百分之几|百分之多少|几成|怎么样|如何|情况)?")


def _unit_budget(ctx: Context) -> Hit | None:
    if not BARE_BUDGET.fullmatch(ctx.match.text) and (
            BUDGET_WORDS.sub("", ctx.match.text) or not EXECUTED.search(ctx.match.text)):
        return None  # 信息化项目的预算多少: a thing not found is no whole unit's budget
    for name in UNIT_BUDGET:
        if any(f["qualifier"] in BUDGET_QUALIFIERS for f in ctx.doc.facts.get(name, [])):
            return Hit(Entry(name, name, "metric", ctx.doc.doc["doc_id"]), 1.0, 1.0, (0, 0))
    return None


# nothing but the budget and how it was carried out (年初预算是多少，执行完成了百分之多少, 决算完成
# 了多少比例): the unit's own budget
BUDGET_WORDS = re.compile(r"年初|预算|决算|执行率|执行|完成率|完成|情况|比例|百分之|%|几成"
                          r"|多少|是|得|了|的|怎么样|如何|整体|总体|全年|今年|本年|年度|单位|部门"
                          r"|总的|安排|实际|和|跟|与|之间|相差|差距|差额|差|支出|花的|花了|花|钱")
# (整体预算和实际支出之间差了多少钱: the unit's budget against what it spent)
EXECUTED = re.compile(r"预算|执行|完成")


# 为啥没有X, 为啥是零: the question presumes none (有没有说原因 asks whether a reason is given)
NONE_ASKED = re.compile(r"(?<![有了])没有(?![说写讲提原])|并无|为零|是零|为0|是0")
ITEM_SAID = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:支出|收入|经费|费)")  # 科学技术支出, 差旅费
ITEM_END = re.compile(r"(?:支出|收入|经费|费)(?:总计|合计)?$")
# words said before an item that make no item of their own: the unit, the whole year (学校支出)
UNIT_OR_YEAR = r"学校|学院|单位|部门|机关|中心|全年|今年|本年|当年|年度|一年|全部|整体|总体|总|全"
GENERIC_HEAD = re.compile(UNIT_OR_YEAR + r"|财政|这|那|该|它|其|咱们|他们")
ASKING = re.compile(r"为什么|为啥|为何|怎么|咋|原因|多少|是|的|了|比|上年|去年|预算|和|与|跟")
THAN = re.compile(r"^(?:的)?(?:比|高于|低于|多于|少于|超过)$")


# what follows a bare 支出/收入 that is asked of (支出怎么还涨了, 收入为啥少了): no name goes on
BARE_ASKED = r"(?:怎|为|咋|还|又|比|增|减|涨|降|多|少|变|大|下|上|居然|竟然|反而|却|倒)"


def _bare_subject(ctx: Context) -> bool:
    """The line opens with a bare 支出 or 收入 (after the unit or year words) that asks of it."""
    words = "|".join(re.escape(w) for w, _ in ctx.engine.data.vocabulary.defaults)
    return bool(words) and re.match(rf"(?:{UNIT_OR_YEAR}|的)*(?:{words}){BARE_ASKED}",
                                    ctx.match.text) is not None


def _one_against_another(ctx: Context) -> str | None:
    """支出比收入多: one thing said against another thing (not against 上年 or 预算), as
    "支出比收入"; None otherwise."""
    text = ctx.match.text
    spans = {h.span: h.entry.name for h in ctx.hits if h.entry.kind != "term"}
    for word, _ in ctx.engine.data.vocabulary.defaults:  # the bare 支出, 收入: their totals
        for m in re.finditer(re.escape(word), text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans[(m.start(), m.end())] = word
    said = sorted(spans.items())
    for (a, first), (b, second) in zip(said, said[1:], strict=False):
        if first != second and THAN.match(text[a[1]:b[0]]):
            return f"{text[a[0]:a[1]]}和{text[b[0]:b[1]]}之间差别"
    words = "|".join(re.escape(w) for w, _ in ctx.engine.data.vocabulary.defaults)
    bare = re.search(f"({words})(?:比|高于|低于|多于|少于)({words})", text) if words else None
    if bare and bare.group(1) != bare.group(2):  # 收入比支出: inside a name found loosely
        return f"{bare.group(1)}和{bare.group(2)}之间差别"
    return None


UNSPENT = re.compile(r"没用完|没花完|尚未完成|用不完|花不完|少花")  # the budget not all spent
BOTH_TOTAL = "收入支出总计"  # a change of both sides' total explained once, for both


def reason(ctx: Context) -> Answer:
    """The reasons the disclosure gives for a figure's change or budget difference."""
    absent = undisclosed(ctx)
    if absent is not None:
        return absent
    against = _one_against_another(ctx)
    if against is not None:  # 为啥支出比收入还多: no stated reason compares two things
        return decline(ctx.question, f"{ctx.doc.label}决算没有说明{against}的原因，只说明了"
                       "各项与上年、与预算相比变化的原因。", ctx.intent.name, ctx.match.confidence)
    names = _and_namesakes(ctx.doc, _names(ctx, ("metric", "note", "cell", "column")))
    wanted = "reason_budget" if "预算" in ctx.match.masked or UNSPENT.search(
        ctx.match.text) else "reason"  # not 一般公共预算; 钱没用完: against its budget
    if wanted == "reason_budget" and names and not any(
            n["kind"] == wanted for name in names for n in ctx.doc.notes.get(name, [])):
        for name in names:  # 三公经费…原因是:1.…;3.公车改革…公务用车运行维护费比预算减少
            items = [dict(n, text=item) for rows in ctx.doc.notes.values() for n in rows
                     if n["kind"] == wanted for item in items_of(n["text"]) if name in item]
            if items:  # the item of another's list that names it
                return _answer_notes(ctx, name, items[:1], "原因")
        stated = budget(ctx)  # no reason filed for the budget gap: never last year's reason
        if not stated.answered:
            return stated
        return replace(decline(ctx.question, f"{ctx.doc.label}决算没有说明{names[0]}与预算"
                               f"差异的原因。\n{stated.answer}", ctx.intent.name,
                               ctx.match.confidence), sources=stated.sources)
    names += [n for n in (re.sub(r"财政拨款(?:支出)?$", "", name) for name in names)
              if n not in names and n in ctx.doc.notes]  # 三公经费财政拨款支出: 三公经费's
    for pass_kinds in ((wanted,), ("reason", "reason_budget")):
        for name in names:
            notes = [n for n in ctx.doc.notes.get(name, []) if n["kind"] in pass_kinds]
            if notes:
                return _answer_notes(ctx, name, notes, "原因")
        parts = _parts_with_reasons(ctx.doc, names[0], wanted) if names and \
            wanted == "reason" and pass_kinds == (wanted,) else []
        if parts:  # 三公经费为什么比上年少: its parts' reasons against last year, never the
            return _answer_parts_notes(ctx, names[0], parts)  # whole's against the budget
    if wanted == "reason" and names and names[0] in ctx.engine.data.vocabulary.totals:  # 总支出
        # 为什么减少: a side's total (the words 收入, 支出 stand for),
        both = [n for n in ctx.doc.notes.get(BOTH_TOTAL, []) if n["kind"] == "reason"]
        if both:  # with the reason given for the total of both sides, named as such
            return _answer_notes(ctx, BOTH_TOTAL, both, "原因")
    if names:  # the thing named has no reason given: never answer another thing's reason
        stated = amount(ctx) if NONE_ASKED.search(ctx.match.text) or _none_stated(
            ctx.doc, names[0]) else None
        if stated is not None and stated.answered:  # 为啥没有政府性基金: what is stated of it
            return replace(stated, answer=f"关于这一点，{ctx.doc.label}决算写明的是：\n"
                                          f"{stated.answer}")
        parts = _parts_with_reasons(ctx.doc, names[0], wanted)
        if parts:  # 收入总计为什么减少: its own sentence says why its part changed
            return _answer_parts_notes(ctx, names[0], parts)
        unstated = f"{ctx.doc.label}决算没有说明{names[0]}变化的原因。"
        stated = amount(ctx) if AMOUNT_TOO.search(ctx.match.text) and EXCLAIMED.search(
            ctx.match.text) and not CHANGE_SAID.search(ctx.match.text) else None
        if stated is not None and stated.answered:  # 咋这么多钱…到底多少: the amount asked
            return replace(stated, answer=f"{stated.answer}\n（{unstated}）")  # beside the why
        return decline(ctx.question, unstated, ctx.intent.name)
    if _bare_subject(ctx):  # 支出怎么还涨了: the unit's total, its parts' reasons
        whole = bare_total(ctx)
        parts = _parts_with_reasons(ctx.doc, whole[0], wanted) if whole else []
        if parts:
            return _answer_parts_notes(ctx, whole[0], parts)
    with_reasons = {n for n, rows in ctx.doc.notes.items()
                    if any(r["kind"].startswith("reason") for r in rows)}
    hits = ctx.engine.rematch(ctx.match, ctx.doc, names=with_reasons)
    item = ITEM_SAID.search(ASKING.sub("|", ctx.match.text))
    head = GENERIC_HEAD.sub("", item.group(1)) if item else ""  # 学校支出: no item of its own
    found = ITEM_END.sub("", hits[0].entry.name) if hits else ""  # 教育支出 → 教育
    if len(head) >= 2 and hits and LCSseq.similarity(head, found) < max(
            2, min(len(head), len(found)) - 1) \
            and not any(item.group(0) in n["text"] for n in ctx.doc.notes[hits[0].entry.name]) \
            and not ctx.engine.matcher.directory.find(head).named:
        # 科学技术支出 (not listed here) is no 收入支出总计; 债务收入 is named by 其他收入's reason
        said = f"{ctx.doc.label}决算没有说明“{item.group(0)}”的原因。"
        return replace(decline(ctx.question, said, ctx.intent.name),
                       firm=True)  # nor a sentence found loosely
    for hit in hits[:1]:
        notes = [n for n in ctx.doc.notes[hit.entry.name] if n["kind"].startswith("reason")]
        return _answer_notes(ctx, hit.entry.name, notes, "原因")
    return decline(ctx.question, f"{ctx.doc.label}决算没有说明这一项的原因。", ctx.intent.name)


# 咋这么多钱…到底多少, 凭啥这么多，给个准数: the amount is asked beside the exclamation; a
# change asked (为啥增加了，增加了多少) is no amount
AMOUNT_TOO = re.compile(r"多少|准数|具体数|确数|确切数|精确数|实数")
EXCLAIMED = re.compile(r"[这那]么(?:多|高|大)|[这那]样多")  # 咋这么多: surprise, not a why
CHANGE_SAID = re.compile(r"增|减|涨|降|多了|少了|变|比")


def _none_stated(doc: DocIndex, name: str) -> bool:
    """The disclosure states the thing is none (无政府性基金…支出) or its figure zero: a reason
    asked of it (为什么那么多, 为啥还没整改完) presumes what is not so."""
    if any(n["kind"] == "none" for n in doc.notes.get(name, [])):
        return True
    finals = [f for f in doc.facts.get(name, []) if f["qualifier"] == "决算数"]
    return bool(finals) and all(f["number"] == 0 for f in finals)


# 去年和今年合起来一共多少, 两年加起来: this year's figure and last year's, added
TWO_YEARS_ADDED = re.compile(r"(?:今年|本年|这一?年|两年)[^，,。？?]{0,6}"
                             r"(?:合起来|加起来|加在一起|一共|合计|总共|加一块)"
                             r"|两年(?:一共|合计|总共|加起来)")


# every fund asked, not the 财政拨款 part a rate is stated of (总支出, 含非财政)
ALL_FUNDS_ASKED = re.compile(r"总支出|总收入|含非财政|包括非财政|全部资金|所有资金|全口径"
                             r"|不光是?财政")


def last_year(ctx: Context) -> Answer:
    """Last year's value = this year's − the stated change (computed, labelled as such)."""
    names = _without_verb_totals(ctx, _names(ctx, ("metric",)) + _stated_as(
        ctx.doc, _names(ctx, ("cell",))))  # 2016年三公一共花了多少: 一共花了 asks, no total
    if SHARE_SAID.search(ctx.match.text):  # 2022年财政拨款收入占总收入多少: last year's share
        return _last_years_share(ctx, names)
    apart = _last_years_apart(ctx, names) if len(names) >= 2 else None
    if apart is not None:  # 2022年收入比支出多多少: each worked back, one less the other
        return apart
    for name in names:
        now, delta, value = _year_before(ctx.doc, name)
        if value is not None and delta["value"] != "持平":
            unit = now["unit"]
            text = (f"{ctx.doc.label}{name}为{now['value']}，比上年"
                    f"{'减少' if delta['number'] < 0 else '增加'}{delta['value']}，"
                    f"由此推算上年{name}约为{_fmt(value)}{unit}")
            shown = [f"{_fmt(value)}{unit}"]
            if TWO_YEARS_ADDED.search(ctx.match.text):  # 去年和今年合起来一共多少: both years
                both = value + _dec(now["number"])
                text += f"，两年合计约{_fmt(both)}{unit}"
                shown.append(f"{_fmt(both)}{unit}")
            return _answer(ctx, text + "（计算得出，非原文数字）。", tuple(shown), [now, delta])
        signed = rate_of(ctx.doc, name) if now and now["unit"] in MONEY_UNITS and \
            name == names[0] else None  # (only of the thing asked first: no other's rate)
        if signed:  # 比2022年度决算数增长17.14%: last year's = this year's ÷ (1 ± the rate)
            change, rate = signed
            value = (_dec(now["number"]) / (1 + change / 100)).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP)
            unit = now["unit"]
            scope = _scope_label(ctx, name, [now, rate])  # 高中教育（财政拨款）: the part stated
            if FISCAL in scope and ALL_FUNDS_ASKED.search(ctx.question):
                return replace(decline(ctx.question, f"{ctx.doc.label}决算只写明{name}财政拨款"
                                       "部分的增减率，没有全部资金口径的上年数。",
                                       ctx.intent.name),
                               firm=True)  # 小学教育总支出（含非财政）: never the fiscal part's
            text = (f"{ctx.doc.label}{name}{scope}为{now['value']}，{_phrase(rate)}，由此推算上年"
                    f"{name}{scope}约为{_fmt(value)}{unit}（按增减率计算得出，非原文数字）。")
            return _answer(ctx, text, (f"{_fmt(value)}{unit}", rate["value"]), [now, rate])
    if ctx.hits:
        return _figures(ctx, first="比上年增减", require=("比上年增减",))
    return decline(ctx.question, "决算没有给出可以推算上年数的增减额。", ctx.intent.name)


# a share asked beside another kind (上年的占多少, 剩下的占几成, 最大的那块占多少)
SHARE_SAID = re.compile(r"占|比例|比重|百分之|几成")


def _year_before(doc: DocIndex, name: str) -> tuple[dict | None, dict | None, Decimal | None]:
    """This year's final figure, its stated change on the year before (both in money) and last
    year's figure worked back from them; the last None unless both are stated."""
    facts = doc.facts.get(name, [])
    now, delta = _first(facts, "决算数", money=True), _first(facts, "比上年增减", money=True)
    value = _dec(now["number"]) - _dec(delta["number"] or 0) if now and delta else None
    return now, delta, value


GAP_OF_TWO = re.compile(r"[多少高低]多少|差多少|相差|差了多少|差额|多出多少|差距"  # their gap
                        r"|(?:哪个|哪一?项|谁)(?:更)?[多大高少小低]")  # or which is more


def _last_years_apart(ctx: Context, names: list[str]) -> Answer | None:
    """The gap of two things' figures of the year before, each worked back from its stated
    change in money (computed); None unless a gap is asked and both changes are stated."""
    if not GAP_OF_TWO.search(ctx.match.text):
        return None
    before = []
    for name in names[:2]:
        now, delta, value = _year_before(ctx.doc, name)
        if value is None or delta["value"] == "持平" or now["unit"] != delta["unit"]:
            return None
        before.append((name, value, now, delta))
    (a, va, *_), (b, vb, *_) = before
    unit, gap = before[0][2]["unit"], va - vb
    said = "，".join(f"上年{n}约{_fmt(v)}{unit}（{now['value']}比上年"
                    f"{'减少' if delta['number'] < 0 else '增加'}{delta['value']}）"
                    for n, v, now, delta in before)
    text = (f"{ctx.doc.label}{said}，上年{a}比{b}{'多' if gap >= 0 else '少'}{_fmt(abs(gap))}"
            f"{unit}（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(abs(gap))}{unit}",),
                   [f for _, _, now, delta in before for f in (now, delta)])


def _last_years_share(ctx: Context, names: list[str]) -> Answer:
    """A share of the year before: each of the two figures worked back from its stated change,
    then divided (computed); declined unless both changes are stated."""
    cut = ctx.match.text.find("占")
    after = named_after(ctx, cut, terms=False) if cut >= 0 else []
    before = [n for n in names if n not in after][:1]
    earlier = []
    for name in before + after[:1]:
        now, delta, value = _year_before(ctx.doc, name)
        if value is None:
            break
        earlier.append((name, now, delta, value))
    if len(earlier) != 2 or not earlier[1][3] or earlier[0][1]["unit"] != earlier[1][1]["unit"]:
        return decline(ctx.question, "决算没有写明上年的这个比例，也没有可以推算它的两个增减额。",
                       ctx.intent.name)
    (a, now, _, va), (b, _, _, vb) = earlier
    pct, unit = va / vb * 100, now["unit"]
    text = (f"{ctx.doc.label}由写明的增减额推算，上年{a}约为{_fmt(va)}{unit}，上年{b}约为"
            f"{_fmt(vb)}{unit}，上年{a}占{b}约{_percent(pct)}%（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_percent(pct)}%",), [f for e in earlier for f in e[1:3]])


RATE_VERB = re.compile(r"增加|减少|增长|下降|上升|降低")
FALLING = ("减少", "下降", "降低")


def rate_of(doc: DocIndex, name: str) -> tuple[Decimal, dict] | None:
    """Its stated rate of change on last year, signed by the verb saying it (rates are stored
    unsigned: 比2022年度决算数减少4.50% is 4.5)."""
    rate = _first(doc.facts.get(name, []), "比上年增减率")
    verb = RATE_VERB.search(rate["clause"]) if rate else None
    if verb is None:
        return None
    return (-1 if verb.group(0) in FALLING else 1) * _dec(rate["number"]), rate


def _stated_as(doc: DocIndex, rows: list[str]) -> list[str]:
    """The figures a table row is (总计 → 收入支出总计): named with the row's name at their end
    and stated with one of its values, in the order of the row's cells."""
    out: dict[str, None] = {}
    for row in rows:
        for cell in doc.cells.get(row, []):
            out.update(dict.fromkeys(
                name for name, facts in doc.facts.items() if name != row and name.endswith(row)
                and any(f["qualifier"] == "决算数" and f["number"] == cell["number"]
                        and f["unit"] == cell["unit"] for f in facts)))
    return list(out)


GLOSSARY_SAID = re.compile(r"名词解释")  # the glossary itself named: its entry or none


def _days(doc: DocIndex) -> int:
    return 366 if isleap(doc.doc["year"]) else 365


BLOCKS_SAID = re.compile(r"哪几块|哪些块|几大块")  # the classes said as blocks (主要用在哪几块)


def purpose(ctx: Context) -> Answer:
    """What the money of an item is for, as the disclosure says (主要用于…); a glossary term's
    definition when no use is stated; else a decline, never another item's use."""
    absent = undisclosed(ctx)
    if absent is not None:
        return absent
    names = _and_namesakes(ctx.doc, _names(ctx, ("metric", "cell", "note", "column")))
    if (CLASSES_SAID.search(ctx.match.text) or BLOCKS_SAID.search(ctx.match.text)) and len(
            ctx.hits) == 1 and FISCAL in names[0] and names[0].endswith(("支出", "支出总计")):
        # 财政拨款支出主要用在哪几类: its classes
        from bot.several import _classes  # several reads these helpers: imported here

        classes = sorted(_classes(ctx), key=lambda item: -item[1]["number"])
        if len(classes) >= 2:
            listing = "；".join(f"{n}{f['value']}" for n, f in classes)
            return _answer(ctx, f"{ctx.doc.label}{FISCAL}支出按功能分类（类），从多到少："
                           f"{listing}。", tuple(f["value"] for _, f in classes),
                           [f for _, f in classes])
    for name in names:
        notes = [n for n in ctx.doc.notes.get(name, []) if n["kind"] == "purpose"]
        if notes:
            texts = "\n".join(dict.fromkeys(own_item(n["text"]) for n in notes))
            spent = _first(ctx.doc.facts.get(name, []), "决算数", money=True)
            amount = f"（决算数{spent['value']}）" if spent else ""
            return _answer(ctx, f"{ctx.doc.label}{name}{amount}主要用于：{texts}",
                           (spent["value"],) if spent else (), notes + ([spent] if spent else []))
    if GROWTH_SPENT.search(ctx.match.text):  # 涨那么多，钱用到哪去了: with no use stated, what
        grew = reason(replace(ctx, intent=ctx.engine.data.by_name("figure.reason")))  # the
        if grew.answered:  # stated reason for the change says went where
            return grew
    if names and WENT_WHERE.search(ctx.match.text):
        from bot.charts import column_rows  # 项目支出都用来干什么了: where the money of that

        by_rows = column_rows(ctx, names[0])  # column went, by the rows of its table (是干
        if by_rows is not None:  # 什么用的 asks its meaning)
            return by_rows
    under = _purposes_under(ctx.doc, names[0]) if names else []
    if under:  # 卫生健康支出 用在啥上: the uses stated of the rows under it (行政单位医疗…)
        lines = [f"{BULLET}{row}：{own_item(n['text'])}"
                 for row, notes in under for n in notes[:1]]
        return _answer(ctx, f"{ctx.doc.label}决算没有单独说明{names[0]}的用途；其下各项的用途：\n"
                       + "\n".join(dict.fromkeys(lines)), (),
                       [n for _, notes in under for n in notes[:1]])
    if any(h.entry.kind == "term" for h in ctx.hits):
        return define(replace(ctx, intent=ctx.engine.data.by_name("glossary.define")))
    terms = [h for h in ctx.engine.rematch(ctx.match, ctx.doc, kinds={"term"})
             if h.entry.name in names]  # 来华留学教育是用来干什么的: 名词解释 says what it covers
    if terms:
        defined = define(replace(ctx, intent=ctx.engine.data.by_name("glossary.define"),
                                 hits=tuple(terms)))
        if defined.answered:
            return defined
    if names and names[0].startswith("其他") and not SOURCE_ASKED.search(ctx.match.text):
        # 其他支出是干啥的: a catch-all with no use stated; the rows under it by code say what
        # it holds (not where it came from; a named class's rows are no use of it)
        from bot.charts import rows_under  # charts reads these helpers: imported when asked

        found = rows_under(ctx.doc, names[0])
        if found is not None:
            total, rows = found
            lines = "\n".join(f"{BULLET}{r['metric']}（{code_of(r)}）{r['value']}" if code_of(r)
                              else f"{BULLET}{r['metric']}{r['value']}" for r in rows)
            return _answer(ctx, f"{ctx.doc.label}决算没有说明{names[0]}的具体用途；按科目，"
                           f"{names[0]}{total['value']}记在：\n{lines}",
                           tuple(r["value"] for r in rows), [total, *rows])
    thing = names[0] if names else "这一项"
    return decline(ctx.question, f"{ctx.doc.label}决算没有说明{thing}的具体用途。",
                   ctx.intent.name, ctx.match.confidence)


SOURCE_ASKED = re.compile(r"来源|从哪|哪来|来自|哪里来|哪儿来")  # 收入来源是什么: no use asked
WENT_WHERE = re.compile(r"都|具体|了|哪些|花在|用到|用在")  # the money spent, asked where
GROWTH_SPENT = re.compile(r"涨|增加|增长|多出|多了|上升|翻")  # the money a change added


def _purposes_under(doc: DocIndex, name: str) -> list[tuple[str, list[dict]]]:
    """The rows under a coded table row (210 卫生健康支出 → 2101101 行政单位医疗) that state
    their use, each with its purpose notes."""
    codes = {code_of(c) for c in doc.cells.get(name, []) if code_of(c)}
    rows = sorted({c["row"] for group in doc.cells.values() for c in group
                   if (code := code_of(c)) and any(code.startswith(k) and code != k
                                                   for k in codes)})
    return [(row, notes) for row in rows
            if (notes := [n for n in doc.notes.get(row, []) if n["kind"] == "purpose"])]


def per_capita(ctx: Context) -> Answer:
    """Amount ÷ the head count stated beside it (computed). A head count named (公务接待人均)
    stands for the amount it is stated beside."""
    names = _names(ctx, ("metric",))
    for name in list(names):
        for people in ctx.doc.facts.get(name, []):
            paid = [f for f in ctx.doc.all_facts if f["sentence"] == people["sentence"]
                    and f["unit"] in MONEY_UNITS and 0 < people["seq"] - f["seq"] <= 2]
            if people["unit"] in ("人", "人次") and paid:
                names.append(max(paid, key=lambda f: f["seq"])["metric"])
    for name in names:
        facts = ctx.doc.facts.get(name, [])
        for fact in facts:
            if fact["qualifier"] != "决算数" or fact["unit"] not in MONEY_UNITS:
                continue
            between = [f for f in ctx.doc.all_facts if f["sentence"] == fact["sentence"]
                       and 0 < f["seq"] - fact["seq"] <= 2]
            people = [f for f in sorted(between, key=lambda f: f["seq"])
                      if f["unit"] in ("人", "人次")
                      and not any(m["unit"] in MONEY_UNITS and m["seq"] < f["seq"]
                                  for m in between)]
            if people and people[0]["number"]:
                yuan = _dec(fact["number"]) * (10000 if fact["unit"] == "万元" else 1)
                each = (yuan / _dec(people[0]["number"]))
                text = (f"{ctx.doc.label}{name}{fact['value']}，{people[0]['metric']}"
                        f"{people[0]['value']}，人均约{_fmt(each)}元（计算得出，非原文数字）。")
                return _answer(ctx, text, (f"{_fmt(each)}元",), [fact, people[0]])
    stated = ctx.engine.sentence_for(ctx.question, ctx.match) if ITEMS_COUNTED.search(
        ctx.match.text) else None
    if stated is not None and "÷" in stated.answer:  # 平均每个项目涉及多少预算: the sentence
        return stated  # that states the items and their amount, divided
    return replace(decline(ctx.question, "决算没有给出可以计算人均数的人数。", ctx.intent.name),
                   firm=True)  # a sentence of the amount alone is no share per head


ITEMS_COUNTED = re.compile(r"每(?:个|项)(?:项目|事项)")  # an amount per item, not per head


YUAN_ASKED = re.compile(r"(?<![万亿])元|块")  # 换算成元, 多少块钱
MONTHLY_ASKED = re.compile(r"平均每个?月|月均|每个?月平均|平均[一1]个月|[一1]个月平均")
PER_PERIOD = re.compile(r"^平均每[月天季周]度?")
DAILY_ASKED = re.compile(r"平均每[一1]?[天日]|日均|每[一1]?[天日]平均|平均[一1][天日]"
                         r"|[一1][天日]平均")
QUARTERLY_ASKED = re.compile(r"平均每个?季度?|季均|每个?季度?平均|平均[一1]个季度|[一1]个季度平均")
WEEKLY_ASKED = re.compile(r"平均每[一1]?[周星]期?|周均|每[一1]?[周星]期?平均|平均[一1][周星]期?"
                          r"|[一1][周星]期?平均")
YI_ASKED = re.compile(r"亿")
FOREIGN_MONEY = re.compile(r"美元|美金|欧元|港币|港元|日元|英镑|卢布|dollar|usd|euro")


ONE_DECIMAL = re.compile(r"[一1]位小数")
TWO_DECIMALS = re.compile(r"[两二2]位小数")


def convert(ctx: Context) -> Answer:
    """A sum stated in 万元 said in 元 or 亿元, or in whole 万元 (大概多少万，说个整数): computed
    from the stated figure and labelled; never into another currency (no rate is stated)."""
    absent = undisclosed(ctx)
    if absent is not None:
        return absent
    if FOREIGN_MONEY.search(ctx.match.text):
        return decline(ctx.question, "决算的金额以人民币（万元）公开，没有外币的数。",
                       ctx.intent.name, ctx.match.confidence)
    names = _names(ctx, ("metric", "cell"))
    if len(names) > 1 and APART_ASKED.search(ctx.match.text):  # 收入比支出少了几个亿: the gap
        return _gap_converted(ctx)  # of the two, then in the units asked
    if len(names) > 1:  # 住房公积金财政拨款支出多少, 换算成元: the row, not the funds' total said
        names = sorted(names, key=lambda n: n.endswith(("总计", "合计")))  # beside it
    for name in names:
        fact = _all_funds(ctx, name, _first(ctx.doc.facts.get(name, []), "决算数", money=True)
                          or _cell(ctx.doc, name))
        if not fact or fact.get("unit", "万元") != "万元" or not fact.get("number"):
            continue
        wan = _dec(fact["number"])
        asked = ctx.match.text
        if MONTHLY_ASKED.search(asked):  # 平均每月: the year's figure over twelve months
            said = f"平均每月约{_fmt(wan / 12)}万元"
        elif QUARTERLY_ASKED.search(asked):  # over the four quarters
            said = f"平均每季度约{_fmt(wan / 4)}万元"
        elif WEEKLY_ASKED.search(asked) and not DAILY_ASKED.search(asked):  # over the weeks
            said = f"平均每周约{_fmt(wan * 7 / _days(ctx.doc))}万元"
        elif DAILY_ASKED.search(asked):  # over the days of that year (2024 had 366)
            said = f"平均每天约{_fmt(wan / _days(ctx.doc))}万元"
        elif YI_ASKED.search(asked):
            said = f"约{_fmt(wan / 10000)}亿元"
        elif YUAN_ASKED.search(asked.replace("万元", "")):
            said = f"{(wan * 10000).quantize(Decimal('1'), rounding=ROUND_HALF_UP)}元"
        elif ONE_DECIMAL.search(asked):  # 保留一位小数: in 万元, to one place
            said = f"约{wan.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}万元"
        elif TWO_DECIMALS.search(asked):  # 保留两位小数: as published, to two places
            said = f"{wan.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}万元"
        else:
            said = f"约{wan.quantize(Decimal('1'), rounding=ROUND_HALF_UP)}万元"
        value = fact["value"] if fact["value"].endswith("元") else f"{fact['value']}万元"
        scope = _scope_label(ctx, name, [fact])
        text = f"{ctx.doc.label}{name}{scope}{value}，即{said}（计算得出，非原文数字）。"
        return _answer(ctx, text, (PER_PERIOD.sub("", said).lstrip("约"),), [fact])
    return decline(ctx.question, "没有找到可以换算的金额。", ctx.intent.name, ctx.match.confidence)


APART_ASKED = re.compile(r"比[^，,。？?]{0,12}?(?:多|少|高|低)|相差|差")  # two set apart


def _gap_converted(ctx: Context) -> Answer:
    """The difference of the two things named, its gap also said in 亿元 when asked so."""
    gap = difference(ctx)
    if not gap.answered or not gap.figures or not YI_ASKED.search(ctx.match.text) or \
            not gap.figures[0].endswith("万元"):
        return gap
    wan = _dec(gap.figures[0].removesuffix("万元"))
    said = f"约{_fmt(wan / 10000)}亿元"
    text = gap.answer.replace("（计算得出", f"，即{said}（计算得出", 1)
    return replace(gap, answer=text, figures=(*gap.figures, said.lstrip("约")))


def _stated_values(ctx: Context) -> list[tuple[str, dict]]:
    """Each thing named with its stated final figure (a table's cell when no sentence states
    it), once each, in the order named."""
    from bot.several import stated_value  # several reads these helpers: imported when asked

    values: list[tuple[str, dict]] = []
    names = _scope_said(ctx, _names(ctx, ("metric", "cell")))  # 财政拨款 said as their scope
    for name in _part_within(ctx, names):  # the parts asked of a
        # whole said first (基本支出里人员经费和公用经费), in the scope asked (all funds unless
        # 财政拨款 said: 住房公积金 and 购房补贴 of every fund, though stated for 财政拨款 alone)
        fact = stated_value(ctx, name) or _first(ctx.doc.facts.get(name, []), "决算数",
                                                 money=True) or _cell(ctx.doc, name)
        if fact and all(v[0] != name for v in values):
            values.append((name, fact))
    return values


SCOPE_AFTER = re.compile(r"里|中|当中|里面|里头")  # 财政拨款支出中小学教育: of what follows


def _scope_said(ctx: Context, names: list[str]) -> list[str]:
    """小学教育的财政拨款支出跟高中教育比, 财政拨款支出里A和B: 财政拨款 said as the scope of
    the others (each with 财政拨款 figures), not a figure of its own."""
    text = ctx.match.text
    scope = [h.entry.name for h in ctx.hits if FISCAL in h.entry.name and (
        text[:h.span[0]].endswith("的") or SCOPE_AFTER.match(text, h.span[1]))]
    rest = [n for n in names if n not in scope]
    if not scope or len(rest) < 2 or _scope_words_dropped(ctx, rest) != rest or not all(
            any(_fiscal(r) for r in ctx.doc.facts.get(n, []) + ctx.doc.cells.get(n, []))
            for n in rest):
        return names
    return rest


# the year before set against (比上年, 和上年相比, 跟去年比): its change, when one thing is named
LAST_YEAR_SET = re.compile(r"比上年|比去年|较上年|同比"
                           r"|(?:和|跟|与|同)(?:上年|去年|上一年)(?:相比|比较|比)")


def difference(ctx: Context) -> Answer:
    """The difference of two named figures (computed)."""
    own_sides = _row_sides(ctx)
    if own_sides is not None:  # 科学技术这一类收入和支出差了多少: that row's two sides
        return own_sides
    columns = row_columns(ctx)
    if columns is not None:  # 高等教育的基本支出比项目支出多多少: the row's two columns
        (a, fa), (b, fb) = columns
        text, diff = _gap_said(ctx, (a, fa), (b, fb), f"{fa['table']}中")
        return _answer(ctx, text + "（计算得出，非原文数字）。", (f"{_fmt(abs(diff))}万元",),
                       [fa, fb])
    values = _stated_values(ctx)
    if (LAST_YEAR_SET.search(ctx.match.text) or ctx.match.earlier) and len(
            {str(f.get("number")) for _, f in values}) < 2:  # 比上年多了多少: its change, no
        return change(ctx)  # pair (one figure, or one said by two names)
    if len(values) == 1:  # 事业收入减去教育收费: a column named alone, its total row's figure
        values += _column_total_value(ctx, values[0][0])
    joint = _joint_difference(ctx)
    if joint is not None:
        return joint
    sides = _sides_changed(ctx)
    if sides is not None:  # 支出增加的比收入增加的多多少: the two sides' changes
        return sides
    pair = _minus_pair(ctx, values) or _bare_minus_pair(ctx, values) or \
        _fiscal_minus_pair(ctx, values) or _against_bare(ctx, values)
    if len(values) < 2 and pair is None:
        if PLACES_GAP.search(ctx.match.text):  # 最多的跟最少的相差多少: the two ends of a ranking
            return ranking(ctx)
        counted = _counts_apart(ctx)
        if counted is not None:  # 第二季度比第三季度高多少分: two scores (or counts) stated
            return counted
        return amount(ctx)
    if pair is None and MINUS_SAID.search(ctx.match.text) and not JOINT_MINUS.search(
            ctx.match.text):  # (收入合计和支出合计一减: the two said, as said)
        return amount(ctx)  # 收入785.17减掉支出784.69，剩下那0.48: no 支出 found, no other pair
    (a, fa), (b, fb) = pair or values[:2]
    if a == b and fa["number"] == fb["number"]:  # one figure set against itself: no gap asked
        return decline(ctx.question, f"问到的两个数都是{a}，说不出差额；请说出要比的两项。",
                       ctx.intent.name)
    moved = changes_apart(ctx, [(a, fa), (b, fb)])
    if moved is not None:  # 财政拨款收入增加的比事业收入增加的多多少: their changes
        return moved
    points = _points_apart(ctx, a, b) if SHARES_APART.search(ctx.match.text) else None
    if points is not None:  # 基本支出占比和项目支出占比差几个百分点: the stated shares' gap
        return points
    if _total_against_other_side(ctx, a, b):  # 科学技术支出, 财政拨款收入: a spending item
        return decline(ctx.question, f"{a}和{b}一个是收入、一个是支出，其中一个是总数，"  # less
                       "相减说明不了什么；请说出同一边的两项。", ctx.intent.name)  # a total income
    text, diff = _gap_said(ctx, (a, fa), (b, fb))
    shown = [f"{_fmt(abs(diff))}万元"]
    minus = MINUS_SAID.search(ctx.match.text)
    if pair is not None and minus and SHARE_SAID.search(ctx.match.text, minus.end()) and \
            diff >= 0 and fa["number"]:  # 基本支出除去人员经费，剩下的占多少: of the whole
        pct = diff / _dec(fa["number"]) * 100
        text += f"，剩下的占{a}的{_percent(pct)}%"
        shown.append(f"{_percent(pct)}%")
    return replace(_answer(ctx, text + "（计算得出，非原文数字）。", tuple(shown), [fa, fb]),
                   about=(a, b))  # 支出比收入多吗, 差多少: the two, though said by a bare word


FISCAL_TOTALS = {"财政拨款收入", "财政拨款支出"}  # the fiscal side's own totals, said short


def _total_against_other_side(ctx: Context, a: str, b: str) -> bool:
    """One of the two a headline total (收入总计, 财政拨款收入) and the other no total, of the
    other side (其他教育支出): an item set against the whole of the other side."""
    sides = {_side(a), _side(b)}
    if sides != {"收", "支"}:
        return False
    totals = [n for n in (a, b) if n in ctx.engine.data.vocabulary.totals or n.endswith(
        ("总计", "合计")) or n in FISCAL_TOTALS]
    return len(totals) == 1


SCORE_UNIT = "分"  # a score the narrative states (第二季度A类99.5分), set against another


def _counts_apart(ctx: Context) -> Answer | None:
    """Two things named, each with one figure the narrative states in one unit other than
    money (第二季度A类99.5分, 第三季度A类98.64分; 办结率99.09%, 按期办结率77.75%): their
    difference in that unit (two rates: in points), computed."""
    named = list(dict.fromkeys(h.entry.name for h in sorted(ctx.hits, key=lambda h: h.span)
                               if h.entry.kind in ("metric", "cell")))  # in the order said
    facts = [(n, [f for f in ctx.doc.facts.get(n, []) if f["qualifier"] == "决算数"])
             for n in named]
    if len(facts) != 2 or any(len(fs) != 1 for _, fs in facts):
        return None
    (a, [fa]), (b, [fb]) = facts
    if fa["unit"] != fb["unit"] or fa["unit"] not in (*COUNT_UNITS, SCORE_UNIT, "%") or \
            fa["number"] is None or fb["number"] is None:
        return None
    diff = _dec(fa["number"]) - _dec(fb["number"])
    unit = "个百分点" if fa["unit"] == "%" else fa["unit"]  # 办结率和按期办结率差几个百分点
    text = (f"{ctx.doc.label}{a}{fa['value']}，{b}{fb['value']}，{a}比{b}"
            f"{'多' if diff >= 0 else '少'}{_fmt(abs(diff))}{unit}（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(abs(diff))}{unit}",), [fa, fb])


def _gap_said(ctx: Context, one: tuple[str, dict], other: tuple[str, dict], where: str = ""
              ) -> tuple[str, Decimal]:
    """A比B多/少 X万元, the two figures before it (where they are printed, when said)."""
    (a, fa), (b, fb) = one, other
    diff = _dec(fa["number"]) - _dec(fb["number"])
    text = (f"{ctx.doc.label}{where}{a}{_with_unit(fa)}，{b}{_with_unit(fb)}，{a}比{b}"
            f"{'多' if diff >= 0 else '少'}{_fmt(abs(diff))}万元")
    return text, diff


SHARES_APART = re.compile(r"百分点|占比|比重|比例")  # the gap of two shares asked, not amounts
RATES_APART = re.compile(r"幅度|增幅|降幅|增长率|增速|变化率|涨幅")  # …of two rates of change


def _signed(fact: dict) -> Decimal:
    """A stated rate or share with its sign: a fall said in words (下降1.76%) below zero."""
    number = _dec(fact["number"])
    fell = number > 0 and re.search(r"减少|下降|降低", fact.get("clause") or "")
    return -number if fell else number


def _points_apart(ctx: Context, a: str, b: str) -> Answer | None:
    """The gap between the two things' stated shares, in percentage points (computed); None
    unless both state one."""
    rates = RATES_APART.search(ctx.match.text) is not None  # 变化幅度相差多少个百分点
    kind, said = ("比上年增减率", "比上年") if rates else ("占比", "占比")
    shares = [_first(_with_namesakes(ctx.doc, n, ctx.doc.facts.get(n, [])), kind)
              for n in (a, b)]
    if any(s is None or s.get("number") is None for s in shares):
        if "百分点" in ctx.match.text:  # points asked of two with no share or rate stated:
            kind_said = "增减率" if rates else "占比"  # never their amounts' gap
            return decline(ctx.question, f"决算没有同时写明{a}和{b}的{kind_said}，"
                           "算不出相差几个百分点。", ctx.intent.name)
        return None
    (sa, sb) = shares
    gap = _signed(sa) - _signed(sb)
    word = "高" if gap >= 0 else "低"
    shown = [_phrase(s) if rates else f"{said}{s['value']}" for s in shares]
    text = (f"{ctx.doc.label}{a}{shown[0]}，{b}{shown[1]}，{a}比{b}{word}"
            f"{_fmt(abs(gap))}个百分点（计算得出，非原文数字）。")
    return replace(_answer(ctx, text, (f"{_fmt(abs(gap))}个百分点",), [sa, sb]), about=(a, b))


MINUS_SAID = re.compile(r"[\d.]*(?:多|余)?(?:减去?|减掉|扣除|扣掉)")  # 支出457676减收入430725
JOINT_MINUS = re.compile(r"[一相]减")  # 两个一减, 两者相减: the two said before, one less the next


INSIDE_SAID = re.compile(r"(?:里头|里面|里边|当中|之中|里|中)?")


def _minus_pair(ctx: Context, values: list[tuple[str, dict]]) -> list | None:
    """收入减去支出, 收入785.17减掉支出784.69，剩下那0.48…: the two said either side of 减, in
    that order."""
    spans = sorted((h.span, h.entry.name) for h in ctx.hits)
    for (_, end), left in spans:
        end += len(INSIDE_SAID.match(ctx.match.text, end).group(0))  # 教育支出里头减去高等教育
        said = MINUS_SAID.match(ctx.match.text, end)
        right = next((n for (start, _), n in spans if said and start == said.end()), None)
        pair = [v for v in values if v[0] == left] + [v for v in values if v[0] == right]
        if right and len(pair) == 2:
            return pair
    return None


def _bare_minus_pair(ctx: Context, values: list[tuple[str, dict]]) -> list | None:
    """收入减去财政拨款: the bare word said before 减 is its total (收入总计), the thing named
    right after it what is taken out."""
    from bot.several import stated_value

    said = MINUS_SAID.search(ctx.match.text)
    right = [v for v in values for h in ctx.hits
             if said and h.entry.name == v[0] and h.span[0] == said.end()]
    if not right:
        return None
    before = ctx.match.text[:said.start()]
    for word, metrics in ctx.engine.data.vocabulary.defaults:
        total = next((m for m in metrics if m in ctx.doc.facts), None) \
            if before.endswith(word) else None
        fact = stated_value(ctx, total) if total else None
        if fact is not None and total != right[0][0]:
            return [(total, fact), right[0]]
    return None


def _row_sides(ctx: Context) -> Answer | None:
    """One row of the tables named with both sides said bare (科学技术这一类收入和支出差了多少,
    其他教育支出的支出超过收入多少): its total in the spending table less its total in the
    income table, computed; None unless both are printed."""
    text = ctx.match.text
    rows = [h for h in ctx.hits if h.coverage == 1 and h.entry.kind not in ("term", "derived")
            and h.entry.name not in ctx.engine.data.vocabulary.totals]
    names = list(dict.fromkeys(h.entry.name for h in rows))
    if len(names) != 1:
        return None
    outside = "".join(text[i] if not any(a <= i < b for a, b in (h.span for h in rows))
                      else "囗" for i in range(len(text)))  # the words beside the row's name
    head = names[0].removesuffix("支出")
    spent_said = "支出" in outside or head != names[0] and (
        any(text[a:b] != h.entry.surface for h in rows for a, b in [h.span])
        or f"{head}收入" in text)  # 科学技术的支出比收入多多少, 科学技术支出比科学技术收入多多少:
    # the row's own 支出 its spending side, said apart from its name or beside its 收入
    if ("收入" not in outside or not spent_said) and "收支" not in outside:
        return None  # (高中教育收支差多少: 收支 is both, of the row)
    cells = [c for c in ctx.doc.cells.get(names[0], []) if c["unit"] in MONEY_UNITS
             and FISCAL not in c["table"]]
    income = next((c for c in cells if "收入" in c["table"] and c["column"] == "本年收入合计"),
                  None)
    spent = next((c for c in cells if "支出" in c["table"] and "收入" not in c["table"]
                  and c["column"] in ("合计", "本年支出合计")), None)
    if income is None or spent is None:
        return None
    gap = _dec(spent["number"]) - _dec(income["number"])
    text = (f"{ctx.doc.label}「{names[0]}」在{income['table']}中本年收入合计{income['value']}"
            f"{income['unit']}，在{spent['table']}中{spent['column']}{spent['value']}"
            f"{spent['unit']}，支出比收入{'多' if gap >= 0 else '少'}{_fmt(abs(gap))}万元"
            f"（计算得出，非原文数字）。")
    return _answer(ctx, text, (f"{_fmt(abs(gap))}万元",), [cell_fact(c) for c in (income, spent)])


def _row_income(ctx: Context) -> Answer | None:
    """A row of the tables (科学技术支出, 高中教育) with 收入 said beside it and 支出 not: its
    total in the income table (本年收入合计), which its spending figures never answer; None
    unless that cell is printed."""
    text = ctx.match.text
    rows = [h for h in ctx.hits if h.entry.kind not in ("term", "derived", "column")]
    if len(rows) != 1 or "收入" in rows[0].entry.name or FISCAL in text or \
            rows[0].entry.name in ctx.engine.data.vocabulary.totals:
        return None
    a, b = rows[0].span
    outside = text[:a] + "囗" + text[b:]
    if "收入" not in outside or "支出" in outside or "收支" in outside or "表" in outside or any(
            h.entry.kind == "column" for h in ctx.hits):  # (教育收费收了多少: that column's;
        return None  # 收入表里这一行: the table's row, every column)
    name = rows[0].entry.name
    cell = next((c for c in ctx.doc.cells.get(name, []) if c["unit"] in MONEY_UNITS
                 and "收入" in c["table"] and not _fiscal(c)
                 and c["column"] == "本年收入合计"), None)
    if cell is None and name.endswith("支出") and not any(
            "收入" in c["table"] for rows in ctx.doc.cells.values() for c in rows):
        text = f"{ctx.doc.label}决算没有按科目列出收入，没有{name}这一行的收入数。"
        return replace(decline(ctx.question, text, ctx.intent.name, ctx.match.confidence),
                       firm=True)  # (科学技术支出的收入: never its spending)
    if cell is None:
        return None
    said = (f"{ctx.doc.label}「{name}」在{cell['table']}中本年收入合计{cell['value']}"
            f"{cell['unit']}。")
    return _answer(ctx, said, (f"{cell['value']}{cell['unit']}",), [cell_fact(cell)])


def _against_bare(ctx: Context, values: list[tuple[str, dict]]) -> list | None:
    """全年支出比收入多了多少: the one total found said against a bare 收入 or 支出 — that
    side's total, in the order said; None otherwise."""
    from bot.several import stated_value

    if len(values) != 1 or values[0][0] not in ctx.engine.data.vocabulary.totals:
        return None  # (科学技术支出比收入少多少: its own 收入, perhaps, never 收入总计)
    text = ctx.match.text
    spans = [h.span for h in ctx.hits if h.entry.name == values[0][0]]
    if len(spans) != 1:
        return None
    start, end = spans[0]
    for word, metrics in ctx.engine.data.vocabulary.defaults:
        total = next((m for m in metrics if m in ctx.doc.facts), None)
        fact = stated_value(ctx, total) if total and total != values[0][0] else None
        if fact is None:
            continue
        for m in re.finditer(re.escape(word), text):
            if m.start() >= end and THAN.match(text[end:m.start()]):
                return [values[0], (total, fact)]
            if m.end() <= start and THAN.match(text[m.end():start]):
                return [(total, fact), values[0]]
    return None


BARE_FISCAL = re.compile(FISCAL + r"(?:的部分|那部分|部分|的钱)?(?:是|还剩|剩|有|为)?"
                         r"(?:多少|几何)")


def _fiscal_minus_pair(ctx: Context, values: list[tuple[str, dict]]) -> list | None:
    """收入总计减去财政拨款: the thing's own 财政拨款 part taken out of it (财政拨款收入总计)."""
    from bot.several import stated_value

    said = MINUS_SAID.search(ctx.match.text)
    if said is None or len(values) != 1 or not ctx.match.text.startswith(FISCAL, said.end()):
        return None
    name = values[0][0]
    if FISCAL in name:
        return None
    namesakes = [FISCAL + name] + [n for n in {**ctx.doc.facts, **ctx.doc.cells}
                                   if FISCAL in n and n.replace(FISCAL, "") == name]
    # (年末财政拨款结转和结余)
    for fiscal_name in namesakes:
        fact = stated_value(ctx, fiscal_name)
        if fact is not None:
            return [values[0], (fiscal_name, fact)]
    stated = [f for f in ctx.doc.facts.get(name, []) if f["qualifier"] == "决算数"
              and f.get("parent") and f["number"] is not None]  # 基本支出 stated under both
    whole = next((f for f in stated if FISCAL not in f["parent"]), None)  # totals: under
    fiscal = next((f for f in stated if FISCAL in f["parent"]), None)  # 财政拨款支出总计, its
    if whole and fiscal and whole["unit"] == fiscal["unit"] and whole["number"] != fiscal[
            "number"]:  # fiscal part
        return [(name, whole), (FISCAL + name, fiscal)]
    if not BARE_FISCAL.match(ctx.match.text, said.end()):
        return None
    funds = _row_funds(ctx, name, _side_said(ctx.match.text))  # 教育支出减去财政拨款: the
    # row in the two tables
    if funds is None:
        return None
    whole, fiscal = funds
    return [(name, cell_fact(whole)), (FISCAL + name, cell_fact(fiscal))]


def _joint_difference(ctx: Context) -> Answer | None:
    """收入和支出差多少, with 收入支出总计 the one figure named: the difference of its sides;
    None when their changes are set against each other (支出增加的比收入增加的多多少)."""
    from bot.several import CHANGE_OF

    if len(CHANGE_OF.findall(ctx.match.text)) >= 2:
        return None
    both = [h for h in ctx.hits  # 收入和支出, 收支: both sides said (支出总计 alone is one side,
            if {"收", "支"} <= set(ctx.match.text[slice(*h.span)])]  # whatever it names)
    names = {h.entry.name for h in ctx.hits}
    for derived in ctx.engine.data.vocabulary.derived:
        gap_of = [h for h in both if h.entry.name in derived.joint and re.match(
            r"(?:的|之)?(?:相差|差)", ctx.match.text[h.span[1]:])]  # 收入和支出差多少，算结余吗
        if names and names <= set(derived.joint) and len(both) == len(ctx.hits) or gap_of:
            found = ctx.engine.derived_value(ctx.doc, derived.name)
            if found is not None:
                text, figures, facts = found
                return replace(_answer(ctx, text, tuple(figures), facts), about=(derived.name,))
    return None


def _with_unit(fact: dict) -> str:
    """A figure as said: a table's cell (a bare number, in 万元) with its unit."""
    value = fact["value"]
    return value if value.endswith(("元", "%")) else f"{value}万元"


def compare(ctx: Context) -> Answer:
    """甲和乙哪个多: the two figures named, the larger first and by how much (computed); else
    each one's figure."""
    values = _stated_values(ctx)
    if len(values) != 2 or values[0][1].get("unit", "万元") != values[1][1].get("unit", "万元"):
        return amount(ctx)
    (a, fa), (b, fb) = sorted(values, key=lambda v: -v[1]["number"])
    diff = _dec(fa["number"]) - _dec(fb["number"])
    said = "两者相等" if not diff else f"{a}比{b}多{_fmt(diff)}万元"
    text = (f"{ctx.doc.label}{a}{_with_unit(fa)}，{b}{_with_unit(fb)}，{said}"
            f"（计算得出，非原文数字）。")
    return replace(_answer(ctx, text, (f"{_fmt(diff)}万元",), [fa, fb]), about=(a, b))


def headline(ctx: Context) -> Answer:
    """The headline figures of a document in one answer."""
    wanted = ["收入总计", "收入合计", "支出总计", "支出合计", "三公经费", "三公经费财政拨款支出",
              "机关运行经费"]
    facts = [f for name in wanted if (f := _first(ctx.doc.facts.get(name, []), "决算数"))]
    if not facts:
        return decline(ctx.question, "这份决算没有可汇总的主要数字。", ctx.intent.name)
    lines = [f"{ctx.doc.label}主要数字："] + [f"{BULLET}{f['metric']}：{f['value']}"
                                           for f in facts]
    return _answer(ctx, "\n".join(lines), tuple(f["value"] for f in facts), facts)


# the words that put a part inside its whole (一般公共服务支出下面, 基本支出中, 项目支出里)
INSIDE = r"(?:下面|下边|底下|里面|里头|里边|之中|当中|里(?![面头边])|中)"
# 一般公共服务支出下面行政运行（项）多少: a part named after its whole, the part not found
NARROWER = re.compile(rf"囗(?:{INSIDE}的?(?:其中)?|其中)的?"
                      r"((?:(?!囗)[\u4e00-\u9fff]){2,10}?)(?:[这那]?一?[类款项块个])?的?"
                      r"(?:决算数|决算|是多少|有多少|多少|花了|用了|支出了|是几|几)")
NOT_AN_ITEM = re.compile(r"最|哪|什么|啥|几|多|占|比|谁|怎|咋|一共|总共|合计|加起来|分别|各|具体"
                         r"|主要|大概|大约|实际|本年|今年|去年|全年|预算|财政|拨款|这|那|它|其|钱|部分")


# 基本支出中(的)人员经费, 三公经费里面公务接待费: a whole, then a part asked within it
PART_WITHIN = re.compile(rf"(?:[\d.,]+(?:万元|万|元|亿元|亿)?)?"
                         rf"(?:的?{INSIDE}的?(?:其中)?的?|[，,]?其中的?)")
# (基本支出784.69万里头工资福利: its figure said before 里头)


def wholes_before_parts(hits, text: str) -> set[str]:
    """The names said just before another with 中/里面/其中 between: wholes, the part asked."""
    return {a.entry.name for a in hits for b in hits
            if a.entry.name != b.entry.name and a.span[1] <= b.span[0]
            and PART_WITHIN.fullmatch(text[a.span[1]:b.span[0]])}


def _part_within(ctx: Context, names: list[str]) -> list[str]:
    """The names without a whole said just before one of its parts: the part is asked (a row's
    column, 一般公共服务支出里基本支出, is crossed before this)."""
    wholes = wholes_before_parts([h for h in ctx.hits if h.entry.name in names], ctx.match.text)
    return [n for n in names if n not in wholes] or names


def _narrower_unfound(ctx: Context) -> Answer | None:
    """A part named after its whole (下面, 里的) that the disclosure does not list: declined,
    never answered with the whole's figure."""
    said = NARROWER.search(ctx.match.masked)
    if said is None or NOT_AN_ITEM.search(said.group(1)):
        return None
    wholes = [w for h in ctx.hits for w in (ctx.match.text[slice(*h.span)], h.entry.surface)]
    if any(said.group(1) in name and any(w and w in name for w in wholes)
           for name in ctx.doc.facts):  # 政府采购里面服务类的: 政府采购服务支出, listed
        return None
    text = f"{ctx.doc.label}决算没有列出“{said.group(1)}”这一项。"
    stated = ctx.doc.mentions((said.group(1).rstrip("了的"),))  # 采购里面向中小企业预留了多少:
    # words the disclosure says, in a sentence that may answer them
    return replace(decline(ctx.question, text, ctx.intent.name, ctx.match.confidence),
                   firm=not stated)


ADJUSTED = re.compile(r"调整(?:后的?)?预算|预算调整")  # 调整预算数: not the 年初预算


def _adjusted_unstated(ctx: Context, names: list[str]) -> Answer | None:
    """The adjusted budget asked where the disclosure states only the budget at the start of
    the year: declined, never answered with the other one."""
    if not ADJUSTED.search(ctx.match.text):
        return None
    budgets = [f for n in names for f in ctx.doc.facts.get(n, []) + ctx.doc.cells.get(n, [])
               if f.get("qualifier", f.get("column", "")).endswith("预算数")
               or "预算" in f.get("column", "")]
    if any("调整" in (f.get("clause") or f.get("sentence") or f.get("column") or "")
           for f in budgets):
        return None
    text = f"{ctx.doc.label}决算没有写明{names[0]}的调整预算数" + (
        "，只写明了年初预算。" if budgets else "。")
    return replace(decline(ctx.question, text, ctx.intent.name, ctx.match.confidence), firm=True)


def _figures(ctx: Context, first: str, require: tuple[str, ...] = (),
             cells: bool = False) -> Answer:
    absent = undisclosed(ctx)
    if absent is not None:
        return absent
    names = _by_unit(ctx, _without_verb_totals(ctx, _names(ctx, ("metric", "cell", "note",
                                                                 "derived", "column"))))
    loose = {h.entry.name for h in ctx.hits if h.entry.kind == "column" and h.coverage < 1}
    names = [n for n in names if n not in loose]  # 学科建设支出 is no 基本建设资金支出
    if FISCAL in ctx.question and len(names) > 1:
        names = _scope_words_dropped(ctx, names)
    if FISCAL_BALANCE.search(ctx.match.text):
        balance = _fiscal_balance(ctx, names)
        if isinstance(balance, Answer):
            return balance
        names = balance
    if not names:
        return decline(ctx.question, "没有找到这个数字。可以试试问：公务接待费多少。",
                       ctx.intent.name)
    narrower = _narrower_unfound(ctx) or _adjusted_unstated(ctx, names)
    if narrower is not None:
        return narrower
    left_out = excepted(ctx)  # 除了财政拨款，还有别的进账吗: the rest of its whole
    if left_out & set(names):
        names = [n for n in names if n not in left_out] or _others_than(ctx.doc, names)
        if not names:
            return decline(ctx.question, "决算没有列出除此以外的其他项。", ctx.intent.name)
    if first == "占比":
        names = _part_first(ctx, names)
    # a cell states no change on last year: 职业年金…的财政拨款比上年增长多少
    crossing = _crossing(ctx, names, require) if (cells or not require) and not (
        first == "占比" and SHARES_APART.search(ctx.match.text)) else None  # 占多大比例: a
    # table's cell is an amount, never the share asked (占多少 is said of amounts too)
    if crossing is not None:
        return crossing
    if first != "占比":
        names = _part_within(ctx, names)
    columns = {c["column"] for row in names for c in ctx.doc.cells.get(row, [])}
    names = [n for n in names if n not in columns] or names  # …的财政拨款: where, not what
    whole = _column_totals(ctx, names) if first == "决算数" and not require else None
    if whole is not None:  # 基本建设资金支出一共多少: the column of the tables' total row
        return whole
    names = _widened(ctx.doc, names, require or ("决算数",), tables_do=not require)
    blocks, figures, used = [], [], []
    columns_said = _columns_said(ctx)
    for name in names[:NAMED_AT_MOST]:
        if name in columns_said and first == "决算数" and not require:
            said = _column_block(ctx, name)  # 基本建设资金支出和基本支出各多少
            if said is not None:
                blocks.append(said[0])
                figures.extend(said[1])
            continue
        block = _describe(ctx, name, first, require, cells)
        if block is None:
            continue
        text, figs, rows = block
        blocks.append(text)
        figures.extend(figs)
        used.extend(rows)
    derived = ctx.engine.derived_value(ctx.doc, names[0]) if not blocks else None
    other = _rest_of_another_whole(ctx, names[0], derived[2][0]["metric"]) if derived else ""
    if other:
        said = (f"{ctx.doc.label}决算只写明了{derived[2][0]['metric']}的构成，"
                f"没有写明{other}中的{names[0]}。")
        return replace(decline(ctx.question, said, ctx.intent.name, ctx.match.confidence),
                       firm=True)
    if not blocks:
        asked = {"比上年增减": "与上年相比的增减", "占比": "占比", "预算数": "的预算数"}.get(
            first, "这一项")
        return decline(ctx.question, f"{ctx.doc.label}决算没有披露{names[0]}{asked}。",
                       ctx.intent.name, ctx.match.confidence)
    answer = _answer(ctx, "\n".join(blocks), tuple(figures), used)
    return replace(answer, followups=_followups(ctx.doc, names[0]))


def bare_total(ctx: Context) -> list[str]:
    """收入里哪块最大, 支出分哪几块: the total a bare word said stands for, if stated here."""
    return [m for word, metrics in ctx.engine.data.vocabulary.defaults
            if word in ctx.match.text for m in metrics if m in ctx.doc.facts][:1]


def _without_verb_totals(ctx: Context, names: list[str]) -> list[str]:
    """住房保障支出一共花了多少: 一共支出 there is the verb, not the headline total's alias."""
    totals = ctx.engine.data.vocabulary.totals
    if all(n in totals for n in names):
        return names
    said = {h.entry.name for h in ctx.hits if h.entry.surface == h.entry.name}
    return [n for n in names if n not in totals or n in said]


def _followups(doc: DocIndex, name: str) -> tuple[str, ...]:
    """Under a total, its parts as next questions (三公经费 → 公务接待费多少 …)."""
    unit = next((f["unit"] for f in doc.facts.get(name, []) if f["qualifier"] == "决算数"), None)
    parts = dict.fromkeys(f["metric"] for f in doc.all_facts if f["parent"] == name
                          and f["qualifier"] == "决算数" and f["unit"] in (unit, None))
    return tuple(f"{part}多少" for part in parts)[:4]


def _part_first(ctx: Context, names: list[str]) -> list[str]:
    """In 甲占乙的比例 the share asked is 甲's: the thing named before 占 comes first."""
    cut = ctx.match.text.find("占")
    if cut < 0:
        return names
    before = {h.entry.name for h in ctx.hits if h.span[1] <= cut}
    return sorted(names, key=lambda n: n not in before)


def _columns_said(ctx: Context) -> set[str]:
    """The table columns the question names whole (教育收费, or by its alias)."""
    return {h.entry.name for h in ctx.hits if h.entry.kind == "column" and h.coverage == 1}


def _column_totals(ctx: Context, names: list[str]) -> Answer | None:
    """A column named alone (教育收费): its figure in each table's total row."""
    columns = [n for n in names if n in _columns_said(ctx)]
    if not columns:
        return None
    said = {h.entry.name: ctx.match.text[h.span[0]:h.span[1]] for h in ctx.hits}
    totals = ctx.engine.data.vocabulary.totals
    if any(not (n in totals or FISCAL in said.get(n, "") or "表" in ctx.match.text)
           for n in names if n not in columns):
        return None  # 高等教育的教育收费: a row named too (the crossing)
    blocks = [b for b in (_column_block(ctx, c) for c in columns) if b is not None]
    if not blocks:  # 财政拨款支出决算表里的基本建设资金支出: the table is where, not what
        return None
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                  "\n".join(b[0] for b in blocks), tuple(b[2] for b in blocks),
                  tuple(f for b in blocks for f in b[1]))


def _column_block(ctx: Context, column: str) -> tuple[str, tuple[str, ...], Source] | None:
    """A column's figure in each table's total row (of the 财政拨款 tables when that is said);
    none when a count or a list is asked (多少个项目, 有哪些): a column holds money only."""
    if COUNT.search(ctx.match.text) or WHICH_ASKED.search(ctx.match.text):
        return None
    hits = [c for rows in ctx.doc.cells.values() for c in rows
            if c["column"] == column and TOTAL_ROW.fullmatch(c["row"])]
    hits = [c for c in hits if FISCAL in c["table"]] if FISCAL in ctx.match.text and any(
        FISCAL in c["table"] for c in hits) else hits
    if not hits:
        return None
    lines = [f"{ctx.doc.label}{c['table']}「{c['row']}」的{c['column']}为{c['value']}万元。"
             for c in hits]
    figures = tuple(dict.fromkeys(f"{c['value']}万元" for c in hits))
    return "\n".join(dict.fromkeys(lines)), figures, ctx.doc.source(lines[0], hits[0]["table"])


def _column_total_value(ctx: Context, other: str) -> list[tuple[str, dict]]:
    """The one column named beside another thing, by its figure in the total row of the one
    table that has it (教育收费: 收入决算表「合计」); none when tables differ or none has it."""
    columns = [n for n in _columns_said(ctx) if n != other]
    if len(columns) != 1:
        return []
    cells = [c for rows in ctx.doc.cells.values() for c in rows
             if c["column"] == columns[0] and TOTAL_ROW.fullmatch(c["row"]) and c["number"]]
    if len({c["number"] for c in cells}) != 1:
        return []
    return [(columns[0], cell_fact(cells[0]))]


TOTAL_ROW = re.compile(r"合计|总计|本年收入合计|本年支出合计")  # a table's row of totals
WHICH_ASKED = re.compile(r"哪|什么|啥|属于|算在|归")  # a name asked, not an amount


def _crossing(ctx: Context, names: list[str], require: tuple[str, ...] = ()
              ) -> Answer | None:
    """行政运行 + 项目支出: the table cell where that row meets that column; when a kind is
    required (预算数), only a column of that kind (高等教育基本支出比预算呢: no 基本支出 cell)."""
    said_columns = _columns_said(ctx)
    for row in names:
        cells = ctx.doc.cells.get(row, [])
        named = [column for column in names if column != row and (
            fold(column) in ctx.match.text or column in ctx.question
            or column in said_columns)]  # a column meets a
        crossed = any(c["column"] in named for c in cells)  # with another column said:
        named += [c["column"] for c in cells if crossed and c["column"] not in named  # 其中财政
                  and c["column"] != row  # 拨款和事业收入各多少
                  and len(head := COLUMN_ENDING.sub("", c["column"])) >= 4
                  and re.search(re.escape(head) + r"(?!收入|支出)", ctx.match.text)
                  ]  # the 财政拨款收入 column (财政拨款支出 is no income)
        hits = [c for column in named for c in cells if c["column"] == column  # row named
                and (not require or any(r in column for r in require))]
        side = TABLE_SIDE.search(ctx.match.text)
        if hits and side:  # 收入表里高中教育那行合计多少: that table's cells, its 本年收入合计
            side_word = side.group(1)  # for the 合计 the spending tables print
            own = [c for c in hits if side_word in c["table"]]
            totals = [c for c in cells if side_word in c["table"] and "合计" in named
                      and c["column"] == f"本年{side_word}合计"]
            hits = own + [c for c in totals if c not in own] if own or totals else hits
        if hits:  # every column named where this row meets it (基本支出和项目支出各多少)
            lines = [f"{ctx.doc.label}{c['table']}中「{row}」的{c['column']}为{c['value']}万元。"
                     for c in hits]
            return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                          "\n".join(dict.fromkeys(lines)),
                          (ctx.doc.source(lines[0], hits[0]["table"]),),
                          tuple(dict.fromkeys(f"{c['value']}万元" for c in hits)))
    return None


COLUMN_ENDING = re.compile(r"(?:收入|支出)$")  # 财政拨款收入 is said 财政拨款 in its row
TABLE_SIDE = re.compile(r"(收入|支出)(?:决算)?表")  # the side of the tables named (收入表里)
MERE_SUFFIX = re.compile(r"(?:支出)?(?:决算)?数?")  # what a name adds to another's without meaning


def _widened(doc: DocIndex, names: list[str], require: tuple[str, ...],
             tables_do: bool = False) -> list[str]:
    """职业年金缴费 (a table row) is stated with its budget as 机关事业单位职业年金缴费."""
    out = []
    for name in names:
        out.append(name)
        if any(f["qualifier"] in require for f in doc.facts.get(name, [])) or (
                tables_do and doc.cells.get(name)):
            continue
        alias = stated_name(name)  # 缴费支出 (a row) is stated as 缴费
        wider = [other for other, rows in doc.facts.items() if other != name and (
            name in other or other == alias) and any(f["qualifier"] in require for f in rows)]
        shorter = [other for other, rows in doc.facts.items() if other != name and other in name
                   and MERE_SUFFIX.fullmatch(name.replace(other, "", 1))
                   and any(f["qualifier"] in require for f in rows)]
        if shorter and not wider:  # 公务接待费支出决算 (stated as a change only) is 公务接待费
            out.insert(len(out) - 1, shorter[0])
        out += wider[:1]
    return list(dict.fromkeys(out))


COUNT = re.compile(r"(?:多少|几)个?(人次|批次|人|辆|台|套|件|条|项|次|个|家|户)")


def _by_unit(ctx: Context, names: list[str]) -> list[str]:
    """A question asking 多少人次 wants the figure counted in 人次, not the money beside it."""
    asked = COUNT.search(ctx.match.text)
    if not asked:
        return names
    unit = asked.group(1)

    def has(name: str) -> bool:
        return any(f["unit"].startswith(unit) for f in ctx.doc.facts.get(name, []))

    if not any(has(n) for n in names):
        near = [f["metric"] for f in ctx.doc.all_facts if f["unit"].startswith(unit)
                and common_run(fold(f["metric"]), ctx.match.text)[0] >= 3]
        names = list(dict.fromkeys(near)) + names
    return sorted(names, key=lambda n: not has(n))


def _rest_of_another_whole(ctx: Context, name: str, whole: str) -> str:
    """项目支出 worked out of 财政拨款支出 only, asked as a part of the unit's total (854万总支出
    里面项目支出): the total said, else ""."""
    vocabulary = ctx.engine.data.vocabulary
    if not any(d.name == name and d.is_rest for d in vocabulary.derived):
        return ""
    return next((h.entry.name for h in ctx.hits
                 if h.entry.name in vocabulary.totals and h.entry.name != whole), "")


def _describe(ctx: Context, name: str, first: str, require: tuple[str, ...], cells_count=False
              ) -> tuple[str, list[str], list[dict]] | None:
    doc = ctx.doc
    derived = ctx.engine.derived_value(doc, name)
    if derived is not None:
        return None if _rest_of_another_whole(ctx, name, derived[2][0]["metric"]) else derived
    facts = _in_scope(ctx, name, _unique(doc.facts.get(name, [])))
    facts = _with_namesakes(doc, name, facts)
    cells = doc.cells.get(name, [])
    said = _side(ctx.match.text)  # 高中教育一共支出多少: the spending table's cells first
    sided = name if _side(name) or len(said) != 1 else name + ("收入" if said == "收" else "支出")
    cells = sorted(_in_scope(ctx, name, cells), key=lambda c: (
        _fiscal(c) != _wants_fiscal(ctx), not _same_side(sided, c["table"])))
    table = table_named(ctx.doc, ctx.question)
    if table:  # 表4里…: that table's cells, whatever funds it counts; 收支总表的合计: its last
        rows = (name,) + tuple(g for g in GRAND_TOTALS if g != name) if name in GRAND_TOTALS \
            else (name,)  # row, printed 合计 or 总计
        cells = next((own for row in rows if (own := [
            c for c in doc.cells.get(row, []) if c["table"] == table])), cells)
    if _wants_fiscal(ctx) and FISCAL not in name and not any(map(_fiscal, facts)) and \
            any(map(_fiscal, cells)):
        facts = []  # the narrative states all funds only: the 财政拨款 table answers
    notes = doc.notes.get(name, []) or _shorter_notes(doc, name)
    if require and not any(f["qualifier"] in require for f in facts) and not (
            cells_count and any(c["column"] in require for c in cells)):
        return None
    parts, figures = [], []
    order = [first] + [q for q in ORDER if q != first]
    for qualifier in order:
        for fact in (f for f in facts if f["qualifier"] == qualifier):
            parts.append(_phrase(fact))
            figures.append(fact["value"])
    if first == "占比" and not any(f["qualifier"] == "占比" for f in facts):
        computed = _computed_share(doc, facts)
        if not computed:
            return None  # its amount is no answer to 占多大比重
        parts.insert(0, computed)
    lines = []
    if parts:
        lines.append(f"{doc.label}{name}{_scope_label(ctx, name, facts)}："
                     + "；".join(dict.fromkeys(parts)) + "。")
    unit = next((f["unit"] for f in facts if f["qualifier"] == "决算数"), None)
    children = [f for f in doc.all_facts if f["parent"] == name and f["qualifier"] == "决算数"
                and (unit is None or f["unit"] == unit)]
    if children:
        kids = "；".join(dict.fromkeys(f"{c['metric']}{c['value']}" for c in _unique(children)))
        lines.append(f"其中：{kids}。")
    lines += [f"主要用于：{n['text']}" for n in notes if n["kind"] == "purpose"]
    cell_lines = _cell_lines(cells, bool(parts))
    if cell_lines:
        lines.append(cell_lines if parts else f"{doc.label}：{cell_lines}")
        if not parts:  # a table's cells alone: their values are the figures answered
            figures.extend(dict.fromkeys(c["value"] + "万元" for c in cells[:6]))
    conflict = _disagreement(doc, name, facts)
    if conflict:
        lines.append(conflict)
        figures.extend(c["value"] + "万元" for c in cells[:2])
    for note in notes:
        if note["kind"] == "none" and not parts:
            sentence = note["sentence"]
            lines.append(sentence if doc.doc["department"] in sentence else
                         f"{doc.label}：{sentence}")
        elif (note["kind"], first) in (("reason", "比上年增减"), ("reason_budget", "预算数")):
            lines.append(f"原因：{own_item(note['text'])}")
    if not lines:
        return None
    sentences = list(dict.fromkeys(f["sentence"] for f in facts))[:3]
    if sentences:
        lines.append("原文：" + " ".join(f"“{s}”" for s in sentences))
    return "\n".join(lines), figures, facts + [n for n in notes]


def _phrase(fact: dict) -> str:
    q, value = fact["qualifier"], fact["value"]
    if q == "比上年增减":
        if value == "持平":
            return "与上年持平"
        return f"比上年{'减少' if fact['number'] < 0 else '增加'}{value}"
    if q == "比预算增减":
        return f"比预算{'减少' if fact['number'] < 0 else '增加'}{value}"
    if q.endswith("增减率"):
        verb = re.search(r"增加|减少|增长|下降|上升|降低", fact["clause"])
        base = "比预算" if q.startswith("比预算") else "比上年"
        return f"{base}{verb.group(0) if verb else '变化'}{value}"
    if q == "占比":
        return f"占比{value}"
    if q == "完成预算比例":
        return f"完成预算的{value}"
    if q == "决算数" and fact["unit"] not in MONEY_UNITS:
        return value
    return f"{q}{value}"


def _computed_share(doc: DocIndex, facts: list[dict]) -> str | None:
    fact = next((f for f in facts if f["qualifier"] == "决算数" and f["parent"]
                 and f["unit"] in MONEY_UNITS), None) or _first(facts, "决算数", money=True)
    if not fact or not fact["parent"]:
        return None
    total = _first(doc.facts.get(fact["parent"], []), "决算数", money=True)
    if not total or not total["number"]:
        return None
    pct = _dec(fact["number"]) / _dec(total["number"]) * 100
    return f"占{fact['parent']}的{_percent(pct)}%（按{fact['value']}÷{total['value']}计算得出）"


def _with_namesakes(doc: DocIndex, name: str, facts: list[dict]) -> list[dict]:
    """Add qualifiers stated under another name for the same figure (same value, same part)."""
    mine = _first(facts, "决算数", money=True)
    if not mine:
        return facts
    have = {f["qualifier"] for f in facts}
    extra: list[dict] = []
    for other, rows in doc.facts.items():
        if other == name or not any(
                r["qualifier"] == "决算数" and r["value"] == mine["value"] for r in rows):
            continue
        sides = {_side(other), _side(name)}
        if common_run(other, name)[0] < 4 or {"收", "支"} <= sides:
            continue
        for row in rows:
            if row["qualifier"] not in have and row["qualifier"] != "决算数":
                have.add(row["qualifier"])
                extra.append(row)
    return facts + extra


def _shorter_notes(doc: DocIndex, name: str) -> list[dict]:
    """三公经费财政拨款支出 has its reason written under 三公经费: notes of a name it contains."""
    return [n for key, rows in doc.notes.items() if len(key) >= 4 and key != name
            and name.startswith(key) for n in rows if n["kind"].startswith("reason")]


def _and_namesakes(doc: DocIndex, names: list[str]) -> list[str]:
    """The names, each followed by the other names of its figure."""
    return list(dict.fromkeys(n for name in names for n in (name, *_namesakes(doc, name))))


def _namesakes(doc: DocIndex, name: str) -> list[str]:
    """财政拨款收入总计 and 一般公共预算财政拨款收入: one figure (same value) under two names."""
    mine = _first(doc.facts.get(name, []), "决算数", money=True) or next(
        (c for c in doc.cells.get(name, []) if c["unit"] in MONEY_UNITS), None)  # or its row's
    if not mine:
        return []
    return [other for other, rows in doc.facts.items() if other != name
            and common_run(other, name)[0] >= 4 and {_side(other), _side(name)} != {"收", "支"}
            and any(r["qualifier"] == "决算数" and r["number"] == mine["number"]
                    and r["unit"] == mine["unit"] for r in rows)]


def _same_side(name: str, table: str) -> bool:
    """A table holds the name's side: 收支 tables both, 收入决算表 income only."""
    mine, its = _side(name), _side(table)
    return not mine or its in ("", "收支", mine)


def _side(name: str) -> str:
    """收入 or 支出: a figure on one side is never the namesake of one on the other."""
    return ("收" if "收入" in name else "") + ("支" if "支出" in name else "")


def _disagreement(doc: DocIndex, name: str, facts: list[dict]) -> str | None:
    """Where the narrative and a table state different values for the same figure."""
    fact = _first(facts, "决算数", money=True)
    if not fact or fact["unit"] != "万元":
        return None
    cells = [c for c in doc.cells.get(name, []) if c["column"] in TOTAL_COLUMNS]
    if name.endswith("总计"):
        prefix = name[:-2]
        cells += [c for rows in doc.cells.values() for c in rows
                  if c["row"] == "总计" and prefix and prefix in c["table"]]
    # only the same quantity: 教育支出 is not the 教育支出 row of an income table, nor its
    # 财政拨款 part; and where one such cell agrees, another that differs is another quantity
    cells = [c for c in cells if _same_side(name, c["table"])
             and (FISCAL in name or _fiscal(c) == _fiscal(fact))]
    if any(abs(c["number"] - fact["number"]) <= 0.011 for c in cells):
        return None
    for cell in cells:
        if abs(cell["number"] - fact["number"]) > 0.011:
            return (f"注意：正文写的是{fact['value']}，而{cell['table']}「{cell['row']}」为"
                    f"{cell['value']}万元，两处不一致，请以原件核对。")
    return None


TOTAL_COLUMNS = ("决算数", "合计", "本年收入合计", "本年支出合计")


TABLE_BY_PLACE = re.compile(r"表\s*([1-9一二三四五六七八九])"
                            r"|第\s*([1-9一二三四五六七八九])\s*[张个]?表")  # 第二个: no table
TABLE_PREFIX = re.compile(r"^(?:高等学校|部门)")


GRAND_TOTALS = ("合计", "总计")  # a table's last row, printed either way


def table_named(doc, question: str) -> str | None:
    """The table a question names, by its place (表1, 第二张表) or its title, as printed or
    shortened (收支总表: 高等学校收支决算总表); None when it names none."""
    if "表" not in question:
        return None  # every way of naming one says 表 (most questions: nothing to look for)
    tables = list(dict.fromkeys(c["table"] for c in sorted(
        (c for group in doc.cells.values() for c in group), key=lambda c: c["seq"])))
    said = fold(question)
    for title in sorted(tables, key=len, reverse=True):
        short = TABLE_PREFIX.sub("", title)
        if any(form in said for form in (title, short, short.replace("决算", ""))):
            return title
    place = TABLE_BY_PLACE.search(said)
    if place:
        n = number_said(place.group(1) or place.group(2)) or 0
        return tables[n - 1] if 1 <= n <= len(tables) else None
    return None


def _cell_lines(cells: list[dict], narrative: bool) -> str:
    if not cells:
        return ""
    shown = [cell_line(cell) for cell in cells[:6]]
    head = "表中：" if narrative else ""
    return head + "；".join(dict.fromkeys(shown)) + "。"


def code_of(cell: dict) -> str:
    """A row's classification code without the spaces some tables print in it (201 06 07)."""
    return (cell.get("code") or "").replace(" ", "")


def row_code(doc: DocIndex, name: str) -> str:
    """The classification code of a row named, from its first coded cell; "" when none."""
    return next((c["code"] for c in doc.cells.get(name, []) if c.get("code")), "")


def cell_line(cell: dict) -> str:
    """One table cell as cited: 支出决算表「住房保障支出」（221）本年支出合计445.69万元."""
    column = "" if cell["column"] in ("决算数", cell["row"]) else cell["column"]
    code = code_of(cell)
    coded = f"（{code}）" if code else ""  # the classification code, as the table prints it
    return f"{cell['table']}「{cell['row']}」{coded}{column}{cell['value']}万元"


def cell_fact(cell: dict) -> dict:
    """A table cell read as a stated figure of its row."""
    return {**cell, "metric": cell["row"], "value": f"{cell['value']}{cell['unit']}",
            "qualifier": "决算数", "parent": "", "sentence": cell_line(cell)}


def _all_funds(ctx: Context, name: str, fact: dict | None) -> dict | None:
    """住房公积金一共多少: the row's all-funds total in a table when the sentence states only its
    财政拨款 part and all funds were asked; else the fact as it is (labelled by its scope)."""
    if fact is None or not _fiscal(fact) or _wants_fiscal(ctx):
        return fact
    said = "支出" if "支出" in ctx.match.text else "收入" if "收入" in ctx.match.text else "支出"
    cells = sorted((c for c in ctx.doc.cells.get(name, []) if not _fiscal(c)
                    and c["column"] in TOTAL_COLUMNS and c["unit"] == "万元" and c.get("number")),
                   key=lambda c: said not in c["table"])
    return cells[0] if cells else fact


def _cell(doc: DocIndex, name: str) -> dict | None:
    cells = doc.cells.get(name, [])
    return cells[0] if cells else None


# ---------------------------------------------------------------- glossary

def _has_parts(ctx: Context) -> bool:
    """A thing named has its parts stated (其中…), each with its amount."""
    from bot.charts import parts_of, rows_under  # charts reads these helpers: imported when
    # first asked

    return any(parts_of(ctx.doc, n) or rows_under(ctx.doc, n)  # 住房保障支出: 2210201, 2210203
               for n in _names(ctx, ("metric",)))


def define(ctx: Context) -> Answer:
    """The definition as published in 名词解释."""
    absent = undisclosed(ctx)  # 三公经费包括哪几项 of a university: no 三公 at all
    if absent is not None:
        return absent
    whole = any(h.entry.kind != "term" and h.coverage == 1 for h in ctx.hits)
    terms = [h.entry.name for h in ctx.hits if h.entry.kind == "term" and (
        h.coverage == 1 or not whole)]  # 教育支出包括哪些: no 其他教育支出 read in part
    if not terms:  # 结转结余是啥意思: a figure's name said short, the glossary's term by its name
        glossary = {row["term"] for row in ctx.doc.terms}
        terms = list(dict.fromkeys(h.entry.name for h in ctx.hits if h.entry.kind != "term"
                                   and h.coverage == 1 and h.entry.name in glossary))
    if terms and set(terms) <= excepted(ctx) and NAME_ASKED.search(ctx.match.text):
        return reverse_define(ctx)  # 在基本支出以外发生的支出叫什么: the term it is not
    short = [h for h in ctx.hits if h.entry.kind != "term" and len(
        ctx.match.text[slice(*h.span)]) >= 4 and h.entry.name.startswith(
            ctx.match.text[slice(*h.span)])]  # 公务用车包括什么: its name said short
    if not terms and not whole and short and not re.search(r"多少|花了", ctx.match.text):
        within = _defined_within(replace(ctx, hits=short))
        if within is not None:
            return within
    if not terms and any(h.entry.kind != "term" and h.coverage == 1 for h in ctx.hits):
        within = _defined_within(ctx) if not re.search(r"多少|花了", ctx.match.text) else None
        if within is not None:
            return within  # 公务接待费是什么意思: the clause of 三公经费's definition about it
        if CLASSES_SAID.search(ctx.match.text) and "支出" in ctx.match.text:
            # 财政拨款支出按功能分类有哪几类: its classes, no word to define
            return ctx.engine.answer_as(ctx.question, ctx.match, "chart.spending")
        if re.search(r"包括|包含|组成|构成", ctx.match.text) and _has_parts(ctx):
            # 基本支出包括哪几块: its stated parts
            return ctx.engine.answer_as(ctx.question, ctx.match, "chart.parts")
        if re.search(r"包括|包含|组成|构成|用于|多少|花了", ctx.match.text):
            return amount(ctx)  # 人员经费包括哪些: no glossary term; the figure's sentence says
    said = [h for h in ctx.hits if h.entry.kind != "term"
            and ctx.match.text[slice(*h.span)] == h.entry.surface]  # named as it is
    if not terms and said and not GLOSSARY_SAID.search(ctx.match.text):  # 2080505是什么: no
        # glossary term; the row's use as stated (反映…) — unless the glossary itself was asked
        used = purpose(replace(ctx, intent=ctx.engine.data.by_name("figure.purpose"), hits=said))
        if used.answered:
            return used
    if not terms:
        named = [h for h in ctx.hits if h.entry.kind != "term" and h.coverage == 1]
        hits = ctx.engine.rematch(ctx.match, ctx.doc, kinds={"term"})
        terms = [h.entry.name for h in hits if h.coverage == 1 or not any(
            n.span[0] <= h.span[0] and h.span[1] <= n.span[1] and n.entry.name not in h.entry.name
            for n in named)]  # 年末财政拨款结转和结余是什么意思: no 财政拨款收入 read inside the
        # name said whole (实验室及相关设施 is still 重点实验室及相关设施)
        if not terms and named and POINTED_FIGURE.search(ctx.question):
            return amount(ctx)  # 这个数是什么意思 with no term of its own: the figure's sentence
    pair = _two_terms(ctx, terms)
    if pair is not None:
        return pair
    for term in terms:
        for row in ctx.doc.terms:
            if row["term"] == term:
                text = f"{term}：{row['definition']}"
                return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                              (ctx.doc.source(text, "名词解释"),))
    if GLOSSARY_LISTED.search(ctx.match.text) and ctx.doc.terms:  # 名词解释有哪些: every term
        entries = [t for t in ctx.doc.terms if not any(  # (事业基金, explained in brackets
            o is not t and t["definition"] in o["definition"] for o in ctx.doc.terms)]  # inside
        listing = "；".join(f"{i}.{t['term']}" for i, t in enumerate(entries, 1))  # another: no
        text = f"{ctx.doc.label}决算的名词解释共{len(entries)}条：{listing}。"  # entry of its own)
        return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                      (ctx.doc.source(ctx.doc.terms[0]["term"], "名词解释"),))
    return decline(ctx.question, "名词解释里没有这个词。可以问：" +
                   "、".join(t["term"] for t in ctx.doc.terms[:5]) + "。", ctx.intent.name)


# the classes by function asked (按功能分类有哪几类): a listing of them, first
CLASSES_SAID = re.compile(r"功能分类|哪几类|哪些类|几大类|按类|哪一类|哪类")
# a figure pointed at (这个数是什么意思): the figure asked, not a word
POINTED_FIGURE = re.compile(r"[这那]个?(?:数字|数|金额|钱数)|[这那]笔钱")


# the glossary's entries asked for as a list (名词解释有哪些, 名词解释都解释了哪几个词)
GLOSSARY_LISTED = re.compile(r"名词解释[^，,。？?]{0,8}(?:有哪些|有什么|哪几|几个|几条|多少个|"
                             r"多少条|列|清单|都有|包括哪|目录)|(?:列|哪些|哪几个)[^，,。？?]{0,6}名词")


# the ending a figure's name has and the thing it names has not (…费支出决算)
DEFINED_TAIL = re.compile(r"(?<=费)(?:支出决算|支出|决算)$")


def _defined_within(ctx: Context) -> Answer | None:
    """A thing the glossary explains inside another term's entry ("其中:公务接待费反映…"):
    that clause, quoted with the term it belongs to."""
    for hit in ctx.hits:
        name = DEFINED_TAIL.sub("", hit.entry.name)  # 因公出国(境)费支出决算: 因公出国(境)费
        for row in ctx.doc.terms:
            for clause in re.split(r"[;；。]", row["definition"]):
                clause = re.sub(r"^其中[:：]", "", clause.strip())
                if clause.startswith(name) and len(clause) > len(name) + 4:
                    said = clause[len(name):].lstrip("：:")
                    text = f"{name}：{said}（见名词解释“{row['term']}”）"
                    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                                  text, (ctx.doc.source(row["term"] + "：" + row["definition"],
                                                        "名词解释"),))
    return None


TWO_TERMS = re.compile(r"区别|区分|不同|差别|差异|分别|两者|有什么两样|一样吗|不一样|是一回事")


def _two_terms(ctx: Context, terms: list[str]) -> Answer | None:
    """事业收入和经营收入的区别: both definitions, side by side, and what sets them apart."""
    rows = {r["term"]: r for r in ctx.doc.terms}
    named = [t for t in dict.fromkeys(terms) if t in rows]
    if len(named) < 2 or not TWO_TERMS.search(ctx.match.text):
        return None
    a, b = rows[named[0]], rows[named[1]]
    lines = [f"{a['term']}：{a['definition']}", f"{b['term']}：{b['definition']}"]
    only_a = _distinct(a["definition"], b["definition"])
    only_b = _distinct(b["definition"], a["definition"])
    if only_a and only_b:
        lines.append(f"区别：{a['term']}说的是“{only_a}”，{b['term']}说的是“{only_b}”。")
    elif only_a or only_b:
        wider, extra = (a, only_a) if only_a else (b, only_b)
        lines.append(f"区别：{wider['term']}多了一层意思——“{extra}”。")
    else:
        lines.append("区别：两者的定义几乎相同，见上。")
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, "\n".join(lines),
                  tuple(ctx.doc.source(line, "名词解释") for line in lines[:2]))


def _distinct(one: str, other: str) -> str:
    """The longest phrase of one definition that the other does not contain."""
    phrases = [p.strip() for p in re.split(r"在|及其|及|和|或|的|为|、|,|，|;|；|。|:|：", one)]
    phrases = [p for p in phrases if len(p) >= 4 and p not in other and not p.startswith("指")]
    return max(phrases, key=len, default="")


# what the thing described is said not to be (在日常运转之外, 除了工资以外, 不是日常的): none of
# its words describe it
NOT_DESCRIBED = re.compile(r"(?:在|除了?|除去)[\u4e00-\u9fff]{1,8}?(?:之外|以外|外)"
                           r"|(?:不是|不属于|不包括|不含)[\u4e00-\u9fff]{1,6}?的")
# the terms said as what it is not (除了财政拨款、事业收入、经营收入之外的收入): none of them
TERMS_EXCEPTED = re.compile(r"除了?[^，,。？?]{2,30}?(?:之外|以外)")
REVERSE_NOISE = re.compile(r"叫什么名字|叫什么|叫啥|是什么|什么|哪个|哪一个|哪种|哪类|名词解释里|"
                           r"名词解释|名词|名目|术语|叫法|报表里|决算里|在决算|这个|这种|这笔|这类|属于|"
                           r"归到|算是|科目|那种|那类|那个|学校|帮|"
                           r"的|了|钱|是|有|在")


# which way the money described goes in time: on to the years after (年末…) or in from the years
# before (年初…); 没用完…挪到以后年度接着用 is the closing balance, whatever words it shares
ONWARD = re.compile(r"以后年度|以后几年|下一年|下年|明年|来年|往后")
FROM_BEFORE = re.compile(r"以前年度|上一年|上年|去年|前些年|往年")


def _timed(term: str, question: str) -> float:
    """A nudge to the term of the balance whose side of the year the question's direction says
    (年末 onward, 年初 from before); none when it says both or neither."""
    onward, before = bool(ONWARD.search(question)), bool(FROM_BEFORE.search(question))
    if onward == before or not re.search(r"[年期][初末]", term):
        return 0.0
    closing = "末" in term
    return 0.15 if closing == onward else -0.15


def reverse_define(ctx: Context) -> Answer:
    """The term whose definition the question describes in plain words."""
    belongs_to = ctx.engine.data.by_name("figure.belongs")
    if any(h.coverage == 1 and h.entry.kind != "term" for h in ctx.hits) and \
            ctx.engine.matcher.cue_removed(belongs_to, ctx.match.text) != ctx.match.text:
        return ctx.engine.answer_as(ctx.question, ctx.match, belongs_to.name)  # 住房公积金
        # 归到哪类: a row named whole is asked its class, not described
    best, best_score, shared = None, 0.0, 0
    said = NOT_DESCRIBED.sub("|", ctx.match.text)  # 在日常运转之外: what it is not
    grams = _bigrams(REVERSE_NOISE.sub("|", said).replace("|", ""))
    excluded = "".join(m.group(0) for m in TERMS_EXCEPTED.finditer(ctx.match.text))
    for row in ctx.doc.terms:
        if row["term"] in excluded:
            continue  # 除了财政拨款、事业收入、经营收入之外的收入: none of those named
        normalize = ctx.engine.normalizer
        definition = _bigrams(normalize(row["definition"])) | _bigrams(normalize(row["term"]))
        score = len(grams & definition) / max(len(grams), 1) + _timed(row["term"], ctx.question)
        if score > best_score:
            best, best_score, shared = row, score, len(grams & definition)
    if best is None or best_score < 0.35 or shared < 2:  # 主要是哪个科目涨的: 主要 alone is no
        # description of a term; 给职工交养老保险那笔钱叫什么: the term of the thing said whole
        best = next((row for h in ctx.hits if h.coverage == 1 and h.entry.kind != "term"
                     and h.entry.name not in ctx.match.text  # said by another word (养老保险)
                     for row in ctx.doc.terms if row["term"] == h.entry.name), None)
        best_score = ctx.match.confidence
    if best is None:
        return decline(ctx.question, "没有找到与这个描述相符的名词。", ctx.intent.name)
    text = f"这是“{best['term']}”：{best['definition']}"
    term = best["term"]  # the row it names (重点实验室及相关设施: 实验室及相关设施), what 这个科目
    row = term if term in ctx.doc.cells or term in ctx.doc.facts else max(  # 花了多少 then asks
        (n for n in ctx.doc.cells if n in term), key=len, default="")
    return Answer(ctx.question, True, ctx.intent.name, best_score, text,
                  (ctx.doc.source(best["definition"], "名词解释"),),
                  about=(row,) if len(row) >= 4 else ())


# ---------------------------------------------------------------- organisation

def duties(ctx: Context) -> Answer:
    if not ctx.doc.duties:
        return decline(ctx.question, "这份决算没有列出主要职能。", ctx.intent.name)
    lines = [f"{ctx.doc.doc['department']}的主要职能："] + [d["text"] for d in ctx.doc.duties]
    numbered = [d for d in ctx.doc.duties if DUTY_NUMBER.match(d["text"])]
    if DUTIES_COUNTED.search(ctx.match.text) and numbered:  # 一共列了几条: the numbered ones
        lines[0] = (f"{ctx.doc.doc['department']}的主要职能共列了{len(numbered)}条"
                    "（按编号数出）：")
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, "\n".join(lines),
                  (ctx.doc.source("\n".join(d["text"] for d in ctx.doc.duties), "主要职能"),))


DUTY_NUMBER = re.compile(r"[(（][一二三四五六七八九十]+[)）]|\d+[、.．]")  # (一), 1、: numbered
DUTIES_COUNTED = re.compile(r"几条|多少条|几项|多少项|几个方面")  # how many duties, asked


SUPERVISOR_ASKED = re.compile(r"(?:归|由|是)?哪(?:个|一个|家)(?:部门|单位|部委|部)管?的?"
                              r"|归谁管的?|谁管的|隶属于?|上级(?:部门|单位)?|主管部门|归哪(?:个|家)?(?:部门|单位|部委|部)?管?")
AFFILIATION = re.compile(r"直属|隶属|主管部门|归口管理")


def _affiliation(doc: DocIndex) -> str | None:
    """The first sentence of the narrative that says whom the unit stands under (教育部直属)."""
    said = _sentences_saying(doc, AFFILIATION)
    return re.sub(r"\s+", "", said[0]) if said else None


ASKING_WHO = re.compile(r"(?:职责|职能)(?:里面|里|中|当中)(?:有没有|有|包括|包含)"  # 职责里有…吗
                        r"|谁负责|是否负责|负责|归谁管|谁来管|谁管|管不管|由谁|哪个单位|哪个部门"
                        r"|这个单位|这个中心|这个部门|这块|是不是|是否|哪些|什么|工作|事情|的|吗|是|谁")


WHO_FILLER = re.compile(r"也|都|还|归|它们|它|他们|你们|管|呢|吗|嘛|啊|那|这个|那个|这些|那些"
                        r"|一块|那块|[这那]?方面的?事?")


def who_topic(text: str) -> str:
    """What a question of who handles it names beside its asking words ("" for none)."""
    topic = WHO_FILLER.sub("", ASKING_WHO.sub("", text))
    return topic if len(topic) >= 2 and WHO_SAID.search(text) else ""


WHO_SAID = re.compile(r"管|负责|牵头|归(?:它|他们|你们|不归)")  # who handles it, said (其他的呢
# asks no duty; 投诉处理归他们吗 does)


def who_handles(ctx: Context) -> Answer:
    """The duty that covers what the question names."""
    topic = ASKING_WHO.sub("", ctx.match.text)
    unit_itself = len(WHO_FILLER.sub("", SUPERVISOR_ASKED.sub("", topic))) < 2
    if unit_itself and SUPERVISOR_ASKED.search(ctx.match.text):  # 西大是哪个部门管的: the
        said = _affiliation(ctx.doc)  # unit itself, under whom it stands, as it says
        if said is not None:
            return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                          f"{ctx.doc.label}决算中写道：“{said}”", (ctx.doc.source(said),))
    if len(topic) < 2:  # nothing specific asked: the whole list answers it
        return duties(ctx)
    parts = [p for p in re.split(r"[和与及、]", topic) if len(p) >= 2]
    best = []  # 门户网站和中心机房: each thing named, its own duty
    said = ctx.engine.matcher.directory.find(fold(ctx.question)).cut(fold(ctx.question))
    said = ASKING_WHO.sub("", said)  # 公务车辆控购 as said, before 公务车辆 became 公务用车
    for part in parts if len(parts) > 1 else [topic]:
        grams = _bigrams(part) | (_bigrams(said) if len(parts) == 1 else set())
        core = WHO_FILLER.sub("", part)  # 网站也归它管吗: 网站, said whole in one duty only
        holding = [d for d in ctx.doc.duties if len(core) >= 2 and core in d["folded"]]
        scored = sorted(((max(len(grams & _bigrams(d["folded"])),  # (网络: said whole in
                              2 if d in holding[:2] and len(holding) <= 2 else 0), d)  # two)
                         for d in ctx.doc.duties), key=lambda x: -x[0])
        if scored and scored[0][0] >= 2:
            best += [d for n, d in scored if n == scored[0][0] and d not in best][:2]
        elif (only := _sole_holder(_bigrams(WHAT_DUTY.sub("", core)), ctx.doc)) is not None \
                and only not in best:
            best.append(only)  # 投诉处理归他们吗: 投诉, said in one duty alone
    if not best:
        return decline(ctx.question, f"{ctx.doc.doc['department']}的职能里没有找到这件事。",
                       ctx.intent.name)
    text = f"{ctx.doc.doc['department']}的职能中写明：\n" + "\n".join(d["text"] for d in best)
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                  tuple(ctx.doc.source(d["text"], "主要职能") for d in best))


def section(ctx: Context) -> Answer:
    """The part of the disclosure the kind names (intent.section: 单位构成, 绩效): the section
    headed by it, else the paragraph a numbered heading inside the text opens ((四)预算绩效情况
    的说明。…), quoted to the end of the sentence past SECTION_QUOTE characters."""
    word = ctx.intent.section or ""
    figure = re.search(r"多少|(?<!哪)几", ctx.match.text) is not None
    if figure and any(h.coverage == 1 and h.entry.kind != "term" for h in ctx.hits):
        return ctx.engine.answer_as(ctx.question, ctx.match, "figure.amount")  # 绩效目标编了
        # 几个项目: the figure of the thing named, which a follow-up keeps
    listed = word == "单位构成" and LIST_ASKED.search(ctx.match.text) and not figure
    if (figure or not (WENT_ASKED.search(ctx.match.text) or WENT_ASKED.search(ctx.question))) \
            and not listed:  # 包括哪些单位: the section's list, never its first sentence alone
        stated = ctx.engine.sentence_for(ctx.question, ctx.match)  # 平均得分多少, 是怎么开展
        if stated is not None:  # 的: the sentence that says it
            return stated
    measure = ctx.engine.measures.asked(ctx.match.text) if figure else None
    quoted = section_quoted(ctx, word)
    if quoted is not None and measure is not None and not measure.stated_in(quoted.answer):
        return decline(ctx.question, "决算没有写明这个数。", ctx.intent.name)  # 平均得分 of a
        # part that scores nothing
    if quoted is not None:
        return quoted
    what = ctx.intent.description or word
    return decline(ctx.question, f"这份决算没有说明{what}。", ctx.intent.name)


def section_quoted(ctx: Context, word: str) -> Answer | None:
    """The section headed by the word, else the paragraph a numbered heading with it opens."""
    for part in ctx.doc.sections:
        if word in part["heading"] and part["text"].strip():
            said = _clipped(part["text"])
            text = f"{part['heading']}：{said}"
            return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                          (ctx.doc.source(said, part["heading"]),))
    for part in ctx.doc.sections:
        for opened in INNER_HEADING.finditer(part["text"]):
            if word in opened.group(1):
                said = _clipped(part["text"][opened.start():])
                return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                              f"{ctx.doc.label}决算中写道：“{said}”",
                              (ctx.doc.source(said, part["heading"]),))
    return None


# whether it was done or how it went (有没有做绩效评价, 绩效情况怎么样): the part reporting it
WENT_ASKED = re.compile(r"有没有|有无|是否|搞没搞|做没做|(?:做|搞|开展|进行|有)[了过]"
                        r"|[了过]吗|[了过]没|怎么样|咋样|如何|情况|结果|好不好|提到|提及|说到|讲到")
LIST_ASKED = re.compile(r"哪些|哪几|什么单位|啥单位")  # the units listed, asked by which
SECTION_QUOTE = 200  # characters of a section quoted before the sentence in hand ends
# a numbered heading inside a section's text: (四)预算绩效情况的说明。
INNER_HEADING = re.compile(r"[(（][一二三四五六七八九十]{1,2}[)）]([^。(（]{2,30})。")


def _clipped(text: str) -> str:
    end = text.find("。", SECTION_QUOTE)
    return text if end < 0 else text[:end + 1]


# a letter's courtesies (尊敬的工作人员：本人想就…进一步咨询) name no other number
LETTER = re.compile(r"尊敬的?(?:各位)?(?:领导|同志|工作人员|工作员|老师|先生|女士)?|工作人员"
                    r"|您好|你好"
                    r"|本人|想就|就|进一步|具体|详细|了解|知道")


CLAUSE_STOP = re.compile(r"[，,。？?！!；;\s]+")
SOMEONE = re.compile(r"主任|局长|校长|院长|书记|处长|科长|股长|经理|领导|负责人"
                     r"|手机|私人|住址|家里")  # a person's number asked


def _said_with_phone(ctx: Context) -> str:
    """What the clause asking for the number says before 电话 (看不懂这份决算，打哪个电话问: no
    other number named), the departments named in it cut out."""
    clauses = CLAUSE_STOP.split(ctx.question.split("电话")[0])
    if len(clauses) == 1 or SOMEONE.search(ctx.question):  # 主任是哪个，电话给我: a person's
        return ctx.match.text.split("电话")[0]
    text = ctx.engine.normalizer(clauses[-1])
    return ctx.engine.matcher.directory.find(text).cut(text)


def contact(ctx: Context) -> Answer:
    """The contact the disclosure gives; not when the question asks another number (热线电话)."""
    kind = ctx.intent.contact
    asked = re.sub(r"联系|联络|咨询|办公室?|单位|中心|部门|你们|的|是|多少|什么|号码|方式|人|"
                   r"谁|找|呢个|嘅|有没有|公布|"
                   r"有疑问|疑问|有问题|问题|拨打|打|想|要|如果|可以|有事|的话|事情|话|"
                   r"决算|公开|这份|这个|关于|对|问|哪个|哪|几|应该|应|请|"
                   r"上面|上头|里面|留|写|登|印|列|给出|没|那份|"  # 上面留的是哪个电话
                   r"看不懂|看不明白|不明白|不懂|没看懂|搞不懂|弄不懂|"  # why one asks
                   r"想咨询|咨询一下|"
                   r"[，,。？?！!\s]", "",  # 对这份决算…
                   LETTER.sub("", _said_with_phone(ctx)))
    if kind == "phone" and len(asked) >= 2:
        return decline(ctx.question, f"决算只公开了{ctx.doc.doc['department']}的联系电话，"
                       f"没有“{asked}”的电话。", ctx.intent.name)
    rows = [c for c in ctx.doc.contacts if c["kind"] == kind]
    if not rows:
        return decline(ctx.question, "这份决算没有公开这项联系方式。", ctx.intent.name)
    label = {"phone": "联系电话", "person": "接洽人"}[kind]
    text = f"{ctx.doc.doc['department']}{label}：{rows[0]['value']}"
    other = [c for c in ctx.doc.contacts if c["kind"] == "person"]
    phones = [c for c in ctx.doc.contacts if c["kind"] == "phone"]
    if kind == "phone" and other and re.search(r"谁|联系人|接洽人", ctx.match.text):
        text += f"；接洽人：{other[0]['value']}"  # 打电话找谁: the person too
    elif kind == "person" and phones:
        text += f"；联系电话：{phones[0]['value']}"  # 找谁问: and how to reach them
    text += f"\n原文：“{rows[0]['sentence']}”"
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                  (ctx.doc.source(rows[0]["sentence"], "联系方式"),), figures=(rows[0]["value"],))


def _sentences_saying(doc: DocIndex, words: re.Pattern) -> list[str]:
    """The sentences of the duties and the narrative that say any of the words, each once (the
    duties and a section may both hold one)."""
    found: list[str] = []
    for text in [d["text"] for d in doc.duties] + [s["text"] for s in doc.sections]:
        for sentence in (s.strip() for s in re.split(r"(?<=[。；;])", text)):
            if words.search(sentence) and sentence not in found:
                found.append(sentence)
    return found


def sentences(ctx: Context) -> Answer:
    """Sentences of the document holding the intent's keywords (e.g. 成立, 荣获, 正处级)."""
    found = _sentences_saying(ctx.doc, any_of(ctx.intent.keywords))
    if not found:
        return decline(ctx.question, "这份决算没有提到这方面的内容。", ctx.intent.name)
    text = "\n".join(found[:3])
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                  tuple(ctx.doc.source(s) for s in found[:3]))


EARLIER = "stats.earlier"  # a narrative figure of before, as stated (由去年的177项增至…)


def earlier_answer(question: str, doc: DocIndex, sentence: str, section: str, value: str,
                   confidence: float) -> Answer:
    """The figure of before a narrative sentence states (由去年的177项…), quoted."""
    return Answer(question, True, EARLIER, confidence,
                  f"{doc.label}决算写明此前为{value}。\n原文：“{sentence}”",
                  (doc.source(sentence, section),), figures=(value,))


GENERIC_MONEY = re.compile(r"支出|收入|经费|费用|资金|花费|开支")  # any clause of money has them
RATE_SAID = re.compile(r"(?<=[\u4e00-\u9fff]{2})的?(?:比例|比率)")


def statistic(ctx: Context) -> Answer | None:
    """A clause of the narrative holding a number whose words the question shares."""
    absent = undisclosed(ctx)
    if absent is not None:
        return absent
    words = re.sub(r"多少|几|是|了|的|有|吗|一共|共|总共|全年|今年|什么|怎么|哪些|情况|请问|截至|"
                   r"决算|部门|单位|数量|数目|总数|\d+月\d+日", "",
                   AMOUNT_SAID.sub("", ctx.match.text))
    words = RATE_SAID.sub("率", words)  # 即办的比例: the 即办率 a clause states
    if len(re.findall(r"[\u4e00-\u9fff]", words)) < 2:
        return None  # digits and letters alone name nothing
    core = GENERIC_MONEY.sub("", words)  # 开会支出: 开会 must be there, not just any 支出
    if len(core) < 2:
        return None
    best, best_score = None, 0.0
    for fact in ctx.doc.all_facts:
        clause = fact.get("folded_clause") or fact.setdefault(  # 一般公共预算 is a kind of
            "folded_clause", BUDGET_KINDS.sub("囗", fold(fact["clause"])))  # funds, no 预算
        run = 2 if len(core) <= 4 else 3
        if not any(core[i:i + run] in clause for i in range(len(core) - run + 1)):
            continue
        if core != words and not all(ch in clause for ch in core) and not any(
                core[i:i + 3] in clause for i in range(len(core) - 2)):
            continue  # 行政运行支出 is no 机关运行经费支出: a money thing's own word lacking
        score = sum(ch in clause for ch in words) / len(words)
        if fold(fact.get("metric") or "").endswith(words[-2:]):
            score += 0.05  # 学生有多少: the 在校学生 counted, not the 大学生…基地 counted
        if "不" in clause and "不" not in ctx.match.text:
            score -= 0.3
        if score > best_score + 1e-9:
            best, best_score = fact, score
    if best is None or best_score < 0.8:
        return None
    earlier = earlier_stated(best["sentence"], ctx.match.text) if ctx.match.earlier else None
    if earlier is not None:
        return earlier_answer(ctx.question, ctx.doc, best["sentence"], best["section"], earlier,
                              min(best_score, 1.0))
    text = f"{ctx.doc.label}：{best['clause']}。"
    growth = from_to(best["sentence"], ctx.match.text)
    if growth:
        text += f"\n{growth}"
    text += part_of_whole(best["sentence"], ctx.question)
    text += f"\n原文：“{best['sentence']}”"
    return Answer(ctx.question, True, "stats.lookup", min(best_score, 1.0), text,
                  (ctx.doc.source(best["sentence"], best["section"]),), figures=(best["value"],))


# ---------------------------------------------------------------- helpers

def _others_than(doc: DocIndex, names: list[str]) -> list[str]:
    """The other stated parts of the wholes these things are parts of (其他收入 beside
    财政拨款收入 in 收入总计)."""
    own = {n for name in names for n in (name, *_namesakes(doc, name))}
    wholes = {f["parent"] for f in doc.all_facts if f["metric"] in own and f.get("parent")}
    return list(dict.fromkeys(f["metric"] for f in doc.all_facts if f.get("parent") in wholes
                              and f["qualifier"] == "决算数" and f["metric"] not in own))


def excepted(ctx: Context) -> set[str]:
    """The things said right after 除了, 不算… or right before 以外/之外: left out of a sum,
    never the answer."""
    return {h.entry.name for h in ctx.hits if left_out(ctx.match.text, h.span)}


# a name asked for, not an amount (……合起来叫啥, 在基本支出以外的支出叫做什么)
NAME_ASKED = re.compile(r"叫什么|叫做什么|叫啥|称为什么|名称|名目|术语|叫法|统称|总称|合称")


def _names(ctx: Context, kinds: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(h.entry.name for h in ctx.hits if h.entry.kind in kinds
                              and h.entry.doc_id == ctx.doc.doc["doc_id"]))


def _first(facts: list[dict], qualifier: str, money: bool = False) -> dict | None:
    for fact in facts:
        if fact["qualifier"] == qualifier and (not money or fact["unit"] in MONEY_UNITS
                                               or fact["value"] == "持平"):
            return fact
    return None


def _unique(facts: list[dict]) -> list[dict]:
    """Each stated figure once; the parent one statement names (三公经费 of 公务用车运行维护费)
    kept when the first statement names none."""
    seen: dict[tuple, int] = {}
    out: list[dict] = []
    for fact in facts:
        key = (fact["metric"], fact["qualifier"], fact["value"])
        if key not in seen:
            seen[key] = len(out)
            out.append(fact)
        elif fact.get("parent") and not out[seen[key]].get("parent"):
            out[seen[key]] = {**out[seen[key]], "parent": fact["parent"]}
    return out


def _answer(ctx: Context, text: str, figures: tuple[str, ...], rows: list[dict]) -> Answer:
    sources = tuple(dict.fromkeys(ctx.doc.source(r["sentence"], r.get("section", ""))
                                  for r in rows if r.get("sentence")))
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text, sources,
                  figures)


def _parts_with_reasons(doc: DocIndex, whole: str, kind: str) -> list[str]:
    """The parts of a whole (facts stated with it as their parent) with a reason of this kind."""
    parts = dict.fromkeys(f["metric"] for f in doc.all_facts if f.get("parent") == whole)
    return [p for p in parts if any(n["kind"] == kind for n in doc.notes.get(p, []))]


def _answer_parts_notes(ctx: Context, whole: str, parts: list[str]) -> Answer:
    """No reason stated for the whole, only for parts of it: those, each under its name."""
    notes = {p: [n for n in ctx.doc.notes[p] if n["kind"].startswith("reason")] for p in parts}
    said = [f"{p}：" + "\n".join(dict.fromkeys(own_item(n["text"]) for n in rows))
            for p, rows in notes.items()]
    facts = [f for p in (whole, *parts) for f in ctx.doc.facts.get(p, [])
             if f["qualifier"].startswith("比上年")]
    text = (f"{ctx.doc.label}决算没有单独说明{whole}变化的原因，说明了其中{'、'.join(parts)}"
            "变化的原因：\n" + "\n".join(said))
    if facts:
        changes = dict.fromkeys(f"{f['metric']}{_phrase(f)}" for f in _unique(facts))
        text += "\n（" + "；".join(changes) + "）"
    return _answer(ctx, text, tuple(f["value"] for f in facts[:2]),
                   [n for rows in notes.values() for n in rows])


FUNDS_SUFFIX = re.compile(r"财政拨款(?:支出)?")


def _answer_notes(ctx: Context, name: str, notes: list[dict], label: str) -> Answer:
    texts = list(dict.fromkeys(own_item(n["text"]) for n in notes))
    text = f"{ctx.doc.label}{name}变化的{label}：" + "\n".join(texts)
    own = ctx.doc.facts.get(name, []) or next((  # 三公经费's reason, its figure stated as
        rows for other, rows in ctx.doc.facts.items()  # 三公经费财政拨款支出
        if other.startswith(name) and FUNDS_SUFFIX.fullmatch(other[len(name):])), [])
    # 支出总计多少，主要原因是啥 / 预算呢，为啥少了: the figure and its budget too
    stated = [f for f in (_first(own, "决算数", money=True), _first(own, "预算数", money=True))
              if f]
    facts = [f for f in own if f["qualifier"].startswith("比")]
    if stated or facts:
        text += "\n（" + "；".join(dict.fromkeys(
            _phrase(f) for f in _unique(stated + facts))) + "）"
    return _answer(ctx, text, tuple(f["value"] for f in facts[:2]), notes)


# words asking what the duties are, naming none (又主要负责啥)
WHAT_DUTY = re.compile(r"主要|具体|负责|职责|职能|什么|啥|哪些|干|又|做|方面|有关|相关|事务?")


def _sole_holder(grams: set[str], doc: DocIndex) -> dict | None:
    """The one duty holding a pair of characters the question says that no other duty (and no
    name of the unit) holds; None when none or several do."""
    holders = {id(d): d for gram in grams
               if gram not in doc.doc["department"]
               and len(held := [d for d in doc.duties if gram in d["folded"]]) == 1
               for d in held}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fffa-z0-9]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def _dec(number: float) -> Decimal:
    return Decimal(str(number))


def _fmt(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def budget_gap(name: str, gap: Decimal, unit: str) -> str:
    """X比预算多/少 N (a computed gap, actual less budget), or 与预算持平 when there is none."""
    if gap == 0:
        return f"{name}与预算持平（相差{_fmt(gap)}{unit}）"
    return f"{name}比预算{'多' if gap > 0 else '少'}{_fmt(abs(gap))}{unit}"


def _percent(value: Decimal) -> str:
    """A computed share as people write it: all of it 100%, none 0%, else two places."""
    text = _fmt(value)
    return text[:-3] if text in ("100.00", "0.00") else text


def chart(ctx: Context) -> Answer:
    """Parts of a total, a figure over the years or across departments (bot/charts.py)."""
    from bot.charts import compose  # charts reads these helpers: imported when first asked

    return compose(ctx)


MONEY_UNIT_ASKED = re.compile(r"金额|钱|数字|数据|数的|这些数|万元|元|表")  # 表里单位是什么


def unit(ctx: Context) -> Answer:
    """The unit a figure is stated in (万元, 人次, %), with the figure as stated."""
    for name in _names(ctx, ("metric", "cell")):
        rows = [r for r in ctx.doc.facts.get(name, []) + ctx.doc.cells.get(name, [])
                if r.get("unit")]
        if rows:  # the figure itself first, not a change or share stated of it
            first = next((r for r in rows if r.get("qualifier") == "决算数"), rows[0])
            said = first["value"] if first["value"].endswith(first["unit"]) else \
                first["value"] + first["unit"]
            return _answer(ctx, f"{ctx.doc.label}{name}的单位是{first['unit']}（{said}）。",
                           (first["value"],), [first])
    money = [f for f in ctx.doc.all_facts if f.get("unit") in MONEY_UNITS] if not ctx.hits \
        and MONEY_UNIT_ASKED.search(ctx.match.text) else []  # 金额单位是什么: the unit the
    if money:  # disclosure states its money in (是什么单位 asks what kind of body it is)
        units = [f["unit"] for f in money]
        most = max(set(units), key=units.count)
        first = next(f for f in money if f["unit"] == most)
        return _answer(ctx, f"{ctx.doc.label}决算的金额单位是{most}（如{first['metric']}"
                            f"{first['value']}）。", (first["value"],), [first])
    return decline(ctx.question, "没有找到这个数的单位。", ctx.intent.name, ctx.match.confidence)


def where(ctx: Context) -> Answer:
    """Where the disclosure states a figure: the tables holding it and the section saying it."""
    absent = undisclosed(ctx)
    if absent is not None:
        return absent
    columns = [h.entry.name for h in ctx.hits if h.entry.kind == "column"]
    for name in columns + _names(ctx, ("metric", "cell", "note")):  # 基本建设资金支出在哪张表
        cells = ctx.doc.cells.get(name, []) or [  # a column: the tables printing it
            c for group in ctx.doc.cells.values() for c in group if c["column"] == name]
        tables = dict.fromkeys(c["table"] for c in cells if c.get("table"))
        facts = [f for f in ctx.doc.facts.get(name, []) + ctx.doc.notes.get(name, [])
                 if f.get("section")]
        final = _first(ctx.doc.facts.get(name, []), "决算数", money=True)
        if not tables and final and name.endswith(TOTAL_NAMED):  # 收入支出总计: the 总计 row
            tables = dict.fromkeys(  # of the table printing the same figure
                c["table"] for group in ctx.doc.cells.values() for c in group
                if c["row"] in GRAND_TOTALS and c.get("number") == final["number"])
        sections = dict.fromkeys(f["section"] for f in facts)
        places = ([f"表格{'、'.join(f'「{t}」' for t in tables)}"] if tables else []) + (
            [f"文字说明{'、'.join(f'「{s}」' for s in sections)}"] if sections else [])
        if TABLE_WANTED.search(ctx.match.text):  # 表几, 哪张表: the tables first, by their place
            from bot.contents import table_places  # in the 目录 (contents reads these helpers)

            placed = table_places(ctx.doc, list(tables), list(sections))
            places = ([f"表格{'、'.join(placed)}"] if placed else []) + places[
                1 if tables and placed else 0:]
        if places:  # 这个数哪来的: the figure, where it is printed and the sentence saying it
            stated = _first(ctx.doc.facts.get(name, []), "决算数") or (
                _column_total(cells) if name in columns else None)
            value = f"（决算数{stated['value']}）" if stated else ""
            quoted = next((f["sentence"] for f in facts if f.get("sentence")), "")
            text = f"{ctx.doc.label}{name}{value}见：" + "；".join(places) + "。"
            return _answer(ctx, text + (f"\n原文：“{quoted}”" if quoted else ""),
                           (stated["value"],) if stated else (), facts[:1])
    return decline(ctx.question, "没有找到这一项写在决算的哪里。", ctx.intent.name,
                   ctx.match.confidence)


TABLE_WANTED = re.compile(r"表几|几号表|哪张表|哪个表|哪一张表|第几张表|第几个表|哪个表格|什么表")


def _column_total(cells: list[dict]) -> dict | None:
    """A column's figure on its table's total row (合计/总计), read as a fact."""
    total = next((c for c in cells if c["row"] in GRAND_TOTALS and c.get("number")), None)
    return dict(total, qualifier="决算数", value=f"{total['value']}{total['unit']}") \
        if total else None


def disclosure(ctx: Context) -> Answer:
    """Which disclosure is asked about: the unit and the year, as loaded."""
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                  f"这是{ctx.doc.title}，由{ctx.doc.doc['department']}公开；这里回答的数字都"
                  "出自这份决算，并引用它的原文句子或表格。")


def published(ctx: Context) -> Answer:
    """When the disclosure was dated: the date its cover prints, else a decline (the cover
    prints none; the date it went online is nowhere in it)."""
    date = ctx.doc.doc.get("published")
    if not date:
        return replace(decline(ctx.question, f"{ctx.doc.title}没有写明公开（发布）的日期。",
                               ctx.intent.name, ctx.match.confidence), firm=True)
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence,
                  f"{ctx.doc.title}封面注明的日期是{date}。",
                  (Source(ctx.doc.title, "封面", f"{ctx.doc.title} {date}"),))


def not_disclosed(ctx: Context) -> Answer:
    """What the template never discloses (who got the money, a person's pay, a verdict): the
    kind's reply, which no sentence of the narrative replaces."""
    return replace(decline(ctx.question, ctx.intent.reply, ctx.intent.name, ctx.match.confidence),
                   firm=True)


def history(ctx: Context) -> Answer:
    """历年最低, 哪一年最多: the years loaded for the unit, over the years, when several are;
    else declined — one year's accounts and its change on the year before make no record."""
    engine = ctx.engine
    years = sorted({engine.docs[d].doc["year"]
                    for d in engine.matcher.docs_of(ctx.doc.doc["department"])})
    if len(years) > 1 and any(h.entry.kind != "term" for h in ctx.hits):
        return engine.answer_as(ctx.question, ctx.match, "chart.years")
    said = ctx.intent.reply.format(years="、".join(f"{y}年度" for y in years))
    if TREND_ASKED.search(ctx.match.text) and not RECORD_ASKED.search(ctx.match.text) and any(
            h.entry.kind != "term" for h in ctx.hits):  # 这几年一直在涨吗: the one change stated
        stated = engine.answer_as(ctx.question, ctx.match, "figure.change")
        if stated.answered and stated.intent == "figure.change":
            return replace(stated, answer=f"{said.split('可以问')[0]}决算写明的是：\n"
                                          f"{stated.answer}")
    return replace(decline(ctx.question, said, ctx.intent.name, ctx.match.confidence),
                   firm=True)


# 一直在涨吗, 逐年下降: a trend, of which one year states its change on the last; a record
# (最多, 新高) or a sum over years (平均每年, 合计) is none
TREND_ASKED = re.compile(r"一直|逐年|年年|连续|趋势")
RECORD_ASKED = re.compile(r"最|新高|新低|纪录|记录|平均|合计|总共|一共|加起来")


HANDLERS = {
    "amount": amount, "share": share, "change": change, "budget": budget, "reason": reason,
    "last_year": last_year, "per_capita": per_capita, "purpose": purpose, "difference": difference,
    "headline": headline, "define": define, "compare": compare, "reverse_define": reverse_define,
    "not_disclosed": not_disclosed, "unit": unit, "where": where, "convert": convert,
    "history": history, "published": published,
    "disclosure": disclosure,
    "duties": duties, "who_handles": who_handles, "section": section, "contact": contact,
    "sentences": sentences, "chart": chart, "greet": None, "thanks": None, "help": None,
    "decline": None,
}

# several things in one question build on the helpers above (a module of their own)
from bot.several import (  # noqa: E402
    PLACES_GAP,
    RATE_ASKED,
    budget_share,
    budget_worked_out,
    changes_apart,
    earlier_stated,
    from_to,
    ranking,
    rate_worked_out,
    row_columns,
    share_of,
    sum_then_share,
    times,
    total,
    wants_sum,
    zeros,
)

HANDLERS.update({"total": total, "ranking": ranking, "times": times, "zeros": zeros})

from bot.which import which  # noqa: E402  a figure quoted, named back

HANDLERS["which"] = which

from bot.classes import belongs  # noqa: E402  the class a row belongs to, by its code

HANDLERS["belongs"] = belongs

from bot.contents import contents  # noqa: E402  the tables and parts the 目录 lists

HANDLERS["contents"] = contents

from bot.gap import covered, went  # noqa: E402  how a shortfall was made up, where a surplus went

HANDLERS.update({"covered": covered, "went": went})
