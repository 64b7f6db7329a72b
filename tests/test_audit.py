"""The consistency audit: real disclosures pinned finding by finding, copies of the 2017 text
with one planted mistake each, two consecutive years, the report, and plain data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot import audit
from bot.audit.source import Source
from bot.store import Snapshot

ROOT = Path(__file__).resolve().parent.parent
HETANG = ROOT / "data" / "source" / "hetang-zhengwu-fuwu-zhongxin-2017.txt"
PUTUO = ROOT / "data" / "source" / "putuo-caizhengju-2024.pdf"
SWU = ROOT / "tests" / "data" / "chongqing-swu-2023.pdf"
TEXT = HETANG.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def real() -> dict[str, list[audit.Finding]]:
    """Findings per document of the three real disclosures, audited from their files once."""
    findings, _ = audit.audit_files([HETANG, PUTUO, SWU])
    return {stem: [f for f in findings if f.doc_id == stem]
            for stem in (HETANG.stem, PUTUO.stem, SWU.stem)}


def only(findings: list[audit.Finding], severity: str, check: str | None = None) -> list:
    return [f for f in findings if f.severity == severity and check in (None, f.check)]


# ---------------------------------------------------------------- the 2024 PDF, by hand


def test_pdf_2024_the_same_class_with_two_values_in_four_tables(real):
    """社会保障和就业支出: 326.71 in 收入支出决算总表 (p.6) and 财政拨款收入支出决算总表 (p.12),
    326.72 in 支出决算表 (p.10), 一般公共预算财政拨款支出决算表 (p.15) and the narrative."""
    (found,) = [f for f in only(real[PUTUO.stem], "error", "same_figure")
                if "社会保障和就业支出" in f.message]
    assert "326.71万元见2处" in found.message and "326.72万元见3处" in found.message
    cited = "\n".join(found.evidence)
    for table, page, value in (("收入支出决算总表", 6, "326.71"), ("支出决算表", 10, "326.72"),
                               ("财政拨款收入支出决算总表", 12, "326.71"),
                               ("一般公共预算财政拨款支出决算表", 15, "326.72")):
        assert re.search(rf"《{table}》[^\n]*第{page}页：{value}", cited)
    assert found.page == 6


def test_pdf_2024_an_item_named_under_staff_costs_that_the_table_leaves_empty(real):
    """The 人员经费 list names 个人农业生产补贴 (30310, blank on p.17); 奖励金 0.31 is the one
    the table fills."""
    (found,) = only(real[PUTUO.stem], "error", "item_list")
    assert "人员经费" in found.message and "个人农业生产补贴" in found.message
    assert "30310" in found.message
    assert found.page == 23 and found.section.endswith("基本支出决算情况说明")
    (left,) = only(real[PUTUO.stem], "note", "item_list")
    assert "30309 奖励金0.31万元" in left.message


def test_pdf_2024_completion_rates_of_items_without_a_budget(real):
    """三公 table: budget 0.95 only for 公务接待费; the other two have none, yet '完成预算的0%'."""
    found = only(real[PUTUO.stem], "error", "budget_completion")
    assert sorted(f.message.split("”")[0] for f in found) == ["“公务用车购置及运行维护费",
                                                              "“因公出国(境)费"]
    assert all("完成预算的0%" in f.message and f.page == 23 for f in found)


def test_pdf_2024_item_level_subtotals_of_the_basic_table(real):
    """301: 2082.85 printed, items add to 2082.86; 302: 171.07 printed, items add to 171.09."""
    found = [f for f in only(real[PUTUO.stem], "rounding", "table_total")
             if "基本支出决算表" in f.message]
    messages = " ".join(f.message for f in found)
    assert "301 工资福利支出（决算数）为2082.85万元" in messages and "2082.86万元" in messages
    assert "302 商品和服务支出（决算数）为171.07万元" in messages and "171.09万元" in messages
    assert len(found) == 2 and all(f.page == 16 for f in found)


def test_pdf_2024_the_share_and_the_total_found_before(real):
    (share,) = only(real[PUTUO.stem], "error", "share")
    assert "71.73%" in share.message and "71.65%" in share.message and share.page == 21
    (total,) = only(real[PUTUO.stem], "error", "narrative_vs_table")
    assert "0.3万元" in total.message and "2961.68" in total.message and total.page == 21
    assert any("财政拨款收入支出决算总表" in e and "2961.68" in e for e in total.evidence)


def test_pdf_2024_no_other_error(real):
    counts = {}
    for f in only(real[PUTUO.stem], "error"):
        counts[f.check] = counts.get(f.check, 0) + 1
    assert counts == {"same_figure": 1, "item_list": 1, "budget_completion": 2, "share": 1,
                      "narrative_vs_table": 1}


# ---------------------------------------------------------------- the university PDF, by hand


def test_university_share_that_does_not_divide_out(real):
    """2536.65 / 457676.75 = 0.554%, printed 0.56% (the five shares were made to add to 100)."""
    (found,) = [f for f in real[SWU.stem] if f.check == "share"]
    assert found.severity == "rounding" and "0.55%" in found.message and "0.56%" in found.message
    assert found.page == 17


def test_university_no_false_alarm(real):
    """One error only — 抗役 for 抗疫 in 表1 (p.9); change amounts are not totals, teachers by
    title and by supervisor role are not parts, each table's columns are its own."""
    (error,) = only(real[SWU.stem], "error")
    assert error.check == "names" and "抗役特别国债安排的支出" in error.message and error.page == 9
    assert not [f for f in real[SWU.stem] if "52499.75" in f.message or "965.07" in f.message]
    assert not [f for f in real[SWU.stem] if f.check == "structure"]  # no 政府采购 section asked
    teachers = [f for f in real[SWU.stem] if "3265" in f.message]
    assert teachers and all(f.severity == "note" for f in teachers)


