"""The narrative beyond the figures: BM25 over the disclosure's own sentences, the last resort.

A question no figure, glossary term or duty answers may still be answered by a sentence of the
disclosure (受理多少件, 获得什么荣誉, 为什么开设绿色窗口). Sentences and questions go through the
same normaliser (so the lexicon's synonyms apply to both) and are indexed by the domain
tokenizer's words plus character bigrams. The confidence is the share of the question's
information (IDF-weighted terms) that the sentence holds: a question whose key words the
disclosure never uses scores low and is declined, whatever the BM25 rank.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from bot.answer import Answer, Source
from bot.measures import Measure
from bot.nlu import PLACEHOLDER
from bot.normalize import light_fold
from bot.years import part_of_year

PASSAGE = "narrative.passage"  # the intent of a sentence quoted from the narrative

THRESHOLD = 0.65  # calibrated on tests/data/lang-*.jsonl: below it a sentence is no answer
K1, B = 1.5, 0.75
MARGIN = 0.05  # a second, different sentence this close to the best one…
RIVAL = 0.85  # …lowers the confidence by this factor
SEAM = 0.3
TOPIC = 1.5  # weight of an unseen bigram straddling a shared word's edge
RARE = 2  # a word in at most this many sentences names one of them
ANCHORED = 0.4  # a sentence holding a word no other holds answers at this share of the question
ANCHOR_LENGTH = 2  # characters of such a word (绿色窗口, 勒索病毒, wannacry)
POINTING = re.compile(r"这些|那些|这个|那个|这笔|那笔|这项|那项|它|其中|里面|里头")
MIN_INFORMATION = 4.5  # the question's summed IDF: one rare word or two common ones
MEASURE_INFORMATION = 2.0  # what a unit said adds (多少件业务 is more than 业务)
QUANTITY = re.compile(r"多少|几|多高|多大|多长|多久|比例|比率|百分")
DIGIT = re.compile(r"\d+(?:\.\d+)?(?:万|亿|%|件|人|条|个|分|次|项|台|辆|元|批|家|户|天|月|日|号)"
                   r"|\d{3,}")  # a figure, not the 2. of a numbered item
MONEY_ASKED = re.compile(r"多少钱|花了|花费|经费|费用|金额|万元|开支|支出|资金")
MONEY = re.compile(r"\d+(?:\.\d+)?(?:万元|亿元|元)")
NAME_ASKED = re.compile(r"叫什么|叫啥|名字|名称")
NAME_GIVEN = re.compile(r"[《“\"]|叫|称为|名为|命名|[A-Za-z]{4,}")  # WannaCry: a name in letters
WHO = re.compile(r"谁(?:来|去|能|可以|负责)?([\u4e00-\u9fff]{2})")
GENERAL_BUDGET = re.compile(r"一般公共预算")
CLAUSE = re.compile(r"[,，;；。:：、]")
MAX_QUOTE = 160  # characters of one quoted passage
SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")
CLAUSE_END = re.compile(r"(?<=[；;])")
# an enumerated item inside a sentence starts here: 1. / 2、 / (三) / 二是
NUMERAL = r"[一二三四五六七八九十\d]{1,2}"
ITEM_START = re.compile(rf"(?:(?<=[;；。:：,，])|^)\s*(?:\d{{1,2}}[.、](?!\d)|\d[.、](?=20\d\d年)"
                        rf"|[(（]{NUMERAL}[)）]"
                        r"|[一二三四五六七八九十]是)")
HEADING = re.compile(rf"^\s*([(（]{NUMERAL}[)）]|[一二三四五六七八九十]{{1,2}}、)")
CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# how a question asks, never the rare word it asks about
HOW_ASKED_WORDS = {"包括", "包含", "下面", "其中", "有关", "相关", "空的", "对应"}
QUESTION_WORDS = re.compile(
    r"请问|多少|什么|怎么样|怎么|怎样|如何|哪些|哪个|哪里|哪儿|哪|是否|是不是|有没有|有无|为什么|为啥|"
    r"为何|咋|啥|谁|几|吗|呢|吧|呀|啊|的|了|是|有|在|都|就|也|还|和|与|及|或|这个|那个|这些|他们|她们|"
    r"它们|我们|你们|单位|部门|中心|大厅|情况|具体|大概|一共|总共|主要|一下|可以|能|要|想|知道|告诉|"
    r"决算|年度|\d{4}年|算不算|高不高|好不好|多高|多大|多长|多久|里面|里头|方面|属于|一年|全年|今年|"
    r"当年(?![初末底])|那一年(?![初末底])|那年(?![初末底])|这一年(?![初末底])|"
    r"每年|到头|下来|目前|现在|收到|得到|做了|干了|搞了|给|做|干|搞|弄|去|来|些|件|条|笔|个|次|位|项|"
    r"呀|哦|有什么用|什么用|具体数据|数据|最后|别的|后面|两句|一句|说说|讲讲|谈谈|介绍一下|介绍|"
    r"展开|"
    r"多大比例|比例|比率|百分比|占比|比重|几成")  # a share asked: the kind, not the thing


LEADING = re.compile(r"^(?:那么|那|还有|再)")  # how a follow-up opens, not what it names
WORD_CHAR = re.compile(r"[\u4e00-\u9fffa-z]")


@dataclass(frozen=True)
class Passage:
    doc_id: str
    heading: str
    text: str  # as published
    terms: Counter
    topic: frozenset = frozenset()  # terms of a short heading sentence that leads the passage


@dataclass(frozen=True)
class Candidate:
    """One answerer's proposal: the answer and how sure it is (0…1)."""

    answer: Answer
    confidence: float


