"""Kinds of question met in the tune halves of rounds 68 to 74 of our own sets, each pinned with
this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_the_last_turns_counted_and_added_up(putuo):
    turns = talk(putuo, "普陀财政局工会经费是多少", "那福利费呢", "其他交通费用呢",
                 "这三样加在一起多少")
    assert "115.68" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer


def test_a_thing_added_to_the_last_turns_all_counted(putuo):
    turns = talk(putuo, "工会经费多少", "福利费呢", "再加上其他交通费用，三个一共多少")
    assert "115.68" in turns[-1].answer, turns[-1].answer
    short = talk(putuo, "工会经费多少", "再加上福利费，三项一共多少")
    assert "115.68" not in short[-1].answer, short[-1].answer  # two turns are no three


def test_two_totals_named_whole_are_no_joint_name_read_across_them(putuo):
    gap = putuo.ask("普陀区财政局收入合计和支出合计差多少")
    assert "6.20" in gap.answer and "55.34" not in gap.answer, gap.answer
    asked = putuo.ask("普陀财政局收入合计多少，支出合计多少，两者差多少")
    assert "6.20" in asked.answer and "计算得出" in asked.answer, asked.answer


def test_two_figures_asked_then_their_difference_in_one_line(putuo):
    line = putuo.ask("普陀财政局收进来多少钱，花出去多少，差多少")
    assert "2946.25" in line.answer and "2940.05" in line.answer, line.answer
    assert "6.20" in line.answer, line.answer


def test_a_topic_said_alone_after_the_duties_asks_the_duty_that_covers_it(putuo):
    turns = talk(putuo, "普陀财政局是管什么的", "那政府采购这块呢")
    assert "政府采购实施意见" in turns[1].answer and "251.25" not in turns[1].answer, turns[1]
    money = talk(putuo, "普陀财政局是管什么的", "公务接待费呢")  # no duty covers it: its figure
    assert money[1].answered and "0.00万元" in money[1].answer, money[1].answer


def test_a_term_said_whole_in_a_follow_up_is_never_answered_with_another_things_figure(hetang):
    turns = talk(hetang, "政务中心17年年末财政拨款结转和结余是多少", "年初结转和结余呢")
    assert "0.48" in turns[0].answer, turns[0].answer
    assert not turns[1].answered and "785.17" not in turns[1].answer, turns[1]


def test_a_rows_two_sides_asked_in_turn_then_their_gap(university):
    turns = talk(university, "西南大学高中教育的收入有多少", "那支出呢", "收支相差多少")
    assert "565.29" in turns[-1].answer and "26951.72" not in turns[-1].answer, turns[-1]
    bare = talk(university, "西南大学其他教育支出多少", "收入是多少", "差多少")
    assert "226.95" in bare[-1].answer, bare[-1].answer


def test_a_rows_spending_said_apart_from_its_name_set_against_its_income(university):
    gap = university.ask("西南大学科学技术的支出比收入多了多少")
    assert "1357.93" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_a_rows_income_asked_is_its_income_tables_total_never_its_spending(university):
    income = university.ask("西南大学科学技术那一块收入有多少")
    assert "1178.72" in income.answer and "2536.65" not in income.answer, income.answer
    level = university.ask("西南大学高中教育收入多少")
    assert level.answer.split("\n")[0].count("24804.57") == 1, level.answer
    fee = university.ask("西南大学高中教育那块教育收费收了多少")  # a column said: that column's
    assert "24804.57" not in fee.answer.split("\n")[0], fee.answer


def test_the_largest_part_then_its_amount_is_no_gap(hetang):
    turns = talk(hetang, "政务中心17年基本支出分成哪几块", "哪块最大，多少钱")
    assert "476.25" in turns[1].answer and "784.69万元；" not in turns[1].answer, turns[1]


def test_which_part_takes_the_biggest_share_is_the_parts_never_the_wholes_share(hetang):
    share = hetang.ask("政务中心基本支出里哪一块占大头")
    assert "476.25" in share.answer and "55.75%" in share.answer, share.answer


def test_counts_a_sentence_states_added_up_when_the_question_names_them(university):
    ranks = university.ask("西南大学专任教师当中正高职称和副高职称一共多少人")
    assert "2152人" in ranks.answer and "计算得出" in ranks.answer, ranks.answer
    academicians = university.ask("西南大学现在一共有几位院士")
    assert "10人" in academicians.answer, academicians.answer
    held = university.ask("西南大学博士生导师和硕士生导师加起来多少人")  # 硕导 holds 博导
    assert "2626" not in held.answer, held.answer


def test_each_count_named_is_the_one_nearest_its_words_and_all_are_added(university):
    turns = talk(university, "西南大学院士有几位", "科学院的和工程院的加海外的院士总共几个")
    assert "合计10人" in turns[1].answer, turns[1].answer  # never 资深教授1人 for 科学院的


def test_a_row_printed_differently_by_one_table_is_computed_with_the_figure_most_print(putuo):
    gap = putuo.ask("普陀财政局社会保障和就业支出比卫生健康支出多多少")
    assert "265.73" in gap.answer and "326.72" in gap.answer, gap.answer


def test_the_year_before_asked_in_a_clause_of_its_own_beside_the_change(hetang, putuo):
    back = hetang.ask("政务中心17年的支出总计比上年涨了一大截，那16年的支出总计是多少")
    assert "316.51" in back.answer and "计算得出" in back.answer, back.answer
    both = hetang.ask("政务中心17年收入总计比16年多了多少，16年有多少，翻番了吗")
    assert "409.89" in both.answer and "383.16" in both.answer, both.answer
    turns = talk(putuo, "普陀财政局的收入支出总计是多少", "往前推一年呢，总计大概多少")
    assert "3052.34" in turns[1].answer, turns[1].answer


def test_a_count_the_asker_states_is_never_added_to_another(hetang):
    stated = hetang.ask("依申请公开一共受理了37条，其中公开的有几条，占几成")
    assert "44条" not in stated.answer, stated.answer


def test_几个百分点_counts_no_things_the_two_last_asked_shares_set_against_each_other(hetang):
    turns = talk(hetang, "政务中心科学技术支出占总支出的比例", "一般公共服务支出的呢",
                 "两者相差几个百分点")
    assert "52.98个百分点" in turns[-1].answer, turns[-1].answer


def test_where_a_whole_was_mainly_spent_is_its_largest_part(putuo):
    mainly = putuo.ask("普陀财政局的项目支出主要花在哪一项上了")
    assert "财政委托业务支出" in mainly.answer and "449.52" in mainly.answer, mainly.answer


def test_a_part_named_before_占_keeps_its_name_when_the_whole_is_said_loosely(putuo):
    share = putuo.ask("普陀财政局住房保障支出占一般公共预算拨款支出的几个百分点")
    assert "15.16%" in share.answer and "100.00%" not in share.answer.split("\n")[0], share


def test_a_share_of_the_non_fiscal_is_never_worked_out_of_the_fiscal_total(university):
    turns = talk(university, "西南大学用了多少非财政拨款结余",
                 "用掉的非财政拨款结余占本年支出几成")
    assert "51.81%" not in turns[1].answer, turns[1].answer


def test_things_counted_across_turns_of_one_or_two_things_each(putuo):
    turns = talk(putuo, "普陀财政局的工会经费多少", "福利费和其他交通费用分别多少",
                 "这三项一共多少")
    assert "115.68" in turns[-1].answer, turns[-1].answer


def test_two_things_rates_set_side_by_side_when_asked_whose_fall_is_larger(putuo):
    rates = putuo.ask("普陀区财政局收入支出总计的降幅跟一般公共预算财政拨款支出的降幅相比谁更大")
    assert "1.87%" in rates.answer and "2.10%" in rates.answer, rates.answer
    assert "下降最多的是一般公共预算财政拨款支出" in rates.answer, rates.answer


def test_a_figure_said_beside_a_verdict_asked_is_context_not_a_question(hetang):
    verdict = hetang.ask("接待费才1.33万，你认为他们是不是在做样子")
    assert not verdict.answered and verdict.intent == "figure.opinion", verdict
    asked = hetang.ask("三公经费1.33万元，比上年少了多少")  # a figure said, a figure asked
    assert asked.answered and "3.23" in asked.answer, asked.answer


def test_an_office_inside_the_unit_on_its_own_is_declined_never_the_units_figure(putuo):
    office = putuo.ask("普陀区财政局里面哪个处室的支出最多")
    assert not office.answered and "2106.66" not in office.answer, office
    alone = putuo.ask("国库收付中心自己的公务接待费单独多少")
    assert not alone.answered and "内设科室" in alone.answer, alone


def test_other_units_of_the_loaded_ones_kind_are_never_the_loaded_one(putuo):
    others = putuo.ask("别的区财政局三公经费一般多少")
    assert not others.answered and "0.95" not in others.answer, others
    back = talk(putuo, "普陀区财政局三公经费预算多少", "先问个别的，普陀区财政局有几辆车")
    assert back[1].answered, back[1]


def test_the_last_thing_pointed_at_then_another_added_is_no_pair_of_the_turns(hetang):
    turns = talk(hetang, "政务中心基本支出是多少", "那里面工资福利支出呢",
                 "它跟对个人和家庭补助支出加在一起多少")
    assert "127.02" in turns[-1].answer, turns[-1].answer


def test_what_a_subtraction_said_leaves_is_the_difference_never_a_carry_over(hetang):
    left = hetang.ask("政务中心支出总计减去财政拨款支出还剩多少")
    assert "69.62" in left.answer and "853.83" not in left.answer, left.answer


def test_the_other_side_said_with_the_gap_in_one_line(university):
    turns = talk(university, "西南大学小学教育的收入是多少", "支出呢？收支差了多少")
    assert "191.62" in turns[1].answer and "26951.72" not in turns[1].answer, turns[1]


def test_another_things_change_set_against_the_last_things_change(hetang):
    turns = talk(hetang, "政务中心的支出总计比上年增加了多少",
                 "收入总计比上年增加的是多了还是少了，相差多少")
    assert "127.91" in turns[1].answer and "409.89" in turns[1].answer, turns[1].answer


def test_a_narrative_count_grown_from_one_to_another_asked_its_rate(hetang):
    turns = talk(hetang, "一门式系统里自然人审批服务事项现在有多少项", "跟去年比增长了百分之几")
    assert "66.67%" in turns[1].answer and "计算得出" in turns[1].answer, turns[1].answer


def test_two_scores_the_narrative_states_set_against_each_other_in_their_unit(hetang):
    gap = hetang.ask("市长热线考核第二季度和第三季度差了几分")
    assert "0.86分" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_an_amount_per_item_of_a_sentence_stating_the_count_and_the_amount(putuo):
    each = putuo.ask("普陀财政局做绩效跟踪评价的项目平均每个项目涉及多少预算金额")
    assert "149.61万元" in each.answer and "计算得出" in each.answer, each.answer


def test_a_term_said_as_what_it_is_not_is_never_the_term_given(hetang):
    other = hetang.ask("单位取得的除了财政拨款、事业收入、经营收入之外的收入，术语叫什么")
    assert "“经营收入”" not in other.answer and "“财政拨款收入”" not in other.answer, other.answer


def test_the_budget_then_the_actual_then_their_gap_of_the_thing_answered(putuo):
    turns = talk(putuo, "普陀财政局一般公共预算财政拨款年初预算多少钱", "决算多少",
                 "两者之间差额多少")
    assert "2940.05" in turns[1].answer, turns[1].answer
    assert "53.87" in turns[2].answer and "计算得出" in turns[2].answer, turns[2].answer


def test_each_departments_own_total_when_the_two_turns_named_them_differently(both):
    turns = talk(both, "普陀区财政局2024年本年支出合计是多少", "荷塘政务服务中心2017年支出总计呢",
                 "两个单位加在一起一共多少")
    assert "3794.36" in turns[-1].answer, turns[-1].answer


def test_the_last_things_kind_pointed_at_then_set_against_anothers(putuo):
    turns = talk(putuo, "普陀财政局收入支出总计比上年降了多少",
                 "它的降幅跟一般公共预算财政拨款支出的降幅比谁大")
    assert "1.87%" in turns[1].answer and "2.10%" in turns[1].answer, turns[1].answer


def test_a_duty_asked_of_a_topic_said_never_of_the_last_thing(putuo):
    turns = talk(putuo, "普陀财政局管不管政府采购", "那会计管理工作也是它负责吗")
    said = turns[1].answer
    assert "会计管理工作" in said and "政府采购实施意见" not in said, said
