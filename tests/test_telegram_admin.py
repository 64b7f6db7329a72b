"""The question log and the admin commands, end to end: the real Application over real HTTP.

Questions go through the bot (text, buttons, group mentions, chosen inline results) into a
real `QuestionLog` in a temporary file; /stats and /check are asked as an admin and as
everyone else. Expected numbers come from the engine and the audit, not from fixed wording.
Waiting is done with bounded polling loops; nothing asserts on timing.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import sqlite3
import stat
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import FakeBot, FakeBotApi, parse_html, user
from test_telegram_app import WAIT, replies, running_bot, until

from bot.audit import audit_db
from bot.qlog import LOCAL, LOW_CONFIDENCE, QuestionLog
from bot.telegram.app import build_application
from bot.telegram.base import MAX_TEXT, NO_LOG, QUESTION_LOG, RECORDER, SORRY, UNKNOWN_COMMAND
from bot.telegram.modes import polling
from bot.telegram.render import pack_lines, render_html, tg_len
from bot.telegram.staff import check_lines

pytestmark = pytest.mark.filterwarnings(
    # PTB itself reads RetryAfter.retry_after in RetryAfter.__init__ (v22 deprecation).
    "ignore::telegram.warnings.PTBDeprecationWarning"
)
ADMIN = 987654321001
CITIZEN = 987654321987  # long, so no hash or timestamp contains it by chance
GROUP = -100555
FIGURE_Q = "公务接待费多少"  # several departments loaded: the engine asks which one
GLOSSARY_Q = "什么是年初结转和结余"
MISS_Q = "明天会下雨吗"
SALT = "test-salt"


@pytest.fixture(scope="session")
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture
def log(tmp_path: Path) -> QuestionLog:
    """A fresh question log; a short busy timeout keeps the locked-database test quick."""
    return QuestionLog(tmp_path / "log.db", salt=SALT, timeout=0.2)


def rows(path: Path) -> list[sqlite3.Row]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("select * from questions order by id").fetchall()


def every_value(path: Path) -> list[str]:
    """Every column of every row of every table, as text."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return [
            str(v) for t in tables for row in conn.execute(f"select * from [{t}]") for v in row
        ]


def shown(texts: list[str]) -> str:
    """What the user sees of some HTML messages."""
    return "\n".join(parse_html(t) for t in texts)


async def ask(fake: FakeBot, chat_id: int, text: str, answer_messages: int) -> list[str]:
    """Sends a private message and waits for that many more messages in the chat."""
    before = len(fake.sent_texts(chat_id))
    fake.private_text(chat_id, text)
    return (await replies(fake, chat_id, before + answer_messages))[before:]


async def logged(app: Any) -> None:
    """Waits until every question handed to the log has been written (or has failed)."""
    recorder = app.bot_data[RECORDER]
    await until(lambda: recorder.pending == 0, "the question log writes")


# ---------------------------------------------------------------------------------------
# Admin commands: invisible to everyone else
# ---------------------------------------------------------------------------------------


async def test_admin_commands_look_unknown_to_everyone_else(
    api: FakeBotApi, both: Any, both_db: Path, log: QuestionLog
) -> None:
    bot = running_bot(api, both, admins=frozenset({ADMIN}), log=log, database=both_db)
    async with bot as (fake, app):
        await ask(fake, CITIZEN, GLOSSARY_Q, len(render_html(both.ask(GLOSSARY_Q))))
        unknown = await ask(fake, CITIZEN, "/nosuchcommand", 1)
        stats = await ask(fake, CITIZEN, "/stats", 1)
        check = await ask(fake, CITIZEN, "/check", 1)
        assert stats == check == unknown == [UNKNOWN_COMMAND]
        # In a group: the same reply when addressed to the bot, the same silence otherwise.
        mention = f"@{fake.username}"
        fake.group_text(GROUP, CITIZEN, "/stats")
        fake.group_text(GROUP, CITIZEN, "/check")
        fake.group_text(GROUP, CITIZEN, f"/nosuchcommand{mention}")
        fake.group_text(GROUP, CITIZEN, f"/stats{mention}")
        fake.group_text(GROUP, CITIZEN, f"/check{mention} 详细")
        group = await replies(fake, GROUP, 3)
        assert group == [UNKNOWN_COMMAND] * 3
        # The menu shows the admin commands to the admin only.
        default = {c["command"] for c in fake.commands["default"]}
        admin = {c["command"] for c in fake.commands[f"chat:{ADMIN}"]}
        assert {"stats", "check"} & default == set()
        assert {"stats", "check"} <= admin
        assert default <= admin
        await logged(app)
    # Nothing more arrived later (stopping waited for every handler).
    assert len(fake.sent_texts(CITIZEN)) == len(render_html(both.ask(GLOSSARY_Q))) + 3
    assert len(fake.sent_texts(GROUP)) == 3
    assert len(rows(log.path)) == 1  # the question; no command was logged


