"""End-to-end tests of the Telegram layer: the real Application over real HTTP to a fake API.

Expected replies are computed from the engine itself (`render_html(engine.ask(q))`), so
these tests assert "Telegram shows exactly the engine's answer", not the engine's wording.
Waiting is done with bounded polling loops; nothing asserts on timing.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import html
import logging
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import FakeBot, FakeBotApi, parse_html
from test_telegram_render import visible

from bot.answer import Answer
from bot.conversation import Conversations
from bot.qlog import QuestionLog
from bot.telegram.app import COMMANDS, build_application
from bot.telegram.base import (
    FLOOD,
    FLOOD_NOTICE,
    SORRY,
    STALE_BUTTON,
    UNKNOWN_COMMAND,
    Command,
)
from bot.telegram.limits import FloodGate
from bot.telegram.modes import polling
from bot.telegram.render import render_html
from bot.telegram.send import say
from bot.telegram.serve import serve

pytestmark = pytest.mark.filterwarnings(
    # PTB itself reads RetryAfter.retry_after in RetryAfter.__init__ (v22 deprecation).
    "ignore::telegram.warnings.PTBDeprecationWarning"
)
ROOT = Path(__file__).resolve().parent.parent
FIGURE_Q = "公务接待费多少"
GLOSSARY_Q = "什么是年初结转和结余"
GLOSSARY_TERM = "年初结转和结余"
GREETING = "你好"
WAIT = 10.0

# ---------------------------------------------------------------------------------------
# Fixtures and helpers
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def fake_api() -> Any:
    """One fake Bot API server for the session; every test gets its own bot token on it."""
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built once per session by the real `python -m bot build`."""
    path = tmp_path_factory.mktemp("db") / "juesuan.db"
    subprocess.run([sys.executable, "-m", "bot", "build", "--db", str(path)], check=True, cwd=ROOT)
    return path


@pytest.fixture(scope="session")
def engine(db_path: Path) -> Any:
    """The real engine on the built database."""
    from bot.engine import Engine

    return Engine.open(db_path)


