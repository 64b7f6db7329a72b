"""Question → Match: the things named (metrics, terms, documents, years) and the kind of question.

Recognising *what* is asked about (entities known from the store and the vocabulary) is kept
apart from *which kind* of question it is (intents, matched by example with one rapidfuzz call):
a thing the store does not know means declining, whatever the fuzzy score of the wording.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from bot import cache
from bot.departments import Directory, Found, Rules
from bot.intents import Intent, IntentData
from bot.normalize import Normalizer, fold, rephrased
from bot.years import EARLIER, YEAR, relative


def _import_jieba():
    """jieba imports pkg_resources (a tenth of a second) only to find its own files; without it
    jieba opens them by path, which is all we need."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba as module
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    module.setLogLevel(logging.WARNING)
    return module


jieba = _import_jieba()

INTENT_SCORER = fuzz.ratio  # over space-joined jieba tokens; WRatio over-rewards 多少
INTENT_CUTOFF = 50.0  # below this, no intent is trusted
CUE_BONUS = 30.0  # a lookup word of the intent present in the question
NO_THING = 15.0  # a kind that needs a thing, in a question that names none
MARGIN = 6.0  # a definition and a figure closer than this for the same name → ask which
THING_MIN_COVERAGE = 0.6  # share of a name's characters that must be found, in order
SHORT_NAME_COVERAGE = 0.75  # the same for names of four characters or fewer
NEAR = 12  # characters beyond a name's window where the rest of it may be said (elided lists)
LONG_RUN = 7  # …unless this many characters of the name are said in one stretch
NEGATION = re.compile(r"不|未|非")
EXACT_CHARS = set("0123456789一二三四五六七八九十百千万年月日周季初末")  # never a typo
PLACEHOLDER = "囗"  # a rare character that survives normalisation


@dataclass(frozen=True)
class Entry:
    """One way of naming a thing in one document."""

    surface: str  # normalised text to find in questions
    name: str  # the thing as stored (metric, table row, term, derived name)
    kind: str  # metric | cell | term | derived | note
    doc_id: str
    weight: float = 1.0  # aliases and short forms rank below exact names


@dataclass(frozen=True)
class Template:
    """One way of naming a thing in one vocabulary (shared by the documents that have it)."""

    surface: str
    name: str
    kind: str
    weight: float = 1.0


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    coverage: float
    span: tuple[int, int]


@dataclass(frozen=True)
class Document:
    """A loaded disclosure as the matcher sees it (its names come from bot/departments.py)."""

    doc_id: str
    department: str
    year: int


@dataclass(frozen=True)
class Match:
    text: str  # normalised question
    masked: str  # the things replaced by a placeholder
    intent: Intent | None
    confidence: float
    runner_up: Intent | None
    hits: tuple[Hit, ...]  # best first, non-overlapping groups
    doc_ids: tuple[str, ...]  # documents in scope
    named_docs: tuple[str, ...]  # documents the question names
    unknown_department: str | None = None
    ambiguous_departments: tuple[tuple[str, ...], ...] = ()  # a name several departments share
    unknown_year: int | None = None
    previous_year: bool = False
    scores: dict = field(default_factory=dict, compare=False)
    earlier: bool = False  # the year before is asked for itself (上年的X), not compared with
    years: tuple[int, ...] = ()  # the loaded years the question names
    # the documents of each department named, from the place in `text` it was named at (荷塘
    # 支出总计和普陀收入支出总计: what follows a name is of that one); empty unless each of two
    # or more names is one department's and the text is as cut
    places: tuple[tuple[int, tuple[str, ...]], ...] = ()


