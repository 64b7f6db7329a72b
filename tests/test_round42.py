"""Kinds of question met in rounds 42 to 45 of our own sets (first messages, conversations, how
figures relate), each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_what_a_term_includes_is_its_meaning(putuo):
    answer = putuo.ask("普陀财政局公务接待费含哪些")
    assert answer.intent == "glossary.define" and "公务接待费：" in answer.answer, answer


def test_a_reform_asked_is_the_narrative_not_a_row_named_in_part(putuo):
    answer = putuo.ask("普陀财政局对行政事业单位国有资产要推进什么改革")
    assert "行政事业单位医疗" not in answer.answer, answer.answer


def test_everyday_names_of_totals_and_rows(putuo, university):
    both = putuo.ask("普陀财政局2024年一共收支多少")
    assert both.answered and "2995.39" in both.answer, both.answer
    retired = putuo.ask("普陀财政局离退休的钱有多少")
    assert retired.answered and "84.65" in retired.answer, retired.answer
    higher = talk(university, "西南大学高教支出是多少", "其中项目支出呢")
    assert "93462.71" in higher[1].answer, higher[1].answer


def test_the_unit_itself_after_a_figure(university):
    turns = talk(university, "西南大学2023年总收入", "这个决算里都有哪些单位")
    assert "附属中学" in turns[1].answer and "430725.03" not in turns[1].answer, turns[1]


def test_the_gap_with_a_year_named_is_the_change(putuo):
    turns = talk(putuo, "普陀财政局收入支出总计", "和2023年相比差多少")
    assert turns[1].answered and "56.95" in turns[1].answer, turns[1]
    assert "3052.34" not in turns[1].answer and "6.20" not in turns[1].answer, turns[1].answer


def test_the_bot_asked_of_its_own_time_is_small_talk(hetang):
    answer = hetang.ask("你放假的时候做什么")
    assert not answer.answered and "职能" not in answer.answer, answer


def test_the_units_budget_with_how_it_was_carried_out(putuo):
    answer = putuo.ask("普陀区财政局年初预算多少，执行完成了几成")
    assert answer.answered and "2993.92" in answer.answer and "98.20%" in answer.answer, answer


def test_how_much_in_ten_thousands_after_a_thing(putuo):
    turns = talk(putuo, "普陀财政局卫生健康支出", "到底多少万")
    assert turns[1].answered and "60.99" in turns[1].answer, turns[1]


def test_up_or_down_asked_and_a_verdict_beside_a_rise(university):
    turns = talk(university, "西南大学社保就业支出多少", "它增了还是减了")
    assert turns[1].answered and "196.69" in turns[1].answer, turns[1]
    verdict = university.ask("西南大学教育支出一年多了五个亿，是不是乱花")
    assert not verdict.answered and verdict.intent == "figure.opinion", verdict


def test_the_funds_said_once_before_both_sides(hetang):
    answer = hetang.ask("荷塘政务中心财政拨款收入合计和支出合计各是多少")
    assert "785.17" in answer.answer and "784.69" in answer.answer, answer.answer


def test_a_rows_total_is_no_sum(university):
    answer = university.ask("西南大学收入决算表小学教育那一行合计多少，其他收入多少")
    assert "计算得出" not in answer.answer, answer.answer  # never 其他收入 of the whole added


def test_the_last_things_share_of_a_whole_named_now(hetang, university):
    turns = talk(hetang, "荷塘政务中心工资福利支出多少", "这个在基本支出里算百分之几")
    assert "10.50%" in turns[1].answer, turns[1].answer
    part = talk(university, "西南大学住房保障支出是多少", "住房公积金占了几成")
    assert "94.61%" in part[1].answer and "计算得出" in part[1].answer, part[1].answer


def test_spent_against_received_in_everyday_words(hetang):
    answer = hetang.ask("荷塘政务中心花出去的钱比收进来的钱多多少")
    assert answer.intent == "figure.difference" and "61.26" in answer.answer, answer


def test_how_many_times_the_thing_pointed_at(putuo, hetang):
    turns = talk(putuo, "普陀财政局公用经费多少", "人员经费是它的几倍")
    assert "11.66倍" in turns[1].answer, turns[1].answer
    many = hetang.ask("荷塘政务中心财政拨款收入抵得上几个其他收入")
    assert many.intent == "figure.times" and "99.64" in many.answer, many
    ratio = hetang.ask("荷塘政务中心一般公共服务支出和科学技术支出大约几比一")
    assert ratio.intent == "figure.times" and "3.25" in ratio.answer, ratio


def test_two_changes_set_against_each_other(university):
    answer = university.ask("西南大学事业收入增加的比财政拨款收入增加的少多少")
    assert answer.answered and "13483.46" in answer.answer, answer.answer


def test_a_part_not_paid_by_the_treasury(hetang, university):
    rest = hetang.ask("荷塘政务中心收入里面不是财政拨款的有多少")
    assert "7.88" in rest.answer and "计算得出" in rest.answer, rest.answer
    spent = hetang.ask("荷塘政务中心总支出里非财政拨款的有多少")
    assert "69.62" in spent.answer, spent.answer
    project = talk(university, "西南大学项目支出多少", "其中不是靠财政拨款的部分多少")
    assert "38084.87" not in project[1].answer, project[1].answer  # the 财政拨款 part itself


def test_a_part_taken_out(university, hetang):
    gift = university.ask("西南大学其他收入把捐赠收入去掉以后还剩多少")
    assert "51280.21" in gift.answer, gift.answer
    turns = talk(hetang, "荷塘政务中心收入总计多少", "扣掉财政拨款还剩多少")
    assert "7.88" in turns[1].answer, turns[1].answer


def test_a_share_of_another_said_with_是(university):
    answer = university.ask("西南大学事业收入大概是财政拨款收入的百分之几")
    assert "56.12%" in answer.answer, answer.answer


def test_a_share_of_the_year_before(university):
    answer = university.ask("西南大学2022年的时候财政拨款收入占收入总计多少")
    assert "50.31%" in answer.answer and "计算得出" in answer.answer, answer.answer


def test_a_sum_of_a_list_with_things_not_found_is_declined(university):
    answer = university.ask("西南大学教育支出、科技支出、体育支出这几类加在一起多少")
    assert "计算得出" not in answer.answer, answer.answer