@dataclass
class Corpus:
    """The sentences of some documents with their term statistics (BM25)."""

    passages: list[Passage]
    df: Counter
    idf: dict[str, float]
    unseen: float
    avg: float
    postings: dict[str, list[int]]  # term → the passages holding it, in order
    lengths: list[int]


MORE = 3  # sentences quoted when more of the last quote is asked (具体点)
WHOLE = 16  # up to this many documents loaded, one corpus over all (IDF over everything)
CORPORA = 32  # corpora of narrower scopes kept, most recent first


LIST_MARK = re.compile(r"、\||\|[、等]")  # a list's item: 、 before it, 、 or 等 after it


class Passages:
    """Sentence retrieval over the loaded documents, built on first use: over all of them while
    few are loaded, else over the documents in scope (an archive is never indexed whole)."""

    def __init__(self, docs: dict, normalize, tokens) -> None:
        self._docs = docs
        self._normalize = normalize
        self._tokens = tokens
        self._clause_cache: dict[str, list[tuple[Counter, bool, bool]]] = {}
        self._corpora: OrderedDict[tuple[str, ...], Corpus] = OrderedDict()
        self._sentences: dict[tuple[str, ...], list[str]] = {}

    def corpus(self, doc_ids: tuple[str, ...]) -> Corpus:
        """The corpus searched for these documents."""
        key = tuple(self._docs) if len(self._docs) <= WHOLE else tuple(sorted(set(doc_ids)))
        found = self._corpora.get(key)
        if found is None:
            found = self._corpora[key] = self._build(key)
            while len(self._corpora) > CORPORA:
                self._corpora.popitem(last=False)
        self._corpora.move_to_end(key)
        return found

    def sentences(self, doc_ids: tuple[str, ...]) -> list[str]:
        """The sentences of these documents, folded lightly (no tokenizer): cheap enough for
        other_thing on every figure answer."""
        key = tuple(sorted(set(doc_ids)))
        found = self._sentences.get(key)
        if found is None:
            found = self._sentences[key] = [
                light_fold(unit) for doc_id in key for section in self._docs[doc_id].sections
                for unit in _units(section["text"])]
            while len(self._sentences) > CORPORA:
                self._sentences.pop(next(iter(self._sentences)))
        return found

    def after(self, question: str, sentence: str, doc_ids: tuple[str, ...]) -> Answer | None:
        """The sentences that follow one quoted in the same section (MORE at most), quoted and
        cited, the last one first among the sources (the next 具体点 goes on from it); None when
        the quoted one ends its section."""
        passages = self.corpus(doc_ids).passages
        at = next((i for i, p in enumerate(passages) if p.text == sentence), None)
        if at is None:
            return None
        here = passages[at]
        following = passages[at + 1:at + 1 + MORE]
        following = following[:next((i for i, p in enumerate(following) if (
            p.doc_id, p.heading) != (here.doc_id, here.heading)), len(following))]
        if not following:
            return None
        doc = self._docs[here.doc_id]
        quoted = "".join(f"“{p.text}”" for p in following)
        return Answer(question, True, PASSAGE, 1.0, f"{doc.label}决算中接着写道：{quoted}",
                      tuple(Source(doc.title, p.heading, p.text) for p in following[::-1]))

    def says_something(self, text: str) -> bool:
        """Whether a question names anything beyond how it asks (百分比呢, 具体呢 do not)."""
        return bool(self.named(text))  # 那百分比呢: nothing

    def named(self, text: str) -> list[str]:
        """What a follow-up names, without how it asks (那正高呢 → 正高)."""
        return [p for p in QUESTION_WORDS.split(LEADING.sub("", self._normalize(text)))
                if WORD_CHAR.search(p)]

    def said_elsewhere(self, text: str, sentence: str, doc_ids: tuple[str, ...]) -> bool:
        """A follow-up names a rare word (病毒, 房产) that another sentence of the documents says
        and this one does not: the follow-up is about that other sentence, not this one."""
        corpus = self.corpus(doc_ids)
        folded = self._normalize(sentence)
        return any(0 < corpus.df.get(piece[i:i + 2], 0) <= RARE and piece[i:i + 2] not in folded
                   for piece in self.named(text) for i in range(len(piece) - 1))

    def holds_more(self, text: str, first: str, second: str, doc_ids: tuple[str, ...]) -> bool:
        """Whether the first sentence holds as much of what the question says (its words
        weighed by how rare they are) as the second, or more: 说的是要建立什么机制 after a duty
        quoted is asked of that duty, not of another sentence saying 机制."""
        corpus = self.corpus(doc_ids)
        query = {t for piece in QUESTION_WORDS.split(self._normalize(text)) if piece
                 for t in self._terms(piece, folded=True)}

        def held(sentence: str) -> float:
            terms = self._terms(sentence)
            return sum(corpus.idf.get(t, corpus.unseen) for t in query if t in terms)
        mine = held(first)
        return mine > 0 and mine >= held(second)  # (as much: the one just quoted)

    def in_passing(self, texts: tuple[str, ...], sentence: str) -> bool:
        """A sentence names what a bare question names (as said, or as normalised: 人头费 is
        人员经费) only as one item of a list (如…、人员经费、基建、修缮等方面的支出): it says
        nothing of it. The sentence is read as written, its list marks kept."""
        written = light_fold(sentence)
        pieces = {p for t in texts for p in self.named(t) + [light_fold(t)] if len(p) >= 2}
        places = [(m.start(), m.end()) for p in pieces for m in re.finditer(re.escape(p), written)]
        return bool(places) and all(
            LIST_MARK.search(written[max(0, a - 1):a] + "|" + written[b:b + 1])
            for a, b in places)

    def echoes(self, text: str, sentence: str) -> bool:
        """Whether a sentence says something of each thing a follow-up names (那十四五呢 is not
        answered by the sentence on 十三五 it was asked after): a shared pair of characters."""
        folded = self._normalize(sentence)
        for piece in self.named(text):
            grams = [piece[i:i + 2] for i in range(len(piece) - 1)]
            if grams and not any(g in folded for g in grams):
                return False
        return True

    def _terms(self, text: str, folded: bool = False) -> Counter:
        """Domain words of two or more characters plus every character bigram."""
        folded = text if folded else self._normalize(text)
        folded = GENERAL_BUDGET.sub("一般公共yusuan", folded)  # its 预算 is no budget asked
        words = [t for t in self._tokens(folded).split() if len(t) >= 2]
        runs = re.findall(r"[\u4e00-\u9fff]+|[a-z0-9.]+", folded)
        grams = [run[i:i + 2] for run in runs if re.match(r"[\u4e00-\u9fff]", run)
                 for i in range(len(run) - 1)]
        grams += [run for run in runs if not re.match(r"[\u4e00-\u9fff]", run) and len(run) > 1]
        return Counter(words + grams)

    def _build(self, doc_ids: tuple[str, ...]) -> Corpus:
        passages = []
        for doc_id in doc_ids:
            for section in self._docs[doc_id].sections:
                for unit in _units(section["text"]):
                    first = unit.split("。")[0]
                    topic = (frozenset(self._terms(first)) if HEADING.match(first)
                             and len(first) < 30 else frozenset())
                    passages.append(Passage(doc_id, section["heading"], unit, self._terms(unit),
                                            topic))
        df: Counter = Counter()
        postings: dict[str, list[int]] = {}
        for i, passage in enumerate(passages):
            df.update(passage.terms.keys())
            for term in passage.terms:
                postings.setdefault(term, []).append(i)
        n = max(len(passages), 1)
        idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        lengths = [sum(p.terms.values()) for p in passages]
        return Corpus(passages, df, idf, math.log(1 + (n + 0.5) / 0.5), sum(lengths) / n,
                      postings, lengths)

    def search(self, question: str, doc_ids: tuple[str, ...], measure: Measure | None = None,
               counted: str = "", floor: float = THRESHOLD) -> tuple[Passage, float] | None:
        """The best sentence for the question and the share of the question it covers, when it
        covers at least `floor` (sentences far below it are never scored). With a
        measure asked (几位客人), the clause of the question's main word must state a number in
        its units, and the words that ask it (counted) are left to that test when the
        disclosure never uses them."""
        if len(doc_ids) > WHOLE:
            return None  # no department narrowed: a sentence of one of many is no answer
        corpus = self.corpus(doc_ids)
        normalized = self._normalize(question)
        query: Counter = Counter()
        for piece in QUESTION_WORDS.split(normalized):
            query.update(self._terms(piece, folded=True) if piece else {})
        if counted:
            said = self._terms(counted)
            query = Counter({t: n for t, n in query.items() if t not in said or t in corpus.idf})
        why = WHY_ASKED.search(question) is not None
        use = USE_ASKED.search(normalized) is not None or USE_ASKED.search(question) is not None
        if why:  # 为什么会增加: the change is what the reason is asked of, not the thing
            query = Counter({t: n for t, n in query.items() if t not in CHANGE_WORDS})
        if not query:
            return None
        if measure is not None:  # 多少人次: a sentence in 人次 before one in 人 (a unit of two
            query.update(u for u in measure.units  # characters the filler words split)
                         if len(u) > 1 and u in counted and u in corpus.idf)
        who = WHO.search(normalized)  # 谁决定: a sentence that says 决定
        focus = who.group(1) if who and who.group(1) in corpus.idf else None
        if focus is None and "预算" in query:
            focus = "预算"  # 卫生健康支出预算多少: a sentence without a budget is no answer
        quantity = QUANTITY.search(question) is not None or measure is not None
        share = SHARE_ASKED.search(question) is not None
        part = part_of_year(normalized)
        money = MONEY_ASKED.search(question) is not None
        done = DONE_ASKED.search(question) is not None  # 定了什么制度: what it did, not its duty
        weight = {t: corpus.idf.get(t, corpus.unseen) for t in query}
        said_unit = measure is not None and measure.counted_in(normalized)
        whole = sum(weight.values())
        total = whole + (MEASURE_INFORMATION if said_unit else 0.0)
        if total < MIN_INFORMATION and not any(  # 收入多少: too little said for a sentence to
                len(t) >= 2 and CJK_WORD.fullmatch(t) and t not in HOW_ASKED_WORDS
                and len({corpus.passages[i].text for i in corpus.postings.get(t, ())}) == 1
                for t in query):  # be the answer, unless one sentence alone says a word of it
            # (校训是啥),
            return self._headed(corpus, query, doc_ids) if STATE_ASKED.search(question) \
                else None  # unless a section is headed by it (绩效怎么样: 预算绩效管理情况)
        edges = {t: [o for o in query if o != t and len(t) == 2
                     and (o.startswith(t[1]) or o.endswith(t[0]))] for t in query}
        held: dict[int, float] = {}
        for t in query:  # only sentences sharing a term: the weight of what each holds
            for i in corpus.postings.get(t, ()):
                held[i] = held.get(i, 0.0) + weight[t]
        bound = {i: h / (h + SEAM * (whole - h)) for i, h in held.items()}  # every miss a seam
        covers: dict[int, tuple[list[str], float]] = {}
        fits: dict[int, bool] = {}

        def fit(i: int) -> bool:  # 多少 is never answered by a sentence without a number
            if i not in fits:
                text = corpus.passages[i].text
                fits[i] = (not quantity or bool(DIGIT.search(text)) and self._counted(
                    text, covers[i][0], weight, money, measure)) and (
                    not share or "%" in text or len(set(COUNT.findall(text))) >= 2) and (
                    not part or self._names_part(text, part, quantity, measure)) and (
                    not why or BECAUSE.search(text) is not None and not DEFINES.search(text)) and (
                    not use or "万元" not in text or USE_SAID.search(text) is not None) and (
                    not done or not DUTY_HEADING.search(corpus.passages[i].heading))
                # a share asked: a sentence stating one, or two counts to compute it from;
                # a part of the year asked (12月份): a sentence that names it; a reason asked:
                # a sentence giving one (the figure again is no reason for it)
            return fits[i]

        top = None  # the best covering sentence that fits; none below its MARGIN is looked at,
        for i in sorted(bound, key=lambda i: -bound[i]):  # nor below the floor's: no answer
            if round(bound[i] + 1e-6, 2) < max(top or 0.0, floor) - MARGIN - 1e-9:
                break
            passage = corpus.passages[i]
            if passage.doc_id not in doc_ids or (focus and focus not in passage.terms):
                continue
            shared = [t for t in query if t in passage.terms]
            covers[i] = shared, round(_cover(query, shared, weight, edges), 2)
            if (top is None or covers[i][1] > top) and fit(i):
                top = covers[i][1]
        best, best_key = None, (0.0, 0.0)
        second, second_key = None, (0.0, 0.0)
        for i in sorted(covers):  # a sentence further below the best than MARGIN changes nothing
            if top is None or covers[i][1] < top - MARGIN - 1e-9 or not fit(i):
                continue
            passage = corpus.passages[i]
            shared, cover = covers[i]
            length = corpus.lengths[i]
            bm25 = sum(weight[t] * passage.terms[t] * (K1 + 1) / (
                passage.terms[t] + K1 * (1 - B + B * length / corpus.avg)) for t in shared)
            if passage.topic and any(t in passage.topic for t in shared):
                bm25 *= TOPIC  # the paragraph whose heading names the thing asked about
            key = (cover, bm25)
            if key > best_key:
                if best is not None and not _nested(best.text, passage.text):
                    second, second_key = best, best_key
                best, best_key = passage, key
            elif key > second_key and not _nested(best.text, passage.text):
                second, second_key = passage, key
        if best is None or best_key[0] < floor:
            return None  # a sentence covering less is never an answer
        if second is not None and second_key[0] >= best_key[0] - MARGIN:
            return best, best_key[0] * RIVAL  # two different sentences fit as well: less sure
        return best, best_key[0]

    def _headed(self, corpus: Corpus, query: Counter, doc_ids: tuple[str, ...]
                ) -> tuple[Passage, float] | None:
        """How a matter went (绩效怎么样) when one section's heading names every word asked:
        that section's first sentence, just above the floor; none when several sections do."""
        headings = {p.heading for p in corpus.passages if p.doc_id in doc_ids
                    and all(t in p.heading for t in query)}
        if len(headings) != 1:
            return None
        heading = headings.pop()
        first = next(p for p in corpus.passages if p.doc_id in doc_ids and p.heading == heading)
        return first, THRESHOLD

    def _counted(self, text: str, shared: list[str], weight: dict[str, float],
                 money: bool = False, measure: Measure | None = None) -> bool:
        """The clause holding the question's main word states a number (会议费 named in a list of
        things kept down is no figure for 会议费) — in the measure's units when one is asked."""
        key = max(shared, key=lambda t: weight[t])
        return any(key in terms and (measure.stated_in(near) if measure is not None
                                     else paid if money else counted)
                   for terms, counted, paid, near in self._clauses(text))

    def _names_part(self, text: str, part: str, quantity: bool, measure: Measure | None
                    ) -> bool:
        """The sentence names the part of the year asked about — in the clause stating the
        number when a number is asked (第三季度 scored 98.64分; the 3392件 are the year's)."""
        return any(part in clause and (not quantity or (
            measure.stated_in(clause) if measure is not None else DIGIT.search(clause)))
            for clause in CLAUSE.split(text))

    def _clauses(self, text: str) -> list[tuple[Counter, bool, bool, str]]:
        """Each clause's terms; whether it or the next clause states a number, a sum; the two
        clauses' text (cached)."""
        if text not in self._clause_cache:
            clauses = CLAUSE.split(text)
            near = [c + "".join(clauses[i + 1:i + 2]) for i, c in enumerate(clauses)]
            self._clause_cache[text] = [
                (self._terms(c), bool(DIGIT.search(n)), bool(MONEY.search(n)), n)
                for c, n in zip(clauses, near, strict=True)]
        return self._clause_cache[text]

    def _anchored(self, question: str, text: str, doc_ids: tuple[str, ...],
                  measure: Measure | None, counted: str) -> tuple[Passage, float] | None:
        """绿色窗口是给哪些人的, WannaCry那阵子做了什么防护: a sentence covering less of a question
        said in many words, when it holds a word of it no other sentence holds (not a figure
        asked: a number is never taken from a sentence found so loosely)."""
        found = self.search(text, doc_ids, measure, counted, ANCHORED)
        if found is None:
            return None
        corpus = self.corpus(doc_ids)
        said = self._terms(self._normalize(question), folded=True)  # the asker's own words, not
        if not any(len(t) >= ANCHOR_LENGTH and corpus.df.get(t) == 1 and t in found[0].terms
                   for t in said):  # the last thing a follow-up is read with
            return None
        return found[0], THRESHOLD

    def propose(self, question: str, text: str, doc_ids: tuple[str, ...],
                measure: Measure | None = None, counted: str = "", floor: float = THRESHOLD
                ) -> Candidate | None:
        """The sentence as a quoted, cited answer, with its confidence; None when none covers
        the floor."""
        found = self.search(text, doc_ids, measure, counted, floor)
        if found is None and floor >= THRESHOLD and not QUANTITY.search(text) and \
                not POINTING.search(question):  # (这些钱买了什么设备: of the last answer)
            found = self._anchored(question, text, doc_ids, measure, counted)
        if found is None:
            return None
        passage, cover = found
        if NAME_ASKED.search(text) and not NAME_GIVEN.search(passage.text):
            return None  # 公众号叫什么: a sentence that only mentions it gives no name
        doc = self._docs[passage.doc_id]
        quote = clip_item(passage.text, self._normalize(text))
        reply = f"{doc.label}决算中写道：“{quote}”" + part_of_whole(quote, question)
        answer = Answer(question, True, PASSAGE, cover, reply,
                        (Source(doc.title, passage.heading, passage.text),))
        return Candidate(answer, cover)


