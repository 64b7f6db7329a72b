"""bot/fts.py and datasette/metadata.json: staff search over sentences, figures and cells."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from conftest import ROOT

from bot.fts import add_search, tokens

METADATA = ROOT / "datasette" / "metadata.json"


@pytest.fixture(scope="module")
def browse_db(tmp_path_factory, both_db):
    db = tmp_path_factory.mktemp("browse") / "juesuan.db"
    shutil.copy(both_db, db)
    assert add_search(db) == add_search(db) > 0  # rebuilding gives the same index
    return db


def _search(db, words: str) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return [dict(r) for r in conn.execute(
        "select * from search where id in (select rowid from search_index_fts "
        "where search_index_fts match ?)", [words])]


def test_search_finds_sentences_figures_and_cells_by_department_and_year(browse_db, both_db):
    found = _search(browse_db, "公务接待费")
    assert {r["类别"] for r in found} == {"句子", "数字", "表格"}
    conn = sqlite3.connect(both_db)
    stated = conn.execute("select d.department, d.year, f.value from facts f join documents d "
                          "using (doc_id) where f.metric = '公务接待费' and "
                          "f.qualifier = '决算数'").fetchall()
    shown = {(r["单位"], r["年度"], r["数值"]) for r in found if r["类别"] == "数字"}
    assert stated and set(stated) <= shown
    cells = conn.execute("select value || unit from cells where row = '公务接待费'").fetchall()
    assert {c[0] for c in cells} <= {r["数值"] for r in found if r["类别"] == "表格"}
    assert all("公务接待" in r["原文"].replace("“", "").replace("”", "") or
               "公务接待" in r["项目"] for r in found)
    assert "tokens" not in found[0] and "doc_id" not in found[0]


def test_search_knows_the_vocabularys_other_spellings(browse_db):
    found = _search(browse_db, "招待费")
    assert found and all("接待费" in r["项目"] + r["原文"] for r in found)


def test_documents_are_labelled_and_referenced(browse_db):
    conn = sqlite3.connect(browse_db)
    labels = [r[0] for r in conn.execute("select label from documents order by year")]
    assert labels == ["株洲市荷塘区政务服务中心 2017年度", "上海市普陀区财政局 2024年度"]
    for table in ("facts", "cells"):
        fks = conn.execute(f"pragma foreign_key_list({table})").fetchall()
        assert [(fk[2], fk[3], fk[4]) for fk in fks] == [("documents", "doc_id", "doc_id")]


def test_tokens_join_adjacent_words():
    assert "公务接待" in tokens("公务接待费1.33万元").split()
    assert "招待费" in tokens("公务接待费", {"接待费": ["招待费"]}).split()


def _queries() -> dict:
    return json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["juesuan"]["queries"]


def test_canned_query_one_item_of_one_department_and_year(browse_db):
    sql = _queries()["item_of_department_year"]["sql"]
    conn = sqlite3.connect(browse_db)
    rows = conn.execute(sql, {"department": "财政局", "year": "2024", "item": "公务接待费"})
    rows = rows.fetchall()
    assert rows and {(r[0], r[1]) for r in rows} == {("上海市普陀区财政局", 2024)}
    assert {r[2] for r in rows} == {"说明", "表格"}
    none = conn.execute(sql, {"department": "财政局", "year": "2017", "item": "公务接待费"})
    assert none.fetchall() == []


def test_canned_query_item_across_departments(browse_db):
    sql = _queries()["item_across_departments"]["sql"]
    rows = sqlite3.connect(browse_db).execute(sql, {"item": "三公经费"}).fetchall()
    assert {r[0] for r in rows} == {"株洲市荷塘区政务服务中心", "上海市普陀区财政局"}
    assert all(r[3].endswith("万元") for r in rows)


async def test_datasette_serves_the_search_view_without_tokens(browse_db):
    datasette = pytest.importorskip("datasette.app")
    app = datasette.Datasette([str(browse_db)], immutables=[],
                              metadata=json.loads(METADATA.read_text(encoding="utf-8")))
    response = await app.client.get("/juesuan/search.json?_search=公务接待费&_shape=objects")
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert rows and {"单位", "年度", "数值"} <= set(rows[0]) and "tokens" not in rows[0]
    tables = (await app.client.get("/juesuan.json")).json()["tables"]
    assert {t["name"]: t["hidden"] for t in tables}["search_index"] is True
    facts = (await app.client.get("/juesuan/facts.json?_shape=objects&_size=1&_labels=on"))
    assert facts.json()["rows"][0]["doc_id"]["label"].endswith("年度")
    canned = await app.client.get("/juesuan/item_across_departments.json?item=公务接待费"
                                  "&_shape=objects")
    assert canned.status_code == 200 and len(canned.json()["rows"]) >= 2
