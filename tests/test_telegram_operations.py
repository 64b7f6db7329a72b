"""Operating the bot, end to end over real HTTP against the fake Bot API: staff data stays in
private chats, the operator's log lines, failing to start in one sentence, reloading a rebuilt
database, inline queries under the flood limit, and buttons in groups for the asker only.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import FakeBotApi, parse_html
from test_telegram_app import markup_of, replies, running_bot, until

from bot import store
from bot.engine import Engine
from bot.telegram.base import FLOOD_NOTICE, NOT_YOURS, STAFF_IN_PRIVATE

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
ROOT = Path(__file__).resolve().parent.parent
ADMIN = 4242
GROUP = -4200
REFUSED = "Telegram 不接受这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否正确。"
QUESTION = "三公经费多少"  # with two departments loaded, the engine asks which one


@pytest.fixture(scope="module")
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


async def test_staff_commands_answer_only_in_private(
    api: FakeBotApi, both: Engine, both_db: Path
) -> None:
    async with running_bot(api, both, admins=frozenset({ADMIN}), database=both_db) as (fake, _):
        mention = f"@{fake.username}"
        fake.group_text(GROUP, 77, f"{mention} 我叫张三，{QUESTION}")
        first = await replies(fake, GROUP, 1)
        for command in ("/stats", f"/stats{mention}", "/check", f"/check{mention}"):
            fake.group_text(GROUP, ADMIN, command)
        group = (await replies(fake, GROUP, len(first) + 4))[len(first) :]
        pointer = STAFF_IN_PRIVATE.format(username=fake.username)
        assert [parse_html(t) for t in group] == [pointer] * 4
        fake.private_text(ADMIN, "/check")
        [private] = await replies(fake, ADMIN, 1)
        assert "数据核对" in parse_html(private)
    assert len(fake.sent_texts(GROUP)) == len(first) + 4  # nothing else reached the group


async def test_the_operator_sees_an_up_line_and_a_stats_line(
    api: FakeBotApi, both: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.telegram")
    fake = api.new_bot()
    from bot.telegram.app import build_application
    from bot.telegram.modes import polling

    app = build_application(both, token=fake.token, base_url=api.base_url)
    async with polling(app, poll_timeout=1.0, stats_interval=0.3):
        fake.private_text(501, QUESTION)
        await replies(fake, 501, 1)
        line = await until(
            lambda: [r.getMessage() for r in caplog.records if "1 questions" in r.getMessage()],
            "a stats line counting the question",
        )
    [up] = [r.getMessage() for r in caplog.records if " is up" in r.getMessage()]
    assert f"@{fake.username}" in up and "long polling" in up
    assert f"{len({r['department'] for r in both.catalog()})} departments loaded" in up
    assert all(row["department"] in up for row in both.catalog())
    assert "1 updates" in line[0] and "0 answered" in line[0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(env: dict[str, str], *args: str) -> tuple[int, str, float]:
    [result] = _serve_all([(env, args)])
    return result


def _serve_all(runs: list[tuple[dict[str, str], tuple[str, ...]]]) -> list[tuple[int, str, float]]:
    """Runs `juesuan serve` once per (environment, arguments), all at the same time."""
    started = time.monotonic()
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", *args],
            cwd=ROOT,
            env={**os.environ, **env},
            stderr=subprocess.PIPE,
            text=True,
        )
        for env, args in runs
    ]
    results = []
    for process in processes:
        try:
            _, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        results.append((process.returncode, err, time.monotonic() - started))
    return results


def test_an_unreachable_bot_api_is_one_sentence(both_db: Path, tmp_path: Path) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35,
        "TELEGRAM_BASE_URL": f"http://127.0.0.1:{_closed_port()}/bot",
        "JUESUAN_DB": str(both_db),
        "JUESUAN_LOG_DB": str(tmp_path / "log.db"),
    }
    quiet, verbose = _serve_all([(env, ()), (env, ("--verbose",))])
    for (code, err, elapsed), traceback in ((quiet, False), (verbose, True)):
        assert code == 1 and elapsed < 30
        assert err.strip().splitlines()[-1].startswith("无法连接 Telegram Bot API")
        assert ("Traceback" in err) is traceback
        assert "A" * 35 not in err


def test_a_refused_token_is_one_sentence(api: FakeBotApi, both_db: Path, tmp_path: Path) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": "123456:" + "B" * 35,  # well formed, unknown to the API: 401
        "TELEGRAM_BASE_URL": api.base_url,
        "JUESUAN_DB": str(both_db),
        "JUESUAN_LOG_DB": str(tmp_path / "log.db"),
    }
    code, err, elapsed = _serve(env)
    assert code == 2 and elapsed < 30
    assert (
        err.strip().splitlines()[-1]
        == "Telegram 不接受这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否正确。"
    )
    assert "Traceback" not in err and "B" * 35 not in err


async def test_a_rebuilt_database_is_served_without_dropping_updates(
    api: FakeBotApi, hetang_records: Any, putuo_records: Any, tmp_path: Path
) -> None:
    path = store.build(tmp_path / "juesuan.db", [hetang_records])
    before = Engine.open(path)
    async with running_bot(api, before, database=path, rate_limit_per_minute=1000) as (fake, app):
        fake.private_text(601, QUESTION)
        old = await replies(fake, 601, 1)
        for chat in range(700, 730):
            fake.private_text(chat, "你好")
        store.build(path, [hetang_records, putuo_records])  # while those are being answered
        for chat in range(730, 760):
            fake.private_text(chat, "你好")
        fake.private_text(601, "/start")
        fake.private_text(602, QUESTION)
        await replies(fake, 602, 1)
        for chat in range(700, 760):
            await replies(fake, chat, 1)
        after = Engine.open(path)
        from bot.telegram.render import render_html

        assert old == render_html(before.ask(QUESTION))
        assert fake.sent_texts(602) == render_html(after.ask(QUESTION)) != old
        assert app.bot_data["engine"] is not before
        assert len(app.bot_data["engine"].catalog()) == 2
    assert all(len(fake.sent_texts(chat)) == 1 for chat in range(700, 760))  # none twice


async def test_inline_queries_share_the_per_user_limit(api: FakeBotApi, both: Engine) -> None:
    async with running_bot(api, both, rate_limit_per_minute=3) as (fake, _):
        for i in range(5):
            fake.inline_query(801, f"公务接待费{'多少' if i % 2 else ''}")
        calls = await until(
            lambda: len(fake.calls("answerInlineQuery")) == 5 and fake.calls("answerInlineQuery"),
            "five inline answers",
        )
        results = [len(c.params["results"]) for c in calls]
        assert results == [1, 1, 1, 0, 0]
        assert calls[3].params["button"]["text"] == FLOOD_NOTICE
        assert "button" not in calls[4].params
        fake.private_text(801, QUESTION)  # the same user's budget: spent
        fake.private_text(802, QUESTION)  # another user: answered
        await replies(fake, 802, 1)
    assert fake.sent_texts(801) == []


async def test_group_clarification_buttons_answer_only_the_asker(
    api: FakeBotApi, both: Engine
) -> None:
    async with running_bot(api, both) as (fake, _):
        fake.group_text(GROUP - 1, 91, f"@{fake.username} {QUESTION}")
        await replies(fake, GROUP - 1, 1)
        message = fake.bot_messages(GROUP - 1)[-1]
        data = markup_of(fake.calls("sendMessage")[-1].params)[0][0]["callback_data"]
        fake.callback_query(92, data, message)  # someone else taps
        toast = await until(lambda: fake.calls("answerCallbackQuery"), "the toast")
        assert toast[0].params["text"] == NOT_YOURS
        assert not fake.calls("editMessageText") and both.department_of(f"{GROUP - 1}:92") is None
        fake.callback_query(91, data, message)  # the asker taps
        await until(lambda: fake.calls("editMessageText"), "the asker's answer")
        assert both.department_of(f"{GROUP - 1}:91") is not None