def test_university_rounding_in_printed_tables(real):
    """Checked by hand: 96077.73 vs 95201.69+876.03, 359781.59 vs the 类 rows' 359781.60."""
    messages = [f.message for f in only(real[SWU.stem], "rounding", "table_total")]
    assert any("205 教育支出（项目支出）为96077.73万元" in m and "96077.72" in m for m in messages)
    assert any("合计（基本支出）为359781.59万元" in m and "359781.60" in m for m in messages)


def test_university_code_named_otherwise_in_the_glossary_is_a_note(real):
    (found,) = [f for f in real[SWU.stem] if f.check == "names" and "2060204" in f.message]
    assert found.severity == "note" and "重点实验室及相关设施" in found.message


def test_text_2017_reports_the_rounded_total_and_no_error(real):
    findings = real[HETANG.stem]
    assert only(findings, "error") == []
    (rounded,) = [f for f in only(findings, "rounding", "components") if "784.68" in f.message]
    assert "工资福利支出89.71万元" in rounded.evidence[-1] and rounded.page is None
    assert rounded.section.startswith("第三部分 六、")


def test_findings_state_their_numbers_and_evidence(real):
    for finding in [f for found in real.values() for f in found]:
        assert finding.severity in audit.SEVERITIES
        assert finding.check in audit.CHECK_LABEL
        assert finding.message.endswith("。")
        assert re.search(r"\d", finding.message) or finding.check in ("names", "leftovers")
        assert finding.evidence and finding.section


# ---------------------------------------------------------------- one planted mistake each