class Matcher:
    """Built once from the intents and the store's vocabulary; match() is pure and fast."""

    def __init__(self, data: IntentData, documents: list[Document],
                 vocabularies: dict[str, list[Template]], doc_sig: dict[str, str],
                 normalizer: Normalizer,
                 parents: Callable[[], dict[str, set[str]]] = dict) -> None:
        """`vocabularies`: each signature's names; `doc_sig`: each document's signature. A name
        shared by a thousand documents is one surface to match, not a thousand. `parents`: each
        stated thing's wholes, read when first needed."""
        self._read_parents = parents
        self._parents: dict[str, set[str]] | None = None
        self.data = data
        self._claims_context = any_of([w for i in data.intents if i.claims_context
                                       for w in i.requires_any])
        self.documents = documents
        self._all_docs = tuple(d.doc_id for d in documents)
        self.normalize = normalizer
        self._doc_sig = doc_sig
        self._template_words = frozenset(data.vocabulary.words)  # rows of the national template
        self._by_id = {d.doc_id: d for d in documents}
        self._order = {d.doc_id: i for i, d in enumerate(documents)}
        owners: dict[str, list[tuple[str, Template]]] = {}
        for sig, templates in vocabularies.items():
            for template in templates:
                owners.setdefault(template.surface, []).append((sig, template))
        self._surfaces = list(owners)
        lacking = sorted(set(data.vocabulary.items) - set(owners), key=len, reverse=True)
        self._lacking = re.compile("|".join(map(re.escape, lacking))) if lacking else None
        # items no loaded disclosure lists (绩效工资 of a table left blank)
        self._owners_of = [owners[s] for s in self._surfaces]
        self._least = [_least_found(s) for s in self._surfaces]
        self._index = {s: i for i, s in enumerate(self._surfaces)}
        self._sibling_of: dict[str, list[tuple[str, str, str, str, str]]] = {}
        self._tokenizer = _tokenizer(sorted(set(self._surfaces) | _cue_words(data)))
        self._examples: list[str] = []
        self._owners: list[Intent] = []
        for intent in data.intents:
            for example in intent.examples:
                self._examples.append(self.tokens(self._example_text(example)))
                self._owners.append(intent)
        self._owner_names = [intent.name for intent in self._owners]
        self._cues = {i.name: any_of({self.normalize(c) for c in i.cues}
                                      | {fold(c) for c in i.cues}) for i in data.intents}
        self._requires = {i.name: any_of(self._forms(i.requires_any)) for i in data.intents}
        self._patterns = {i.name: re.compile(i.requires_pattern) for i in data.intents
                          if i.requires_pattern}
        self._cue_patterns = {i.name: re.compile(i.cue_pattern) if i.cue_pattern else NOTHING
                              for i in data.intents}
        self._excludes = {i.name: any_of(self._forms(i.excludes)) for i in data.intents}
        self._checks = {i.name: (
            self._cues[i.name] if i.cues else None, self._cue_patterns[i.name],
            self._requires[i.name] if i.requires_any else None, self._patterns.get(i.name),
            self._excludes[i.name] if i.excludes else None, bool(i.needs))
            for i in data.intents}  # what _adjusted reads of each kind, looked up once
        self.directory = Directory((d.department for d in documents), normalizer,
                                   Rules.of(data.sections["departments"]))
        self._docs_of: dict[str, list[str]] = {}
        for d in documents:
            self._docs_of.setdefault(d.department, []).append(d.doc_id)

    def _forms(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """A word as written and as the normaliser rewrites it (花在 → 支出), as questions are."""
        return tuple(w for w in {fold(w) for w in words} | {self.normalize(w) for w in words}
                     if w)

    def _example_text(self, example: str) -> str:
        return self.normalize(example.replace("{thing}", PLACEHOLDER).replace("{topic}", ""))

    def tokens(self, text: str) -> str:
        """jieba tokens joined by spaces, the form rapidfuzz's token scorers expect."""
        return " ".join(t for t in self._tokenizer.lcut(text, HMM=False) if t.strip())

    def _names_whole(self, said: str) -> bool:
        """Words of a question name a thing of any document whole."""
        return any(h.coverage == 1 for h in self.find_things(self.normalize(said), self._all_docs))

    def corrected(self, question: str) -> str:
        """荷塘的…哦不对，普陀财政局的接待费: what the asker says after correcting themself, with
        the unit and year said before when it names none of its own."""
        last = next(reversed(list(CORRECTED.finditer(question))), None)
        if last is None:
            return question
        said, rest = question[:last.start()], question[last.end():].lstrip("，,。、:：；; ")
        if len(rest) < 2 or len(re.sub(r"[^\u4e00-\u9fff\d]", "", said)) < 2:
            return question  # 不对，我问的是2016年的: the bot corrected, as a follow-up
        lead = ""
        if not self._names_unit(rest):
            text = self.normalize(said)
            lead += "".join(text[a:b] for a, b in self.directory.find(text).spans)
        year = YEAR_SAID.search(said)
        if year and not YEAR_SAID.search(rest):
            lead += year.group(0)
        return lead + rest

    def _placed(self, intro: str, rest: str) -> str:
        """我是舟山的，我们普陀区财政局…: the asker's place said of the office they call theirs,
        when the two name an office not loaded; else the question without the introduction."""
        place = PLACE_INTRO.match(intro)
        if place is None or not self.directory.is_place(place.group(1)):
            return rest
        joined = place.group(1) + OURS.sub("", rest, count=1)
        return joined if self.directory.find(self.normalize(joined)).unknown else rest

    def _names_unit(self, said: str) -> bool:
        """Words of a question name a department (loaded or not)."""
        return bool(self.directory.find(self.normalize(said)).spans)

    def match(self, question: str, context: tuple[str, ...] = ()) -> Match:
        """`context`: the documents of the department the conversation is about, used when the
        question names none."""
        expected = EXPECTED.match(question)
        if expected and not self._names_whole(expected.group(0)):
            question = question[expected.end():]  # 不是说要过紧日子吗，…: asks nothing itself
        question = ACKNOWLEDGED.sub("", question, count=1)  # 收入我知道了，支出呢: asks the rest
        question = PUT_PLAINLY.sub("", question, count=1)
        premise = PREMISE.match(question)  # 支出增长13.52%，那2022年总支出是多少: a fact the asker
        if premise and STATED.search(premise.group(1)) and not ASKING_WORDS.search(  # states
                premise.group(1)) and not self._names_unit(premise.group(1)) and \
                self._names_whole(question[premise.end():]):  # first asks nothing
            question = question[premise.end():]
        introduced = INTRODUCED.match(question)  # 我是跑教育口的记者，…: who asks, no thing
        if introduced and not self._names_unit(introduced.group(0)) and \
                not self._names_whole(introduced.group(0)):
            question = self._placed(introduced.group(0), question[introduced.end():])
        text = self.normalize(rephrased(self.directory.sinicise(question)))
        text = heard_asked(text)
        if not AMOUNT_FILTER.search(text) and not self._claims_context.search(text):  # 哪几项
            # 超过一亿: a bound the items are set against; 你觉得…浪费: a verdict, its figure is
            # the asker's
            text = CLAIM_ALONE.sub("多少", CLAIM.sub("多少", BOUND_ASKED.sub("多少", text)))
            if CONFIRMED.search(text) and not WORKED_OUT.search(text):  # 收入793万、支出854
                asked = BARE_FIGURE.sub("多少", text)  # 万，对吧: each figure is asked, the
                text = CONFIRMED.sub("", asked) if asked != text else text  # doubt said no more
        said = text
        text, named, found = self._departments(text)
        cut, places = text, self._places(said, found)
        if named:  # 接待了多少人啊，我说的是荷塘那个: the words that named it late go with it
            text = NAMED_LATE.sub("", text) or text
        if len(named) > 1:  # 荷塘支出和普陀支出加起来: one thing of each, said once
            text = SAID_OF_EACH.sub(r"\1", text)
        unknown_dept, ambiguous = found.unknown, found.ambiguous
        pool = named or ([] if unknown_dept or ambiguous else list(context))
        text, years, unknown_year, previous = self._years(text, pool)
        text = _overrun(text)
        scope = tuple(d.doc_id for d in self._among(pool)
                      if not years or d.year in years or d.year - 1 in years)
        hits = _heads_dropped(text, _scope_words_dropped(text, self.find_things(text, scope)))
        hits += self._siblings_said(text, hits)
        masked = _mask(text, hits)
        intent, confidence, runner_up, scores = self._classify(masked, _totals_named(
            text, hits), bool(hits))
        if intent is not None and intent.cues and hits:
            cue = self._cues[intent.name]
            whole = any(h.coverage == 1 for h in hits)
            kept = [h for h in hits if h.coverage == 1 or not (
                whole and _cue_only(cue, h.entry.surface, text[h.span[0]:h.span[1]])
                or _inside_cue(cue, h.span, text))]
            if len(kept) < len(hits):
                hits, masked = kept, _mask(text, kept)
        return Match(text, masked, intent, confidence, runner_up, tuple(hits), scope,
                     tuple(named), unknown_dept, ambiguous, unknown_year, previous, scores,
                     _earlier_asked(text, hits), tuple(sorted(years)),
                     places if text == cut else ())

    # ------------------------------------------------------------ documents and years

    def docs_of(self, department: str) -> tuple[str, ...]:
        """The documents of one loaded department (every year), in the order loaded."""
        return tuple(self._docs_of.get(department, ()))

    def _departments(self, text: str) -> tuple[str, list[str], Found]:
        """The documents of every department the text names; the names cut out of the text."""
        found = self.directory.find(text)
        named = [doc_id for dept in found.named for doc_id in self._docs_of[dept]]
        return found.cut(text), named, found

    def _places(self, text: str, found: Found) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Each department name's place in the cut text with its documents, when two or more
        are named and each name is one department's."""
        if len(found.named) < 2 or found.ambiguous:
            return ()
        owners = [self.directory.find(text[a:b]).named for a, b in sorted(found.spans)]
        if any(len(o) != 1 for o in owners):
            return ()
        return tuple((at, tuple(self._docs_of[o[0]])) for at, o in zip(
            found.places(), owners, strict=True))

    def _among(self, pool: list[str]) -> list[Document]:
        """The documents of a pool (all when empty), in the order loaded: narrowed by id, not
        by scanning every loaded document."""
        if not pool:
            return self.documents
        return sorted((self._by_id[i] for i in set(pool)), key=lambda d: self._order[d.doc_id])

    def _years(self, text: str, named: list[str]) -> tuple[str, set[int], int | None, bool]:
        docs = self._among(named)
        loaded = {d.year for d in docs}
        one = len({d.department for d in docs}) == 1  # 今年 with two units loaded names no year
        text = relative(text, max(loaded) if loaded and one else None)
        years: set[int] = set()
        unknown = None
        previous = False
        for m in YEAR.finditer(text):
            year = int(m.group(1))
            if year in loaded:
                years.add(year)
            elif year + 1 in loaded:
                previous = True
            else:
                unknown = year
        text = YEAR.sub(lambda m: ("上年度" if re.match(r"[末底]", text[m.end():]) else "上年")
                        if int(m.group(1)) + 1 in loaded and int(m.group(1)) not in loaded
                        else "", text)  # 2016年末: the year before's end, asked for itself
        if re.search(r"上年|去年|上一年|前一年", text):
            previous = True
        return text, years, unknown, previous

    # ------------------------------------------------------------ things

    def ambiguous(self, match: Match) -> bool:
        """The best two kinds are a definition and a figure of one name, and too close to call."""
        if match.intent is None or match.runner_up is None:
            return False
        pair = {match.intent.handler, match.runner_up.handler}
        if "define" not in pair or not pair & {"amount", "share", "change", "budget"}:
            return False
        scores = match.scores
        gap = scores[match.intent.name] - scores[match.runner_up.name]
        kinds = {h.entry.kind for h in match.hits if h.coverage == 1}
        return gap < MARGIN and "term" in kinds and len(kinds) > 1

    def find_things(self, text: str, scope: tuple[str, ...], kinds: set[str] | None = None,
                    names: set[str] | None = None, relaxed: bool = False) -> list[Hit]:
        """Every named thing of the documents in scope, best first, spans not overlapping."""
        if not text:
            return []
        found_all = process.extract(text, self._surfaces, scorer=LCSseq.similarity,
                                    score_cutoff=2, limit=None)
        in_scope: dict[str, list[str]] = {}
        for doc_id in scope:
            in_scope.setdefault(self._doc_sig.get(doc_id, ""), []).append(doc_id)
        candidates: list[Hit] = []
        timed = any(w in text for pair in OPPOSITES for w in pair)  # 年初/年末 said at all
        lacking = [m.span() for m in self._lacking.finditer(text)] if self._lacking else []
        for surface, found, index in found_all:
            if found < self._least[index] and not relaxed:
                continue  # too few of its characters said to name it (_quality's first test)
            owners = [(sig, t) for sig, t in self._owners_of[index] if sig in in_scope
                      and not (kinds and t.kind not in kinds)
                      and not (names is not None and t.name not in names)]
            if timed:
                owners = [(sig, t) for sig, t in owners if not _opposed(t.name, surface, text)]
            if not owners:
                continue
            quality = _quality(surface, int(found), text, relaxed)
            if quality is None:
                continue
            score, coverage, span = quality
            if any(a <= span[0] and span[1] <= b and span[1] - span[0] < b - a
                   for a, b in lacking):  # 工资 inside 绩效工资, a row the disclosure lacks
                continue
            if coverage == 1 and text[span[0]] == "是" and "是" not in surface and \
                    text[span[0]:span[1]] != surface:  # 是财政拨款项(目支出): its 支出 said
                span = _trimmed((span[0] + 1, span[1]), surface, text)  # far off, its window
                # cut at the 是
            if coverage < 1:
                if any(ch in JOINTS + "比占" and ch not in surface
                       for ch in text[span[0]:span[1]]):
                    span = _unjoined(span, surface, text)  # 和科学技术, 术比一般公共服务: the
                    # window padded across the word joining it to another name
                said = text[span[0]:span[1]]
                if _counter_or_joint(surface, span, text) or \
                        said in self._template_words and said not in surface:
                    continue  # (初中教育, a row of the template said whole: never 高中教育)
                # a table column is named whole or by its alias (学科建设 is none)
                owners = [(sig, t) for sig, t in owners if t.kind != "column"]
            for sig, template in owners:
                for doc_id in in_scope[sig]:
                    entry = Entry(surface, template.name, template.kind, doc_id, template.weight)
                    candidates.append(Hit(entry, score * template.weight, coverage, span))
        candidates.sort(key=lambda h: (-h.score, -len(h.entry.surface)))
        terms = _non_overlapping([h for h in candidates if h.entry.kind == "term"])
        figures = _non_overlapping(_modifier_first(
            [h for h in candidates if h.entry.kind != "term"], text), text)
        wholes = _whole_of_parts(figures, candidates, text)
        figures += [w for w in wholes if not any(w is f for f in figures)]
        terms = _not_misread(terms, figures)
        figures = _not_misread(figures, terms)
        starts = {h.span[0] for h in figures}  # 车辆 followed by another name is no 车辆购置费
        longer: dict[str, bool] = {}
        figures = [h for h in figures if h.span[1] in starts or not longer.setdefault(
            h.entry.surface + "|" + h.entry.name, _names_more(h, text))]
        return sorted(figures + terms, key=lambda h: (
            not any(h is w for w in wholes), -h.score, -len(h.entry.surface)))

    def _siblings_said(self, text: str, hits: list[Hit]) -> list[Hit]:
        """政府采购货物、工程、服务: the names said after a name only by the words that set them
        apart from it (政府采购工程支出, 政府采购服务支出), each asked too."""
        added: list[Hit] = []
        for hit in hits:
            siblings = self._siblings(hit.entry.surface) if hit.entry.kind != "term" else ()
            end = hit.span[1]  # (政府采购里货物: the window may stop short of its last word)
            while end < min(len(text), hit.span[1] + 2) and text[end] in hit.entry.surface \
                    and text[end] not in text[hit.span[0]:end]:
                end += 1
            said = text[hit.span[0]:end]
            sig = self._doc_sig.get(hit.entry.doc_id, "")
            for forward in (True, False):  # 货物、工程、服务采购: said before it too
                at = end if forward else hit.span[0]
                while siblings:
                    joined = False
                    if forward:  # 货物类比服务类: a kind word and 比 join two too
                        gap = SIBLING_GAP.match(text, at)  # (事业收入比财政拨款: the
                        at, joined = gap.end(), gap.end() > gap.start()  # tail both share
                        # said once, only where a word joins the two)
                    else:
                        at -= at > 0 and text[at - 1] in JOINTS
                    found = next(((m, t) for m, t, x, head, tail in siblings if (
                        (said.endswith(x) or joined and tail and said.endswith(x + tail))
                        and text.startswith(t, at)
                        and not (tail and text.startswith(tail, at + len(t)))
                        if forward else said.startswith(x) and text.endswith(t, 0, at)
                        and not (head and text.endswith(head, 0, at - len(t))))), None)
                    if found is None:  # (a sibling said whole is find_things' to find or not)
                        break
                    span = (at, at + len(found[1])) if forward else (at - len(found[1]), at)
                    template = next((t for g, t in self._owners_of[self._index[found[0]]]
                                     if g == sig), None)
                    if template is None or any(_overlap(span, h.span) or h.entry.name ==
                                               template.name for h in hits + added) \
                            or not self._kin(hit.entry.name, template.name):
                        break
                    added.append(Hit(Entry(found[0], template.name, template.kind,
                                           hit.entry.doc_id, template.weight),
                                     hit.score, hit.coverage, span))
                    at = span[1] if forward else span[0]
        return added

    def _kin(self, one: str, other: str) -> bool:
        """Two things stated as parts of one whole (货物采购金额, 服务采购金额: 政府采购金额), or
        the other a part of the one (政府采购金额货物: 货物采购金额)."""
        if self._parents is None:
            self._parents = self._read_parents()
        theirs = self._parents.get(other, set())
        return one != other and (one in theirs or bool(self._parents.get(one, set()) & theirs))

    def _siblings(self, surface: str) -> list[tuple[str, str, str, str, str]]:
        """(name, the words it is said by, the words of `surface` in their place, the head and
        the tail the two share): the names that differ from `surface` in one middle part of two
        characters or more, longest first."""
        known = self._sibling_of.get(surface)
        if known is None:
            known = []
            for other in self._surfaces:
                p = len(os.path.commonprefix([surface, other]))
                q = len(os.path.commonprefix([surface[p:][::-1], other[p:][::-1]]))
                mine, its = surface[p:len(surface) - q], other[p:len(other) - q]
                if len(mine) >= 2 and len(its) >= 2 and p + q >= 2:
                    known.append((other, its, mine, surface[:p], surface[len(surface) - q:]))
            known.sort(key=lambda s: -len(s[1]))
            self._sibling_of[surface] = known
        return known

    # ------------------------------------------------------------ kind of question

    def cue_removed(self, intent: Intent, text: str) -> str:
        """The text without the kind's cue words: what it asks about besides the kind."""
        return self._cues[intent.name].sub("", text) if intent.cues else text

    def cued_in_name_only(self, intent: Intent, match: Match) -> bool:
        """The kind's cue word is said only as part of a name found whole (政府性基金预算财政拨款
        支出) or that starts with it (上年结转和结余): it asks for that thing, not that kind."""
        cue = self._cues[intent.name] if intent.cues else None
        return cue is not None and not cue.search(match.masked) and any(
            cue.match(h.entry.surface) or h.coverage == 1 and cue.search(h.entry.surface)
            for h in match.hits)

    def _adjusted(self, name: str, score: float, said: str, text: str, has_thing: bool
                  ) -> float:
        """An intent's example score with its cue said or not, its required and excluded words,
        and whether a thing is named: at most CUE_BONUS above the example's."""
        cue, cue_pattern, required, pattern, excluded, needs = self._checks[name]
        if cue is not None:
            score += CUE_BONUS if cue.search(said) or cue_pattern.search(said) else -15
        if (required or pattern) and not (required and required.search(text)
                                          or pattern and pattern.search(text)):
            score -= 100  # neither a required word nor the required pattern said
        if excluded is not None and excluded.search(text):
            score -= 100
        if needs and not has_thing:
            score -= NO_THING
        return score

    def _classify(self, masked: str, text: str, has_thing: bool
                  ) -> tuple[Intent | None, float, Intent | None, dict]:
        if not masked.strip():  # 荷塘呢: nothing but a department said, no kind of question
            return None, 0.0, None, {}
        query = self.tokens(masked)  # an intent below this cannot reach the cutoff with its cue
        scored = process.extract(query, self._examples, scorer=INTENT_SCORER, limit=None,
                                 score_cutoff=INTENT_CUTOFF - CUE_BONUS - 1)
        # each intent's best example: the first of its name in the descending list (ties keep
        # the order rapidfuzz ranks them), and the intents in the order the list names them
        names = self._owner_names
        said = BUDGET_KINDS.sub("囗", text)  # 一般公共预算拨款: a kind of funds, no budget asked
        best: dict[str, float] = {}
        high = runner = -math.inf  # the best two adjusted scores so far
        for _, score, index in scored:
            name = names[index]
            if name in best:
                continue  # a later, lower example of a kind already read
            if score + CUE_BONUS < runner:
                break  # no later kind can reach the best two: none is read further
            best[name] = score = self._adjusted(name, score, said, text, has_thing)
            high, runner = (score, high) if score > high else (high, max(runner, score))
        if not best:
            return None, 0.0, None, best  # no example within reach of the cutoff
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        (top, top_score), second = ranked[0], ranked[min(1, len(ranked) - 1)][0]
        if top_score < INTENT_CUTOFF:
            return None, top_score / 100, self.data.by_name(top), best
        return (self.data.by_name(top), min(top_score, 100.0) / 100, self.data.by_name(second),
                best)


def _cue_only(cue: re.Pattern, surface: str, said: str) -> bool:
    """三公经费年初预算支出: 预算支出 is the budget asked and a generic word, no 公共预算支出 with
    公共 unsaid; 上年结转 is 上年结转和结余 itself (its name starts with the word)."""
    if len(cue.sub("", said)) > 2:
        return False
    own = cue.search(surface)
    return own is None or surface[:own.start()] not in said


def _inside_cue(cue: re.Pattern, span: tuple[int, int], text: str) -> bool:
    """花在哪些项目上: 项目 is said only inside the kind's cue (哪些项目), no 项目支出 in part."""
    return any(m.start() <= span[0] and span[1] <= m.end() for m in cue.finditer(text))


def _earlier_asked(text: str, hits: list[Hit]) -> bool:
    """上年的X asks the year before; 上年结转和结余, a name found with 上年 in it, does not."""
    names = [h.span for h in hits if "上年" in h.entry.surface]
    return any(not any(a <= m.start() and m.end() <= b for a, b in names)
               for m in EARLIER.finditer(text))


# a counter after a question, pointing word or number (哪项, 这个, 两项支出)
COUNTED = re.compile(r"[哪几每各这那一1两二三四五六七八九2-9][项个类块]")  # (哪1项: 哪一项 folded)


def _counter_or_joint(surface: str, span: tuple[int, int], text: str) -> bool:
    """A name found in part that starts with a question's counter (哪项支出 is no half of 项目
    支出, 哪一类支出 none of 一共支出) or with the 和 that joins two units (荷塘和普陀支出 is no
    part of 收入和支出)."""
    first = text.find(surface[0], span[0], span[1])
    return (first > 0 and COUNTED.match(text, first - 1) is not None) or (
        first >= 0 and COUNTED.match(text, first) is not None
        and text[first:first + 2] not in surface) or (
        text[span[0]] in JOINTS and surface[0] not in JOINTS)
BUDGET_KINDS = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算")
# a name said to be left out (除了财政拨款, 不算基本支出, 行政运行以外): of a sum, a ranking
EXCEPT = r"(?:除了|除去|除掉|扣除|扣掉|刨去|刨掉|去掉|不算|不含|不包括)"
EXCEPT_BEFORE = re.compile(EXCEPT + "$")  # 除了|财政拨款
EXCEPT_AT = re.compile(EXCEPT)  # 除了财政拨款 as one loose span
OUTSIDE = re.compile(r"(?:以外|之外"  # 基本支出|以外; 上年结转|过来的先别算
                     r"|[^，,。？?\d]{0,4}?(?:先|就|都)?(?:别|不要|不用)(?:算|加|计)"
                     r"|[^，,。？?\d]{0,4}?不(?:算|计)(?:在内|进去|进来))")


def left_out(text: str, span: tuple[int, int]) -> bool:
    """The name at span is said to be left out (the word may start a loose match's span)."""
    return bool(EXCEPT_BEFORE.search(text[:span[0]]) or EXCEPT_AT.match(text[span[0]:span[1]])
                or OUTSIDE.match(text[span[1]:]))
# a figure the asker states to be checked (是不是不到三千万, 超过5万了吗, 有一个亿吧): the
# question asks the figure; the claim is no name, year or code
CLAIM = re.compile(r"(?:我看)?(?:是不是|是否|有没有|有)?"
                   r"(?:不到|不足|超过了?|超了|少于|多于|低于|高于|不止|将近|接近|差不多|大概|大约|约|有"
                   r"|才|只有|好像是|应该是|估计是|可能是|我看是)"
                   r"(?:[0-9.]+|[一二两三四五六七八九十百千几零〇]+)"
                   r"(?:个)?(?:亿元|亿|万元|万块钱|万块|万|千万|百万|元|块钱|块|%|个点)(?:多)?(?:了)?"
                   r"(?:吧|吗|是吧|对吧)?")

# an amount the items asked for are set against (哪几项超过一百万, 不到一千万的有哪些): a filter,
# not a figure claimed
BOUND_WORDS = "超过|高于|大于|多于|不到|低于|少于|小于|不足"  # an amount items are set against
AMOUNT_FILTER = re.compile(rf"哪(?:几|些)[^，,。？?]{{0,10}}(?:{BOUND_WORDS})"
                           rf"|(?:{BOUND_WORDS})[^，,。？?]{{0,10}}的?有?哪(?:几|些)")
# an amount the asker says in digits (44万算多吗): a figure to weigh, never words to look for
AMOUNT_SAID = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:亿元|亿|万元|万块|万|元|块|%)")
# a figure alone put to be confirmed (262.33万，对吗; 是二百六十二万吗): the figure asked again
FIGURE_SAID = (r"(?:[0-9.]+|[一二两三四五六七八九十百千万零〇]+)"
                r"(?:个)?(?:亿元|亿|万元|万块钱|万块|万|元|块钱|块|%|个点)(?:多)?")
