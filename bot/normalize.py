"""One text → text step, used for intent examples, stored names AND questions alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import opencc
from opencc import OpenCC

from bot import cache
from bot.years import WHOLE_SPAN, spelled_out

_T2S = OpenCC("t2s")


def _traditional() -> frozenset[str]:
    """Characters that t2s changes: text without any is already simplified (most questions and
    every mainland disclosure), so OpenCC's slow phrase search is skipped for it."""
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values.split(" ")[0] != key:
            chars.add(key)
    return frozenset(chars)


_TRADITIONAL = _traditional()

# what the normalised form of a text depends on besides the data: this code and its converter
_CODE = (Path(__file__).read_text(encoding="utf-8"),
         (Path(__file__).parent / "years.py").read_text(encoding="utf-8"),
         repr((lambda st: (st.st_size, st.st_mtime_ns))(Path(opencc.__file__).stat())))


def to_simplified(text: str) -> str:
    """OpenCC t2s, only where there is something to convert."""
    return _T2S.convert(text) if not _TRADITIONAL.isdisjoint(text) else text
_LATIN = re.compile(r"[a-z]")
_LATIN_WORD = re.compile(r"[a-z]+")
_KEEP = re.compile(r"[^0-9a-z\u4e00-\u9fff%.]+")
CN_NUM = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_AMOUNT = re.compile(r"([零一二两三四五六七八九十百千]+)"
                        r"(?=万元|元|人次|人|件|个|辆|台|套|项|条)")


def light_fold(text: str) -> str:
    """Width, case and traditional characters only: for whole documents searched for words."""
    return to_simplified(unicodedata.normalize("NFKC", text or "")).lower()


LISTED_NUMBERS = re.compile(r"(?<=\d)\s*、\s*(?=\d)")


@lru_cache(maxsize=16384)  # the vocabulary folds the same words many times
def fold(text: str) -> str:
    """Width, case, traditional characters and punctuation folded; nothing removed but noise."""
    text = unicodedata.normalize("NFKC", text or "")
    text = spelled_out(to_simplified(text).lower())
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = LISTED_NUMBERS.sub("和", text)  # 2016、2015: two numbers listed, never one
    text = _CN_AMOUNT.sub(lambda m: str(cn_to_int(m.group(1)) or m.group(1)), text)
    text = text.replace("百分之", "%").replace("几个点", "百分比")
    return _KEEP.sub("", text)


def number_said(text: str) -> int | None:
    """A count said in digits or in Chinese numerals (3, 三, 两) → 3; None when neither."""
    return int(text) if text.isdigit() else cn_to_int(text)


def cn_to_int(text: str) -> int | None:
    """一百二十 → 120; 百 → 100; None when it is not a plain Chinese numeral."""
    total, digit = 0, None
    for ch in text:
        if ch in CN_NUM:
            digit = CN_NUM[ch]
        elif ch in CN_UNIT:
            total += (digit if digit is not None else 1) * CN_UNIT[ch]
            digit = None
        else:
            return None
    total += digit or 0
    return total or None


