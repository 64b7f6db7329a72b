"""The disclosure's table of contents (目录) as printed: its tables and parts counted and
listed (一共几张表, 分几部分), one named by its place (第三张表叫什么, 表3, 第四部分), or one
found by words of its title (政府性基金那张是第几张). Nothing is inferred beyond the entries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer import Answer
from bot.classes import KINDS
from bot.handlers import Context, code_of, decline, section_quoted
from bot.library import DocIndex
from bot.nlu import common_run
from bot.normalize import number_said
from bot.records import CONTENTS_ENTRY

DIGITS = "一二三四五六七八九十"
TABLE_TITLE = re.compile(r"(?:决算|报|总|明细)表$")
PART_ASKED = re.compile(r"部分|章")
# a place said: 第三张表, 第3个表, 表三, 表3; 第四部分
TABLE_AT = re.compile(rf"第\s*([{DIGITS}\d]{{1,2}})\s*(?:张|个|份|号)?(?:决算)?(?:报)?表"
                      rf"|(?<![\u4e00-\u9fff])表\s*([{DIGITS}\d]{{1,2}})(?![\d{DIGITS}])"
                      rf"|(?<=[^\u4e00-\u9fff])([{DIGITS}\d]{{1,2}})号表")
# a place counted from the end: 倒数第二张表, 最后一张表
FROM_END = re.compile(rf"倒数\s*第?\s*([{DIGITS}\d]{{1,2}})\s*(?:张|个|份|号)?(?:决算)?(?:报)?表"
                      r"|最后\s*(?:一)?\s*(?:张|个|份)(?:决算)?(?:报)?表")
# the table itself asked, not a figure in it
NAME_ASKED = re.compile(r"叫什么|叫啥|名字|名称|什么表|啥表|是哪张|哪一张|第几")
# the entries inside a part asked (第三部分有几项, 包括哪些)
INSIDE_ASKED = re.compile(r"几[项个点条节]|哪些|哪几|包括|包含|有什么|分[为成]?哪")
# an entry inside the part named (第三部分第十项, 第二部分的三、)
ITEM_AT = re.compile(rf"第\s*([{DIGITS}\d]{{1,2}})\s*(?:项|点|条|节|小节)"
                     rf"|(?<![第{DIGITS}])([{DIGITS}]{{1,3}})、")
# what the part says asked, not its name (第四部分写的啥, 讲了什么)
SAYS_ASKED = re.compile(r"[写讲说]的?(?:啥|什么|是什么)|[写讲说]了(?:啥|什么|些什么)|内容"
                        r"|是关于什么")
PART_AT = re.compile(rf"第\s*([{DIGITS}\d]{{1,2}})\s*(?:个)?部分")
FIGURE_ASKED = re.compile(r"多少(?![张个份部块])|几[万亿千百]")  # an amount, not a count of tables
# the table itself asked: its place, name or count, or the contents
TABLE_ASKED = re.compile(r"第几|几张|几个表|多少张|多少个表|叫什么|叫啥|什么表|啥表|哪张|哪个表|"
                         r"哪一张|哪些表|名字|名称|目录|部分|排")
# a table's place asked (政府性基金那张是第几张, 哪张表有经济分类): found by words of its title
PLACE_ASKED = re.compile(r"第几|几号|排第|排在第|哪一?个位置|哪张|哪个表|哪一张")
# what a question says besides the title words it looks for (表 stays: 收入决算表 is a title)
NOT_TITLE = re.compile(r"那张|这张|哪张|那个|这个|第几张|第几个|第几|几号|排第|排在|是|的|叫|什么|"
                       r"啥|名字|名称|哪|张|个|在|里|中|有|吗|呢|嘛|啊|一共|总共|共|多少|几|请问|"
                       r"问一下|想知道|告诉我|公开|文件|报告|这份|那份|讲|说|写|关于|有关|反映"
                       r"|记录|列|专门|按")
TITLE_WORD = 2  # characters of a title said in a row, at least, to name it


@dataclass(frozen=True)
class Entry:
    level: int  # 0: 第N部分, 1: 一、, 2: （一）
    number: int
    label: str  # as printed: 第二部分, 五、, （一）
    title: str


def entries(doc: DocIndex) -> list[Entry]:
    """The entries of the document's 目录, in order."""
    out = []
    for line in (doc.doc.get("contents") or "").splitlines():
        found = CONTENTS_ENTRY.match(line)
        if found:
            level = next(i for i in (1, 2, 3) if found.group(i))
            out.append(Entry(level - 1, number_said(found.group(level)) or 0,
                             line[:found.start(4)].strip(), found.group(4).strip()))
    return out