PLANTED = [  # (kind, the text as published, the text with the mistake, check, words expected)
    ("share", "科学技术支出200.87万元,占总支出的23.51%", "科学技术支出200.87万元,占总支出的32.51%",
     "share", ("23.51%", "32.51%")),
    ("rate", "比上年减少3.23万元,减少70.83%", "比上年减少3.23万元,减少60.83%",
     "change_rate", ("70.83%", "60.83%")),
    ("rate from zero", "因公出国(境)费0万元,比上年增加0万元,增长0%",
     "因公出国(境)费0万元,比上年增加0万元,增长5%", "change_rate", ("基数为0", "5%")),
    ("words", "2017年度一般公共预算财政拨款支出决算数为784.69万元,比年初预算增加529.97万元。",
     "2017年度一般公共预算财政拨款支出年初预算为254.72万元,支出决算为784.69万元。"
     "决算数小于预算数的主要原因是新增改革经费。", "words", ("小于",)),
    ("sum", "其中:工资福利支出89.71万元", "其中:工资福利支出98.71万元",
     "components", ("784.69", "793.68")),
    ("counted twice", "基本支出决算数为784.69万元,其中:工资福利支出89.71万元,",
     "基本支出决算数为874.40万元,其中:工资福利支出89.71万元,工资福利支出89.71万元,",
     "components", ("算了两次",)),
    ("same figure", "2017年度收入总计793.05万元,其中", "2017年度收入总计739.05万元,其中",
     "same_figure", ("793.05", "739.05")),
    ("department", "一、关于荷塘区政务服务中心2017年度收入支出决算总体情况说明",
     "一、关于荷塘区城市管理局2017年度收入支出决算总体情况说明", "names", ("荷塘区城市管理局",)),
    ("heading year", "一、关于荷塘区政务服务中心2017年度收入支出决算总体情况说明",
     "一、关于荷塘区政务服务中心2016年度收入支出决算总体情况说明", "years", ("2016年度",)),
    ("year as of", "截至2017年12月31日", "截至2016年12月31日", "years", ("截至2016年12月31日",)),
    ("year compared", "比2016年增加484.02万元", "比2015年增加484.02万元", "years", ("2015",)),
    ("placeholder", "接洽人:夏泉", "接洽人:XX同志", "leftovers", ("占位符", "XX")),
    ("alternative", "本年支出总计854.31万元,比上年增加537.80万元",
     "本年支出总计854.31万元,比上年增加(减少)537.80万元", "leftovers", ("增加(减少)",)),
    ("rate without %", "占总支出的4.37%", "占总支出的4.37", "leftovers", ("缺少%", "4.37")),
    ("doubled punctuation", "主要原因是:一是政务公开", "主要原因是::一是政务公开", "leftovers",
     ("重复标点", "::")),
]


@pytest.fixture(scope="session")
def planted(tmp_path_factory) -> dict[str, list[audit.Finding]]:
    """Each copy of the 2017 text with its one mistake, audited together (one build)."""
    folder = tmp_path_factory.mktemp("planted")
    files = []
    for i, (kind, old, new, _, _) in enumerate(PLANTED):
        assert TEXT.count(old) >= 1, kind
        path = folder / f"planted-{i}-2017.txt"
        path.write_text(TEXT.replace(old, new, 1), encoding="utf-8")
        files.append(path)
    findings, _ = audit.audit_files(files)
    return {kind: [f for f in findings if f.doc_id == path.stem]
            for (kind, *_), path in zip(PLANTED, files, strict=True)}


@pytest.mark.parametrize("kind, check, words", [(k, c, w) for k, _, _, c, w in PLANTED])
def test_each_planted_mistake_is_an_error_of_its_kind(planted, kind, check, words):
    errors = [f for f in only(planted[kind], "error", check)
              if all(w in f.message for w in words)]
    assert len(errors) == 1, [f.message for f in only(planted[kind], "error")]
    knock_on = {"share", "components"}  # a changed part also changes its share and its sum
    assert {f.check for f in only(planted[kind], "error")} <= {check} | knock_on


def test_the_2017_text_itself_has_no_error(real):
    """So every error above comes from its planted change."""
    assert only(real[HETANG.stem], "error") == []


# ---------------------------------------------------------------- two consecutive years


