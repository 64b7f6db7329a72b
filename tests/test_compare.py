"""Several departments in one question: each figure, then the sum, difference or order asked for,
computed from the stated figures and labelled."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot.compare import _amount


def _stated(engine, question):
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    return _amount(answer.figures[0])[0]


def test_difference_of_two_departments(both):
    a = _stated(both, "荷塘区政务服务中心机关运行经费多少")
    b = _stated(both, "普陀区财政局机关运行经费多少")
    answer = both.ask("普陀财政跟荷塘政务中心比，机关运行经费谁花得多，多出多少")
    assert answer.answered and "计算得出" in answer.answer
    assert f"{abs(a - b):.2f}" in answer.answer.replace(",", "")


def test_sum_over_both_loaded(both):
    a = _stated(both, "荷塘区政务服务中心其他收入多少")
    b = _stated(both, "普陀区财政局其他收入多少")
    answer = both.ask("这两家单位的其他收入合起来是多少")
    assert answer.answered and f"{a + b:.2f}" in answer.answer


@pytest.mark.parametrize("question", [
    "荷塘区财政局的三公经费",  # a district that is loaded, with a bureau that is not
    "普陀区政务服务中心收入多少",
    "上海市财政局一般公共服务支出",
    "芦淞区政务中心机关运行经费",
])
def test_a_neighbour_gets_no_figure(both, question):
    answer = both.ask(question)
    assert not answer.answered and "没有" in answer.answer and answer.figures == ()


def test_decline_names_the_closest(both):
    answer = both.ask("芦淞区政务服务中心的三公经费")
    assert "荷塘区政务服务中心" in answer.answer and "普陀" not in answer.answer


def test_amount_parsing():
    assert _amount("184.65万元") == (Decimal("184.65"), "万元") and _amount("1.40%") is None


def test_a_table_cell_is_compared_with_a_stated_figure(both):
    a = _stated(both, "荷塘区政务服务中心工资福利支出是多少")
    cell = both.ask("普陀区财政局工资福利支出是多少")
    b = Decimal(re.search(r"(\d+\.\d+)万元", cell.answer.splitlines()[0]).group(1))
    answer = both.ask("工资福利支出这两家相差多少")
    assert answer.answered and f"{abs(a - b):.2f}" in answer.answer


def test_each_department_with_its_own_name_for_the_total(both):
    answer = both.ask("荷塘政务中心和普陀财政局，哪家本年收入更多")
    assert answer.answered and "计算得出" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", ["全年支出比收入多出多少", "收入总计比支出总计低多少钱"])
def test_one_figure_less_another_of_one_department(hetang, question):
    answer = hetang.ask(question)
    assert answer.answered and "61.26" in answer.answer and "计算得出" in answer.answer


def test_each_of_two_things_is_not_each_department(both):
    """货物、服务分别多少 distributes over the things: with no department named, which one?"""
    answer = both.ask("政府采购总额多少，货物、服务分别多少")
    assert not answer.answered and answer.options
    each = both.ask("公务接待费分别是多少")  # one thing: 分别 is over the departments
    assert each.answered and "1.33" in each.answer and "0.00" in each.answer


def test_two_districts_named_bare_are_both_departments_and_a_sum_spans_them(both):
    answer = both.ask("荷塘跟普陀的支出总计合起来是多少")
    assert answer.answered and "合计3849.70万元" in answer.answer and "计算得出" in answer.answer


def test_which_unit_spends_more_compares_each_one_s_total(both):
    answer = both.ask("这两家单位哪个花钱多")
    assert answer.answered and "多2085.74万元" in answer.answer and "计算得出" in answer.answer
    income = both.ask("两个单位谁的收入高")
    assert income.answered and "多2153.20万元" in income.answer
