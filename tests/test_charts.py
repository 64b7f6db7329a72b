"""bot/charts.py: chart questions answered from the store, in text and as a PNG."""

from __future__ import annotations

import json
import sqlite3
import struct
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLE

from bot import store
from bot.charts import chart_for, chart_menu, font_path
from bot.cli import cli
from bot.engine import Engine
from bot.ingest import read
from bot.intents import IntentError, load

PNG = b"\x89PNG\r\n\x1a\n"


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def _stated(db, doc_id: str, parent: str) -> list[tuple[str, float, str]]:
    """The store's own rows: the parts stated under a total, first of each name."""
    conn = sqlite3.connect(db)
    rows = conn.execute("select metric, number, value from facts where doc_id = ? and parent = ?"
                        " and qualifier = '决算数' order by seq", [doc_id, parent]).fetchall()
    return list({m: (m, n, v) for m, n, v in reversed(rows)}.values())[::-1]


@pytest.fixture(scope="module")
def years_db(tmp_path_factory):
    """The test disclosure and a next year of it with another 三公 figure: two years loaded."""
    folder = tmp_path_factory.mktemp("years")
    text = SAMPLE.read_text(encoding="utf-8")
    later = folder / "sample-wenlvju-2020.txt"
    later.write_text(text.replace("2019", "2020").replace("2018", "2019")
                     .replace("支出决算为15.00万元", "支出决算为12.50万元"), encoding="utf-8")
    return store.build(folder / "years.db", [read(SAMPLE), read(later)])


def test_spending_chart_draws_the_stored_parts(hetang, hetang_db):
    chart = chart_for(hetang, "支出都花在什么地方了")
    assert chart is not None and chart.answer.intent == "chart.spending"
    doc_id = next(iter(hetang.docs))
    drawn = [(b.label, b.number, b.value) for b in chart.data.bars]
    assert drawn == _stated(hetang_db, doc_id, "支出总计")
    assert all(value in chart.answer.answer for _, _, value in drawn)
    assert "2017" in chart.title and "荷塘区政务服务中心" in chart.title
    width, height = _size(chart.png)
    assert width > 400 and height > 300 and len(chart.png) > 10_000


def test_income_chart_with_stated_shares(putuo, putuo_db):
    chart = chart_for(putuo, "收入都是哪来的")
    assert chart is not None and chart.answer.intent == "chart.income"
    drawn = [(b.label, b.number, b.value) for b in chart.data.bars]
    assert drawn == _stated(putuo_db, "putuo-caizhengju-2024", "收入合计")
    conn = sqlite3.connect(putuo_db)
    shares = dict(conn.execute("select metric, value from facts where doc_id = ? and parent = ?"
                               " and qualifier = '占比'", ["putuo-caizhengju-2024", "收入合计"]))
    assert {b.label: b.share for b in chart.data.bars} == shares
    assert "计算得出" not in chart.answer.answer


def test_computed_share_is_labelled(sample):
    answer = sample.ask("政府采购支出总额由哪些组成")
    assert answer.intent == "chart.spending" and answer.answered
    assert "计算得出" in answer.answer
    assert [b.label for b in answer.chart.bars][:2] == ["政府采购货物支出", "政府采购工程支出"]


def test_years_chart_only_with_several_years(years_db, sample):
    engine = Engine.open(years_db)
    chart = chart_for(engine, "文化旅游广电体育局三公经费近几年变化")
    assert chart is not None and chart.answer.intent == "chart.years"
    conn = sqlite3.connect(years_db)
    stored = conn.execute("select d.year, f.number, f.value from facts f join documents d "
                          "using (doc_id) where f.metric = '三公经费财政拨款支出' and "
                          "f.qualifier = '决算数' group by d.year order by d.year").fetchall()
    assert [(b.label, b.number, b.value) for b in chart.data.bars] == [
        (f"{y}年", n, v) for y, n, v in stored]
    assert len(stored) == 2 and stored[0][1] != stored[1][1]
    single = sample.ask("三公经费近几年变化")  # one year loaded: the figure, no chart
    assert single.answered and single.intent == "figure.amount" and single.chart is None
    assert chart_for(sample, "三公经费近几年变化") is None


def test_a_record_over_the_years_reads_the_years_loaded(years_db):
    answer = Engine.open(years_db).ask("文化旅游广电体育局哪一年的三公经费最多")
    assert answer.answered and answer.intent == "chart.years", answer.answer
    assert "2019年" in answer.answer and "2020年" in answer.answer and "12.50" in answer.answer


def test_departments_chart_only_with_several_departments(both, both_db, hetang):
    chart = chart_for(both, "不同部门的三公经费")
    assert chart is not None and chart.answer.intent == "chart.departments"
    conn = sqlite3.connect(both_db)
    stored = {}
    for doc_id, _ in conn.execute("select doc_id, year from documents"):
        stored[doc_id] = conn.execute(
            "select number, value from facts where doc_id = ? and metric like '三公经费%' "
            "and qualifier = '决算数' and unit = '万元' order by seq limit 1", [doc_id]).fetchone()
    assert sorted((b.number, b.value) for b in chart.data.bars) == sorted(stored.values())
    assert "荷塘区政务服务中心\n2017年度" in [b.label for b in chart.data.bars]
    assert {s.document for s in chart.answer.sources} == {d.title for d in both.docs.values()}
    assert chart_for(hetang, "不同部门的三公经费") is None