# what the unit did asked (定了什么制度, 出台了什么办法): never answered by a duty it has
DONE_ASKED = re.compile(r"(?<![规确决约预设])定了|制定了|出台了|建立了|搞了什么|做了什么|做了哪些")
DUTY_HEADING = re.compile(r"职能|职责")
WHY_ASKED = re.compile(r"为什么|为啥|为何|什么原因|啥原因|原因|理由|缘故|因为什么|是不是因为"
                       r"|是因为|是由于|怎么回事|咋回事"
                       r"|何故|凭什么|(?:咋|怎么)(?:还|会|就|又)?(?=[降涨少多减增变])")
BECAUSE = re.compile(r"原因|由于|因为|因(?!公)|主要是|用于|为了|导致|所以|使其|实现|结合|以便"
                     r"|便于|旨在|影响|需要|要求")  # words that give a reason or a purpose
STATE_ASKED = re.compile(r"怎么样|怎样|如何|咋样|情况|好不好|好吗")  # how a matter went
DEFINES = re.compile(r"[:：](?:指|反映)|是指")  # 年末结转和结余:指…因客观条件…: a meaning, no
# reason (其他留学教育支出(2050699):反映…用于…: what the code covers)
# 主要用在哪, 干什么用的: a sentence of an amount must say what the money went on, not only
# the figure again (a sentence of a service, no amount, may say what it is for in its own words)
USE_ASKED = re.compile(r"用在|用于|用到|用途|干什么用|干啥用|做什么用|干嘛用|派什么用场"
                       r"|花在哪|花到哪")
