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


@pytest.mark.parametrize("question", [
    "本来以为今年会省着花，荷塘政务服务中心2017年支出为啥反而多了",
    "说好的过紧日子呢？西南大学2023年支出咋还涨了"])
def test_an_expectation_said_first_leaves_the_question(hetang, university, question):
    engine = university if "西南" in question else hetang
    answer = engine.ask(question)
    assert answer.answered and ("537.80" in answer.answer or "54492.83" in answer.answer), \
        answer.answer


def test_an_expectation_naming_the_thing_keeps_it(hetang):
    answer = hetang.ask("不是说公务接待费压缩了吗，比上年少了多少")
    assert answer.answered and "3.23" in answer.answer, answer.answer


def test_a_bare_total_asked_why_gives_its_parts_reasons_with_its_own_change(university):
    answer = university.ask("西南大学2023年收入咋少了")
    assert answer.answered and "23616.80" in answer.answer and "债务收入" in answer.answer, \
        answer.answer


def test_za_before_a_comparison_asks_why(hetang):
    *_, answer = talk(hetang, "荷塘政务服务中心财政拨款收入是多少", "咋比上年多出那么多")
    assert answer.answered and "原因" in answer.answer and "智慧荷塘" in answer.answer, \
        answer.answer


@pytest.mark.parametrize("question", ["普陀财政局的收入这几块各是多少",
                                      "普陀财政局收入那几块都是啥"])
def test_the_pieces_of_income_are_its_parts_not_a_term(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "2940.05" in answer.answer and "6.2" in answer.answer, \
        answer.answer


def test_the_big_part_asked_is_the_largest(putuo):
    answer = putuo.ask("普陀财政局政府采购二百五十多万，哪块是大头")
    assert answer.answered and "服务采购金额" in answer.answer.split("\n")[0] and \
        "246.47" in answer.answer, answer.answer


def test_a_part_taking_the_big_share_is_its_share(putuo):
    answer = putuo.ask("普陀财政局支出里基本支出是不是占了大头")
    assert answer.answered and "79.49%" in answer.answer, answer.answer


def test_returning_to_a_thing_named_loosely_asks_it_again(university):
    *_, answer = talk(university, "西南大学社会保障和就业支出多少", "先插一句，住房公积金多少",
                      "行，回到社保那块，跟上年比变了多少")
    assert answer.answered and "196.69" in answer.answer, answer.answer


def test_the_two_sides_just_asked_are_set_against_each_other(university):
    *_, answer = talk(university, "西南大学年末结转和结余是多少", "那年初呢", "年末比年初多出多少")
    assert answer.answered and "13188.37" in answer.answer, answer.answer


def test_a_named_tables_last_row_is_its_grand_total(university):
    answer = university.ask("西南大学收支决算总表里最底下的合计是多少")
    assert answer.answered and "569496.54" in answer.answer and "430725.03" not in answer.answer, \
        answer.answer


def test_the_lottery_fund_said_short_is_its_spending(university):
    answer = university.ask("西南大学用了多少彩票公益金")
    assert answer.answered and "109.50" in answer.answer, answer.answer


def test_the_gap_said_of_income_and_spending_beside_another_thing(putuo):
    answer = putuo.ask("普陀财政局收入和支出相差多少，这个差额就是结余吗")
    assert answer.answered and "6.20" in answer.answer, answer.answer
    assert "2940.05万元（计算" not in answer.answer, answer.answer


def test_the_two_kinds_of_spending_said_by_their_first_words(putuo):
    *_, answer = talk(putuo, "普陀财政局2024年支出合计多少", "基本跟项目分别占多少")
    assert answer.answered and "79.49%" in answer.answer and "20.51%" in answer.answer, \
        answer.answer


def test_a_part_worked_out_of_the_funds_is_never_a_part_of_the_units_total(hetang):
    answer = hetang.ask("荷塘政务服务中心854万的总支出里头项目支出有多少")
    assert not answer.answered and "0.00" not in answer.answer, answer.answer
    asked = hetang.ask("荷塘政务服务中心项目支出多少")
    assert asked.answered and "0.00万元" in asked.answer and "计算得出" in asked.answer


def test_small_businesses_asked_where_the_disclosure_never_mentions_them(hetang):
    answer = hetang.ask("荷塘政务服务中心政府采购有多少给了中小企业")
    assert not answer.answered and "4.09" not in answer.answer, answer.answer


def test_the_funds_of_a_row_are_no_thing_of_the_next_turn(university):
    *_, answer = talk(university, "西南大学职业年金缴费支出里财政拨款是多少", "比上年涨了百分之几")
    assert answer.answered and "7.51%" in answer.answer and "243015.38" not in answer.answer, \
        answer.answer


def test_the_two_units_added_after_one_figure_each(both):
    *_, answer = talk(both, "荷塘区政务服务中心2017年政府采购多少", "普陀区财政局2024年的呢",
                      "这两家合起来是多少")
    assert answer.answered and "255.34" in answer.answer, answer.answer


def test_a_column_asked_for_its_rows_lists_them(putuo):
    answer = putuo.ask("普陀财政局项目支出是由哪几项组成的")
    assert answer.answered and "449.52" in answer.answer and "135.25" in answer.answer, \
        answer.answer


def test_a_column_asked_for_something_else_is_not_listed_by_rows(putuo):
    answer = putuo.ask("普陀财政局项目支出按经济分类，买电脑花了多少")
    assert "449.52" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, words", [
    ("普陀财政局会计管理这块管些啥", "会计准则"),
    ("荷塘政务服务中心并联审批是它牵头吗", "并联审批")])
