"""Charts in Telegram: a chart answer as a photo with its text as caption, and /chart's menu."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.answer import Answer
from bot.charts import ChartError, chart_menu, chart_of
from bot.telegram.base import CHART_MENU, MAX_CAPTION, NO_CHARTS, Context
from bot.telegram.buttons import answer_keyboard, keyboard
from bot.telegram.chats import conversation_key
from bot.telegram.render import escape, render_html
from bot.telegram.send import admit, choices_of, engine_of, say, send_rendered, show_photo

logger = logging.getLogger(__name__)


async def send_chart(update: Update, context: Context, answer: Answer) -> bool:
    """The chart as a photo, the answer (sources included) as its caption and what does not fit
    below; False when there is nothing to draw, so the caller sends the text."""
    if update.effective_chat is None:
        return False
    try:
        chart = await asyncio.to_thread(chart_of, answer)  # drawing blocks: not on the loop
    except ChartError as exc:
        logger.warning("Chart not drawn: %s", exc)
        return False
    if chart is None:
        return False
    messages = render_html(answer, MAX_CAPTION)
    markup = answer_keyboard(answer, choices_of(context))
    await show_photo(update, context, chart.png, messages[0],
                     markup if len(messages) == 1 else None)
    if len(messages) > 1:
        await send_rendered(update, context, messages[1:], answer)
    return True


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
