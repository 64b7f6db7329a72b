"""Answer -> Telegram-HTML messages: escaping, bold figures, quoted sources, splitting.

Pure functions: each source sentence is shown once, and messages are split at line
boundaries to fit Telegram's 4,096-character limit (counted in UTF-16 units).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import Answer, Source
from bot.telegram.base import MAX_TEXT

Span = tuple[str, bool]  # (plain text, bold)
CITATION = "原文："  # an answer line quoting its source sentences: 原文：“…” “…”
_QUOTE_OPEN, _QUOTE_CLOSE = "<blockquote>", "</blockquote>"
_QUOTE_COST = len(_QUOTE_OPEN) + len(_QUOTE_CLOSE)
_BOLD_COST = len("<b></b>")


@dataclass(frozen=True)
class Line:
    """One line of a message: spans of text, optionally inside quote block number `quote`."""

    spans: tuple[Span, ...]
    quote: int | None = None

    @property
    def blank(self) -> bool:
        """Whether the line shows nothing (such lines never start or end a message)."""
        return not any(text.strip() for text, _ in self.spans)


def tg_len(text: str) -> int:
    """Length the way Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Escapes text for Telegram HTML (quotes need no escaping there)."""
    return html.escape(text, quote=False)


def _span_html(text: str, bold: bool) -> str:
    return f"<b>{escape(text)}</b>" if bold else escape(text)


def _line_html(line: Line) -> str:
    return "".join(_span_html(text, bold) for text, bold in line.spans if text)


def _figure_pattern(figures: Sequence[str]) -> re.Pattern[str] | None:
    """Regex finding figures, longest first, never inside a longer number (1.33 in 21.33)."""
    unique = sorted({f for f in figures if f.strip()}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"(?<![0-9.])(?:" + "|".join(re.escape(f) for f in unique) + ")")


def bold_spans(text: str, figures: Sequence[str]) -> tuple[Span, ...]:
    """Splits one line of text into spans with every published figure marked bold."""
    pattern = _figure_pattern(figures)
    if pattern is None:
        return ((text, False),)
    spans: list[Span] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            spans.append((text[pos : match.start()], False))
        spans.append((match.group(0), True))
        pos = match.end()
    if pos < len(text) or not spans:
        spans.append((text[pos:], False))
    return tuple(spans)


def _where(source: Source) -> str:
    """'document · section' for an attribution line ('' when both are empty)."""
    return " · ".join(p.strip() for p in (source.document, source.section) if p.strip())


def _distinct_sources(answer: Answer) -> list[Source]:
    """The answer's sources without repeats or empty ones, in order."""
    seen: set[Source] = set()
    out = []
    for source in answer.sources:
        if source in seen or not (source.sentence.strip() or source.document.strip()):
            continue
        seen.add(source)
        out.append(source)
    return out


def _quote_lines(texts: Sequence[str], wheres: Sequence[str], block: int) -> list[Line]:
    """One quote block: the quoted texts line by line, then one '—— where' line per place."""
    lines = [Line(((t, False),), quote=block) for x in texts for t in x.splitlines() or [""]]
    lines += [Line(((f"—— {w}", False),), quote=block) for w in dict.fromkeys(wheres) if w]
    return lines


def _cited(text: str, sources: Sequence[Source], block: int) -> tuple[list[Line], set[Source]]:
    """An answer's '原文：“…” “…”' line as a quote block, and the sources it quotes.

    When the line is nothing but quoted source sentences, each sentence becomes a line of the
    block (without the quotation marks); otherwise the line is quoted as written. Either way
    the block ends with where the quoted sentences come from.
    """
    body = text.strip()[len(CITATION) :].strip()
    spans = []
    for source in sources:
        sentence = source.sentence.strip()
        start = body.find(f"“{sentence}”") if sentence else -1
        if start >= 0:
            spans.append((start, start + len(sentence) + 2, source))
    spans.sort(key=lambda span: (span[0], -span[1]))
    picked: list[tuple[int, int, Source]] = []
    for span in spans:
        if not picked or span[0] >= picked[-1][1]:
            picked.append(span)
    bounds = [0, *(b for start, end, _ in picked for b in (start, end)), len(body)]
    outside = "".join(body[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2))
    whole = not picked or outside.strip()
    texts = [body] if whole else [source.sentence.strip() for _, _, source in picked]
    used = [source for _, _, source in spans]
    return _quote_lines(texts, [_where(s) for s in used], block), set(used)


