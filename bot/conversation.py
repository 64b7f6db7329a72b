"""Each conversation's context — the department picked or last named, the year and the thing
and kind of the last answer — kept in memory and forgotten after 30 minutes of silence."""

from __future__ import annotations

import os
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.answer import Source
from bot.nlu import AMOUNT_SAID, BOUND_WORDS, TABLE_SAID, TOTAL_NAMED, left_out
from bot.normalize import YEAR_SPENDING, fold, number_said

TRAILING = re.compile(r"[\s?？。!！,，~～…]+$")  # what a question may end with after its words

PLACEHOLDER = "囗"  # where the thing stood in the previous question (bot/nlu.py masks so)
# 那三个加起来: more than the last two things asked
DECLINED = "decline"  # the handler of questions read as out of scope
# a place in an order (排第三, 第二多, 倒数第二); 排第一 is said otherwise too (最多)
PLACE = re.compile(r"(倒数)?第([一二两三四五六七八九十1-9]|[1-9]\d)(?:名|位|大|多|高|个|项|类)?")
# an amount items are set against (超过一亿): a bound of that ranking only
BOUND = re.compile(rf"(?:{BOUND_WORDS})[0-9.一二两三四五六七八九十百千]+个?(?:亿元|亿|万元|万|元)")
OWN_WHOLE = re.compile(r"支出|收入|经费")  # 收入哪块最多 after a ranking of spending: its own
# what a budget not spent in full is called (为什么没花完): the reason of the gap to the budget
UNSPENT = re.compile(r"没花完|没用完|没花掉|没用掉|花不完|用不完|少花|没花那么多|尚未完成")
MORE_THAN_TWO = re.compile(r"(?<![\d.])[3-9三四五六七八九几多]+[个项样笔者种块类](?!百分点|点)")
# 年末结转结余里，结转和结余各是多少, 其中结余多少: the halves of a figure stated as one (not
# two years')
CARRIED_SPLIT_ASKED = re.compile(
    r"^(?!.*(?:年初|上年|去年).*年末|.*年末.*(?:年初|上年|去年))(?:.*(?<!年末)(?<!年初)(?<!上年)"
    r"(?<!财政拨款)结转(?:和|与|跟|、)?结余(?:各|分别|各自)"
    r"|.*结转(?:的|部分)?(?:是|有)?多少.{0,4}结余(?:的|部分)?(?:是|有)?多少"
    r"|.*(?:里面|里头|当中|中|其中)的?(?:结转|结余)(?![和与跟及、])(?:的|部分)?(?:是|有)?多少)")
CARRIED_SPLIT_SAID = "决算只写了结转和结余合在一起的数，没有分开列出结转和结余各是多少。"
TTL_SECONDS = 30 * 60  # a department picked stays this long after the last question
MAX_CONVERSATIONS = 50_000  # the oldest are forgotten first; a state is a few hundred bytes


@dataclass(frozen=True)
class State:
    """What a follow-up may leave unsaid."""

    department: str | None = None  # full name, as loaded
    prior_department: str | None = None  # the one named before it, for "两个差多少"
    year: int | None = None
    things: tuple[str, ...] = ()  # names of the things the last answer was about
    intent: str | None = None  # kind of the last question
    prior_intent: str | None = None  # kind of the one before it, for "预算多少, 实际呢, 差多少"
    before: tuple[str, ...] = ()  # the things of the answer before the last
    question: str = ""  # the last question, normalised, as answered
    masked: str = ""  # the same with its things replaced by PLACEHOLDER
    source: Source | None = None  # the sentence of the disclosure the last answer quoted first
    # the items of a list an answer gave (一是…二是…), kept while the conversation stays on
    # its things, with the sentence they were quoted from
    listed: tuple[str, ...] = ()
    listed_source: Source | None = None
    listed_at: int = 0  # the place of the item last given by its place (下一个: the one after)
    # the questions answered so far, as answered, each with its department (the last ASKED_KEPT)
    asked: tuple[tuple[str, str | None], ...] = ()
    options: tuple[str, ...] = ()  # the questions offered when the last reply asked which one
    # the last question asked a figure of something no table or sentence names (委托中介机构那块
    # 花了多少): a follow-up naming nothing (年初预算是多少) asks of it, never of the unit
    unfound: bool = False
    # a department the last question named that is not loaded (西南交通大学…有吗): a follow-up
    # pointing back (那它的财政拨款收入) asks of it, never of a loaded one
    absent: str | None = None
    # the things each line answered with figures was about, in turn, with its department (the
    # last ASKED_KEPT): 第一个和第三个差多少 names them by their place in the conversation
    turns: tuple[tuple[str | None, tuple[str, ...]], ...] = ()
    reason: str = ""  # the reasons the last answer gave, as said (还有别的原因吗: none more)

    @property
    def sentence(self) -> str:
        return self.source.sentence if self.source else ""

    def with_(self, **changes) -> State:
        return replace(self, **changes)


