"""What an operator sees in the log: one line when the bot is up, one line of counts a minute."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, fields

from telegram import Update
from telegram.ext import Application

from bot.telegram.base import ACTIVITY, ENGINE, Context

logger = logging.getLogger(__name__)

STATS_INTERVAL = 60.0  # seconds between two stats lines


@dataclass
class Activity:
    """Counts since the last stats line; `take` reads and resets them."""

    updates: int = 0
    questions: int = 0
    answered: int = 0
    limited: int = 0
    errors: int = 0
    reloads: int = 0

    def take(self) -> dict[str, int]:
        """The counts so far, then zero."""
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in counts:
            setattr(self, name, 0)
        return counts


def activity_of(application: Application) -> Activity | None:
    """The application's counters (None for an application built without them)."""
    return application.bot_data.get(ACTIVITY)


def count(context: Context, what: str, amount: int = 1) -> None:
    """Adds to one counter of the running bot (nothing when there are none)."""
    activity = context.bot_data.get(ACTIVITY)
    if activity is not None:
        setattr(activity, what, getattr(activity, what) + amount)


async def count_update(update: Update, context: Context) -> None:
    """Counts every update the bot receives (registered ahead of every other handler)."""
    count(context, "updates")


def loaded(application: Application) -> str:
    """'N 个单位：A 2017、B 2024' for the up line."""
    catalog = application.bot_data[ENGINE].catalog()
    names = dict.fromkeys(row["department"] for row in catalog)
    listed = "、".join(f"{row['department']} {row['year']}" for row in catalog)
    return f"{len(names)} departments loaded ({listed})"


def log_up(application: Application, mode: str) -> None:
    """The one line saying the bot is up: its username, what is loaded, how updates arrive."""
    logger.info("Bot @%s is up: %s; mode: %s", application.bot.username, loaded(application), mode)


def stats_line(counts: dict[str, int], interval: float) -> str:
    """One line of the last interval's counts."""
    return (
        f"Last {interval:g}s: {counts['updates']} updates, {counts['questions']} questions "
        f"({counts['answered']} answered), {counts['limited']} rate-limited, "
        f"{counts['errors']} errors, {counts['reloads']} database reloads"
    )


async def _report(activity: Activity, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        logger.info("%s", stats_line(activity.take(), interval))


@contextlib.asynccontextmanager
async def reporting(application: Application, interval: float) -> AsyncIterator[None]:
    """Logs a stats line every `interval` seconds while the block runs."""
    activity = activity_of(application)
    if activity is None or interval <= 0:
        yield
        return
    task = asyncio.create_task(_report(activity, interval), name="stats-line")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