USE_SAID = re.compile(r"用于|用在|用来|用途|主要是|主要为|包括|开展|购置|购买|维护|运维|支付"
                      r"|发放|缴纳|开发|升级|改造")
CHANGE_WORDS = {"增加", "减少", "增长", "下降", "上升", "降低", "提高", "变化", "变动", "增多",
                "减小"}  # what a reason is asked of: the kind, not a word to find
SHARE_ASKED = re.compile(r"几成|比例|比重(?!庆)|百分之|占多少|占比|百分比")  # (比重庆…: none)
# a gap between two things asked (差多少, 多出多少, 相差): answered by a computed figure or a
# stated change or difference, never by the figures around it (差不多多少钱: no gap)
DIFFERENCE_ASKED = re.compile(r"差多少|差了多少|相差|(?<![不增])多多少|(?<![不减])少多少|多出多少"
                              r"|多出来多少|高出多少|低多少|差额|差距|多出几"
                              r"|[多少]了几[项条件个人次分]|[差多少]几[项条件个人次分](?!百分点|点)"
                              r"|超出[^，,。？?]{1,8}多少"
                              r"|(?:扣掉|扣除|除去|去掉|减去|减掉)[^，,。？?]{1,12}(?:还剩|剩下|剩)")
# (扣掉X，剩下多少: what is left)