CLAIM_ALONE = re.compile(rf"^(?:是|就是|应该是){FIGURE_SAID}$"  # as normalised: 吗 is gone
                         rf"|^(?:是|就是|应该是)?{FIGURE_SAID}(?:对不对|是不是|没错|对吧|对|是|吧)$")

# figures said bare after their names, the line asking to confirm them (收入793万支出854万对吧,
# 行政运行1511.89万…我没抄错吧): each figure is the one asked; an operand (减掉784.69) is none
CONFIRMED = re.compile(r"(?:对吧|对吗|对不对|是吧|没错吧|没错吗|没错|吧|吗"
                       r"|(?:没|有没有)[抄记算搞看写]错了?吧?)$")
WORKED_OUT = re.compile(r"减|加|乘|除|算下来|等于|倍")  # 收入785.17减支出
# 784.69是0.48万对吧: a sum or difference worked out, checked as a whole
BARE_FIGURE = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![减加乘除掉去比差约近超过到至余剩和价值])"
                         rf"(?:是|为|有|也是)?{FIGURE_SAID}(?![\d含]|以上|以下|以内|及以上)")
# (单价100万元以上设备: a name's bound, no figure)

# a claim heard elsewhere put to be checked (网上说…收入过亿了，真的吗; 听说…受理了十万件业务，吹的
# 吧): who said it and the doubt are how it asks; the amount claimed is the figure asked for
HEARD = re.compile(r"^(?:我)?(?:看到?|在)?(?:听说|听人说|听别人说|听人讲|听讲|据说|据报道|网传"
                   r"|传言|(?:(?:网上|新闻|报道|报纸|媒体|朋友圈|朋友|同事|邻居|别人|有人|网友|群里|微博|抖音"
                   r"|视频|自媒体|公众号|文章)(?:上|里)?(?:有人)?(?:转发的?|发的?|转的?)?(?:截图|截屏|图片|照片)?"
                   r"|截图|截屏|图片|照片)(?:上|里)?都?"
                   r"(?:说|讲|传|称|报道说|报道称|爆料说?|写着|写的是|显示))的?")  # 截图写着…: a
