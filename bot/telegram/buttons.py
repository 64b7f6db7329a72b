"""Inline buttons whose callback data fits Telegram's 64 bytes, and the keyboards of answers."""

from __future__ import annotations

import base64
import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer import Answer
from bot.telegram.base import BUTTON_LABEL_MAX, MAX_BUTTONS, MAX_CALLBACK_DATA, MAX_OPTIONS

# Button kinds: "q" asks a question (answer sent below), "o" picks a clarification option
# (answer replaces the clarifying message), "d" defines a glossary term, "p" picks the
# conversation's department, "n" turns to a page of /departments. Data is "kind:text" when
# it fits in 64 bytes, else "KIND:key" with the text in a ChoiceStore.
ButtonKind = Literal["q", "o", "d", "p", "n"]
BUTTON_KINDS: frozenset[str] = frozenset({"q", "o", "d", "p", "n"})


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


def label(text: str) -> str:
    """A button or result title: whitespace collapsed, cut to BUTTON_LABEL_MAX with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= BUTTON_LABEL_MAX else text[: BUTTON_LABEL_MAX - 1] + "…"


def button(
    kind: ButtonKind, text: str, store: ChoiceStore, caption: str | None = None
) -> InlineKeyboardButton:
    """One inline button labelled with the text it stands for (or with `caption`)."""
    return InlineKeyboardButton(
        label(caption or text), callback_data=encode_button(kind, text, store)
    )


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
    """Buttons for an answer: its clarification options (at most MAX_OPTIONS), then follow-ups."""
    items: list[tuple[ButtonKind, str]] = [("o", o) for o in answer.options[:MAX_OPTIONS]]
    items += [("q", f) for f in answer.followups]
    return keyboard(items, store)
