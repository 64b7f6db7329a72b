"""The bot token never reaches a log: a record factory redacts it from every record."""

from __future__ import annotations

import logging
from typing import Any


class RedactSecrets(logging.Filter):
    """Replaces secrets (the bot token) in log records: httpx and PTB log URLs holding it."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def redact(self, text: str) -> str:
        """The text with every secret replaced by [REDACTED]."""
        for secret in self.secrets:
            text = text.replace(secret, "[REDACTED]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrites the record in place if its message, traceback or stack holds a secret."""
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's business
            return True
        if any(s in message for s in self.secrets):
            record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and any(s in record.exc_text for s in self.secrets):
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info and any(s in record.stack_info for s in self.secrets):
            record.stack_info = self.redact(record.stack_info)
        return True


REDACTOR = RedactSecrets()
_factory_installed = False


def install_redaction(secret: str) -> None:
    """Redacts `secret` from every log record created from now on, whatever its handler."""
    global _factory_installed
    if secret:
        REDACTOR.secrets.add(secret)
        _, _, key = secret.partition(":")  # the token's secret half, should it appear alone
        if len(key) >= 20:
            REDACTOR.secrets.add(key)
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        REDACTOR.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True