# the units a narrative count is said in
COUNT_UNITS = ("条", "件", "项", "个", "人次", "人", "次", "家", "户", "台", "辆")
COUNT = re.compile(rf"(\d+(?:\.\d+)?)({'|'.join(COUNT_UNITS)})")


def part_of_whole(quote: str, question: str) -> str:
    """受理37条…公开了7条, asked 公开的占几成 (or 多了几条): the part over the whole (or the
    whole less the part), computed and labelled; only when the sentence states no share itself
    and holds exactly two counts of one unit."""
    share = SHARE_ASKED.search(question)
    gap = DIFFERENCE_ASKED.search(question) or COUNT_LEFT_ASKED.search(question)
    if AVERAGE_ASKED.search(question):
        return per_item(quote)
    if not (share or gap) and COUNTS_ADDED.search(question):
        return counts_added(quote, question)
    if not (share or gap) or share and "%" in quote:
        return ""  # (a sentence stating a share answers a share itself)
    counts = COUNT.findall(quote)
    if len(counts) > 2:  # 回访2447件,不满意19件…: the two the question names, as stated
        counts = _counts_named(quote, question, bool(share))
    if len(counts) != 2 or counts[0][1] != counts[1][1]:
        return ""
    whole, part = sorted((float(n) for n, _ in counts), reverse=True)
    if not whole or part == whole:
        return ""
    unit = counts[0][1]
    if not share:
        return (f"\n按{whole:g}{unit}−{part:g}{unit}计算，相差{whole - part:g}{unit}"
                "（计算得出，非原文数字）。")
    pct = f"{part / whole * 100:.2f}"
    return f"\n按{part:g}{unit}÷{whole:g}{unit}计算，约占{pct}%（计算得出，非原文数字）。"


