"""bot/ingest.py and bot/extract.py: records parsed from the template's sentence patterns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HETANG, ROOT

from bot.extract import Extracted, Table
from bot.ingest import IngestError, department_aliases, parse, read


def facts_of(records, metric):
    return {(f.qualifier, f.value) for f in records.facts if f.metric == metric}


def test_document_identity(hetang_records, putuo_records):
    assert hetang_records.document.department == "株洲市荷塘区政务服务中心"
    assert hetang_records.document.year == 2017
    assert putuo_records.document.department == "上海市普陀区财政局"
    assert putuo_records.document.year == 2024


@pytest.mark.parametrize("metric, expected", [
    ("收入总计", {("决算数", "793.05万元"), ("比上年增减", "409.89万元")}),
    ("三公经费", {("预算数", "14.30万元"), ("决算数", "1.33万元"), ("比预算增减", "12.97万元"),
              ("比预算增减率", "90.69%"), ("比上年增减", "3.23万元"), ("比上年增减率", "70.83%")}),
    ("公务接待费", {("决算数", "1.33万元"), ("比上年增减", "3.23万元"),
               ("比预算增减", "5.67万元")}),
    ("工资福利支出", {("决算数", "89.71万元"), ("占比", "10.50%")}),
    ("机关运行经费", {("决算数", "657.67万元"), ("比上年增减", "484.02万元")}),
    ("接待群众", {("决算数", "12万余人次")}),
])
def test_hetang_facts(hetang_records, metric, expected):
    assert expected <= facts_of(hetang_records, metric)


def test_decrease_is_negative_and_threshold_is_not_a_value(hetang_records):
    change = [f for f in hetang_records.facts
              if f.metric == "三公经费" and f.qualifier == "比上年增减"]
    assert change[0].number == -3.23
    assert not any(f.value == "50万元" for f in hetang_records.facts)


def test_reasons_and_none_statements(hetang_records):
    reasons = {n.metric: n.text for n in hetang_records.notes if n.kind == "reason"}
    assert "智慧荷塘" in reasons["一般公共预算财政拨款收入"]
    assert "新成立" in reasons["收入总计"]
    assert any(n.kind == "none" and "政府性基金" in n.metric for n in hetang_records.notes)


def test_glossary_duties_contacts(hetang_records):
    terms = {t.term: t.definition for t in hetang_records.terms}
    assert terms["年初结转和结余"].startswith("指单位以前年度尚未完成")
    assert "收支相抵后" in terms["事业基金"]  # a term defined inside another's definition
    assert len(hetang_records.duties) == 14
    contacts = {c.kind: c.value for c in hetang_records.contacts}
    assert contacts["phone"] == "28428828" and contacts["person"] == "夏泉"


def test_pdf_narrative_rejoined(putuo_records):
    assert ("决算数", "2995.39万元") in facts_of(putuo_records, "收入支出总计")
    assert ("比上年增减率", "1.87%") in facts_of(putuo_records, "收入支出总计")
    assert ("预算数", "1560.05万元") in facts_of(putuo_records, "行政运行")
    purposes = [n.text for n in putuo_records.notes if n.kind == "purpose"]
    assert any("中介机构" in p for p in purposes)


@pytest.mark.parametrize("table, row, column, value", [
    ("一般公共预算财政拨款基本支出决算表", "基本工资", "决算数", "262.33"),
    ("一般公共预算财政拨款基本支出决算表", "工会经费", "决算数", "24.42"),
    ("一般公共预算财政拨款支出决算表", "行政运行", "项目支出", "8.37"),
    ("三公经费支出决算表", "公务接待费", "预算数", "0.95"),
    ("收入支出决算总表", "年初结转和结余", "决算数", "49.14"),
    ("财政拨款收入支出决算总表", "年初财政拨款结转和结余", "决算数", "21.63"),
])
def test_pdf_tables(putuo_records, table, row, column, value):
    cells = {(c.table, c.row, c.column, c.value) for c in putuo_records.cells}
    assert (table, row, column, value) in cells


def test_pdf_codes(putuo_records):
    table = "一般公共预算财政拨款支出决算表"
    codes = {c.row: c.code for c in putuo_records.cells if c.table == table}
    assert codes["行政运行"] == "201 06 01"


def test_second_disclosure_of_the_template_loads_without_code_changes(tmp_path):
    text = (
        "第一部分 某某区档案馆概况\n一、主要职能\n1、负责全区档案的收集和保管。\n"
        "第二部分 某某区档案馆2021年度部门决算表\n"
        "第三部分 某某区档案馆2021年度部门决算情况说明\n"
        "一、关于2021年度收入支出决算总体情况说明\n"
        "2021年度收入总计120.50万元,比上年减少8.25万元。主要原因:人员减少。\n"
        "二、其他重要事项\n本部门2021年度机关运行经费支出35.10万元,比2020年增加1.20万元。\n"
        "第四部分 联系方式\n接洽人:李明;联系电话:0731-1234567。\n"
        "第五部分 名词解释\n一、基本支出:指为保障机构正常运转而发生的支出。\n")
    path = tmp_path / "dang-an-guan-2021.txt"
    path.write_text(text, encoding="utf-8")
    records = read(path)
    assert records.document.year == 2021 and records.document.department.endswith("档案馆")
    assert ("比上年增减", "8.25万元") in facts_of(records, "收入总计")
    assert ("决算数", "35.10万元") in facts_of(records, "机关运行经费")
    assert any(n.text.startswith("人员减少") for n in records.notes)
    assert {c.value for c in records.contacts} >= {"李明", "0731-1234567"}


def test_department_aliases():
    names = department_aliases("上海市普陀区财政局")
    assert names[:3] == ["上海市普陀区财政局", "普陀区财政局", "财政局"]
    assert "政务中心" in department_aliases("株洲市荷塘区政务服务中心")


@pytest.mark.parametrize("name, content, fragment", [
    ("notes.txt", "这是一份会议纪要，没有任何决算内容。", "标题"),
    ("scan.pdf", None, "文字层"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", "PDF"),
    ("table.xlsx", b"x", "不支持"),
])
def test_unreadable_inputs_say_why(tmp_path, name, content, fragment):
    path = tmp_path / name
    if content is None:
        _blank_pdf(path)
    else:
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(IngestError) as err:
        read(path)
    assert name in str(err.value) and fragment in str(err.value)


def _blank_pdf(path: Path) -> None:
    """A one-page PDF with no text layer, like a scan (written by hand, offsets computed)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj " % number + body + b" endobj\n"
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer <</Size 4/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


