"""The question log from the bot: recorded off the event loop, never in the way of an answer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application

from bot.answer import Answer
from bot.telegram.base import QUESTION_LOG, RECORDER, Context

if TYPE_CHECKING:
    from bot.qlog import QuestionLog

logger = logging.getLogger(__name__)


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