# claim to check, no picture asked
DOUBTED = re.compile(r"(?:是真的|真的假的|真假|真的|是不是真的|靠谱|属实|有这回事|有这事|是这样"
                     r"|吹的吧|吹牛吧|夸张了吧|瞎说的吧|乱说的吧|是实话|(?:有没有|有)[这那]么多"
                     r"|对不对|对头不|对头|是不是|对|是)$")
NUMERAL = r"(?:[0-9.]+|[一二两三四五六七八九十百千几]+)"
AMOUNT_CLAIMED = re.compile(rf"(?:(?:过|超过了?|超了?|上|近|将近|接近|不到|好几|快)(?:{NUMERAL})?"
                            rf"|{NUMERAL})个?多?(?:亿|千万|百万|十万|万|千|成|倍|%)多?"
                            rf"(?:{NUMERAL}(?:千|百|十)?)*(?:元|块钱|块)?了?")
# a bound or a ballpark the amount is asked against (超过一亿了吗, 是几千万还是上亿, 不到一万吧,
# 有没有上亿): its amount is asked
BALLPARK = rf"(?:{NUMERAL}|几|好几)?个?(?:十|百|千)?(?:亿|万)多?"
BOUND_ASKED = re.compile(rf"(?:是|有)?{BALLPARK}(?:还是|或者|或是)(?:上|过)?{BALLPARK}"
                       rf"|(?:有没有|是不是|是否|有|够)?(?:超过|超出|超|过|上|不到|不足|低于|高于|达到)了?"
                       rf"(?:{NUMERAL})?个?(?:千万|百万|十万|万|亿)(?:元|块)?(?:了|吧|吗|没有|没|呢|啊)*")
