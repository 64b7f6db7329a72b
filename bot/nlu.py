"""Question → Match: the things named (metrics, terms, documents, years) and the kind of question.

Recognising *what* is asked about (entities known from the store and the vocabulary) is kept
apart from *which kind* of question it is (intents, matched by example with one rapidfuzz call):
a thing the store does not know means declining, whatever the fuzzy score of the wording.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from bot.intents import Intent, IntentData
from bot.normalize import Normalizer, fold
from bot.years import asks_earlier, relative


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
MARGIN = 6.0  # a definition and a figure closer than this for the same name → ask which
THING_MIN_COVERAGE = 0.6  # share of a name's characters that must be found, in order
SHORT_NAME_COVERAGE = 0.75  # the same for names of four characters or fewer
LONG_RUN = 7  # …unless this many characters of the name are said in one stretch
NEGATION = re.compile(r"不|未|非")
EXACT_CHARS = set("0123456789一二三四五六七八九十百千万年月日周季初末")  # never mistyped for each
# other
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
class Hit:
    entry: Entry
    score: float
    coverage: float
    span: tuple[int, int]


@dataclass(frozen=True)
class Document:
    doc_id: str
    department: str
    year: int
    aliases: tuple[str, ...]


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
    unknown_year: int | None = None
    previous_year: bool = False
    scores: dict = field(default_factory=dict, compare=False)
    earlier: bool = False  # the year before is asked for itself (上年的X), not compared with


class Matcher:
    """Built once from the intents and the store's vocabulary; match() is pure and fast."""

    def __init__(self, data: IntentData, documents: list[Document], entries: list[Entry],
                 normalizer: Normalizer) -> None:
        self.data = data
        self.documents = documents
        self.normalize = normalizer
        self.entries = entries
        self._surfaces = [e.surface for e in entries]
        self._tokenizer = _tokenizer(sorted({e.surface for e in entries} | _cue_words(data)))
        self._examples: list[str] = []
        self._owners: list[Intent] = []
        for intent in data.intents:
            for example in intent.examples:
                self._examples.append(self.tokens(self._example_text(example)))
                self._owners.append(intent)
        self._cues = {i.name: tuple({self.normalize(c) for c in i.cues}
                                    | {fold(c) for c in i.cues}) for i in data.intents}
        self._requires = {i.name: tuple(fold(w) for w in i.requires_any) for i in data.intents}
        self._dept_aliases = sorted(((fold(a), d.doc_id) for d in documents for a in d.aliases),
                                    key=lambda x: -len(x[0]))

    def _example_text(self, example: str) -> str:
        return self.normalize(example.replace("{thing}", PLACEHOLDER).replace("{topic}", ""))

    def tokens(self, text: str) -> str:
        """jieba tokens joined by spaces, the form rapidfuzz's token scorers expect."""
        return " ".join(t for t in self._tokenizer.lcut(text, HMM=False) if t.strip())

    def match(self, question: str) -> Match:
        text = self.normalize(question)
        text, named, unknown_dept = self._departments(text)
        text, years, unknown_year, previous = self._years(text, named)
        scope = tuple(d.doc_id for d in self.documents
                      if (not named or d.doc_id in named) and (not years or d.year in years
                                                                or d.year - 1 in years))
        hits = self.find_things(text, scope)
        masked = _mask(text, hits)
        intent, confidence, runner_up, scores = self._classify(masked, text, bool(hits))
        return Match(text, masked, intent, confidence, runner_up, tuple(hits), scope,
                     tuple(named), unknown_dept, unknown_year, previous, scores,
                     asks_earlier(text))

    # ------------------------------------------------------------ documents and years

    def _departments(self, text: str) -> tuple[str, list[str], str | None]:
        named: list[str] = []
        for alias, doc_id in self._dept_aliases:
            if alias and alias in text:
                if doc_id not in named:
                    named.append(doc_id)
                text = text.replace(alias, " ")
        unknown = None
        if not named:
            mention = re.search(
                r"[\u4e00-\u9fff]{1,6}(?:省|市|区|县)[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|中心|厅|院)"
                r"|(?<![这那哪该本我])[\u4e00-\u9fff]{2,5}(?<![布格结大全当棋饭])(?:局|厅)(?![长])",
                text)
            if mention and not self._resembles(mention.group(0)):
                unknown = mention.group(0)
        return text.replace(" ", ""), named, unknown

    def _resembles(self, mention: str) -> bool:
        """文旅局 for 文化旅游广电体育局: every character of the mention, in order, in a name."""
        core = re.sub(r"^[\u4e00-\u9fff]{1,6}?(省|市|区|县)", "", mention)
        return any(LCSseq.similarity(core, alias) == len(core)
                   for d in self.documents for alias in d.aliases)

    def _years(self, text: str, named: list[str]) -> tuple[str, set[int], int | None, bool]:
        docs = [d for d in self.documents if not named or d.doc_id in named]
        loaded = {d.year for d in docs}
        text = relative(text, max(loaded) if loaded else None)
        years: set[int] = set()
        unknown = None
        previous = False
        for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?!\d)(年度|年|全年)?", text):
            year = int(m.group(1))
            if year in loaded:
                years.add(year)
            elif year + 1 in loaded:
                previous = True
            else:
                unknown = year
        text = re.sub(r"(?<!\d)((?:19|20)\d{2})(?!\d)(年度|全年|年)?",
                      lambda m: "上年" if int(m.group(1)) + 1 in loaded and
                      int(m.group(1)) not in loaded else "", text)
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
        candidates: list[Hit] = []
        for _, found, index in found_all:
            entry = self.entries[index]
            if entry.doc_id not in scope or (kinds and entry.kind not in kinds) or (
                    names is not None and entry.name not in names):
                continue
            found = int(found)
            size = len(entry.surface)
            coverage = found / size
            need = SHORT_NAME_COVERAGE if size <= 4 else THING_MIN_COVERAGE
            if found < 2 or (coverage < need and not relaxed and found < LONG_RUN):
                continue
            run, where = common_run(entry.surface, text)
            if coverage < need and not relaxed and run < LONG_RUN:
                continue  # a long name is named by a long stretch of it said word for word
            align = fuzz.partial_ratio_alignment(entry.surface, text)
            typo = (align is not None and align.score >= 75
                    and align.dest_end - align.dest_start == size)  # one character mistyped
            if run < 2 or (not relaxed and run < min(3, size - 1) and not typo):
                continue  # scattered characters are not a name
            if NEGATION.search(entry.surface) and not NEGATION.search(text):
                continue  # 不满意率 is not what 满意率 asks for
            if coverage < 1 and any(ch in EXACT_CHARS and ch not in text for ch in entry.surface):
                continue  # 第一季度 is no typo for 第四季度, nor 每周 for 每月
            if align is None or align.score < 60:
                if not relaxed:
                    continue
                span = (where, where + run)
            else:
                span = (align.dest_start, align.dest_end)
            if span[1] - span[0] > size * 1.6 + 2:
                continue
            contiguity = run / size
            score = found * coverage * entry.weight * (0.7 + 0.3 * contiguity)
            candidates.append(Hit(entry, score, coverage, span))
        candidates.sort(key=lambda h: (-h.score, -len(h.entry.surface)))
        terms = _non_overlapping([h for h in candidates if h.entry.kind == "term"])
        figures = _non_overlapping([h for h in candidates if h.entry.kind != "term"])
        terms = _not_misread(terms, figures)
        figures = _not_misread(figures, terms)
        starts = {h.span[0] for h in figures}
        figures = [h for h in figures if h.span[1] in starts or not _names_more(h, text)]
        return sorted(figures + terms, key=lambda h: (-h.score, -len(h.entry.surface)))

    # ------------------------------------------------------------ kind of question

    def _classify(self, masked: str, text: str, has_thing: bool
                  ) -> tuple[Intent | None, float, Intent | None, dict]:
        query = self.tokens(masked)
        scored = process.extract(query, self._examples, scorer=INTENT_SCORER, limit=None)
        best: dict[str, float] = {}
        by_name: dict[str, Intent] = {}
        for _, score, index in scored:
            intent = self._owners[index]
            if score > best.get(intent.name, -1):
                best[intent.name] = float(score)
                by_name[intent.name] = intent
        for name, intent in by_name.items():
            if intent.cues and any(c and c in text for c in self._cues[name]):
                best[name] += CUE_BONUS
            elif intent.cues:
                best[name] -= 15
            if intent.requires_any and not any(w in text for w in self._requires[name]):
                best[name] -= 100
            if intent.needs and not has_thing:
                best[name] -= 15
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        (top, top_score), (second, _) = ranked[0], ranked[1]
        if top_score < INTENT_CUTOFF:
            return None, top_score / 100, by_name[top], best
        return by_name[top], min(top_score, 100.0) / 100, by_name[second], best


