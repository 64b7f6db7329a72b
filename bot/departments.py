"""Department names: each loaded department known by its full name and the short forms people
derive from it (rules over the name's parts, intents/departments.yaml), found in a question with
neighbours (another district's bureau, the city's own bureau) told apart from the loaded one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from bot.intents import section

MIN_NAME = 3  # shorter forms (财政, 中心) are words, not names
CLOSEST_CUTOFF = 45.0  # fuzz.partial_ratio of a mention against a loaded name worth suggesting
CLOSEST_LIMIT = 5
ROMAN_WORD = re.compile(r"[A-Za-z]+")
ROMAN_JOIN = re.compile(r"[\s\-']*")  # He Tang, He-tang: one name written in parts
ROMAN_PARTS = 5  # at most so many written words make one name (cai zheng ju, bureau of finance)
ROMAN_MIN = 4  # shorter romanisations (anhui is 5) are too likely English words
SCHOOLS = ("大学", "学院")
LEVELS = "省市区县"  # said alone before an office: 区财政局
OFFICE_ENDS = ("中心", "局", "大学", "学院", "委员会", "办公室")  # how office names end
# the unit called by its kind alone, at the start of a clause (那学校…, 中心的…), and the ends
# of the names of that kind
UNIT_KINDS = (("学校", SCHOOLS + ("学校",)), ("高校", SCHOOLS), ("中心", ("中心",)),
              ("局里", ("局",)))
KIND_SAID = re.compile(r"(?:^|[，,。？?！!\s]|\d{2,4}年度?的?)"  # 17年那个中心: after a year too
                       r"(?:那个|这个|那|这|该|他们|咱们|我们|你们)?(学校|高校|中心|局里)")
KIND_OF_SCHOOL = re.compile(r"(是不是|是否|算不算|属于|算|是|个|所|一所|一个)?"
                            r"(重点|一流|双一流|综合性?|名牌|本科|公办|民办|部属|省属|985|211|普通|高等|好)"
                            r"(大学|学院)")  # 是重点大学吗: a kind of school, no name
# the words of a question said just before a name, with nothing of a place (多少区财政局)
ASKED_BEFORE = re.compile(r"多少|为啥|为什么|什么|怎么|咋|是|的|了|呢|吗|花|有|年")
LEAD_WORDS = re.compile(r"^(以及|还有|和|与|跟|及|同|对比|比较|比|或|多少|什么|为啥|为什么|怎么|咋"
                        r"|觉得|在看|看|想|了解|一下)+")  # said before a name, not of it
# 这所大学, 一所大学 name no one
DEICTIC = re.compile(r"^(这|那|该|本|贵|咱|我|你|他|此|哪|某|所|每|各|个|少个|有?多少个?"
                     r"|有?[一两几1-9][所个家])")  # (有几个学院: a count of them)
DEICTIC_LEAD = re.compile(r"^(?:那么|那个|这个|那|这)")  # 那(么)普陀区教育局: a place follows
# Something named like a department (a place, then an office): 芦淞区政务服务中心, 教育局.
# characters of grammar that no place or office name holds (对 in 准备对区财政局, 了 in 除了…局)
POINTED = r"(?:的)?(?:那一家|那家|那个|那边|那儿|那里|这家|这边|这个)"  # 财政那家, 上海那个
POINTER = re.compile(POINTED)
POINTER_INSIDE = re.compile(r"^年?(?:那个|这个|那家|这家|哪个|哪家)")  # 24年那个局: no name
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")  # 1个区: a count, no place
NOT_IN_NAMES = "的了对在是吗呢我你他她们这么被把给让说听问看想跟或还也就"
NAME_CHAR = rf"[^\W\d_a-zA-Z{NOT_IN_NAMES}]"
MENTION = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:省|市|区|县)[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|中心|厅|院|部)"
    rf"|(?<![这那哪该本我]){NAME_CHAR}{{2,5}}(?<![布格结大全当棋饭贵本我你该此])(?:局|厅)(?![长里内])"
    r"|(?<![这那哪该本我贵多几个])[\u4e00-\u9fff]{2,6}?(?:大学|学院)(?!生)"  # 大学生: a student
    r"|(?<![这那哪该本我贵])[\u4e00-\u9fff]{0,4}?政务(?:服务)?中心")  # (荷塘)政务中心


@dataclass(frozen=True)
class Rules:
    region_suffixes: tuple[str, ...]
    not_regions: frozenset[str]
    kinds: tuple[str, ...]
    shortenings: tuple[tuple[str, tuple[str, ...]], ...]
    party_prefixes: tuple[str, ...]
    english: tuple[tuple[str, str], ...] = ()  # an English name, letters only → the Chinese
    kind_initials: tuple[tuple[str, str], ...] = ()  # 大学 → 大: 西南大学 is also 西大
    initial_not_before: frozenset[str] = frozenset()  # 东西大概: 大 starts another word
    initial_after: frozenset[str] = frozenset()  # 今年西大: 年 ends a word (广西大学: 广 does not)
    places: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a province and its cities


    @classmethod
    def of(cls, data: dict) -> Rules:
        """The rules as intents/departments.yaml states them."""
        shortenings = tuple(sorted(((str(k), tuple(map(str, v)))
                                    for k, v in data["shortenings"].items()),
                                   key=lambda kv: -len(kv[0])))
        english = tuple((_letters(name), str(chinese))
                        for chinese, names in (data.get("english") or {}).items()
                        for name in names)
        return cls(tuple(data["region_suffixes"]), frozenset(data["not_regions"]),
                   tuple(sorted(data["kinds"], key=len, reverse=True)), shortenings,
                   tuple(data["party_prefixes"]), english,
                   tuple((str(k), str(v)) for k, v in (data.get("kind_initials") or {}).items()),
                   frozenset(map(str, data.get("kind_initial_not_before") or ())),
                   frozenset(map(str, data.get("kind_initial_after") or ())),
                   tuple((str(k), tuple(map(str, v or ())))
                         for k, v in (data.get("places") or {}).items()))


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The naming rules, read once, when no IntentData hands them over."""
    return Rules.of(section("departments"))