def parts(listed: list[Entry]) -> list[Entry]:
    """The top-level parts: 第N部分, else the entries numbered 一、二、…"""
    top = min((e.level for e in listed), default=0)
    return [e for e in listed if e.level == top]


def tables(listed: list[Entry]) -> list[Entry]:
    """The tables the contents list (收入支出决算总表 …), not the part holding them
    (第二部分…部门决算表) nor the parts explaining them."""
    top = parts(listed)
    return [e for e in listed if TABLE_TITLE.search(e.title) and e not in top]


def table_places(doc: DocIndex, printed: list[str], sections: list[str]) -> list[str]:
    """The tables the 目录 lists that print a figure, each by its place (表3「支出决算表」): the
    tables whose cells hold it, else those whose explaining section states it (…收入决算情况说明
    explains 收入决算表: where the tables themselves were not read)."""
    listed = list(enumerate(tables(entries(doc)), 1))
    chosen = set()
    for table in printed:  # the title as printed, else the one title holding it or held by it
        same = [p for p, e in listed if e.title == table] or [
            p for p, e in listed if table in e.title or e.title in table]
        chosen.update(same if len(same) == 1 else [])
    for section in sections if not printed else []:  # each section explains one table: the
        said = re.split(r"年度", re.sub(r"\s", "", section))[-1]  # longest title its topic
        cores = [(len(core), place) for place, entry in listed  # opens with (收入支出决算总体情况
                 if (core := re.sub(r"表$", "", entry.title)) and said.startswith(core)]
        # 说明 is 收入支出决算总表's, not 支出决算表's)
        if cores:
            chosen.add(max(cores)[1])
    return [f"表{place}「{entry.title}」" for place, entry in listed if place in chosen]


def _line(entry: Entry) -> str:
    """An entry as the contents print it: 第四部分 联系方式, 三、支出决算表."""
    return f"{entry.label}{' ' if entry.label.startswith('第') else ''}{entry.title}"


def contents(ctx: Context) -> Answer:
    """Count, list or name the tables or parts the contents print."""
    listed = entries(ctx.doc)
    if not listed:
        return decline(ctx.question, "这份决算没有目录，查不到它列了哪些表和部分。",
                       ctx.intent.name, ctx.match.confidence)
    text = ctx.match.text
    named = any(h.entry.kind != "term" for h in ctx.hits)
    in_table = named and TABLE_AT.search(text) and not NAME_ASKED.search(text)  # 第二部分第一张
    if named and (FIGURE_ASKED.search(text) or not TABLE_ASKED.search(text) or in_table):  # 表的
        # 年初结转和结余: that row's figure
        return ctx.engine.answer_as(ctx.question, ctx.match, "figure.amount")  # 第4张表里高中
        # 教育是多少, 表3里的高等教育呢: the row's figure in that table, no table asked
    part_at = PART_AT.search(text)
    table_at = TABLE_AT.search(text) or FROM_END.search(text)
    if (part_at or PART_ASKED.search(text)) and not table_at:
        return _parts(ctx, listed, part_at)
    return _tables(ctx, tables(listed))


def _inside(listed: list[Entry], entry: Entry) -> list[Entry]:
    """The entries one level below an entry, up to the next entry of its level."""
    out = []
    for e in listed[listed.index(entry) + 1:]:
        if e.level <= entry.level:
            break
        if e.level == entry.level + 1:
            out.append(e)
    return out


def _parts(ctx: Context, listed: list[Entry], at: re.Match | None) -> Answer:
    found = parts(listed)
    if at is not None:
        number = number_said(at.group(1))
        entry = next((e for e in found if e.number == number), None)
        if entry is None:
            return decline(ctx.question, f"目录只分{len(found)}部分，没有第{at.group(1)}部分。",
                           ctx.intent.name, ctx.match.confidence)
        item = ITEM_AT.search(ctx.match.text, at.end())
        if item is not None:  # 第三部分第十项: the entry of that number inside it
            said = item.group(1) or item.group(2)
            inner = next((e for e in _inside(listed, entry) if e.number == number_said(said)),
                         None)
            if inner is None:
                return decline(ctx.question, f"目录中{entry.label}没有第{said}项。",
                               ctx.intent.name, ctx.match.confidence)
            entry = inner
        inside = _inside(listed, entry) if item is None else []
        if inside and INSIDE_ASKED.search(ctx.match.text):  # 第三部分有几项: its entries
            lines = "；".join(_line(e) for e in inside)
            return _said(ctx, f"{ctx.doc.label}决算目录中，{entry.label}“{entry.title}”分"
                         f"{len(inside)}项：{lines}。", inside)
        if SAYS_ASKED.search(ctx.match.text):  # 第四部分写的啥: the section under that title
            quoted = section_quoted(ctx, entry.title)
            if quoted is not None:
                return quoted
        return _said(ctx, f"{ctx.doc.label}决算目录中，{entry.label}是“{entry.title}”。",
                     [entry])
    lines = "；".join(_line(e) for e in found)
    return _said(ctx, f"{ctx.doc.label}决算目录分{len(found)}部分：{lines}。", found)