WEAK_DOUBTS = {"对不对", "对头不", "对头", "是不是", "对", "是"}
ASKED_AGAIN = re.compile(r"(?:到底|究竟|实际上?)?是?多少[件个人次项]?$")


def heard_asked(text: str) -> str:
    """A normalised line that puts a claim heard elsewhere to be checked, as the question it
    asks: 听说荷塘…受理了十万件业务吹的吧多少件 → 荷塘…受理了多少件业务. Any other line as it is
    (a figure put to be confirmed, 89万7千1对不对, is CLAIM's)."""
    lead = HEARD.match(text)
    rest = text[lead.end():] if lead else text
    doubted = False
    while True:
        doubt = DOUBTED.search(rest)
        if doubt is not None and (lead or doubt.group(0) not in WEAK_DOUBTS):
            rest, doubted = rest[:doubt.start()], True
            continue
        again = ASKED_AGAIN.search(rest)  # …吹的吧？到底多少件: the amount claimed, asked again
        if again is not None and again.start() and AMOUNT_CLAIMED.search(rest[:again.start()]):
            rest = rest[:again.start()]
            continue
        break
    if not lead and not (doubted and AMOUNT_CLAIMED.search(rest)):
        return text  # neither said by others nor doubted with an amount: asked as it is
    rest = AMOUNT_CLAIMED.sub("多少", rest)
    return rest if len(rest) >= 2 else text


# 超支 is spending over income (收支差额) said of the unit, but over its budget said of a thing
# (财政拨款超支了吗) or beside 预算 (年初预算多少，超支了吗)
OVERRUN_OF_UNIT = re.compile(r"(?:那|那么|请问|到底|究竟|整体|总体|全年|总的|总|收支|收入|支出"
                             r"|单位|有没有|是否|是不是|会不会|有|的|了|[，,、\s])*")


# the same thing said after each department named (荷塘的支出和普陀的支出: 支出, of both)
SAID_OF_EACH = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}?)(?:和|与|跟|同|及)的?\1"
                          r"(?![\u4e00-\u9fff]*?[总合]计)")


def _overrun(text: str) -> str:
    at = text.find("超支")
    if at >= 0 and ("预算" in text or not OVERRUN_OF_UNIT.fullmatch(text[:at])):
        return text[:at] + "超预算" + text[at + 2:]
    return text


# what the asker expected, said before the question (不是说要过紧日子吗，…怎么还涨了; 按理说该少
# 吧，…): it asks nothing of its own when a question follows
EXPECTED = re.compile(r"^\s*(?:不是说|不是讲|不是要|说好的|说好了|按理说|照理说|按说|本来以为"
                      r"|还以为|我以为)"
                      r"[^，,。？?！!]{0,16}[，,。？?！!]+\s*(?=[^，,。？?！!]{4,})")

# what the asker says they have taken in, before the question (收入我知道了，支出呢; 这个清楚了，
# 那…): it asks nothing of its own when a question follows
ACKNOWLEDGED = re.compile(r"^\s*[^，,。？?！!]{0,12}?(?<![不没想要])"
                          r"(?:知道|清楚|明白|了解|看到|收到|记下|懂)了"
                          r"[，,。！!]+\s*(?=[^，,。？?！!]{2,})")
# how the asker wants the answer put, said first (简单点说，占总支出几成): the rest is asked
PUT_PLAINLY = re.compile(r"^\s*(?:简单点说|说简单点|简单说|简单来说|简单讲|通俗点说|通俗地说"
                         r"|通俗讲|用?大白话说|说人话|一句话说|一句话讲|直接说|直说吧|说重点)"
                         r"[，,：:。]+\s*(?=[^，,。？?！!]{2,})")
# a fact the asker states before asking on from it with 那 (支出增长13.52%，那2022年…)
PREMISE = re.compile(r"^\s*([^，,。？?！!]{2,30})[，,。]\s*(?=那么?[^，,。？?！!]{4,})")
STATED = re.compile(r"\d|增长|增加|减少|下降|降了|涨了|多了|少了|翻了|只有|才")  # a fact, said
ASKING_WORDS = re.compile(r"多少|几|吗|呢|什么|啥|哪|谁|为何|为什么|为啥|怎么|是不是|有没有|是否"
                          r"|[？?]")
