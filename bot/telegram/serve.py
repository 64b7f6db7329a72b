"""`juesuan serve`: read the environment, log where the bot stands, run until stopped."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from telegram.error import InvalidToken, NetworkError

from bot.telegram.app import ALLOWED_UPDATES, POLL_TIMEOUT, build_application
from bot.telegram.config import (
    ConfigError,
    database_path,
    open_engine,
    open_log,
    parse_admins,
    read_base_url,
    read_log_config,
    read_token,
)
from bot.telegram.redact import REDACTOR, install_redaction

logger = logging.getLogger(__name__)


def _configure_logging() -> None:
    """INFO to stderr unless logging is set up already; the token redacted from every handler."""
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    for handler in logging.getLogger().handlers:
        if REDACTOR not in handler.filters:
            handler.addFilter(REDACTOR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def serve(environ: Mapping[str, str] = os.environ) -> int:
    """Runs the bot with long polling until SIGINT/SIGTERM; returns the exit status."""
    try:
        token = read_token(environ)
        install_redaction(token)
        admins = parse_admins(environ.get("JUESUAN_ADMINS", ""))
        base_url = read_base_url(environ)
        log_config = read_log_config(environ)
        engine = open_engine(environ)
        _configure_logging()
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
        application.run_polling(
            timeout=POLL_TIMEOUT,
            drop_pending_updates=False,
            allowed_updates=ALLOWED_UPDATES,
            bootstrap_retries=10,
        )
    except InvalidToken:
        print("Telegram 不接受这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否正确。", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(
            f"无法连接 Telegram Bot API（{REDACTOR._redact(str(exc))}），请检查网络后重试。",
            file=sys.stderr,
        )
        return 1
    return 0
