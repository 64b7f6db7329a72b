"""Kinds of question met in the twenty-sixth round of our own sets (a share asked as a fraction,
a name said without its ending in a follow-up, money left over said in everyday words, a
question after an acknowledgement, the economic classification, a plain summary, what a thing
is made of, a word named only in a list, a meaning quoted for an amount, a follow-up after an
item not found), each pinned with this project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


@pytest.mark.parametrize("question", ["卫生健康支出在全部支出里占几分之几",
                                      "卫生健康支出大概是几分之几"])
def test_a_share_asked_as_a_fraction_is_the_share_never_a_score(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "2.07%" in answer.answer, answer.answer


def test_a_name_said_without_its_ending_in_a_follow_up_is_that_name(putuo):
    *_, answer = talk(putuo, "普陀财政局社会保障和就业支出是多少", "住房保障呢？在总数里占多少")
    first = answer.answer.split("\n", 1)[0]
    assert answer.answered and "住房保障支出" in first and "15.16%" in first, answer.answer


@pytest.mark.parametrize("question", ["学校用剩下的钱还有多少", "留到明年的钱一共多少",
                                      "没用完的钱是多少"])
def test_money_left_over_said_in_everyday_words_is_the_year_end_balance(university, question):
    answer = university.ask(question)
    assert answer.answered and "106848.91" in answer.answer, answer.answer


@pytest.mark.parametrize("follow_up", ["收入这块我清楚了，那支出呢", "收入明白了，支出是多少"])
def test_a_question_after_an_acknowledgement_is_answered(putuo, follow_up):
    *_, answer = talk(putuo, "普陀区财政局本年收入合计", follow_up)
    assert answer.answered and "2940.05" in answer.answer and "2946.25" not in answer.answer, \
        answer.answer


def test_an_acknowledgement_alone_is_still_thanks(putuo):
    *_, answer = talk(putuo, "普陀区财政局本年收入合计", "明白了，谢谢你")
    assert not answer.answered and answer.intent == "smalltalk.thanks", answer.answer


def test_spending_by_economic_class_is_basic_spending_by_its_parts(hetang):
    answer = hetang.ask("荷塘政务服务中心支出按经济分类列一下")
    assert answer.answered and "476.25" in answer.answer and "89.71" in answer.answer
    assert "653.44" not in answer.answer, answer.answer  # never the classes by function


def test_no_economic_classification_in_the_layout_is_said_so(university):
    answer = university.ask("学校的支出按经济分类是怎样的")
    assert not answer.answered and "经济分类" in answer.answer, answer.answer


def test_one_part_asked_under_the_economic_classification_is_that_part(hetang):
    answer = hetang.ask("按经济分类，商品和服务支出是多少")
    assert answer.answered and "181.41" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["帮我总结一下普陀区财政局这一年的账",
                                      "普陀财政局的钱从哪来花到哪去"])
def test_a_plain_summary_gives_the_headline_figures(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "2946.25" in answer.answer and "2940.05" in answer.answer, \
        answer.answer


def test_the_account_with_its_two_sides_asked_bare_is_the_headline(hetang):
    answer = hetang.ask("荷塘政务服务中心2017年的账，进了多少、出了多少")
    assert answer.answered and "793.05" in answer.answer and "854.31" in answer.answer, \
        answer.answer


def test_an_item_asked_after_the_account_is_mentioned_is_that_item(hetang):
    answer = hetang.ask("单位里在议论荷塘政务服务中心的账，工资福利支出多少")
    assert answer.answered and "89.71" in answer.answer, answer.answer


def test_what_a_class_is_made_of_are_the_rows_under_its_code(university):
    answer = university.ask("住房保障支出都有哪些组成")
    assert answer.answered and "15400.44" in answer.answer and "877.83" in answer.answer, \
        answer.answer


def test_a_class_is_not_read_as_the_glossary_term_it_is_part_of(university):
    answer = university.ask("教育支出都包括哪些")
    assert answer.answered and "其他教育支出：" not in answer.answer, answer.answer
    assert "423102.24" in answer.answer, answer.answer


def test_a_follow_up_on_a_word_named_only_in_a_list_is_declined(hetang):
    *_, answer = talk(hetang, "政务服务中心公务接待费是多少", "那培训费呢")
    assert not answer.answered, answer.answer


def test_a_meaning_is_no_answer_to_an_amount_asked_in_a_follow_up(hetang):
    *_, answer = talk(hetang, "荷塘政务服务中心年末结转和结余多少", "年初结转和结余呢")
    assert not answer.answered and "指单位以前年度" not in answer.answer, answer.answer


def test_a_meaning_is_still_the_answer_after_a_meaning(hetang):
    *_, answer = talk(hetang, "年末结转和结余是什么意思", "年初结转和结余呢")
    assert answer.answered and "以前年度尚未完成" in answer.answer, answer.answer


def test_a_follow_up_after_an_item_not_found_is_not_the_units_figure(putuo):
    *_, answer = talk(putuo, "普陀区财政局给街道的慰问金花了多少", "预算安排了多少")
    assert not answer.answered and "2993.92" not in answer.answer, answer.answer


def test_the_units_budget_is_still_answered_after_small_talk(putuo):
    *_, answer = talk(putuo, "你好", "预算安排了多少")
    assert answer.answered and "2993.92" in answer.answer, answer.answer


def test_a_part_within_the_row_total_is_never_a_hundred_percent(putuo):
    answer = putuo.ask("住房保障支出在全部支出里占多少")
    assert answer.answered and "15.16%" in answer.answer and "占100%" not in answer.answer, \
        answer.answer


def test_this_within_another_whole_is_the_last_things_share(hetang):
    *_, answer = talk(hetang, "政务服务中心商品和服务支出多少", "这在基本支出里占多大比例")
    assert answer.answered and "21.23%" in answer.answer, answer.answer


def test_the_two_last_rows_in_the_funds_said_are_added(university):
    *_, answer = talk(university, "学校基本养老保险缴费支出是多少", "职业年金的呢",
                      "这两项里财政拨款加起来多少")
    assert answer.answered and "13345.79" in answer.answer, answer.answer


def test_how_much_of_a_row_is_a_column_asked_with_inside(university):
    *_, answer = talk(university, "高等教育支出有多少", "这里面有多少是基本支出")
    assert answer.answered and "296144.16" in answer.answer, answer.answer


def test_what_a_figure_stands_for_is_its_meaning(putuo):
    *_, answer = talk(putuo, "普陀区财政局机关运行经费多少", "这个数代表什么")
    assert answer.answered and "日常公用经费" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["我是一名退休教师，学校收入比上年是增是减",
                                      "本人系在校研究生，学校收入比上年是增是减"])
def test_who_the_asker_is_said_first_asks_nothing(university, question):
    answer = university.ask(question)
    assert answer.answered and "23616.80" in answer.answer, answer.answer


def test_the_introduction_that_names_the_unit_keeps_it(both):
    answer = both.ask("我是普陀区财政局的职工，机关运行经费多少")
    assert answer.answered and "184.65" in answer.answer, answer.answer


def test_a_money_item_of_words_no_name_holds_is_declined(putuo):
    answer = putuo.ask("普陀区财政局给辖区学校拨了多少办学经费")
    assert not answer.answered and "办学经费" in answer.answer, answer.answer


def test_a_row_said_without_its_ending_after_a_column_is_that_rows_cell(university):
    *_, answer = talk(university, "学校财政拨款中基本建设资金支出是多少", "科学技术那部分占多少")
    assert answer.answered and "1357.93" in answer.answer, answer.answer


def test_a_share_inside_a_column_in_the_funds_said_is_of_that_scope(university):
    answer = university.ask("财政拨款的项目支出当中，基本建设资金占多大比重")
    assert answer.answered and "18.10%" in answer.answer and "38084.87" in answer.answer, \
        answer.answer


@pytest.mark.parametrize("question", ["政务服务中心搞没搞预算绩效评价",
                                      "荷塘政务服务中心绩效情况说说"])
def test_budget_performance_is_the_part_that_reports_it(hetang, question):
    answer = hetang.ask(question)
    assert answer.answered and "预算绩效情况" in answer.answer and "97573" in answer.answer, \
        answer.answer


def test_budget_performance_of_a_layout_with_a_section_for_it(putuo):
    answer = putuo.ask("普陀区财政局做过绩效自评吗")
    assert answer.answered and "99.43" in answer.answer, answer.answer


def test_budget_performance_a_layout_does_not_report_is_declined(university):
    answer = university.ask("学校预算绩效评价做得怎么样")
    assert not answer.answered, answer.answer


def test_performance_pay_is_no_budget_performance(putuo):
    answer = putuo.ask("普陀区财政局绩效工资发了多少")
    assert answer.intent != "org.performance", answer.answer
