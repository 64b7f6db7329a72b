"""The Answer value: the one thing every front end (CLI, Telegram) renders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CONTRACT_FIELDS = ("question", "answered", "intent", "confidence", "answer", "sources")
BULLET = "· "  # a part on a line of its own, as replies list parts (read back by lines.listed)


@dataclass(frozen=True)
class Source:
    """Where a stated fact comes from: the document, its section and the sentence as published."""

    document: str
    section: str
    sentence: str

    def to_json(self) -> dict:
        return {"document": self.document, "section": self.section, "sentence": self.sentence}


@dataclass(frozen=True)
class Answer:
    """A reply. `answered` is true only when it states facts from a loaded disclosure."""

    question: str
    answered: bool
    intent: str | None
    confidence: float
    answer: str
    sources: tuple[Source, ...] = ()
    figures: tuple[str, ...] = ()
    options: tuple[str, ...] = field(default=())
    followups: tuple[str, ...] = field(default=())
    chart: object | None = field(default=None, compare=False, repr=False)  # charts.ChartData
    firm: bool = False  # a decline that knows the thing is not stated: no sentence replaces it
    # the things the reply is about when the question did not name them (哪一项最大 → the first)
    about: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The JSON contract of `ask --json`: exactly CONTRACT_FIELDS."""
        return {
            "question": self.question,
            "answered": self.answered,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "answer": self.answer,
            "sources": [s.to_json() for s in self.sources],
        }


def joined(base: Answer, parts: list[Answer], **changes) -> Answer:
    """Several replies as one (each question of a line, each department asked): their texts in
    turn, every source and figure, the least sure confidence; `base` gives the rest. A reply
    said twice (a clause asking again what the line answered) is said once."""
    parts = [a for i, a in enumerate(parts) if all(a.answer != b.answer for b in parts[:i])]
    return replace(base, answer="\n\n".join(a.answer for a in parts),
                   confidence=min(a.confidence for a in parts),
                   sources=tuple(s for a in parts for s in a.sources),
                   figures=tuple(f for a in parts for f in a.figures), **changes)
