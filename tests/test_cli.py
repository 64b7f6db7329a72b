"""bot/cli.py: every command works from the command line and is shown in README."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from conftest import HETANG, ROOT

from bot.cli import cli


@pytest.fixture
def runner(monkeypatch, hetang_db):
    monkeypatch.setenv("JUESUAN_DB", str(hetang_db))
    return CliRunner()


def test_ask_plain(runner):
    result = runner.invoke(cli, ["ask", "公务接待费多少"])
    assert result.exit_code == 0 and "1.33万元" in result.output


def test_ask_json_lines_in_order(runner):
    result = runner.invoke(cli, ["ask", "--json"], input="三公经费多少\n你好\n\n什么是事业收入\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in rows] == ["三公经费多少", "你好", "", "什么是事业收入"]
    assert [r["answered"] for r in rows] == [True, False, False, True]


def test_chat_session(runner):
    result = runner.invoke(cli, ["chat"], input="联系电话是多少\n\n")
    assert result.exit_code == 0 and "28428828" in result.output


def test_facts_and_glossary(runner):
    assert "793.05万元" in runner.invoke(cli, ["facts"]).output
    assert "年初结转和结余" in runner.invoke(cli, ["glossary"]).output
    assert "以前年度" in runner.invoke(cli, ["glossary", "年初结转和结余"]).output


def test_build_into_a_path(runner, tmp_path):
    db = tmp_path / "x.db"
    result = runner.invoke(cli, ["build", str(HETANG), "--db", str(db)])
    assert result.exit_code == 0 and db.exists()


def test_missing_database_is_one_sentence(monkeypatch, tmp_path):
    monkeypatch.setenv("JUESUAN_DB", str(tmp_path / "none.db"))
    result = CliRunner().invoke(cli, ["ask", "三公经费"])
    assert result.exit_code == 1 and "juesuan build" in result.output
    assert "Traceback" not in result.output


def test_serve_without_token_exits_2(monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert re.search(rf"juesuan {name}\b", readme), name