# an amount per item asked (平均一个项目涉及多少预算): the amount over the count beside it
AVERAGE_ASKED = re.compile(r"平均(?:下来)?(?:一|每)(?:个|项)|每(?:个|项)[^，,。？?]{0,6}平均"
                           r"|摊到每")
COUNT_THEN_MONEY = re.compile(r"(?<![\d.])(\d+)(个|项)[^。；;]{0,20}?(?<![\d.])"
                              r"(\d+(?:\.\d+)?)(万元|元)")


def per_item(quote: str) -> str:
    """项目4个,涉及预算金额598.42万元, asked the amount per item: 598.42÷4, computed; "" when
    the sentence states no count with an amount after it."""
    found = COUNT_THEN_MONEY.search(quote)
    if found is None or not int(found.group(1)):
        return ""
    count, unit, money, money_unit = found.groups()
    each = (Decimal(money) / Decimal(count)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return (f"\n按{money}{money_unit}÷{count}{unit}计算，平均每{unit}约{each}{money_unit}"
            "（计算得出，非原文数字）。")


# counts asked added up (正高和副高加起来多少人, 院士一共几位)
COUNTS_ADDED = re.compile(r"加起来|加在一起|合起来|加一起|加一块|相加|之和|总和|一共|总共|合计"
                          r"|共有|[两二三四五]者?(?:总共|合共)|加上|[和跟与及][^，,。？?]{1,8}(?:共|总)")


INCLUDES = re.compile(r"[(（]含|[(（]包括")  # a count said to hold another
STATED_COUNT = re.compile(r"\d(?!\d*年)")  # a figure said in the question (years aside)
LIST_SPLIT = re.compile(r"[和跟与及、，,]|加上|再加|加")  # the things a sum asked lists
SUM_WORD_LAST = re.compile(r"(?:一|总|合)?[共总][^共总]*$")  # the word of a sum, after the list


def _listed(question: str) -> list[str]:
    """The things listed before the sum asked (科学院的和工程院的加海外的…一共: three)."""
    asked = COUNTS_ADDED.search(question)
    if asked is None:
        return []
    end = asked.start()
    if question[end] in "和跟与及":  # 科学院院士和工程院院士一共: the second listed too
        end += SUM_WORD_LAST.search(asked.group()).start()
    return [p for p in LIST_SPLIT.split(question[:end]) if len(p) >= 2]


def listed_more(question: str, found: int) -> bool:
    """More things listed before the sum asked than found."""
    return len(_listed(question)) > found


def _clause_before(quote: str, at: int) -> str:
    """The words of a sentence from the last break before a count up to it (其中 aside)."""
    start = max(quote.rfind(mark, 0, at) for mark in "、,，;；:：(（") + 1
    return quote[start:at].removeprefix("其中")


def _shared(said: str, piece: str) -> int:
    """How many two-character runs of the words before a count a listed thing says."""
    return sum(said[i:i + 2] in piece for i in range(len(said) - 1))


def counts_added(quote: str, question: str) -> str:
    """The counts of one unit a sentence states that the question names (two or more, each
    by the words just before it), added up, computed and labelled; a count the sentence breaks
    down after 其中 is their whole, never one of them; "" otherwise."""
    if STATED_COUNT.search(question):
        return ""  # 依申请公开一共受理37条，…: a count the asker states is no sum asked
    whole_end = quote.find("其中")
    said = [(m.group(2), m.group(3), m.group(1), m) for m in _count_matches(quote)
            if _shares_words(m.group(1), question)]
    if whole_end >= 0:
        said = [c for c in said if c[3].end() > whole_end + 2] or said
    pieces = _listed(question)
    if len(pieces) >= 2:  # 科学院的和工程院的加海外的: each named one, the count nearest it
        named = {id(c): _clause_before(quote, c[3].start(2)) for c in said}
        best = [max(said, key=lambda c, p=p: _shared(named[id(c)], p), default=None)
                for p in pieces]
        if any(c is None or not _shared(named[id(c)], p) for c, p in zip(best, pieces,
                                                                          strict=True)):
            return ""
        said = list({id(c): c for c in best if c is not None}.values())
    units = {u for _, u, _, _ in said}
    if len(said) < 2 or len(units) != 1 or any(
            INCLUDES.match(quote, m.end()) for _, _, _, m in said):  # 硕士生导师2027人(含博导):
        return ""  # one count holds another, no sum
    if len(pieces) > len(said):
        return ""  # 中科院和工程院的加海外的: three named, fewer found — never a partial sum
    unit = units.pop()
    numbers = [float(n) for n, _, _, _ in said]
    listed = "＋".join(f"{n:g}{unit}" for n in numbers)
    return f"\n按{listed}计算，合计{sum(numbers):g}{unit}（计算得出，非原文数字）。"


# what is left of a count asked (剩下没公开的, 其余的, 不算博导的): the whole less the part
COUNT_LEFT_ASKED = re.compile(r"剩下|剩余|其余|余下|没有?[\u4e00-\u9fff]{1,3}的"
                              r"|未[\u4e00-\u9fff]{1,3}的|不算")
COUNT_SAID = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:为|是|了|有|达)?" + COUNT.pattern)