# who the asker is, said first (我是跑教育口的记者，…; 本人系退休教师，…): a question follows
ASKER = r"\s*(?:你好|您好)?[，,]?\s*(?:我|本人)"  # how the asker opens a line about themself
INTRODUCED = re.compile(rf"^{ASKER}(?:是|系|在)(?![想问说指要])"
                        r"[^，,。？?！!\s]{1,16}(?:[，,。！!]+\s*|\s+)(?=[^，,。？?！!]{4,})")

PLACE_INTRO = re.compile(rf"{ASKER}是([\u4e00-\u9fff]{{2,6}}?)(?:人|的)"
                         r"[，,。！!\s]")  # 我是舟山的，…: where the asker is from
OURS = re.compile(r"^\s*(?:我们|咱们|俺们|我们这|我们那)(?:的|这个|那个)?")  # 我们普陀区财政局
NOTHING = re.compile(r"(?!x)x")
# what is left of a department named at the end (…，我说的是荷塘那个; …，荷塘政务服务中心的)
NAMED_LATE = re.compile(r"(?:我|俺)?(?:说|问|指)的?是(?:那个|这个|那份|的)?$"
                        r"|(?<=多少)(?:那个|的)$")


def any_of(words) -> re.Pattern:
    """One search for any of these words (longest first); a pattern matching nothing if none."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else NOTHING


SCOPE_WORD = "财政拨款"
JOINTS = "和与及、跟同,，"  # what joins the names of a list
JOINT = re.compile(f"[{JOINTS}]")
SIBLING_GAP = re.compile(f"(?:类|方面)?(?:[{JOINTS}]|比|是)?")  # between two parts said by words
LISTED = re.compile(f"^[{JOINTS}]|[{JOINTS}]$")
LIST_JOINT = re.compile(f"[{JOINTS}]|加")  # 一般公共服务加科学技术: a sum's two names


SIDE_TOTAL = re.compile(r"(?:本年)?收入(?:合计|总计)")  # the income side's total
INSIDE = re.compile(r"里|中|里面|当中|之中|中的|里的")


def _scope_words_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """财政拨款 said after another thing (高等教育…不只是财政拨款, 职业年金缴费财政拨款各花多少)
    narrows it, it is not 财政拨款收入; listed after it (其他收入和财政拨款) it is a thing."""
    alone = [h for h in hits if text[h.span[0]:h.span[1]] == SCOPE_WORD]
    others = [h for h in hits if SCOPE_WORD not in text[h.span[0]:h.span[1]]]
    if not alone or not others:
        return hits
    drop = set()
    for hit in alone:
        if any(o.span[0] == hit.span[1] + 1 and text[hit.span[1]] == "的" for o in others):
            drop.add(hit.span)  # 财政拨款的基本养老保险缴费支出: which funds, no thing of its own
            continue
        before = [o for o in others if o.span[1] <= hit.span[0]]
        if not before:
            continue  # 财政拨款、事业收入…: said first, it may be a thing of the list
        near = max(before, key=lambda o: o.span[1])
        if SIDE_TOTAL.fullmatch(near.entry.name) and INSIDE.fullmatch(
                text[near.span[1]:hit.span[0]]):
            continue  # 本年收入里财政拨款那块: the part of the side's total, a thing
        if not LISTED.search(text[near.span[1]:hit.span[0]].strip() or "_"):
            drop.add(hit.span)
    return [h for h in hits if h.span not in drop]


# how a figure of the name just said is put (行政单位离退休支出决算多少): no thing of its own
GENERIC_HEAD = re.compile(r"(?:支出|收入)?决算数?")


# the asker correcting themself inside a line (哦不对, 说错了, 不，我是说): what follows is asked
CORRECTED = re.compile(r"(?:哦|噢|喔|啊|呃|额)?不对不对|(?:哦|噢|喔|啊|呃|额)不对|我?说错了"
                       r"|(?:哦|噢|喔|啊|呃|额)不(?=[，,\s])"
                       r"|我?打错了|我?写错了|更正一下|纠正一下"
                       r"|不对[，,\s]*我(?:是说|说的是|问的是|要问的是|想问的是)"
                       r"|不[，,\s]+我(?:是说|说的是|问的是)|不是[，,\s]*我是说")
YEAR_SAID = re.compile(r"(?:19|20)?\d{2}年度?|[二〇零一两三四五六七八九]{2,4}年度?")


def _heads_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """支出决算 right after another name is that name's figure, not the unit's total spending
    that 支出决算 alone may stand for; a name that begins a summary table's title (收入支出决算
    总表里年初结转和结余) says where the thing asked is printed, when one is named whole."""
    ends = {h.span[1] for h in hits if not GENERIC_HEAD.fullmatch(h.entry.surface)}
    hits = [h for h in hits if not (GENERIC_HEAD.fullmatch(text[h.span[0]:h.span[1]])
                                    and h.span[0] in ends)]
    found = list(TABLE_SAID.finditer(text))
    if not found:
        return hits
    titles = [m.span() for m in found]
    summaries = [m.span() for m in found if "总表" in m.group(0)]
    whole = any(h.coverage == 1 and not _within(h.span, titles) for h in hits)
    return [h for h in hits if not (_within(h.span, summaries) or  # 收入决算表里是多少 after a
                                     not whole and _within(h.span, titles))]  # row: no 收入 of
    # its own (收入决算表里事业收入: the title says which table's cells)


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)

# a table named by its title or as people shorten it (收入决算表, 收支总表): where, no thing
TABLE_SAID = re.compile(r"(?:(?:收入支出|收支|收入|支出|财政拨款收入支出|财政拨款支出)决算总?表"
                        r"|收支总表)(?:里面|里头|里边|里|中|上)?")


# a short form never stands for its opposite (政府性基金预算财政拨款支出 is no 一般公共预算…)
OPPOSITES = (("年初", "年末"), ("期初", "期末"), ("一般公共预算", "政府性基金"))


@lru_cache(maxsize=8192)
def _opposites_of(name: str) -> tuple[tuple[str, str], ...]:
    """(word the name has, its opposite the name lacks), once per name."""
    return tuple((a, b) for pair in OPPOSITES for a, b in (pair, pair[::-1])
                 if a in name and b not in name)


def _opposed(name: str, surface: str, text: str) -> bool:
    """结转和结余 said as 年初结转和结余 is not the 年末财政拨款结转和结余 it is short for."""
    return any(a not in surface and b in text for a, b in _opposites_of(name))


def _least_found(surface: str) -> int:
    """The fewest characters of a name that can name it unrelaxed: its share, or a long run."""
    need = SHORT_NAME_COVERAGE if len(surface) <= 4 else THING_MIN_COVERAGE
    return max(2, min(math.ceil(need * len(surface) - 1e-9), LONG_RUN))


def _quality(surface: str, found: int, text: str, relaxed: bool
             ) -> tuple[float, float, tuple[int, int]] | None:
    """How well a name is found in the question (score before weight, coverage, span), or
    None when the characters found do not make the name."""
    size = len(surface)
    coverage = found / size
    need = SHORT_NAME_COVERAGE if size <= 4 else THING_MIN_COVERAGE
    if found < 2 or (coverage < need and not relaxed and found < LONG_RUN):
        return None
    run, where = common_run(surface, text)
    if coverage < need and not relaxed and run < LONG_RUN:
        return None  # a long name is named by a long stretch of it said word for word
    align = fuzz.partial_ratio_alignment(surface, text)
    typo = (align is not None and align.score >= 75
            and align.dest_end - align.dest_start == size)  # one character mistyped
    if run < 2 or (not relaxed and run < min(3, size - 1) and not typo):
        return None  # scattered characters are not a name
    if NEGATION.search(surface) and not NEGATION.search(text):
        return None  # 不满意率 is not what 满意率 asks for
    if coverage < 1 and any(ch in EXACT_CHARS and ch not in text for ch in surface):
        return None  # 第一季度 is no typo for 第四季度, nor 每周 for 每月
    if align is None or align.score < 60:
        if not relaxed:
            return None
        span = (where, where + run)
    else:
        span = (align.dest_start, align.dest_end)
    if span[1] - span[0] > size * 1.6 + 2:
        return None
    if coverage == 1 and not relaxed and text[span[0]:span[1]] != surface:
        near = int(LCSseq.similarity(surface, text[max(0, span[0] - NEAR):span[1] + NEAR]))
        if near < found:  # some of its characters are said only far away
            found, coverage = near, near / size
            if coverage < need and run < LONG_RUN:
                return None
    contiguity = run / size
    return found * coverage * (0.7 + 0.3 * contiguity), coverage, span


FEW_SAID = 0.5  # …and any name said less than half: its window padded to a long name's
# length would swallow the asking words (区政府门户网站归它管: 归它管 is no part of
# 门户网站共发布各类信息)
TRIMMED_KINDS = ("term",)  # names whose window a question's own words may pad (a figure's name
# in part keeps its window: how other intents were scored on it)


def _unjoined(span: tuple[int, int], surface: str, text: str) -> tuple[int, int]:
    """A partial name's window cut at the word joining it to another name (出占一般公共预算拨款
    支出: it starts past the 占), then trimmed."""
    start, end = span
    for at in range(start, end):
        if start <= at < end and text[at] in JOINTS + "比占" and text[at] not in surface:
            before = sum(ch in surface for ch in text[start:at])
            after = sum(ch in surface for ch in text[at + 1:end])
            start, end = (at + 1, end) if after > before else (start, at)  # the side holding
            # more of the name
    return _trimmed((start, end), surface, text) if end - start >= 2 else _trimmed(
        span, surface, text)


def _trimmed(span: tuple[int, int], surface: str, text: str) -> tuple[int, int]:
    """A partial name's window without the characters at its ends the name does not have: the
    aligner pads a window to the name's length, which would overlap the next name said."""
    start, end = span
    while start < end and text[start] not in surface:
        start += 1
    while end > start and text[end - 1] not in surface:
        end -= 1
    return (start, end) if end - start >= 2 else span