async def test_admin_ids_are_read_on_every_call(
    api: FakeBotApi, both: Any, both_db: Path, log: QuestionLog
) -> None:
    async with running_bot(api, both, log=log, database=both_db) as (fake, app):
        assert await ask(fake, CITIZEN, "/stats", 1) == [UNKNOWN_COMMAND]
        app.bot_data["admins"] = frozenset({CITIZEN})
        [granted] = await ask(fake, CITIZEN, "/stats", 1)
        assert parse_html(granted).startswith("问题统计")
        app.bot_data["admins"] = frozenset({ADMIN})
        assert await ask(fake, CITIZEN, "/stats", 1) == [UNKNOWN_COMMAND]
        assert await ask(fake, CITIZEN, "/check", 1) == [UNKNOWN_COMMAND]
        app.bot_data["admins"] = frozenset({ADMIN, CITIZEN})
        app.bot_data[QUESTION_LOG] = None
        assert await ask(fake, CITIZEN, "/stats", 1) == [NO_LOG]


# ---------------------------------------------------------------------------------------
# /stats and /check
# ---------------------------------------------------------------------------------------


async def test_stats_counts_the_questions_asked_through_the_bot(
    api: FakeBotApi, both: Any, both_db: Path, log: QuestionLog
) -> None:
    clarifying = both.ask(FIGURE_Q)
    assert clarifying.options, "the engine no longer asks which department"
    option = clarifying.options[0]
    asked = [FIGURE_Q, option, GLOSSARY_Q, MISS_Q, GLOSSARY_Q]
    answers = [both.ask(q) for q in asked]
    day = datetime.now(LOCAL).date()
    bot = running_bot(api, both, admins=frozenset({ADMIN}), log=log, database=both_db)
    async with bot as (fake, app):
        await ask(fake, ADMIN, FIGURE_Q, len(render_html(clarifying)))
        sent = len(fake.sent_texts(ADMIN))
        clarifying_message = fake.bot_messages(ADMIN)[-1]
        first_button = clarifying_message["reply_markup"]["inline_keyboard"][0][0]
        assert first_button["text"] == option
        fake.callback_query(ADMIN, first_button["callback_data"], clarifying_message)
        await until(lambda: fake.calls("editMessageText"), "the chosen option answered")
        await replies(fake, ADMIN, sent + len(render_html(answers[1])) - 1)
        await ask(fake, ADMIN, GLOSSARY_Q, len(render_html(answers[2])))
        await ask(fake, ADMIN, MISS_Q, len(render_html(answers[3])))
        fake.group_text(GROUP, CITIZEN, f"@{fake.username} {GLOSSARY_Q}")  # someone else
        await replies(fake, GROUP, len(render_html(answers[4])))
        await ask(fake, ADMIN, "/figures", len(render_html(both.headline())))  # not a question
        reply = shown(await ask(fake, ADMIN, "/stats", 1))
        same_day = datetime.now(LOCAL).date() == day
    share = sum(a.answered for a in answers) / len(answers)
    assert f"最近 7 天：{len(asked)} 个问题，已回答 {share:.0%}" in reply
    if same_day:  # Beijing midnight did not pass while the test ran
        assert f"今天（北京时间）：{len(asked)} 个问题" in reply
    for intent, count in Counter(a.intent for a in answers if a.intent).most_common(5):
        assert f"· {intent} ×{count}" in reply
    misses = Counter(
        a.question for a in answers if not a.answered or a.confidence < LOW_CONFIDENCE
    )
    assert misses and GLOSSARY_Q not in misses
    for question, count in misses.items():
        assert f"· {question} ×{count}" in reply
    logged_rows = rows(log.path)
    assert [r["question"] for r in logged_rows] == asked
    assert [r["chat_type"] for r in logged_rows] == ["private"] * 4 + ["group"]