class Normalizer:
    """fold() plus the project's data: typos fixed, polite padding dropped, synonyms unified."""

    def __init__(self, typos: dict[str, str], padding: list[str],
                 synonyms: list[tuple[str, str]],
                 guards: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
                 ) -> None:
        self.typos = sorted(((fold(k), fold(v)) for k, v in typos.items()),
                            key=lambda kv: -len(kv[0]))
        pads = sorted({fold(p) for p in padding if fold(p)}, key=lambda p: (-len(p), p))
        self.padding = re.compile("|".join(map(re.escape, pads))) if pads else None
        self.synonyms = sorted(((fold(v), fold(c)) for v, c in synonyms if fold(v) != fold(c)),
                               key=lambda vc: -len(vc[0]))
        self._by_first: dict[str, list[int]] = {}  # first character → synonyms starting so
        for i, (variant, _) in enumerate(self.synonyms):
            self._by_first.setdefault(variant[:1], []).append(i)
        self._guards = {fold(v): (tuple(map(fold, after)), tuple(map(fold, before)))
                        for v, after, before in guards}  # 社保|缴费, 附属|小学
        self._known: dict[str, str] = {}  # texts normalised at start-up, kept between runs
        self._learning, self._kept = False, 0
        self._key = cache.digest(repr(sorted(self.typos)), repr(sorted(pads)),
                                  repr(sorted(self.synonyms)), repr(sorted(self._guards.items())),
                                  *_CODE)

    def __call__(self, text: str) -> str:
        known = self._known.get(text)
        if known is not None:
            return known
        result = self.normalize(text)
        if self._learning:
            self._known[text] = result
        return result

    def start_up(self) -> None:
        """Until started(): what is normalised is remembered, and what an earlier start
        normalised with the same data and code is read back (the vocabulary, the intents'
        examples and cues: most of a cold start's normalising)."""
        kept = cache.read_json("juesuan-normalized", self._key)
        if isinstance(kept, dict) and all(isinstance(v, str) for v in kept.values()):
            self._known.update(kept)
        self._learning, self._kept = True, len(self._known)

    def started(self) -> None:
        """The start-up's texts are known; they are written for the next start when new."""
        self._learning = False
        if len(self._known) > self._kept:
            cache.write_json("juesuan-normalized", self._key, self._known)

    @lru_cache(maxsize=4096)  # noqa: B019 - one Normalizer lives as long as the process
    def normalize(self, text: str) -> str:
        """The text normalised (questions: cached for the process's life, bounded)."""
        text = PATH_SLASHED.sub("", PATH_STEPS.sub("", text))  # 教育支出>普通教育>小学教育,
        text = fold(text)  # 支出/功能分类/住房保障: the last step named
        text = YEAR_END.sub(r"\1年年\2", text)  # 2024年初结转: 2024年 and 年初, both said
        text = WHOLE_SPAN.sub("全年", text)  # 1月到12月: the whole year, no part of it
        text = CAPITALS.sub(_lower_numerals, text)
        english = len(_LATIN.findall(text)) * 2 > len(text)
        for wrong, right in self.typos:
            text = text.replace(wrong, right)
        text = POINTED_ITEM.sub("", text)  # before 花了 is 支出: 这个项目花了 is no 项目支出
        text = MORE_SPENT.sub("", text)  # before 花了 is 支出: 比B多花了多少 asks 比B多多少
        text = CANTONESE_WHY.sub("为什么", text)
        text = FORMAL_WHAT.sub("是多少", text)
        if self.padding is not None:
            stripped = self.padding.sub("", text)
            if len(stripped) >= 2:
                text = stripped
        for i in sorted(i for ch in set(text) for i in self._by_first.get(ch, ())):
            variant, canonical = self.synonyms[i]  # in order, only those that may be there
            text = _replace_outside(text, variant, canonical, *self._guards.get(variant, ((), ())))
        text = BOTH_ENDS.sub(_both_ends, text)
        text = SHARE_AS_IS.sub(r"占\1的\2", text)  # 事业收入是财政拨款收入的几成
        text = SHARE_INSIDE.sub(r"占\1的比重是多少", text)  # 公积金在住房保障支出里的份量有多大
        text = SCOPE_SHARED.sub(r"\1\2\3\4\1\5", text)  # 财政拨款收入总计跟支出总计
        text = BLOCK_SAID.sub("", text)  # 商品服务那块支出: the item's own 支出
        text = KIND_AGAIN.sub(r"\1", text)
        text = SPOKEN_THAT.sub("", text)
        if english:  # an English question: the words the lexicon did not know are noise
            text = _LATIN_WORD.sub("", text)
            asked = next((w for w in ("多少人", "多少") if text.startswith(w)), "")
            if asked and len(text) > len(asked):  # how much … spend: 支出多少; how many
                text = text[len(asked):] + asked  # people …: …多少人
        return text


# a year said with its start or end run together (2024年初, 17年末, 2023年底)
YEAR_END = re.compile(r"(?<!\d)((?:19|20)?\d{2})年([初末底])(?!年)")


# the steps down a path through the classification, said as a breadcrumb (教育支出>普通教育>
# 小学教育): two steps or more (an arrow joins things listed: 基本→项目→占比)
PATH_STEPS = re.compile(r"(?:(?<![\u4e00-\u9fff])[\u4e00-\u9fff（）()]{2,16}\s*"
                        r"(?:>|＞|›|»)\s*){2,}(?=[\u4e00-\u9fff])")


# a path said with slashes through the classification's own words (支出/功能分类/住房保障,
# 支出/经济分类/基本支出/工资福利): the last step (接待/公车/出国 各多少 lists three things)
_CLASS_WORDS = "支出|收入|功能分类|经济分类|基本支出|项目支出|财政拨款|部门决算|决算"
PATH_SLASHED = re.compile(rf"(?:(?:{_CLASS_WORDS})\s*[/／]\s*)+"
                          r"(?:[\u4e00-\u9fff（）()]{2,16}\s*[/／]\s*)*"
                          r"(?=[\u4e00-\u9fff])")


# a pointing word for a part said between an item and its money (商品服务那块2024年支出多少)
BLOCK_SAID = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:那|这)一?(?:块|部分)"
                        r"(?=(?:\d{4}年度?)?(?:支出|经费|收入))")


# numerals written as on cheques (贰佰陆拾贰万叁仟叁佰元, 壹佰万): two or more in a run are a
# number (a single one is a word's character: 队伍, 陆续)
CAPITALS = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟零一二三四五六七八九十百千万亿]*"
                      r"[壹贰叁肆伍陆柒捌玖拾佰仟][壹贰叁肆伍陆柒捌玖拾佰仟零一二三四五六七八九十百千万亿]*")
