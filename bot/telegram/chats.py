"""Whose conversation an update belongs to, and which department a clarification option names.

The engine keeps context per conversation key (a department named or picked stays 30 minutes):
the chat id in a private chat, "chat_id:user_id" in a group (one person in that chat), the
user id for inline queries (the same key as the private chat with the bot).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from telegram import Update
from telegram.constants import ChatType

from bot.answer import Answer
from bot.telegram.base import MAX_OPTIONS, MORE_OPTIONS

MIN_NAME = 3  # characters of a department name an option must start with to count as a pick
SEPARATOR = "、"


def conversation_key(update: Update) -> str | None:
    """The engine's conversation key for an update, or None when there is no one to key on."""
    chat = update.effective_chat
    user = update.effective_user
    if chat is None:
        return str(user.id) if user is not None else None
    if chat.type == ChatType.PRIVATE or user is None:
        return str(chat.id)
    return f"{chat.id}:{user.id}"


def department_named(option: str, departments: Iterable[str]) -> tuple[str, str] | None:
    """(department, rest of the question) when the option starts with one department's name.

    Clarification options are "<department as citizens name it><question>"; the name is a
    part of the loaded department's full name ("荷塘区政务服务中心" of "株洲市荷塘区政务服务中心").
    The department whose name covers the longest start of the option wins; a tie or a start
    shorter than MIN_NAME characters means the option names no department.
    """
    best: list[tuple[int, str]] = []
    for department in departments:
        size = 0
        while size < len(option) and option[: size + 1] in department:
            size += 1
        if size >= MIN_NAME:
            best.append((size, department))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    size, department = best[0]
    rest = option[size:].strip()
    return (department, rest) if rest else None


def cap_list(line: str, cap: int, more: str) -> str:
    """A line ending in a list "A、B、C…" keeps its first `cap` items, then says how many more."""
    cut = max(line.rfind("？"), line.rfind("："))
    head, tail = line[: cut + 1], line[cut + 1 :]
    items = tail.split(SEPARATOR)
    if len(items) <= cap:
        return line
    return head + SEPARATOR.join(items[:cap]) + more.format(count=len(items))


def capped(answer: Answer) -> Answer:
    """A clarifying answer offering at most MAX_OPTIONS choices, its list of names cut to match.

    With many departments loaded the engine lists every one; a chat shows a handful and points
    to /departments for the rest.
    """
    if len(answer.options) <= MAX_OPTIONS:
        return answer
    text = "\n".join(
        cap_list(line, MAX_OPTIONS, MORE_OPTIONS) for line in answer.answer.split("\n")
    )
    return replace(answer, answer=text, options=answer.options[:MAX_OPTIONS])
