"""What a question counts: people, cases, items, vehicles, times or money (intents/measures.yaml).

"大厅迎来送往了多少群众" asks for people, so 公务接待费's 1.33万元 is no answer to it however well
the words match; "一共接待了几位客人" is answered by a sentence stating so many 人, not by one
stating 百余批次. A question that names no measure fits every unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

ASK = r"(?:多少|(?<!哪)几)"  # 哪几项 asks which, not how many
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万余|余|多)?[\u4e00-\u9fff%]{1,2}")  # 420人, 12万余人次
LEAD = re.compile(r"^\D{0,3}?[\d.,]+\s*(?:万余|余|多)?")  # 近58000, 约8380, 12万余
HEAD = re.compile(rf"{ASK}(?:个|位|名|辆|台)?")


@dataclass(frozen=True)
class Measure:
    name: str
    units: tuple[str, ...]
    nouns: tuple[str, ...]
    unit_said: re.Pattern | None = None  # 多少件, 几位, 多少人次: the unit itself asked

    def counted_in(self, text: str) -> bool:
        """The question says the unit itself, not only a noun."""
        return self.unit_said is not None and self.unit_said.search(text) is not None

    def fits(self, value: str) -> bool:
        """A figure as written ("420人", "12万余人次", "1.33万元") is in one of these units."""
        unit = LEAD.sub("", value)
        return any(unit.startswith(u) for u in self.units) or (
            self.name != "money" and unit.startswith("万") and any(
                unit[1:].startswith(u) for u in self.units))

    def stated_in(self, text: str) -> bool:
        """The text states a number in one of these units."""
        return _stated(self, text)


@lru_cache(maxsize=16384)  # the same clauses are tested for every question asking a measure
def _stated(measure: Measure, text: str) -> bool:
    return any(measure.fits(m.group(0)) for m in FIGURE.finditer(text))


class Measures:
    """The measures of intents/measures.yaml and the words that ask each."""

    def __init__(self, section: dict) -> None:
        self._asked: list[tuple[re.Pattern, Measure]] = []
        for name, spec in (section or {}).items():
            counters = sorted(spec.get("counters", []), key=len, reverse=True)
            said = (f"{ASK}(?:{'|'.join(map(re.escape, counters))})(?!之|数)"
                    if counters else None)  # 几分之几 is a share, 几位数 a figure's magnitude
            measure = Measure(name, tuple(spec.get("units", [])), tuple(spec.get("nouns", [])),
                              re.compile(said) if said else None)
            nouns = sorted(spec.get("nouns", []), key=len, reverse=True)
            words = sorted(spec.get("words", []), key=len, reverse=True)
            parts = []  # the longest reading first: 几位客人 before 几位
            if nouns:
                parts.append(f"{ASK}(?:个|位|名|辆|台)?[\u4e00-\u9fff]{{0,4}}?"
                             f"(?:{'|'.join(map(re.escape, nouns))})")  # 多少办事的群众
            if said:
                parts.append(said)
            parts += [re.escape(w) for w in words]
            if parts:
                self._asked.append((re.compile("|".join(parts)), measure))

    def asked(self, text: str) -> Measure | None:
        """The measure the question asks for; None when it names none."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[Measure | None, str]:
        """The measure the question asks for (the earliest named) and the words that ask it
        ("几位" and "客人" of 几位客人), to be left out of a passage search — never what
        qualifies them (在编 of 多少在编人员); (None, "") when it names none."""
        found = [(m.start(), -len(m.group(0)), m.group(0), measure)
                 for pattern, measure in self._asked for m in [pattern.search(text)] if m]
        if not found:
            return None, ""
        measure = min(found, key=lambda f: f[:2])[3]
        said, longest = max(((f[2], f[3]) for f in found), key=lambda f: len(f[0]))
        noun = max((n for n in longest.nouns if said.endswith(n)), key=len, default="")
        head = HEAD.match(said)
        return measure, ((head.group(0) if head else "") + " " + noun if noun else said)