_CAPITAL_DIGITS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")


def _lower_numerals(m: re.Match) -> str:
    run = m.group(0)
    return run.translate(_CAPITAL_DIGITS) if len(run) >= 2 else run


# 年初年末结转结余 / 年初和年末的结转和结余: one name said once for both ends of the year
BOTH_ENDS = re.compile(r"(年初|年末|期初|期末)(?:和|与|及|跟|同)?(年初|年末|期初|期末)的?"
                       r"([\u4e00-\u9fff]{2,}?)(?=各|分别|都|是|为|有|多少|呢|吗|$)")

# 事业收入是财政拨款收入的几成: a share of the other, said with 是
SHARE_AS_IS = re.compile(r"(?<=[\u4e00-\u9fff])(?:差不多|大概|大约)?是([\u4e00-\u9fff]{2,14}?)的"
                         r"(几成|百分之几|%几|百分之多少|多少比例|几分之几|几分之一)")

# 住房公积金在住房保障支出里的份量有多大, 项目支出在教育支出里的比重是多少: a share of it
SHARE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])在([\u4e00-\u9fff]{2,14}?)(?:里面|里|中|当中)的?"
                          r"(?:份量|分量|比重|比例|占比)(?:有|是)?(?:多大|多少|几成|多高)")

# the funds said once before both sides (财政拨款收入总计跟支出总计): of each side
SCOPE_SHARED = re.compile(r"(财政拨款|政府性基金预算财政拨款|一般公共预算财政拨款)"
                          r"(收入|支出)(总计|合计)?(和|跟|与|及|、)(支出|收入)(?!总计和|合计和)")

# 社保就业那一类支出 → 社会保障和就业支出那一类支出: the kind said again after a name that
# ends with it is no second thing
KIND_AGAIN = re.compile(r"(支出|收入|经费)(?:那一类|这一类|那类|这类|那一块|这一块|那块|这块"
                        r"|那一项|这一项|那方面|这方面)的?\1")


# 行政单位离退休这一项支出, 产业政策扶持资金管理系统这个项目花了多少: a word pointing back at
# the name just said is neither 项目支出 nor a second thing
POINTED_ITEM = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!年)(?:这|那|该|此)(?:1|一)?个?"
                          r"(?:项(?=支出|花|用|的|多少|是|具体|总共|一共|$)"
                          r"|项目(?=花|用|的|多少|是|具体|总共|一共|$)"  # 那项目支出: 项目支出
                          r"|科目(?=花|用|的|多少|具体|总共|一共|$))")  # 机构运行这个科目花了多少


# 一般公共服务比科学技术多花了多少: the spending said after 多/少 is the difference asked,
# no 支出 of the second thing (科学技术多支出 is no name); 比上年多花了 keeps its 支出, and so
# does 收入多少花了多少 (an amount asked, then another)
MORE_SPENT = re.compile(r"(?<=[^最][多少])(?<!年[多少])(?<!预算[多少])(?<!多少)"
                        r"(?:花掉了|花了|花掉|花|用掉了|用了|用掉|用)(?=多少|\d)")


# 基本支出是不是就是养人的钱, 三公就是吃喝和车吧: a meaning put in plain words to be confirmed
# (是不是 said, or a particle or question mark closing it) asks the meaning of the thing said
# first; the plain words name no second thing (养人的钱 is no 人员经费 asked). Not a figure, a
# share, a rank, a sum, a pointing word or a name (两块加一起是不是就是基本支出, 就是零
# 吧, 最多的就是会议费吧, 我问的就是接待费, 也就是说, 请客吃饭的钱，就是公务接待费，多少)
DOUBT_CLOSING = r"(?:吧|吗|嘛|呗|呀|啊|么|对吧|对吗|是吧|是吗|没错吧|对不对)"
PLAIN_MEANING = re.compile(r"(?:^|(?<=[，,。？?！!；;\s]))"
                           r"((?:(?![最第哪我你问这那加合共总和与跟几多少是呢])[\u4e00-\u9fff]){2,12}?)"
                           r"[，,\s]?"
                           r"(?:其实|实际上|说白了|说到底)?(是不是|是否)?(?:也就|就)是(?!说)"
                           r"(?:(?![最第哪多少几〇半倍万亿元]|零(?![零碎星])|[一二两三四五六七八九十百千]+[十百千万块分个项成])"
                           r"[\u4e00-\u9fff]){2,16}?"
                           r"(?<!支出)(?<!收入)(?<!经费)(?<!资金)(?<!结余)(?<!拨款)(?<![费款])"
                           rf"(?(2){DOUBT_CLOSING}*|(?:{DOUBT_CLOSING}+[？?]*|[？?]+))(?=$|[，,。？?！!；;\s])")