def _tables(ctx: Context, found: list[Entry]) -> Answer:
    if not found:
        return decline(ctx.question, "这份决算的目录没有列出表格。", ctx.intent.name,
                       ctx.match.confidence)
    text = ctx.match.text
    end = FROM_END.search(text)
    if end is not None:
        said = end.group(1) or "一"
        number = number_said(said) or 0
        if not 0 < number <= len(found):
            return decline(ctx.question, f"目录只列出{len(found)}张表，没有倒数第{said}张。",
                           ctx.intent.name, ctx.match.confidence)
        entry = found[-number]
        place = "最后一张" if number == 1 else f"倒数第{said}张"
        return _said(ctx, f"{ctx.doc.label}决算目录中{place}表（第{len(found) - number + 1}"
                     f"张）是“{entry.title}”。", [entry])
    at = TABLE_AT.search(text)
    if at is not None:
        said = next(g for g in at.groups() if g)
        number = number_said(said) or 0
        entry = found[number - 1] if 0 < number <= len(found) else None
        if entry is None:
            return decline(ctx.question, f"目录只列出{len(found)}张表，没有第{said}张。",
                           ctx.intent.name, ctx.match.confidence)
        return _said(ctx, f"{ctx.doc.label}决算目录中第{said}张表是“{entry.title}”。",
                     [entry])
    words = _title_words(ctx)
    if words:
        named = _titled(found, words) or _classified(ctx, found, words)
        if not named:
            return decline(ctx.question, "目录列出的表名里没有“" + "、".join(words)
                           + "”。目录列出的表：" + "；".join(_line(e) for e in found) + "。",
                           ctx.intent.name, ctx.match.confidence)
        lines = "；".join(f"“{e.title}”是第{found.index(e) + 1}张表" for e in named)
        return _said(ctx, f"{ctx.doc.label}决算目录中，{lines}。", named)
    lines = "；".join(_line(e) for e in found)
    return _said(ctx, f"{ctx.doc.label}决算目录列出{len(found)}张表：{lines}。", found)


def _title_words(ctx: Context) -> list[str]:
    """The words of the question left to look for in the titles (政府性基金, 三公经费), when it
    asks a table's place (the department's name is already cut from the text)."""
    if not PLACE_ASKED.search(ctx.match.text):
        return []
    return [w for w in NOT_TITLE.sub(" ", ctx.match.text).split()
            if len(re.sub("[决算表格报]", "", w)) >= 2]


def _classified(ctx: Context, found: list[Entry], words: list[str]) -> list[Entry]:
    """哪张表有经济分类: the tables whose rows carry codes of that classification (3… economic,
    2… functional), as their cells print them."""
    kinds = {kind for kind in set(KINDS.values()) for w in words if w in kind or
             w.replace("支出", "") in kind and len(w) >= 4}
    if not kinds:
        return []
    tables = {c["table"] for cells in ctx.doc.cells.values() for c in cells
              if (code := code_of(c)) and KINDS.get(code[0]) in kinds}
    return [e for e in found if any(_plain(e.title).endswith(t) for t in tables)]


def _plain(title: str) -> str:
    return re.sub(r"[“”\"'‘’]", "", title)


def _titled(found: list[Entry], words: list[str]) -> list[Entry]:
    """The tables whose titles share the longest run with a word said (收入决算表 names 二、
    收入决算表, not 收入支出决算总表); none when no run of TITLE_WORD characters is shared."""
    runs = [max(common_run(w, _plain(e.title))[0] for w in words) for e in found]
    best = max(runs, default=0)
    named = [e for e, run in zip(found, runs, strict=True) if run == best]
    return named if best >= TITLE_WORD and len(named) < len(found) else []  # words every
    # title has tell none apart


def _said(ctx: Context, text: str, cited: list[Entry]) -> Answer:
    sentence = "；".join(_line(e) for e in cited)
    return Answer(ctx.question, True, ctx.intent.name, ctx.match.confidence, text,
                  (ctx.doc.source(sentence, "目录"),), ())
