"""bot/ingest.py and bot/extract.py: records parsed from the template's sentence patterns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HETANG, ROOT

from bot.ingest import IngestError, department_aliases, read


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