def meaning_confirmed(question: str) -> str:
    """A question's meanings put in plain words to be confirmed asked as meanings (before the
    question is folded: its stops bound the clauses); the vocabulary's examples are kept."""
    return PLAIN_MEANING.sub(r"\1是什么意思", light_fold(question))


# 不算人员经费，基本支出还剩多少 / 基本支出扣掉人员经费还剩多少: a whole less a part said as an
# exclusion asks their difference (还剩 is no 结余 here)
LEFT_OUT = r"不算|扣掉|扣除|去掉|除去|除掉|刨去|刨掉|剔除|减掉|拿掉"
REMAINDER = r"(?:还剩|剩下|剩|还有|是|有|为)?(?:多少|几何)"
# what is left asked after the part taken out (…以后，剩下的有多少, 去掉以后还剩多少)
LEFT_ASKED = (r"(?:以外|之外|以后|之后|后)?[，,\s]*(?:还剩|剩下|剩余|余下|剩)(?:的|下的)?"
              r"(?:部分|[两三四五六七八九几](?:项|类|块|个))?"  # (剩下三项一共多少)
              r"(?:是(?:啥|什么|哪些|哪块)[，,、\s]*)?"  # (剩下的是啥，多少钱)
              r"(?:加起来|加在一起|合起来|一共|总共|合计)?(?:还有|有|是|为)?(?:多少|几何)")
# (除了行政运行，剩下的加起来多少: the rest, summed, is the whole less it)
EXCLUDED_FIRST = re.compile(rf"(?:{LEFT_OUT})([^，,。？?\s]{{2,14}}?)(?:的话|以后|之后)?[，,\s]+"
                            rf"([^，,。？?\s加和与跟及共]{{2,14}}?){REMAINDER}")  # one whole,
# no sum of the rest (除去财政拨款收入，事业收入加其他收入共多少: the sum asked)
EXCLUDED_AFTER = re.compile(rf"([^，,。？?\s]{{2,14}}?)(?:里面|里|当中|中)?(?:{LEFT_OUT}|除了)"
                            rf"(它|[^，,。？?\s]{{2,14}}?){LEFT_ASKED}")  # …，剩下的有多少 (它:
# the last thing, 基本支出去掉它)
# 支出总计减去财政拨款支出还剩多少: a subtraction said, what it leaves asked (还剩 is no 结余)
MINUS_LEFT = re.compile(rf"([^，,。？?\s]{{2,14}}?)(?:减去|减(?![少了免半轻税负]))"
                        rf"([^，,。？?\s]{{2,14}}?){LEFT_ASKED}")
# 除去财政拨款，剩下的收入占多少: the whole said after what is left (its share asked next)
REST_WORDS = r"(?:剩下|剩余|其余|余下)"  # what is left, said
REST_NAMED = re.compile(rf"(?:{LEFT_OUT})([^，,。？?\s]{{2,14}}?)(?:的话|以后|之后|后)?[，,\s]+"
                        rf"{REST_WORDS}的([^，,。？?\s]{{2,8}}?)还?(?=占|有多少|是多少)")


# where a side of the year's accounts is said from (the unit's name, its year, a pause)
SIDE_START = r"(?:^|(?<=[的心局校学年度，,\s]))"
# how the 财政拨款 part is said to pay for a thing (不是财政拨款安排的, 非财政拨款负担的)
FISCAL_PAID = r"(?:出|花|给|支付|来|安排|拨付|负担|承担)?"
# 总支出里不是靠财政拨款花的有多少: the total less its 财政拨款 part (社会保障和就业支出的收入
# is that row's)
NON_FISCAL_TOTAL = re.compile(SIDE_START + r"(?<!支出的)"
                              r"(总收入|总支出|收入|支出)"
                              r"(?:里|中|里面|当中|里头)?的?(?:不是|非)(?:靠|由|用)?财政拨款"
                              + FISCAL_PAID + r"的(?:部分|那部分|钱)?(?:有|是)?(?:多少|几何)")

# 非财政拨款收入一共多少, 不是财政的那部分收入有多少: the same, the side said after
NON_FISCAL_SIDE = re.compile(SIDE_START + r"(?:非|不是)(?:靠|由)?财政(?:拨款)?"
                             r"(?:出|花|给|来)?的?(?:那一部分|那部分|部分|那块)?(总收入|总支出|收入|支出)"
                             r"(?:一共|总共|合计|加起来)?(?:有|是)?(?:多少|几何)")


