"""Each conversation's context — the department picked or last named, the year and the thing
and kind of the last answer — kept in memory and forgotten after 30 minutes of silence."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

TTL_SECONDS = 30 * 60  # a department picked stays this long after the last question
MAX_CONVERSATIONS = 50_000  # the oldest are forgotten first; a state is a few hundred bytes


@dataclass(frozen=True)
class State:
    """What a follow-up may leave unsaid."""

    department: str | None = None  # full name, as loaded
    year: int | None = None
    things: tuple[str, ...] = ()  # names of the things the last answer was about
    intent: str | None = None  # kind of the last question
    question: str = ""  # the last question, normalised, as answered

    def with_(self, **changes) -> State:
        return replace(self, **changes)


class Conversations:
    """chat key → State, expiring; a chat key is a chat id, or chat:user in a group."""

    def __init__(self, ttl: float = TTL_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._states: OrderedDict[str, tuple[float, State]] = OrderedDict()

    def get(self, chat: str) -> State:
        """The chat's state, or an empty one when it is new or has been silent too long."""
        found = self._states.get(chat)
        if found is None or self.clock() - found[0] > self.ttl:
            self._states.pop(chat, None)
            return State()
        return found[1]

    def save(self, chat: str, state: State) -> None:
        self._states[chat] = (self.clock(), state)
        self._states.move_to_end(chat)
        while len(self._states) > MAX_CONVERSATIONS:
            self._states.popitem(last=False)

    def forget(self, chat: str) -> None:
        self._states.pop(chat, None)
