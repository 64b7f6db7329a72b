"""Years as people write them (17年, 二〇一七年, 两千零二十四年, 今年/去年/前年/明年) → 2017年."""

from __future__ import annotations

import re

DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
         "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_SPELLED = re.compile(r"([〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})(?=年)")
_THOUSANDS = re.compile(r"(两|二)千(零?)([一二三四五六七八九十]{0,3})(?=年)")
_SHORT = re.compile(r"(?<![\d.])(\d{2})(?=年(?!代|内|来|间|前|后|以|多(?!多?少)|左))")  # 16年多少
# 今年/去年… standing for a year; 比去年 (a comparison) is left to the synonyms
_RELATIVE = re.compile(r"(?<![比较与和跟同较以过往当])"  # 当前年末: 当前 and 年末, no 前年
                       r"(今年|本年度|去年|上一年度|上一年|往前推一年|往前推1年|前一年|大前年|前年"
                       r"|(?<![到至])(?:明年|下一年度|下一年|后一年|后年)"  # 留到明年用: none
                       r"(?!想|打算|准备|要报|报考|考|上学|毕业|用|再用|接着|继续))"
                       r"(?!相比|比|同期)")  # 孩子明年想报…: the asker's plans name no year asked
OFFSET = {"今年": 0, "本年度": 0, "去年": 1, "上一年": 1, "上一年度": 1, "前一年": 1, "前年": 2,
          "往前推一年": 1, "往前推1年": 1,  # 往前推一年，收入大概多少: the year before
          "大前年": 3, "明年": -1, "下一年": -1, "下一年度": -1, "后一年": -1, "后年": -2}
# an earlier year asked for itself, not as the base of a comparison (比上年 stays a change)
EARLIER = re.compile(r"(?<![比较与和跟同较以加])(上年|上年度)(?!相比|比|同期|增|减|持平|初|末)")
# 加上年初结转: 加上 and 年初, no year before


def _tens(text: str) -> int | None:
    """二十四 → 24; 十 → 10; 五 → 5; '' → 0."""
    if not text:
        return 0
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = int(DIGIT[head]) if head else 1
        return tens * 10 + (int(DIGIT[tail]) if tail else 0)
    if len(text) == 1:
        return int(DIGIT[text])
    return None


def _full(two: int) -> int:
    return 2000 + two if two < 70 else 1900 + two


def spelled_out(text: str) -> str:
    """Every year written in Chinese numerals or two digits, in four digits."""
    def thousands(m: re.Match) -> str:
        rest = _tens(m.group(3))
        return m.group(0) if rest is None else str(2000 + rest)

    def spelled(m: re.Match) -> str:
        digits = "".join(DIGIT[c] for c in m.group(1))
        return digits if len(digits) == 4 else str(_full(int(digits)))

    text = _THOUSANDS.sub(thousands, text)
    text = _SPELLED.sub(spelled, text)
    return _SHORT.sub(lambda m: str(_full(int(m.group(1)))), text)


def relative(text: str, latest: int | None) -> str:
    """今年/去年/前年 (明年: forward) counted from the latest year loaded for the department;
    with no one department (两家今年…), 今年 is each one's latest year: no year said."""
    if latest is None:
        return _RELATIVE.sub(lambda m: "" if OFFSET[m.group(1)] == 0 else m.group(0), text)
    return _RELATIVE.sub(lambda m: f"{latest - OFFSET[m.group(1)]}年", text)


# a year written in four digits, as questions hold it once spelled_out: 2017年, 2024年度 (2027人,
# 2082.85万: a count or an amount, no year)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?![\d.人个件项次条台辆万元亿%])(年度|全年|年)?")


def asks_earlier(text: str) -> bool:
    """The question asks about the year before (上年的X), not for a change against it."""
    return EARLIER.search(text) is not None


def years_loaded(docs: dict, match) -> str:
    """The decline for a year not loaded: which years ARE loaded, for the department asked."""
    asked = match.named_docs or match.doc_ids  # (那2024年呢: the department talked about)
    scope = [d for key, d in docs.items() if not asked or key in asked]
    by_dept: dict[str, list[int]] = {}
    for doc in scope:
        by_dept.setdefault(doc.doc["department"], []).append(doc.doc["year"])
    loaded = "；".join(f"{dept}{'、'.join(map(str, sorted(ys)))}年度"
                      for dept, ys in by_dept.items())
    whose = next(iter(by_dept)) if len(by_dept) == 1 and len(scope) < len(docs) else ""
    return (f"{whose}没有{match.unknown_year}年的决算数据。目前载入的是：{loaded}。"
            "其他年份的数字不能用这些年度的数代替。")


# A sum per day or month (平均每天支出, 日均收入): words around a bare total that name no item
PER_DAY_OR_MONTH = r"平均|每个?[天日月]|[日月]均|一天|一个月"


# A part of the year (12月份, 第三季度, 上半年) or a figure per month/day: a disclosure's figures
# are the whole year's, so such a question is answered only by a sentence that names that part.
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
PART_OF_YEAR = re.compile(
    rf"(?<![\d个几多每近])({_MONTH}月份?)(?![\d一二三四五六七八九十]{{1,3}}[日号]|底|末|初)"
    r"|(第?[一二三四1-4]季度)|(上半年|下半年|前半年|后半年|半年度?)"
    r"|(每个?月|月均|每个?季度|每天|每日|日均|每周)")


# the whole year said as its span (1月到12月, 1-12月, 一月至十二月, 一季度到四季度)
WHOLE_SPAN = re.compile(r"(?:1|一)月(?:1日|1号|一日|一号)?(?:到|至|-|—|~|～)(?:12|十二)月"
                        r"(?:31日|31号|底)?份?|(?:第?[一1])季度(?:到|至|-|—|~|～)(?:第?[四4])季度")


def part_of_year(text: str) -> str | None:
    """The part of the year the question asks about, as said, or None for the whole year."""
    m = PART_OF_YEAR.search(WHOLE_SPAN.sub("全年", text))
    return m.group(0) if m else None
