"""Charts in Telegram, end to end: the real Application over real HTTP to the fake Bot API.

A chart question is answered with a photo whose caption is the engine's own answer (sources
included); /chart offers a department's charts as buttons. Expected captions are computed from
the engine (`render_html(engine.ask(q), 1024)`), the expected figures from `chart_for`.
"""

from __future__ import annotations

import html
import struct
from typing import Any

import pytest
from fake_bot_api import PNG_SIGNATURE, FakeBotApi
from test_telegram_app import last_message, markup_of, replies, running_bot, until

from bot.charts import chart_for, chart_menu
from bot.telegram.base import CHART_MENU, MAX_CAPTION
from bot.telegram.render import render_html

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture(scope="module")
def api() -> Any:
    """A fake Bot API server for this module; each test gets its own bot token on it."""
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def engine(both: Any) -> Any:
    """The engine on both real disclosures (two departments: the comparison chart exists)."""
    return both


def _size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", png[16:24])


async def _photos(fake: Any, chat_id: int, count: int) -> list[tuple[bytes, str]]:
    await until(lambda: len(fake.sent_photos(chat_id)) >= count, f"{count} photos")
    return fake.sent_photos(chat_id)


async def test_chart_question_is_a_photo_with_the_answer_as_caption(
    api: FakeBotApi, engine: Any
) -> None:
    question = "普陀区财政局的支出都花到哪里去了"
    chart = chart_for(engine, question)
    assert chart is not None
    expected = render_html(chart.answer, MAX_CAPTION)
    async with running_bot(api, engine) as (fake, _app):
        fake.private_text(301, question)
        [(png, caption)] = await _photos(fake, 301, 1)
        assert caption == expected[0] and png == chart.png
        assert _size(png)[0] > 400
        assert all(bar.value in html.unescape(caption) for bar in chart.data.bars)
        assert "<blockquote>" in caption
        assert html.escape(chart.answer.sources[0].document, quote=False) in "".join(expected)
        assert fake.sent_texts(301) == expected[1:]


async def test_chart_command_offers_the_departments_charts(
    api: FakeBotApi, engine: Any
) -> None:
    everyone = [q for row in engine.catalog() for _, q in chart_menu(engine, row["department"])]
    putuo = [q for _, q in chart_menu(engine, "上海市普陀区财政局")]
    assert len(putuo) >= 2 and set(putuo) < set(everyone)
    async with running_bot(api, engine) as (fake, _app):
        fake.private_text(302, "/chart")
        [menu] = await replies(fake, 302, 1)
        assert menu == CHART_MENU
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        assert [row[0]["text"] for row in rows] == list(dict.fromkeys(everyone))
        fake.private_text(302, "/chart 普陀区财政局")
        await replies(fake, 302, 2)
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        assert [row[0]["text"] for row in rows] == putuo
        tapped = rows[0][0]
        fake.callback_query(302, tapped["callback_data"], last_message(fake, 302))
        [(png, caption)] = await _photos(fake, 302, 1)
        chart = chart_for(engine, tapped["text"])
        assert chart is not None and png == chart.png
        assert caption == render_html(chart.answer, MAX_CAPTION)[0]
        assert "chart" in {c["command"] for c in fake.commands["default"]}


async def test_chart_menu_follows_the_conversations_department(
    api: FakeBotApi, engine: Any
) -> None:
    hetang = [q for _, q in chart_menu(engine, "株洲市荷塘区政务服务中心")]
    async with running_bot(api, engine) as (fake, _app):
        fake.private_text(304, "荷塘区政务服务中心公务接待费多少")
        await until(lambda: fake.sent_texts(304), "the answer")
        done = len(fake.sent_texts(304))
        fake.private_text(304, "/chart")
        await replies(fake, 304, done + 1)
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        assert [row[0]["text"] for row in rows] == hetang


async def test_a_chart_chosen_among_options_comes_as_a_photo(
    api: FakeBotApi, engine: Any
) -> None:
    question = "收入构成"
    answer = engine.ask(question)
    assert not answer.answered and len(answer.options) >= 2
    async with running_bot(api, engine) as (fake, _app):
        fake.private_text(303, question)
        await replies(fake, 303, len(render_html(answer)))
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        fake.callback_query(303, rows[0][0]["callback_data"], last_message(fake, 303))
        [(png, caption)] = await _photos(fake, 303, 1)
        chart = chart_for(engine, answer.options[0])
        assert chart is not None and png == chart.png
        assert caption == render_html(chart.answer, MAX_CAPTION)[0]
        assert not fake.calls("editMessageText")
