"""What citizens use: /start, /help, /glossary, /figures, questions, buttons, inline mode."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import replace

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest

from bot.answer import Answer
from bot.telegram.base import (
    COMMAND_LIST,
    EMPTY_QUESTION,
    LONG_INLINE,
    MAX_TEXT,
    NO_GLOSSARY,
    NOT_YOURS,
    STALE_BUTTON,
    UNKNOWN_COMMAND,
    Context,
)
from bot.telegram.buttons import answer_keyboard, decode_button, keyboard, label
from bot.telegram.chats import conversation_key, department_named
from bot.telegram.departments import pick_department, turn_page
from bot.telegram.recorder import record_question
from bot.telegram.render import Line, escape, render_html, tg_len
from bot.telegram.send import (
    NO_PREVIEW,
    admit,
    ask,
    choices_of,
    engine_of,
    say,
    say_lines,
    send_answer,
    send_rendered,
)

logger = logging.getLogger(__name__)


def _help_lines(context: Context) -> list[Line]:
    """The welcome: what is loaded, how to ask, and the commands."""
    engine = engine_of(context)
    lines = [
        Line(
            (
                ("您好！我是", False),
                ("决算问答", True),
                ("机器人，回答部门决算公开中的问题。", False),
            )
        ),
        Line(((engine.describe(), False),)),
        Line((("", False),)),
        Line((("直接发送问题即可，也可以点下面的例子提问。", False),)),
        Line((("", False),)),
        Line((("命令：", True),)),
    ]
    for command in context.bot_data[COMMAND_LIST]:
        if not command.admin and command.name != "start":
            lines.append(Line(((f"/{command.name} {command.description}", False),)))
    return lines


async def start(update: Update, context: Context) -> None:
    """Greets with what the bot knows, five example questions to tap, and the commands."""
    if not await admit(update, context):
        return
    examples = [("q", q) for q in engine_of(context).example_questions()[:5]]
    markup = keyboard(examples, choices_of(context))  # type: ignore[arg-type]
    await say_lines(update, context, _help_lines(context), markup)


async def help_(update: Update, context: Context) -> None:
    """Same as /start: what the bot knows and how to ask."""
    await start(update, context)


def _command_argument(message: Message | None) -> str:
    """The text after '/command' (or '/command@bot'), stripped."""
    text = (message.text or "") if message else ""
    return text.partition(" ")[2].strip()


async def glossary(update: Update, context: Context) -> None:
    """Defines the term given after /glossary, or lists all terms as buttons."""
    if not await admit(update, context):
        return
    term = _command_argument(update.effective_message)
    engine = engine_of(context)
    if term:
        answer = engine.define(term)
        record_question(update, context, answer)
        await send_answer(update, context, answer)
        return
    terms = [("d", t) for t in engine.glossary_terms() if t.strip()]
    if not terms:
        await say(update, context, escape(NO_GLOSSARY))
        return
    markup = keyboard(terms, choices_of(context), per_row=2)  # type: ignore[arg-type]
    await say(update, context, "<b>名词解释</b>：点按词条查看解释。", markup)


async def figures(update: Update, context: Context) -> None:
    """Sends the headline figures of the loaded disclosures."""
    if not await admit(update, context):
        return
    await send_answer(update, context, engine_of(context).headline())


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a message meant for the bot, or None when the bot should stay quiet.

    Private chats always address the bot; in groups the bot answers only when @mentioned
    (the mention is removed from the question) or when the message replies to the bot.
    """
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text.strip()
    mention = re.compile(rf"@{re.escape(username)}(?![A-Za-z0-9_])", re.IGNORECASE)
    if username and mention.search(text):
        return " ".join(mention.sub(" ", text).split())
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text.strip()
    return None


async def on_text(update: Update, context: Context) -> None:
    """Answers a text message meant for the bot with the engine's answer."""
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is None or not await admit(update, context):
        return
    if not question:
        example = next(iter(engine_of(context).example_questions()), "公务接待费多少")
        await say(update, context, escape(f"{EMPTY_QUESTION}{example}"))
        return
    answer = ask(update, context, question)
    record_question(update, context, answer)
    await send_answer(update, context, answer)