ABOUT = ("近", "约", "逾", "超过", "大约")  # 近58000人, 2000余人: a count said roughly


def _count_matches(quote: str) -> list[re.Match]:
    """Each count of a sentence said exactly, with the words just before it (回访我区2447件;
    never 近58000人 or 2000余人)."""
    return [m for m in COUNT_SAID.finditer(quote)
            if not m.group(1).endswith(ABOUT) and not quote.startswith(("余", "多"), m.end())]


def _counts_said(quote: str) -> list[tuple[str, str, str]]:
    """Each count of a sentence with the words just before it (回访我区2447件: 回访我区)."""
    return [(m.group(2), m.group(3), m.group(1)) for m in _count_matches(quote)]


def _counts_named(quote: str, question: str, share: bool) -> list[tuple[str, str]]:
    """The counts of a sentence of many the question names by the words before them; for a
    share, each by words of its own (国家级一流本科专业建设点62个, not 重庆市一流本科专业建设点81个
    by the words the two share), and a whole by the words after it (106个本科专业)."""
    said = [(n, u, words) for n, u, words in _counts_said(quote) if _shares_words(words, question)]
    if not share:
        return [(n, u) for n, u, _ in said]
    own = [(n, u) for n, u, words in said if any(
        words[i:i + 2] in question and not any(words[i:i + 2] in other
                                               for _, _, other in said if other != words)
        for i in range(len(words) - 1))]
    wholes = [(m.group(1), m.group(2)) for m in COUNT_OF.finditer(quote)
              if len(m.group(3)) >= 2 and m.group(3) in question and (
                  m.group(1), m.group(2)) not in own]
    return own + wholes if len(own) == 1 and len(wholes) == 1 else own


COUNT_OF = re.compile(COUNT.pattern + r"([\u4e00-\u9fff]{2,8})(?=[,，;；、。])")  # 106个本科专业


def _shares_words(said: str, question: str) -> bool:
    """The words before a count share two characters in a row with the question."""
    return any(said[i:i + 2] in question for i in range(len(said) - 1))