class Conversations:
    """chat key → State, expiring; a chat key is a chat id, or chat:user in a group."""

    def __init__(self, ttl: float = TTL_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._states: OrderedDict[str, tuple[float, State]] = OrderedDict()

    def get(self, chat: str) -> State:
        """The chat's state, or an empty one when it is new or has been silent too long."""
        found = self._states.get(chat)
        if found is None or self.clock() - found[0] > self.ttl:
            self._states.pop(chat, None)
            return State()
        return found[1]

    def save(self, chat: str, state: State) -> None:
        self._states[chat] = (self.clock(), state)
        self._states.move_to_end(chat)
        while len(self._states) > MAX_CONVERSATIONS:
            self._states.popitem(last=False)

    def forget(self, chat: str) -> None:
        self._states.pop(chat, None)


@dataclass(frozen=True)
class Words:
    particles: tuple[str, ...]
    asks: tuple[str, ...]
    relations: tuple[str, ...]
    pair: tuple[str, ...]
    tails: tuple[str, ...]
    counterparts: tuple[tuple[str, str], ...] = ()
    each: tuple[str, ...] = ()
    back: tuple[str, ...] = ()
    again: tuple[str, ...] = ()
    first: tuple[str, ...] = ()
    more: tuple[str, ...] = ()
    summed: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()
    again_alone: tuple[str, ...] = ()

    @classmethod
    def of(cls, data: dict) -> Words:
        """The word lists as intents/followups.yaml states them, folded, longest first (words
        of one length in the order written: a set's order would change from run to run)."""
        pairs = tuple((fold(a), fold(b)) for a, b in data.get("counterparts", ()))
        return cls(*(tuple(sorted(dict.fromkeys(fold(p) for p in data[k]), key=len, reverse=True))
                     for k in ("particles", "asks", "relations", "pair", "tails")),
                   pairs + tuple((b, a) for a, b in pairs),
                   tuple(fold(e) for e in data.get("each", ())),
                   tuple(sorted((fold(b) for b in data.get("back", ())), key=len, reverse=True)),
                   tuple(fold(a) for a in data.get("again", ())),
                   tuple(fold(f) for f in data.get("first", ())),
                   tuple(sorted((fold(m) for m in data.get("more", ())), key=len, reverse=True)),
                   tuple(fold(t) for t in data.get("summed", ())),
                   tuple(sorted((fold(p) for p in data.get("pointers", ())), key=len,
                                reverse=True)),
                   tuple(fold(a) for a in data.get("again_alone", ())))


def pointed(text: str, w: Words) -> int:
    """Where the words pointing at the last thing that open the line end (那它…, 这个科目的…);
    0 when it opens otherwise."""
    for lead in ("", "那么", "那"):
        word = next((p for p in w.pointers if text.startswith(lead + p)), "") \
            if text.startswith(lead) else ""
        if word:
            end = len(lead) + len(word)
            return end + 1 if text.startswith("的", end) else end
    return 0


def _strip(text: str, *lists: tuple[str, ...]) -> str:
    for group in lists:
        for word in group:
            text = text.replace(word, "")
    return text


# two turns of the conversation by their places, joined (第一个和第三个, 第二个减第一个)
TURNS_PAIRED = re.compile(r"第([一二三四五六1-6])个(?:数字|数|问题|问的)?\s*"
                          r"(和|与|跟|同|减去|减掉|减|加上|加|比|对比|、)\s*"
                          r"第([一二三四五六1-6])个(?:数字|数|问题|问的)?")
ADDING = r"加起来|合计|一共|总共|相加|之和|的和|总和|合起来|加在一起|加一起|加一块|总计|共"
# the last turns together (这三个里, 刚才这几个, 前面三个): three or more (这两个: the last two
# things, said otherwise)
TURNS_LAST = re.compile(r"(?:前面|刚才|上面|之前)(?:这|那)?([三四五3-5]|几)个(?:数字|数|问题|项)?"
                        r"|(?:这|那)([三四五3-5]|几)个(?:数字|数|问题|项)?(?=里|中|当中|之中|哪)"
                        rf"|(?:这|那|^)([三四五3-5])(?:个|项|样|笔)(?:数字|数|钱)?(?={ADDING})")
# a thing added to the last turns, all counted (再加上其他交通费用，这三项合计多少): the count
# less one are the last turns
TURNS_ADDED = re.compile(rf"(?:加上|再加)[^，,。？?]{{2,24}}?[，,\s]*(?:这|那)?([三四五3-5])"
                         rf"(?:个|项|样|笔)(?:数字|数|钱)?(?:的?总数)?(?={ADDING})")


# the two items of a list just given, pointed at (这两块, 两项); each item with its figure
TWO_LISTED = re.compile(r"(?:这|那)?(?:两|2|俩)(?:块|个|项|类|样|部分|笔)")
FIGURE_LISTED = re.compile(r"\d万元")


def turns_named(text: str, state: State) -> str | None:
    """The line with the turns it names by their places (第一个和第三个差多少) or together
    (这三个里哪个最多) said by their things, when each was one answer of the department talked
    about; the items of a list just quoted, when there is one (第一个 is then its first item);
    None when it names none."""
    listed = [m.group(0) for item in state.listed for m in [LISTED_NAME.match(item)] if m]
    both = TWO_LISTED.search(text) if len(listed) == 2 and all(
        FIGURE_LISTED.search(item) for item in state.listed) else None
    if both and any(name[:2] in text[:both.start()] for name in listed):
        both = None  # (其他收入和财政拨款两样: the two named just before)
    if both:  # 分成哪几块 (two, with their figures), 这两块差了多少: the two listed
        return text[:both.start()] + "和".join(listed) + text[both.end():]
    turns = [(state.department, (name,)) for name in listed] if state.listed else state.turns
    if len(turns) < 2:
        return None
    def things(turns) -> str | None:
        if any(d != state.department or len(t) != 1 for d, t in turns):
            return None
        return "、".join(t[0] for _, t in turns)
    paired = TURNS_PAIRED.search(text)
    if paired:
        first, second = (number_said(paired.group(i)) or 0 for i in (1, 3))
        if not (0 < first <= len(turns) and 0 < second <= len(turns)) or first == second:
            return None
        a, b = things([turns[first - 1]]), things([turns[second - 1]])
        if a is None or b is None:
            return None
        joined = "和" if paired.group(2) == "、" else paired.group(2)
        return text[:paired.start()] + a + joined + b + text[paired.end():]
    def counted(count: int, flatten: bool) -> str | None:
        """The last `count` things, one a turn (or across turns, flattened), all distinct."""
        named = (things(state.turns[-count:]) if count <= len(state.turns) else None) or (
            _flattened(state, count) if flatten else None)
        return named if named and len(set(named.split("、"))) >= count else None
    added = TURNS_ADDED.search(text) if not state.listed else None
    if added:  # 再加上X，这三项合计: X and the last turns, one fewer than counted
        count = (number_said(added.group(1)) or 0) - 1
        named = counted(count, flatten=False) if count >= 2 else None
        if named is None:
            return None
        counted_at = added.start(1) - (text[added.start(1) - 1] in "这那")
        return named.replace("、", "和") + "和" + text[added.start():counted_at].removeprefix(
            "再").removeprefix("加上").rstrip("，, ") + text[added.end():]
    last = TURNS_LAST.search(text) if not state.listed else None
    if last:
        said = last.group(1) or last.group(2) or last.group(3)
        count = len(state.turns) if said == "几" else number_said(said) or 0
        count = min(count, 5)
        named = counted(count, flatten=True) if count >= 3 else None
        if named is None:
            return None
        head, _, tail = named.rpartition("、")
        return text[:last.start()] + f"{head}和{tail}" + text[last.end():]
    return None


def _flattened(state: State, count: int) -> str | None:
    """The last `count` things asked, across turns of one or more things each (办公费多少,
    印刷费和邮电费各多少, 这三样…), all of the department talked about; None otherwise."""
    found: list[str] = []
    for department, things in reversed(state.turns):
        if department != state.department:
            return None
        found = [t for t in things if t not in found] + found
        if len(found) >= count:
            return "、".join(found) if len(found) == count else None
    return None


LISTED_NAME = re.compile(r"[\u4e00-\u9fff()（）]{2,}")  # an item quoted in a list: its name


def turn_kept(state: State, answered: bool, figures: bool) -> State:
    """The state with this line's things kept as a turn, when it was answered with figures of
    things other than the last turn's."""
    if not (answered and figures and state.things):
        return state
    turn = (state.department, state.things)
    if state.turns and state.turns[-1] == turn:
        return state
    return state.with_(turns=(*state.turns, turn)[-ASKED_KEPT:])


def asks_only(masked: str, w: Words) -> bool:
    """Nothing but how it asks (2017年有多少, 是多少): a follow-up of the last thing, whatever
    kind the words alone were read as."""
    return bool(masked.strip()) and not _strip(YEAR_WORDS.sub("", masked), w.asks, w.particles)


def bare(masked: str, w: Words) -> bool:
    """Nothing but the thing (and particles) is left: "那其中公车呢" asks the last kind again."""
    return not _strip(masked.replace(PLACEHOLDER, ""), w.particles)


ASKED_KEPT = 8
WHICH_ONE = re.compile(r"哪个|哪一个|哪项|哪一项|谁")  # one of the two just asked, picked
GAP_SAID = {"差额", "差距", "缺口", "差"}  # the gap between the two just asked, said alone
# the two departments of the conversation asked about together (这两个单位, 两家, 谁的)
SAVED = re.compile(r"省了|省下|节省|节约|少花|少支出|没花掉|没用掉|没支出")  # 省了百分之几,
# 没花掉的有多少 after a budget: its gap (少花了 is read 少支出)
BOTH_UNITS = re.compile(r"[两2](?:个|家)(?:单位|部门)|两家|谁的|哪家|哪个单位|哪个部门")
# 刚才第一个数, 第二个问题: a turn of the conversation by its place (第二个呢 alone is an item of
# the list just quoted)
TURN = re.compile(r"(?:刚才|前面|之前|上面|开头)?(?:问的)?"
                  r"第([一二三四五1-5])个(?:数字|数|问题|问的)"
                  r"|(?<=回到)第([一二三四五1-5])个(?!项|类|款|科目|表|部分|单位)")  # 再回到第一个


def turn_place(turn: re.Match) -> int:
    """The place of the turn TURN found: 第二个问题 → 2."""
    return number_said(turn.group(1) or turn.group(2))


def asked_again(text: str, state: State, w: Words) -> tuple[str, str | None] | None:
    """The question asked before that a follow-up asks again (再说一遍: the last one; 刚才第一个数
    是多少, 最开始问的那个: the first one; 第二个问题: the second), as it was answered."""
    if not state.asked:
        return None
    turn = TURN.search(text)
    if turn:
        place = turn_place(turn)
        return state.asked[place - 1] if place <= len(state.asked) else None
    for words, at in ((w.first, 0), (w.again, -1)):
        said = [word for word in words if word in text]
        if said and len(leftover(_strip(text, said), w)) <= 2:  # nothing else asked (用元
            return state.asked[at]  # 再说一遍, 两家的再说一遍: not the last answer again)
    said = [word for word in w.again_alone if word in text]
    if said and not leftover(_strip(text, said), w):  # 精确点 alone (精确点到元 converts)
        return state.asked[-1]
    return None


def asks_more(text: str, w: Words) -> bool:
    """具体点, 展开说说: the line asks only for more of what was just quoted."""
    return _strip(text, w.more, w.particles) == "" and any(m in text for m in w.more)


def back_word(text: str, w: Words) -> str:
    """回到刚才那个…: the words with which the follow-up returns to something asked before."""
    return next((b for b in w.back if b in text), "")


def leans_on_last(text: str, w: Words) -> bool:
    """那…/其中…/…呢/两个…: said only after another question."""
    return bool(re.match(r"^(那|其中|还有|另外|当中)", text) or re.search(r"呢$", text)
                or re.search(r"(?:那|这)一?(?:块|部分)", text)  # 教育那块具体多少
                or re.search(r"^(?:收入|支出)(?:那边|这边|那头|那一侧|那侧|方面)", text)  # 支出
                # 那边是多少, 支出方面呢: the other side of the last thing
                or any(p in text for p in w.pair))


YEAR_WORDS = re.compile(r"\d{4}年?度?|上年|去年|前年|今年|本年")


def leftover(text: str, w: Words) -> str:
    """What a follow-up says beyond years, particles and the kind it asks: 奖金 of 那奖金呢."""
    said = AMOUNT_SAID.sub("", YEAR_WORDS.sub("", text))
    return _strip(said, w.particles, w.asks, w.pair, w.each)  # 分别是多少 after one thing: its
    # parts, no thing of its own


# 预算和决算各多少, 基本和项目分别多少: each of two figures of the one thing, not the two things
KIND = r"(?:年初)?预算数?|决算数?|实际数?|年初|年末|基本支出|项目支出|基本|项目"
KINDS_EACH = re.compile(rf"(?:{KIND})(?:和|与|跟|、)(?:{KIND})(?:都|各|分别)")


# the two ends of a ranking said together (最多的那项减去最少的那项)
ENDS_SAID = re.compile(r"最(?:大|多|高)[^，,。？?]{0,8}最(?:小|少|低)"
                       r"|最(?:小|少|低)[^，,。？?]{0,8}最(?:大|多|高)")
CLASSES_ASKED = re.compile(r"功能|哪几类|哪些类|几大类|按类|大类")


# the other side of a relation said by pointing (是它的几倍, 比它多多少, 占它的几成)
POINTED_OTHER = re.compile(r"(?:(?<=[是比占跟和与较])|(?<=占了))(?:它|它们|这个|那个|这项|那项|其"
                           r"|这一?大?类|这个类别)"
                           r"(?=的|多|少|高|低|大|小|几|百分)")
# …and the part taken out by pointing (扣掉这块以后，剩下的基本支出: 基本支出减去这块是多少)
POINTED_TAKEN = re.compile(r"(?<=减去)(?:这一块|这块|那块|这部分|那部分|它|这个|那个|这项|那项"
                           r"|这笔钱|这笔|(?:这|那)一?类(?:支出)?)(?=是多少)")  # 除了这一类

TAKEN_LEAD = re.compile(r"^(?:那|那么)?减去")  # a part taken out of no whole said (扣掉X还剩多少)


# more than two counted (这三样加一块): no pair of the last turn's two things
TWO_COUNTED = re.compile(r"(?<![\d.])[2两俩二](?:个|项|者|样|笔|块)|俩")  # 两个加一起: two things
MANY_COUNTED = re.compile(r"[三四五六七八九几多][样项个块笔类]")
# a part of the last thing said first, its share asked (其中机关运行经费占多少)
ENDS = re.compile(r"最(?:大|多|高|小|少|低)")  # the largest or smallest part, said so
INSIDE_LEAD = re.compile(r"^(?:那|那么)?(?:其中|这其中|这里面|这当中|里面|里头|当中)的?")
SHARE_WORD = re.compile(r"占了?")
ALL_FUNDS_WHOLE = re.compile(r"占(?:了)?(?:全部|整个|总的|所有|全口径)的?([^，,。？?的]{2,12}?)的?"
                             r"(?:比例|比重|百分之|几成|多少)")  # 占全部教育支出的比例
SHARE_OF_WITHIN = re.compile(r"占了?(其中|这其中|这里面|这当中|里面|当中)")  # 占了其中多少
# the last thing pointed at first, another named after it (它和商品和服务支出加起来)
LEAD_POINTER = re.compile(r"^(?:那|那么)?把?(?:它|这个|这项|这一项|这笔)(?=[和跟与加])")  # 把它和X
# …and its kind said after the pointer (这个降幅和B的降幅比): the last thing's kind
LEAD_POINTER_KIND = re.compile(r"^(?:那|那么)?(?:它的|这个|这一?项的?)(?=(?:降幅|增幅|涨幅|增长率|"
                               r"下降率|占比|比例|比重)[和跟与同])")


# 是荷塘的多少倍: the department named after 是 is the base (its name taken out of the text)
BASE_NAMED = re.compile(r"是([^，,。？?的]{1,14})?的(?:多少|几)倍")


def rewrites(text: str, masked: str, spans: list[tuple[int, int]], kind: str | None,
             state: State, w: Words, raw: str = "") -> list[tuple[str, str, bool]]:
    """The question again with what it leaves unsaid taken from the previous one, each with a
    word the thing found must contain ("" for any) and whether its answer stands even when it
    declines (the last kind asked of a new thing); empty when the question stands alone."""
    if not state.things:
        return []
    one = _one_of_two(text, state)
    if one:  # 货物和服务分别多少, 后者占采购总额多少: the second of the two, named
        return [(one, "", False)]
    if NON_FISCAL_BARE.fullmatch(text) or REST_AFTER_FISCAL.fullmatch(text) and \
            "财政" in (state.question or ""):  # 年末结转和结余, 其中财政拨款的, 非财政
        # 拨款的呢 (剩下的呢): the whole less its fiscal part
        whole = state.things[0].replace("财政拨款", "")
        return [(f"{whole}里非财政拨款的有多少", "", False)]
    again = CHANGE_IN_MONEY.search(text)
    if again and not spans and len(state.things) == 1 and "比" not in text and \
            state.intent == "figure.change":  # 比上年增长多少, 换成钱是多了多少万: the change
        return [(f"{state.things[0]}比上年{text[again.start():]}", "", False)]
    pair = (state.before[0], state.things[0]) if state.before and all(
        b in state.before[0] for b in state.before) and len(state.things) == 1 and \
        state.before[0] != state.things[0] else ()  # (一般公共预算财政拨款收入 and 财政拨款收入:
    # one thing said by two names)
    wholes = [t for t in pair if t.endswith(TOTAL_NAMED)]
    if kind == "share" and not spans and len(wholes) == 1 and not re.search(r"谁|哪", text):
        # 其他收入多少, 收入总计呢, 占多少 (谁占比高: the two set against each other):
        part = next(t for t in pair if t not in wholes)  # the part of the two over the total
        return [(f"{part}占{wholes[0]}，{text}", "", False)]
    if kind == "share" and state.intent == "figure.total" and len(state.things) == 2 and \
            text.startswith("占") and not any(text[a:b] in state.things for a, b in spans):
        return [("和".join(state.things) + "加起来" + text, "", False)]  # 两项合计, 占基本支出
        # 多少: the sum's share
    if CHANGE_RATE.match(text) and not spans and len(state.things) == 1 and \
            state.intent == "figure.change":  # 三公经费比上年少了多少, 少了百分之几: its rate
        return [(f"{state.things[0]}比上年{text}", "", False)]
    other_side = _other_side_asked(text, state)
    if other_side:  # 其他教育支出今年支出多少, 收入是多少: that row's income
        return [(other_side, "", False)]
    by_head = _part_by_head(text, state) if not spans else ""
    if by_head:  # 科学技术支出里基本支出和项目支出分别多少, 项目那部分占几成: 项目支出, in it
        return [(by_head, "", False)]
    if REST_OF_LAST.match(text) and not spans and len(state.things) == 1 and re.search(
            ADDING, text):  # 教育支出…, 剩下那几类加一块儿多少: all but it
        return [("除了" + state.things[0] + text, "", False)]
    last = "和".join(state.things)
    lead = LEAD_POINTER.match(text)
    if lead and spans and len(state.things) == 1 and re.search(ADDING, text):  # 它和商品和服务
        # 支出加起来呢: the last one
        return [(last + text[lead.end():], "", False)]  # and the one named, never the pair
    kind_of = LEAD_POINTER_KIND.match(text)
    if kind_of and spans and len(state.things) == 1:  # 这个降幅和一般公共预算支出的降幅比: the
        return [(last + "的" + text[kind_of.end():], "", False)]  # last thing's, set against
    taken = POINTED_TAKEN.search(text)
    if taken and text.startswith(YEAR_SPENDING) and len(state.things) == 1 and len(
            state.before) == 1 and state.before != state.things and state.before[0].endswith(
            "支出"):  # 基本支出多少, 其他资本性支出多少, 扣掉这块剩下的三项: of the one before,
        # not of the year's spending
        return [(state.before[0] + text[len(YEAR_SPENDING):taken.start()] + last
                 + text[taken.end():], "", False)]
    if taken and not spans and len(state.things) == 1 and state.before and \
            state.before != state.things:  # 基本支出多少, 其中其他资本性支出呢, 把它扣掉还剩
        # 多少: the part just asked taken out of the thing asked before it
        return [("和".join(state.before) + text[:taken.start()] + last + text[taken.end():],
                 "", False)]
    if TAKEN_LEAD.match(text) and spans and len(state.things) == 1 and state.before and \
            state.before != state.things and all(text[a:b] in last for a, b in spans):
        # 基本支出多少, 工资福利支出多少, 扣掉工资福利剩下多少: the part just asked, named, taken
        # out of the thing asked before it
        return [("和".join(state.before) + text, "", False)]
    if kind == "share" and not spans and state.intent == "figure.ranking" and \
            len(state.things) == 1 and len(state.before) == 1 and SHARE_WORD.search(text) and \
            state.before[0] in (state.question or ""):
        # 商品和服务支出最大的一项是什么, 占多少: the one ranked first, of what it was ranked in
        return [(last + SHARE_WORD.sub(lambda m: m.group(0) + state.before[0], text, count=1),
                 "", False)]
    whole_of_part = ALL_FUNDS_WHOLE.search(text)
    if whole_of_part and kind == "share" and len(state.things) == 1 and \
            whole_of_part.group(1) in state.things[0] and "财政拨款" in (state.question or "") \
            and "财政拨款" not in text:  # 教育支出财政拨款多少, 占全部教育支出的比例: the
        # 财政拨款 part's share of that row's all funds
        return [(f"{state.things[0]}里财政拨款占多少", "", False)]
    inside = INSIDE_LEAD.match(text)
    if inside and kind == "share" and spans and len(state.things) == 1 and last not in text and \
            len({text[a:b] for a, b in spans}) == 1 and SHARE_WORD.search(text):
        # 支出总计多少, 其中机关运行经费占了一大半吗: its share of the last thing
        rest = text[inside.end():]
        return [(SHARE_WORD.sub(lambda m: m.group(0) + last + "的", rest, count=1), "", False)]
    within = SHARE_OF_WITHIN.search(text)
    if within and kind == "share" and spans and len(state.things) == 1 and last not in text:
        # 财政拨款支出总计多少, 教育这块占了其中多少: its share of the last thing
        return [(text[:within.start(1)] + last + "的" + text[within.end(1):], "", False)]
    other = POINTED_OTHER.search(text) or taken
    said = {text[a:b] for a, b in spans}
    rest = [t for t in state.things if not any(w in t for w in said)]
    if spans and other and len(state.things) == 2 and len(rest) == 1 and len(said) == 1:
        # 公用经费比人员经费少多少, 人员经费是它的几倍: 它 the one of the two not named now
        return [(text[:other.start()] + rest[0] + text[other.end():], "", False)]
    if spans and other and len(state.things) == 1 and last not in text and len(said) < 2:
        # (服务类是多少？货物是它的几倍: its own) 公用经费多少, 人员经费是它的几倍: the thing
        # pointed at is the last one
        return [(text[:other.start()] + last + text[other.end():], "", False)]
    changes = _changes_against_last(text, spans, state)
    if changes:  # 收入总计比上年增加多少, 那支出总计比上年增加的多还是少: the two changes
        return [(changes, "", False)]
    sides = _row_sides_asked(text, spans, kind, state)
    if sides:  # 高中教育收入多少, 支出呢, 收支差多少: that row's two sides
        return [(sides, "", False)]
    after_one = bool(state.before) and len(state.things) == 1  # one thing, after another turn
    two = after_one and state.before != state.things
    of_both = (not spans and kind in ("difference", "compare", "total", "times")  # 哪个多 /
               or not spans and kind == "change" and WHICH_ONE.search(text)  # 差几倍 / 哪个涨得快
               or spans and kind in ("difference", "amount")  # 差额多少: no 收支差额 of its own
               and all(text[a:b] in GAP_SAID for a, b in spans))
    pair = not MORE_THAN_TWO.search(text) and (any(p in text for p in w.pair) or (
        (after_one or len(state.things) == 2 and len({text[a:b] for a, b in spans}) < 2
         and not MANY_COUNTED.search(text) and re.search(ADDING, text))
        and any(e in text for e in w.each)
        and not KINDS_EACH.search(text)) or (
        two and _strip(text, w.particles, w.asks) in w.summed) or (two and of_both))  # X, Y呢,
    # 哪个多 / 差多少 / 一共多少: the two asked in turn
    in_turn = len(state.turns) >= 2 and state.turns[-1][0] != state.turns[-2][0] and all(
        len(t) == 1 for _, t in state.turns[-2:])  # 普陀的X, 荷塘的X: one thing of each in turn
    added = kind == "total" and (BOTH_UNITS.search(text) or in_turn)  # 两家加起来多少
    if not spans and state.prior_department and (kind in ("difference", "compare", "times")
                                                  or WHICH_HIGHER.search(text) or added):
        # 荷塘的X, 普陀的呢, 差多少 / 哪个多: the last thing of the two departments just asked
        first, second = state.prior_department, state.department
        base = BASE_NAMED.search(raw) if BASE_NAMED.search(text) else None
        said = base.group(1) or "" if base else ""
        if sum(c in first for c in said) > sum(c in second for c in said):
            first, second = second, first  # 普陀的呢，是荷塘的多少倍: 荷塘 the base, named
        if LATTER_FIRST.search(text):
            first, second = second, first  # 后者是前者的几倍: the one asked last over the first
        own = {d: t[0] for d, t in state.turns[-2:] if len(t) == 1 and t[0].endswith(TOTAL_NAMED)}
        if len(own) == 2 and own.get(first) != own.get(second) and None not in (
                own.get(first), own.get(second)):  # each one's total, named differently in its
            # layout (本年收入合计, 收入总计): each its own
            return [(f"{first}{own[first]}和{second}{own[second]}{text}", "", False)]
        return [(f"{first}和{second}{state.things[0]}{text}", "", False)]
    if spans and state.prior_department and BOTH_UNITS.search(text) and kind in (
            "difference", "compare", "amount", "share", "budget", "change") and len(
            {text[a:b] for a, b in spans}) < 2:
        # 荷塘…政府采购, 普陀的呢, 这两个单位谁的采购多: the thing it names, of the two
        return [(f"{state.prior_department}和{state.department}{text}", "", False)]
    if pair and state.prior_department and state.before == state.things:
        # 荷塘…工资福利支出, 普陀…的呢, 两个差多少: one thing of the last two departments
        return [(f"{state.prior_department}和{state.department}{last}{text}", "", False)]
    named_both = _both_named(text, state, spans) if two else None
    if named_both:  # 收入总计, 支出总计, 支出比收入多了多少: each said by a word of its own
        return [(named_both, "", False)]
    sides = _both_sides(text, state, w) if not spans and (two or len(state.things) == 1) else ""
    if sides:  # 年末结转和结余, 年初的呢 (上年结转和结余), 年末比年初多了多少: the two just asked
        return [(sides, "", False)]
    if not spans and kind == "ranking" and state.intent == "figure.ranking" and \
            state.question and not OWN_WHOLE.search(text):
        # 哪一类最多, 倒数第二呢: that ranking again, at the place asked now (the last thing
        # is its first item, no whole; the place or bound said before is not asked now)
        return [(BOUND.sub("", PLACE.sub("", state.question)) + "，" + text, "", False)]
    if not spans and kind == "difference" and state.intent == "figure.ranking" and \
            state.question and ENDS_SAID.search(text):  # 哪项最多, 最多的减去最少的剩多少:
        return [(BOUND.sub("", PLACE.sub("", state.question)) + "，" + text, "", False)]  # those
    if spans and (kind == "ranking" or kind == "share" and ENDS.search(text)) and len(
            state.things) == 1 and INSIDE_LEAD.match(text) and \
            not text.startswith(last, INSIDE_LEAD.match(text).end()):  # 项目支出由哪几项组成,
        return [(last + text, "", False)]  # 里面最大那一项: of its parts
    if spans and kind == "ranking" and all(left_out(text, span) for span in spans):
        # 一般公共服务支出, 里面除了行政运行以外最多的是哪个: the rest of the last thing's parts
        return [(last + text, "", False)]
    if not spans and kind == "ranking" and (state.intent or "").startswith("chart.") and \
            CLASSES_ASKED.search(state.question):  # 按功能分成哪几类, 其中最大的是哪块: those
        # classes, not the parts of the chart drawn beside them
        return [("按功能分类" + POINTED_INSIDE.sub("", text), "", False)]
    if not spans and (state.intent or "").startswith("chart.") and EACH_SHARE.search(text):
        return [(state.question, "", False)]  # 按功能分类有哪几项, 各项占比都说一下: that listing
        # again, each part with its share
    back = back_word(text, w)
    if back and not spans and state.before:  # 回到刚才那个，为啥减少了: the thing before the last
        return [("和".join(state.before) + text.replace(back, "", 1), "", False)]
    if not spans and _names_before(text, state):  # 捐赠收入, 其他收入, 捐赠那个换算成元: the first
        return [("和".join(state.before) + text, "", False)]
    sided = "" if spans else _side_compared(text, state, w)
    if sided:  # 年末结转和结余多少, 比年初多了多少: the two sides of the last thing
        return [(sided, "", False)]
    swapped = _counterpart(text, state, w) or _counterpart_named(text, spans, state, w)
    if swapped:  # 政府性基金收入多少, 支出呢: the last question of the other side
        return [(swapped, "", False)]
    lead = _strip(text, w.particles)
    relation = any(lead.startswith(r) if "." not in r else  # 是项目支出的几倍: 是.的几倍
                   re.match(re.escape(r).replace(r"\.", ".+?"), lead) for r in w.relations)
    if not spans and not relation and _other_side(TABLE_SAID.sub("", text), last, w):
        # 支出总计平均每月多少, 收入平均每月多少: 收入 names its own total, asked alone (比收入
        return []  # 多多少 sets the last thing against it)
    gap_only = not spans or all(text[a:b] in GAP_SAID for a, b in spans)  # 缺口多大: no 收支差额
    gap_kind = kind == "difference" or kind in ("budget", "reason") and spans  # 差额的原因
    if gap_only and (gap_kind and state.before in ((), state.things) or SAVED.search(text)
                     and not pair) and "figure.budget" in (state.intent, state.prior_intent):
        return [(last + "比预算" + text, "", False)]  # X预算多少, 实际呢, 差多少 / 省了百分之几:
        # that gap
    if pair and state.before and len(state.things) == 1:
        last = "和".join(state.before[:1] + state.things)
    if pair and kind == "total" and state.intent == "figure.change":
        last += "比上年"  # 教育比上年增加多少, 科技呢, 那俩加起来: the changes added
    elif pair and kind == "total" and state.intent == "figure.budget" and GAP_WORDS.search(text):
        last += "比预算"  # 接待费比预算少多少, 公车呢, 这两项少的加起来: the gaps added
    against = _pair_after_than(text, spans, w) if pair and spans else None
    if against is not None:  # 工资福利, 对个人和家庭补助呢, 商品和服务支出比这两项加起来多多少:
        return [(text[:against[0]] + last + text[against[1]:], "", False)]  # the two in place
    if pair and spans and not _joined_pair(text, spans) and (not _strip(
            text[:min(spans)[0]], w.pair, w.each, w.relations, w.particles)
            or _pair_first(text, spans, w)):  # (基本工资加上津贴补贴合起来: two of its own)
        # 基本支出, 项目支出呢, 两者各占总支出多少 / 这俩加起来等于住房保障支出吗: the last two,
        return [(last + text, "", False)]  # each of (or together against) the whole named
    first = state.things[0]
    shared = os.path.commonprefix([state.before[0], first]) if state.before else ""
    head = shared if len(shared) >= 2 else _head(first, w).removesuffix("金额")  # 政府采购金额
    # (政府采购支出总额, 政府采购服务支出: what the two said before share)
    several = "" if spans else items_named(state.sentence, text)
    if several:  # 政府采购一共多少, 货物跟服务各多少 / 货物比服务多多少: those parts listed,
        return [(several, "", False)]  # each by its full name
    if not spans and kind in ("difference", "compare", "times") and head != first and \
            head not in text and TWO_SAID.search(text):
        # 政府采购总额多少, 货物比服务多了多少: two of its parts, each said by its own word
        return [(head + text, "", False), (last + POINTED_INSIDE.sub("", text), "", False)]
    if not spans and kind in ("total", "difference", "compare", "times") and len(
            state.things) == 1 and not state.before and TWO_COUNTED.search(text):
        return []  # 工资福利支出, 差旅费呢 (not listed), 两个加一起: one thing known, not two
    if not spans or relation:
        # "同比呢", "为啥涨了", "占总收入几成", "16年那会儿呢": the last thing, the new kind
        residue = leftover(TABLE_SAID.sub("", text), w)  # 收入决算表里呢: where, no item
        if raw and not _strip(YEAR_WORDS.sub("", fold(raw)), w.asks, w.particles, w.pair):
            residue = ""  # 花了多少钱: the 支出 the normaliser made of 花了 is how it asks
        if bare(masked, w) and not relation and kind in (None, "amount") and \
                PLACEHOLDER in state.masked:  # "那荷塘的呢": the last question, another place
            return [(state.masked.replace(PLACEHOLDER, last, 1) + text, "", False),
                    (last + text, "", False)]
        if kind == "reason" and "预算" not in text and (
                state.intent == "figure.budget" or state.prior_intent == "figure.budget"
                and state.intent != "figure.change" or UNSPENT.search(text)  # (比上年变化多少,
                # 为什么少了: last year's, after a budget asked before it)
                or state.intent == "figure.reason" and "预算" in state.question):
            return [(last + "比预算" + text, "", False)]  # 比预算少了多少 / 为什么: that gap's
            # (为什么比预算少, 念一下原因的第一条: the same gap's reasons)
        parts = _parts_named(residue, state, w)
        if kind == DECLINED and not relation and not pair and parts:  # 教育那块具体多少 (read
            amount_only = residue and not _strip(text.replace(residue, "", 1), w.particles,
                                                 w.asks)  # as out of scope): the part first
            item = item_named(state.sentence, residue) if amount_only else ""  # (服务类多少
            listed = [(_in_last_kind(item, state), residue, False)] if item else []  # after 政府
            return listed + parts + [(last + text, "", False)]  # 采购: its item)
        if relation or pair or (kind not in (None, "amount")) or not residue:
            return [(last + POINTED_INSIDE.sub("", text), "", False)]  # 那里面最大的: its own
        item = item_named(state.sentence, residue) if residue else ""
        items = [(item, residue, False)] if item else []  # 货物…、服务采购金额, 服务呢: its item
        if item and PLACEHOLDER in state.masked:  # 货物占多少, 服务类的呢: in the last kind
            items.insert(0, (_in_last_kind(item, state), residue, False))
        return parts + items if parts else items
    if bare(masked, w) and PLACEHOLDER in state.masked and state.intent not in (
            None, "figure.amount") and not (state.intent == "figure.total" and len(
            state.things) == 1):  # "那公车呢" after a change: the new thing, the last kind (一共
        # of one thing asked its amount: 其他收入一共多少, 小学教育的其他收入呢 is no sum)
        named = "和".join(dict.fromkeys(text[a:b] for a, b in spans))
        asked = state.masked.replace(PLACEHOLDER, named, 1)
        if PLACEHOLDER in asked and len(state.things) == 1 and state.things[0] in state.question:
            asked = state.question.replace(state.things[0], named, 1)  # 住房公积金占住房保障
            # 支出多少, 购房补贴呢: of the same whole, never a placeholder left in
        return [(asked, "", True)]
    return []


def _in_last_kind(item: str, state: State) -> str:
    """The last question asked again of another item (货物占多少, 服务呢: 服务…占多少)."""
    return state.masked.replace(PLACEHOLDER, item, 1) if PLACEHOLDER in state.masked else item


ROW_GAP_SAID = GAP_SAID | {"收支", "收支差", "收支差额", "收支缺口", "收支相抵"}


CHANGE_SAID = re.compile(r"比上年(增加|减少|增长|下降|多|少)了?的")  # 比上年增加的: its change
CHANGES_SET = re.compile(r"多还是少|差多少|差了多少|相差|哪个多|谁多|多多少|少多少|多出多少")


def _changes_against_last(text: str, spans: list[tuple[int, int]], state: State) -> str:
    """Another thing's change asked against the last thing's, just asked (收入总计比上年增加
    多少, 那支出总计比上年增加的多还是少): both changes, set against each other; "" otherwise."""
    said = CHANGE_SAID.search(text)
    named = {text[a:b] for a, b in spans}
    if said is None or not CHANGES_SET.search(text, said.end()) or len(named) != 1 or \
            len(state.things) != 1 or "figure.change" not in (state.intent, state.prior_intent):
        return ""
    thing = named.pop()
    if thing in state.things[0] or state.things[0] in thing:
        return ""
    verb = said.group(1)
    return f"{thing}比上年{verb}的和{state.things[0]}比上年{verb}的差多少"


def _side_of(question: str, row: str) -> str:
    """The side a question of a row asked beside its name: 收入, 支出, or "" (both or neither)."""
    said = [side for side in ("收入", "支出") if side in question.replace(row, "囗")]
    if not said and row in question and row.endswith("支出"):
        return "支出"  # 其他教育支出多少: the row's own name says the side
    return said[0] if len(said) == 1 else ""


CHANGE_IN_MONEY = re.compile(r"(?:多|少|增加|减少|涨|降)了?多少(?:万|钱)")  # the change, in money
# 比上年少了多少, 少了百分之几: the change's rate (no share)
CHANGE_RATE = re.compile(r"^(?:那|那么)?(?:多|少|增加|减少|增长|下降|涨|降)了?"
                         r"(?:百分之几|百分之多少|%几|%多少|多少%|几个百分点|多少个百分点)")
OTHER_SIDE = re.compile(r"(?:那|那么)?(?:它的)?(收入|支出)(?:那边|这边|那头|方面|那块|这块|的话)?"
                        r"(?:呢|是多少|有多少|多少|是|有)?")  # (收入那边是多少)


def _other_side_asked(text: str, state: State) -> str:
    """A row asked by one side, then the other side said bare (支出多少, 收入是多少): that row's
    other side; "" otherwise."""
    side = OTHER_SIDE.fullmatch(text)
    if side is None or len(state.things) != 1 or state.things[0].endswith(TOTAL_NAMED) or \
            not state.asked:
        return ""
    row = state.things[0]
    last = _side_of(state.asked[-1][0], row)
    return f"{row}的{side.group(1)}是多少" if last and last != side.group(1) else ""


def _row_sides_asked(text: str, spans: list[tuple[int, int]], kind: str | None,
                     state: State) -> str:
    """X的收入多少, 支出呢, 差多少 (收支差多少): the one row asked twice, once by each side —
    the question of its own two sides; "" otherwise."""
    if len(state.things) != 1 or state.before not in ((), state.things) or \
            state.things[0].endswith(TOTAL_NAMED) or kind not in ("difference", "amount") or \
            any(text[a:b] not in ROW_GAP_SAID for a, b in spans) or not state.asked:
        return ""
    if kind == "amount" and not spans:
        return ""  # (…支出呢, 多少: the amount again)
    row = state.things[0]
    last = _side_of(state.asked[-1][0], row)
    now = _side_of(text.replace("收支", ""), row)  # 那支出呢？收支差多少: the other side now
    before = {_side_of(q, row) for q, _ in state.asked[-2:]}
    if not (before >= {"收入", "支出"} or last and now and last != now):
        return ""
    return f"{row}的收入和支出差多少"


EACH_SHARE = re.compile(r"(?:各项|每项|每[一1]项|各自|分别|都)[^，,。？?]{0,4}"
                        r"(?:占比|比例|比重|占多少|占几成|百分之)")  # 各项占比都说一下
# two words said either side of 比 (货物比服务, 服务类比货物类): two things set against each other
# (收到的比花出去的: the two sides, said by their verbs, are no parts)
TWO_SAID = re.compile(r"(?:(?![收支花进用])[\u4e00-\u9fff]){2,}?(?:类|那块|这块)?(?:比|较)"
                      r"(?:(?![收支花进用])[\u4e00-\u9fff]){2}")


GAP_WORDS = re.compile(r"少|减|省|节约|节省|超|差")  # what the budgets' gaps are said by


# 非财政拨款的呢: the part of the last thing not from the budget, asked bare
NON_FISCAL_BARE = re.compile(r"(?:那|那么)?(?:非财政拨款|不是财政拨款|非财政|财政拨款以外"
                             r"|财政以外)(?:的|那部分|那块|部分)?(?:呢|有多少|是多少|多少)?")
# the rest after its 财政拨款 part was asked (财政拨款出了多少, 剩下的呢 / 剩下的谁出的)
REST_AFTER_FISCAL = re.compile(r"(?:那|那么)?(?:剩下|剩余|其余|余下)的?(?:部分|那部分|钱)?"
                               r"(?:呢|有多少|是多少|多少|是谁出的|谁出的?|哪来的?|从哪来的?)?")
LATTER_FIRST = re.compile(r"(?:后者|后一个|后面(?:那|这|的)(?:一项|项|个)?)"  # 后者是前者的
                          r"(?!.*(?:后者|后一个|后面)).*(?:前者|前一个|前面)")  # (not 前者是后者)
ONE_OF_TWO = re.compile(r"(前者|后者|前一项|后一项|前一个|后一个"  # 后面那个是前面那个的几倍
                        r"|前面(?:那|这|的)(?:一项|项|个)|后面(?:那|这|的)(?:一项|项|个)"
                        r"|前面的(?=(?:几|多少)倍)|后面的(?=(?:几|多少)倍)"  # 是后面的几倍
                        r"|^前面(?=是|比)"  # (前面那项是…: its 那项 masked)
                        r"|(?<![排是])第[一1](?:个|项)(?!月|季)|(?<![排是])第[二2](?:个|项)(?!月|季))")
# (第二个减第一个: the second of the two asked, less the first; 排第一个 is a place)


# the others of the last thing's kind, added (剩下那几类加一块儿多少)
REST_OF_LAST = re.compile(r"^(?:那|那么)?(?:剩下|剩余|其余|余下)(?:的|那|这)?(?:几|那几|这几)?"
                          r"个?[类项块]")
# one of the last things said by its first two characters and 那部分 (项目那部分占多少)
HEAD_PART = re.compile(r"^(?:那|那么|其中)?(?P<head>[\u4e00-\u9fff]{2})(?:那部分|这部分|那块|这块"
                       r"|那一块|这一块)")


def _part_by_head(text: str, state: State) -> str:
    """The line with one of the last things said by its head (项目那部分) named in full, inside
    the whole the last question said it within (科学技术支出里); "" unless exactly one is."""
    m = HEAD_PART.match(text)
    named = [t for t in state.things if m and t.startswith(m["head"])]
    if len(named) != 1:
        return ""
    whole = next((t for t in (*state.things, *state.before) if t != named[0] and re.search(
        re.escape(t) + "(?:里|中|当中|里面)", state.question or "")), "")
    return whole + "里" + named[0] + text[m.end():] if whole else ""


def _one_of_two(text: str, state: State) -> str:
    """The line with 前者/后者 replaced by that one of the last two things (both asked in one
    line, or one after the other): 后者比前者多多少 names both."""
    m = ONE_OF_TWO.search(text)
    if m is None:
        return ""
    if len(state.turns) >= 2 and state.turns[-1][0] != state.turns[-2][0] and len(
            state.things) == 1:
        return ""  # 荷塘的支出总计, 普陀的支出合计, 后者是前者的几倍: the two departments'
    if len(state.things) == 2:
        two = state.things
    elif len(state.things) == 1 and state.before and state.before != state.things:
        two = (state.before[0], state.things[0])
    else:
        return ""
    return ONE_OF_TWO.sub(lambda m: two[0] if m.group(1).startswith(("前", "第一", "第1"))
                          else two[1], text)


def _pair_first(text: str, spans: list[tuple[int, int]], w: Words) -> bool:
    """The words for the last two (这俩, 两者) or for adding them (加起来…就是机关运行经费吗)
    are said before any thing the line names."""
    first = min(spans)[0]
    return any(0 <= text.find(p) < first for p in w.pair + w.each)


def _parts_named(residue: str, state: State, w: Words) -> list[tuple[str, str, bool]]:
    """支出总计, 其中教育呢: 教育支出 (the part with the whole's ending), else 支出总计教育 —
    each a question whose thing must contain what the follow-up said."""
    if len(residue) < 2 or len(state.things) != 1:
        return []
    return [(text, residue, False) for name in state.things + state.before[:1]
            for text in dict.fromkeys((residue + _tail(name, w), _head(name, w) + residue))
            if text != residue]


def _both_named(text: str, state: State, spans: list[tuple[int, int]]) -> str | None:
    """The follow-up with each of the last two things said in full where it names it by a
    part the other lacks (支出比收入多了多少 after 收入总计, 支出总计); None unless both are.
    A part ending another thing the follow-up names (教育 of 小学教育 after 高中教育) is none."""
    first, last = state.before[0], state.things[0]
    others = [text[a:b] for a, b in spans]
    for name, other in ((first, last), (last, first)):
        part = _own_part(name, other, text, [o for o in others if o not in name])
        if not part:
            return None
        text = text.replace(part, name, 1)
    return text


def _own_part(name: str, other: str, text: str, inside: list[str] = ()) -> str:
    """The longest run of two or more characters of `name` said in `text` that `other` lacks,
    and that ends no longer name in `inside` (小学教育 is a thing of its own, not 教育)."""
    for size in range(len(name), 1, -1):
        for i in range(len(name) - size + 1):
            part = name[i:i + size]
            if part in text and part not in other and not any(
                    n.endswith(part) and n != part for n in inside):
                return part
    return ""


def _names_before(text: str, state: State) -> bool:
    """The follow-up says two characters of the thing asked before the last one that the last
    thing's name does not have (捐赠 of 捐赠收入 after 其他收入)."""
    last = "".join(state.things)
    return any(name[i:i + 2] in text and name[i:i + 2] not in last
               for name in state.before for i in range(len(name) - 1)
               if "\u4e00" <= name[i] <= "\u9fff" and "\u4e00" <= name[i + 1] <= "\u9fff")


def _counterpart(text: str, state: State, w: Words) -> str:
    """The last question with one word swapped for its counterpart, when the follow-up says that
    word alone, or with a year (政府性基金收入多少, 支出呢: 政府性基金支出多少); "" when it says
    more, or the last question has no single such word."""
    said = leftover(text, w)  # 那16年支出呢: the year stays said
    thing = state.things[0] if len(state.things) == 1 else ""
    for word, other in w.counterparts:
        if said == word and state.question.count(other) == 1 and word not in state.question:
            return _strip(text, w.particles).replace(word, "", 1) + state.question.replace(
                other, word)  # 不对，我问的是支出: the correction's words are no part of it
        if said == word and thing.startswith(other) and word not in state.question:
            # 财政拨款结转结余 (answered as 年末…), 年初的呢: the thing's other side
            return _strip(text, w.particles).replace(word, "", 1) + thing.replace(other, word, 1)
    return ""


POINTED_INSIDE = re.compile(r"^(?:那么?|这)(?=里面|里头|里边|里|其中|当中|中|下面)")  # 那里面…
SIDE_COMPARED = re.compile(r"^(?:那么?)?(比|跟|和|与|较)(年初|年末|期初|期末)"
                           r"(?:那会儿?|那时候?|时候|时|的)?")


def _side_compared(text: str, state: State, w: Words) -> str:
    """比年初多了多少 after 年末结转和结余 alone: the last thing against its other side, by name
    (年末结转和结余比年初结转和结余…); "" otherwise."""
    said = SIDE_COMPARED.match(text)
    if said is None or len(state.things) != 1:
        return ""
    thing, word = state.things[0], said.group(2)
    for pair in w.counterparts:
        for x, y in (pair, pair[::-1]):
            if x == word and y in thing and x not in thing:
                return f"{thing}{said.group(1)}{thing.replace(y, x, 1)}{text[said.end():]}"
    return ""


def _both_sides(text: str, state: State, w: Words) -> str:
    """年末比年初多了多少 after 年末结转和结余 and 年初的 (上年结转和结余): the two side words said
    put back as the last two things, which differ by one side (one said in its own name, the
    other the remaining thing); "" otherwise."""
    if not state.things:
        return ""
    a = state.things[0]
    b = state.before[0] if state.before else ""
    if not any(a.replace(x, y, 1) == b for x, y in w.counterparts if x in a):
        b = next((a.replace(x, y, 1) for pair in w.counterparts for x, y in (pair, pair[::-1])
                  if x in a and y not in a and re.search(  # 年初结转和结余多少, 年末比年初
                      f"{x}[^，,。？?]{{0,4}}比{y}|{y}[^，,。？?]{{0,4}}比{x}", text)), "")
        if not b:  # 多了多少: the one thing asked and its other side
            return ""
    words = {x for pair in w.counterparts for x in pair}
    said = re.findall("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))), text)
    if len(set(said)) != 2 or len(said) != 2:
        return ""
    u, v = said
    meant = {}
    for word, other in ((u, v), (v, u)):
        own = [t for t in (a, b) if word in t and other not in t]
        if len(own) == 1:
            meant = {word: own[0], other: b if own[0] == a else a}
            break
    if not meant:
        return ""
    return re.sub(f"{re.escape(u)}|{re.escape(v)}", lambda m: meant[m.group(0)], text)


def _counterpart_named(text: str, spans: list[tuple[int, int]], state: State, w: Words) -> str:
    """财政拨款结转和结余年初多少, 到年底还剩多少 (年末结转和结余): the follow-up names the other
    side of the thing just asked more loosely than the asker named it; that thing's own other
    side is meant. (A name the engine narrowed by itself is not the asker's: 年末结转和结余, 年初
    的 stays 年初结转和结余.)"""
    if len(set(spans)) != 1:
        return ""
    start, end = spans[0]
    said = text[start:end]
    for thing in state.things:
        for word, other in w.counterparts:  # both ways round (Words.of)
            if word not in said or other not in thing or word in thing or \
                    thing.replace(other, "", 1) not in state.question:
                continue
            meant = thing.replace(other, word, 1)
            rest = iter(meant)
            if meant != said and all(ch in rest for ch in said):  # said's words, in order
                return text[:start] + meant + text[end:]
    return ""


# 哪个占比高, 谁的预算多: which of the two is higher, whatever kind of figure is compared
WHICH_HIGHER = re.compile(r"(?:哪个|哪家|哪一家|哪一个|哪边|谁)的?[\u4e00-\u9fff]{0,6}?"
                          r"(?:高|多|大|低|少|小)")


def which_higher_only(text: str) -> bool:
    """谁的多, 哪家高一些: a line that asks only which of the last two is higher."""
    return bool(re.fullmatch(r"(?:那|这)?(?:两个|两家|它们|他们)?(?:里|中)?" + WHICH_HIGHER.pattern
                             + r"(?:一些|一点|点)?(?:呢|啊|呀|吗)?", text))


def _other_side(text: str, last: str, w: Words) -> bool:
    """The follow-up says the bare word of the other side (收入 after 支出总计) among more words:
    it asks that side's own thing, not the last one."""
    return any(word in text and word not in last and other in last
               for word, other in w.counterparts if word in w.tails and other in w.tails)


STATED_OF = re.compile(r"^(完成|比|占|较|增|减|同比|与)|的$")  # 完成预算的0%: said of an item
ITEM_BREAK = re.compile(r"[,，、;；:：。(（)）]|其中|以及|和|及")
FIGURE_SAID = re.compile(r"(支出决算|决算|预算)?数?(为|共|达|是)?[\d.]+.*$")  # …费支出决算为0.00


def item_named(sentence: str, word: str) -> str:
    """The one part listed (after 其中) in the sentence last quoted whose name holds the word
    (政府采购金额…其中:货物采购金额4.79万元、服务采购金额246.47万元 + 服务 → 服务采购金额); ""
    when none or several. A word of a sentence's other clauses may start a new question."""
    pieces = [fold(p) for p in ITEM_BREAK.split(sentence.partition("其中")[2])]  # the parts
    names = {FIGURE_SAID.sub("", piece) for piece in pieces
             if word in piece and FIGURE_SAID.search(piece)}
    names = {n for n in names if word in n and n != word and not STATED_OF.search(n)}
    return names.pop() if len(names) == 1 else ""


def _listed_names(sentence: str) -> list[str]:
    """The names of the parts a sentence lists after 其中, each with its figure, in order."""
    pieces = [fold(p) for p in ITEM_BREAK.split(sentence.partition("其中")[2])]
    names = dict.fromkeys(FIGURE_SAID.sub("", p) for p in pieces if FIGURE_SAID.search(p))
    return [n for n in names if len(n) >= 2 and not STATED_OF.search(n)]


def defined_parts(sentence: str) -> list[str]:
    """The parts a definition says its term covers (…的支出,包括人员支出和公用支出): their names,
    in order; [] when it lists none."""
    listed = DEFINED_PARTS.search(sentence)
    return [p for p in re.split(r"和|及|与|、", listed.group(1)) if len(p) >= 2] if listed else []


DEFINED_PARTS = re.compile(r"包括([\u4e00-\u9fff、]{4,30}?)(?:等|。|；|;|,|，|$)")


def others_listed(sentence: str, things: tuple[str, ...]) -> list[str]:
    """The parts listed (after 其中) in the sentence last quoted other than the one just asked
    (工资福利支出 asked, 其他几项呢: the rest of that list, by their names); [] unless the thing
    asked is one of two or more parts listed."""
    unbracketed = re.sub(r"[(（]境[)）]", "境", sentence)  # 因公出国(境)费: one name
    names = [re.sub(r"^\d+[.、．]", "", n) for n in _listed_names(unbracketed)]
    said = [re.sub(r"[(（]境[)）]", "境", t) for t in things]
    asked = [n for n in names if any(n in t or t in n for t in said)]
    return [n for n in names if n not in asked] if len(names) >= 2 and len(asked) == 1 else []


# the rest of a list asked (其他几项呢, 其余的呢, 别的呢)
OTHERS_ASKED = re.compile(r"(?:那)?(?:其他|其余|别的|另外|剩下)的?(?:几|[两三四五])?"
                          r"(?:项|个|块|类)?(?:呢|分别是?多少|各是?多少|是多少|多少)?$")


def _pair_after_than(text: str, spans: list[tuple[int, int]], w: Words
                     ) -> tuple[int, int] | None:
    """Where the words for the last two are said after a 比 that follows every thing the line
    names (商品和服务支出比这两项加起来还多多少), their counting word with them; else None."""
    than = text.find("比", max(b for _, b in spans))
    found = [(i, i + len(p)) for p in w.pair if (i := text.find(p, than + 1)) > than >= 0]
    if not found:
        return None
    start, end = min(found, key=lambda s: (s[0], -s[1]))
    return start, end + (end < len(text) and text[end] in "项个者类块")


def _joined_pair(text: str, spans: list[tuple[int, int]]) -> bool:
    """Two things the line names itself, joined (基本工资加上津贴补贴): a sum of its own."""
    ordered = sorted(s for s in set(spans) if text[slice(*s)] not in SUM_NAMES)
    return any(JOINT_BETWEEN.fullmatch(text[a[1]:b[0]]) for a, b in pairwise(ordered))


SUM_NAMES = {"合计", "总计", "总额", "合计数", "总数"}  # 那俩合计和X: the sum asked, no thing


JOINT_BETWEEN = re.compile(r"加上|再加上|加|和|与|跟|及|、")


def items_named(sentence: str, text: str) -> str:
    """The text with each of two or more parts listed (after 其中) in the sentence last quoted
    said by its full name, where the text says it by its own word (政府采购货物支出…政府采购服务
    支出 + 货物跟服务各多少); "" unless two or more are said."""
    names = _listed_names(sentence)
    if len(names) < 2:
        return ""
    lead = os.path.commonprefix(names)
    if len(lead) < 2:  # parts named apart from a head they share (政府采购货物…), only
        return ""
    said = []
    for name in names:
        own = name[len(lead):]
        own = next((own[:-len(t)] for t in PART_ENDINGS if own.endswith(t)), own)
        if len(own) >= 2 and re.search(re.escape(own) + "(?![收支经费])", text) and \
                name not in text:  # (货物支出 said is a name of its own)
            said.append((own, name))
    if len(said) < 2:
        return ""
    full = dict(said)
    return re.sub("|".join(map(re.escape, sorted(full, key=len, reverse=True))),
                  lambda m: full[m.group(0)], text)  # each time said (…货物比服务多出几万)


PART_ENDINGS = ("支出", "收入", "经费", "费用", "费")  # what a part of a total shares with it


def _tail(name: str, w: Words) -> str:
    """支出总计 → 支出: the generic ending a part of the name shares with it ('' if none)."""
    tail = next((t for t in w.tails if name.endswith(t)), "")
    return next((k for k in PART_ENDINGS if k in tail), "")


def _head(name: str, w: Words) -> str:
    """政府采购支出总额 → 政府采购: the name without its generic ending."""
    for tail in w.tails:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
    return name