@dataclass(frozen=True)
class Parts:
    """上海市普陀区财政局 → regions (上海市, 普陀区), core 财政局."""

    full: str
    regions: tuple[str, ...]
    core: str
    party: str = ""

    @property
    def inner(self) -> str:
        return self.regions[-1] if self.regions else ""


def parse(full: str, r: Rules | None = None) -> Parts:
    """Split a department's full name into its regions and its core."""
    r = r or rules()
    rest, party = full, ""
    for prefix in r.party_prefixes:
        if rest.startswith(prefix):
            party, rest = prefix, rest[len(prefix):]
            break
    regions: list[str] = []
    while True:
        cut = _region_at_start(rest, r)
        if not cut:
            break
        regions.append(rest[:cut])
        rest = rest[cut:]
    if regions and rest.startswith("委"):  # 普陀区委社会工作部: the party committee of 普陀区
        rest = regions[-1][-1] + rest
    return Parts(full, tuple(regions), rest, party)


def _region_at_start(text: str, r: Rules) -> int:
    """Length of a region name (普陀区) at the start of text, when a name follows it."""
    for end in range(3, min(len(text), 9)):
        head = text[:end]
        suffix = next((s for s in r.region_suffixes if head.endswith(s)), None)
        if suffix and len(head) - len(suffix) >= 2 and len(text) - end >= 2:
            if head[-2:] in r.not_regions or head in r.not_regions:
                return 0
            return end
    return 0


def region_forms(region: str, r: Rules | None = None) -> list[str]:
    """普陀区 → 普陀区, 普陀; a two-character name keeps its ending (the stem alone is a word)."""
    r = r or rules()
    suffix = next((s for s in r.region_suffixes if region.endswith(s)), "")
    stem = region[: len(region) - len(suffix)]
    return [region, stem] if suffix and len(stem) >= 2 else [region]


def core_forms(core: str, r: Rules | None = None) -> list[str]:
    """财政局; 政务服务中心 → 政务中心; 规划和自然资源局 → 规资局; 科学技术局 ↔ 科技局."""
    r = r or rules()
    forms = {core}
    for word, shorts in r.shortenings:
        for form in list(forms):
            if word in form:
                forms.update(form.replace(word, s) for s in shorts)
            for s in shorts:  # 科技局 loaded literally is also asked for as 科学技术局
                if s in form and word not in form and len(s) >= 2:
                    forms.add(form.replace(s, word))
    for form in list(forms):
        if "和" in form[1:-1]:
            forms.add(form.replace("和", ""))
    for form in list(forms):
        initials = _initials(form, r)
        if initials:
            forms.add(initials)
    return [f for f in forms if len(f) >= MIN_NAME]


