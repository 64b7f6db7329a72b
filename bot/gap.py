"""How a shortfall was made up (缺口靠什么补上的): the gap between spending and income, computed,
and the lines of the income side that cover it (上年结转和结余, 使用非财政拨款结余…), each as
stated — the lines are data (`covered_by` of a derived figure in intents/vocabulary.yaml)."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer, joined
from bot.handlers import Context, _answer, decline
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