async def _replace_with_answer(update: Update, context: Context, answer: Answer) -> None:
    """Edits the clarifying message into the chosen answer (extra parts sent below)."""
    query = update.callback_query
    assert query is not None
    messages = render_html(answer)
    markup = answer_keyboard(answer, choices_of(context))
    try:
        await query.edit_message_text(
            messages[0],
            parse_mode=ParseMode.HTML,
            reply_markup=markup if len(messages) == 1 else None,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return  # a second tap on the same option: the answer is already there
        if update.effective_chat is None:
            raise
        logger.info("Could not edit the clarifying message (%s); sending the answer", exc)
        await send_rendered(update, context, messages, answer)
        return
    if len(messages) > 1 and update.effective_chat is not None:
        await send_rendered(update, context, messages[1:], answer)


PERSONAL = frozenset({"o", "p", "n"})  # buttons that change the asker's conversation


def _tapped_by_asker(update: Update) -> bool:
    """In a group, whether the tap is by the person the bot's message answered.

    The bot's messages in groups reply to the message they answer, so the asker is the author
    of that message; when it is unknown (deleted, or a private chat) anyone may tap.
    """
    query = update.callback_query
    assert query is not None
    message = query.message
    if not isinstance(message, Message) or message.chat.type == ChatType.PRIVATE:
        return True
    asked = message.reply_to_message
    if asked is None or asked.from_user is None:
        return True
    return asked.from_user.id == query.from_user.id


async def on_button(update: Update, context: Context) -> None:
    """Answers a tapped button: the question or term it stands for, or 'ask again' if stale."""
    query = update.callback_query
    assert query is not None
    choice = decode_button(query.data, choices_of(context))
    if choice is None:
        await query.answer(STALE_BUTTON, show_alert=True)
        return
    kind, text = choice
    if kind in PERSONAL and not _tapped_by_asker(update):
        await query.answer(NOT_YOURS)
        return
    if kind == "n":  # turning a page costs no answer: not counted against the flood limit
        await query.answer()
        await turn_page(update, context, text)
        return
    if not await admit(update, context):
        return
    await query.answer()
    if kind == "p":
        await pick_department(update, context, text)
        return
    answer = (
        engine_of(context).define(text) if kind == "d" else _chosen(update, context, kind, text)
    )
    record_question(update, context, answer)
    if (kind == "o" and answer.chart is None) or update.effective_chat is None:
        await _replace_with_answer(update, context, answer)  # a chart comes as a new photo
    else:
        await send_answer(update, context, answer)


def _chosen(update: Update, context: Context, kind: str, text: str) -> Answer:
    """The answer to a tapped question; an option naming a department picks it first.

    "荷塘区政务服务中心公务接待费多少" makes that department the conversation's, then asks
    "公务接待费多少" in it, so the follow-ups stay with the department chosen.
    """
    engine = engine_of(context)
    key = conversation_key(update)
    departments = [row["department"] for row in engine.catalog()]
    named = department_named(text, departments) if kind == "o" else None
    if named is not None and key is not None and engine.pick(key, named[0]):
        return replace(ask(update, context, named[1]), question=text)  # logged as tapped
    return ask(update, context, text)


def _inline_article(answer: Answer) -> InlineQueryResultArticle:
    """One inline result holding the rendered answer (the first message's worth)."""
    messages = render_html(answer, MAX_TEXT - tg_len(LONG_INLINE) - 1)
    text = messages[0] + ("\n" + escape(LONG_INLINE) if len(messages) > 1 else "")
    first_line = next((x for x in answer.answer.splitlines() if x.strip()), answer.question)
    result_id = hashlib.blake2b(answer.question.encode(), digest_size=16).hexdigest()
    return InlineQueryResultArticle(
        id=result_id,
        title=label(answer.question) or "决算问答",
        description=label(first_line),
        input_message_content=InputTextMessageContent(
            text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


async def on_inline(update: Update, context: Context) -> None:
    """Answers `@bot question` typed in any chat with one article holding the answer."""
    query = update.inline_query
    assert query is not None
    question = query.query.strip()
    if not question:
        example = next(iter(engine_of(context).example_questions()), "公务接待费多少")
        hint = InlineQueryResultsButton(text=f"输入问题，例如：{example}", start_parameter="help")
        await query.answer([], cache_time=300, button=hint)
        return
    if not await admit(update, context):
        return
    article = _inline_article(ask(update, context, question))
    await query.answer([article], cache_time=60, is_personal=True)  # the answer has context


async def on_chosen_inline(update: Update, context: Context) -> None:
    """Records the inline answer a user sent (not each keystroke's query: those are partial).

    Telegram reports chosen results only with inline feedback on (@BotFather).
    """
    result = update.chosen_inline_result
    question = result.query.strip() if result is not None else ""
    if question:
        record_question(update, context, ask(update, context, question))


async def unknown_command(update: Update, context: Context) -> None:
    """Points a mistyped command to /help (in groups only when it names this bot)."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    command = (message.text or "").split(maxsplit=1)[0]
    addressed = command.lower().endswith(f"@{context.bot.username}".lower())
    if chat.type != ChatType.PRIVATE and not addressed:
        return
    if await admit(update, context):
        await say(update, context, escape(UNKNOWN_COMMAND))
