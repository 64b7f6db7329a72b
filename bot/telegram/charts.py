"""Charts in Telegram: a chart answer as a photo with its text as caption, and /chart's menu."""

from __future__ import annotations

import logging

from telegram import Update

from bot.charts import chart_menu
from bot.telegram.base import CHART_MENU, NO_CHARTS, Context
from bot.telegram.buttons import keyboard
from bot.telegram.chats import conversation_key
from bot.telegram.render import escape
from bot.telegram.send import admit, choices_of, engine_of, say

logger = logging.getLogger(__name__)


def _departments(context: Context, update: Update, named: str) -> list[str]:
    """The department named after /chart, else the chat's, else every loaded one."""
    engine = engine_of(context)
    if named:
        docs = engine.matcher.match(named).named_docs
        return list(dict.fromkeys(engine.docs[d].doc["department"] for d in docs))
    key = conversation_key(update)
    current = engine.department_of(key) if key is not None else None
    if current:
        return [current]
    return list(dict.fromkeys(row["department"] for row in engine.catalog()))


async def chart(update: Update, context: Context) -> None:
    """Offers the charts of the chat's department (or of the one named) as buttons."""
    if not await admit(update, context):
        return
    message = update.effective_message
    named = (message.text or "").partition(" ")[2].strip() if message else ""
    engine = engine_of(context)
    questions = [question for department in _departments(context, update, named)
                 for _, question in chart_menu(engine, department)]
    items = [("q", q) for q in dict.fromkeys(questions)]
    if not items:
        await say(update, context, escape(NO_CHARTS))
        return
    await say(update, context, CHART_MENU, keyboard(items, choices_of(context)))  # type: ignore[arg-type]
