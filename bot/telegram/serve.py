"""`juesuan serve`: read the environment, run until SIGINT/SIGTERM, fail in one sentence."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Mapping

from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.telegram.app import build_application
from bot.telegram.config import (
    ConfigError,
    database_path,
    open_engine,
    open_log,
    parse_admins,
    read_base_url,
    read_log_config,
    read_mode,
    read_token,
)
from bot.telegram.modes import Mode, Webhook, running
from bot.telegram.redact import REDACTOR, install_redaction

logger = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _configure_logging(verbose: bool) -> None:
    """INFO (DEBUG with --verbose) to stderr; the token redacted from every handler."""
    level = logging.DEBUG if verbose else logging.INFO
    if not logging.getLogger().handlers:
        logging.basicConfig(level=level)
    logging.getLogger().setLevel(level)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))  # an operator's log has times
        if REDACTOR not in handler.filters:
            handler.addFilter(REDACTOR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


async def _run(application: Application, mode: Mode) -> None:
    """Runs the bot until SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with running(application, mode):
        await stop.wait()
    logger.info("Bot stopped")


def _failure(exc: BaseException, mode: Mode) -> tuple[str, int]:
    """The operator's sentence and exit status for a failure to start or run."""
    reason = REDACTOR.redact(str(exc))
    if isinstance(exc, InvalidToken):
        return "Telegram 不接受这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否正确。", 2
    if isinstance(exc, NetworkError):
        return f"无法连接 Telegram Bot API（{reason}），请检查网络和 TELEGRAM_BASE_URL 后重试。", 1
    if isinstance(exc, TelegramError):
        return f"Telegram Bot API 拒绝了请求（{reason}），请检查 TELEGRAM_BASE_URL 和令牌。", 1
    if isinstance(exc, OSError) and isinstance(mode, Webhook):
        where = f"{mode.listen}:{mode.port}"
        return f"无法在 {where} 上接收 webhook（{reason}），请换 TELEGRAM_WEBHOOK_LISTEN。", 1
    return f"机器人意外停止（{type(exc).__name__}: {reason}），加 --verbose 查看详情。", 1


def serve(environ: Mapping[str, str] = os.environ, *, verbose: bool = False) -> int:
    """Runs the bot until SIGINT/SIGTERM; returns the exit status.

    Any failure ends in one Chinese sentence on stderr; the traceback goes to the log only
    with `verbose`.
    """
    try:
        token = read_token(environ)
        install_redaction(token)
        admins = parse_admins(environ.get("JUESUAN_ADMINS", ""))
        base_url = read_base_url(environ)
        mode = read_mode(environ)
        if isinstance(mode, Webhook):
            install_redaction(mode.secret)
        log_config = read_log_config(environ)
        engine = open_engine(environ)
        _configure_logging(verbose)
        log = open_log(log_config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    application = build_application(
        engine,
        token=token,
        base_url=base_url,
        admins=admins,
        log=log,
        database=database_path(environ),
    )
    try:
        asyncio.run(_run(application, mode))
    except Exception as exc:
        if verbose:
            logger.exception("The bot stopped")
        sentence, status = _failure(exc, mode)
        print(sentence, file=sys.stderr)
        return status
    return 0
