"""A rebuilt database is noticed and the engine reloaded between updates, none dropped.

`juesuan build` replaces the database file atomically (a new inode) or rewrites it (a new
modification time or size). Before each update the file's signature is compared with the one
the engine was opened on; on a change the new engine is opened in a worker thread and takes
over, keeping the conversations. A file that cannot be opened (half written, wrong schema)
keeps the old engine serving and is tried again only when it changes again.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from telegram import Update

from bot.telegram.activity import count
from bot.telegram.base import ENGINE, WATCH, Context

if TYPE_CHECKING:
    from bot.engine import Engine

logger = logging.getLogger(__name__)

Signature = tuple[int, int, int, int]  # device, inode, mtime in ns, size


def signature(path: Path) -> Signature | None:
    """What changes when the file is rebuilt; None when it is missing."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


class DatabaseWatch:
    """The database file the engine was opened on, and the signature it had then."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.seen = signature(self.path)
        self._lock = asyncio.Lock()

    def changed(self) -> bool:
        """Whether the file differs from the one last opened (or last tried)."""
        now = signature(self.path)
        return now is not None and now != self.seen

    async def refresh(self, engine: Engine) -> Engine | None:
        """A new engine on the rebuilt file, or None if unchanged or unreadable."""
        async with self._lock:  # updates arriving meanwhile wait for the same reload
            now = signature(self.path)
            if now is None or now == self.seen:
                return None
            self.seen = now
            try:
                fresh = await asyncio.to_thread(_open, self.path)
            except Exception as exc:  # keep serving the engine we have
                logger.warning("Database %s changed but could not be opened: %s", self.path, exc)
                return None
        conversations = getattr(engine, "conversations", None)
        if conversations is not None:  # a rebuild forgets no one's context
            fresh.conversations = conversations
        return fresh


def _open(path: Path) -> Engine:
    from bot.engine import Engine

    return Engine.open(path)


async def reload_if_rebuilt(update: Update, context: Context) -> None:
    """Swaps in a freshly opened engine when the database file changed since the last update."""
    watch: DatabaseWatch | None = context.bot_data.get(WATCH)
    if watch is None or not watch.changed():
        return
    fresh = await watch.refresh(context.bot_data[ENGINE])
    if fresh is not None:
        context.bot_data[ENGINE] = fresh
        count(context, "reloads")
        logger.info("Database %s was rebuilt: engine reloaded (%s)", watch.path, fresh.describe())
