"""How updates reach the bot: long polling, or a webhook Telegram pushes to behind a proxy.

`running(application, mode)` is the whole life of a bot inside an event loop: reach the Bot
API (retrying a network failure for a bounded time, so an unreachable API becomes one error
rather than minutes of retries), publish the command menu, start receiving updates, log the
line saying the bot is up, log a stats line a minute, and on exit stop in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.telegram.activity import STATS_INTERVAL, log_up, reporting
from bot.telegram.app import polling_failed

logger = logging.getLogger(__name__)

POLL_TIMEOUT = 30.0
STARTUP_BUDGET = 20.0  # seconds spent reaching the Bot API before giving up
# chosen_inline_result arrives only when inline feedback is on (@BotFather /setinlinefeedback)
ALLOWED_UPDATES = ("message", "callback_query", "inline_query", "chosen_inline_result")


@dataclass(frozen=True)
class Polling:
    """Long polling: the bot asks Telegram for updates."""

    timeout: float = POLL_TIMEOUT

    def __str__(self) -> str:
        return "long polling"


@dataclass(frozen=True)
class Webhook:
    """Telegram pushes updates to `url`, which a proxy forwards to `listen`:`port`/`path`."""

    url: str
    secret: str
    listen: str = "127.0.0.1"
    port: int = 8443
    path: str = ""

    def __str__(self) -> str:
        return f"webhook {self.url} (listening on {self.listen}:{self.port}/{self.path})"


Mode = Polling | Webhook


async def reach(application: Application, budget: float = STARTUP_BUDGET) -> None:
    """Initializes the application (getMe), retrying network failures for `budget` seconds.

    A token the Bot API refuses raises InvalidToken at once; other refusals raise their
    TelegramError at once; an API still unreachable when the budget is spent raises the last
    NetworkError.
    """
    deadline = time.monotonic() + budget
    delay = 1.0
    while True:
        try:
            await application.initialize()
            return
        except InvalidToken:
            raise
        except NetworkError as exc:
            if time.monotonic() + delay > deadline:
                raise
            logger.debug("Bot API not reachable (%s); trying again in %.0fs", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


async def _receive(application: Application, mode: Mode) -> None:
    assert application.updater is not None
    if isinstance(mode, Polling):
        await application.updater.start_polling(
            timeout=mode.timeout,
            drop_pending_updates=False,
            allowed_updates=ALLOWED_UPDATES,
            error_callback=polling_failed,
        )
        return
    await application.updater.start_webhook(
        listen=mode.listen,
        port=mode.port,
        url_path=mode.path,
        webhook_url=mode.url,
        secret_token=mode.secret,
        allowed_updates=ALLOWED_UPDATES,
        drop_pending_updates=False,
    )


@contextlib.asynccontextmanager
async def running(
    application: Application,
    mode: Mode,
    *,
    budget: float = STARTUP_BUDGET,
    stats_interval: float = STATS_INTERVAL,
) -> AsyncIterator[Application]:
    """Runs the bot (initialize, post_init, receiving updates) for the duration of the block."""
    try:
        await reach(application, budget)
        if application.post_init is not None:
            await application.post_init(application)
        await _receive(application, mode)
        await application.start()
        log_up(application, str(mode))
        try:
            async with reporting(application, stats_interval):
                yield application
        finally:
            assert application.updater is not None
            if application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
    finally:
        await application.shutdown()
        await application.bot.shutdown()  # its HTTP clients, also when initialize failed


@contextlib.asynccontextmanager
async def polling(
    application: Application, *, poll_timeout: float = POLL_TIMEOUT, **kwargs: float
) -> AsyncIterator[Application]:
    """`running` in long polling (what the tests and the bench use)."""
    async with running(application, Polling(poll_timeout), **kwargs) as app:
        yield app