def test_several_departments_parts_asks_which(both):
    answer = both.ask("支出构成")
    assert not answer.answered and len(answer.options) == 2
    chart = chart_for(both, answer.options[1])
    assert chart is not None and "普陀区财政局" in chart.title


def test_not_a_chart_question(hetang):
    assert chart_for(hetang, "公务接待费多少") is None
    assert chart_for(hetang, "今天天气怎么样") is None


def test_menu_offers_only_what_draws(both, years_db):
    menu = chart_menu(both, "株洲市荷塘区政务服务中心")
    labels = [label for label, _ in menu]
    assert labels[:2] == ["支出结构", "收入结构"] and "各部门三公经费对比" in labels
    assert all(chart_for(both, question) is not None for _, question in menu)
    assert chart_menu(both, "不存在的单位") == []
    engine = Engine.open(years_db)
    questions = [q for _, q in chart_menu(engine, "某某县文化旅游广电体育局")]
    assert "文化旅游广电体育局三公经费这几年" in questions
    assert "各部门三公经费对比" not in questions  # one department loaded


def test_ask_json_answers_chart_questions_in_text(monkeypatch, putuo_db):
    monkeypatch.setenv("JUESUAN_DB", str(putuo_db))
    wordings = ["支出的构成怎么样", "这些钱都花到哪去了", "收入的来源是什么", "画个收入结构图"]
    result = CliRunner().invoke(cli, ["ask", "--json"], input="\n".join(wordings) + "\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["intent"] for r in rows] == ["chart.spending", "chart.spending", "chart.income",
                                           "chart.income"]
    for row in rows:
        assert row["answered"] and row["sources"]
    for row, total in ((rows[1], "支出合计"), (rows[2], "收入合计")):
        parts = _stated(putuo_db, "putuo-caizhengju-2024", total)
        assert len(parts) >= 2 and all(f"{m}{v}" in row["answer"] for m, _, v in parts)
        assert any(parts[0][2] in s["sentence"] for s in row["sources"])
    assert set(rows[0]) == {"question", "answered", "intent", "confidence", "answer", "sources"}


def test_cli_chart_writes_png(monkeypatch, tmp_path, hetang_db):
    monkeypatch.setenv("JUESUAN_DB", str(hetang_db))
    out = tmp_path / "x.png"
    result = CliRunner().invoke(cli, ["chart", "收入构成情况如何", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _size(out.read_bytes())[0] > 400 and str(out) in result.output
    bad = CliRunner().invoke(cli, ["chart", "什么是基本支出", "--out", str(tmp_path / "y.png")])
    assert bad.exit_code == 2 and "没有画图" in bad.output and not (tmp_path / "y.png").exists()


def test_font_is_the_free_noto_font():
    path = font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and path.parent.parent.name == "mplfonts"
    from fontTools.ttLib import TTFont

    names = {r.nameID: r.toUnicode() for r in TTFont(path, lazy=True)["name"].names
             if r.platformID == 3}
    assert names[1].startswith("Noto Sans CJK SC") and "Open Font License" in names[13]


def test_text_answers_do_not_import_matplotlib(hetang_db):
    code = ("import sys; from bot.engine import Engine; e = Engine.open(sys.argv[1]); "
            "e.ask('公务接待费多少'); e.ask('支出结构'); "
            "print(any(m.startswith('matplotlib') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(hetang_db)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_chart_intent_without_what_to_draw_is_rejected(tmp_path):
    (tmp_path / "a.yaml").write_text(
        "intents:\n  - name: chart.x\n    handler: chart\n    chart: parts\n"
        "    examples: [结构]\n", encoding="utf-8")
    with pytest.raises(IntentError, match="chart"):
        load(tmp_path, handlers={"chart"})


def test_the_parts_of_a_thing_are_the_table_rows_under_it(putuo):
    answer = putuo.ask("商品和服务支出的细项有哪些")
    assert answer.answered and "办公费21.21万元" in answer.answer
    assert "福利费42.77万元" in answer.answer
    # 201 has one row under it (20106 财政事务): the rows under that one are the parts
    deeper = putuo.ask("一般公共服务支出明细列一下")
    assert deeper.answered and "行政运行1511.89万元" in deeper.answer


@pytest.mark.parametrize("question", ["科学技术支出具体花在哪些项目上", "其他资本性支出都买了啥"])
def test_a_thing_without_parts_is_declined_never_the_totals_parts(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered and "明细" in answer.answer
    assert "653.44" not in answer.answer  # not the spending total's parts, nor a sentence of it