# the whole said first, by its name (no pointer: 这里面 is the last thing's), and what is asked
# of the part it holds
WHOLE_FIRST = r"(?<![里这那它其])(?!里|这|那|它|其中)([^，,。？?\s]{2,20}?)"
AMOUNT_WORDS = r"(?:算下来|一共|总共)?(?:有|是)?(?:多少|几何)"
PART_ASKED = rf"(?:部分|那部分|那块|钱)?还?{AMOUNT_WORDS}"
# 购房补贴收入里，财政拨款以外的部分有多少 / …里除了财政拨款还有多少: the whole less the part
# said outside it (no count: 还有多少项)
OUTSIDE_PART = re.compile(rf"{WHOLE_FIRST}(?:里面|里头|当中|里|中)[，,]?"
                          r"(?:(?:除了|除去|除开)([^，,。？?\s]{2,10}?)(?:以外|之外)?[，,]?"
                          r"(?:还有|其余的?|别的)|([^，,。？?\s]{2,10}?)(?:以外|之外)的?)"
                          rf"{PART_ASKED}(?![项个类条人家次])")


# 高等教育财政拨款以外的收入有多少: that row's side, less its 财政拨款 part
FISCAL_OUTSIDE_SIDE = re.compile(r"(?<=[\u4e00-\u9fff])财政拨款(?:以外|之外)的(收入|支出)"
                                 r"(?=(?:有|是|还有)?(?:多少|几何))")


# 非财政拨款的结转结余有多少: the thing named after, less its 财政拨款 part
NON_FISCAL_FIRST = re.compile(r"(?:非|不是)财政拨款的(?!那|这|部分|钱)([^，,。？?\s]{2,10}?)"
                              rf"(?={AMOUNT_WORDS})")


# 去掉财政拨款还剩多少: a part taken out of no whole named (the last thing's, in a conversation)
EXCLUDED_ALONE = re.compile(rf"(?:^|(?<=[，,。？?；;！!\s]))(?:那|那么)?(?:{LEFT_OUT})"
                            rf"([^，,。？?\s]{{2,14}}?){LEFT_ASKED}")


# the part put first with 把, then taken out (把捐赠那部分去掉, 把高等教育扣掉)
PUT_FIRST = (r"(?:那一部分|那部分|这部分|那块|这块)?"
             rf"(?:{LEFT_OUT}|去了|扣了|刨了)")
# 其他收入把捐赠那部分去掉还剩多少: the part put first, taken out of what is said before
TAKEN_OUT = re.compile(rf"把(它|[^，,。？?\s]{{2,10}}?){PUT_FIRST}{LEFT_ASKED}")
# 把高等教育扣掉，教育支出剩下还有多少 / …，剩下的教育支出有多少: the whole said after it
TAKEN_OUT_OF = re.compile(rf"把([^，,。？?\s]{{2,10}}?){PUT_FIRST}(?:的话|以后|之后|后)?[，,\s]+"
                          rf"(?:{REST_WORDS}的([^，,。？?\s加和与跟及共]{{2,14}}?)"
                          rf"(?:还有|有|是|为|还剩|剩)|(?!{REST_WORDS})([^，,。？?\s加和与跟及共]{{2,14}}?)"
                          rf"(?:还剩|剩下|剩余|余下|剩|还有)(?:的|下的)?(?:还有|有|是|为)?)(?:多少|几何)")


# 教育支出里不是财政拨款出的钱有多少, 年末结转和结余里，非财政拨款的部分: a row less its own
# 财政拨款 part
NON_FISCAL_PART = re.compile(rf"{WHOLE_FIRST}(?:里|中|里面|当中|里头)?[，,]?的?(?:不是|非)"
                             rf"(?:靠|由|用)?财政拨款{FISCAL_PAID}(?:的|(?=那部分|那块)){PART_ASKED}")


# 除了教育，剩下几类支出一共多少 / 除了教育支出以外，别的支出加起来: the year's spending less
# it (not 其他支出 said bare: a row of its own)
REST_OF_SIDE = re.compile(rf"(?:除了|除开|{LEFT_OUT})([^，,。？?\s]{{2,12}}?)(?:以外|之外)?"
                          r"(?:的话|以后|之后)?[，,\s]*(?:(?:剩下|其余|别的|余下|另外)的?(?:几|[两三四五六])?"
                          r"(?:大类|类|项|个|块)?|其他(?:几|[两三四五六])(?:大类|类|项|个|块)|其他的)"
                          r"的?支出(?:一共|加起来|合计|总共|共|加在一起|加一块儿?|加一起|合起来)?"
                          r"(?:花了|用了|是|有|为)?(?:多少|几何)")


# 除了教育以外，别的几类一共花了多少: the classes said by their count, the spending by its verb
REST_OF_CLASSES = re.compile(rf"(?:{SIDE_START}|(?<=[。？?；;那么]))(?:除了|除开|{LEFT_OUT})"
                             r"(它|[^，,。？?\s]{2,12}?)(?:以外|之外)?"
                             r"[，,\s]*(?:剩下|其余|别的|余下|另外|其他)的?[那这]?"
                             r"(?:(?:几|[两三四五六])(?:大类|类|项)|大类|类)"
                             r"(?:(?:一共|加起来|合计|总共|共|加在一起|加一块儿?|加一起|合起来)"
                             r"(?:花了|用了|花|开支了?|是|有|为|还剩|剩)?"
                             r"|花了|用了|花|开支了?)(?:多少|几何)")  # (别的几类合计多少: a sum)


