"""`serve`'s configuration from the environment, each problem one Chinese sentence."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.telegram.base import DEFAULT_BASE_URL
from bot.telegram.modes import Mode, Polling, Webhook

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.qlog import QuestionLog

logger = logging.getLogger(__name__)

DEFAULT_DB = "data/juesuan.db"
DEFAULT_LOG = "data/log.db"
DEFAULT_RETENTION_DAYS = 180
TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
DEFAULT_LISTEN = "127.0.0.1:8443"


class ConfigError(Exception):
    """A configuration problem, described in one Chinese sentence for the operator."""


def read_token(environ: Mapping[str, str]) -> str:
    token = environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("没有设置 TELEGRAM_BOT_TOKEN：请先设置从 @BotFather 获得的机器人令牌。")
    if not TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN 的格式不对：应为“数字:至少30位字母数字”，请检查后重试。"
        )
    return token


def parse_admins(value: str) -> frozenset[int]:
    """Parses JUESUAN_ADMINS, comma-separated Telegram user ids."""
    ids = [part.strip() for part in value.split(",") if part.strip()]
    if not all(re.fullmatch(r"\d{1,20}", part) for part in ids):
        raise ConfigError("JUESUAN_ADMINS 应为逗号分隔的 Telegram 用户数字 ID，例如 12345,67890。")
    return frozenset(int(part) for part in ids)


def read_base_url(environ: Mapping[str, str]) -> str:
    url = environ.get("TELEGRAM_BASE_URL", "").strip() or DEFAULT_BASE_URL
    if not re.match(r"^https?://", url):
        raise ConfigError("TELEGRAM_BASE_URL 应以 http:// 或 https:// 开头。")
    return url


def database_path(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("JUESUAN_DB", "").strip() or DEFAULT_DB)


def open_engine(environ: Mapping[str, str]) -> Engine:
    from bot.engine import Engine, EngineError

    db = database_path(environ)
    if not db.is_file():
        raise ConfigError(f"找不到数据库 {db}：请先运行 juesuan build，或用 JUESUAN_DB 指定路径。")
    try:
        return Engine.open(db)
    except EngineError as exc:
        raise ConfigError(str(exc)) from exc


@dataclass(frozen=True)
class LogConfig:
    """Where the question log is, how long it keeps questions, the salt of user hashes."""

    path: Path
    retention_days: int
    salt: str | None


def read_log_config(environ: Mapping[str, str]) -> LogConfig:
    """JUESUAN_LOG_DB (default data/log.db), JUESUAN_LOG_RETENTION_DAYS (180), JUESUAN_LOG_SALT."""
    path = Path(environ.get("JUESUAN_LOG_DB", "").strip() or DEFAULT_LOG)
    days = environ.get("JUESUAN_LOG_RETENTION_DAYS", "").strip() or str(DEFAULT_RETENTION_DAYS)
    if not re.fullmatch(r"\d{1,6}", days) or int(days) < 1:
        raise ConfigError(
            "JUESUAN_LOG_RETENTION_DAYS 应为正整数（保留问题日志的天数），例如 180。"
        )
    if path.resolve() == database_path(environ).resolve():
        raise ConfigError("JUESUAN_LOG_DB 不能是决算数据库本身：问题日志请用另一个文件。")
    salt = environ.get("JUESUAN_LOG_SALT", "").strip() or None
    return LogConfig(path, int(days), salt)


def open_log(config: LogConfig) -> QuestionLog:
    """The question log, pruned of questions older than the retention period."""
    from bot.qlog import QuestionLog

    try:
        log = QuestionLog(config.path, salt=config.salt, retention_days=config.retention_days)
    except ValueError as exc:  # the path is the final-accounts database
        raise ConfigError(str(exc)) from exc
    logger.info("Question log: %s (questions kept %d days)", config.path, config.retention_days)
    return log


def read_mode(environ: Mapping[str, str]) -> Mode:
    """Long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set (then a secret is required).

    TELEGRAM_WEBHOOK_SECRET is the header Telegram sends with every update, so updates from
    anyone else are refused; TELEGRAM_WEBHOOK_LISTEN (host:port) is where the proxy forwards to,
    at the URL's own path.
    """
    url = environ.get("TELEGRAM_WEBHOOK_URL", "").strip()
    if not url:
        return Polling()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError("TELEGRAM_WEBHOOK_URL 应是完整的网址，例如 https://bot.example.org/tg。")
    secret = environ.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    if not secret:
        raise ConfigError(
            "设置了 TELEGRAM_WEBHOOK_URL 就必须设置 TELEGRAM_WEBHOOK_SECRET"
            "（1–256 位字母、数字、_ 或 -）。"
        )
    if not SECRET_RE.match(secret):
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET 只能由 1–256 位字母、数字、_ 和 - 组成。")
    listen = environ.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or DEFAULT_LISTEN
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError("TELEGRAM_WEBHOOK_LISTEN 应为“主机:端口”，例如 127.0.0.1:8443。")
    return Webhook(url, secret, host.strip("[]"), int(port), parts.path.strip("/"))
