"""Staff commands: /stats over the question log and /check over the audit of the database."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from telegram import Update

from bot.telegram.base import (
    DATABASE,
    MAX_ERRORS_SHOWN,
    NO_DATABASE,
    NO_LOG,
    QUESTION_LOG,
    RECORDER,
    Context,
)
from bot.telegram.recorder import QuestionRecorder
from bot.telegram.render import Line, escape
from bot.telegram.send import say, say_lines

if TYPE_CHECKING:
    from bot.audit import Finding

logger = logging.getLogger(__name__)


def _plain(text: str, bold: bool = False) -> Line:
    return Line(((text, bold),))


def stats_lines(data: Mapping[str, Any]) -> list[Line]:
    """/stats: questions today and in 7 days, the answered share, top intents and misses."""
    share = data.get("answered_share")
    week = f"最近 7 天：{data['last_7_days']} 个问题"
    if share is not None:
        week += f"，已回答 {share:.0%}"
    lines = [
        _plain("问题统计", bold=True),
        _plain(f"今天（北京时间）：{data['today']} 个问题"),
        _plain(week),
    ]
    intents = data.get("top_intents") or []
    if intents:
        lines += [_plain(""), _plain("最常见的意图（7 天）：", bold=True)]
        lines += [_plain(f"· {i['intent']} ×{i['count']}") for i in intents]
    misses = data.get("top_misses") or []
    lines += [_plain(""), _plain("没答好的问题（7 天）：", bold=True)]
    lines += [_plain(f"· {m['question']} ×{m['count']}") for m in misses] or [_plain("· 无")]
    return lines


async def stats(update: Update, context: Context) -> None:
    """Admins: what was asked (from the question log) and what was not answered well."""
    log = context.bot_data.get(QUESTION_LOG)
    if log is None:
        await say(update, context, escape(NO_LOG))
        return
    recorder: QuestionRecorder = context.bot_data[RECORDER]
    try:
        data = await recorder.read(log.stats)
    except (sqlite3.Error, OSError) as exc:  # the log file is missing or unreadable
        logger.warning("Could not read the question log: %s", exc)
        await say(update, context, escape(f"问题日志暂时无法读取（{exc}）。"))
        return
    await say_lines(update, context, stats_lines(data))


def check_lines(documents: Sequence[Mapping[str, Any]], findings: Sequence[Finding]) -> list[Line]:
    """/check: per document the counts of errors, rounding differences and notes, then the
    errors (up to MAX_ERRORS_SHOWN each); the full list is `juesuan check`."""
    from bot.audit import CHECK_LABEL, SEVERITIES

    lines = [_plain(f"数据核对（{len(documents)} 份决算）", bold=True)]
    for doc in documents:
        mine = [f for f in findings if f.doc_id == doc["doc_id"]]
        counts = {s: sum(f.severity == s for f in mine) for s in SEVERITIES}
        lines.append(_plain(""))
        lines.append(
            Line(
                (
                    (f"{doc['department']} {doc['year']}年度", True),
                    (
                        f"：{counts['error']} 处错误，{counts['rounding']} 处舍入差异，"
                        f"{counts['note']} 条提示",
                        False,
                    ),
                )
            )
        )
        errors = [f for f in mine if f.severity == "error"]
        for finding in errors[:MAX_ERRORS_SHOWN]:
            label = CHECK_LABEL.get(finding.check, finding.check)
            lines.append(_plain(f"· {label}：{finding.message}"))
        if len(errors) > MAX_ERRORS_SHOWN:
            lines.append(_plain(f"· ……另有 {len(errors) - MAX_ERRORS_SHOWN} 处错误"))
    lines += [_plain(""), _plain("舍入差异、提示和依据：运行 juesuan check 查看完整清单。")]
    return lines


def _audit(database: str | os.PathLike[str]) -> tuple[list[dict], list[Finding]]:
    """The documents of a built database and the audit's findings (database read-only)."""
    from bot import store
    from bot.audit import audit

    db = store.open_readonly(database)
    try:
        snap = store.snapshot(db)
    finally:
        db.close()
    return snap.documents, audit(snap)


async def check(update: Update, context: Context) -> None:
    """Admins: the consistency audit of the engine's database, summarised."""
    database = context.bot_data.get(DATABASE)
    if database is None:
        await say(update, context, escape(NO_DATABASE))
        return
    from bot.store import StoreError

    try:
        documents, findings = await asyncio.to_thread(_audit, database)
    except (StoreError, sqlite3.Error, OSError) as exc:
        logger.warning("Could not audit %s: %s", database, exc)
        await say(update, context, escape(f"无法核对数据库 {database}：{exc}"))
        return
    await say_lines(update, context, check_lines(documents, findings))
