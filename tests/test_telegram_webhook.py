"""Webhook mode, end to end: the fake Bot API pushes updates over 127.0.0.1 to the bot's own
webhook server (python-telegram-bot's), with the secret token header Telegram sends."""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import ClientSession
from fake_bot_api import FakeBotApi, private_chat, user
from test_telegram_app import fresh_conversations, replies, until

from bot.engine import Engine
from bot.telegram.app import build_application
from bot.telegram.config import ConfigError, read_mode
from bot.telegram.modes import Polling, Webhook, running
from bot.telegram.render import render_html

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
ROOT = Path(__file__).resolve().parent.parent
HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture(scope="module")
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def twenty_questions(engine: Engine) -> list[str]:
    """Twenty different questions this data answers, clarifies or declines."""
    asked = [*engine.example_questions(), "什么是年初结转和结余", "你好", "明天会下雨吗"]
    for question in ("公务接待费多少", "三公经费多少", "收入总计多少", "机关运行经费多少"):
        asked += [question, *engine.ask(question).options]
    asked += ["哪个单位机关运行经费多", "荷塘区政务服务中心联系电话是多少", "支出总计多少"]
    unique = list(dict.fromkeys(asked))
    assert len(unique) >= 20
    return unique[:20]


async def test_webhook_answers_twenty_chats_and_refuses_a_post_without_the_secret(
    api: FakeBotApi, both: Engine
) -> None:
    fake = api.new_bot()
    port = free_port()
    secret = secrets.token_urlsafe(24)
    url = f"http://127.0.0.1:{port}/tg/updates"
    fresh_conversations(both)
    app = build_application(both, token=fake.token, base_url=api.base_url)
    questions = twenty_questions(both)
    async with running(app, Webhook(url, secret, "127.0.0.1", port, "tg/updates")):
        assert fake.webhook == {"url": url, "secret_token": secret}
        for chat, question in enumerate(questions, start=1000):
            fake.private_text(chat, question)
        for chat, question in enumerate(questions, start=1000):
            expected = render_html(both.ask(question))
            assert await replies(fake, chat, len(expected)) == expected
        stranger = {
            "update_id": 999_999,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": private_chat(1099),
                "from": user(1099),
                "text": "公务接待费多少",
            },
        }
        async with ClientSession() as session:
            for headers in ({}, {HEADER: "not-the-secret"}):
                async with session.post(url, json=stranger, headers=headers) as response:
                    assert response.status == 403
        fake.private_text(1098, "你好")  # a later genuine update is still answered
        await replies(fake, 1098, 1)
    tried = fake.calls("sendMessage", ok_only=False)
    assert not [c for c in tried if int(c.params["chat_id"]) == 1099]  # refused: never asked
    assert [status for _, status in fake.deliveries] == [200] * 21
    for chat, question in enumerate(questions, start=1000):  # each answered once, no more
        assert len(fake.sent_texts(chat)) == len(render_html(both.ask(question)))


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg"}, "TELEGRAM_WEBHOOK_SECRET"),
        ({"TELEGRAM_WEBHOOK_URL": "bot.example.org/tg", "TELEGRAM_WEBHOOK_SECRET": "s"}, "网址"),
        (
            {"TELEGRAM_WEBHOOK_URL": "https://b.example/x", "TELEGRAM_WEBHOOK_SECRET": "a b"},
            "TELEGRAM_WEBHOOK_SECRET",
        ),
        (
            {
                "TELEGRAM_WEBHOOK_URL": "https://b.example/x",
                "TELEGRAM_WEBHOOK_SECRET": "abc",
                "TELEGRAM_WEBHOOK_LISTEN": "8443",
            },
            "TELEGRAM_WEBHOOK_LISTEN",
        ),
    ],
)
def test_webhook_configuration_errors_are_one_sentence(env: dict[str, str], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        read_mode(env)


def test_webhook_mode_is_read_from_the_environment() -> None:
    assert read_mode({}) == Polling()
    mode = read_mode(
        {
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/juesuan/tg",
            "TELEGRAM_WEBHOOK_SECRET": "abc_DEF-123",
        }
    )
    assert mode == Webhook(
        "https://bot.example.org/juesuan/tg", "abc_DEF-123", "127.0.0.1", 8443, "juesuan/tg"
    )
    listen = {"TELEGRAM_WEBHOOK_LISTEN": "0.0.0.0:9000"}
    assert read_mode({**mode_env(), **listen}).port == 9000


def mode_env() -> dict[str, str]:
    return {"TELEGRAM_WEBHOOK_URL": "https://b.example/x", "TELEGRAM_WEBHOOK_SECRET": "abc"}


def test_serve_without_the_secret_exits_2(both_db: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "123456:" + "C" * 35,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg",
        "JUESUAN_DB": str(both_db),
        "JUESUAN_LOG_DB": str(tmp_path / "log.db"),
    }
    env.pop("TELEGRAM_WEBHOOK_SECRET", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "TELEGRAM_WEBHOOK_SECRET" in done.stderr


async def test_serve_in_webhook_mode_answers_and_stops(
    api: FakeBotApi, both: Engine, both_db: Path, tmp_path: Path
) -> None:
    fake = api.new_bot()
    port = free_port()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": api.base_url,
        "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/hook",
        "TELEGRAM_WEBHOOK_SECRET": "serve-secret",
        "TELEGRAM_WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        "JUESUAN_DB": str(both_db),
        "JUESUAN_LOG_DB": str(tmp_path / "log.db"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        await until(lambda: fake.webhook or process.poll() is not None, "setWebhook", 30)
        assert process.poll() is None
        await asyncio.sleep(0.3)  # setWebhook comes just before the server accepts
        fake.private_text(1200, "你好")
        expected = render_html(both.ask("你好"))
        assert await replies(fake, 1200, len(expected)) == expected
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.to_thread(process.communicate, timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "webhook http://127.0.0.1" in err and "serve-secret" not in err
