"""bot/extract.py: a PDF's tables with the titles printed above them, continued over pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import TABLE_TITLE, clean_line, extract

UNIVERSITY = Path(__file__).resolve().parent / "data" / "chongqing-swu-2023.pdf"


@pytest.mark.parametrize("printed, title", [
    ("表 1：高等学校收支决算总表", "高等学校收支决算总表"),
    ("附表二、收入决算表 单位：万元", "收入决算表"),
    ("财政拨款“三公”经费支出决算表", "财政拨款三公经费支出决算表"),
    ("一般公共预算财政拨款基本支出决算表（按经济分类）", "一般公共预算财政拨款基本支出决算表"),
])
def test_table_titles_as_printed(printed, title):
    line = clean_line(printed).replace("“", "").replace("”", "")
    assert TABLE_TITLE.match(line).group("title") == title


@pytest.mark.parametrize("printed", [
    "第二部分 某某局2024年度部门决算表", "二、2024年度部门决算报表",
    "学校2023年度收入总计430725.03万元"])
def test_headings_and_sentences_are_no_table_titles(printed):
    found = TABLE_TITLE.match(clean_line(printed))
    assert found is None or "部门决算表" in found.group("title")


def test_tables_over_pages_are_marked_continued():
    tables = extract(UNIVERSITY).tables
    titles = ["收支决算总表", "收入决算表", "支出决算表", "财政拨款支出决算表"]
    assert [t.title for t in tables if t.title] == ["高等学校" + t for t in titles]
    assert [t.continued for t in tables] == [False, True] * 4
