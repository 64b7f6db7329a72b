"""How a shortfall was made up (缺口靠什么补上的): the gap between spending and income, computed,
and the lines of the income side that cover it (上年结转和结余, 使用非财政拨款结余…), each as
stated — the lines are data (`covered_by` of a derived figure in intents/vocabulary.yaml); and
where a surplus went (差的那点钱哪去了): the year-end balance of the same scope, as stated."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer, joined
from bot.handlers import FISCAL, Context, _answer, _dec, _fmt, _side, decline
from bot.several import stated_value


def covered(ctx: Context) -> Answer:
    """The gap, then each covering line the disclosure states; a decline of the lines when it
    states none (the gap alone is no answer to how it was made up)."""
    covering = [d for d in ctx.engine.data.vocabulary.derived if d.covered_by]
    named = {h.entry.name for h in ctx.hits}  # the gap named, else the one a gap is made up of
    derived = next((d for d in covering if d.name in named), covering[0] if covering else None)
    if derived is None:
        return decline(ctx.question, "决算没有写明这个数。", ctx.intent.name)
    gap = ctx.engine.answer_as(ctx.question, ctx.match, "figure.amount")
    spent, income = (next((f for n in side if (f := stated_value(ctx, n))), None)
                     for side in derived.minus)
    if spent and income and gap.answered and spent["number"] <= income["number"]:
        return replace(gap, answer=f"{gap.answer}\n\n收入不少于支出，没有要弥补的缺口。",
                       intent=ctx.intent.name)  # 收入合计比支出合计多: no shortfall
    lines = [(name, fact) for name in derived.covered_by
             if (fact := stated_value(ctx, name)) is not None]
    if not lines:
        said = f"{ctx.doc.label}决算没有写明用什么弥补{derived.name}。"
        if not gap.answered:
            return replace(decline(ctx.question, said, ctx.intent.name), firm=True)
        return replace(gap, answer=f"{gap.answer}\n\n{said}", intent=ctx.intent.name)
    listed = "；".join(f"{name}{fact['value']}" for name, fact in lines)
    made_up = _answer(ctx, f"{ctx.doc.label}收支决算中，收入一侧用来弥补的：{listed}。",
                      tuple(fact["value"] for _, fact in lines), [fact for _, fact in lines])
    return joined(gap, [gap, made_up], answered=True, intent=ctx.intent.name) \
        if gap.answered else made_up


def went(ctx: Context) -> Answer:
    """Where income left unspent went (收入785.17，支出784.69，差的那点钱哪去了): the gap,
    computed, and the year-end balance carried forward as stated, of the same scope (财政拨款:
    年末财政拨款结转和结余); declined when spending is not below income or no balance is stated."""
    named = list(dict.fromkeys(h.entry.name for h in ctx.hits))
    income = next((n for n in named if _side(n) == "收" and stated_value(ctx, n)), None)
    spent = next((n for n in named if _side(n) == "支" and stated_value(ctx, n)), None)
    if income and not spent and "支出" in ctx.match.text and stated_value(
            ctx, income.replace("收入", "支出")):  # 财政拨款收入785.17，支出784.69: its side
        spent = income.replace("收入", "支出")
    if spent and not income and "收入" in ctx.match.text and stated_value(
            ctx, spent.replace("支出", "收入")):
        income = spent.replace("支出", "收入")
    if income is None or spent is None:
        return decline(ctx.question, "请说出是哪两项的差（例如：财政拨款收入和财政拨款支出）。",
                       ctx.intent.name)
    fi, fs = stated_value(ctx, income), stated_value(ctx, spent)
    gap = _dec(fi["number"]) - _dec(fs["number"])
    if gap <= 0 or fi["unit"] != fs["unit"]:
        return replace(decline(ctx.question, f"{ctx.doc.label}{income}不多于{spent}，没有多出来的"
                               "钱。", ctx.intent.name), firm=True)
    fiscal = FISCAL in income and FISCAL in spent
    balance = next(((n, f) for n, fs_ in ctx.doc.facts.items() if n.startswith("年末")
                    and "结转" in n and (FISCAL in n) == fiscal
                    and (f := next((x for x in fs_ if x["qualifier"] == "决算数"
                                    and x["unit"] == fi["unit"]), None))), None)
    if balance is None:
        return replace(decline(ctx.question, f"{ctx.doc.label}决算没有写明多出来的钱的去向。",
                               ctx.intent.name), firm=True)
    name, fact = balance
    same = "，与这笔差额相同" if _dec(fact["number"]) == gap else ""
    text = (f"{ctx.doc.label}{income}{fi['value']}，{spent}{fs['value']}，收入比支出多"
            f"{_fmt(gap)}{fi['unit']}（计算得出，非原文数字）。决算写明{name}{fact['value']}{same}："
            "当年没有花完的钱结转到以后年度使用。")
    return _answer(ctx, text, (f"{_fmt(gap)}{fi['unit']}", fact["value"]), [fi, fs, fact])
