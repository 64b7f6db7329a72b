"""Conversation context in Telegram, end to end over real HTTP against the fake Bot API.

A department named, picked from a clarification or from /departments stays for the
conversation: the chat in private, one person in a group, the user in inline mode. Expected
replies come from the engine itself, asked the same questions under a mirror conversation key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_bot_api import FakeBot, FakeBotApi, parse_html
from test_telegram_app import markup_of, replies, running_bot, until

from bot import store
from bot.engine import Engine
from bot.ingest import read
from bot.telegram.base import DEPARTMENTS_PER_PAGE, MAX_OPTIONS
from bot.telegram.render import render_html

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
SAMPLE = Path(__file__).resolve().parent / "data" / "sample-wenlvju-2019.txt"
SAMPLE_NAME = "文化旅游广电体育局"
OFFICES = [
    "交通运输局", "水利局", "农业农村局", "民政局", "司法局", "审计局",
    "统计局", "林业局", "商务局", "应急管理局", "医疗保障局", "退役军人事务局",
]  # fmt: skip
NAMED = "荷塘区政务服务中心公务接待费多少"
FOLLOW_UP = "三公经费多少"


@pytest.fixture(scope="module")
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """Twelve departments (the test disclosure under other names): more than a page."""
    folder = tmp_path_factory.mktemp("many")
    records = []
    for i, office in enumerate(OFFICES):
        path = folder / f"office{i:02d}-2019.txt"
        path.write_text(SAMPLE.read_text(encoding="utf-8").replace(SAMPLE_NAME, office), "utf-8")
        records.append(read(path))
    return Engine.open(store.build(folder / "many.db", records))


def mirrored(engine: Engine, key: str, questions: list[str]) -> list[str]:
    """The messages of the last answer when `questions` are asked in one conversation."""
    answers = [engine.ask(q, chat=key) for q in questions]
    return render_html(answers[-1])


async def say_and_wait(fake: FakeBot, chat_id: int, text: str, count: int) -> list[str]:
    """Sends a private message and returns the next `count` messages of the chat."""
    before = len(fake.sent_texts(chat_id))
    fake.private_text(chat_id, text)
    return (await replies(fake, chat_id, before + count))[before:]


async def test_a_department_named_stays_for_follow_ups(api: FakeBotApi, both: Engine) -> None:
    async with running_bot(api, both) as (fake, _):
        expected = mirrored(both, "mirror-1", [NAMED, FOLLOW_UP])
        assert expected != render_html(both.ask(FOLLOW_UP))  # alone: which department?
        await say_and_wait(fake, 301, NAMED, len(render_html(both.ask(NAMED))))
        assert await say_and_wait(fake, 301, FOLLOW_UP, len(expected)) == expected
        assert both.department_of("301") == both.department_of("mirror-1") is not None


async def test_in_a_group_the_context_is_each_persons_own(api: FakeBotApi, both: Engine) -> None:
    async with running_bot(api, both) as (fake, _):
        in_context = mirrored(both, "mirror-2", [NAMED, FOLLOW_UP])
        fresh = render_html(both.ask(FOLLOW_UP))
        mention = f"@{fake.username} "
        fake.group_text(-400, 31, mention + NAMED)
        first = await replies(fake, -400, len(render_html(both.ask(NAMED))))
        fake.group_text(-400, 32, mention + FOLLOW_UP)  # another person: no department yet
        second = await replies(fake, -400, len(first) + len(fresh))
        assert second[len(first) :] == fresh
        fake.group_text(-400, 31, mention + FOLLOW_UP)  # the first person: still theirs
        third = await replies(fake, -400, len(second) + len(in_context))
        assert third[len(second) :] == in_context


async def test_a_clarification_option_picks_the_department(api: FakeBotApi, both: Engine) -> None:
    options = both.ask(FOLLOW_UP).options
    assert len(options) >= 2
    async with running_bot(api, both) as (fake, _):
        await say_and_wait(fake, 302, FOLLOW_UP, 1)
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        fake.callback_query(302, rows[1][0]["callback_data"], fake.bot_messages(302)[-1])
        edit = await until(lambda: fake.calls("editMessageText"), "the option answered")
        assert edit[0].params["text"] == render_html(both.ask(options[1]))[0]
        picked = both.department_of("302")
        assert picked is not None and picked in parse_html(edit[0].params["text"])
        both.pick("mirror-3", picked)
        expected = render_html(both.ask("机关运行经费多少", chat="mirror-3"))
        assert await say_and_wait(fake, 302, "机关运行经费多少", len(expected)) == expected


async def test_inline_queries_use_the_users_context(api: FakeBotApi, both: Engine) -> None:
    async with running_bot(api, both) as (fake, _):
        expected = mirrored(both, "mirror-4", [NAMED, FOLLOW_UP])
        await say_and_wait(fake, 303, NAMED, len(render_html(both.ask(NAMED))))
        fake.inline_query(303, FOLLOW_UP)
        [call] = await until(lambda: fake.calls("answerInlineQuery"), "the inline answer")
        [article] = call.params["results"]
        assert article["input_message_content"]["message_text"] == expected[0]


async def test_departments_pages_and_picking_one(api: FakeBotApi, many: Engine) -> None:
    names = sorted({row["department"] for row in many.catalog()})
    async with running_bot(api, many) as (fake, _):
        [listing] = await say_and_wait(fake, 304, "/departments", 1)
        assert str(len(names)) in parse_html(listing)
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        first = [row[0]["text"] for row in rows[:-1]]
        assert len(first) == DEPARTMENTS_PER_PAGE and len(rows[-1]) == 1  # next only
        message = fake.bot_messages(304)[-1]
        fake.callback_query(304, rows[-1][0]["callback_data"], message)
        edit = await until(lambda: fake.calls("editMessageText"), "the second page")
        page2 = edit[0].params["reply_markup"]["inline_keyboard"]
        second = [row[0]["text"] for row in page2[:-1]]
        assert len(first) + len(second) == len(names)
        assert all(any(n in caption for caption in first + second) for n in names)
        assert "2019" in second[0]
        chosen = next(n for n in names if n in second[-1])
        fake.callback_query(304, page2[-2][0]["callback_data"], message)
        confirmation = (await replies(fake, 304, 2))[1]
        assert chosen in parse_html(confirmation)
        assert many.department_of("304") == chosen
        many.pick("mirror-5", chosen)
        expected = render_html(many.ask(FOLLOW_UP, chat="mirror-5"))
        assert expected != render_html(many.ask(FOLLOW_UP))
        assert await say_and_wait(fake, 304, FOLLOW_UP, len(expected)) == expected


async def test_a_clarification_lists_only_a_handful_of_names(
    api: FakeBotApi, many: Engine
) -> None:
    answer = many.ask(FOLLOW_UP)
    assert len(answer.options) == len(OFFICES)
    async with running_bot(api, many) as (fake, _):
        sent = await say_and_wait(fake, 305, FOLLOW_UP, 1)
        text = parse_html(sent[-1])
        assert sum(office in text for office in OFFICES) == MAX_OPTIONS
        assert "/departments" in text and str(len(OFFICES)) in text
        rows = markup_of(fake.calls("sendMessage")[-1].params)
        assert len(rows) == MAX_OPTIONS + len(answer.followups)
        fake.callback_query(305, rows[0][0]["callback_data"], fake.bot_messages(305)[-1])
        edit = await until(lambda: fake.calls("editMessageText"), "the option answered")
        assert edit[0].params["text"] == render_html(many.ask(answer.options[0]))[0]