async def test_check_summarises_the_audit_of_the_engines_database(
    api: FakeBotApi, both: Any, both_db: Path
) -> None:
    findings = audit_db(both_db)
    errors = [f for f in findings if f.severity == "error"]
    assert any("财政拨款收入支出总计" in f.message and "0.3万元" in f.message for f in errors)
    async with running_bot(api, both, admins=frozenset({ADMIN}), database=both_db) as (fake, _):
        fake.private_text(ADMIN, "/check")
        await replies(fake, ADMIN, 1)
        await until(lambda: fake.pending() == 0, "the update confirmed")
    messages = fake.sent_texts(ADMIN)
    assert all(tg_len(m) <= MAX_TEXT for m in messages)
    text = shown(messages)
    putuo = next(f for f in errors if "0.3万元" in f.message)
    counts = Counter(f.severity for f in findings if f.doc_id == putuo.doc_id)
    summary = (
        f"{putuo.department} {putuo.year}年度：{counts['error']} 处错误，"
        f"{counts['rounding']} 处舍入差异，{counts['note']} 条提示"
    )
    assert summary in text
    for error in errors:
        assert error.message in text
    assert "财政拨款收入支出总计" in text and "0.3万元" in text


def test_check_stays_within_telegrams_limit_however_many_findings() -> None:
    from bot.audit import Finding

    documents = [{"doc_id": "d", "department": "某局", "year": 2024}]
    findings = [
        Finding("d", "某局", 2024, "error", "share", f"第{i}处：" + "说明<&>" * 80)
        for i in range(500)
    ]
    messages = pack_lines(check_lines(documents, findings))
    assert all(tg_len(m) <= MAX_TEXT for m in messages)
    text = shown(messages)
    assert "某局 2024年度：500 处错误" in text and "另有 480 处错误" in text
    assert html.escape(findings[19].message, quote=False) in "".join(messages)


# ---------------------------------------------------------------------------------------
# The log: pseudonymous, and never in the way of an answer
# ---------------------------------------------------------------------------------------


