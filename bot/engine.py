"""The answer engine: store + matcher + handlers, built once; ask(text) → Answer, never raises."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from bot import handlers
from bot.answer import Answer
from bot.arbiter import decide
from bot.codes import code_names, expand_codes
from bot.handlers import Context, DocIndex, decline
from bot.intents import IntentData, load
from bot.nlu import Document, Entry, Hit, Match, Matcher
from bot.normalize import Normalizer, fold
from bot.passages import Candidate, Passages, other_thing, unknown_english
from bot.store import StoreError, open_readonly, snapshot
from bot.years import years_loaded

log = logging.getLogger(__name__)
MAX_QUESTION = 500  # characters read of one question; the rest is ignored
REMATCHING = {"reason", "define"}  # handlers that look again among a narrower vocabulary
EARLIER_ASKED = {"amount", "share", "budget", "compare", "per_capita", "total", "ranking",
                 "difference", "headline"}  # asked of the year before → last year's figure
YEARS = re.compile(r"\d{4}年?度?(和|与|、|跟|及|同)\d{4}")
COMPARE = re.compile(r"哪个单位|哪个部门|哪家|对比|比较|分别|各自|各个单位|两个单位")


class EngineError(Exception):
    """The engine cannot start; the message is one sentence for the user."""


class Engine:
    """Answers questions about the loaded disclosures."""

    def __init__(self, snap, data: IntentData) -> None:
        self.data = data
        vocab = data.vocabulary
        self.normalizer = Normalizer(vocab.typos, list(vocab.padding), list(vocab.synonyms))
        self.docs: dict[str, DocIndex] = {}
        for doc in snap.documents:
            self.docs[doc["doc_id"]] = DocIndex(doc)
        for fact in snap.facts:
            index = self.docs[fact["doc_id"]]
            index.facts[fact["metric"]].append(fact)
            index.all_facts.append(fact)
        for cell in snap.cells:
            self.docs[cell["doc_id"]].cells[cell["row"]].append(cell)
        for note in snap.notes:
            self.docs[note["doc_id"]].notes[note["metric"]].append(note)
        for duty in snap.duties:
            duty["folded"] = self.normalizer(duty["text"])
        for name, rows in (("terms", snap.glossary), ("duties", snap.duties),
                           ("contacts", snap.contacts), ("sections", snap.sections)):
            for row in rows:
                getattr(self.docs[row["doc_id"]], name).append(row)
        documents = [Document(d["doc_id"], d["department"], d["year"],
                              tuple(d["aliases"].split("|"))) for d in snap.documents]
        self.matcher = Matcher(data, documents, self._entries(), self.normalizer)
        self._passages: Passages | None = None  # built on the first question that needs it
        self._last: tuple[str, Match] | None = None  # the question being answered, read once
        self._codes = code_names(self.docs)

    @classmethod
    def open(cls, db_path: str | os.PathLike) -> Engine:
        """Load the database and the intents; EngineError with a sentence when impossible."""
        try:
            db = open_readonly(Path(db_path))
            snap = snapshot(db)
            db.close()
        except StoreError as err:
            raise EngineError(str(err)) from err
        if not snap.documents:
            raise EngineError(f"数据库 {db_path} 里没有任何决算，请先运行 `juesuan build`。")
        return cls(snap, load(handlers=set(handlers.HANDLERS)))

    # ------------------------------------------------------------ vocabulary

    def _entries(self) -> list[Entry]:
        vocab = self.data.vocabulary
        entries: dict[tuple, Entry] = {}

        def add(surface: str, name: str, kind: str, doc_id: str, weight: float = 1.0) -> None:
            surface = self.normalizer(surface)
            if len(surface) < 2:
                return
            key = (surface, name, kind, doc_id)
            if key not in entries or entries[key].weight < weight:
                entries[key] = Entry(surface, name, kind, doc_id, weight)

        for doc_id, doc in self.docs.items():
            names: dict[str, str] = {}
            for metric, facts in doc.facts.items():
                if len(metric) >= 3 or any(f["unit"] in ("辆", "人", "台(套)") for f in facts):
                    names[metric] = "metric"
            for row in doc.cells:
                names.setdefault(row, "cell")
            for metric in doc.notes:
                if len(metric) >= 2:
                    names.setdefault(metric, "note")
            for name, kind in names.items():
                add(name, name, kind, doc_id)
                for modifier in vocab.modifiers:
                    if modifier in name and len(name.replace(modifier, "")) >= 3:
                        add(name.replace(modifier, ""), name, kind, doc_id, 0.9)
            for term in doc.terms:
                add(term["term"], term["term"], "term", doc_id)
            for alias, metrics, each in vocab.aliases:
                present = sorted((m for m in metrics if m in names),
                                 key=lambda m: names[m] == "note")  # figures before notes
                for target in present if each else present[:1]:
                    add(alias, target, names[target], doc_id, 0.95)
                    for other in metrics:
                        if other not in names:
                            add(other, target, names[target], doc_id, 0.95)
            for derived in vocab.derived:
                if self.derived_value(doc, derived.name) is not None:
                    for alias in derived.aliases + (derived.name,):
                        add(alias, derived.name, "derived", doc_id, 0.95)
        return list(entries.values())

    def derived_value(self, doc: DocIndex, name: str):
        """A figure the vocabulary defines as a difference of two stated ones, if both exist."""
        for derived in self.data.vocabulary.derived:
            if derived.name != name:
                continue
            sides = []
            for options in derived.minus:
                fact = next((handlers._first(doc.facts.get(o, []), "决算数", money=True)
                             for o in options if doc.facts.get(o)), None)
                if fact is None:
                    return None
                sides.append(fact)
            a, b = sides
            diff = Decimal(str(a["number"])) - Decimal(str(b["number"]))
            text = (f"{doc.label}{a['metric']}{a['value']}，{b['metric']}{b['value']}，"
                    f"{name}为{handlers._fmt(diff)}万元（计算得出，非原文数字）。")
            return text, [f"{handlers._fmt(diff)}万元"], [a, b]
        return None

    def rematch(self, match: Match, doc: DocIndex, kinds: set[str] | None = None,
                names: set[str] | None = None) -> list[Hit]:
        """Things of one document again, among fewer names (e.g. those with reasons)."""
        if names is not None:
            names = set(names)
        return self.matcher.find_things(match.text, (doc.doc["doc_id"],), kinds, names,
                                        relaxed=names is not None)

    # ------------------------------------------------------------ answering

    def ask(self, text: str) -> Answer:
        """Answer one question; any failure inside becomes a polite decline."""
        question = (text or "").replace("\x00", "")[:MAX_QUESTION]
        try:
            text = expand_codes(question, self._codes)
            answer = decide(self._ask(text), lambda: self._passage(text),
                            lambda answer: self._other_thing(text, answer))
            return answer if text == question else replace(answer, question=question)
        except Exception:  # a citizen never sees a traceback; the log keeps it
            log.exception("failed to answer %r", question[:100])
            return decline(question, "抱歉，这个问题暂时回答不了，请换个说法再试。")

    def _match(self, question: str) -> Match:
        """The matcher's reading of the question, once per question for every answerer."""
        last = self._last  # read once: another thread may be answering another question
        if last is None or last[0] != question:
            last = (question, self.matcher.match(question))
            self._last = last
        return last[1]

    def _passage(self, question: str) -> Candidate | None:
        """The narrative's best sentence, unless the year or department asked is not loaded."""
        match = self._match(question)
        if match.unknown_year is not None or match.earlier or not match.doc_ids or (
                match.unknown_department and not match.named_docs):
            return None
        if unknown_english(question, self.data.vocabulary):
            return None  # an English word not understood: no sentence is a safe answer
        if match.intent is not None and match.intent.handler == "define" and any(
                h.coverage == 1 and h.entry.kind != "term" for h in match.hits):
            return None  # a figure's name used in a sentence is no definition of it
        if self._passages is None:
            self._passages = Passages(self.docs, self.normalizer, self.matcher.tokens)
        return self._passages.propose(question, match.text, match.doc_ids)

    def _other_thing(self, question: str, answer: Answer) -> Answer | None:
        """A decline when a headline total answers a question about something narrower, or when
        this year's figure would answer a question about the year before."""
        match = self._match(question)
        unknown = unknown_english(question, self.data.vocabulary)
        if unknown and answer.figures:
            return decline(question, f"没有认出“{unknown}”指的是哪一项，请换个说法或用中文再问。",
                           answer.intent, match.confidence)
        if match.earlier and answer.intent not in ("figure.last_year", "figure.change",
                                                   "figure.reason"):
            return decline(question, "决算只公开本年度的数字，上一年的这个数没有写明，"
                           "也不能用本年度的数代替。", answer.intent, match.confidence)
        totals = {m for _, metrics in self.data.vocabulary.defaults for m in metrics}
        if match.intent is None or match.intent.handler not in ("amount", "total") or (
                not match.hits or any(h.entry.name not in totals for h in match.hits)):
            return None
        if self._passages is None:
            self._passages = Passages(self.docs, self.normalizer, self.matcher.tokens)
        thing = other_thing(self._passages, match.masked, match.doc_ids)
        if thing is None:
            return None
        return decline(question, f"决算没有单独列出“{thing}”的金额，只有全年的总数。",
                       match.intent.name if match.intent else None, match.confidence)

    def _ask(self, question: str) -> Answer:
        if not fold(question):
            return decline(question, "请输入一个问题，例如：公务接待费多少？")
        match = self._match(question)
        intent = match.intent
        if match.unknown_year is not None:
            return decline(question, years_loaded(self.docs, match),
                           intent.name if intent else None)
        if match.unknown_department and not match.named_docs:
            return decline(question, f"没有“{match.unknown_department}”的决算数据。"
                           f"{self.describe()}", intent.name if intent else None)
        if not match.doc_ids:
            return decline(question, f"没有找到对应的决算。{self.describe()}")
        if intent is not None and intent.handler in ("greet", "thanks", "help", "decline"):
            unsure = intent.handler == "decline" and match.confidence < 0.75
            if unsure and not match.hits:
                fallback = self._fallback(question, match)
                if fallback is not None and fallback.answered:
                    return fallback
            named = any(h.coverage == 1 and h.entry.kind != "term" for h in match.hits)
            if not (match.hits and unsure) and not (named and match.confidence < 0.9):
                return self._smalltalk(question, match)
            intent = self.data.by_name("figure.amount")
        if intent is None and match.hits:
            intent = self.data.by_name("figure.amount")
        if intent is None or (intent.needs and not match.hits
                              and intent.handler not in REMATCHING):
            fallback = self._fallback(question, match)
            if fallback is not None:
                return fallback
            if intent is None or intent.needs:
                return decline(question, "没有找到这个问题的答案。可以试试问：公务接待费多少、"
                               "三公经费比上年少了多少、什么是年初结转和结余。",
                               intent.name if intent else None, match.confidence)
        if match.earlier and (intent.handler == "budget" or "预算" in match.masked):
            return decline(question, "决算只公开本年度的预算数，没有上一年度的预算数。",
                           intent.name, match.confidence)
        if match.earlier and intent.handler in EARLIER_ASKED:
            intent = self.data.by_name("figure.last_year")  # never this year's figure for last
        if self.matcher.ambiguous(match):
            name = next(h.entry.name for h in match.hits if h.entry.kind == "term")
            return decline(question, f"您是想知道“{name}”的金额，还是它的含义？", intent.name,
                           match.confidence, (f"{name}是多少", f"什么是{name}"))
        return self._dispatch(question, match, intent)

    def _dispatch(self, question: str, match: Match, intent) -> Answer:
        docs = self._docs_for(match, intent)
        if len(docs) > 1 and intent.handler == "define":
            return self._define_merged(question, match, intent, docs)
        if len(docs) > 1:
            several = len(match.named_docs) > 1 or YEARS.search(question)
            if intent.handler != "compare" and not COMPARE.search(match.text) and not several:
                options = tuple(f"{self._short_name(d)}{question}" for d in docs)
                names = "、".join(self.docs[d].label for d in docs)
                return decline(question, f"载入了多个单位的决算，请问您问的是哪一个？{names}",
                               intent.name, match.confidence, options)
            answers = [self._one(question, match, intent, d) for d in docs]
            good = [a for a in answers if a.answered]
            if not good:
                return answers[0]
            text = "\n\n".join(a.answer for a in good)
            return Answer(question, True, intent.name, match.confidence, text,
                          tuple(s for a in good for s in a.sources),
                          tuple(f for a in good for f in a.figures))
        return self._one(question, match, intent, docs[0])

    def _short_name(self, doc_id: str) -> str:
        """The department as citizens name it: the title without its province or city."""
        aliases = self.docs[doc_id].doc["aliases"].split("|")
        return aliases[1] if len(aliases) > 1 else aliases[0]

    def _define_merged(self, question: str, match: Match, intent, docs: list[str]) -> Answer:
        """One glossary answer over every loaded document; equal definitions shown once."""
        answers = [a for a in (self._one(question, match, intent, d) for d in docs) if a.answered]
        if not answers:
            return self._one(question, match, intent, docs[0])
        seen: dict[str, list[str]] = {}
        for answer in answers:
            seen.setdefault(answer.answer, []).append(answer.sources[0].document)
        text = "\n".join(body if len(seen) == 1 else f"{body}（{'、'.join(where)}）"
                         for body, where in seen.items())
        return Answer(question, True, intent.name, match.confidence, text,
                      tuple(s for a in answers for s in a.sources))

    def _docs_for(self, match: Match, intent) -> list[str]:
        scope = list(match.doc_ids)
        if len(scope) <= 1 or not intent.needs:
            return scope
        with_hits = [d for d in scope if any(h.entry.doc_id == d for h in match.hits)]
        return with_hits or scope

    def _one(self, question: str, match: Match, intent, doc_id: str) -> Answer:
        doc = self.docs[doc_id]
        hits = [h for h in match.hits if h.entry.doc_id == doc_id]
        ctx = Context(question, match, intent, doc, hits, self)
        answer = handlers.HANDLERS[intent.handler](ctx)
        if not answer.answered and intent.handler in ("amount", "share", "budget"):
            fallback = handlers.statistic(ctx) if not hits else None
            if fallback is not None:
                return fallback
        return answer

    def _fallback(self, question: str, match: Match) -> Answer | None:
        """No thing named: a bare 支出/收入 means the total; else a statistic of the narrative."""
        intent = match.intent
        if intent is None or not intent.needs:
            intent = self.data.by_name("figure.amount")
        answers = [a for a in (self._default_total(question, match, intent, d)
                               for d in match.doc_ids) if a is not None]
        if len(answers) > 1 and (len(match.named_docs) > 1 or COMPARE.search(match.text)):
            good = [a for a in answers if a.answered] or answers
            return Answer(question, good[0].answered, intent.name, match.confidence,
                          "\n\n".join(a.answer for a in good),
                          tuple(s for a in good for s in a.sources))
        if len(match.doc_ids) != 1:
            return None
        if answers:
            return answers[0]
        doc = self.docs[match.doc_ids[0]]
        ctx = Context(question, match, self.data.by_name("figure.amount"), doc, [], self)
        return handlers.statistic(ctx)

    def _default_total(self, question: str, match: Match, intent, doc_id: str
                       ) -> Answer | None:
        """A bare 收入 or 支出 means the document's headline total; 项目支出 must not."""
        doc = self.docs[doc_id]
        for word, metrics in self.data.vocabulary.defaults:
            if re.search(rf"(^|[总全的年部个]){word}", match.text):
                name = next((m for m in metrics if m in doc.facts), None)
                if name:
                    hit = Hit(Entry(word, name, "metric", doc_id, 0.8), 1.0, 1.0, (0, 0))
                    ctx = Context(question, match, intent, doc, [hit], self)
                    return handlers.HANDLERS[intent.handler](ctx)
        return None

    def _smalltalk(self, question: str, match: Match) -> Answer:
        handler = match.intent.handler
        name = match.intent.name
        if handler == "greet":
            examples = "；".join(self.example_questions()[:3])
            return decline(question, f"您好！我可以回答部门决算公开的问题。{self.describe()}\n"
                           f"例如：{examples}", name, match.confidence)
        if handler == "thanks":
            return decline(question, "不客气！还有问题随时问我。", name, match.confidence)
        if handler == "help":
            return decline(question, self.help_text(), name, match.confidence)
        return decline(question, "抱歉，这个问题不在部门决算公开的范围内，我回答不了。"
                       "可以问收入、支出、三公经费、名词解释等。", name, match.confidence)

    # ------------------------------------------------------------ for the front ends

    def describe(self) -> str:
        """Which departments and years are loaded, in one line."""
        return "已载入：" + "；".join(d.title for d in self.docs.values()) + "。"

    def help_text(self) -> str:
        return ("我是决算问答，回答部门决算公开的问题：金额、占比、与上年和预算的比较、原因、"
                "名词解释、单位职能和联系方式。" + self.describe() + "\n例如：" +
                "；".join(self.example_questions()))

    def example_questions(self) -> list[str]:
        """Five questions this data answers, made from the loaded documents' own names."""
        doc = next(iter(self.docs.values()))
        out = []
        for name in ("三公经费", "公务接待费", "机关运行经费", "收入总计", "本年收入合计",
                     "支出总计", "一般公共预算财政拨款支出"):
            if name in doc.facts and len(out) < 3:
                out.append(f"{name}多少？" if len(out) != 1 else f"{name}比上年增加还是减少了？")
        if doc.terms:
            out.append(f"什么是{doc.terms[min(5, len(doc.terms) - 1)]['term']}？")
        out.append("联系电话是多少？")
        return out[:5]

    def glossary_terms(self) -> list[str]:
        return list(dict.fromkeys(t["term"] for d in self.docs.values() for t in d.terms))

    def define(self, term: str) -> Answer:
        return self.ask(f"什么是{term}")

    def headline(self) -> Answer:
        answers = []
        for doc in self.docs.values():
            ctx = Context("主要数字", self.matcher.match("主要数字"),
                          self.data.by_name("figure.headline"), doc, [], self)
            answers.append(handlers.headline(ctx))
        good = [a for a in answers if a.answered]
        if not good:
            return answers[0]
        text = "\n\n".join(a.answer for a in good)
        return Answer("主要数字", True, "figure.headline", 1.0, text,
                      tuple(s for a in good for s in a.sources),
                      tuple(f for a in good for f in a.figures))
