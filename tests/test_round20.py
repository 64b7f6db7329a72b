"""Kinds of question met in the twentieth round of our own sets (pronouns for the last two,
turns reached back to, the asker's own unit, requests the bot cannot do, conditions that did not
happen, years supplied after a decline), each pinned with this project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


@pytest.mark.parametrize("question", [
    "假如公务接待费砍掉一半，能省下多少",
    "要是把机关运行经费压缩两成会怎么样",
    "万一没有了财政拨款的话，中心还能运转吗",
])
def test_a_condition_that_did_not_happen_is_declined_not_answered_with_the_figure(hetang,
                                                                                   question):
    answer = hetang.ask(question)
    assert not answer.answered and "假设" in answer.answer, answer.answer


def test_a_file_or_a_picture_is_declined_pointing_to_the_text(putuo):
    for question in ("把三公经费那页截屏给我", "决算原件能发一份吗"):
        answer = putuo.ask(question)
        assert not answer.answered and "截图或原件" in answer.answer, answer.answer


def test_the_askers_own_unit_is_set_aside_and_this_units_figure_given(putuo):
    answer = putuo.ask("我们处公用经费才50万左右，你们普陀财政局公用经费是多少")
    assert answer.answered and "184.65" in answer.answer, answer.answer
    theirs = talk(putuo, "咱们单位公务接待费一年3万多，你们呢")[-1]
    assert theirs.answered and "公务接待费" in theirs.answer, theirs.answer


def test_a_question_about_the_askers_own_unit_alone_is_declined(putuo):
    answer = putuo.ask("我们单位去年人员经费800万，占我们总支出几成")
    assert not answer.answered and "你们单位" in answer.answer, answer.answer


def test_our_bureau_without_a_figure_of_its_own_is_the_loaded_one(putuo):
    answer = putuo.ask("我们局的机关运行经费多少")  # staff of the unit checking a figure
    assert answer.answered and "184.65" in answer.answer, answer.answer


def test_a_year_supplied_after_a_decline_asks_that_question_of_that_year(hetang):
    declined, answered = talk(hetang, "荷塘政务服务中心2019年公务接待费多少", "17年的呢")
    assert not declined.answered
    assert answered.answered and "1.33" in answered.answer, answered.answer
    assert answered.question == "17年的呢"


def test_this_year_after_a_year_before_that_is_not_stated(putuo):
    turns = talk(putuo, "普陀财政局2023年的公用经费是多少", "好吧，那今年呢")
    assert not turns[0].answered
    assert turns[1].answered and "184.65" in turns[1].answer, turns[1].answer


def test_a_year_only_one_of_two_units_has_is_that_unit(both):
    turns = talk(both, "荷塘和普陀的公务接待费各多少", "2017年的")
    assert turns[-1].answered and "荷塘区政务服务中心" in turns[-1].answer, turns[-1].answer
    assert "1.33" in turns[-1].answer, turns[-1].answer


def test_the_former_and_the_latter_of_the_last_two(putuo, hetang):
    latter = talk(putuo, "普陀财政局基本支出多少", "项目支出呢", "后者占支出合计多少")[-1]
    assert "20.51" in latter.answer, latter.answer
    gap = talk(hetang, "收入总计多少", "支出总计呢", "前者比后者少多少")[-1]
    assert "61.26" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_the_last_two_added_against_the_row_above_them(putuo):
    turns = talk(putuo, "住房公积金多少", "购房补贴呢", "那俩合计和住房保障支出对得上吗")
    answer = turns[-1]
    assert "445.69" in answer.answer and "计算得出" in answer.answer, answer.answer
    assert "住房保障支出" in answer.answer, answer.answer


def test_a_name_said_again_alone_after_a_longer_one_holding_it(university):
    answer = talk(university, "来华留学教育支出多少", "其他留学教育支出呢",
                  "这俩合起来是不是就等于留学教育")[-1]
    assert "1309.00" in answer.answer and "小学教育" not in answer.answer, answer.answer


def test_the_first_turn_reached_back_to_with_a_new_kind(university):
    turns = talk(university, "基本支出是多少", "那科学技术支出呢",
                 "回到第一个问的那个数，它占多少")
    assert turns[-1].intent == "figure.share" and "78.61" in turns[-1].answer, turns[-1].answer


def test_why_not_all_spent_is_the_gap_to_the_budget(putuo):
    turns = talk(putuo, "一般公共预算财政拨款支出多少", "为啥没用完")
    assert "中介机构服务调减" in turns[-1].answer, turns[-1].answer


def test_the_two_figures_of_a_budget_question_then_their_gap(putuo):
    turns = talk(putuo, "行政运行的年初预算是多少", "决算数多少", "二者相差多少")
    assert "48.16" in turns[-1].answer, turns[-1].answer


def test_the_glossary_listed_then_one_entry_by_its_place(hetang):
    listed, fourth = talk(hetang, "名词解释都解释了哪几个词", "第四个呢")
    # 一 to 六: 事业基金, explained in brackets inside the fifth, is no entry of its own
    assert listed.answered and "6条" in listed.answer and "年初结转和结余" in listed.answer
    assert fourth.answered and "除上述收入以外" in fourth.answer, fourth.answer


def test_which_ones_asked_of_a_count_is_declined(putuo):
    turns = talk(putuo, "绩效自评了几个项目", "分别是哪些项目，各得了多少分")
    assert not turns[-1].answered, turns[-1].answer


def test_an_amount_the_asker_says_is_weighed_not_searched_for(university):
    turns = talk(university, "捐赠收入多少", "44万多不多")
    assert "7448.44" not in turns[-1].answer, turns[-1].answer


def test_a_misheard_university_is_that_university(university, hetang):
    answer = university.ask("西南大雪23年总共收入多少")
    assert answer.answered and "430725.03" in answer.answer, answer.answer
    other = hetang.ask("西南大雪2017年支出多少")  # not loaded there: declined by its name
    assert not other.answered and "西南大学" in other.answer, other.answer


def test_whether_a_figure_is_a_lot_is_answered_with_the_figure_not_a_verdict(hetang):
    weighed = talk(hetang, "机关运行经费多少", "这个数字算不算多")[-1]
    assert weighed.answered and "657.67" in weighed.answer, weighed.answer
    assert not hetang.ask("机关运行经费比起兄弟单位算多吗").answered  # nothing loaded to compare
    assert not hetang.ask("机关运行经费花得合不合理").answered  # a verdict is an opinion


def test_the_budget_asked_of_the_unit_as_a_whole_is_its_fiscal_spending(putuo, university):
    answer = putuo.ask("整体预算完成率是多少")
    assert answer.answered and "98.20%" in answer.answer, answer.answer
    unnamed = putuo.ask("智慧财政项目的预算多少")  # a thing not found: never the whole budget
    assert "2993.92" not in unnamed.answer, unnamed.answer
    assert not university.ask("预算执行率多少").answered  # no budget stated at all


def test_a_place_in_an_order_and_the_place_of_a_thing(hetang, putuo):
    third, last = talk(hetang, "基本支出里排第三的是哪一项", "倒数第一呢")
    assert "排第3的是工资福利支出" in third.answer, third.answer
    assert "倒数第1的是对个人和家庭补助支出" in last.answer, last.answer
    place = putuo.ask("社会保障和就业支出在各功能类里排第几")
    assert "排第3" in place.answer and "计算得出" in place.answer, place.answer
    assert not putuo.ask("财政局的支出在全区各部门里排第几").answered  # units not loaded


def test_a_ranking_never_mixes_two_breakdowns_of_one_whole(university):
    answer = talk(university, "支出一共多少", "排第二的是什么")[-1]
    assert "基本支出" not in answer.answer.split("\n")[0], answer.answer  # classes or parts,
    # never both in one order


def test_figures_written_as_on_cheques_and_a_figure_put_to_be_confirmed(putuo):
    turns = talk(putuo, "基本工资是多少", "是贰佰陆拾贰万吗")
    assert turns[-1].answered and "262.33" in turns[-1].answer, turns[-1].answer
    assert "伍" in putuo.normalizer("队伍建设花了多少")  # one such character is a word's
    devices = putuo.ask("单价壹佰万元以上的设备有几台")
    assert devices.answered and "2台" in devices.answer, devices.answer


def test_the_class_a_row_is_filed_under_by_its_codes(putuo, university, hetang):
    turns = talk(putuo, "购房补贴多少", "它归到哪一类")
    answer = turns[-1]
    assert answer.intent == "figure.belongs", answer.intent
    assert "住房保障支出（221，类）" in answer.answer, answer.answer
    assert "住房改革支出（22102，款）" in answer.answer, answer.answer
    described = university.ask("学校给职工交的住房公积金算哪类支出")  # named whole: its class
    assert "住房保障支出" in described.answer, described.answer
    described = hetang.ask("往年没用完、结转到今年继续用的钱属于哪一类")  # no row named
    assert described.intent == "glossary.reverse" and "年初结转和结余" in described.answer


def test_where_the_figures_come_from_is_the_disclosure_loaded(hetang):
    turns = talk(hetang, "公务接待费多少", "你这些数据来源是哪里")
    assert turns[-1].answered and "2017年度部门决算" in turns[-1].answer, turns[-1].answer


def test_whether_a_term_includes_something_is_its_definition(putuo, both):
    answer = putuo.ask("机关运行经费包不包括给干部发的工资")
    assert answer.intent == "glossary.define" and "日常公用经费" in answer.answer, answer.answer
    times = both.ask("普陀财政局的机关运行经费是荷塘政务中心的几倍")  # in the order named
    assert "普陀区财政局2024年是荷塘区政务服务中心2017年的0.28倍" in times.answer, times.answer


def test_the_items_past_an_amount_and_the_last_few(university, putuo):
    past = university.ask("支出按功能分类哪几类超过一个亿")
    assert past.intent == "figure.ranking" and "有3项" in past.answer, past.answer
    assert "其他支出" not in past.answer.split("\n")[0], past.answer
    rows = putuo.ask("一般公共预算财政拨款支出的项级科目里哪些超过一百万")
    assert "有6项" in rows.answer and "行政运行1511.89万元" in rows.answer, rows.answer
    last_two = talk(university, "支出哪一类最多", "最少的两项呢")[-1]
    assert "最少的2项是其他支出109.50万元、科学技术支出2536.65万元" in last_two.answer
    assert putuo.ask("支出是不是超过3000万了").intent != "figure.ranking"  # a claim, no filter


def test_two_meanings_then_their_figures_in_one_line(putuo):
    turns = talk(putuo, "机关运行经费多少", "它和公用经费是不是一回事，数一样吗")
    answer = turns[-1]
    assert "日常公用经费" in answer.answer and "两者相等" in answer.answer, answer.answer


def test_whether_the_bot_is_right_is_no_fact_of_the_disclosure(university):
    turns = talk(university, "收入总计多少", "你这个数准不准啊")
    assert not turns[-1].answered and turns[-1].intent == "smalltalk.help", turns[-1].answer


def test_the_funds_said_before_a_row_are_which_funds_not_a_thing(university):
    turns = talk(university, "财政拨款的基本养老保险缴费支出多少",
                 "职业年金那一块呢，两个增长率一样吗")
    answer = turns[-1]
    assert answer.answer.count("7.51%") >= 2 and "财政拨款收入" not in answer.answer, answer.answer


def test_the_rows_below_the_last_thing(putuo):
    turns = talk(putuo, "社会保障和就业支出多少", "它下面的科目都是多少")
    answer = turns[-1]
    assert answer.intent == "chart.parts", answer.intent
    assert "行政单位离退休84.65万元" in answer.answer, answer.answer


def test_a_row_named_inside_a_column_just_asked_is_their_crossing(university):
    turns = talk(university, "财政拨款支出里的基本建设资金是多少", "里面高等教育占了多少")
    assert "5536.97" in turns[-1].answer and "76.81" not in turns[-1].answer, turns[-1].answer


def test_a_term_described_then_asked_for_by_what_it_is_called(hetang):
    answer = hetang.ask("单位从同级财政拿到的预算资金，名词解释里管它叫什么")
    assert answer.intent == "glossary.reverse" and "财政拨款收入" in answer.answer, answer.answer


def test_the_other_end_of_the_year_after_a_balance(putuo):
    turns = talk(putuo, "年底还剩多少钱", "那年初有多少")
    assert "年初结转和结余" in turns[-1].answer and "49.14" in turns[-1].answer, turns[-1].answer


def test_a_summary_asked_for_is_the_same_question(hetang):
    turns = talk(hetang, "政府采购支出总额多少", "概括一下它的构成")
    assert turns[-1].answered and "政府采购货物支出3.55万元" in turns[-1].answer, turns[-1].answer


def test_two_questions_each_answered_by_one_sentence_holding_it(hetang):
    answer = hetang.ask("大厅一年受理多少件业务？非常满意率是多少？")
    assert answer.answered and "97573" in answer.answer, answer.answer
    assert "99.99%" in answer.answer, answer.answer
