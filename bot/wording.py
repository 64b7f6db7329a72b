"""How a whole line is worded around its question: questions listed with marks, a link pasted
beside them, a figure of the bot's own answer said back as some item (rewritten before the line
is answered); and what the line asks of the answer as a whole — the exact figure of one printed
roughly, a figure only as printed, a reason besides those just given (checked after)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.handlers import decline
from bot.passages import DIFFERENCE_ASKED, PASSAGE

# a link, a file's ending or an @mention pasted beside a question (https://…/juesuan.pdf
# 接待费多少, @决算问答 …)
LINKED = re.compile(r"https?://\S+|www\.\S+|(?:^|(?<=\s))[@＠][^\s@＠]{1,20}\s+"
                    r"|(?<=[\u4e00-\u9fff\w])\.(?:pdf|PDF|docx?|xlsx?|html?)(?=\s+\S)")
# the marks of questions listed in one line (a. … b. …, 一问…二问…, (1)…(2)…)
LIST_MARK = re.compile(r"(?:(?:^|(?<=\s)|(?<=[，,；;。：:]))\s*(?:[a-eA-E][.．、)）](?![a-zA-Z])"
                       r"|[一二三四五]问)|[(（][1-5一二三四五][)）])\s*")
LISTED_AFTER = re.compile(r"([：:，,；;。])；")  # 西南大学：(1)…: the list's first mark
# a figure of the bot's own answer said back as some item, to be confirmed (刚才那个785万是支出
# 对吧): the items stated with it are the answer, whatever item was said
MISQUOTED = re.compile(r"^(?:那个|就是说|所以)?(?:你?刚才(?:说的?|讲的?)?|你说的?|你讲的?)"
                       r"(?:那个|的)?\s*"
                       r"(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元)?)\s*是[\u4e00-\u9fff]{1,10}?的?"
                       r"(?:吧|对吧|对吗|吗|是不是|没错吧)[？?。!！]*$")
# only a figure the disclosure prints is wanted (别推算, 只要原文写的数, 原文有没有直接写)
STATED_ONLY = re.compile(r"(?:别|不要)(?:帮我|给我|你)?(?:推算|算|估算|计算)|不用(?:推算|算)"
                         r"|只要原文|原文(?:有没有)?直接写|直接写[了的]?(?:吗|没)"
                         r"|只要(?:表里|原文里?)(?:写|印|列)的")
# the exact figure asked, and a figure printed only roughly (12万余人次, 近58000人, 百余批次)
EXACT_ASKED = re.compile(r"(?:精确|确切|准确)(?:的|地)?(?:数字?|值)?(?:是|有|到底是)?(?:多少|几)")
ROUGH_FIGURE = re.compile(r"余|近|约|多|左右|以上|超过|不到")
COMPUTED = "计算得出"  # how the handlers label a worked-out figure
OTHER_REASON = re.compile(r"(?:别的|其他|其它|另外的?)(?:原因|理由)")  # 还有别的原因吗


def listed(text: str) -> str:
    """The questions of a line listed with marks, each after a ；, and no link beside them."""
    return LISTED_AFTER.sub(r"\1", LIST_MARK.sub("；", LINKED.sub(" ", text))).strip("；")


def misquoted(text: str) -> str:
    """你刚才说3.55万是服务的吧 → 3.55万是哪一项: the items stated with the figure."""
    return MISQUOTED.sub(r"\1是哪一项", text)


def reason_of(answer: Answer) -> str:
    """The reasons an answer gave, as said (kept to tell 还有别的原因吗 none is left)."""
    return answer.answer.partition("（")[0] if answer.answered and \
        answer.intent == "figure.reason" else ""


# money asked of a thing (学费标准, 多少钱) and the figures that are money
FEE_ASKED = re.compile(r"学费|住宿费|收费标准|费用标准|多少钱|几块钱|多少元|工资|薪水|薪酬"
                       r"|的钱|花了多少|花多少|经费|开支")  # money asked: never a count
COUNT_FIGURE = re.compile(r"(?:人|个|件|次|项|条|家|所|名|台|辆|人次)$")

# the part of a thing not paid by 财政拨款 (非财政拨款的, 不是财政拨款出的, 不靠财政拨款花的)
NON_FISCAL = re.compile(r"非财政(?!拨款结余)|不是财政|不是靠财政|不靠财政|不是由财政|不由财政"
                        r"|非拨款")
# items that are not 财政拨款 by their nature (收入里不是财政拨款的: 其他收入)
OWN_FUNDS = re.compile(r"事业收入|其他收入|经营收入|捐赠|教育收费|上级补助|附属单位|非财政")


def as_asked(question: str, answer: Answer, last_reason: str, last_question: str = ""
             ) -> Answer:
    """The answer, or a decline where the line asks of it what the disclosure does not give."""
    if not answer.answered:
        return answer
    for check in UNGIVEN:
        said = check(question, answer, last_question)
        if said:
            return replace(decline(question, said, answer.intent, answer.confidence), firm=True)
    if OTHER_REASON.search(question) and last_reason and reason_of(answer) == last_reason:
        return decline(question, "决算写明的原因就是刚才那些，没有写别的原因。", answer.intent,
                       answer.confidence)  # 还有别的原因吗: none more
    return answer


def _exact(question: str, answer: Answer, _: str) -> str:
    """12万余人次，精确是多少: only a rough figure is printed."""
    if EXACT_ASKED.search(question) and answer.figures and all(
            ROUGH_FIGURE.search(f) for f in answer.figures):
        return "决算只写了约数（" + "、".join(answer.figures) + "），没有写精确的数。"
    return ""


# an accusation put as a question (三公才1.33万是不是做了假账): no figure answers it
ACCUSED = re.compile(r"假账|做假|作假|造假|弄虚作假|虚报|瞒报|贪污|中饱私囊|私吞|挪用|侵占")
FIGURE_WANTED = re.compile(r"到底(?:是)?多少|具体(?:是)?多少|直接说数|准确数|精确数")


def _accused(question: str, answer: Answer, _: str) -> str:
    """是不是做了假账: a verdict the disclosure cannot give, never its figure as if it were one."""
    if ACCUSED.search(question) and answer.figures and not FIGURE_WANTED.search(question):
        return ("决算只公开收支的数字和原因说明，不对账目真假或是否违规作判断。"
                "可以问具体的数字、变化和原因。")
    return ""


def _stated_only(question: str, answer: Answer, _: str) -> str:
    """别推算: a figure worked out is no answer."""
    if STATED_ONLY.search(question) and COMPUTED in answer.answer:
        return "决算没有直接写明这个数，只能由写明的数推算。"
    return ""


def _fee(question: str, answer: Answer, _: str) -> str:
    """本科生学费一年多少, 花在留学生身上的钱: money asked, never the count of those it is for."""
    if FEE_ASKED.search(question) and answer.figures and all(
            COUNT_FIGURE.search(f) for f in answer.figures):
        return "决算没有写明这项费用的金额。"
    return ""


def _non_fiscal(question: str, answer: Answer, _: str) -> str:
    """非财政拨款的有多少: never the 财政拨款 figure in its place."""
    lead = "\n".join(answer.answer.split("\n")[:2])  # the figure and the sentence it is from
    if NON_FISCAL.search(question) and answer.figures and COMPUTED not in answer.answer and \
            "财政拨款" in lead and not OWN_FUNDS.search(lead):
        return "决算没有单独列出不是财政拨款的那一部分。"
    if "非财政" in question and COMPUTED in lead and "年度财政拨款" in lead:
        return "决算没有写明这个数，也没有找到可以用来计算的两个数。"  # 非财政拨款结余占…:
    return ""  # never a share worked out of 财政拨款's total


def _difference(question: str, answer: Answer, last_question: str) -> str:
    """两个差多少: a gap asked is a computed figure, or a stated change when the line (the one
    before it, or the line as the conversation answered it) sets the thing against the year
    before or the budget — never the figures around it."""
    if DIFFERENCE_ASKED.search(question) and (answer.figures or answer.intent == PASSAGE) and \
            COMPUTED not in answer.answer and not (
                STATED_GAP.search(answer.answer) and AGAINST_SAID.search(
                    question + last_question)):
        return "决算没有直接写明这个差额，也没有找到可以用来计算的两个数。"
    return ""


def _ratio(question: str, answer: Answer, _: str) -> str:
    """占几成, 几倍: a share or ratio, never the amounts alone."""
    if answer.figures and (RATIO_ASKED.search(question) and not RATIO_SAID.search(answer.answer)
                           or TIMES_ASKED.search(question) and "倍" not in answer.answer):
        return "决算没有直接写明这个比例，也没有找到可以用来计算的两个数。"
    return ""


def _one_year(question: str, answer: Answer, _: str) -> str:
    """2023年一年科研经费多少: never the 十三五 total."""
    sentence = answer.sources[0].sentence if answer.sources else ""
    if YEAR_ASKED.search(question) and answer.figures and not PERIOD_ASKED.search(question) \
            and PERIOD_SAID.search(sentence) and all(
                f in sentence.replace(",", "") for f in answer.figures):
        return "决算写的是几年合计的数（" + "、".join(answer.figures) + "），没有写一年的数。"
    return ""


# what a line may ask of its answer that the disclosure does not give, checked in this order
UNGIVEN = (_accused, _exact, _stated_only, _fee, _non_fiscal, _difference, _ratio, _one_year)


STATED_GAP = re.compile(r"比上年|比预算|比年初|增加|减少|增长|下降|持平|相差|差额")
# a gap against the year before or the budget, which the disclosure states (比上年多多少): not
# a gap of two things, which it never states
AGAINST_SAID = re.compile(r"上年|去年|上一年|前一年|前年|同比|预算|年初|\d{2,4}年|相差|差额")
# a year's figure asked (一年, 2023年…), answered from a sentence of several years' total
YEAR_ASKED = re.compile(r"一年|今年|当年|本年|全年|\d{4}年|[一二两三四五六七八九〇零]{2,4}年")
PERIOD_ASKED = re.compile(r"十[一二三四五]五|期间|以来|累计|这几年|几年来|五年")
PERIOD_SAID = re.compile(r"十[一二三四五]五”?期间|年以来|以来累计|累计")
# a share or a ratio asked (占几成, 百分之几, 几倍), answered with no share or ratio at all
RATIO_ASKED = re.compile(r"百分之几|百分之多少|几成|多少成|占多大比例|占多大比重|什么比例|多大比例"
                         r"|比例是多少|比重是多少|占比多少|占比是多少")
RATIO_SAID = re.compile(r"%|成|比例|比重")
TIMES_ASKED = re.compile(r"几倍|多少倍")
