"""Answers for several departments or years at once: each figure as published, then the sum,
difference or order the question asks for, computed and labelled (intents/across.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property

from bot.answer import Answer
from bot.normalize import fold

MORE_AT_END = re.compile(r"(?<!多)[多少高低大小]一?些?$")  # …多 at the end, not 多少
# 比预算少了多少, 比上年多了多少: each one's own gap (to its budget, its year before), no gap
# between the departments
OWN_GAP = re.compile(r"比(?:上年|去年|上一年|前一年|年初预算|年初|预算)[^，,。？?]{0,6}?"
                     r"(?:多|少|增加|减少|超|节约|省|高|低)了?(?:多少|几)")


FIRST_AMOUNT = re.compile(r"-?\d+(?:\.\d+)?(?:万元|亿元|元)")
FIRST_SHARE = re.compile(r"(?<=占比)\d+(?:\.\d+)?%")  # a share's answer: 占比99.79%
AMOUNT = re.compile(r"^(-?\d+(?:\.\d+)?)(万元|元|亿元|人|辆|台\(套\)|台|个|件|项)$")


@dataclass(frozen=True)
class Words:
    every: tuple[str, ...]
    difference: tuple[str, ...]
    order: tuple[str, ...]
    sum: tuple[str, ...]
    each: tuple[str, ...]
    within: tuple[str, ...] = ()
    wholes: tuple[str, ...] = ()
    not_budget: tuple[str, ...] = ()
    budget: tuple[str, ...] = ()
    times: tuple[str, ...] = ()

    @classmethod
    def of(cls, data: dict) -> Words:
        """The word lists as intents/across.yaml states them, folded like questions."""
        return cls(*(tuple(fold(w) for w in data.get(k, ()))
                     for k in ("every", "difference", "order", "sum", "each", "within", "wholes",
                               "not_budget", "budget", "times")))

    @cached_property
    def _asking(self) -> re.Pattern:
        words = sorted(set(self.every + self.order + self.difference + self.sum + self.each
                           + self.times), key=lambda w: (-len(w), w))  # one pattern every run
        return re.compile("|".join(map(re.escape, words))) if words else re.compile(r"(?!x)x")

    def without(self, text: str) -> str:
        """The text without the words that ask across departments (两家, 谁多, 加起来…)."""
        return self._asking.sub("", text)

    def asks_region(self, text: str) -> bool:
        """全区一般公共预算收入: the whole district's (city's) budget; no department states it."""
        return any(w in text for w in self.wholes) and any(w in text for w in self.budget) and \
            not any(w in text for w in self.not_budget)

    def asks_every(self, text: str, things: int = 0) -> bool:
        """两家/各单位/哪个部门…: the question is about every loaded department in scope; 分别
        too, unless it distributes over two things or more named in the question; 最多 too,
        unless it orders the items of one (哪一类最多)."""
        text = OWN_GAP.sub("", text)  # (比预算少了多少: each one's own gap, asked of one)
        order = any(x in text for x in self.order) and not any(x in text for x in self.within)
        return order or any(x in text for x in self.every + self.difference) or (
            things < 2 and any(x in text for x in self.each))


def _amount(figure: str) -> tuple[Decimal, str] | None:
    m = AMOUNT.match(figure.replace(",", ""))
    if not m:
        return None
    try:
        return Decimal(m.group(1)), m.group(2)
    except InvalidOperation:
        return None


# 两家的三公经费预算加起来: the budgets asked, not the final figures each answer leads with
BUDGET_ONLY = re.compile(r"^(?!.*(?:决算|实际|花|执行|完成|比.{0,4}预算|少了|省|超|节约|结余)).*"
                         r"预算(?:数|金额|总额)?(?:加|合|一共|总共|共|相加|分别|各|哪|谁|是|多少)")
BUDGET_STATED = re.compile(r"预算数([\d.,]+万元)")


def _headline_amount(answer: Answer, budget: bool = False, share: bool = False,
                     rate: bool = False) -> tuple[Decimal, str] | None:
    """The figure an answer leads with: the first amount of its first line, else its first
    figure; of an answer about a share, the share it states; its budget stated, when only the
    budget is asked."""
    first = answer.answer.splitlines()[0] if answer.answer else ""
    if budget and answer.intent != "figure.budget":  # (a budget answer leads with what it was
        stated = BUDGET_STATED.search(first)  # asked: its rate too)
        return _amount(stated.group(1).replace(",", "")) if stated else None
    if rate:  # 哪家增幅大: the rates on last year compared, never the amounts
        found = CHANGE_RATE_STATED.search(answer.answer)
        return (Decimal(found.group(2)) * (-1 if found.group(1) in DOWN_WORDS else 1), "%") \
            if found else None
    if answer.intent == "figure.share" or share:  # 占比哪个高, 两家差几个百分点: the shares
        # compared, never the amounts
        share = FIRST_SHARE.search(first)
        return (Decimal(share.group(0)[:-1]), "%") if share else None
    found = REST_WORKED_OUT.search(first.replace(",", "")) or FIRST_AMOUNT.search(
        first.replace(",", ""))
    if found:  # what the reader sees first; of a part worked out, that part (项目支出为0.00万元)
        return _amount(found.group(0))
    return _amount(answer.figures[0]) if answer.figures else None


# a part worked out as its whole less the part stated: 其中基本支出…，项目支出为0.00万元（计算得出
REST_WORKED_OUT = re.compile(r"(?<=为)-?\d+(?:\.\d+)?[万亿]?元(?=（计算得出)")


def _fmt(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):f}" if value != value.to_integral() else f"{value:f}"


def combine(question: str, text: str, answers: list[Answer], labels: list[str],
            w: Words) -> Answer:
    """Each department's answer, then what the question asks of them together, computed."""
    body = "\n\n".join(a.answer for a in answers)
    line = _computed(text, answers, labels, w)
    if line:
        body = f"{line}\n\n{body}"
    first = answers[0]
    return Answer(question, True, first.intent, first.confidence, body,
                  tuple(s for a in answers for s in a.sources),
                  tuple(f for a in answers for f in a.figures))


