"""Which class a table row belongs to (住房公积金属于哪一类支出): the rows above it by the
classification codes the tables print — 类 (three digits), 款 (five), 项 (seven) of the
functional classification (2…), 类 and 款 of the economic one (3…) — each as its table names it.
Nothing is inferred from the words of a name."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.handlers import Context, _answer, _names, cell_line, code_of, decline, reverse_define

LEVELS = {3: "类", 5: "款", 7: "项"}
KINDS = {"2": "支出功能分类", "1": "收入分类", "3": "支出经济分类", "5": "支出经济分类"}


def belongs(ctx: Context) -> Answer:
    """The classes above the row named, one line per classification that codes it."""
    names = _names(ctx, ("cell", "metric"))
    if not names:  # 发给职工买房子的钱记在哪个科目: a row described, not named
        described = _described(ctx, [])
        return described if described.answered else decline(
            ctx.question, "没有找到要查的科目，请说出它的名称。", ctx.intent.name)
    name = names[0]
    rows = _rows_by_code(ctx)
    codes = dict.fromkeys(code for c in ctx.doc.cells.get(name, []) if (code := code_of(c)))
    rest = [h for h in ctx.hits if h.entry.name != name]
    if not codes and not ctx.doc.cells.get(name) and not any(  # 资助来华留学生的钱归在哪个科目:
            h.coverage == 1 and h.entry.kind != "term" for h in rest):  # no row named (留学生
        described = _described(ctx, rest)  # is a count), a row described
        if described.answered:
            return described
    if not codes and BOOKED_ASKED.search(ctx.question):
        booked = _booked_under(ctx, name)
        if booked is not None:  # 其他收入记在哪个科目: a column, the rows holding its money
            return booked
    lines, cited = [], []
    for code in codes:
        above = [(code[:n], rows[code[:n]]) for n in (3, 5) if n < len(code) and code[:n] in rows]
        if not above:
            continue
        chain = "、".join(f"{row['row']}（{c}，{LEVELS[len(c)]}）" for c, row in above)
        kind = KINDS.get(code[0], "分类")
        lines.append(f"按{kind}，{name}（{code}）属于{chain}。")
        cited += [row for _, row in above]
    if not lines:  # 日常运转以外花的钱算哪一类: a description found loosely as a name
        loose = not any(h.coverage == 1 for h in ctx.hits)
        described = _described(ctx, []) if loose else None
        return described if described is not None and described.answered else decline(
            ctx.question, f"决算的表里没有写明“{name}”上面属于哪一类。", ctx.intent.name)
    own = ctx.doc.cells[name][0]  # its own figure, for 归哪个科目，多少钱
    cited = [own, *cited]
    text = f"{ctx.doc.label}：" + "".join(lines) + "\n表中：" + "；".join(
        dict.fromkeys(cell_line(c) for c in cited)) + "。"
    return _answer(ctx, text, (f"{own['value']}{own['unit']}",),
                   [{"sentence": cell_line(c), "section": c["table"]} for c in cited])


def _described(ctx: Context, hits: list) -> Answer:
    """The term whose definition the question describes, read with these things only."""
    return reverse_define(replace(ctx, intent=ctx.engine.data.by_name("glossary.reverse"),
                                  hits=hits))


def _booked_under(ctx: Context, column: str) -> Answer | None:
    """The coded rows a table's column holds money in, the most specific ones (no row below
    them holding it too), largest first; None when the name is no such column."""
    cells = [c for rows in ctx.doc.cells.values() for c in rows
             if c["column"] == column and code_of(c) and c.get("number")]
    first = min(cells, key=lambda c: c["seq"])["table"] if cells else ""
    cells = [c for c in cells if c["table"] == first]  # one table's rows (a column of two)
    leaves = sorted((c for c in cells if not any(
        code_of(o) != code_of(c) and code_of(o).startswith(code_of(c)) for o in cells)),
        key=lambda c: -c["number"])
    if not leaves:
        return None
    shown = leaves[:MOST_ROWS]
    rows = "；".join(f"「{c['row']}」（{code_of(c)}）{c['value']}万元" for c in shown)
    more = f"等{len(leaves)}个科目" if len(leaves) > len(shown) else ""
    text = f"{ctx.doc.label}{shown[0]['table']}中，{column}记在：{rows}{more}。"
    return _answer(ctx, text, tuple(f"{c['value']}万元" for c in shown),
                   [{"sentence": cell_line(c), "section": c["table"]} for c in shown])


MOST_ROWS = 5  # rows a column's money is listed under
# where a column's money is booked (记在哪个科目, 挂在哪个科目名下), as asked before normalising
BOOKED_ASKED = re.compile(r"(?:记|落|挂|计入|列|放|算)在?了?(?:哪|什么)(?:个|些|一个)?科目"
                          r"|哪(?:个|些)科目(?:下面|名下|下|里)")


def _rows_by_code(ctx: Context) -> dict[str, dict]:
    """Each code of the document's tables → its first cell (its row's name and a figure)."""
    found: dict[str, dict] = {}
    for cells in ctx.doc.cells.values():
        for cell in cells:
            code = code_of(cell)
            if code and code not in found:
                found[code] = cell
    return found