def next_year(opening: str) -> str:
    """The 2017 text as its 2018 successor: years moved on, income 900.00 (+106.95, consistent),
    spending 1000.00 stated as +100.00 (the planted gap), other changes and rates 0, and the
    given opening balance."""
    text = TEXT.replace("2017", "2018").replace("2016", "2017")
    text = re.sub(r"(比上年|比\d{4}年)(增加|减少)[\d.]+万元(,(增长|减少)[\d.]+%)?",
                  lambda m: f"{m.group(1)}增加0.00万元" + (",增长0.00%" if m.group(3) else ""),
                  text)
    text = text.replace("793.05", "900.00").replace("854.31", "1000.00")
    text = text.replace("收入总计900.00万元,比上年增加0.00万元",
                        "收入总计900.00万元,比上年增加106.95万元")
    text = text.replace("支出总计1000.00万元,比上年增加0.00万元",
                        "支出总计1000.00万元,比上年增加100.00万元")
    return text.replace("2018年年末财政拨款结转和结余0.48万元",
                        f"2018年年初财政拨款结转和结余{opening}万元")


def across(tmp_path: Path, opening: str) -> list[audit.Finding]:
    later = tmp_path / "hetang-zhengwu-fuwu-zhongxin-2018.txt"
    later.write_text(next_year(opening), encoding="utf-8")
    findings, documents = audit.audit_files([HETANG, later])
    assert sorted(d["year"] for d in documents) == [2017, 2018]
    return [f for f in findings if f.check == "across_years"]


def test_a_stated_change_that_the_two_years_do_not_bear_out(tmp_path):
    (gap,) = across(tmp_path, "0.48")
    assert gap.year == 2018 and gap.severity == "error"
    assert "2018年1000.00万元" in gap.message and "2017年854.31万元" in gap.message
    assert "增加145.69万元" in gap.message and "比上年增加100.00万元" in gap.message
    assert "本年支出总计1000.00万元" in gap.evidence[0]
    assert gap.evidence[1].startswith("2017年：") and "854.31" in gap.evidence[1]


def test_an_opening_balance_that_is_not_last_years_closing_one(tmp_path):
    found = across(tmp_path, "0.50")
    (gap,) = [f for f in found if "结转和结余" in f.message]
    assert "0.50万元" in gap.message and "0.48万元" in gap.message and "0.02万元" in gap.message
    assert any("2017年：" in e and "0.48" in e for e in gap.evidence)
    assert len(found) == 2  # and the spending change again; income stays consistent


# ---------------------------------------------------------------- the report


def test_main_groups_by_section_with_pages_and_exits_1(capsys):
    assert audit.main([str(PUTUO)], None, as_json=False) == 1
    out = capsys.readouterr().out
    assert out.startswith("上海市普陀区财政局 2024年度：6 处错误")
    assert "【第三部分 七、财政拨款“三公”经费支出决算情况说明】" in out
    assert re.search(r"\n  \[错误\] 第23页 完成预算比例：“因公出国\(境\)费”", out)
    headings = [line for line in out.splitlines() if line.startswith("【")]
    assert len(headings) == len(set(headings))


def test_main_json_lines_carry_page_and_check(capsys):
    assert audit.main([str(HETANG)], None, as_json=True) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all({"doc_id", "department", "year", "severity", "severity_label", "check",
                         "check_label", "message", "evidence", "page", "section"} == set(r)
                        for r in rows)
    assert {r["severity_label"] for r in rows} <= {"舍入", "提示"}


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


def snapshot(facts: list[dict], cells: list[dict], sections: list[dict] = ()) -> Snapshot:
    doc = {"doc_id": "jia", "department": "甲局", "year": 2023, "aliases": "甲局",
           "kind": "部门决算", "title": "甲局2023年度部门决算", "source": "jia.txt"}
    return Snapshot(documents=[doc], facts=facts, notes=[], glossary=[], duties=[],
                    contacts=[], cells=cells, sections=list(sections))