POINTS_ASKED = re.compile(r"百分点|占比|比重|所占比例|占的比例")  # shares, or their gap
CHANGE_RATE_ASKED = re.compile(r"增幅|涨幅|降幅|增长率|下降率|增速|幅度")  # the rates on last year
CHANGE_RATE_STATED = re.compile(r"(增长|增加|上升|下降|减少|降低)约?(\d+(?:\.\d+)?)%")
DOWN_WORDS = ("下降", "减少", "降低")
# 本年支出合计 names a figure and asks no sum
NAME_TOTAL = re.compile(r"(?<=收入|支出|经费)(?:合计|总计)")
# 甲是乙的几倍 states the order; 差几倍, 相差多少倍 do not: the larger over the smaller
ORDER_SAID = re.compile(r"是.{0,24}的(?:几|多少)倍")


def _computed(text: str, answers: list[Answer], labels: list[str], w: Words) -> str | None:
    text = OWN_GAP.sub("", NAME_TOTAL.sub("", text))
    wants_sum = any(x in text for x in w.sum)
    wants_diff = any(x in text for x in w.difference)
    wants_order = any(x in text for x in w.order) or bool(  # 哪个单位支出多, 两家谁收入高
        MORE_AT_END.search(text) and any(x in text for x in w.every + ("谁", "哪个")))
    wants_times = any(x in text for x in w.times)
    if not (wants_sum or wants_diff or wants_order or wants_times) or len(answers) < 2:
        return None  # (one department's answer alone is no order nor sum)
    points = POINTS_ASKED.search(text) is not None  # 两家差几个百分点: their shares' gap
    rated = CHANGE_RATE_ASKED.search(text) is not None
    amounts = [_headline_amount(a, BUDGET_ONLY.search(text) is not None, points, rated)
               for a in answers]
    if any(a is None for a in amounts) or len({a[1] for a in amounts}) != 1:
        return None  # figures of different kinds or units are not added up
    unit = amounts[0][1]
    values = [a[0] for a in amounts]
    each = "，".join(f"{label}{_fmt(v)}{unit}" for label, v in zip(labels, values, strict=True))
    parts = []
    if unit == "%":  # shares of different wholes are never added nor divided
        wants_sum = wants_times = False
    if wants_sum:
        parts.append(f"合计{_fmt(sum(values))}{unit}")
    if wants_order or wants_diff:
        ranked = sorted(zip(values, labels, strict=True), key=lambda x: -x[0])
        if len(ranked) == 2:
            (hi, hi_label), (lo, lo_label) = ranked
            if hi == lo:
                parts.append("两者相等")
            else:
                parts.append(f"{hi_label}比{lo_label}高{_fmt(hi - lo)}个百分点" if unit == "%"
                             else f"{hi_label}比{lo_label}多{_fmt(hi - lo)}{unit}")
        else:
            parts.append("从多到少：" + "、".join(f"{lab}{_fmt(v)}{unit}" for v, lab in ranked))
    if wants_times and len(values) == 2 and min(values):  # 甲的是乙的几倍: in the order named
        (a, la), (b, lb) = zip(values, labels, strict=True)
        if not ORDER_SAID.search(text) and a < b:
            (a, la), (b, lb) = (b, lb), (a, la)
        parts.append(f"{la}是{lb}的{_fmt(a / b)}倍")
    return f"{each}；{'；'.join(parts)}（计算得出，非原文数字）。"