def _initials(form: str, r: Rules) -> str | None:
    """社会工作部 → 社工部, 规划资源局 → 规资局: first character of each two-character word."""
    kind = next((k for k in r.kinds if form.endswith(k) and len(form) > len(k)), None)
    if kind is None:
        return None
    stem = form[: len(form) - len(kind)]
    lead = ""
    if stem[:2] in ("区委", "市委", "县委", "省委"):
        lead, stem = stem[:2], stem[2:]
    if len(stem) < 4 or len(stem) % 2 or "和" in stem:
        return None
    short = "".join(stem[i] for i in range(0, len(stem), 2))
    return lead + short + (kind if len(kind) == 1 else kind[-2:])


def names_of(full: str, r: Rules | None = None) -> dict[str, int]:
    """Every name of one department → its rank: 0 the full name, 1 with its district, 2 bare."""
    r = r or rules()
    parts = parse(full, r)
    names: dict[str, int] = {full: 0}
    if parts.party:
        names.setdefault(full[len(parts.party):], 0)
    cores = core_forms(parts.core, r)
    bare_cores = set(cores)
    if parts.core[:2] in ("区委", "市委", "县委", "省委"):  # 区委社会工作部 → 社会工作部 too
        bare_cores |= set(core_forms(parts.core[2:], r))
    inner = region_forms(parts.inner, r) if parts.regions else []
    outer = parts.regions[:-1]
    for core in bare_cores:
        names.setdefault(core, 2)
    for core in cores:
        for region in inner:
            names.setdefault(region + core, 1)
            for out in outer:
                for o in region_forms(out, r):
                    names.setdefault(o + region + core, 1)
        kind = next((k for k in r.kinds if core.endswith(k) and len(core) - len(k) >= 2), None)
        if kind and len(inner) > 1:  # 普陀财政: the district alone with the kind of office
            names.setdefault(inner[1] + core[: len(core) - len(kind)], 1)
    names = {n: rank for n, rank in names.items() if len(n) >= MIN_NAME}
    for kind, short in r.kind_initials:  # 西南大学 → 西大, a name though two characters
        if parts.core.endswith(kind) and len(parts.core) > len(kind):
            names.setdefault(parts.core[0] + short, 2)
    return names


def initial_form(name: str, r: Rules) -> bool:
    """A two-character name made of a stem's first character and a short kind (西大)."""
    return len(name) < MIN_NAME and any(name.endswith(short) for _, short in r.kind_initials)


@dataclass(frozen=True)
class Found:
    """What a question says about departments."""

    named: tuple[str, ...] = ()  # departments (full names), in the order named
    ambiguous: tuple[tuple[str, ...], ...] = ()  # a name several loaded departments answer to
    unknown: str | None = None  # a department named that is not loaded
    spans: tuple[tuple[int, int], ...] = field(default=())

    def places(self) -> tuple[int, ...]:
        """Where each name was in the text cut without them (joint ""), in order: what is said
        after one and before the next is said of it."""
        out, removed = [], 0
        for start, end in sorted(self.spans):
            out.append(start - removed)
            removed += end - start
        return tuple(out)

    def cut(self, text: str, joint: str = "") -> str:
        """The text the names were found in, without them (each left as `joint`)."""
        for start, end in sorted(self.spans, reverse=True):
            text = text[:start] + joint + text[end:]
        return text


