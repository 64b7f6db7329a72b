"""Sending into a chat: HTML messages, an answer with its buttons, the flood gate's notice.

Every answer leaves through `send_answer`; a richer answer (a chart as a photo with the
text as caption) belongs there, so handlers stay unchanged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultsButton,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode

from bot.answer import Answer
from bot.telegram.activity import count
from bot.telegram.base import CHOICES, ENGINE, FLOOD, FLOOD_NOTICE, MAX_CAPTION, Context
from bot.telegram.buttons import ChoiceStore, answer_keyboard
from bot.telegram.chats import capped, conversation_key
from bot.telegram.render import Line, escape, pack_lines, render_html

if TYPE_CHECKING:
    from bot.engine import Engine

logger = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def engine_of(context: Context) -> Engine:
    """The engine opened at start-up (or reloaded since)."""
    return context.bot_data[ENGINE]


def choices_of(context: Context) -> ChoiceStore:
    """Where button texts too long for callback data are kept."""
    return context.bot_data[CHOICES]


def ask(update: Update, context: Context, question: str) -> Answer:
    """The engine's answer in the update's conversation (a department picked or named stays)."""
    answer = engine_of(context).ask(question, chat=conversation_key(update))
    count(context, "questions")
    count(context, "answered", int(answer.answered))
    return capped(answer)


def _reply_to(update: Update) -> ReplyParameters | None:
    """In groups, quote the message being answered so the asker sees it is theirs."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or chat.type == ChatType.PRIVATE:
        return None
    return ReplyParameters(message.message_id, allow_sending_without_reply=True)


async def say(
    update: Update,
    context: Context,
    html_text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Sends one HTML message into the update's chat."""
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(
        chat.id,
        html_text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        reply_parameters=_reply_to(update),
        link_preview_options=NO_PREVIEW,
    )


async def say_lines(
    update: Update,
    context: Context,
    lines: Sequence[Line],
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Sends lines as one or more messages, with the keyboard under the last one."""
    messages = pack_lines(lines)
    for i, text in enumerate(messages):
        await say(update, context, text, markup if i == len(messages) - 1 else None)


async def send_answer(update: Update, context: Context, answer: Answer) -> None:
    """Sends an answer as HTML messages, its buttons under the last one; an answer carrying
    chart figures as a photo with the text as its caption."""
    if answer.chart is not None:
        if await send_chart(update, context, answer):
            return
    await send_rendered(update, context, render_html(answer), answer)


async def show_photo(
    update: Update,
    context: Context,
    png: bytes,
    caption_html: str,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Sends one picture into the update's chat with an HTML caption."""
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_photo(
        chat.id,
        png,
        caption=caption_html,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        reply_parameters=_reply_to(update),
    )


async def send_rendered(
    update: Update, context: Context, messages: Sequence[str], answer: Answer
) -> None:
    """Sends already rendered messages of an answer, its buttons under the last one."""
    markup = answer_keyboard(answer, choices_of(context))
    for i, text in enumerate(messages):
        await say(update, context, text, markup if i == len(messages) - 1 else None)


async def admit(update: Update, context: Context) -> bool:
    """Applies the per-user flood limit; the first refused question gets the one notice."""
    user = update.effective_user
    if user is None:
        return False
    verdict = context.bot_data[FLOOD].check(user.id)
    if verdict == "ok":
        return True
    count(context, "limited")
    notice = FLOOD_NOTICE if verdict == "notice" else None
    if update.callback_query is not None:
        await update.callback_query.answer(notice)
    elif update.inline_query is not None:  # no results; the notice as the button above them
        hint = InlineQueryResultsButton(text=notice, start_parameter="help") if notice else None
        await update.inline_query.answer([], cache_time=0, button=hint)
    elif notice is not None:
        await say(update, context, escape(notice))
    return False


async def send_chart(update: Update, context: Context, answer: Answer) -> bool:
    """The chart as a photo, the answer (sources included) as its caption and what does not fit
    below; False when there is nothing to draw, so the caller sends the text."""
    from bot.charts import ChartError, chart_of  # draws: only when an answer has a chart

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
