"""Kinds of question met in the twenty-third round of our own sets (an unloaded office named
after 那 in a conversation, overspending said of a thing, a budget worked back from its gap,
a class made of one item, the gap of income and spending where one figure names both, 加上年初),
each pinned with this project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


@pytest.mark.parametrize("follow_up", ["那普陀区审计局的呢", "那么普陀区民政局的三公经费呢",
                                       "那个普陀区教育局呢"])
def test_an_unloaded_office_named_after_na_is_declined_not_the_loaded_one(putuo, follow_up):
    *_, answer = talk(putuo, "普陀区财政局三公经费多少", follow_up)
    assert not answer.answered and "没有“普陀区" in answer.answer, answer.answer


def test_the_loaded_office_named_after_na_is_still_answered(putuo):
    *_, answer = talk(putuo, "普陀区财政局三公经费多少", "那普陀财政局的机关运行经费呢")
    assert answer.answered and "184.65" in answer.answer, answer.answer


def test_overspending_of_a_thing_is_its_budget_gap(hetang):
    answer = hetang.ask("荷塘政务服务中心一般公共预算财政拨款支出有没有超支")
    assert answer.answered and "529.97" in answer.answer and "61.26" not in answer.answer, \
        answer.answer


def test_overspending_of_the_unit_is_spending_over_income(hetang):
    answer = hetang.ask("荷塘政务服务中心超支了吗")
    assert answer.answered and "61.26" in answer.answer, answer.answer


def test_a_budget_is_worked_back_from_a_gap_stated_under_the_same_figure(hetang):
    *_, answer = talk(hetang, "政务服务中心财政拨款支出总计多少", "那年初的预算是多少")
    assert answer.answered and "254.72" in answer.answer and "计算得出" in answer.answer, \
        answer.answer


def test_a_class_of_one_item_gives_that_items_budget_said_as_the_items(putuo):
    *_, answer = talk(putuo, "普陀财政局卫生健康支出花了多少", "当初预算定了多少，执行了百分之几")
    assert answer.answered and "行政单位医疗" in answer.answer, answer.answer
    assert "62.29" in answer.answer and "97.91%" in answer.answer, answer.answer


def test_a_class_of_several_items_has_no_budget_of_one(putuo):
    answer = putuo.ask("普陀财政局社会保障和就业支出年初预算多少")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize("question", ["普陀财政局收入跟支出相差多少",
                                      "普陀财政局收入比支出多出多少"])
def test_the_gap_of_income_and_spending_where_one_figure_names_both(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "6.20" in answer.answer and "2995.39" not in answer.answer, \
        answer.answer
    assert "-6.20" not in answer.answer, answer.answer


def test_income_against_last_year_is_no_gap_of_income_and_spending(university):
    answer = university.ask("西南大学收入跟上年比是少了吗，少多少")
    assert answer.answered and "23616.80" in answer.answer, answer.answer


def test_plus_the_opening_balance_is_no_year_before(putuo):
    *_, answer = talk(putuo, "普陀财政局财政拨款收入多少",
                      "再加上年初财政拨款结转和结余，一共是多少")
    assert answer.answered and "2961.68" in answer.answer, answer.answer
    assert "推算" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["普陀财政局的钱花没花完", "普陀财政局的钱花完了没"])
def test_whether_the_money_was_spent_is_the_balance_left(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "55.34" in answer.answer, answer.answer
