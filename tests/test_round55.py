"""Kinds of question met in rounds 54 and 55 of our own sets (ordinary askers; how figures
relate), each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_two_parts_said_by_their_words_set_against_each_other(hetang):
    answer = hetang.ask("政务中心政府采购里，货物比服务多花了多少")
    assert "3.01" in answer.answer and "计算得出" in answer.answer, answer.answer


def test_the_shares_of_two_parts_added(university, putuo):
    answer = university.ask("西南大学财政拨款收入和其他收入合起来占多少")
    assert "68.34%" in answer.answer, answer.answer
    turns = talk(putuo, "普陀财政局住房保障支出占比多少", "卫生健康支出呢", "两类加一起占多少")
    assert "17.23%" in turns[2].answer, turns[2].answer


def test_whether_the_last_part_passes_a_bound_of_a_whole(hetang):
    turns = talk(hetang, "政务中心基本支出里商品和服务支出是多少", "它超没超过基本支出的一半")
    assert "21.23%" in turns[1].answer, turns[1].answer


def test_where_a_column_is_booked_needs_the_words_of_booking(putuo):
    turns = talk(putuo, "普陀财政局基本支出和项目支出有啥不同",
                 "那种为完成专门任务、日常运转以外花的钱，算哪一类")
    assert "记在" not in turns[1].answer, turns[1].answer


def test_a_share_asked_with_是_is_of_the_whole_named(putuo, hetang):
    answer = putuo.ask("普陀财政局项目支出相当于基本支出的百分之几")
    assert "25.81%" in answer.answer and "20.51%" not in answer.answer, answer.answer
    put = putuo.ask("普陀财政局机关运行经费放在基本支出里头看，占几成")
    assert "7.90%" in put.answer, put.answer
    budget = hetang.ask("政务中心公务接待费是预算的百分之几")
    assert "19.00%" in budget.answer, budget.answer


def test_a_number_asked_by_someone_who_cannot_read_the_accounts(hetang):
    answer = hetang.ask("政务中心这份决算我看不明白想打个电话问问 电话多少")
    assert answer.answered and "28428828" in answer.answer, answer


def test_why_the_budget_was_not_all_spent(putuo):
    answer = putuo.ask("普陀财政局一般公共预算拨款支出的钱没花完，决算里怎么解释")
    assert "中介机构服务调减" in answer.answer, answer.answer


def test_a_kind_of_income_described_by_its_sources(university):
    answer = university.ask("西南大学收的捐赠、投资收益这些钱，决算里归为什么收入")
    assert "其他收入" in answer.answer and "44.20" not in answer.answer, answer.answer


def test_a_gap_answered_only_by_a_computed_or_stated_difference(putuo, hetang):
    turns = talk(putuo, "普陀财政局住房保障支出多少", "它和那个委托审计的钱差多少")
    assert "计算得出" in turns[1].answer or not turns[1].answered, turns[1].answer
    about = putuo.ask("普陀财政局住房公积金差不多多少钱")
    assert about.answered and "187.19" in about.answer, about
    stated = hetang.ask("政务中心收入总计比上年多多少")
    assert "409.89" in stated.answer, stated.answer
