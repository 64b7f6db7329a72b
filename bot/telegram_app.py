"""The Telegram front end: turns updates into engine calls and Answers into HTML messages.

Nothing here knows about final accounts; it only renders `bot.answer.Answer` values. The
pieces, in the order a message meets them:

* `build_application` wires python-telegram-bot: handlers, rate limiter with retries,
  per-chat ordered concurrent processing, error handler, command menu (`post_init`).
* Handlers (`start`, `help_`, `glossary`, `figures`, `on_text`, `on_button`, `on_inline`)
  are short: ask the engine, `record_question` (the question log, written in the
  background by `QuestionRecorder`, never in the way of the answer), then `send_answer`.
* Admin commands (`stats` over the question log, `check` over `bot.audit`) answer only the
  ids in bot_data[ADMINS], read on every call; anyone else is told it is an unknown command.
* `render_html` is the pure Answer -> HTML messages function (escaping, bold figures,
  the answer's 原文 lines and other sources as quotes, each source sentence shown once,
  splitting at Telegram's 4,096-character limit).
* `serve` reads the environment and runs long polling until SIGINT/SIGTERM.

To add a command: write `async def verb(update, context) -> None` and add one `Command(...)`
line to `COMMANDS` (with `admin=True` for an admin-only command).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import html
import importlib.util
import logging
import os
import re
import sqlite3
import sys
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, MessageLimit, ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ChosenInlineResultHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.answer import Answer, Source

if TYPE_CHECKING:
    from bot.audit import Finding
    from bot.engine import Engine
    from bot.qlog import QuestionLog

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Awaitable[None]]

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB = "data/juesuan.db"
DEFAULT_LOG = "data/log.db"
DEFAULT_RETENTION_DAYS = 180
TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
POLL_TIMEOUT = 30.0
# chosen_inline_result arrives only when inline feedback is on (@BotFather /setinlinefeedback)
ALLOWED_UPDATES = ("message", "callback_query", "inline_query", "chosen_inline_result")
MAX_TEXT = MessageLimit.MAX_TEXT_LENGTH  # 4096
MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit for callback_data
MAX_BUTTONS = 100  # Telegram's limit for buttons in one inline keyboard
BUTTON_LABEL_MAX = 60

# bot_data keys: long-lived objects live there, never in module globals.
ENGINE = "engine"
ADMINS = "admins"
CHOICES = "choices"
FLOOD = "flood"
COMMAND_LIST = "commands"
QUESTION_LOG = "log"  # a bot.qlog.QuestionLog, or None: no question is recorded
RECORDER = "recorder"
DATABASE = "database"  # path of the engine's database, audited by /check

# User-facing sentences.
SORRY = "抱歉，处理您的消息时出了点问题，请稍后再试。"
FLOOD_NOTICE = "您提问得太频繁了，请一分钟后再试。"
STALE_BUTTON = "这个按钮已经失效了，请重新提问。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看可用的命令。"
EMPTY_QUESTION = "请在提到我的同时写上问题，例如："
LONG_INLINE = "（回答较长，完整内容请私聊我查看。）"
NO_GLOSSARY = "暂时没有名词解释。"
NO_LOG = "没有启用问题日志。"
NO_DATABASE = "没有指定要核对的数据库。"
MAX_ERRORS_SHOWN = 20  # per document in /check; `juesuan check` lists them all

# ---------------------------------------------------------------------------------------
# Rendering: Answer -> HTML messages (pure functions)
# ---------------------------------------------------------------------------------------

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


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _span_html(text: str, bold: bool) -> str:
    return f"<b>{_escape(text)}</b>" if bold else _escape(text)


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
            cost = tg_len(_escape(char)) + (_BOLD_COST if bold and not buf else 0)
            if size + cost > budget and (current or buf):
                if buf:
                    current.append((buf, bold))
                pieces.append(current)
                current, buf, size = [], "", 0
                cost = tg_len(_escape(char)) + (_BOLD_COST if bold else 0)
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
    return messages or [_escape(answer.question.strip() or "？")]


# ---------------------------------------------------------------------------------------
# Buttons: callback data that fits in 64 bytes
# ---------------------------------------------------------------------------------------

# Button kinds: "q" asks a question (answer sent below), "o" picks a clarification option
# (answer replaces the clarifying message), "d" defines a glossary term. Data is
# "kind:text" when it fits in 64 bytes, else "KIND:key" with the text in a ChoiceStore.
ButtonKind = Literal["q", "o", "d"]
BUTTON_KINDS: frozenset[str] = frozenset({"q", "o", "d"})


class ChoiceStore:
    """Bounded LRU map from short keys to button texts too long for callback data."""

    def __init__(self, capacity: int = 20_000) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, str] = OrderedDict()

    @staticmethod
    def key_for(text: str) -> str:
        """A 12-character key derived from the text, so the same text reuses one entry."""
        digest = hashlib.blake2b(text.encode(), digest_size=9).digest()
        return base64.urlsafe_b64encode(digest).decode()

    def put(self, text: str) -> str:
        """Stores a text and returns its key, evicting the least recently used if full."""
        key = self.key_for(text)
        self._items[key] = text
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)
        return key

    def get(self, key: str) -> str | None:
        """The text stored under a key, or None when unknown or evicted."""
        text = self._items.get(key)
        if text is not None:
            self._items.move_to_end(key)
        return text

    def __len__(self) -> int:
        return len(self._items)


def encode_button(kind: ButtonKind, text: str, store: ChoiceStore) -> str:
    """Callback data for a button: the text itself if it fits, else a key into `store`."""
    data = f"{kind}:{text}"
    if len(data.encode()) <= MAX_CALLBACK_DATA:
        return data
    return f"{kind.upper()}:{store.put(text)}"


def decode_button(data: object, store: ChoiceStore) -> tuple[str, str] | None:
    """(kind, text) for callback data, or None for stale, forged or malformed data."""
    if not isinstance(data, str) or ":" not in data:
        return None
    kind, _, payload = data.partition(":")
    if kind in BUTTON_KINDS:
        text: str | None = payload
    elif kind.lower() in BUTTON_KINDS and kind.isupper():
        text = store.get(payload)
    else:
        return None
    if text is None or not text.strip():
        return None
    return kind.lower(), text


def _label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= BUTTON_LABEL_MAX else text[: BUTTON_LABEL_MAX - 1] + "…"


def button(kind: ButtonKind, text: str, store: ChoiceStore) -> InlineKeyboardButton:
    """One inline button labelled with the text it stands for."""
    return InlineKeyboardButton(_label(text), callback_data=encode_button(kind, text, store))


def keyboard(
    items: Sequence[tuple[ButtonKind, str]], store: ChoiceStore, per_row: int = 1
) -> InlineKeyboardMarkup | None:
    """An inline keyboard of up to 100 buttons, `per_row` to a row; None if no items."""
    buttons = [button(kind, text, store) for kind, text in items[:MAX_BUTTONS]]
    if not buttons:
        return None
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    return InlineKeyboardMarkup(rows)


def answer_keyboard(answer: Answer, store: ChoiceStore) -> InlineKeyboardMarkup | None:
    """Buttons for an answer: its clarification options, then its follow-up questions."""
    items: list[tuple[ButtonKind, str]] = [("o", o) for o in answer.options]
    items += [("q", f) for f in answer.followups]
    return keyboard(items, store)


# ---------------------------------------------------------------------------------------
# Flood limit and ordered concurrency
# ---------------------------------------------------------------------------------------

Verdict = Literal["ok", "notice", "drop"]


class FloodGate:
    """Per-user budget of questions per period: then one notice, then silence until reset."""

    def __init__(
        self,
        limit: int,
        period: float = 60.0,
        *,
        capacity: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.period = period
        self.capacity = capacity
        self.clock = clock
        self._windows: OrderedDict[int, list[float]] = OrderedDict()

    def check(self, user_id: int) -> Verdict:
        """Counts one question from a user and says whether to answer, warn once, or drop."""
        now = self.clock()
        window = self._windows.get(user_id)
        if window is None or now - window[0] >= self.period:
            window = [now, 0]
            self._windows[user_id] = window
        window[1] += 1
        self._windows.move_to_end(user_id)
        while len(self._windows) > self.capacity:
            self._windows.popitem(last=False)
        if window[1] <= self.limit:
            return "ok"
        return "notice" if window[1] == self.limit + 1 else "drop"

    def count(self, user_id: int) -> int:
        """Questions counted for a user in the current window (0 if none)."""
        window = self._windows.get(user_id)
        return int(window[1]) if window else 0

    def __len__(self) -> int:
        return len(self._windows)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Processes different chats concurrently but each chat's updates in arrival order."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[object, tuple[asyncio.Lock, int]] = {}

    @staticmethod
    def _key(update: object) -> object:
        if isinstance(update, Update):
            if update.effective_chat is not None:
                return ("chat", update.effective_chat.id)
            if update.effective_user is not None:
                return ("user", update.effective_user.id)
        return ("other", None)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Awaits the update's coroutine once earlier updates of the same chat are done."""
        key = self._key(update)
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter (which honours RetryAfter) that also retries network failures."""

    def __init__(self, *, network_retries: int = 3, backoff: float = 0.5, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.network_retries = network_retries
        self.backoff = backoff

    async def process_request(  # type: ignore[override]
        self,
        callback: Callable[..., Awaitable[Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Sends through the rate limiter, retrying NetworkError/TimedOut with backoff."""
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise  # a subclass of NetworkError, but retrying cannot help
            except NetworkError as exc:
                if attempt == self.network_retries:
                    raise
                delay = self.backoff * 2**attempt
                logger.warning(
                    "%s failed (%s); retry %d in %.2fs", endpoint, exc, attempt + 1, delay
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


# ---------------------------------------------------------------------------------------
# Question log: recorded off the event loop, never in the way of an answer
# ---------------------------------------------------------------------------------------


class QuestionRecorder:
    """Writes questions to a QuestionLog in a worker thread, one at a time, never raising.

    `submit` returns at once: the write runs as an application task (awaited when the bot
    stops), so a log that is locked by another process (each write then waits for the log's
    busy timeout), read-only or on a full disk costs no answer and no delay. At most
    `max_pending` writes wait; beyond that questions go unrecorded. When the bot stops while
    the log is failing, the writes still waiting are skipped rather than each awaiting its
    timeout. Reads (/stats) queue behind the writes submitted before them, so they see every
    question answered so far.
    """

    def __init__(self, max_pending: int = 1000) -> None:
        self.max_pending = max_pending
        self.pending = 0
        self.dropped = 0
        self.failing = False  # the last write failed
        self._lock = asyncio.Lock()

    def submit(
        self,
        application: Application,
        log: QuestionLog,
        user_id: int | None,
        chat_type: str,
        answer: Answer,
    ) -> bool:
        """Schedules one record; False when too many writes are already waiting."""
        if self.pending >= self.max_pending:
            self.dropped += 1
            (logger.warning if self.dropped == 1 else logger.debug)(
                "Question log backlog of %d writes; questions are not recorded", self.pending
            )
            return False
        coroutine = self._write(application, log, user_id, chat_type, answer)
        self.pending += 1
        try:
            application.create_task(coroutine, name="question-log")
        except BaseException:
            self.pending -= 1
            coroutine.close()
            raise
        return True

    async def _write(
        self,
        application: Application,
        log: QuestionLog,
        user_id: int | None,
        chat_type: str,
        answer: Answer,
    ) -> None:
        try:
            async with self._lock:
                if self.failing and not application.running:
                    logger.debug("Stopping with the question log failing: question skipped")
                    return
                self.failing = True
                ok = await asyncio.to_thread(log.record, user_id, chat_type, answer)
                self.failing = ok is False  # record() says False on sqlite and OS errors
        except Exception:  # anything else record() might raise
            logger.warning("Could not record a question in the log", exc_info=True)
        finally:
            self.pending -= 1
            if not self.pending:
                self.dropped = 0

    async def read(self, function: Callable[..., Any], *args: Any) -> Any:
        """Runs a log read in a worker thread after the writes submitted before it."""
        async with self._lock:
            return await asyncio.to_thread(function, *args)


def record_question(update: Update, context: Context, answer: Answer) -> None:
    """Schedules the question and how it was answered for the log, if there is one.

    Only a salted hash of the user id, the chat type (or 'inline') and the answer's question,
    intent, confidence and answered flag are kept. Never raises: a failure is logged.
    """
    try:
        log = context.bot_data.get(QUESTION_LOG)
        if log is None:
            return
        user = update.effective_user
        chat = update.effective_chat
        chat_type = str(chat.type) if chat is not None else "inline"
        recorder: QuestionRecorder = context.bot_data[RECORDER]
        user_id = user.id if user is not None else None
        recorder.submit(context.application, log, user_id, chat_type, answer)
    except Exception:
        logger.warning("Could not schedule a question for the log", exc_info=True)


# ---------------------------------------------------------------------------------------
# Sending
# ---------------------------------------------------------------------------------------

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def _engine(context: Context) -> Engine:
    return context.bot_data[ENGINE]


def _choices(context: Context) -> ChoiceStore:
    return context.bot_data[CHOICES]


def _reply_to(update: Update) -> ReplyParameters | None:
    """In groups, quote the message being answered so the asker sees it is theirs."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or chat.type == ChatType.PRIVATE:
        return None
    return ReplyParameters(message.message_id, allow_sending_without_reply=True)


async def say(
    update: Update,
    context: Context,
    html_text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Sends one HTML message into the update's chat."""
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(
        chat.id,
        html_text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        reply_parameters=_reply_to(update),
        link_preview_options=NO_PREVIEW,
    )


async def say_lines(
    update: Update,
    context: Context,
    lines: Sequence[Line],
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Sends lines as one or more messages, with the keyboard under the last one."""
    messages = pack_lines(lines)
    for i, text in enumerate(messages):
        await say(update, context, text, markup if i == len(messages) - 1 else None)


async def send_answer(update: Update, context: Context, answer: Answer) -> None:
    """Sends an answer as HTML messages, its buttons under the last one."""
    await _send_rendered(update, context, render_html(answer), answer)


async def _send_rendered(
    update: Update, context: Context, messages: Sequence[str], answer: Answer
) -> None:
    markup = answer_keyboard(answer, _choices(context))
    for i, text in enumerate(messages):
        await say(update, context, text, markup if i == len(messages) - 1 else None)


async def _admit(update: Update, context: Context) -> bool:
    """Applies the per-user flood limit; the first refused question gets the one notice."""
    user = update.effective_user
    if user is None:
        return False
    verdict = context.bot_data[FLOOD].check(user.id)
    if verdict == "ok":
        return True
    query = update.callback_query
    if query is not None:
        await query.answer(FLOOD_NOTICE if verdict == "notice" else None)
    elif verdict == "notice":
        await say(update, context, _escape(FLOOD_NOTICE))
    return False


# ---------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------


def _help_lines(context: Context) -> list[Line]:
    """The welcome: what is loaded, how to ask, and the commands."""
    engine = _engine(context)
    lines = [
        Line(
            (
                ("您好！我是", False),
                ("决算问答", True),
                ("机器人，回答部门决算公开中的问题。", False),
            )
        ),
        Line(((engine.describe(), False),)),
        Line((("", False),)),
        Line((("直接发送问题即可，也可以点下面的例子提问。", False),)),
        Line((("", False),)),
        Line((("命令：", True),)),
    ]
    for command in context.bot_data[COMMAND_LIST]:
        if not command.admin and command.name != "start":
            lines.append(Line(((f"/{command.name} {command.description}", False),)))
    return lines


async def start(update: Update, context: Context) -> None:
    """Greets with what the bot knows, five example questions to tap, and the commands."""
    if not await _admit(update, context):
        return
    examples = [("q", q) for q in _engine(context).example_questions()[:5]]
    markup = keyboard(examples, _choices(context))  # type: ignore[arg-type]
    await say_lines(update, context, _help_lines(context), markup)


async def help_(update: Update, context: Context) -> None:
    """Same as /start: what the bot knows and how to ask."""
    await start(update, context)


def _command_argument(message: Message | None) -> str:
    """The text after '/command' (or '/command@bot'), stripped."""
    text = (message.text or "") if message else ""
    return text.partition(" ")[2].strip()


async def glossary(update: Update, context: Context) -> None:
    """Defines the term given after /glossary, or lists all terms as buttons."""
    if not await _admit(update, context):
        return
    term = _command_argument(update.effective_message)
    engine = _engine(context)
    if term:
        answer = engine.define(term)
        record_question(update, context, answer)
        await send_answer(update, context, answer)
        return
    terms = [("d", t) for t in engine.glossary_terms() if t.strip()]
    if not terms:
        await say(update, context, _escape(NO_GLOSSARY))
        return
    markup = keyboard(terms, _choices(context), per_row=2)  # type: ignore[arg-type]
    await say(update, context, "<b>名词解释</b>：点按词条查看解释。", markup)


async def figures(update: Update, context: Context) -> None:
    """Sends the headline figures of the loaded disclosures."""
    if not await _admit(update, context):
        return
    await send_answer(update, context, _engine(context).headline())


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a message meant for the bot, or None when the bot should stay quiet.

    Private chats always address the bot; in groups the bot answers only when @mentioned
    (the mention is removed from the question) or when the message replies to the bot.
    """
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text.strip()
    mention = re.compile(rf"@{re.escape(username)}(?![A-Za-z0-9_])", re.IGNORECASE)
    if username and mention.search(text):
        return " ".join(mention.sub(" ", text).split())
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text.strip()
    return None


async def on_text(update: Update, context: Context) -> None:
    """Answers a text message meant for the bot with the engine's answer."""
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is None or not await _admit(update, context):
        return
    if not question:
        example = next(iter(_engine(context).example_questions()), "公务接待费多少")
        await say(update, context, _escape(f"{EMPTY_QUESTION}{example}"))
        return
    answer = _engine(context).ask(question)
    record_question(update, context, answer)
    await send_answer(update, context, answer)


async def _replace_with_answer(update: Update, context: Context, answer: Answer) -> None:
    """Edits the clarifying message into the chosen answer (extra parts sent below)."""
    query = update.callback_query
    assert query is not None
    messages = render_html(answer)
    markup = answer_keyboard(answer, _choices(context))
    try:
        await query.edit_message_text(
            messages[0],
            parse_mode=ParseMode.HTML,
            reply_markup=markup if len(messages) == 1 else None,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return  # a second tap on the same option: the answer is already there
        if update.effective_chat is None:
            raise
        logger.info("Could not edit the clarifying message (%s); sending the answer", exc)
        await _send_rendered(update, context, messages, answer)
        return
    if len(messages) > 1 and update.effective_chat is not None:
        await _send_rendered(update, context, messages[1:], answer)


async def on_button(update: Update, context: Context) -> None:
    """Answers a tapped button: the question or term it stands for, or 'ask again' if stale."""
    query = update.callback_query
    assert query is not None
    choice = decode_button(query.data, _choices(context))
    if choice is None:
        await query.answer(STALE_BUTTON, show_alert=True)
        return
    if not await _admit(update, context):
        return
    await query.answer()
    kind, text = choice
    engine = _engine(context)
    answer = engine.define(text) if kind == "d" else engine.ask(text)
    record_question(update, context, answer)
    if kind == "o" or update.effective_chat is None:
        await _replace_with_answer(update, context, answer)
    else:
        await send_answer(update, context, answer)


def _inline_article(answer: Answer) -> InlineQueryResultArticle:
    """One inline result holding the rendered answer (the first message's worth)."""
    messages = render_html(answer, MAX_TEXT - tg_len(LONG_INLINE) - 1)
    text = messages[0] + ("\n" + _escape(LONG_INLINE) if len(messages) > 1 else "")
    first_line = next((x for x in answer.answer.splitlines() if x.strip()), answer.question)
    result_id = hashlib.blake2b(answer.question.encode(), digest_size=16).hexdigest()
    return InlineQueryResultArticle(
        id=result_id,
        title=_label(answer.question) or "决算问答",
        description=_label(first_line),
        input_message_content=InputTextMessageContent(
            text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


async def on_inline(update: Update, context: Context) -> None:
    """Answers `@bot question` typed in any chat with one article holding the answer."""
    query = update.inline_query
    assert query is not None
    question = query.query.strip()
    if not question:
        example = next(iter(_engine(context).example_questions()), "公务接待费多少")
        hint = InlineQueryResultsButton(text=f"输入问题，例如：{example}", start_parameter="help")
        await query.answer([], cache_time=300, button=hint)
        return
    article = _inline_article(_engine(context).ask(question))
    await query.answer([article], cache_time=60)


async def on_chosen_inline(update: Update, context: Context) -> None:
    """Records the inline answer a user sent (not each keystroke's query: those are partial).

    Telegram reports chosen results only with inline feedback on (@BotFather).
    """
    result = update.chosen_inline_result
    question = result.query.strip() if result is not None else ""
    if question:
        record_question(update, context, _engine(context).ask(question))


async def unknown_command(update: Update, context: Context) -> None:
    """Points a mistyped command to /help (in groups only when it names this bot)."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    command = (message.text or "").split(maxsplit=1)[0]
    addressed = command.lower().endswith(f"@{context.bot.username}".lower())
    if chat.type != ChatType.PRIVATE and not addressed:
        return
    if await _admit(update, context):
        await say(update, context, _escape(UNKNOWN_COMMAND))


async def on_error(update: object, context: Context) -> None:
    """Logs the failure with its traceback first, then apologises if there is a chat."""
    if update is None and isinstance(context.error, NetworkError | RetryAfter):
        _polling_failed(context.error)  # from run_polling's getUpdates loop, which retries
        return
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("Error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    if update.effective_chat is not None:
        try:
            await say(update, context, _escape(SORRY))
        except TelegramError as exc:
            logger.warning("Could not send the apology for update %s: %s", update_id, exc)


# ---------------------------------------------------------------------------------------
# Admin commands
# ---------------------------------------------------------------------------------------


def _plain(text: str, bold: bool = False) -> Line:
    return Line(((text, bold),))


def stats_lines(data: Mapping[str, Any]) -> list[Line]:
    """/stats: questions today and in 7 days, the answered share, top intents and misses."""
    share = data.get("answered_share")
    week = f"最近 7 天：{data['last_7_days']} 个问题"
    if share is not None:
        week += f"，已回答 {share:.0%}"
    lines = [
        _plain("问题统计", bold=True),
        _plain(f"今天（北京时间）：{data['today']} 个问题"),
        _plain(week),
    ]
    intents = data.get("top_intents") or []
    if intents:
        lines += [_plain(""), _plain("最常见的意图（7 天）：", bold=True)]
        lines += [_plain(f"· {i['intent']} ×{i['count']}") for i in intents]
    misses = data.get("top_misses") or []
    lines += [_plain(""), _plain("没答好的问题（7 天）：", bold=True)]
    lines += [_plain(f"· {m['question']} ×{m['count']}") for m in misses] or [_plain("· 无")]
    return lines


async def stats(update: Update, context: Context) -> None:
    """Admins: what was asked (from the question log) and what was not answered well."""
    log = context.bot_data.get(QUESTION_LOG)
    if log is None:
        await say(update, context, _escape(NO_LOG))
        return
    recorder: QuestionRecorder = context.bot_data[RECORDER]
    try:
        data = await recorder.read(log.stats)
    except (sqlite3.Error, OSError) as exc:  # the log file is missing or unreadable
        logger.warning("Could not read the question log: %s", exc)
        await say(update, context, _escape(f"问题日志暂时无法读取（{exc}）。"))
        return
    await say_lines(update, context, stats_lines(data))


def check_lines(documents: Sequence[Mapping[str, Any]], findings: Sequence[Finding]) -> list[Line]:
    """/check: per document the counts of errors, rounding differences and notes, then the
    errors (up to MAX_ERRORS_SHOWN each); the full list is `juesuan check`."""
    from bot.audit import CHECK_LABEL, SEVERITIES

    lines = [_plain(f"数据核对（{len(documents)} 份决算）", bold=True)]
    for doc in documents:
        mine = [f for f in findings if f.doc_id == doc["doc_id"]]
        counts = {s: sum(f.severity == s for f in mine) for s in SEVERITIES}
        lines.append(_plain(""))
        lines.append(
            Line(
                (
                    (f"{doc['department']} {doc['year']}年度", True),
                    (
                        f"：{counts['error']} 处错误，{counts['rounding']} 处舍入差异，"
                        f"{counts['note']} 条提示",
                        False,
                    ),
                )
            )
        )
        errors = [f for f in mine if f.severity == "error"]
        for finding in errors[:MAX_ERRORS_SHOWN]:
            label = CHECK_LABEL.get(finding.check, finding.check)
            lines.append(_plain(f"· {label}：{finding.message}"))
        if len(errors) > MAX_ERRORS_SHOWN:
            lines.append(_plain(f"· ……另有 {len(errors) - MAX_ERRORS_SHOWN} 处错误"))
    lines += [_plain(""), _plain("舍入差异、提示和依据：运行 juesuan check 查看完整清单。")]
    return lines


def _audit(database: str | os.PathLike[str]) -> tuple[list[dict], list[Finding]]:
    """The documents of a built database and the audit's findings (database read-only)."""
    from bot import store
    from bot.audit import audit

    db = store.open_readonly(database)
    try:
        snap = store.snapshot(db)
    finally:
        db.close()
    return snap.documents, audit(snap)


async def check(update: Update, context: Context) -> None:
    """Admins: the consistency audit of the engine's database, summarised."""
    database = context.bot_data.get(DATABASE)
    if database is None:
        await say(update, context, _escape(NO_DATABASE))
        return
    from bot.store import StoreError

    try:
        documents, findings = await asyncio.to_thread(_audit, database)
    except (StoreError, sqlite3.Error, OSError) as exc:
        logger.warning("Could not audit %s: %s", database, exc)
        await say(update, context, _escape(f"无法核对数据库 {database}：{exc}"))
        return
    await say_lines(update, context, check_lines(documents, findings))


# ---------------------------------------------------------------------------------------
# Commands registry and application
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """A slash command: its handler, its Chinese menu description, admins only or not."""

    name: str
    callback: Handler
    description: str
    admin: bool = False


def admin_only(callback: Handler) -> Handler:
    """Wraps a command so only user ids in bot_data[ADMINS] may run it.

    The set is read on every call. Anyone else gets exactly what an unknown command gets,
    so the command's existence is not revealed.
    """

    @functools.wraps(callback)
    async def guarded(update: Update, context: Context) -> None:
        user = update.effective_user
        if user is None or user.id not in context.bot_data.get(ADMINS, ()):
            await unknown_command(update, context)
            return
        await callback(update, context)

    return guarded


COMMANDS: tuple[Command, ...] = (
    Command("start", start, "开始使用"),
    Command("help", help_, "使用说明和提问示例"),
    Command("glossary", glossary, "名词解释，例如 /glossary 年初结转和结余"),
    Command("figures", figures, "主要数字"),
    Command("stats", stats, "问题统计（管理员）", admin=True),
    Command("check", check, "核对已载入的决算（管理员）", admin=True),
)


async def post_init(application: Application) -> None:
    """Publishes the command menu; a failure is logged and the bot runs without it."""
    commands: Sequence[Command] = application.bot_data[COMMAND_LIST]
    public = [BotCommand(c.name, c.description) for c in commands if not c.admin]
    everything = [BotCommand(c.name, c.description) for c in commands]
    try:
        await application.bot.set_my_commands(public)
    except TelegramError as exc:
        logger.warning("Could not set the command menu: %s", exc)
    if len(everything) > len(public):
        for admin in sorted(application.bot_data[ADMINS]):
            try:
                await application.bot.set_my_commands(everything, scope=BotCommandScopeChat(admin))
            except TelegramError as exc:
                logger.warning("Could not set the admin command menu for %s: %s", admin, exc)
    logger.info("Bot @%s is ready", application.bot.username)


def _remember_missing_sniffio() -> None:
    """Makes httpcore's per-request `import sniffio` fail fast when sniffio isn't installed.

    httpcore imports sniffio each time it creates a lock (several times per request); a failed
    import is not cached, so every attempt rescans sys.path (~30% of the bot's CPU in the
    bench). A None entry in sys.modules is Python's cached "not importable", the same outcome.
    Installing sniffio makes this a no-op.
    """
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def build_application(
    engine: Engine,
    *,
    token: str,
    base_url: str | None = None,
    admins: frozenset[int] = frozenset(),
    rate_limit_per_minute: int = 20,
    commands: Sequence[Command] = COMMANDS,
    max_messages_per_second: float = 30.0,
    send_retries: int = 3,
    retry_backoff: float = 0.5,
    concurrent_updates: int = 4,
    request_timeout: float = 10.0,
    log: QuestionLog | None = None,
    database: str | os.PathLike[str] | None = None,
) -> Application:
    """Builds the bot: every handler in order, the engine and bounded state in bot_data.

    `max_messages_per_second` is Telegram's documented broadcast limit (30/s); 0 turns the
    local throttle off (the bench does this to measure the bot rather than Telegram's cap).
    `log` records every question asked (None: nothing is recorded); `database` is the
    engine's database file, which /check audits.
    """
    install_redaction(token)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    _remember_missing_sniffio()
    limiter = RetryingRateLimiter(
        network_retries=send_retries,
        backoff=retry_backoff,
        overall_max_rate=max_messages_per_second,
        max_retries=3,
    )
    timeouts = {
        "connect_timeout": 5.0,
        "read_timeout": request_timeout,
        "write_timeout": request_timeout,
        "pool_timeout": 5.0,
    }
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url or DEFAULT_BASE_URL)
        .request(HTTPXRequest(connection_pool_size=concurrent_updates + 8, **timeouts))
        .get_updates_request(HTTPXRequest(connection_pool_size=2, **timeouts))
        .rate_limiter(limiter)
        .concurrent_updates(PerChatUpdateProcessor(concurrent_updates))
        .post_init(post_init)
        .build()
    )
    application.bot_data.update(
        {
            ENGINE: engine,
            ADMINS: frozenset(admins),
            CHOICES: ChoiceStore(),
            FLOOD: FloodGate(rate_limit_per_minute),
            COMMAND_LIST: tuple(commands),
            QUESTION_LOG: log,
            RECORDER: QuestionRecorder(),
            DATABASE: database,
        }
    )
    _add_handlers(application, commands)
    return application


def _add_handlers(application: Application, commands: Sequence[Command]) -> None:
    """Registers commands, buttons, inline mode, text, unknown commands, errors, in order."""
    for command in commands:
        callback = admin_only(command.callback) if command.admin else command.callback
        application.add_handler(CommandHandler(command.name, callback))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(InlineQueryHandler(on_inline))
    application.add_handler(ChosenInlineResultHandler(on_chosen_inline))
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(
        MessageHandler(new_messages & filters.TEXT & ~filters.COMMAND, on_text)
    )
    application.add_handler(MessageHandler(new_messages & filters.COMMAND, unknown_command))
    application.add_error_handler(on_error)


def _polling_failed(error: TelegramError) -> None:
    """One line per failed getUpdates: the updater retries it with backoff by itself."""
    logger.warning("Polling Telegram failed (%s); retrying", error)


@contextlib.asynccontextmanager
async def polling(
    application: Application, *, poll_timeout: float = POLL_TIMEOUT
) -> AsyncIterator[Application]:
    """Runs initialize, post_init, long polling and the application inside a running loop."""
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        assert application.updater is not None
        await application.updater.start_polling(
            timeout=poll_timeout,
            drop_pending_updates=False,
            allowed_updates=ALLOWED_UPDATES,
            error_callback=_polling_failed,
        )
        await application.start()
        try:
            yield application
        finally:
            if application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
    finally:
        await application.shutdown()


# ---------------------------------------------------------------------------------------
# Logging: the token never reaches a log
# ---------------------------------------------------------------------------------------


class RedactSecrets(logging.Filter):
    """Replaces secrets (the bot token) in log records: httpx and PTB log URLs holding it."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[REDACTED]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrites the record in place if its message, traceback or stack holds a secret."""
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's business
            return True
        if any(s in message for s in self.secrets):
            record.msg, record.args = self._redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and any(s in record.exc_text for s in self.secrets):
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info and any(s in record.stack_info for s in self.secrets):
            record.stack_info = self._redact(record.stack_info)
        return True


REDACTOR = RedactSecrets()
_factory_installed = False


def install_redaction(secret: str) -> None:
    """Redacts `secret` from every log record created from now on, whatever its handler."""
    global _factory_installed
    if secret:
        REDACTOR.secrets.add(secret)
        _, _, key = secret.partition(":")  # the token's secret half, should it appear alone
        if len(key) >= 20:
            REDACTOR.secrets.add(key)
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        REDACTOR.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


# ---------------------------------------------------------------------------------------
# serve
# ---------------------------------------------------------------------------------------


class ConfigError(Exception):
    """A configuration problem, described in one Chinese sentence for the operator."""


def _token(environ: Mapping[str, str]) -> str:
    token = environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("没有设置 TELEGRAM_BOT_TOKEN：请先设置从 @BotFather 获得的机器人令牌。")
    if not TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN 的格式不对：应为“数字:至少30位字母数字”，请检查后重试。"
        )
    return token


def parse_admins(value: str) -> frozenset[int]:
    """Parses JUESUAN_ADMINS, comma-separated Telegram user ids."""
    ids = [part.strip() for part in value.split(",") if part.strip()]
    if not all(re.fullmatch(r"\d{1,20}", part) for part in ids):
        raise ConfigError("JUESUAN_ADMINS 应为逗号分隔的 Telegram 用户数字 ID，例如 12345,67890。")
    return frozenset(int(part) for part in ids)


def _base_url(environ: Mapping[str, str]) -> str:
    url = environ.get("TELEGRAM_BASE_URL", "").strip() or DEFAULT_BASE_URL
    if not re.match(r"^https?://", url):
        raise ConfigError("TELEGRAM_BASE_URL 应以 http:// 或 https:// 开头。")
    return url


def _database(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("JUESUAN_DB", "").strip() or DEFAULT_DB)


def _open_engine(environ: Mapping[str, str]) -> Engine:
    from bot.engine import Engine, EngineError

    db = _database(environ)
    if not db.is_file():
        raise ConfigError(f"找不到数据库 {db}：请先运行 juesuan build，或用 JUESUAN_DB 指定路径。")
    try:
        return Engine.open(db)
    except EngineError as exc:
        raise ConfigError(str(exc)) from exc


@dataclass(frozen=True)
class LogConfig:
    """Where the question log is, how long it keeps questions, the salt of user hashes."""

    path: Path
    retention_days: int
    salt: str | None


def _log_config(environ: Mapping[str, str]) -> LogConfig:
    """JUESUAN_LOG_DB (default data/log.db), JUESUAN_LOG_RETENTION_DAYS (180), JUESUAN_LOG_SALT."""
    path = Path(environ.get("JUESUAN_LOG_DB", "").strip() or DEFAULT_LOG)
    days = environ.get("JUESUAN_LOG_RETENTION_DAYS", "").strip() or str(DEFAULT_RETENTION_DAYS)
    if not re.fullmatch(r"\d{1,6}", days) or int(days) < 1:
        raise ConfigError(
            "JUESUAN_LOG_RETENTION_DAYS 应为正整数（保留问题日志的天数），例如 180。"
        )
    if path.resolve() == _database(environ).resolve():
        raise ConfigError("JUESUAN_LOG_DB 不能是决算数据库本身：问题日志请用另一个文件。")
    salt = environ.get("JUESUAN_LOG_SALT", "").strip() or None
    return LogConfig(path, int(days), salt)


def _open_log(config: LogConfig) -> QuestionLog:
    """The question log, pruned of questions older than the retention period."""
    from bot.qlog import QuestionLog

    try:
        log = QuestionLog(config.path, salt=config.salt, retention_days=config.retention_days)
    except ValueError as exc:  # the path is the final-accounts database
        raise ConfigError(str(exc)) from exc
    logger.info("Question log: %s (questions kept %d days)", config.path, config.retention_days)
    return log


def _configure_logging() -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    for handler in logging.getLogger().handlers:
        if REDACTOR not in handler.filters:
            handler.addFilter(REDACTOR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def serve(environ: Mapping[str, str] = os.environ) -> int:
    """Runs the bot with long polling until SIGINT/SIGTERM; returns the exit status."""
    try:
        token = _token(environ)
        install_redaction(token)
        admins = parse_admins(environ.get("JUESUAN_ADMINS", ""))
        base_url = _base_url(environ)
        log_config = _log_config(environ)
        engine = _open_engine(environ)
        _configure_logging()
        log = _open_log(log_config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    application = build_application(
        engine,
        token=token,
        base_url=base_url,
        admins=admins,
        log=log,
        database=_database(environ),
    )
    try:
        application.run_polling(
            timeout=POLL_TIMEOUT,
            drop_pending_updates=False,
            allowed_updates=ALLOWED_UPDATES,
            bootstrap_retries=10,
        )
    except InvalidToken:
        print("Telegram 不接受这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否正确。", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(
            f"无法连接 Telegram Bot API（{REDACTOR._redact(str(exc))}），请检查网络后重试。",
            file=sys.stderr,
        )
        return 1
    return 0
