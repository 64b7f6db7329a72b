"""The application: every handler registered in order, bot_data filled, polling run.

To add a command: write `async def verb(update, context) -> None` and add one `Command(...)`
line to `COMMANDS` (with `admin=True` for an admin-only command).
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.constants import ChatType
from telegram.error import NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChosenInlineResultHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.telegram.activity import Activity, count, count_update
from bot.telegram.base import (
    ACTIVITY,
    ADMINS,
    CHOICES,
    COMMAND_LIST,
    DATABASE,
    DEFAULT_BASE_URL,
    ENGINE,
    FLOOD,
    QUESTION_LOG,
    RECORDER,
    SORRY,
    STAFF_IN_PRIVATE,
    WATCH,
    Command,
    Context,
    Handler,
)
from bot.telegram.buttons import ChoiceStore
from bot.telegram.charts import chart
from bot.telegram.citizen import (
    figures,
    glossary,
    help_,
    on_button,
    on_chosen_inline,
    on_inline,
    on_text,
    start,
    unknown_command,
)
from bot.telegram.departments import departments
from bot.telegram.limits import FloodGate, PerChatUpdateProcessor, RetryingRateLimiter
from bot.telegram.recorder import QuestionRecorder
from bot.telegram.redact import install_redaction
from bot.telegram.reload import DatabaseWatch, reload_if_rebuilt
from bot.telegram.render import escape
from bot.telegram.send import say
from bot.telegram.staff import check, stats

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.qlog import QuestionLog

logger = logging.getLogger(__name__)


def admin_only(callback: Handler) -> Handler:
    """Wraps a command so only user ids in bot_data[ADMINS] may run it.

    The set is read on every call. Anyone else gets exactly what an unknown command gets,
    so the command's existence is not revealed. An admin in a group gets a one-line pointer
    to the private chat and no data: staff answers hold what citizens typed.
    """

    @functools.wraps(callback)
    async def guarded(update: Update, context: Context) -> None:
        user = update.effective_user
        if user is None or user.id not in context.bot_data.get(ADMINS, ()):
            await unknown_command(update, context)
            return
        chat = update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE:
            if chat is not None:
                pointer = STAFF_IN_PRIVATE.format(username=context.bot.username)
                await say(update, context, escape(pointer))
            return
        await callback(update, context)

    return guarded


COMMANDS: tuple[Command, ...] = (
    Command("start", start, "开始使用"),
    Command("help", help_, "使用说明和提问示例"),
    Command("glossary", glossary, "名词解释，例如 /glossary 年初结转和结余"),
    Command("figures", figures, "主要数字"),
    Command("chart", chart, "图表：支出结构、收入构成、三公经费对比"),
    Command("departments", departments, "选择要问的单位"),
    Command("stats", stats, "问题统计（管理员）", admin=True),
    Command("check", check, "核对已载入的决算（管理员）", admin=True),
)


async def post_init(application: Application) -> None:
    """Publishes the command menu; a failure is logged and the bot runs without it."""
    commands: Sequence[Command] = application.bot_data[COMMAND_LIST]
    public = [BotCommand(c.name, c.description) for c in commands if not c.admin]
    everything = [BotCommand(c.name, c.description) for c in commands]
    try:
        await application.bot.set_my_commands(public)
    except TelegramError as exc:
        logger.warning("Could not set the command menu: %s", exc)
    if len(everything) > len(public):
        for admin in sorted(application.bot_data[ADMINS]):
            try:
                await application.bot.set_my_commands(everything, scope=BotCommandScopeChat(admin))
            except TelegramError as exc:
                logger.warning("Could not set the admin command menu for %s: %s", admin, exc)


def _remember_missing_sniffio() -> None:
    """Makes httpcore's per-request `import sniffio` fail fast when sniffio isn't installed.

    httpcore imports sniffio each time it creates a lock (several times per request); a failed
    import is not cached, so every attempt rescans sys.path (~30% of the bot's CPU in the
    bench). A None entry in sys.modules is Python's cached "not importable", the same outcome.
    Installing sniffio makes this a no-op.
    """
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def build_application(
    engine: Engine,
    *,
    token: str,
    base_url: str | None = None,
    admins: frozenset[int] = frozenset(),
    rate_limit_per_minute: int = 20,
    commands: Sequence[Command] = COMMANDS,
    max_messages_per_second: float = 30.0,
    send_retries: int = 3,
    retry_backoff: float = 0.5,
    concurrent_updates: int = 4,
    request_timeout: float = 10.0,
    log: QuestionLog | None = None,
    database: str | os.PathLike[str] | None = None,
) -> Application:
    """Builds the bot: every handler in order, the engine and bounded state in bot_data.

    `max_messages_per_second` is Telegram's documented broadcast limit (30/s); 0 turns the
    local throttle off (the bench does this to measure the bot rather than Telegram's cap).
    `log` records every question asked (None: nothing is recorded); `database` is the
    engine's database file, which /check audits and which is reloaded when rebuilt.
    """
    install_redaction(token)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    _remember_missing_sniffio()
    limiter = RetryingRateLimiter(
        network_retries=send_retries,
        backoff=retry_backoff,
        overall_max_rate=max_messages_per_second,
        max_retries=3,
    )
    timeouts = {
        "connect_timeout": 5.0,
        "read_timeout": request_timeout,
        "write_timeout": request_timeout,
        "pool_timeout": 5.0,
    }
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url or DEFAULT_BASE_URL)
        .request(HTTPXRequest(connection_pool_size=concurrent_updates + 8, **timeouts))
        .get_updates_request(HTTPXRequest(connection_pool_size=2, **timeouts))
        .rate_limiter(limiter)
        .concurrent_updates(PerChatUpdateProcessor(concurrent_updates))
        .post_init(post_init)
        .build()
    )
    application.bot_data.update(
        {
            ENGINE: engine,
            ADMINS: frozenset(admins),
            CHOICES: ChoiceStore(),
            FLOOD: FloodGate(rate_limit_per_minute),
            COMMAND_LIST: tuple(commands),
            QUESTION_LOG: log,
            RECORDER: QuestionRecorder(),
            DATABASE: database,
            WATCH: DatabaseWatch(database) if database is not None else None,
            ACTIVITY: Activity(),
        }
    )
    _add_handlers(application, commands)
    return application


def _add_handlers(application: Application, commands: Sequence[Command]) -> None:
    """Registers commands, buttons, inline mode, text, unknown commands, errors, in order.

    Ahead of them, every update is counted and the engine reloaded if the database changed.
    """
    application.add_handler(TypeHandler(Update, count_update), group=-2)
    application.add_handler(TypeHandler(Update, reload_if_rebuilt), group=-1)
    for command in commands:
        callback = admin_only(command.callback) if command.admin else command.callback
        application.add_handler(CommandHandler(command.name, callback))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(InlineQueryHandler(on_inline))
    application.add_handler(ChosenInlineResultHandler(on_chosen_inline))
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(
        MessageHandler(new_messages & filters.TEXT & ~filters.COMMAND, on_text)
    )
    application.add_handler(MessageHandler(new_messages & filters.COMMAND, unknown_command))
    application.add_error_handler(on_error)


async def on_error(update: object, context: Context) -> None:
    """Logs the failure with its traceback first, then apologises if there is a chat."""
    if update is None and isinstance(context.error, NetworkError | RetryAfter):
        polling_failed(context.error)  # from run_polling's getUpdates loop, which retries
        return
    update_id = update.update_id if isinstance(update, Update) else None
    count(context, "errors")
    logger.error("Error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    if update.effective_chat is not None:
        try:
            await say(update, context, escape(SORRY))
        except TelegramError as exc:
            logger.warning("Could not send the apology for update %s: %s", update_id, exc)


def polling_failed(error: TelegramError) -> None:
    """One line per failed getUpdates: the updater retries it with backoff by itself."""
    logger.warning("Polling Telegram failed (%s); retrying", error)