YEAR_SPENDING = "本年支出合计"  # the whole the rest of the spending is worked out of


def _spending_less(m: re.Match) -> str:
    part = m.group(1)  # 除了教育: 教育支出 (除掉它: the last thing, pointed at)
    ending = "" if part.endswith("支出") or part in POINTING_WORDS else "支出"
    return f"{YEAR_SPENDING}减去{part}{ending}是多少"


POINTING_WORDS = ("它", "这个", "那个", "这项", "那项", "这一项", "这块", "那块", "这一块")


# 事业收入中不是教育收费的部分有多少: the whole less the part said with 不是 (财政拨款 aside,
# read above by its sides)
NOT_THE_PART = re.compile(r"([^，,。？?\s]{2,14}?)(?:里面|里头|当中|里|中)的?(?:不是|不属于|非)"
                          r"((?:(?!财政)[^，,。？?\s]){2,10}?)的(?:部分|那部分|那块|钱)?(?:有|是)?"
                          r"(?=多少)")


def _non_fiscal_total(m: re.Match) -> str:
    if "收入" in m.group(1):
        return "收入减去财政拨款收入是多少"
    return f"{YEAR_SPENDING}减去财政拨款支出总计是多少"  # (this year's: 收入支出总计 holds the
    # balance carried to the next)


def excluded_asked(question: str) -> str:
    """A whole less a part said as an exclusion, asked as their difference (Y减去X是多少)."""
    question = FISCAL_OUTSIDE_SIDE.sub(r"\1里不是财政拨款的部分", question)
    question = NON_FISCAL_FIRST.sub(r"\1里非财政拨款的部分", question)
    question = NON_FISCAL_TOTAL.sub(_non_fiscal_total, question)
    question = NON_FISCAL_SIDE.sub(_non_fiscal_total, question)
    question = REST_OF_SIDE.sub(_spending_less, question)
    question = REST_OF_CLASSES.sub(_spending_less, question)
    question = NON_FISCAL_PART.sub(r"\1减去财政拨款是多少", question)
    question = OUTSIDE_PART.sub(lambda m: f"{m.group(1)}减去{m.group(2) or m.group(3)}是多少",
                                question)
    question = NOT_THE_PART.sub(r"\1减去\2是", question)  # 事业收入中不是教育收费的部分有多少
    question = TAKEN_OUT_OF.sub(lambda m: f"{m.group(2) or m.group(3)}减去{m.group(1)}是多少",
                                question)  # 把高等教育扣掉，教育支出剩下… / …，剩下的教育支出有…
    question = TAKEN_OUT.sub(r"减去\1是多少", question)  # 把捐赠那部分去掉还剩多少
    question = EXCLUDED_ALONE.sub(r"减去\1是多少", question)  # of the last thing, in a talk
    question = EXCLUDED_AFTER.sub(r"\1减去\2是多少", question)
    question = MINUS_LEFT.sub(r"\1减去\2是多少", question)
    question = REST_NAMED.sub(r"\2减去\1是多少，剩下的", question)
    return EXCLUDED_FIRST.sub(r"\2减去\1是多少", question)


@lru_cache(maxsize=4096)  # a line is matched again for each clause and follow-up candidate
def rephrased(question: str) -> str:
    """A question with its plain-words meanings and its exclusions asked as such, before it is
    folded (their clauses are bounded by its stops)."""
    question = excluded_asked(meaning_confirmed(question))
    for said, asked in ASKED_PLAINLY:  # in this order
        question = said.sub(asked, question)
    return question


SHARE_WORDS = r"(?:百分之|几成|多少成|比例|比重|百分比|%)"
# 项目支出是基本支出的百分之几, 相当于…的几成: the share of the one named after (占); not 是
# 预算的几成 (its execution) nor a year's (a change)
# a share said as a bound (是基本养老保险缴费的一半吗, 是它的三成多): checked against it
SHARE_BOUND = r"(?:一半|[二三四五六七八九十]分之[一二三四五六七八九]|[一二三四五六七八九]成)"
IS_SHARE_OF = re.compile(r"(?:(?<!不)是(?![不否])|相当于)"
                         r"(?!年初|预算|上年|去年|前年|上一年|当年|它|其)"
                         rf"(?=[^，,。？?！!]{{2,16}}?的(?:{SHARE_WORDS}|{SHARE_BOUND}))")
# 机关运行经费放到基本支出里看，是百分之几: its share of the whole it is put in
PUT_IN = re.compile(rf"(?:放到|放在|放进|搁到)([^，,。？?！!]{{2,12}}?)(?:里面|里头|里|中|当中)看?"
                    rf"[，,]?(?:是|占|连)?(?={SHARE_WORDS}|多少)")  # (…里连百分之一都不到吧)
