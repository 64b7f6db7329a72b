"""Shared fixtures: databases built from the real disclosures, once per session."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot import store
from bot.engine import Engine
from bot.ingest import read

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "source"
HETANG = SOURCE / "hetang-zhengwu-fuwu-zhongxin-2017.txt"
PUTUO = SOURCE / "putuo-caizhengju-2024.pdf"


@pytest.fixture(scope="session")
def hetang_records():
    return read(HETANG)


@pytest.fixture(scope="session")
def putuo_records():
    return read(PUTUO)


@pytest.fixture(scope="session")
def hetang_db(tmp_path_factory, hetang_records) -> Path:
    return store.build(tmp_path_factory.mktemp("db") / "hetang.db", [hetang_records])


@pytest.fixture(scope="session")
def putuo_db(tmp_path_factory, putuo_records) -> Path:
    return store.build(tmp_path_factory.mktemp("db") / "putuo.db", [putuo_records])


@pytest.fixture(scope="session")
def both_db(tmp_path_factory, hetang_records, putuo_records) -> Path:
    return store.build(tmp_path_factory.mktemp("db") / "both.db", [hetang_records, putuo_records])


@pytest.fixture(scope="session")
def university(tmp_path_factory) -> Engine:
    """The universities' four-table layout (西南大学 2023, a test copy of the shared PDF)."""
    records = read(Path(__file__).resolve().parent / "data" / "chongqing-swu-2023.pdf")
    return Engine.open(store.build(tmp_path_factory.mktemp("db") / "u.db", [records]))


@pytest.fixture(scope="session")
def hetang(hetang_db) -> Engine:
    return Engine.open(hetang_db)


@pytest.fixture(scope="session")
def putuo(putuo_db) -> Engine:
    return Engine.open(putuo_db)


@pytest.fixture(scope="session")
def both(both_db) -> Engine:
    return Engine.open(both_db)


SAMPLE = Path(__file__).resolve().parent / "data" / "sample-wenlvju-2019.txt"


@pytest.fixture(scope="session")
def sample(tmp_path_factory) -> Engine:
    """A disclosure written for the tests in other wording: nothing is fitted to one file."""
    return Engine.open(store.build(tmp_path_factory.mktemp("db") / "sample.db", [read(SAMPLE)]))


_chats = itertools.count()


def talk(engine, *turns):
    """The answers of one conversation, turn by turn, in a chat of its own."""
    chat = f"talk-{next(_chats)}"
    return [engine.ask(turn, chat=chat) for turn in turns]
