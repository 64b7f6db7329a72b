"""Budget classification codes as people quote them (2080505, 科目201) → the row they name."""

from __future__ import annotations

import re

CODE = re.compile(r"(?<![\d.])(\d{7}|\d{5}|\d{3})(?![\d.%])")
NAMED_AS_CODE = re.compile(r"科目|编码|代码|功能分类|类款项")


def code_names(rows) -> dict[str, str]:
    """Every (code, row) of the loaded tables, spaces removed (201 06 01 → 2010601), to its
    row."""
    names: dict[str, str] = {}
    for code, row in rows:
        if code:
            names.setdefault(code.replace(" ", ""), row)
    return names


def expand_codes(text: str, names: dict[str, str]) -> str:
    """2080505那一行 → 机关事业单位基本养老保险缴费支出那一行; three digits only beside 科目."""
    if not names or not re.search(r"\d{3}", text):
        return text

    def name(m: re.Match) -> str:
        code = m.group(1)
        if len(code) == 3 and not NAMED_AS_CODE.search(text):
            return code
        row = names.get(code, code)
        around = text[max(0, m.start() - len(row) - 1):m.end() + len(row) + 1]
        return "" if row != code and row in around else row  # 2050205高等教育: said once

    return CODE.sub(name, text)