def test_failed_build_leaves_database_untouched(tmp_path, hetang_db):
    db = tmp_path / "j.db"
    db.write_bytes(hetang_db.read_bytes())
    before = db.read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    proc = subprocess.run([sys.executable, "-m", "bot", "build", str(bad), "--db", str(db)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "bad.pdf" in proc.stderr and "Traceback" not in proc.stderr
    assert db.read_bytes() == before


def test_html_page_saved_from_a_site(tmp_path, hetang_records):
    """The same disclosure as an HTML page gives the same figures."""
    lines = HETANG.read_text(encoding="utf-8").splitlines()
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = tmp_path / "hetang-2017.html"
    page.write_text(f"<html><head><style>p{{}}</style></head><body>{body}</body></html>",
                    encoding="utf-8")
    records = read(page)
    assert {(f.metric, f.qualifier, f.value) for f in records.facts} == {
        (f.metric, f.qualifier, f.value) for f in hetang_records.facts}


# ---------------------------------------------------------------- the universities' layout

DATA = Path(__file__).resolve().parent / "data"
UNIVERSITY = DATA / "chongqing-swu-2023.pdf"  # four tables running over pages, no 三公
COLLEGE = DATA / "sample-college-2022.txt"  # the same layout in other words, written for tests


@pytest.fixture(scope="module")
def university():
    return read(UNIVERSITY)


@pytest.fixture(scope="module")
def college():
    return read(COLLEGE)


def test_title_from_the_cover_not_from_a_sentence(university, college):
    """甲、乙合并组建为丙 names the department inside a sentence: the cover names it alone."""
    assert (university.document.department, university.document.year) == ("西南大学", 2023)
    assert (college.document.department, college.document.year) == ("某某职业技术学院", 2022)


def test_glossary_in_sub_sections_with_numbered_items(university, college):
    terms = {t.term: t.definition for t in university.terms}
    assert {"财政拨款收入", "事业收入", "其他收入", "基本支出", "项目支出"} <= set(terms)
    assert "房改政策" in terms["购房补贴"]  # 12.购房补贴(2210203): the code is not the term
    assert len(terms) == 17
    mine = {t.term: t.definition for t in college.terms}
    assert mine["财政拨款收入"].endswith("包括财政教育拨款和财政其他拨款。")  # over two lines
    assert set(mine) == {"财政拨款收入", "事业收入", "基本支出", "高等职业教育"}


def test_a_table_goes_on_over_pages_without_headers(university):
    cells = {(c.table, c.row, c.code, c.column): c.value for c in university.cells}
    # on the second page of each table, with the first page's columns
    assert cells[("高等学校收支决算总表", "住房保障支出", "", "决算数")] == "16278.27"
    assert cells[("高等学校收入决算表", "购房补贴", "2210203", "其他收入")] == "697.24"
    assert cells[("高等学校支出决算表", "住房公积金", "2210201", "基本支出")] == "15400.44"
    # three merged code columns print as one on the later page; figures align from the right
    assert cells[("高等学校财政拨款支出决算表", "实验室及相关设施", "2060204", "项目支出")] \
        == "1707.93"
    assert cells[("高等学校财政拨款支出决算表", "高等教育", "2050205", "合计")] == "186663.39"



def test_the_grand_total_below_the_carry_overs_is_the_total(university):
    """收支决算总表's last 合计 holds the carry-overs: it is the 总计, not this year's sum."""
    rows = {(c.row, c.value) for c in university.cells if c.table == "高等学校收支决算总表"}
    assert ("总计", "569496.54") in rows and ("本年支出合计", "457676.75") in rows
    assert not any(row == "合计" for row, _ in rows)
    ours = {(c.row, c.value) for c in university.cells if c.table == "高等学校支出决算表"}
    assert ("合计", "457676.75") in ours  # a table of classes keeps its own 合计


def test_a_cell_is_never_glued_to_the_column_numbering(university):
    assert not any(c.column.isdigit() or c.column.startswith("栏次") for c in university.cells)
    values = {c.value for c in university.cells if c.row == "事业收入"}
    assert values == {"136385.24"}


def test_a_change_under_its_total_is_a_change_not_the_figure(university, college):
    """其中:教育支出增加… after 与上年相比 states 教育支出's change, not 教育支出."""
    assert facts_of(university, "教育支出") >= {("决算数", "425287.27万元")}
    assert ("决算数", "52499.75万元") not in facts_of(university, "教育支出")
    assert ("比上年增减", "52499.75万元") in facts_of(university, "教育支出")
    down = [f for f in college.facts if f.metric == "事业收入" and f.qualifier == "比上年增减"]
    assert [f.number for f in down] == [-310.25]


def test_a_reason_belongs_to_the_figure_it_names(university, college):
    reasons = {(n.metric, n.text) for n in university.notes if n.kind == "reason"}
    assert any(m == "其他收入" and "债务收入" in t for m, t in reasons)
    assert any(m == "教育支出" and "仪器设备" in t for m, t in reasons)
    assert {n.metric for n in college.notes if n.kind == "reason"} == {"财政拨款收入"}


def test_figures_keep_their_scope_and_coded_items_their_names(university):
    """The 财政拨款 sub-section's 基本支出 is not the whole school's."""
    basic = {f.value: f.section for f in university.facts
             if f.metric == "基本支出" and f.qualifier == "决算数"}
    assert "财政拨款" in basic["199015.13万元"] and "财政拨款" not in basic["359781.59万元"]
    assert ("比上年增减率", "134.61%") in facts_of(university, "实验室及相关设施")


def test_sub_sections_are_found_by_their_heading(university, college):
    for records, unit in ((university, "附属小学"), (college, "附属幼儿园")):
        found = [s.text for s in records.sections if "单位构成" in s.heading]
        assert found and unit in found[0]


def test_approximate_figures_keep_their_word(college):
    assert ("决算数", "约1200亩") in facts_of(college, "占地面积")
    assert ("决算数", "近15000人") in facts_of(college, "全日制在校生")


def test_a_count_is_of_the_noun_after_it(college, university):
    """设有12个二级学院: the figure counts 二级学院, whatever verb comes before."""
    assert ("决算数", "12个") in facts_of(college, "二级学院")
    assert ("决算数", "48个") in facts_of(college, "专业")
    assert ("决算数", "46个") in facts_of(university, "教学单位")


def test_a_table_goes_on_below_a_running_head(tmp_path):
    """A page's running head above a continued table is no title: rows of figures with no
    header go on from the table before, figures aligned from the right."""
    first = Table([["科目编码", "科目编码", "科目名称", "合计", "基本支出"],
                   ["类", "款", "合计", "90.00", "60.00"],
                   ["208", "208", "社会保障和就业支出", "50.00", "40.00"],
                   ["20805", "20805", "行政事业单位养老支出", "50.00", "40.00"],
                   ["205", "205", "教育支出", "40.00", "20.00"]], "某某学院财政拨款支出决算表")
    later = Table([["2050305", "高等职业教育", "40.00", "20.00"]], "", continued=False)
    lines = ["某某学院", "2024年度部门决算", "一、学院概况", "学院现有专任教师100人。"]
    records = parse(Extracted(tmp_path / "college-2024.pdf", lines, [first, later]))
    assert (records.document.department, records.document.year) == ("某某学院", 2024)
    cells = {(c.table, c.row, c.code, c.column, c.value) for c in records.cells}
    assert ("某某学院财政拨款支出决算表", "高等职业教育", "2050305", "基本支出", "20.00") in cells
    assert ("某某学院财政拨款支出决算表", "教育支出", "205", "合计", "40.00") in cells


def test_a_total_after_its_parts_is_the_total(college):
    """甲…、乙…、丙…，合计N: N is the parts' total, never the last part's figure."""
    assert ("决算数", "4260.50万元") in facts_of(college, "政府采购支出总额")
    assert facts_of(college, "政府采购服务支出") == {("决算数", "610.00万元")}
