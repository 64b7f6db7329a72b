"""The consistency audit: real disclosures, a disclosure with planted mistakes, plain data."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import audit
from bot.store import Snapshot

ROOT = Path(__file__).resolve().parent.parent
HETANG = ROOT / "data" / "source" / "hetang-zhengwu-fuwu-zhongxin-2017.txt"
PUTUO = ROOT / "data" / "source" / "putuo-caizhengju-2024.pdf"

# Same template as the real text disclosure. Planted: 50+30 ≠ 90; 50/90 ≠ 50.00%;
# 10/(100−10) ≠ 20.00%; 90−80 ≠ 5.00; 2+3+4 ≠ 10. The 收入 sentence is consistent.
PLANTED = """第一部分 某某区某某局概况
一、主要职能
负责全区某某事务的管理工作。
第二部分 某某区某某局2020年度部门决算表
一、收入支出决算总表
第三部分 某某区某某局2020年度部门决算情况说明
一、收入支出决算总体情况说明
2020年度收入总计100.00万元,比上年增加10.00万元,增长20.00%。
二、收入决算情况说明
本年收入合计100.00万元,其中:财政拨款收入99.00万元,占99.00%;其他收入1.00万元,占1.00%。
三、支出决算情况说明
本年支出总计90.00万元,其中:基本支出50.00万元,占总支出的50.00%;项目支出30.00万元,占总支出的33.33%。
四、一般公共预算财政拨款支出决算情况说明
一般公共预算财政拨款支出年初预算为80.00万元,支出决算为90.00万元,比年初预算增加5.00万元,完成年初预算的112.50%。
五、一般公共预算财政拨款“三公”经费支出决算情况说明
2020年度“三公”经费支出决算数为10.00万元,其中:因公出国(境)费2.00万元,公务接待费3.00万元,公务用车购置及运行维护费4.00万元。
"""


def build(files: list[Path], db: Path) -> Path:
    subprocess.run([sys.executable, "-m", "bot", "build", *map(str, files), "--db", str(db)],
                   check=True, cwd=ROOT, capture_output=True)
    return db


@pytest.fixture(scope="session")
def real(tmp_path_factory) -> dict[str, list[audit.Finding]]:
    """Findings per document of the two real disclosures, built by the CLI once."""
    db = build([HETANG, PUTUO], tmp_path_factory.mktemp("audit") / "real.db")
    findings = audit.audit_db(db)
    return {stem: [f for f in findings if f.doc_id == stem] for stem in (HETANG.stem, PUTUO.stem)}


@pytest.fixture(scope="session")
def planted_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("planted") / "mouju-2020.txt"
    path.write_text(PLANTED, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def planted(planted_file) -> list[audit.Finding]:
    return audit.audit_db(build([planted_file], planted_file.with_suffix(".db")))


def only(findings: list[audit.Finding], severity: str, check: str | None = None) -> list:
    return [f for f in findings if f.severity == severity and check in (None, f.check)]


# ---------------------------------------------------------------- real disclosures


def test_text_2017_reports_the_rounded_total_and_no_error(real):
    findings = real[HETANG.stem]
    assert only(findings, "error") == []
    rounded = [f for f in only(findings, "rounding", "components")
               if "784.68" in f.message and "784.69" in f.message]
    assert len(rounded) == 1
    assert "工资福利支出89.71万元" in rounded[0].evidence[-1]
    assert rounded[0].department == "株洲市荷塘区政务服务中心" and rounded[0].year == 2017


def test_pdf_2024_reports_the_total_contradicting_its_table(real):
    errors = only(real[PUTUO.stem], "error", "narrative_vs_table")
    found = [f for f in errors if "0.3万元" in f.message and "2961.68" in f.message]
    assert len(found) == 1
    evidence = found[0].evidence
    assert any("财政拨款收入支出总计0.3万元" in e for e in evidence)
    assert any("财政拨款收入支出决算总表" in e and "2961.68" in e for e in evidence)


def test_pdf_2024_share_that_does_not_divide_out(real):
    """The PDF states 2106.66 of 2940.05 as 71.73%; it is 71.65%."""
    shares = only(real[PUTUO.stem], "error", "share")
    assert [f for f in shares if "71.73%" in f.message and "71.65%" in f.message]


def test_findings_state_their_numbers_and_evidence(real):
    for finding in real[HETANG.stem] + real[PUTUO.stem]:
        assert finding.severity in audit.SEVERITIES
        assert finding.check in audit.CHECK_LABEL
        assert re.search(r"\d", finding.message) and finding.message.endswith("。")
        assert finding.evidence


# ---------------------------------------------------------------- planted mistakes


def test_planted_file_is_read_by_the_parser(planted_file, tmp_path):
    db = build([planted_file], tmp_path / "p.db")
    out = subprocess.run([sys.executable, "-m", "bot", "facts"], cwd=ROOT, check=True,
                         capture_output=True, text=True, env={**os.environ, "JUESUAN_DB": str(db)})
    for line in ("基本支出 | 占比 | 50.00%", "收入总计 | 比上年增减率 | 20.00%",
                 "一般公共预算财政拨款支出 | 比预算增减 | 5.00万元",
                 "公务用车购置及运行维护费 | 决算数 | 4.00万元"):
        assert line in out.stdout


def test_every_planted_mistake_is_an_error(planted):
    errors = only(planted, "error")
    by_check = {f.check: f.message for f in errors}
    assert sorted(by_check) == sorted(["components", "share", "change_rate", "budget_change",
                                       "sangong"])
    assert "80.00" in by_check["components"] and "90.00" in by_check["components"]
    assert "55.56%" in by_check["share"] and "50.00%" in by_check["share"]
    assert "11.11%" in by_check["change_rate"] and "20.00%" in by_check["change_rate"]
    assert "10.00万元" in by_check["budget_change"] and "5.00万元" in by_check["budget_change"]
    assert "9.00万元" in by_check["sangong"] and "10.00万元" in by_check["sangong"]
    assert len(errors) == 5


def test_consistent_sentences_raise_nothing(planted):
    assert not [f for f in planted if any("本年收入合计100.00万元" in e for e in f.evidence)]
    assert not [f for f in planted if "33.33%" in f.message]
    assert not only(planted, "error", "budget_completion")


def test_main_builds_a_file_prints_and_exits_1_on_error(planted_file, capsys):
    assert audit.main([str(planted_file)], None, as_json=False) == 1
    out = capsys.readouterr().out
    assert "某某区某某局 2020年度：5 处错误" in out
    assert "[错误]" in out and "      · 本年支出总计90.00万元" in out


def test_main_json_lines_and_exit_0_without_error(capsys):
    assert audit.main([str(HETANG)], None, as_json=True) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(set(r) == {"doc_id", "department", "year", "severity", "check",
                                   "message", "evidence"} for r in rows)
    assert {r["severity"] for r in rows} <= {"rounding", "note"}


def test_main_without_database_says_so(tmp_path, capsys):
    assert audit.main([], str(tmp_path / "missing.db"), as_json=False) == 2
    assert "找不到数据库" in capsys.readouterr().err


# ---------------------------------------------------------------- plain data


def fact(seq: int, metric: str, qualifier: str, value: str, sentence: str,
         parent: str = "", section: str = "第三部分 一、说明") -> dict:
    m = re.match(r"(\d+(?:\.\d+)?)(.*)$", value)
    number = float(m.group(1)) if m else 0.0
    if qualifier in ("比上年增减", "比预算增减") and "减少" in sentence:
        number = -number
    return {"doc_id": "jia", "seq": seq, "metric": metric, "qualifier": qualifier,
            "value": value, "number": number, "unit": m.group(2) if m else "",
            "clause": metric + value, "sentence": sentence, "section": section,
            "parent": parent}


def cell(seq: int, table: str, row: str, column: str, value: str, code: str = "") -> dict:
    return {"doc_id": "jia", "seq": seq, "table": table, "row": row, "code": code,
            "column": column, "value": value, "number": float(value), "unit": "万元"}


def snapshot(facts: list[dict], cells: list[dict]) -> Snapshot:
    doc = {"doc_id": "jia", "department": "甲局", "year": 2023, "aliases": "甲局",
           "kind": "部门决算", "title": "甲局2023年度部门决算", "source": "jia.txt"}
    return Snapshot(documents=[doc], facts=facts, notes=[], glossary=[], duties=[],
                    contacts=[], cells=cells, sections=[])


def test_tables_checked_against_the_text_and_their_own_totals():
    s1, s2 = "甲局2023年度收入支出总计120.00万元。", "甲局2023年度财政拨款收入支出总计0.5万元。"
    facts = [fact(0, "收入支出总计", "决算数", "120.00万元", s1),
             fact(1, "财政拨款收入支出总计", "决算数", "0.5万元", s2)]
    total, grant = "收入支出决算总表", "财政拨款收入支出决算总表"
    general = "一般公共预算财政拨款支出决算表"
    cells = [
        cell(0, total, "总计", "决算数", "120.00"),
        cell(1, total, "一般公共服务支出", "决算数", "70.00"),
        cell(2, total, "教育支出", "决算数", "30.00"),
        cell(3, total, "本年支出合计", "决算数", "110.00"),
        cell(4, grant, "总计", "决算数", "100.00"),
        cell(5, general, "一般公共服务支出", "合计", "60.00", "201"),
        cell(6, general, "一般公共服务支出", "基本支出", "50.00", "201"),
        cell(7, general, "人大事务", "合计", "60.00", "201 01"),
        cell(8, general, "教育支出", "合计", "40.00", "205"),
        cell(9, general, "教育支出", "基本支出", "30.01", "205"),
        cell(10, general, "合计", "合计", "100.00"),
        cell(11, general, "合计", "基本支出", "80.00"),
    ]
    findings = audit.audit(snapshot(facts, cells))
    errors = {(f.check, f.message) for f in only(findings, "error")}
    assert len(errors) == 2
    assert any(c == "narrative_vs_table" and "0.5万元" in m and "100.00" in m for c, m in errors)
    assert any(c == "table_total" and total in m and "110.00" in m and "100.00" in m
               for c, m in errors)
    rounding = only(findings, "rounding", "table_total")
    assert len(rounding) == 1 and "基本支出" in rounding[0].message
    assert not [f for f in findings if "120.00" in f.message]


def test_rates_direction_and_unchecked_figures():
    s1 = "机关运行经费支出110.00万元,比上年减少10.00万元,增长10.00%。"
    s2 = "公务接待费比年初预算减少5.67万元。"
    facts = [fact(0, "机关运行经费", "决算数", "110.00万元", s1),
             fact(1, "机关运行经费", "比上年增减", "10.00万元", s1),
             {**fact(2, "机关运行经费", "比上年增减率", "10.00%", s1), "clause": "增长10.00%"},
             fact(3, "公务接待费", "比预算增减", "5.67万元", s2)]
    findings = audit.audit(snapshot(facts, []))
    (wrong,) = only(findings, "error", "change_rate")
    assert "方向相反" in wrong.message
    (note,) = only(findings, "note", "budget_change")
    assert "预算数" in note.message and "无法核对" in note.message


def test_shares_within_published_precision_pass():
    s = ("本年收入合计793.05万元,其中:财政拨款785.17万元,占总收入的99%;"
         "其他收入7.88万元,占总收入的1%。")
    facts = [fact(0, "收入合计", "决算数", "793.05万元", s),
             fact(1, "财政拨款", "决算数", "785.17万元", s, parent="收入合计"),
             {**fact(2, "财政拨款", "占比", "99%", s, parent="收入合计"),
              "clause": "占总收入的99%"},
             fact(3, "其他收入", "决算数", "7.88万元", s),
             {**fact(4, "其他收入", "占比", "1%", s), "clause": "占总收入的1%"}]
    assert audit.audit(snapshot(facts, [])) == []


def test_two_breakdowns_in_one_sentence_keep_their_own_components():
    s = ("收入总计100.00万元,其中:财政拨款收入90.00万元,其他收入10.00万元;"
         "支出总计80.00万元,其中:基本支出51.00万元,项目支出30.00万元。")
    facts = [fact(i, metric, "决算数", value, s) for i, (metric, value) in enumerate([
        ("收入总计", "100.00万元"), ("财政拨款收入", "90.00万元"), ("其他收入", "10.00万元"),
        ("支出总计", "80.00万元"), ("基本支出", "51.00万元"), ("项目支出", "30.00万元")])]
    (finding,) = audit.audit(snapshot(facts, []))
    assert finding.severity == "error" and finding.check == "components"
    assert "“支出总计”80.00万元" in finding.message and "81.00万元" in finding.message