class Directory:
    """Every loaded department's names, found in a text by longest match; built once."""

    def __init__(self, departments: Iterable[str],
                 normalize: Callable[[str], str] = lambda s: s, r: Rules | None = None) -> None:
        r = r or rules()
        self.rules = r
        self.departments = list(dict.fromkeys(departments))
        self._names: dict[str, dict[str, int]] = {}  # name → {department: rank}
        self._regions: dict[str, set[str]] = {}  # region form → departments it is the inner of
        self._outer: dict[str, set[str]] = {}  # region form → departments it is outer of
        for department in self.departments:
            for name, rank in names_of(department, r).items():
                for form in {name, normalize(name)}:
                    if len(form) >= MIN_NAME or initial_form(form, r):
                        ranks = self._names.setdefault(form, {})
                        ranks[department] = min(rank, ranks.get(department, 9))
            parts = parse(department, r)
            for form in region_forms(parts.inner, r) if parts.regions else []:
                self._regions.setdefault(normalize(form), set()).add(department)
            for region in parts.regions[:-1]:
                for form in region_forms(region, r):
                    self._outer.setdefault(normalize(form), set()).add(department)
        self._places = _place_forms(r)  # 浙江省, 浙江, 舟山市, 舟山 → the place
        self._own_places = {d: _own_places(d, r) for d in self.departments}
        called: dict[str, set[str]] = {}  # 财政, 政务, 上海, 湖南 → departments so called
        for department in self.departments:
            for word in _stems(department, r) | self._own_places[department]:
                called.setdefault(normalize(word), set()).add(department)
        self._called = {w: next(iter(d)) for w, d in called.items()  # …by one department only
                        if len(w) >= 2 and len(d) == 1}
        self._called_longest = max(map(len, self._called), default=0)
        self._places_longest = max(map(len, self._places), default=0)
        self._longest = max(map(len, self._names), default=0)
        self._shortest = min(map(len, self._names), default=MIN_NAME)

    def find(self, text: str) -> Found:
        """The departments a text names, longest names first, neighbours told apart."""
        named: list[str] = []
        ambiguous: list[tuple[str, ...]] = []
        spans: list[tuple[int, int]] = []
        unknown = None
        i = 0
        while i < len(text):
            hit = self._name_at(text, i)
            if hit is None:
                i += 1
                continue
            name, owners = hit
            start, end = i, i + len(name)
            end += _kind_after(text, end, name, owners)
            end += _pointer_after(text, end)  # 荷塘那个, 普陀那边: the name and its pointer
            region, owners = self._region_before(text, start, name, owners)
            if region is not None and not owners:
                unknown = unknown or region + name
                i = end
                continue
            start -= len(region or "")
            leveled = region is None and start > 0 and text[start - 1] in LEVELS
            if leveled:
                start -= 1  # 区财政局, 市教育局: the level said alone is part of the name
            if leveled and text[:start].endswith(OTHERS_BEFORE):
                unknown = unknown or text[start - 2:end]  # 其他区财政局: other units of that
                i = end  # kind, never the one loaded
                continue
            spans.append((start, end))
            if len(owners) == 1:
                if owners[0] not in named:
                    named.append(owners[0])
            else:
                ambiguous.append(tuple(owners))
            i = end
        if not (named or ambiguous or unknown):
            return self._loosely(text)
        rest = text
        for start, end in spans:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        also = self._loosely(rest) if not unknown else Found()
        if len(also.named) == 1:  # 荷塘那个中心和普陀财政; 政务中心…，荷塘区那个: the same one
            if also.named[0] not in named:  # named again, its words cut out too
                named.append(also.named[0])
            spans.extend(also.spans)
        unknown = unknown or also.unknown  # 西南大学和重庆大学: the second is not loaded
        return Found(tuple(named), tuple(ambiguous), unknown, tuple(spans))

    @cached_property
    def romanised(self) -> dict[str, str]:
        """Each loaded department's places and bare names in pinyin → the Chinese (hetang → 荷塘,
        zhuzhou → 株洲, caizhengju → 财政局), and the offices' English names (finance bureau →
        财政局); built only when a question is written in letters."""
        from pypinyin import lazy_pinyin  # its tables take a third of a second to load

        forms: dict[str, str] = dict(self.rules.english)
        for department in self.departments:
            parts = parse(department, self.rules)
            words = [f for region in parts.regions for f in region_forms(region, self.rules)]
            words += [name for name, rank in names_of(department, self.rules).items()
                      if rank == 2] + [department]  # xinan daxue: a name with no place in it
            for word in words:
                roman = _letters("".join(lazy_pinyin(word)))
                if len(roman) >= ROMAN_MIN and roman.isascii():
                    forms.setdefault(roman, word)
        return forms

    @lru_cache(maxsize=1024)  # noqa: B019 - asked of one question by the matcher and the engine
    def sinicise(self, text: str) -> str:
        """A loaded department's place or name written in pinyin, put back in Chinese: "Hetang
        center" → "荷塘 center", so that it is found like any name (and an unloaded place stays an
        unknown word)."""
        words = list(ROMAN_WORD.finditer(text))
        if not words:
            return text
        out, i, last = [], 0, 0
        while i < len(words):
            for size in range(min(ROMAN_PARTS, len(words) - i), 0, -1):
                group = words[i:i + size]
                if any(not ROMAN_JOIN.fullmatch(text[a.end():b.start()])
                       for a, b in zip(group, group[1:], strict=False)):
                    continue
                chinese = self.romanised.get(_letters("".join(w.group(0) for w in group)))
                if chinese:
                    out += [text[last:group[0].start()], chinese]
                    last, i = group[-1].end(), i + size
                    break
            else:
                i += 1
        return "".join(out) + text[last:] if out else text

    def _loosely(self, text: str) -> Found:
        """No name said exactly: an office named loosely (文旅局 for 文化旅游广电体育局), else
        the district alone when one loaded department is in it; else an office not loaded."""
        mention = self._mention(text)
        if mention:
            word = LEAD_WORDS.sub("", mention.group(0))
            region = next((f for f in sorted(self._regions, key=len, reverse=True)
                           if f in word[:-1]), None) or _last_region(word, self.rules)
            if region and all(ch in LEVELS for ch in region):
                region = None  # 区财政局, 区政务服务中心: the level said alone, no place
            if region:
                word = word[word.rfind(region):]
            core = word[len(region):] if region else word
            pool = [d for d in self.departments if not region or any(
                f in self._regions and d in self._regions[f]
                for f in region_forms(region) + [region])]
            owners = [d for d in pool if len(core) >= MIN_NAME
                      and core[-1] == parse(d, self.rules).core[-1]
                      and LCSseq.similarity(core, parse(d, self.rules).core) == len(core)]
            span = ((mention.start(), mention.end()),)
            if len(owners) == 1:
                return Found((owners[0],), spans=span)
            if owners:
                return Found(ambiguous=(tuple(owners),), spans=span)
            return Found(unknown=word)
        named: list[str] = []
        spans: list[tuple[int, int]] = []
        for form in sorted(self._regions, key=len, reverse=True):
            where = text.find(form)
            if where < 0 or len(form) < 2 or any(a < where + len(form) and where < b
                                                 for a, b in spans):
                continue  # 普陀 inside 普陀区, found already
            owners = sorted(self._regions[form])
            end = where + len(form)
            end += _kind_after(text, end, form, owners)
            span = (where, end + _pointer_after(text, end))  # 荷塘那个: and its pointer
            if len(owners) > 1:
                if not named:
                    return Found(ambiguous=(tuple(owners),), spans=(span,))
                continue
            spans.append(span)
            if owners[0] not in named:  # 荷塘和普陀: both districts, each its department
                named.append(owners[0])
        if named:
            return Found(tuple(named), spans=tuple(spans))
        return self._pointed(text) or self._by_kind(text)

    def _pointed(self, text: str) -> Found | None:
        """财政那家, 政务那边, 上海那个: a unit called by what it does or where it is, then pointed
        at; only when one loaded department is so called (the longest such name, first said)."""
        best = None
        for pointer in POINTER.finditer(text):
            word = _ending(text[:pointer.start()], self._called, self._called_longest)
            start = pointer.start() - len(word)
            if word and (best is None or (len(word), -start) > best[0]):
                best = ((len(word), -start), word, start, pointer.end())
        if best is None:
            return None
        _, word, start, end = best
        return Found((self._called[word],), spans=((start, end),))

    def _by_kind(self, text: str) -> Found:
        """学校一年交了多少公积金: the unit called by its kind alone is the one loaded department
        of that kind; none of that kind loaded (学校 with only a bureau) is a unit not loaded."""
        said = KIND_SAID.search(text)
        if said is None:
            return Found()
        endings = next(ends for word, ends in UNIT_KINDS if word == said.group(1))
        owners = [d for d in self.departments
                  if parse(d, self.rules).core.endswith(endings)]
        if len(owners) == 1:  # the word stays in the question (中心名下车辆数): no name cut
            return Found((owners[0],))
        return Found(unknown=said.group(1)) if not owners else Found()

    def _name_at(self, text: str, i: int) -> tuple[str, list[str]] | None:
        for size in range(min(self._longest, len(text) - i), self._shortest - 1, -1):
            owners = self._names.get(text[i:i + size])
            if owners and size < MIN_NAME and (
                    text[i + size:i + size + 1] in self.rules.initial_not_before
                    or i and "\u4e00" <= text[i - 1] <= "\u9fff"
                    and text[i - 1] not in self.rules.initial_after):
                continue  # 东西大概: 西大 only where it starts a word and 大 ends one
            if owners:
                best = min(owners.values())  # a name loaded literally wins over a short form
                return text[i:i + size], sorted(d for d, rank in owners.items() if rank == best)
        return None

    def _region_before(self, text: str, start: int, name: str, owners: list[str]
                       ) -> tuple[str | None, list[str]]:
        """A region said just before a name decides whose it is: 荷塘区财政局 is not 普陀区's."""
        before = text[max(0, start - 8):start]
        named_region = next((f for f in sorted(self._regions, key=len, reverse=True)
                             if before.endswith(f)), None)
        if named_region is None:
            named_region = next((f for f in sorted(self._outer, key=len, reverse=True)
                                 if before.endswith(f)), None)
        if named_region is None:
            place, keep = self._place_before(before, owners)
            word = _region_word(before, self.rules)
            if word is not None and not ASKED_BEFORE.sub("", word).strip(LEVELS):
                word = None  # 多少区财政局, 为啥区政务服务中心: asking words and a level
            if word is None or place and len(place) >= len(word):
                return place, keep  # 湖南荷塘区…: the province it is in; 舟山普陀区…: another
            return word, []  # a place no loaded department is in
        has_region = [d for d in owners if any(name.startswith(f) for f in region_forms(
            parse(d, self.rules).inner, self.rules)) and parse(d, self.rules).regions]
        if has_region and len(has_region) == len(owners):
            keep = [d for d in owners if d in self._outer.get(named_region, set())
                    or d in self._regions.get(named_region, set())]
        else:
            keep = [d for d in owners if d in self._regions.get(named_region, set())]
        return named_region, keep

    def is_place(self, word: str) -> bool:
        """A province or city this directory knows (舟山, 浙江舟山, 湖南省)."""
        form = _ending(word, self._places, self._places_longest)
        return bool(form) and word.endswith(form)

    def _place_before(self, before: str, owners: list[str]) -> tuple[str | None, list[str]]:
        """A province or city said just before a name (舟山普陀区财政局, 湖南的荷塘区…): the
        departments it can be of, those whose own places it is or holds (a department whose name
        has no place is not told apart)."""
        form = _ending(before.removesuffix("的"), self._places, self._places_longest)
        if not form:
            return None, owners
        place = self._places[form]
        keep = [d for d in owners
                if not self._own_places[d] or place in self._own_places[d]]
        return before[before.rfind(form):], keep

    def _mention(self, text: str) -> re.Match | None:
        """The first stretch named like a department; one that starts with 我/这… is looked at
        again from its next character (我想对比重庆大学: 重庆大学 is named, 我 is no name)."""
        at = 0
        while (m := MENTION.search(text, at)) is not None:
            if KIND_OF_SCHOOL.fullmatch(LEAD_WORDS.sub("", m.group(0))):
                return None  # 是重点大学吗: a kind of school, no name
            if not DEICTIC.match(m.group(0)) and not self._no_place(m.group(0)) and \
                    not POINTER_INSIDE.search(m.group(0)):  # the one asked about
                return m
            lead = DEICTIC_LEAD.match(m.group(0))
            if lead and self._place_first(m.group(0)[lead.end():]):
                at = m.start() + lead.end()  # 那普陀区教育局呢: a place after 那 names an office
                continue
            if not m.group(0).endswith(SCHOOLS) or "的" in m.group(0):
                return None  # 这个局, 那个财政局: an office after 这/那 is the one asked about
            at = m.start() + 1
        return None

    def _place_first(self, word: str) -> bool:
        """普陀区教育局: the word opens with a place (a loaded one, or 某某区/县/市)."""
        region = _last_region(word, self.rules)
        return word.startswith(region) if region else any(
            word.startswith(f) for f in self._regions if len(f) >= 2)

    def _no_place(self, word: str) -> bool:
        """镇上社区的便民服务中心: 社区 is a word, not a district; no department is named."""
        has_place = _last_region(word, self.rules) or any(f in word for f in self._regions)
        return not has_place and any(w in word for w in self.rules.not_regions)

    def closest(self, mention: str, limit: int = CLOSEST_LIMIT) -> list[str]:
        """The loaded departments whose names come closest to one that is not loaded."""
        found = process.extract(mention, self.departments, scorer=fuzz.partial_ratio,
                                score_cutoff=CLOSEST_CUTOFF, limit=limit)
        return [name for name, _, _ in found]


