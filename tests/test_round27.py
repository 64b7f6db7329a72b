"""Kinds of question met in the twenty-seventh round of our own sets (the two sides of a balance
compared in a follow-up, two parts of one whole compared, why asked as 怎么搞的 or 凭啥, a
difference in the scope asked, the largest part inside the last thing, function classes ranked
without the word 支出), each pinned with this project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


def test_a_balance_against_its_other_side_said_alone_is_the_two_sides(university):
    *_, answer = talk(university, "学校年底结转和结余有多少", "跟年初时比差了多少")
    assert answer.answered and "13188.37" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["人员经费和公用经费哪个花得多",
                                      "基本支出中人员经费和公用经费哪个更多"])
def test_two_parts_of_one_whole_compared_are_both_figures(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "2152.26" in answer.answer and "184.65" in answer.answer
    assert "1967.61" in answer.answer, answer.answer


def test_the_difference_after_two_parts_compared_is_of_those_two(putuo):
    *_, answer = talk(putuo, "基本支出当中人员经费和公用经费谁花的多", "相差多少")
    assert answer.answered and "1967.61" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["住房保障支出比上年多了，怎么搞的",
                                      "住房保障支出凭什么多了"])
def test_why_said_colloquially_with_no_reason_stated_is_declined(university, question):
    answer = university.ask(question)
    assert not answer.answered and "原因" in answer.answer, answer.answer


def test_why_said_colloquially_gives_the_stated_reason(university):
    *_, answer = talk(university, "学校总支出比上年涨了多少", "凭什么涨了这么多")
    assert answer.answered and "仪器设备更新升级" in answer.answer, answer.answer


def test_a_difference_of_two_rows_is_of_all_funds_unless_the_funds_are_said(university):
    answer = university.ask("住房公积金比购房补贴多多少")
    assert answer.answered and "14522.61" in answer.answer, answer.answer
    fiscal = university.ask("财政拨款的住房公积金比购房补贴多多少")
    assert fiscal.answered and "7267.85" in fiscal.answer, fiscal.answer


def test_the_largest_part_inside_the_last_thing_is_ranked_among_its_rows(putuo):
    *_, answer = talk(putuo, "住房保障支出是多少", "那里面哪一项最大")
    assert answer.answered and "购房补贴" in answer.answer.split("\n")[0], answer.answer


def test_function_classes_ranked_without_the_word_for_spending(putuo):
    answer = putuo.ask("按功能分类排，最大的一类是哪个")
    assert answer.answered and "一般公共服务支出" in answer.answer, answer.answer
    assert "2106.66" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["学校支出减去收入是多少",
                                      "支出457000多减收入430000多，差了多少"])
def test_one_thing_minus_another_is_their_difference(university, question):
    answer = university.ask(question)
    assert answer.answered and "26951.72" in answer.answer, answer.answer


def test_a_subtraction_whose_second_part_is_not_found_is_no_other_difference(hetang):
    answer = hetang.ask("财政拨款收入785减掉那些花出去的，剩下的就是结余0.48吧")
    assert "784.69万元（计算得出" not in answer.answer, answer.answer


def test_a_fact_stated_before_asking_on_with_na_is_a_premise(university):
    answer = university.ask("总支出涨了13.52%，那2022年的总支出是多少")
    assert answer.answered and "403183.92" in answer.answer, answer.answer


def test_a_budget_and_actual_said_then_how_much_less_is_their_gap(putuo):
    answer = putuo.ask("信息化建设年初预算多少实际多少，算下来少花了多少")
    assert answer.answered and "计算得出" in answer.answer, answer.answer


def test_a_row_described_and_asked_its_class_is_the_row_the_description_names(university):
    answer = university.ask("资助外国来的留学生花的钱，归在哪一类科目")
    assert answer.answered and "来华留学教育" in answer.answer, answer.answer


def test_a_row_named_is_still_asked_its_class(university):
    answer = university.ask("购房补贴归在哪一类")
    assert answer.answered and "住房保障支出" in answer.answer, answer.answer


def test_the_largest_after_the_classes_by_function_drawn_is_ranked_among_them(putuo):
    *_, answer = talk(putuo, "普陀区财政局支出按功能分类有哪几块", "当中最小的是哪块")
    assert answer.answered and "卫生健康支出" in answer.answer.split("\n")[0], answer.answer


def test_a_term_found_in_part_leaves_the_asking_words_unmasked(university):
    answer = university.ask("职业年金缴费支出是指什么")
    assert answer.answered and "单位实际缴纳" in answer.answer, answer.answer


def test_the_other_unit_said_without_its_name_is_the_other_one_loaded(both):
    *_, answer = talk(both, "荷塘区政务服务中心2017年机关运行经费多少",
                      "另一个单位的机关运行经费呢")
    assert answer.answered and "184.65" in answer.answer, answer.answer
    assert answer.question == "另一个单位的机关运行经费呢"


def test_the_same_thing_of_another_unit_compared_in_a_follow_up_is_of_both(both):
    *_, answer = talk(both, "普陀区财政局工资福利支出是多少",
                      "跟荷塘区政务服务中心的工资福利支出比，谁高")
    assert answer.answered and "2082.85" in answer.answer and "89.71" in answer.answer, \
        answer.answer
