"""Kinds of question met in rounds 45 to 47 of our own sets (how figures relate, the words of the
disclosure, conversations), each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_share_set_against_a_bound_is_the_share(putuo, hetang):
    half = putuo.ask("普陀财政局行政运行占一般公共预算财政拨款支出超过一半了没")
    assert half.answered and "51.42%" in half.answer, half.answer
    most = hetang.ask("荷塘政务中心货物采购占政府采购总额有没有八成")
    assert most.answered and "86.80%" in most.answer, most.answer


def test_the_gap_from_a_budget_asked(putuo):
    answer = putuo.ask("普陀财政局信息化建设预算135.9万，实际少用了多少")
    assert answer.answered and "0.65" in answer.answer and "计算得出" in answer.answer, answer


def test_the_largest_parts_share_of_the_whole(putuo):
    turns = talk(putuo, "普陀财政局项目支出多少", "里面哪项最多，占项目支出多大比例")
    assert "449.52" in turns[1].answer and "74.53%" in turns[1].answer, turns[1].answer


def test_a_later_clause_set_against_the_other_department(both):
    turns = talk(both, "荷塘政务中心2017年支出总计多少", "普陀财政局支出合计多少？比荷塘多多少")
    assert "2940.05" in turns[1].answer and "2085.74" in turns[1].answer, turns[1].answer


def test_a_greeting_after_a_figure_with_its_question_mark_dropped(hetang):
    turns = talk(hetang, "荷塘政务中心三公经费多少", "呵呵，你吃饭了吗")
    assert not turns[1].answered and "1.33" not in turns[1].answer, turns[1]


def test_a_years_spending_of_a_thing_said_with_一共花了(hetang):
    turns = talk(hetang, "荷塘政务中心公务接待费多少", "那2016年接待费一共花了多少")
    assert "4.56" in turns[1].answer and "316.51" not in turns[1].answer, turns[1].answer


def test_a_line_about_a_person_is_declined_whole(hetang, putuo):
    turns = talk(hetang, "荷塘政务中心联系人是谁", "夏泉住在哪里，一个月工资多少")
    assert not turns[1].answered and "89.71" not in turns[1].answer, turns[1]
    pension = putuo.ask("我妈在普陀财政局退休，她的退休费一个月多少")
    assert not pension.answered and "69.10" not in pension.answer, pension


def test_who_approves_a_task_asks_the_duties(putuo):
    answer = putuo.ask("普陀区单位买公车由哪个部门批")
    assert answer.intent == "org.who_handles" and "0.00" not in answer.answer, answer


def test_a_figures_line_listed_apart_is_no_question_of_the_units(university):
    answer = university.ask("西南大学事业收入里教育收费单独列了没有，给我数字")
    assert answer.answered and "73648.19" in answer.answer, answer.answer


def test_a_thanks_before_a_question(hetang):
    turns = talk(hetang, "荷塘政务中心2017年收入多少", "好的，那支出是多少")
    assert turns[1].answered and "854.31" in turns[1].answer, turns[1]