OTHERS_BEFORE = ("其他", "其它", "别的", "兄弟", "外地", "外省", "外市")  # …区财政局: not this one


def _stems(department: str, r: Rules) -> set[str]:
    """What a department does, its name without place and kind: 财政 (财政局), 政务服务 and 政务
    (政务服务中心, 政务中心)."""
    stems = set()
    for core in core_forms(parse(department, r).core, r):
        kind = next((k for k in r.kinds if core.endswith(k) and len(core) - len(k) >= 2), None)
        if kind:
            stems.add(core[: len(core) - len(kind)])
    return stems


def _place_forms(r: Rules) -> dict[str, str]:
    """Each place of the gazetteer as said, with and without its ending → the place."""
    forms: dict[str, str] = {}
    for province, cities in r.places:
        for place in (province, *cities):
            for form in (place, place + "省", place + "市"):
                forms.setdefault(form, place)
    return forms


def _own_places(department: str, r: Rules) -> frozenset[str]:
    """The gazetteer's places a department is in: the places its name says (上海市普陀区 → 上海)
    and the province of each city (株洲市 → 湖南); none when its name says no place."""
    parts = parse(department, r)
    said = {f for region in parts.regions for f in region_forms(region, r)}
    if not said:
        return frozenset()
    own = {p for province, cities in r.places for p in (province, *cities) if p in said}
    own |= {province for province, cities in r.places if own & set(cities)}
    return frozenset(own | said)


