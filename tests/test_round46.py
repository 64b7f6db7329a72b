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


def test_points_between_two_rates_of_change(university):
    answer = university.ask("西南大学实验室及相关设施和机构运行的增幅差了几个百分点")
    assert "136.37" in answer.answer, answer.answer  # a fall of 1.76% below zero
    none = university.ask("西南大学实验室及相关设施和科学技术支出相差几个百分点")
    assert not none.answered and "828.72" not in none.answer, none  # never the amounts' gap


def test_a_share_said_as_its_weight_inside(university):
    answer = university.ask("西南大学项目支出在教育支出中的分量有多大")
    assert "22.59%" in answer.answer, answer.answer


def test_the_other_side_of_what_was_said_to_be_none(hetang):
    turns = talk(hetang, "荷塘政务中心有政府性基金收入吗", "那支出也没有吗")
    assert "没有政府性基金预算收入支出" in turns[1].answer, turns[1].answer


def test_the_rest_is_no_carry_over(university):
    turns = talk(university, "西南大学住房保障收入里财政拨款多少", "剩余的部分由哪块收入承担")
    assert "106848.91" not in turns[1].answer, turns[1].answer  # 年末结转和结余


def test_spent_in_all_after_an_item_is_the_items(university):
    turns = talk(university, "西南大学高中教育支出多少", "一共花了多少")
    assert "457676.75" not in turns[1].answer.split("\n")[0], turns[1].answer


def test_the_gap_between_two_places_in_an_order(putuo, university):
    answer = putuo.ask("普陀财政局商品和服务支出中花钱最多的一项比排第二的高出多少")
    assert answer.intent == "figure.ranking" and "5.72" in answer.answer, answer
    turns = talk(university, "西南大学支出按功能分类哪一类最多", "那最大的比最小的多多少")
    assert "425177.77" in turns[1].answer, turns[1].answer


def test_the_actual_as_a_share_of_a_budget_worked_out(hetang):
    answer = hetang.ask("荷塘政务中心公务接待费实际支出是接待费年初预算的几成")
    assert "19.00%" in answer.answer and "7.00" in answer.answer, answer.answer


def test_a_unit_said_by_its_level_and_office_after_asking_words(putuo, hetang):
    answer = putuo.ask("行政运行花了多少 区财政局的")
    assert answer.answered and "1511.89" in answer.answer, answer.answer
    why = hetang.ask("为啥区政务服务中心那年收入涨得这么猛")
    assert why.answered and "独立核算" in why.answer, why.answer
    other = putuo.ask("长宁区财政局收入多少")
    assert not other.answered, other  # a place said is still another unit


def test_a_name_before_加_is_no_longer_name(putuo):
    answer = putuo.ask("普陀财政局的工会经费加办公费等于多少")
    assert "24.42" in answer.answer and "21.21" in answer.answer, answer.answer


def test_every_source_of_one_thing_added_is_its_figure(university):
    answer = university.ask("西南大学给职工交的住房公积金，全部资金来源加起来花了多少")
    assert answer.answered and "15400.44" in answer.answer, answer.answer