async def test_the_log_holds_no_raw_user_id(api: FakeBotApi, both: Any, log: QuestionLog) -> None:
    option = both.ask(FIGURE_Q).options[-1]
    async with running_bot(api, both, log=log) as (fake, app):
        await ask(fake, CITIZEN, GLOSSARY_Q, len(render_html(both.ask(GLOSSARY_Q))))
        fake.group_text(GROUP, CITIZEN, f"@{fake.username} {MISS_Q}")
        await replies(fake, GROUP, len(render_html(both.ask(MISS_Q))))
        fake.callback_query(CITIZEN, f"q:{option}", fake.bot_messages(CITIZEN)[-1])
        await until(lambda: fake.calls("answerCallbackQuery"), "the button answered")
        fake.inline_query(CITIZEN, "公务")  # a partial query while typing: not a question
        fake.inline_query(CITIZEN, FIGURE_Q)
        await until(lambda: len(fake.calls("answerInlineQuery")) == 2, "the inline answers")
        result = {"result_id": "r1", "from": user(CITIZEN), "query": FIGURE_Q}
        fake.enqueue({"chosen_inline_result": result})  # the one the user sent
        await until(lambda: fake.pending() == 0, "all updates confirmed")
        await logged(app)
    logged_rows = rows(log.path)
    assert [(r["question"], r["chat_type"]) for r in logged_rows] == [
        (GLOSSARY_Q, "private"),
        (MISS_Q, "group"),
        (option, "private"),
        (FIGURE_Q, "inline"),
    ]
    assert len({r["user_hash"] for r in logged_rows}) == 1  # one user, recognisable
    values = every_value(log.path)
    assert values and not any(str(CITIZEN) in v for v in values)
    assert not any(str(GROUP) in v or str(-GROUP) in v for v in values)
    assert not any("用户" in v for v in values)  # nor the user's name


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another connection holds the log's write lock (BEGIN EXCLUSIVE) until the end."""
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("begin exclusive")
        yield
        holder.execute("rollback")
    finally:
        holder.close()


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The log file has no write permission (until the end)."""
    mode = path.stat().st_mode
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        yield
    finally:
        path.chmod(mode)


@pytest.mark.parametrize("trouble", [locked, read_only])
async def test_the_answer_arrives_exactly_once_when_the_log_cannot_be_written(
    api: FakeBotApi,
    both: Any,
    log: QuestionLog,
    trouble: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    expected = render_html(both.ask(GLOSSARY_Q))
    async with running_bot(api, both, log=log) as (fake, app):
        with trouble(log.path):
            assert await ask(fake, CITIZEN, GLOSSARY_Q, len(expected)) == expected
            await logged(app)
            assert rows(log.path) == []
        # Once the log can be written again, questions are recorded again.
        assert await ask(fake, CITIZEN, MISS_Q, len(render_html(both.ask(MISS_Q))))
        await logged(app)
    assert fake.sent_texts(CITIZEN) == expected + render_html(both.ask(MISS_Q))
    assert [r["question"] for r in rows(log.path)] == [MISS_Q]
    assert any("未记录" in r.getMessage() for r in caplog.records)  # QuestionLog's warning
    assert not any(r.levelno >= logging.ERROR for r in caplog.records)


class StuckLog:
    """A log whose writes hang (a locked database) until released, then fail."""

    def __init__(self) -> None:
        self.calls = 0
        self.release = threading.Event()

    def record(self, *args: Any, **kwargs: Any) -> bool:
        self.calls += 1
        self.release.wait(WAIT)
        return False


async def test_stopping_does_not_wait_for_every_write_to_a_failing_log(
    api: FakeBotApi, both: Any
) -> None:
    log = StuckLog()
    fake = api.new_bot()
    app = build_application(both, token=fake.token, base_url=api.base_url, log=log)
    expected = render_html(both.ask(GLOSSARY_Q))
    chats = [CITIZEN + i for i in range(5)]

    async def release_once_stopping() -> None:
        await until(lambda: not app.running, "the application stopping")
        log.release.set()

    async with polling(app, poll_timeout=1.0):
        for chat in chats:
            fake.private_text(chat, GLOSSARY_Q)
        for chat in chats:
            await replies(fake, chat, len(expected))
        await until(lambda: log.calls == 1, "the first write hanging")
        releaser = asyncio.create_task(release_once_stopping())
    await releaser
    assert log.calls == 1  # the four writes still waiting were skipped, not each timed out
    assert app.bot_data[RECORDER].pending == 0
    for chat in chats:
        assert fake.sent_texts(chat) == expected


class ExplodingLog:
    """A log whose every method raises: the bot must not care."""

    def record(self, *args: Any, **kwargs: Any) -> bool:
        raise RuntimeError("the log exploded")

    def stats(self, *args: Any, **kwargs: Any) -> dict:
        raise sqlite3.DatabaseError("file is not a database")


async def test_a_broken_log_costs_no_answer(
    api: FakeBotApi, both: Any, caplog: pytest.LogCaptureFixture
) -> None:
    expected = render_html(both.ask(GLOSSARY_Q))
    bot = running_bot(api, both, log=ExplodingLog(), admins=frozenset({ADMIN}))
    async with bot as (fake, app):
        assert await ask(fake, CITIZEN, GLOSSARY_Q, len(expected)) == expected
        await logged(app)
        recorder, app.bot_data[RECORDER] = app.bot_data[RECORDER], None
        assert await ask(fake, CITIZEN, GLOSSARY_Q, len(expected)) == expected  # not recorded
        app.bot_data[RECORDER] = recorder
        [stats] = await ask(fake, ADMIN, "/stats", 1)
        assert "问题日志暂时无法读取" in parse_html(stats)
    assert fake.sent_texts(CITIZEN) == expected * 2
    assert SORRY not in fake.sent_texts()
    assert any("the log exploded" in str(r.exc_info and r.exc_info[1]) for r in caplog.records)
