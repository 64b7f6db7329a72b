"""Years as people write them, and never one year's figure for another year's question."""

from __future__ import annotations

import pytest

from bot.normalize import fold
from bot.years import asks_earlier, relative, spelled_out


@pytest.mark.parametrize("text, expected", [
    ("二〇一七年的收入", "2017年的收入"),
    ("二零二三年", "2023年"),
    ("两千零二十四年财政局", "2024年财政局"),
    ("两千零一十六年", "2016年"),
    ("一七年三公经费", "2017年三公经费"),
    ("19年的数", "2019年的数"),
    ("2017年度", "2017年度"),
    ("十年来", "十年来"),
    ("12月31日", "12月31日"),
    ("90年代", "90年代"),
    ("机关运行经费16年多少", "机关运行经费2016年多少"),  # 年多少 is no 年多 (more than a year)
    ("干了10年多", "干了10年多"),
])
def test_spelled_out(text, expected):
    assert spelled_out(text) == expected


def test_fold_keeps_the_year_written_in_chinese_numerals():
    assert fold("二〇一七年收入") == "2017年收入"  # 〇 is outside the CJK block fold keeps


@pytest.mark.parametrize("text, expected", [
    ("今年的支出", "2024年的支出"),
    ("去年的支出", "2023年的支出"),
    ("前年三公经费", "2022年三公经费"),
    ("上一年度收入", "2023年收入"),
    ("比去年多了多少", "比去年多了多少"),  # a comparison, not a year
    ("以前年度结转", "以前年度结转"),  # 前年 inside 以前年度 is no year
    ("明年的三公经费", "2025年的三公经费"),  # a year ahead: not loaded, so declined
    ("后年支出多少", "2026年支出多少"),
    ("女儿明年打算考研", "女儿明年打算考研"),  # the asker's plans name no year asked
])
def test_relative_years_count_back_from_the_latest_loaded(text, expected):
    assert relative(text, 2024) == expected


@pytest.mark.parametrize("text, earlier", [
    ("上年的三公经费", True),
    ("上年度机关运行经费多少", True),
    ("三公经费比上年减少多少", False),
    ("与上年相比", False),
])
def test_asks_earlier(text, earlier):
    assert asks_earlier(text) is earlier


@pytest.mark.parametrize("question", [
    "二〇二〇年的收入总计", "14年公务接待费", "前年的三公经费", "两千零一十八年机关运行经费",
])
def test_a_year_not_loaded_is_declined_naming_what_is(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered
    assert "2017" in answer.answer


def test_a_year_loaded_for_another_department_only_is_declined(both):
    answer = both.ask("普陀区财政局2017年的机关运行经费")
    assert not answer.answered
    assert "2024" in answer.answer and "上海市普陀区财政局" in answer.answer


@pytest.mark.parametrize("question, computed", [
    ("16年收入总计是多少", "383.16"),  # 793.05 − 409.89, the stated change
    ("去年的三公经费", "4.56"),
    ("二〇一六年机关运行经费有多少", "173.65"),
    ("拿增加额倒推一下16年的收入总计", "383.16"),  # the change is the means, not the question
    ("一六年的收入总计大约是多少，文件不是说今年多了四百多万吗", "383.16"),  # said after, apart
    ("2016年度三公经费是多少？说明里写了比上年减少", "4.56"),
])
def test_the_year_before_is_computed_from_the_stated_change(hetang, question, computed):
    answer = hetang.ask(question)
    assert answer.answered and computed in answer.answer and "计算得出" in answer.answer


@pytest.mark.parametrize("question", ["2016年的收入总计增加了多少", "跟16年比收入总计涨了多少"])
def test_a_change_asked_with_the_year_before_stays_the_change(hetang, question):
    answer = hetang.ask(question)
    assert answer.intent == "figure.change" and "409.89" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "2016年政府采购花了多少",  # no change against 2016 is stated for it
    "上一年的工资福利支出",
    "去年的商品和服务支出",
    "2016年三公经费预算是多少",
])
def test_the_year_before_without_a_stated_change_is_declined(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered, answer.answer


def test_this_year_is_the_latest_loaded(putuo):
    answer = putuo.ask("今年的项目支出")
    assert answer.answered and "603.14" in answer.answer


def test_a_name_holding_yusuan_is_no_budget_asked(putuo):
    answer = putuo.ask("二〇二三年一般公共预算财政拨款支出有多少")
    assert answer.answered and "3003.19" in answer.answer  # 2940.05 + 63.14, computed


def test_a_year_ahead_is_declined_never_answered_with_the_latest(putuo):
    answer = putuo.ask("财政局下一年的机关运行经费能有多少")
    assert not answer.answered and "2025" in answer.answer and "184.65" not in answer.answer


def test_the_askers_own_plans_do_not_make_a_year(putuo):
    answer = putuo.ask("儿子明年准备考公务员，想先看看普陀财政局机关运行经费多少")
    assert answer.answered and "184.65" in answer.answer


def test_an_unloaded_department_is_named_before_an_unloaded_year(hetang):
    answer = hetang.ask("徐汇区教育局2030年的支出")
    assert not answer.answered and "徐汇区教育局" in answer.answer


def test_last_years_total_said_by_the_rows_name_is_computed_not_this_years(putuo):
    answer = putuo.ask("上年总计多少")  # 总计 is a table row; the narrative calls it 收入支出总计
    assert answer.answered and "3052.34" in answer.answer and "计算得出" in answer.answer