def test_a_duty_asked_by_its_field(putuo, hetang, question, words):
    engine = putuo if "普陀" in question else hetang
    answer = engine.ask(question)
    assert answer.answered and words in answer.answer, answer.answer


@pytest.mark.parametrize("question, figure", [("普陀财务局2024年收入合计多少", "2946.25"),
                                              ("荷塘区行政服务中心公务接待费多少", "1.33")])
def test_a_bureau_misnamed_is_the_loaded_one(putuo, both, question, figure):
    engine = putuo if "普陀" in question else both
    answer = engine.ask(question)
    assert answer.answered and figure in answer.answer, answer.answer


def test_a_different_office_of_the_same_place_is_still_declined(putuo):
    answer = putuo.ask("普陀区税务局收入合计多少")
    assert not answer.answered, answer.answer


def test_a_reason_on_a_false_premise_states_the_figure_beside_it(putuo):
    answer = putuo.ask("普陀财政局三公经费怎么比上年翻倍了")
    assert "持平" in answer.answer and "0.00" in answer.answer, answer.answer


def test_a_budget_overstated_is_the_gap(putuo):
    *_, answer = talk(putuo, "普陀财政局行政单位医疗花了多少", "预算是多少",
                      "做预算的时候多报了多少")
    assert answer.answered and "1.30" in answer.answer, answer.answer


def test_a_row_said_to_the_yuan(putuo):
    answer = putuo.ask("普陀财政局办公费具体到元是多少")
    assert answer.answered and "212100" in answer.answer, answer.answer


def test_a_follow_up_naming_an_unknown_part_is_not_the_last_things_figure(university):
    *_, answer = talk(university, "西南大学小学教育财政拨款支出多少", "那高中呢")
    assert "7970.38" not in answer.answer, answer.answer


def test_the_year_before_of_a_row_asked_in_the_funds_is_never_the_funds_income(university):
    *_, answer = talk(university, "西南大学来华留学教育财政拨款支出多少", "去年呢")
    assert "243015.38" not in answer.answer and "228557.31" not in answer.answer, answer.answer


@pytest.mark.parametrize("follow_up", ["超过一亿了吗", "是几千万还是上亿", "不到五千万吧",
                                       "过亿没有"])
def test_a_bound_or_ballpark_asks_the_last_things_amount(university, follow_up):
    *_, answer = talk(university, "西南大学高中教育总共支出多少", follow_up)
    assert answer.answered and "24239.28" in answer.answer and "457676.75" not in answer.answer, \
        answer.answer


def test_a_total_said_as_the_verb_is_no_thing_of_the_next_turn(university):
    *_, answer = talk(university, "西南大学小学教育一共支出多少", "比上年涨了百分之几")
    assert answer.answered and "0.39%" in answer.answer and "13.52%" not in answer.answer, \
        answer.answer


def test_the_two_units_totals_compared_after_one_each(both):
    *_, answer = talk(both, "荷塘政务服务中心2017年支出总计多少", "那普陀财政局呢", "两个差多少")
    assert answer.answered and "854.31" in answer.answer and "2085.74" in answer.answer, \
        answer.answer


def test_a_duty_named_by_one_word_it_alone_holds(hetang):
    answer = hetang.ask("荷塘政务服务中心门户网站也归它管吗")
    assert answer.answered and "门户网站建设" in answer.answer, answer.answer
    other = hetang.ask("荷塘政务服务中心管不管教育")
    assert not other.answered, other.answer