# 连其他收入的百分之一都不到吧, 有没有社保支出的一半, 够不够基本支出的四分之一: a share
# checked against a bound, of the one said after the checking word
BOUND_OF = re.compile(r"(?:连|有没有|够不够|够得上|超没超过|到没到|超过了?|超出|不到|不足|达到了?"
                      r"|高于|低于|少于|多于|够|有)([^，,。？?！!]{2,12}?)的"
                      r"(?=(?:一半|百分之[一二三四五六七八九十]+|[二三四五六七八九十]分之[一二三四五六七八九]"
                      r"|[一两二三四五六七八九]成|零头)(?:了|吗|吧|没|不|都|多|左右|以上|以下|$|[，,。？?！!]))")
# 支出超出收入多少: one over another by how much, asked as 比…多多少
OVER_BY = re.compile(r"(?:超出|超过|高出)(?!预算|年初|了?吗|没)([^，,。？?！!\d]{1,10}?)"
                     r"(?:多少|几)(?!倍)")
# 政府采购里服务比货物多多少, 采购中货物和服务各多少: the kinds of purchase said bare
PURCHASE_KINDS = r"(货物|工程|服务)(?:类)?"  # the template's three kinds of purchase
PURCHASES_BARE = re.compile(r"((?:政府)?采购(?:里面|里头|当中|之中|里|中)?的?)" + PURCHASE_KINDS
                            + r"(比|和|与|跟|同|及|、|是)" + PURCHASE_KINDS + r"(?!采购)")
# 服务是货物的几倍 (after the purchases were asked): the two kinds said bare, as a pair
PURCHASE_PAIR_BARE = re.compile(r"(?:^|(?<=^那)|(?<=^那么))" + PURCHASE_KINDS
                                + r"(比|和|与|跟|是)" + PURCHASE_KINDS + r"(?![采、])")
# 政府采购总额里服务类占了百分之多少: one kind said bare inside the whole
PURCHASE_KIND_BARE = re.compile(r"((?:政府)?采购(?:总额|金额|支出)?(?:里面|里头|当中|之中|里|中)"
                                r"的?)" + PURCHASE_KINDS + r"(?![采和与跟同及、比类])")
# 服务占采购总额多少比例, 货物在总采购里占几成: one kind said bare before its whole
PURCHASE_KIND_FIRST = re.compile(r"(?<![采购])" + PURCHASE_KINDS
                                 + r"(?=的?(?:占|在)(?:政府)?(?:采购|总采购))")
# 年末结转结余比年初多了多少: the opening balance said bare after its closing one
OPENING_ELIDED = re.compile(r"(年末的?)((?:财政拨款)?(?:结转(?:和)?)?结余)"
                            r"(的?(?:比|较|和|与|跟|相比))(年初|期初)(?!的?(?:财政拨款)?结转)")
# 收的比花的多了多少: the two sides said by their verbs, set against each other (收的 alone is
# no 收入: 收的什么费)
TAKEN_IN = r"(?:收的|收到的|收进来的|进的|进来的)"
PAID_OUT = r"(?:花的|花掉的|花出去的|用的|用掉的|支出去的)"
SIDES_BY_VERB = ((re.compile(rf"{TAKEN_IN}(?:钱)?比{PAID_OUT}(?:钱)?"), "收入比支出"),
                 (re.compile(rf"{PAID_OUT}(?:钱)?比{TAKEN_IN}(?:钱)?"), "支出比收入"))
# 总表最底下那个合计: the summary table's bottom line, printed 总计 (合计 names its parts' rows)
SUMMARY_BOTTOM = re.compile(r"(总表[^，,。？?]{0,10}?)(?:最底下|最下面|最下边|最后|底下|两边)"
                            r"[^，,。？?]{0,6}?合计(?:数)?")
# …最底下那个总的合计: the same, the table said before
GRAND_TOTAL = re.compile(r"(?:最底下|最下面|最下边|最后)[^，,。？?]{0,4}?总的合计")
# 财政拨款那张总表: the 财政拨款 summary table by its printed name
FISCAL_SUMMARY = re.compile(r"财政拨款(?:的|那张|这张)?(?:收支)?总表")
# relations asked in other words than the handlers read, asked in theirs, in this order: the
# 财政拨款 summary table by its name, the opening balance said whole, 超出X多少 as 比X多多少, a
# share asked without 占 (放到…里看是几成, 是…的百分之几), the two sides by their verbs, the
# summary table's bottom line
# 财政局管公务车辆的事吗: whether it is the unit's duty (负责公务车辆吗), no figure of it
MATTER_HANDLED = re.compile(r"(?:^|(?<=[局心校学院]))管([^，,。？?]{2,12}?)的事(?:情|儿)?"
                            r"(?=[吗么不没呢？?]|$)")