def common_run(a: str, b: str) -> tuple[int, int]:
    """Length of the longest common substring of a and b, and where it starts in b (the first
    such stretch of a, at its first place in b). Each start in a only tries runs longer than the
    best so far, with C's substring search."""
    best, where = 0, 0
    for i in range(len(a)):
        end = i + best + 1
        while end <= len(a) and a[i:end] in b:
            end += 1
        if end - 1 - i > best:
            best = end - 1 - i
            where = b.find(a[i:i + best])
    return best, where


def _merged(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


TOTAL_NAMED = ("合计", "总计")  # how a name of a total may end (收入合计, 支出总计)


def _totals_named(text: str, hits: list[Hit]) -> str:
    """The text with the names of two totals or more said word for word (收入合计和支出合计差多少)
    masked: their 合计 names each, it asks no sum (one such name may ask its row's 合计)."""
    totals = [h for h in hits if text[h.span[0]:h.span[1]] == h.entry.surface
              and h.entry.surface.endswith(TOTAL_NAMED)]
    if len({h.entry.surface for h in totals}) < 2:
        return text
    for hit in totals:
        end = hit.span[1]
        text = text[:end - 2] + PLACEHOLDER * 2 + text[end:]
    return text


def _mask(text: str, hits: list[Hit]) -> str:
    """The text with each name found replaced; a glossary term found in part only over the
    characters it has (职业年金缴费支出指的是什么: the asking words are no part of it)."""
    out = text
    spans = {_trimmed(h.span, h.entry.surface, text) if h.coverage < 1 and (
        h.entry.kind in TRIMMED_KINDS or h.coverage < FEW_SAID) else h.span for h in hits}
    for start, end in sorted(_merged(spans), key=lambda s: -s[0]):
        out = out[:start] + PLACEHOLDER + out[end:]
    return re.sub(PLACEHOLDER + "+", PLACEHOLDER, out)


LONGER_NAME = re.compile(r"^((?:(?![比和与及跟同、占的里中是多少为一共年加减])"
                         r"[\u4e00-\u9fff]){2,3}?)(费)")
GENERIC_TAIL = {"费用", "支出", "经费", "金额", "总额", "收入", "资金"}


def _names_more(hit: Hit, text: str) -> bool:
    """车辆购置费 is not 车辆: the question goes on naming a longer, different thing."""
    run, where = common_run(hit.entry.surface, text)
    tail = LONGER_NAME.match(text[where + run:])
    if not tail or tail.group(0) in GENERIC_TAIL or tail.group(1) in GENERIC_TAIL:
        return False
    return not _in_order(tail.group(1), hit.entry.name)  # 运维 of 运行维护费 names no more


def _in_order(short: str, name: str) -> bool:
    """Every character of `short` is in `name`, in order (运维 in 公务用车购置及运行维护费)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _modifier_first(hits: list[Hit], text: str) -> list[Hit]:
    """小学教育支出 is 小学教育's 支出, not 教育支出: of two names said exactly and overlapping,
    the later one loses when all it adds is a generic tail (支出, 经费…) and the earlier one adds
    a word of its own before it. Reordered, not removed."""
    exact = [h for h in hits if h.coverage == 1]
    later = {id(b) for a in exact for b in exact
             if a.span[0] < b.span[0] < a.span[1] < b.span[1]
             and text[a.span[1]:b.span[1]] in GENERIC_TAIL}
    if not later:
        return hits
    return [h for h in hits if id(h) not in later] + [h for h in hits if id(h) in later]


def _whole_of_parts(chosen: list[Hit], candidates: list[Hit], text: str) -> list[Hit]:
    """政府采购总共多少，分货物和服务: two parts (政府采购货物, 政府采购服务) read from one stretch
    that is itself a name (政府采购) and words said further on; that name is asked too, and
    first: the parts are read across a gap, the whole is said as it is."""
    spans: dict[tuple[int, int], set[str]] = {}
    for hit in chosen:  # surfaces, not names: one alias of two names (收入支出总计) is no list
        if len(hit.entry.surface) > hit.span[1] - hit.span[0]:
            spans.setdefault(hit.span, set()).add(hit.entry.surface)
    wholes = []
    for span, parts in spans.items():
        if len(parts) < 2:
            continue
        exact = [c for c in candidates if span[0] <= c.span[0] and c.span[1] <= span[1]
                 and c.coverage == 1 and c.entry.surface == text[c.span[0]:c.span[1]]]
        wholes += [c for c in exact if c.score == exact[0].score]
    return wholes


def _not_misread(hits: list[Hit], others: list[Hit]) -> list[Hit]:
    """公用经费 is not a mistyped 三公经费 when 公用经费 is itself a name found exactly there."""
    exact = {(o.span, o.entry.name, len(o.entry.surface)) for o in others if o.coverage == 1}
    verdict: dict[tuple, bool] = {}

    def misread(h: Hit) -> bool:
        key = (h.span, h.entry.name, len(h.entry.surface))
        if key not in verdict:
            verdict[key] = any(name != h.entry.name and span[0] < h.span[1]
                               and h.span[0] < span[1] and len(h.entry.surface) <= size + 1
                               for span, name, size in exact)
        return verdict[key]

    return [h for h in hits if h.coverage == 1 or not misread(h)]


OTHERS = ("其他", "其它")  # the catch-all sibling's opening (其他留学教育支出 beside 留学教育)
OTHER_WORD = re.compile("|".join(OTHERS))


def _non_overlapping(candidates: list[Hit], text: str = "") -> list[Hit]:
    """Best hit per span and document; hits tying with it on the same span stay too. A name said
    as is keeps its place against a better partial one whose window only reaches it with
    characters the partial name lacks (里面公积金和购房补贴: 住房公积金 is 公积金, 购房补贴 stays).
    """
    chosen: list[Hit] = []
    by_doc: dict[str, list[Hit]] = {}
    named = {c.entry.surface for c in candidates if text[c.span[0]:c.span[1]] == c.entry.surface}
    if not _other_said(candidates, text) and any(
            c.entry.surface.startswith(OTHERS) for c in candidates):
        # 留学教育支出: 留学教育 said whole, never the catch-all 其他留学教育支出 read in part
        # (of the same document: 资本性支出 of one is no 其他资本性支出 of another)
        said_whole = [c for c in candidates if text[c.span[0]:c.span[1]] == c.entry.surface]
        candidates = [c for c in candidates if not (
            c.entry.surface.startswith(OTHERS) and c not in said_whole and any(
                _overlap(c.span, w.span) and w.entry.surface in c.entry.surface
                and w.entry.doc_id == c.entry.doc_id for w in said_whole))]
    for hit in candidates:
        mine = by_doc.setdefault(hit.entry.doc_id, [])  # each document keeps its own best
        clash = [c for c in mine if _overlap(hit.span, c.span)]
        said = bool(text) and text[hit.span[0]:hit.span[1]] == hit.entry.surface
        if clash and text:
            own = hit if said else replace(hit, span=_trimmed(hit.span, hit.entry.surface, text))
            narrowed = {id(c): replace(c, span=_trimmed(c.span, c.entry.surface, text))
                        for c in clash if text[c.span[0]:c.span[1]] != c.entry.surface}
            if all(id(c) in narrowed and _listed(own.span, narrowed[id(c)].span, text,
                                                 abutting=_heads(own, narrowed[id(c)], text))
                   for c in clash):  # 科学技术和一般公共服务: each window without the other's
                mine[:] = [narrowed.get(id(c), c) for c in mine]
                chosen[:] = [narrowed.get(id(c), c) for c in chosen]
                hit, clash = own, []
            elif said and _read_across(hit, clash, text, named):  # 收入合计和支出合计: no
                # 收入和支出 read across the 和 joining two names said word for word
                mine[:] = [c for c in mine if not any(c is d for d in clash)]
                chosen[:] = [c for c in chosen if not any(c is d for d in clash)]
                clash = []
            elif said and (free := _said_again(hit, text, mine)) is not None:
                hit, clash = free, []  # 来华留学教育…是不是就是留学教育: the name said alone
            elif not said and (free := _head_again(hit, text, mine, named)) is not None:
                hit, clash = free, []  # 住房保障社会保障和就业支出: 住房保障, said clear of it
        if not clash or any(c.span == hit.span and abs(c.score - hit.score) < 1e-9
                            for c in clash):
            mine.append(hit)
            chosen.append(hit)
    return chosen


def _other_said(candidates: list[Hit], text: str) -> bool:
    """其他 said in the question outside every name said word for word that opens with it
    (其他交通费用占商品和服务支出: its 其他 is 其他交通费用's, no 其他商品和服务支出 asked)."""
    inside = [c.span for c in candidates if c.entry.surface.startswith(OTHERS)
              and text[c.span[0]:c.span[1]] == c.entry.surface]
    return any(not any(start <= m.start() < end for start, end in inside)
               for m in OTHER_WORD.finditer(text))



def _head_again(hit: Hit, text: str, taken: list[Hit], named: set[str]) -> Hit | None:
    """A name said in part whose window runs into a name taken, at the place its head (all but
    its last two characters at most, ABUTTING or more) is said word for word clear of them."""
    surface = hit.entry.surface
    for size in range(len(surface) - 1, max(ABUTTING, len(surface) - 2) - 1, -1):
        at = text.find(surface[:size])
        while at >= 0:
            span = (at, at + size)
            if not any(_overlap(span, t.span) for t in taken) and surface[:size] not in named:
                return replace(hit, span=span)  # (三公经费 said is 三公经费's, no part of a name)
            at = text.find(surface[:size], at + 1)
    return None


def _read_across(hit: Hit, clash: list[Hit], text: str, named: set[str]) -> bool:
    """A name said word for word, joined (和, 、) to another said word for word after it, that
    the names clashing with it were read across: each found whole only by scattered characters,
    the joint among them (收入合计和支出合计: 收入和支出 is no name said)."""
    end = hit.span[1]
    if len(hit.entry.surface) < ABUTTING or end >= len(text) or text[end] not in JOINTS or \
            not any(len(n) >= ABUTTING and text.startswith(n, end + 1) for n in named):
        return False
    return all(c.coverage == 1 and text[c.span[0]:c.span[1]] != c.entry.surface
               and text[end] in c.entry.surface and c.span[0] <= hit.span[0] < end < c.span[1]
               for c in clash)


def _said_again(hit: Hit, text: str, taken: list[Hit]) -> Hit | None:
    """The hit at a later place its name is said word for word, clear of the names taken."""
    surface = hit.entry.surface
    at = text.find(surface, hit.span[0] + 1)
    while at >= 0:
        span = (at, at + len(surface))
        if not any(_overlap(span, t.span) for t in taken):
            return replace(hit, span=span)
        at = text.find(surface, at + 1)
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _heads(a: Hit, b: Hit, text: str) -> bool:
    """Both names said by their heads (卫生健康 of 卫生健康支出, 住房保障 of 住房保障支出) or
    whole (社会保障和就业、住房保障支出: the 、 folded away between them)."""
    return all(h.entry.surface.startswith(text[h.span[0]:h.span[1]]) for h in (a, b))


def _listed(a: tuple[int, int], b: tuple[int, int], text: str, abutting: bool = False) -> bool:
    """Two spans apart with a list's joint between them (公积金和购房补贴), not one compound
    (政府性基金收支: 收支 of 政府性基金); two names both said by their heads may abut (卫生健康
    住房保障: each of four characters or more, the 、 between them folded away)."""
    first, second = sorted((a, b))
    if abutting and first[1] == second[0] and text[first[0]:first[1]] != SCOPE_WORD and \
            min(first[1] - first[0], second[1] - second[0]) >= ABUTTING:  # (财政拨款教育支出:
        # the scope of the name after it, one compound)
        return True
    return first[1] <= second[0] and bool(LIST_JOINT.search(text[first[1]:second[0]]))


ABUTTING = 4  # characters each of two names said side by side must have to be two


def _cue_words(data: IntentData) -> set[str]:
    words = {fold(c) for i in data.intents for c in i.cues + i.requires_any}
    vocab = data.vocabulary  # the domain's own names, loaded or not: 人员经费 is one word
    words |= {fold(w) for d in vocab.derived for w in (d.name, *d.aliases)}
    words |= {fold(w) for alias, metrics, _ in vocab.aliases for w in (alias, *metrics)}
    words |= {"多少", "多少钱", "是多少", "什么", "为什么", "哪些", "几个", "比上年", "上年"}
    return {w for w in words if w}


def _tokenizer(words: list[str]) -> jieba.Tokenizer:
    """A jieba tokenizer over the domain vocabulary only: loads in milliseconds."""
    folder = cache.folder("juesuan-jieba")
    path = folder / f"dict-{cache.digest(*words)}.txt"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(f"{w} 10\n" for w in words if " " not in w) or "多少 10\n",
                       encoding="utf-8")
        os.replace(tmp, path)
    tokenizer = jieba.Tokenizer(dictionary=str(path))
    tokenizer.tmp_dir = str(folder)
    tokenizer.cache_file = f"jieba-{path.stem}.cache"
    tokenizer.initialize()
    return tokenizer
