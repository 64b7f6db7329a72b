"""How fast the bot answers: the per-user flood gate, per-chat ordering, retried sending."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from telegram import Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

logger = logging.getLogger(__name__)

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
        """Sends through the rate limiter, retrying NetworkError/TimedOut with backoff.

        getMe is not retried here: starting up, `modes.reach` retries it within its budget.
        """
        if endpoint == "getMe":
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
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