def _ending(text: str, words: dict[str, object], longest: int) -> str:
    """The longest of these words (none longer than `longest`) the text ends with, looked up by
    its endings; "" if none."""
    return next((text[-size:] for size in range(min(len(text), longest), 1, -1)
                 if text[-size:] in words), "")


def _pointer_after(text: str, end: int) -> int:
    """The length of a pointer said right after a name (荷塘那个, 普陀那边), else 0."""
    pointer = POINTER.match(text, end)
    return len(pointer.group(0)) if pointer else 0


def _kind_after(text: str, end: int, name: str, owners: list[str]) -> int:
    """荷塘中心, 普陀局: the kind of office said right after a short name is part of it (its
    length), when every department so named is of that kind."""
    kind = next((k for k in OFFICE_ENDS if all(o.endswith(k) for o in owners)
                 and text.startswith(k, end) and not name.endswith(k)), "")
    return len(kind)


def _letters(text: str) -> str:
    """Government Service Center → governmentservicecenter: the form names are compared in."""
    return re.sub(r"[^a-z]", "", text.lower())


def _last_region(word: str, r: Rules) -> str:
    """The last place named in a mention: 请问普陀区教育局 → 普陀区."""
    best = ""
    for suffix in r.region_suffixes:
        at = word.rfind(suffix)
        if at >= 2 and len(word) - at - len(suffix) >= 2:
            head = word[max(0, at - 2):at + len(suffix)]
            if head not in r.not_regions and head[-2:] not in r.not_regions and \
                    not _grammar_in(head) and \
                    (not best or word.rfind(head) > word.rfind(best)):
                best = head
    return best


def _grammar_in(word: str) -> bool:
    """A character of grammar (对, 了, 是…) no place's name holds: 备对区 is no district."""
    return any(c in NOT_IN_NAMES for c in word)


def _region_word(before: str, r: Rules) -> str | None:
    """普陀区 / 芦淞区 just before a name: a region ending after two or more characters."""
    for suffix in r.region_suffixes:
        if before.endswith(suffix):
            for size in (2, 3):
                head = before[-(size + len(suffix)):]
                if len(head) == size + len(suffix) and CJK_ONLY.fullmatch(head) \
                        and head[-2:] not in r.not_regions \
                        and head not in r.not_regions and head[-3:] not in r.not_regions \
                        and not _grammar_in(head):
                    return head
    return None