def test_an_item_said_with_this_subject_asks_the_item(university):
    answer = university.ask("西南大学机构运行这个科目花了多少")
    assert answer.answered and "828.72" in answer.answer, answer.answer


def test_where_a_column_is_printed(university):
    answer = university.ask("基本建设资金支出是在西南大学哪张表里列的")
    assert answer.answered and "财政拨款支出决算表" in answer.answer, answer.answer
    assert "6894.90" in answer.answer, answer.answer


def test_the_classes_of_spending_asked_as_big_classes(putuo):
    answer = putuo.ask("普陀财政局支出的几个大类各是多少")
    assert answer.answered and "2106.66" in answer.answer and "445.69" in answer.answer, \
        answer.answer


def test_a_rest_worked_out_states_the_parts_share(hetang):
    *_, answer = talk(hetang, "荷塘政务服务中心基本支出是784.69万吧", "那有没有项目支出")
    assert answer.answered and "0.00" in answer.answer and "100%" in answer.answer, answer.answer


def test_saved_after_a_budget_is_the_budget_gap(hetang):
    *_, answer = talk(hetang, "荷塘政务服务中心三公经费年初预算是多少", "最后省下了百分之多少")
    assert answer.answered and "90.69%" in answer.answer, answer.answer


def test_english_names_of_both_units_and_the_gap_asked(both):
    answer = both.ask("Which one spent more, the Hetang service center or the Putuo finance "
                      "bureau, and by how much?")
    assert answer.answered and "2085.74" in answer.answer, answer.answer


def test_a_column_spread_over_its_rows_is_read_from_the_first_table_printing_it(putuo):
    """Two tables print 项目支出 by the same rows: the first printed is read (it had been
    whichever a set of names gave first, different from process to process)."""
    answer = putuo.ask("普陀财政局项目支出由哪几项构成")
    assert answer.answer.startswith("上海市普陀区财政局2024年度支出决算表中"), answer.answer


def test_doubting_that_anything_is_left_asks_what_is_left(university):
    answer = university.ask("西南大学用了那么多结余，年末应该没剩多少了吧")
    assert answer.answered and "106848.91" in answer.answer, answer.answer


def test_who_a_unit_answers_to_is_no_comparison(university):
    answer = university.ask("西南大学是哪个部门直属的")
    assert answer.intent != "figure.compare", answer.intent


def test_the_changes_of_two_things_added_are_the_changes_not_the_amounts(university):
    answer = university.ask("西南大学教育支出和科学技术支出比上年增加的合起来是多少")
    assert answer.answered and "53464.82" in answer.answer and "427823.92" not in answer.answer, \
        answer.answer
    *_, follow = talk(university, "西南大学教育支出比上年多了多少", "科技支出呢", "这两个加在一起")
    assert follow.answered and "53464.82" in follow.answer, follow.answer


def test_a_change_not_stated_in_money_is_never_replaced_by_the_amount(hetang):
    answer = hetang.ask("荷塘政务服务中心其他收入和公务接待费比上年增加的加起来多少")
    assert "8.21" not in answer.answer and "9.21" not in answer.answer, answer.answer


def test_a_row_converted_after_its_funds_were_named(university):
    *_, answer = talk(university, "西南大学住房公积金财政拨款支出多少", "换算成元")
    assert answer.answered and "74484400" in answer.answer, answer.answer


def test_three_questions_in_one_line_each_answered(hetang):
    answer = hetang.ask("荷塘政务中心收入多少，支出多少，还剩多少")
    assert answer.answered, answer.answer
    assert all(f in answer.answer for f in ("793.05", "854.31", "0.48")), answer.answer


def test_two_things_each_asked_one_not_listed(hetang, university):
    answer = hetang.ask("荷塘政务中心接待费和会议费各花了多少")
    assert answer.answered and "1.33" in answer.answer and "会议费" in answer.answer, \
        answer.answer
    inside = university.ask("西南大学基本支出里人员经费和公用经费分别多少")
    assert not inside.answered, inside.answer


@pytest.mark.parametrize("question, figure", [("荷塘政务中心接待废多少", "1.33"),
                                              ("荷塘政务中心总支处是多少", "854.31"),
                                              ("荷塘政务中心收如多少", "793.05")])
def test_characters_typed_by_their_sound(hetang, question, figure):
    answer = hetang.ask(question)
    assert answer.answered and figure in answer.answer, answer.answer