def answer_lines(answer: Answer) -> list[Line]:
    """The lines of an answer message: the text with bold figures, its sources quoted once.

    A '原文：…' line of the text is shown as a quote block of those sentences, in place. A
    source whose sentence the text already shows is not repeated: only where it comes from
    is added. Every other source follows as a quote block: its sentence, then where from.
    """
    sources = _distinct_sources(answer)
    lines: list[Line] = []
    cited: set[Source] = set()
    block = 0
    for text in answer.answer.splitlines():
        if text.strip().startswith(CITATION) and text.strip()[len(CITATION) :].strip():
            block += 1
            quote, used = _cited(text, sources, block)
            lines.extend(quote)
            cited |= used
        else:
            lines.append(Line(bold_spans(text, answer.figures)))
    tail: list[Line] = []
    attributed: set[str] = set()
    for source in sources:
        sentence = source.sentence.strip()
        if source in cited:
            continue
        if sentence and sentence not in answer.answer:
            block += 1
            tail.extend(_quote_lines([sentence], [_where(source)], block))
        elif _where(source) and _where(source) not in attributed:
            attributed.add(_where(source))
            tail.append(Line(((f"—— {_where(source)}", False),)))
    if tail:
        lines.append(Line((("", False),)))
        lines.extend(tail)
    return lines


def _hard_split(line: Line, budget: int) -> list[Line]:
    """Cuts a line too long for one message into pieces of at most `budget` HTML units."""
    pieces: list[list[Span]] = []
    current: list[Span] = []
    size = 0
    for text, bold in line.spans:
        buf = ""
        for char in text:
            cost = tg_len(escape(char)) + (_BOLD_COST if bold and not buf else 0)
            if size + cost > budget and (current or buf):
                if buf:
                    current.append((buf, bold))
                pieces.append(current)
                current, buf, size = [], "", 0
                cost = tg_len(escape(char)) + (_BOLD_COST if bold else 0)
            buf += char
            size += cost
        if buf:
            current.append((buf, bold))
    if current or not pieces:
        pieces.append(current)
    return [Line(tuple(p), line.quote) for p in pieces]


def _line_cost(chunk: list[Line], line: Line) -> int:
    """HTML units `line` adds to `chunk`: its text, a newline, a blockquote it opens."""
    cost = tg_len(_line_html(line)) + (1 if chunk else 0)
    previous = chunk[-1].quote if chunk else None
    if line.quote is not None and line.quote != previous:
        cost += _QUOTE_COST
    return cost


def _join(chunk: list[Line]) -> str:
    """Joins lines into one message, wrapping each run of a quote block in <blockquote>."""
    parts = []
    for i, line in enumerate(chunk):
        before = chunk[i - 1].quote if i else None
        after = chunk[i + 1].quote if i + 1 < len(chunk) else None
        text = _line_html(line)
        if line.quote is not None and line.quote != before:
            text = _QUOTE_OPEN + text
        if line.quote is not None and line.quote != after:
            text += _QUOTE_CLOSE
        parts.append(text)
    return "\n".join(parts)


def _trim(chunk: list[Line]) -> list[Line]:
    """Drops blank unquoted lines at both ends (Telegram rejects all-blank messages)."""
    start, end = 0, len(chunk)
    while start < end and chunk[start].blank and chunk[start].quote is None:
        start += 1
    while end > start and chunk[end - 1].blank and chunk[end - 1].quote is None:
        end -= 1
    return chunk[start:end]


def pack_lines(lines: Sequence[Line], limit: int = MAX_TEXT) -> list[str]:
    """Packs lines into as few messages as fit `limit`, splitting at line boundaries."""
    chunks: list[list[Line]] = [[]]
    size = 0
    for whole in lines:
        budget = limit - (_QUOTE_COST if whole.quote is not None else 0)
        for line in _hard_split(whole, budget) if tg_len(_line_html(whole)) > budget else [whole]:
            cost = _line_cost(chunks[-1], line)
            if chunks[-1] and size + cost > limit:
                chunks.append([])
                cost = _line_cost(chunks[-1], line)
                size = 0
            chunks[-1].append(line)
            size += cost
    messages = [_join(t) for t in map(_trim, chunks) if t and not all(x.blank for x in t)]
    return messages


def render_html(answer: Answer, limit: int = MAX_TEXT) -> list[str]:
    """The Telegram-HTML messages for an answer; never empty, each at most `limit` units."""
    messages = pack_lines(answer_lines(answer), limit)
    return messages or [escape(answer.question.strip() or "？")]
