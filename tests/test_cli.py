"""bot/cli.py: every command works from the command line and is shown in README."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from conftest import HETANG, ROOT, SAMPLE

from bot.cli import cli
from bot.qlog import QuestionLog


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
    assert result.exit_code == 2 and "juesuan build" in result.output
    assert "Traceback" not in result.output


def test_serve_without_token_exits_2(monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert re.search(rf"juesuan {name}\b", readme), name


# ---------------------------------------------------------------- no tracebacks in chat


@pytest.fixture
def two(monkeypatch, both_db):
    monkeypatch.setenv("JUESUAN_DB", str(both_db))
    return CliRunner()


def _chat(runner, text: str):
    result = runner.invoke(cli, ["chat"], input=text)
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    return result.output


def test_chat_numbering_characters_from_the_issue(two):
    out = _chat(two, "三公经费多少\n①\n三公经费多少\n²\n")
    assert "荷塘区政务服务中心三公经费多少" in out and "1.33万元" in out


@pytest.mark.parametrize("pick", ["2", "２", "②", "²", "第2个", "第二个", "(2)", "2."])
def test_chat_every_way_of_writing_two_picks_the_second(two, pick):
    out = _chat(two, f"公务接待费多少\n{pick}\n")
    assert "上海市普陀区财政局2024年度公务接待费" in out


def test_chat_choice_out_of_range_repeats_the_options(two):
    out = _chat(two, "公务接待费多少\n3\n1\n")
    assert "请回复 1 到 2 之间的序号" in out
    assert out.count("2. 普陀区财政局公务接待费多少") == 2  # offered, then offered again
    assert "株洲市荷塘区政务服务中心2017年度公务接待费" in out  # and 1 still picks


def test_chat_number_without_options_is_a_sentence(runner):
    out = _chat(runner, "③\n")
    assert "没有可选的选项" in out


@pytest.mark.parametrize("question", ["这个单位有几辆车", "该单位的公务接待费是多少",
                                      "他们的三公经费多少", "机关运行经费多少"])
def test_each_option_answers_when_sent_as_typed(two, question):
    (asked,) = [json.loads(x) for x in
                two.invoke(cli, ["ask", "--json"], input=question + "\n").output.splitlines()]
    assert not asked["answered"]
    options = re.findall(r"^  \d\. (.+)$", two.invoke(cli, ["ask", question]).output, re.M)
    assert len(options) == 2
    replies = [json.loads(x) for x in two.invoke(
        cli, ["ask", "--json"], input="".join(o + "\n" for o in options)).output.splitlines()]
    assert [r["answered"] for r in replies] == [True, True], options
    assert not [o for o in options if re.search("这个单位|该单位|他们", o)]


# ---------------------------------------------------------------- adding never destroys


def test_build_adds_a_department_and_lists_what_the_database_holds(tmp_path, monkeypatch):
    monkeypatch.delenv("JUESUAN_DB", raising=False)
    db = tmp_path / "x.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(HETANG), "--db", str(db)]).exit_code == 0
    result = runner.invoke(cli, ["build", str(SAMPLE), "--db", str(db)])
    assert result.exit_code == 0, result.output
    held = [line.strip() for line in result.output.splitlines() if line.startswith("  ")]
    assert len(held) == 2 and "株洲市荷塘区政务服务中心 2017" in held
    result = runner.invoke(cli, ["build", str(SAMPLE), "--db", str(db), "--replace"])
    assert "现有 1 份决算" in result.output


def test_a_bad_file_leaves_the_existing_database_untouched(tmp_path):
    db = tmp_path / "x.db"
    runner = CliRunner()
    runner.invoke(cli, ["build", str(HETANG), "--db", str(db)])
    before = db.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是决算。", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(bad), "--db", str(db)])
    assert result.exit_code == 2 and db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "x.db"]


# ---------------------------------------------------------------- one voice


CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("args", [
    ["check", "/nonexistent/file.pdf"],
    ["build", "/nonexistent/file.pdf", "--db", "/tmp/never-written.db"],
    ["check", "--no-such-option"],
    ["ask", "--jsn"],
    ["misses", "--limit", "many"],
    ["build", "--db"],
    ["glossary", "a", "b"],
    ["no-such-command"],
    ["check", "{dir}"],
    ["build", "{dir}", "--db", "{dir}/x.db"],
])
def test_every_error_is_one_chinese_sentence_with_status_2(runner, tmp_path, args):
    args = [a.format(dir=tmp_path) for a in args]
    result = runner.invoke(cli, args)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert CJK.search(lines[0]) and not re.search(r"Usage|Error|Try|Traceback", lines[0])
    if str(tmp_path) in args:
        assert "是一个文件夹，不是决算文件" in lines[0]


def test_misses_json_is_json_even_without_a_log(tmp_path):
    runner = CliRunner()
    for log in (tmp_path / "none.db", None):
        if log is None:
            log = tmp_path / "empty.db"
            QuestionLog(log)
        result = runner.invoke(cli, ["misses", "--json", "--log", str(log)])
        assert result.exit_code == 0
        for line in result.stdout.splitlines():
            json.loads(line)


def test_carriage_returns_are_stripped(runner):
    rows = [json.loads(x) for x in runner.invoke(
        cli, ["ask", "--json"], input='三公经费多少\r\n{"chat": 7, "question": "你好\\r"}\r\n'
    ).output.splitlines()]
    assert [r["question"] for r in rows] == ["三公经费多少", "你好"]
    assert "1.33万元" in _chat(runner, "三公经费多少\r\n\r\n")
    result = runner.invoke(cli, ["ask"], input="公务接待费多少\r\n")
    assert "1.33万元" in result.output and "\r" not in result.output


def test_ask_json_conversation_lines(runner):
    lines = [json.dumps({"chat": "7", "question": "公务接待费多少"}, ensure_ascii=False),
             json.dumps({"chat": "7", "question": "跟上一年比呢"}, ensure_ascii=False),
             "跟上一年比呢"]
    result = runner.invoke(cli, ["ask", "--json"], input="\n".join(lines) + "\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in rows] == ["公务接待费多少", "跟上一年比呢", "跟上一年比呢"]
    assert rows[1]["answered"] and "3.23" in rows[1]["answer"]
    assert "3.23" not in rows[2]["answer"]  # a plain line stands alone


def test_docs_lists_what_is_loaded(monkeypatch, both_db):
    monkeypatch.setenv("JUESUAN_DB", str(both_db))
    result = CliRunner().invoke(cli, ["docs", "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert {(r["department"], r["year"]) for r in rows} == {
        ("株洲市荷塘区政务服务中心", 2017), ("上海市普陀区财政局", 2024)}
    assert all(r["facts"] > 50 for r in rows)


def test_many_files_are_read_in_parallel_and_all_kept(tmp_path):
    text = HETANG.read_text(encoding="utf-8")
    names = ["芦淞", "石峰", "天元", "渌口", "雨湖", "岳塘", "芙蓉", "天心", "岳麓"]
    for name in names:
        (tmp_path / f"{name}.txt").write_text(
            text.replace("荷塘区政务服务中心", f"{name}区政务服务中心"), encoding="utf-8")
    db = tmp_path / "many.db"
    result = CliRunner().invoke(cli, ["build", *map(str, sorted(tmp_path.glob("*.txt"))),
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert all(f"株洲市{name}区政务服务中心 2017" in result.output for name in names)
