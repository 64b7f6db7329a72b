"""Budget classification codes as people quote them (2080505, 科目201) → the row they name."""

from __future__ import annotations

import re

CODE = re.compile(r"(?<![\d.])(\d{7}|\d{5}|\d{3})(?![\d.%])")
# an item of the narrative listed with its code (1.小学教育(2050202),2023年度决算数为…)
CODED_ITEM = re.compile(r"^\s*\d{1,2}[.、．]\s*([^,，。:：(（]{2,30})[（(]\d{3,9}[）)]")
NAMED_AS_CODE = re.compile(r"科目|编码|代码|功能分类|类款项")


def code_names(rows) -> dict[str, str]:
    """Every (code, row) of the loaded tables, spaces removed (201 06 01 → 2010601), to its
    row."""
    names: dict[str, str] = {}
    for code, row in rows:
        if code:
            names.setdefault(code.replace(" ", ""), row)
    return names


# the row a code stands for asked (2050205是哪个科目, 30217对应什么): its name and meaning
CODE_ASKED = re.compile(r"(?<!\d)(\d{3,7})(?:这个|这一)?(?:科目|编码|代码)?"
                        r"(?:是|指|对应|代表)的?(?:是)?(?:哪个|哪一个|哪一|什么|啥)(?:科目|项目|项|类|款)?(?=$|[，,。？?\s])")


def expand_codes(text: str, names: dict[str, str]) -> str:
    """2080505那一行 → 机关事业单位基本养老保险缴费支出那一行; three digits only beside 科目."""
    if not names or not re.search(r"\d{3}", text):
        return text
    text = CODE_ASKED.sub(r"\1是什么", text)  # 2050205是哪个科目: what the row is

    def name(m: re.Match) -> str:
        code = m.group(1)
        if len(code) == 3 and not NAMED_AS_CODE.search(text):
            return code
        row = names.get(code, code)
        around = text[max(0, m.start() - len(row) - 1):m.end() + len(row) + 1]
        return "" if row != code and row in around else row  # 2050205高等教育: said once

    return CODE.sub(name, text)


# a count or an amount after the digits: 97573件, 20000元 are no codes
COUNTED_AFTER = re.compile(r"\s*(?:件|人|元|块|万|亿|个|次|%|条|批|辆|台|套|年|号|天|分|岁)")


def unknown_code(text: str, names: dict[str, str]) -> str | None:
    """A classification code quoted (2010350, 30217, 科目208) that no loaded table has: that
    code, never answered with a figure that happens to be near."""
    for m in CODE.finditer(text):
        code = m.group(1)
        if code in names or COUNTED_AFTER.match(text, m.end()):
            continue
        if (len(code) in (5, 7) and code[0] in "23") or (len(code) == 3 and code[0] in "23"
                                                         and NAMED_AS_CODE.search(text)):
            return code
    return None