def test_printed_tables_checked_against_their_own_totals_and_the_contents():
    contents = ["目录", "一、收入支出决算总表", "二、支出决算表",
                "三、财政拨款“三公”经费支出决算表"]
    spending = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                ["201", "一般公共服务支出", "70.00", "50.00", "20.00"],
                ["20101", "人大事务", "60.00", "50.00", "10.00"],
                ["205", "教育支出", "30.00", "30.01", ""],
                ["", "合计", "100.00", "80.00", "20.00"]]
    source = Source([(contents, []), (["第一部分 甲局概况"], []),
                     (["支出决算表"], [spending]), (["收入支出决算总表"], [])])
    findings = audit.audit(snapshot([], []), {"jia": source})
    errors = {f.message for f in only(findings, "error")}
    assert any("201 一般公共服务支出（合计）为70.00万元" in m and "60.00" in m for m in errors)
    assert any("《财政拨款“三公”经费支出决算表》" in m and "目录" in m for m in errors)
    rounding = [f.message for f in only(findings, "rounding")]
    assert any("205 教育支出（合计）为30.00万元" in m and "30.01" in m for m in rounding)
    assert all(f.page == 3 for f in findings if f.check == "table_total")


def test_a_blank_sangong_table_while_the_text_states_figures():
    s = "甲局2023年度“三公”经费支出决算为5.00万元。"
    sangong = [["财政拨款“三公”经费", "财政拨款“三公”经费"], ["预算数", "决算数"]]
    source = Source([(["财政拨款“三公”经费支出决算表"], [sangong])])
    findings = audit.audit(snapshot([fact(0, "三公经费", "决算数", "5.00万元", s)], []),
                           {"jia": source})
    (blank,) = only(findings, "error", "structure")
    assert "5.00万元" in blank.message and "空" in blank.message


def test_completion_rate_of_an_item_the_table_gives_no_budget():
    s = "因公出国(境)费决算为0.00万元,完成预算的0%;公务接待费决算为0.00万元,完成预算的0%。"
    table = "三公经费支出决算表"
    facts = [fact(0, "因公出国(境)费", "决算数", "0.00万元", s),
             {**fact(1, "因公出国(境)费", "完成预算比例", "0%", s), "clause": "完成预算的0%"},
             fact(2, "公务接待费", "决算数", "0.00万元", s),
             {**fact(3, "公务接待费", "完成预算比例", "0%", s), "clause": "完成预算的0%"}]
    cells = [cell(0, table, "公务接待费", "预算数", "0.95")]
    (found,) = only(audit.audit(snapshot(facts, cells)), "error", "budget_completion")
    assert "因公出国(境)费" in found.message


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


def test_a_change_amount_is_never_checked_as_a_value():
    s1 = "支出总计100.00万元,与上年相比,增加20.00万元。"
    s2 = "其中:教育支出增加15.00万元,科学技术支出增加5.00万元。"
    facts = [fact(0, "支出总计", "决算数", "100.00万元", s1),
             fact(1, "支出总计", "比上年增减", "20.00万元", s1),
             {**fact(2, "教育支出", "决算数", "15.00万元", s2, parent="支出总计"),
              "clause": "教育支出增加15.00万元"},
             {**fact(3, "科学技术支出", "决算数", "5.00万元", s2, parent="支出总计"),
              "clause": "科学技术支出增加5.00万元"}]
    assert audit.audit(snapshot(facts, [])) == []


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


def test_a_subject_listed_under_another_class_than_its_code():
    table = [["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", "10.00"],
             ["20106", "财政事务", "10.00"], ["2010601", "行政运行", "10.00"],
             ["208", "社会保障和就业支出", "5.00"], ["20805", "行政事业单位养老支出", "5.00"],
             ["2080501", "行政单位离退休", "5.00"]]
    text = ("其中:1、社会保障和就业支出(类)财政事务(款)行政运行(项)。主要用于:局本部。"
            "2、一般公共服务支出(类)财政事务(款)行政运行(项)。")
    section = {"doc_id": "jia", "seq": 0, "part": "第三部分", "number": "五",
               "heading": "一般公共预算财政拨款支出决算情况说明", "text": text}
    findings = audit.audit(snapshot([], [], [section]),
                           {"jia": Source([(["支出决算表"], [table])])})
    (wrong,) = only(findings, "error", "names")
    assert "行政运行（项）" in wrong.message and "2010601" in wrong.message
    assert "一般公共服务支出（类）财政事务（款）" in wrong.message