async def until(predicate: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    """Polls `predicate` until it is truthy (returning its value) or fails after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def running_bot(
    api: FakeBotApi, engine: Any, *, poll_timeout: float = 1.0, **kwargs: Any
) -> AsyncIterator[tuple[FakeBot, Any]]:
    """A fresh fake bot and the real Application polling it."""
    fake = api.new_bot()
    kwargs.setdefault("retry_backoff", 0.05)
    fresh_conversations(engine)
    app = build_application(engine, token=fake.token, base_url=api.base_url, **kwargs)
    async with polling(app, poll_timeout=poll_timeout):
        yield fake, app


def fresh_conversations(engine: Any) -> None:
    """A bot starts with no conversation: forget those earlier tests left in a shared engine."""
    getattr(engine, "_engine", engine).conversations = Conversations()


async def replies(fake: FakeBot, chat_id: int, count: int) -> list[str]:
    """Waits for `count` messages in a chat and returns their HTML texts."""
    await until(lambda: len(fake.sent_texts(chat_id)) >= count, f"{count} messages to {chat_id}")
    return fake.sent_texts(chat_id)


def markup_of(call_params: dict) -> list[list[dict]]:
    """The inline keyboard rows of a recorded sendMessage/editMessageText call."""
    markup = call_params.get("reply_markup") or {}
    return markup.get("inline_keyboard", [])


def last_message(fake: FakeBot, chat_id: int) -> dict:
    """The bot's most recent message object in a chat."""
    return fake.bot_messages(chat_id)[-1]


def question_with_options(engine: Any) -> str | None:
    """A natural question for which the engine asks which of several things was meant."""
    for question in [FIGURE_Q, *engine.example_questions()]:
        if engine.ask(question).options:
            return question
    return None


def figure_question(engine: Any) -> str:
    """A question answered with a figure: FIGURE_Q, or its first clarified form."""
    answer = engine.ask(FIGURE_Q)
    return answer.options[0] if answer.options else FIGURE_Q


class RaisingEngine:
    """Delegates to the real engine but raises for one question (tests the error handler)."""

    def __init__(self, engine: Any, boom: str) -> None:
        self._engine = engine
        self._boom = boom

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def ask(self, text: str, chat: str | None = None) -> Answer:
        if text == self._boom:
            raise RuntimeError("engine exploded")
        return self._engine.ask(text, chat=chat)


# ---------------------------------------------------------------------------------------
# Real answers rendered
# ---------------------------------------------------------------------------------------


def test_real_answers_show_every_line_and_each_source_sentence_once(engine: Any) -> None:
    questions = [
        *engine.example_questions(),
        *engine.ask(FIGURE_Q).options,
        GLOSSARY_Q,
        "哪个单位机关运行经费多",
        "普陀区财政局三公经费比上年增加还是减少了",
        "荷塘区政务服务中心收入总计多少",
        "荷塘区政务服务中心联系电话是多少",
    ]
    answers = [engine.ask(q) for q in questions] + [engine.headline()]
    citing = 0
    for answer in answers:
        shown, quoted = visible(render_html(answer))
        lines = answer.answer.splitlines()
        body = [x for x in lines if not x.startswith("原文：")]
        citing += len(body) < len(lines)
        position = 0
        for line in body:  # the engine's own lines, in order, none dropped
            position = shown.index(line, position) + len(line)
        for source in answer.sources:
            sentence = source.sentence.strip()
            in_body = "\n".join(body).count(sentence)
            assert shown.count(sentence) == max(in_body, 1), (answer.question, sentence)
            assert in_body or sentence in quoted  # shown as a quote when not in the text
        assert "原文：" not in shown
    assert citing >= 3  # the test covers answers with 原文 lines


# ---------------------------------------------------------------------------------------
# Conversation
# ---------------------------------------------------------------------------------------


async def test_start_and_help_show_examples_as_buttons_and_commands(
    fake_api: FakeBotApi, engine: Any
) -> None:
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(101, "/start")
        [start] = await replies(fake, 101, 1)
        assert html.escape(engine.describe(), quote=False) in start
        for command in ("/help", "/glossary", "/figures"):
            assert command in start
        rows = markup_of(fake.calls("sendMessage")[0].params)
        labels = [row[0]["text"] for row in rows]
        assert labels == engine.example_questions()[:5]
        assert len(labels) == 5
        fake.private_text(101, "/help")
        await replies(fake, 101, 2)
        assert fake.sent_texts(101)[1] == start
        # Tapping an example asks it.
        example = engine.example_questions()[0]
        fake.callback_query(101, rows[0][0]["callback_data"], fake.bot_messages(101)[0])
        sent = await replies(fake, 101, 2 + len(render_html(engine.ask(example))))
        assert sent[2:] == render_html(engine.ask(example))
        assert len(fake.calls("answerCallbackQuery")) == 1
        menu = {c["command"]: c["description"] for c in fake.commands["default"]}
        assert set(menu) == {"start", "help", "glossary", "figures", "departments", "chart"}
        assert all(re.search(r"[\u4e00-\u9fff]", d) for d in menu.values())


async def test_figure_question_is_rendered_exactly(fake_api: FakeBotApi, engine: Any) -> None:
    question = figure_question(engine)
    answer = engine.ask(question)
    assert answer.answered and answer.figures
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(102, question)
        sent = await replies(fake, 102, len(render_html(answer)))
        assert sent == render_html(answer)
        for figure in answer.figures:
            assert f"<b>{html.escape(figure, quote=False)}</b>" in "".join(sent)
        if answer.sources:
            assert "<blockquote>" in sent[-1]
            assert html.escape(answer.sources[0].document, quote=False) in "".join(sent)


async def test_glossary_question_command_and_buttons(fake_api: FakeBotApi, engine: Any) -> None:
    async with running_bot(fake_api, engine) as (fake, _app):
        expected_q = render_html(engine.ask(GLOSSARY_Q))
        fake.private_text(103, GLOSSARY_Q)
        assert await replies(fake, 103, len(expected_q)) == expected_q
        expected_d = render_html(engine.define(GLOSSARY_TERM))
        fake.private_text(103, f"/glossary {GLOSSARY_TERM}")
        sent = await replies(fake, 103, len(expected_q) + len(expected_d))
        assert sent[len(expected_q) :] == expected_d
        done = len(sent)
        fake.private_text(103, "/glossary")
        await replies(fake, 103, done + 1)
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        labels = [b["text"] for row in rows for b in row]
        assert labels == [t for t in engine.glossary_terms() if t.strip()][:100]
        button = next(b for row in rows for b in row if b["text"] == GLOSSARY_TERM)
        fake.callback_query(103, button["callback_data"], last_message(fake, 103))
        sent = await replies(fake, 103, done + 1 + len(expected_d))
        assert sent[done + 1 :] == expected_d


async def test_figures_command_sends_the_headline(fake_api: FakeBotApi, engine: Any) -> None:
    async with running_bot(fake_api, engine) as (fake, _app):
        expected = render_html(engine.headline())
        fake.private_text(104, "/figures")
        assert await replies(fake, 104, len(expected)) == expected


async def test_greeting_is_answered_with_the_engine_reply(
    fake_api: FakeBotApi, engine: Any
) -> None:
    answer = engine.ask(GREETING)
    assert not answer.answered
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(105, GREETING)
        assert await replies(fake, 105, len(render_html(answer))) == render_html(answer)


async def test_html_in_the_question_is_escaped(fake_api: FakeBotApi, engine: Any) -> None:
    question = "<b>公务接待费</b>多少 <script>&amp;"
    expected = render_html(engine.ask(question))
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(106, question)
        sent = await replies(fake, 106, len(expected))
        assert sent == expected
        for text in sent:
            parse_html(text)
            assert "<script>" not in text and "<b>公务接待费</b>" not in text


async def test_clarification_options_are_buttons_and_tapping_one_answers_it(
    fake_api: FakeBotApi, engine: Any
) -> None:
    question = question_with_options(engine)
    assert question is not None, "no natural question gives options"
    answer = engine.ask(question)
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(107, question)
        sent = await replies(fake, 107, len(render_html(answer)))
        assert sent == render_html(answer)
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        labels = [row[0]["text"] for row in rows]
        assert len(labels) == len(answer.options) + len(answer.followups)
        for row in rows:
            assert len(row[0]["callback_data"].encode()) <= 64
        option = answer.options[-1]
        clarifying = last_message(fake, 107)
        fake.callback_query(107, rows[len(answer.options) - 1][0]["callback_data"], clarifying)
        chosen = render_html(engine.ask(option))
        await until(lambda: fake.calls("editMessageText"), "the clarifying message edited")
        edit = fake.calls("editMessageText")[0].params
        assert edit["text"] == chosen[0]
        assert int(edit["message_id"]) == clarifying["message_id"]
        await replies(fake, 107, len(sent) + len(chosen) - 1)
        assert fake.sent_texts(107)[len(sent) :] == chosen[1:]
        assert len(fake.calls("answerCallbackQuery")) == 1


async def test_forged_or_stale_callback_data_gets_a_polite_answer(
    fake_api: FakeBotApi, engine: Any
) -> None:
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(108, "/start")
        await replies(fake, 108, 1)
        message = fake.bot_messages(108)[0]
        forged = ["Q:AAAAAAAAAAAA", "nonsense", "z:公务接待费", "q:", "O:" + "x" * 60]
        ids = {fake.callback_query(108, data, message) for data in forged}
        fake.callback_query(108, "q:" + FIGURE_Q, None)  # no message: an inline-mode button
        answers = await until(
            lambda: (
                len(fake.calls("answerCallbackQuery")) >= len(forged) + 1
                and fake.calls("answerCallbackQuery")
            ),
            "callback answers",
        )
        for call in answers:
            if call.params["callback_query_id"] in ids:
                assert call.params.get("text") == STALE_BUTTON
        await until(lambda: fake.calls("editMessageText"), "inline message edited")
        assert fake.sent_texts(108)[1:] == []  # nothing sent, and no apology for an error
        assert SORRY not in "".join(fake.sent_texts())


async def test_inline_mode_answers_with_one_article(fake_api: FakeBotApi, engine: Any) -> None:
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.inline_query(109, "公务接待费")
        fake.inline_query(109, "   ")
        calls = await until(
            lambda: len(fake.calls("answerInlineQuery")) == 2 and fake.calls("answerInlineQuery"),
            "inline answers",
        )
        [article] = calls[0].params["results"]
        content = article["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert content["message_text"] == render_html(engine.ask("公务接待费"))[0]
        assert article["type"] == "article" and article["title"]
        assert calls[1].params["results"] == []
        assert calls[1].params["button"]["start_parameter"] == "help"


async def test_groups_answer_only_mentions_replies_and_commands(
    fake_api: FakeBotApi, engine: Any
) -> None:
    group = -1001
    async with running_bot(fake_api, engine) as (fake, _app):
        mention = f"@{fake.username}"
        expected = render_html(engine.ask(FIGURE_Q))
        fake.group_text(group, 201, FIGURE_Q)  # not addressed: ignored
        fake.group_text(group, 201, "/start@some_other_bot")  # another bot's command: ignored
        fake.group_text(group, 201, f"{mention} {FIGURE_Q}")
        sent = await replies(fake, group, len(expected))
        assert sent == expected  # the mention was stripped before asking
        first = fake.calls("sendMessage")[0].params
        assert first["reply_parameters"]["message_id"] > 0  # quotes the asker in a group
        fake.group_text(group, 202, GLOSSARY_Q, reply_to=last_message(fake, group))
        expected_reply = render_html(engine.ask(GLOSSARY_Q))
        sent = await replies(fake, group, len(expected) + len(expected_reply))
        assert sent[len(expected) :] == expected_reply
        fake.group_text(group, 203, f"/figures@{fake.username}")
        headline = render_html(engine.headline())
        sent = await replies(fake, group, len(expected) + len(expected_reply) + len(headline))
        assert sent[-len(headline) :] == headline
        assert len(fake.sent_texts(group)) == len(expected) + len(expected_reply) + len(headline)


async def test_edited_messages_are_not_answered_again(fake_api: FakeBotApi, engine: Any) -> None:
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.private_text(110, FIGURE_Q)
        expected = render_html(engine.ask(FIGURE_Q))
        await replies(fake, 110, len(expected))
        original = fake.bot_messages(110)[0]
        edited = {**original, "from": {"id": 110, "is_bot": False, "first_name": "x"}}
        fake.enqueue({"edited_message": {**edited, "edit_date": int(time.time())}})
        fake.private_text(110, GREETING)  # the sentinel: same chat, processed after the edit
        greeting = render_html(engine.ask(GREETING))
        sent = await replies(fake, 110, len(expected) + len(greeting))
        assert sent == expected + greeting


async def test_admin_commands_are_gated_by_the_admin_set(
    fake_api: FakeBotApi, engine: Any
) -> None:
    async def whoami(update: Any, context: Any) -> None:
        """Answers 'admin' (a stand-in for /stats)."""
        await say(update, context, "admin")

    commands = (*COMMANDS, Command("whoami", whoami, "管理员自检", admin=True))
    async with running_bot(fake_api, engine, admins=frozenset({111}), commands=commands) as (
        fake,
        app,
    ):
        fake.private_text(112, "/whoami")
        fake.private_text(111, "/whoami")
        assert await replies(fake, 112, 1) == [UNKNOWN_COMMAND]
        assert await replies(fake, 111, 1) == ["admin"]
        assert app.bot_data["admins"] == frozenset({111})
        assert "whoami" not in {c["command"] for c in fake.commands["default"]}
        assert "whoami" in {c["command"] for c in fake.commands["chat:111"]}


async def test_engine_failure_is_logged_and_answered_politely(
    fake_api: FakeBotApi, engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    async with running_bot(fake_api, RaisingEngine(engine, "boom")) as (fake, _app):
        fake.private_text(113, "boom")
        assert await replies(fake, 113, 1) == [SORRY]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.exc_info]
    assert any("engine exploded" in str(r.exc_info[1]) for r in errors)


async def test_set_my_commands_failing_does_not_stop_the_bot(
    fake_api: FakeBotApi, engine: Any
) -> None:
    fake = fake_api.new_bot()
    fake.fail("setMyCommands", "500", times=10)
    app = build_application(
        engine, token=fake.token, base_url=fake_api.base_url, retry_backoff=0.01
    )
    async with polling(app, poll_timeout=1.0):
        fake.private_text(114, GREETING)
        await replies(fake, 114, 1)
    assert fake.commands == {}


# ---------------------------------------------------------------------------------------
# Reliability
# ---------------------------------------------------------------------------------------


async def test_faults_are_recovered_and_every_update_answered_exactly_once(
    fake_api: FakeBotApi, engine: Any
) -> None:
    questions = [FIGURE_Q, GLOSSARY_Q, GREETING]
    expected = {q: render_html(engine.ask(q)) for q in questions}
    async with running_bot(fake_api, engine) as (fake, _app):
        fake.fail("sendMessage", "429", retry_after=1)
        fake.fail("sendMessage", "500")
        fake.fail("sendMessage", "drop")
        fake.fail("sendMessage", "502")
        fake.fail("sendMessage", "slow", delay=0.3)
        fake.fail("getUpdates", "500")
        fake.fail("getUpdates", "drop")
        fake.fail("getUpdates", "429", retry_after=1)
        chats = {}
        for i in range(12):
            chat = 300 + i
            chats[chat] = questions[i % len(questions)]
            fake.private_text(chat, chats[chat])
        for chat, question in chats.items():
            await replies(fake, chat, len(expected[question]))
        await until(lambda: fake.pending() == 0, "all updates confirmed")
    # Stopping waited for every handler, so a late duplicate would be recorded by now.
    for chat, question in chats.items():
        assert fake.sent_texts(chat) == expected[question], chat
    faulted = [c.fault for c in fake.calls(ok_only=False) if c.fault]
    assert sorted(faulted) == sorted(["429", "500", "drop", "502", "500", "drop", "429"])


async def test_200_updates_from_50_users_none_lost_none_twice(
    fake_api: FakeBotApi, engine: Any
) -> None:
    questions = [FIGURE_Q, GLOSSARY_Q, GREETING, "/figures"]
    expected = {
        q: render_html(engine.headline() if q == "/figures" else engine.ask(q)) for q in questions
    }
    per_user = sum(len(expected[q]) for q in questions)
    async with running_bot(fake_api, engine, rate_limit_per_minute=1000) as (fake, _app):
        fake.fail("sendMessage", "500", times=3)
        fake.fail("getUpdates", "drop")
        for round_ in range(4):
            for user in range(50):
                fake.private_text(1000 + user, questions[(user + round_) % 4])
        for user in range(50):
            await replies(fake, 1000 + user, per_user)
        await until(lambda: fake.pending() == 0, "all updates confirmed")
    for user in range(50):  # after stop: every handler has finished
        order = [questions[(user + r) % 4] for r in range(4)]
        assert fake.sent_texts(1000 + user) == [m for q in order for m in expected[q]]


async def test_flood_limit_sends_one_notice_then_ignores(
    fake_api: FakeBotApi, engine: Any
) -> None:
    now = [0.0]
    async with running_bot(fake_api, engine) as (fake, app):
        app.bot_data[FLOOD] = FloodGate(20, 60.0, clock=lambda: now[0])
        greeting = render_html(engine.ask(GREETING))
        for _ in range(25):
            fake.private_text(115, GREETING)
        fake.private_text(116, GREETING)  # someone else is not affected
        await replies(fake, 116, len(greeting))
        await replies(fake, 115, 20 * len(greeting) + 1)
        gate = app.bot_data[FLOOD]
        await until(lambda: gate.count(115) == 25, "all 25 questions counted")
        sent_before = len(fake.sent_texts(115))
        now[0] = 61.0
        fake.private_text(115, GREETING)  # a new minute: answered again
        await replies(fake, 115, sent_before + len(greeting))
    assert fake.sent_texts(115) == greeting * 20 + [FLOOD_NOTICE] + greeting
    assert fake.sent_texts(116) == greeting


async def test_shutdown_while_a_long_poll_is_pending(fake_api: FakeBotApi, engine: Any) -> None:
    fake = fake_api.new_bot()
    app = build_application(engine, token=fake.token, base_url=fake_api.base_url)
    async with polling(app, poll_timeout=30.0):
        fake.private_text(117, GREETING)
        await replies(fake, 117, 1)
        await until(lambda: fake.pending() == 0, "the update confirmed")
        polls = len(fake.calls("getUpdates"))
        await until(lambda: fake.active.get("getUpdates"), "a pending long poll")
    # Leaving the block stopped the updater and the application while the poll was pending.
    assert not app.running and not app.updater.running
    final = fake.calls("getUpdates")[polls:]
    assert final and final[-1].params.get("timeout") == 0  # the confirming short call
    assert fake.pending() == 0


# ---------------------------------------------------------------------------------------
# serve(): configuration errors and a real run in a subprocess
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "   "}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "12345:short-secret-token"}, "格式"),
        ({"TELEGRAM_BOT_TOKEN": "abc:" + "S3cr3t" * 8}, "格式"),
        (
            {"TELEGRAM_BOT_TOKEN": "123:" + "S3cr3t" * 8, "JUESUAN_DB": "/nonexistent/x.db"},
            "数据库",
        ),
        ({"TELEGRAM_BOT_TOKEN": "123:" + "S3cr3t" * 8, "JUESUAN_ADMINS": "12,abc"}, "ADMINS"),
        (
            {"TELEGRAM_BOT_TOKEN": "123:" + "S3cr3t" * 8, "JUESUAN_LOG_RETENTION_DAYS": "0"},
            "JUESUAN_LOG_RETENTION_DAYS",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": "123:" + "S3cr3t" * 8,
                "JUESUAN_DB": "data/juesuan.db",
                "JUESUAN_LOG_DB": "data/./juesuan.db",
            },
            "JUESUAN_LOG_DB",
        ),
    ],
)
def test_serve_refuses_bad_configuration_with_one_sentence(
    env: dict[str, str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert serve(env) == 2
    out, err = capsys.readouterr()
    assert needle in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if token:
        assert token.split(":", 1)[1] not in err + out


def test_serve_runs_answers_and_stops_on_sigterm(
    fake_api: FakeBotApi, db_path: Path, tmp_path: Path
) -> None:
    fake = fake_api.new_bot()
    log_db = tmp_path / "log.db"
    old = Answer("去年的问题", True, "figure.amount", 1.0, "……")
    a_month_ago = datetime.now(UTC) - timedelta(days=31)
    assert QuestionLog(log_db, salt="serve-test-salt").record(1, "private", old, now=a_month_ago)
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake_api.base_url,
        "JUESUAN_DB": str(db_path),
        "JUESUAN_ADMINS": "1,2",
        "JUESUAN_LOG_DB": str(log_db),
        "JUESUAN_LOG_RETENTION_DAYS": "30",
        "JUESUAN_LOG_SALT": "serve-test-salt",
    }
    code = "import sys; from bot.telegram.serve import serve; sys.exit(serve())"
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while not fake.active.get("getUpdates") and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read()
            time.sleep(0.02)
        fake.private_text(118, GREETING)
        while not fake.sent_texts(118) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert fake.sent_texts(118)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert fake.token not in err and fake.token.split(":")[1] not in err
    assert "Traceback" not in err
    # serve() built the question log from the environment, pruned it to 30 days on start,
    # and stopping flushed the question.
    with contextlib.closing(sqlite3.connect(log_db)) as conn:
        rows = conn.execute("select question, chat_type, user_hash from questions").fetchall()
    assert [(q, t) for q, t, _ in rows] == [(GREETING, "private")]
    salted = hmac.new(b"serve-test-salt", b"118", hashlib.sha256).hexdigest()
    assert rows[0][2] == salted  # JUESUAN_LOG_SALT keyed the hash; no raw id is stored


def test_token_is_redacted_from_any_log_record(caplog: pytest.LogCaptureFixture) -> None:
    token = "999:" + "T0kenT0kenT0kenT0kenT0kenT0ken99"
    from bot.telegram.redact import install_redaction

    install_redaction(token)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("httpx").warning("POST https://api.telegram.org/bot%s/getMe", token)
    try:
        raise ValueError(f"url was https://x/bot{token}/getUpdates")
    except ValueError:
        logging.getLogger("telegram.ext.Updater").exception("polling failed")
    text = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert token not in text and "[REDACTED]" in text