# 总支出里财政拨款占多少: the spending's own 财政拨款 part (its 财政拨款支出), no income; a row
# said before (教育支出里财政拨款) is that row's, read by its tables
FISCAL_OF_SPENDING = re.compile(r"(?:^|(?<=[的总部年心局校学院]))(支出(?:总计|合计)?)"
                                r"(里|中|当中|里面)的?财政拨款(?=占|的?(?:比重|比例|份额|多少|几成|百分))")
# 财政拨款项目支出占全校项目支出的几成: the 财政拨款 part of one thing over all its funds
FISCAL_OF_ITSELF = re.compile(r"财政拨款的?([^，,。？?\s占]{2,8}?)(?:在|占)"
                              r"(?:全校|全部|全单位|单位|学校|整个|总的?|所有|全口径)?的?\1"
                              r"(?:中|里|当中|里面)?(?=占|的)")


# 财政、事业、其他三块收入: heads of two listed with 、 and counted, sharing the side said once
# after (社保就业、卫生健康…三类支出: longer heads are names said short, left as said)
HEADS_LISTED = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[学局心的年里中是和在看]))"
                          r"((?:[\u4e00-\u9fff]{2}、){1,5}[\u4e00-\u9fff]{2})"
                          r"((?:[两三四五六七八]|几)(?:大块|块|项|类|种|个|大类))(收入|支出)")


def _heads_with_tail(m: re.Match) -> str:
    heads = m.group(1).split("、")
    return "、".join(h if h.endswith(m.group(3)) else h + m.group(3) for h in heads) + "这" + \
        m.group(2) + m.group(3)


ASKED_PLAINLY = ((FISCAL_SUMMARY, "财政拨款收入支出决算总表"), (FISCAL_OF_ITSELF, r"\1里财政拨款"),
                 (FISCAL_OF_SPENDING, r"\1\2财政拨款支出"),
                 (OPENING_ELIDED, r"\1\2\3\4\2"),
                 (OVER_BY, r"比\1多多少"), (PUT_IN, r"占\1的"), (IS_SHARE_OF, "占"),
                 (BOUND_OF, r"占\1的"),
                 (PURCHASES_BARE, r"\1\2采购\3\4采购"), (PURCHASE_PAIR_BARE, r"\1采购\2\3采购"),
                 (PURCHASE_KIND_BARE, r"\1\2采购"),
                 (PURCHASE_KIND_FIRST, r"\1采购"),
                 *SIDES_BY_VERB, (SUMMARY_BOTTOM, r"\1总计"), (GRAND_TOTAL, "总表总计"),
                 (MATTER_HANDLED, r"负责\1"), (HEADS_LISTED, _heads_with_tail))



# 点解 is Cantonese for 为什么, except inside words (重点解决, 难点解读, 点解释)
CANTONESE_WHY = re.compile(r"(?<![重难要焦观特弱疑盲优缺亮])点解(?![释说读决析答题])")


# 财政拨款收入为何: formal and Taiwanese 为何 after a figure's name, ending the question, asks
# what it is (为何减少 asks why)
FORMAL_WHAT = re.compile(r"(?<=[入出费计额数率款余])为何$")


# 荷塘区那个政务中心, 荷塘那个政务中心, 财政局那个财政局: 那个 said between a place and its
# office points at nothing
OFFICE = r"[\u4e00-\u9fff]{0,6}(?:中心|局|大学|学院|委员会|办公室)"  # (普陀区财政局)
SPOKEN_THAT = re.compile(r"(?<=[省市区县局])那个(?=[\u4e00-\u9fff])"
                         rf"|(?<=[\u4e00-\u9fff]{{2}})那个(?={OFFICE})")


def _both_ends(m: re.Match) -> str:
    first, second, head = m.groups()
    if first == second:
        return m.group(0)
    return f"{first}{head}和{second}{head}"


def _replace_outside(text: str, variant: str, canonical: str, not_before: tuple[str, ...] = (),
                     not_after: tuple[str, ...] = ()) -> str:
    """Replace variant by canonical, except where it already sits inside canonical or is
    followed by a word it must not stand before (社保缴费) or follows one it must not stand
    after (附属小学)."""
    if variant not in text:
        return text
    out, i = [], 0
    while i < len(text):
        if text.startswith(variant, i) and not text.startswith(not_before, i + len(variant)) \
                and not (not_after and text[:i].endswith(not_after)):
            window_start = max(0, i - len(canonical))
            window = text[window_start:i + len(canonical) + len(variant)]
            if canonical in window and _inside(text, i, variant, canonical):
                out.append(variant)
            else:
                out.append(canonical)
            i += len(variant)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _inside(text: str, i: int, variant: str, canonical: str) -> bool:
    offset = canonical.find(variant)
    while offset != -1:
        start = i - offset
        if start >= 0 and text.startswith(canonical, start):
            return True
        offset = canonical.find(variant, offset + 1)
    return False