def test_a_database_is_audited_with_the_tables_of_its_files_in_data_source(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "putuo.db"
    subprocess.run([sys.executable, "-m", "bot", "build", str(PUTUO), "--db", str(db)],
                   check=True, cwd=ROOT, capture_output=True)
    findings = audit.audit_db(db)
    assert [f for f in findings if f.check == "same_figure" and "326.71" in f.message]
    assert not [f for f in findings if f.check == "structure" and f.severity == "note"]


def test_a_table_read_askew_is_one_note_not_a_row_of_errors():
    askew = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
             ["201", "一般公共服务支出", "70.00", "50.00", "20.00"],
             ["20101", "人大事务", "", "61.00", "12.00"],
             ["205", "教育支出", "30.00", "30.00", ""],
             ["20502", "普通教育", "", "33.00", "7.00"],
             ["", "合计", "100.00", "80.00", "25.00"]]
    findings = audit.audit(snapshot([], []), {"jia": Source([(["支出决算表"], [askew])])})
    assert only(findings, "error") == []
    (note,) = only(findings, "note", "table_total")
    assert "没有读准" in note.message


def test_opening_balance_held_against_last_years_table():
    def doc(doc_id: str, year: int) -> dict:
        return {"doc_id": doc_id, "department": "甲局", "year": year, "aliases": "甲局",
                "kind": "部门决算", "title": f"甲局{year}年度部门决算", "source": f"{doc_id}.txt"}

    table = "收入支出决算总表"
    cells = [{**cell(0, table, "年末结转和结余", "决算数", "100.00"), "doc_id": "a"},
             {**cell(0, table, "年初结转和结余", "决算数", "90.00"), "doc_id": "b"},
             {**cell(1, table, "年末结转和结余", "决算数", "80.00"), "doc_id": "b"}]
    snap = Snapshot(documents=[doc("a", 2023), doc("b", 2024)], facts=[], notes=[],
                    glossary=[], duties=[], contacts=[], cells=cells, sections=[])
    (gap,) = [f for f in audit.audit(snap) if f.severity != "note"]
    assert gap.doc_id == "b" and gap.check == "across_years" and gap.severity == "error"
    assert all(w in gap.message for w in ("90.00万元", "100.00万元", "相差10.00万元"))
    assert gap.evidence == ("《收入支出决算总表》年初结转和结余：90.00",
                            "2023年：《收入支出决算总表》年末结转和结余：100.00")


def test_main_on_a_file_that_is_not_a_disclosure_says_so(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("今天天气很好。\n", encoding="utf-8")
    assert audit.main([str(path)], None, as_json=False) == 2
    assert "notes.txt" in capsys.readouterr().err


def test_a_fund_table_printed_blank_while_the_text_states_its_spending():
    s = "甲局2023年度政府性基金预算财政拨款支出决算为12.00万元。"
    source = Source([(["目录", "一、政府性基金预算财政拨款收入支出决算表"], []),
                     (["第一部分 甲局概况"], []),
                     (["政府性基金预算财政拨款收入支出决算表", "单位：万元", "合计"], [])])
    facts = [fact(0, "政府性基金预算财政拨款支出", "决算数", "12.00万元", s)]
    (blank,) = only(audit.audit(snapshot(facts, []), {"jia": source}), "error", "structure")
    assert "12.00万元" in blank.message and blank.page == 3


def test_a_table_headed_with_another_departments_name():
    table = [["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", "10.00"]]
    source = Source([(["支出决算表", "单位名称：乙局 单位：万元"], [table]),
                     (["收入决算表", "单位名称：甲局"], [])])
    (wrong,) = only(audit.audit(snapshot([], []), {"jia": source}), "error", "names")
    assert "乙局" in wrong.message and wrong.page == 1