def common_run(a: str, b: str) -> tuple[int, int]:
    """Length of the longest common substring of a and b, and where it starts in b."""
    best, where = 0, 0
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if ch == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best:
                    best, where = current[j], j - current[j]
        previous = current
    return best, where


def _merged(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _mask(text: str, hits: list[Hit]) -> str:
    out = text
    for start, end in sorted(_merged({h.span for h in hits}), key=lambda s: -s[0]):
        out = out[:start] + PLACEHOLDER + out[end:]
    return re.sub(PLACEHOLDER + "+", PLACEHOLDER, out)


LONGER_NAME = re.compile(r"^((?:(?![比和与及占的里中是多少为一共年])[\u4e00-\u9fff]){2,3}?)(费)")
GENERIC_TAIL = {"费用", "支出", "经费", "金额", "总额", "收入", "资金"}


def _names_more(hit: Hit, text: str) -> bool:
    """车辆购置费 is not 车辆: the question goes on naming a longer, different thing."""
    run, where = common_run(hit.entry.surface, text)
    tail = LONGER_NAME.match(text[where + run:])
    if not tail or tail.group(0) in GENERIC_TAIL or tail.group(1) in GENERIC_TAIL:
        return False
    return tail.group(1) not in hit.entry.name


def _not_misread(hits: list[Hit], others: list[Hit]) -> list[Hit]:
    """公用经费 is not a mistyped 三公经费 when 公用经费 is itself a name found exactly there."""
    return [h for h in hits if h.coverage == 1 or not any(
        o.coverage == 1 and o.entry.name != h.entry.name and o.span[0] < h.span[1]
        and h.span[0] < o.span[1] and len(h.entry.surface) <= len(o.entry.surface) + 1
        for o in others)]


def _non_overlapping(candidates: list[Hit]) -> list[Hit]:
    """Best hit per span and document; hits tying with it on the same span stay too."""
    chosen: list[Hit] = []
    for hit in candidates:
        clash = [c for c in chosen if hit.span[0] < c.span[1] and c.span[0] < hit.span[1]
                 and c.entry.doc_id == hit.entry.doc_id]  # each document keeps its own best
        if not clash:
            chosen.append(hit)
        elif any(c.span == hit.span and abs(c.score - hit.score) < 1e-9 for c in clash):
            chosen.append(hit)
    return chosen


def _cue_words(data: IntentData) -> set[str]:
    words = {fold(c) for i in data.intents for c in i.cues + i.requires_any}
    words |= {"多少", "多少钱", "是多少", "什么", "为什么", "哪些", "几个", "比上年", "上年"}
    return {w for w in words if w}


def _tokenizer(words: list[str]) -> jieba.Tokenizer:
    """A jieba tokenizer over the domain vocabulary only: loads in milliseconds."""
    folder = Path(os.environ.get("JUESUAN_CACHE") or tempfile.gettempdir()) / "juesuan-jieba"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.md5("\n".join(words).encode()).hexdigest()[:16]
    path = folder / f"dict-{digest}.txt"
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