def _cover(query: Counter, shared: list[str], weight: dict[str, float],
           edges: dict[str, list[str]]) -> float:
    """The IDF-weighted share of the question the sentence holds. A bigram the corpus never
    uses that only straddles the edge of a shared one (开|绿色窗口) is a seam between words,
    not a missing word: it counts for little."""
    have = set(shared)
    held = sum(weight[t] for t in have)
    missing = sum(weight[t] * (SEAM if any(o in have for o in edges[t]) else 1.0)
                  for t in query if t not in have)
    return held / (held + missing)


def _nested(one: str, other: str) -> bool:
    """A clause and the sentence it belongs to are one candidate, not two."""
    return one in other or other in one


def _units(text: str) -> list[str]:
    """Sentences, and the clauses of a long sentence, each a unit a question may point at."""
    units: list[str] = []
    heading = ""
    for sentence in SENTENCE_END.split(text):
        sentence = heading + sentence.strip()
        heading = ""
        if len(sentence) < 4:
            continue
        if len(sentence) < 30 and HEADING.match(sentence):
            heading = sentence  # "(三)…便民利民。" says little alone: it leads the next sentence
            continue
        units.append(sentence)
        clauses = [c.strip() for c in CLAUSE_END.split(sentence) if len(c.strip()) >= 6]
        if len(clauses) > 1:
            units += clauses
    return list(dict.fromkeys(units))


def clip_item(text: str, question: str = "") -> str:
    """A quote stops at the end of its item: of 1.… 2.… 3.…, the item the question is about."""
    starts = [m.start() for m in ITEM_START.finditer(text)]
    if len(starts) >= 2:
        bounds = list(zip(starts, starts[1:] + [len(text)], strict=True))
        head = text[:starts[0]]
        items = [text[a:b] for a, b in bounds]
        grams = {question[i:i + 2] for i in range(len(question) - 1)}
        scored = [(sum(g in item for g in grams), -i, item) for i, item in enumerate(items)]
        best = max(scored)
        if best[0] > 0:
            chosen = best[2]
            if -best[1] == 0 and HEADING.match(chosen) and len(items) > 1:
                chosen += items[1]  # a heading alone says little: its first item with it
            text = (head + chosen).rstrip(";；,， ")
    if len(text) > MAX_QUOTE:
        text = _window(text, question)
    return text


def _window(text: str, question: str) -> str:
    """The stretch of a long sentence around the clauses that share most with the question."""
    grams = {question[i:i + 2] for i in range(len(question) - 1)}
    cuts = [0] + [m.end() for m in re.finditer(r"[,，;；:：]", text)] + [len(text)]
    best, start = -1, 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        score = sum(g in text[a:b] for g in grams)
        if score > best:
            best, start = score, a
    start = max((c for c in cuts if c <= start and start - c <= MAX_QUOTE // 3), default=start)
    piece = text[start:start + MAX_QUOTE].rstrip()
    return ("…" if start else "") + piece + ("…" if start + MAX_QUOTE < len(text) else "")


def items_of(text: str) -> list[str]:
    """1.因…;2.严格控制…;3.公车改革…: the items of a numbered list (none if it is no list)."""
    starts = [m.start() for m in ITEM_START.finditer(text)]
    if len(starts) < 2:
        return []
    return [text[a:b].rstrip(";；,， ") for a, b in zip(starts, starts[1:] + [len(text)],
                                                    strict=True)]


def own_item(text: str) -> str:
    """A reason that starts inside one item of a list ends where the next item begins."""
    starts = [m.start() for m in ITEM_START.finditer(text) if m.start() > 0]
    if ITEM_START.match(text) or not starts:
        return text
    return text[:starts[0]].rstrip(";；,， ")


def other_thing(passages: Passages, masked: str, doc_ids: tuple[str, ...]) -> str | None:
    """Words of the question, besides the thing found, that the narrative uses for something
    else (智慧荷塘APP开发一共花了多少 is not the total spent): that thing, else None."""
    if len(doc_ids) > WHOLE:
        return None
    sentences = passages.sentences(doc_ids)
    rare = len(sentences) / 4

    def uses(gram: str) -> int:
        return sum(gram in s for s in sentences)

    for piece in QUESTION_WORDS.split(masked.replace(PLACEHOLDER, " ")):
        for part in piece.split():
            grams = [part[i:i + 2] for i in range(len(part) - 1)]
            known = [g for g in grams if 0 < uses(g) <= rare]
            if len(part) >= 3 and len(known) >= 2 and not re.search(r"\d|比|上年", part):
                return part
    return None


def unknown_english(question: str, vocabulary) -> str | None:
    """In an English question, a word of four letters or more that neither the lexicon nor the
    list of noise words knows: the thing asked about may be that word."""
    words = re.findall(r"[a-z]+", question.lower())
    if sum(map(len, words)) * 2 <= len(re.sub(r"\s", "", question)):
        return None  # not an English question
    known = [v for v, _ in vocabulary.lexicon if v.isascii()] + [
        t for t in vocabulary.typos if t.isascii()]  # pinyin written for a name (gongwujiedai)
    noise = set(vocabulary.english_noise)
    for word in words:
        stem = word[:-1] if word.endswith("s") else word
        if len(word) >= 4 and word not in noise and stem not in noise and not any(
                stem in v for v in known):
            return word
    return None
