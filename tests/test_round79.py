"""Kinds of question met in the tune halves of rounds 55 to 79 of our own sets, each pinned with
this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_times_said_as_one_is_the_other_after_a_pointer_keeps_the_order_said(hetang):
    turns = talk(hetang, "荷塘区政务服务中心政府采购支出总额是多少", "货物呢",
                 "那服务类呢？货物是服务的多少倍")
    assert "6.57倍" in turns[-1].answer and "0.15倍" not in turns[-1].answer, turns[-1].answer


def test_which_of_two_rose_more_said_with_a_two_character_verb_gives_their_gap(hetang):
    gap = hetang.ask("荷塘区政务服务中心收入总计和支出总计跟上年比，哪个增长得多")
    assert "127.91" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_one_thing_against_the_sum_of_two_others_is_the_one_less_their_sum(hetang):
    gap = hetang.ask("荷塘区政务服务中心商品和服务支出比工资福利支出与对个人和家庭补助支出"
                     "两项合计多出多少")
    assert "54.39" in gap.answer and "308.43" not in gap.answer, gap.answer
    turns = talk(hetang, "荷塘区政务服务中心工资福利支出是多少", "对个人和家庭补助支出呢",
                 "商品和服务支出比这两项加在一起多多少")
    assert "54.39" in turns[-1].answer, turns[-1].answer


def test_two_things_added_with_a_verb_of_change_adds_their_changes(university):
    turns = talk(university, "西南大学财政拨款收入比上年增加多少", "事业收入呢",
                 "财政拨款和事业收入加起来一共增加了多少")
    assert "15432.68" in turns[-1].answer, turns[-1].answer


def test_a_ranking_of_parts_named_after_a_short_whole_ranks_the_wholes_parts(hetang):
    turns = talk(hetang, "荷塘区政务服务中心三公经费是多少",
                 "三公里面出国、接待、用车，哪个花得最多")
    assert "最多的是公务接待费" in turns[-1].answer, turns[-1].answer


def test_the_least_named_by_its_kind_then_its_gap_to_the_most(putuo):
    turns = talk(putuo, "普陀区财政局一般公共预算财政拨款支出有哪几类",
                 "最少的那一项是啥？和最多的那项差多少")
    assert "2045.67" in turns[-1].answer, turns[-1].answer


def test_parts_added_within_their_whole_said_first_add_the_parts_alone(hetang):
    summed = hetang.ask("荷塘区政务服务中心基本支出当中，工资福利和对个人和家庭的补助合计多少")
    assert "127.02" in summed.answer, summed.answer


def test_a_share_of_a_name_holding_a_money_word_is_answered_as_a_share(putuo):
    share = putuo.ask("普陀区财政局政府采购金额占本年支出的多少")
    assert "8.55%" in share.answer, share.answer
    short = talk(putuo, "普陀区财政局政采金额是多少", "占本年支出有没有一成")
    assert "8.55%" in short[-1].answer, short[-1].answer


def test_a_thing_not_to_be_counted_is_never_the_answer(putuo):
    asked = putuo.ask("普陀区财政局2024年本年收入一共多少，年初结转和结余不要算进去")
    assert "49.14" not in asked.answer, asked.answer


def test_two_rates_the_narrative_states_are_set_apart_in_points(hetang):
    gap = hetang.ask("荷塘区政务服务中心办结率跟按期办结率差多少个百分点")
    assert "21.34个百分点" in gap.answer and "计算得出" in gap.answer, gap.answer
    turns = talk(hetang, "荷塘区市长热线的办结率是多少", "按期办结率是多少", "这俩率相差多少")
    assert "21.34" in turns[-1].answer, turns[-1].answer


def test_the_item_furthest_below_its_budget_is_ranked_from_each_items_budget(putuo):
    most = putuo.ask("普陀区财政局哪一个科目支出决算比年初预算少得最多")
    assert "行政运行" in most.answer and "48.16" in most.answer, most.answer
    assert "53.87" not in most.answer, most.answer  # the whole is no item of its own
    over = putuo.ask("普陀区财政局哪一类支出决算比年初预算超支得最多")
    assert not over.answered and "没有超出" in over.answer, over.answer


def test_where_a_thing_pointed_at_went_is_never_the_units_whole_spending(university):
    turns = talk(university, "西南大学政府性基金预算财政拨款是多少", "这笔钱都用到哪里去了")
    assert "359781.59" not in turns[-1].answer, turns[-1].answer
    alone = university.ask("西南大学的钱都花到哪里去了")
    assert "359781.59" in alone.answer, alone.answer


def test_two_departments_budgets_added_add_the_budgets_not_the_final_figures(both):
    summed = both.ask("荷塘区政务服务中心2017年和普陀区财政局2024年的三公经费预算加在一起是多少")
    assert "合计15.25万元" in summed.answer, summed.answer
    spent = both.ask("荷塘区政务服务中心和普陀区财政局的三公经费加起来是多少")
    assert "合计1.33万元" in spent.answer, spent.answer


def test_an_item_of_one_side_less_the_whole_of_the_other_is_declined(university):
    turns = talk(university, "西南大学科学技术支出是多少", "财政拨款收入里面科学技术有多少",
                 "这两个相差多少")
    assert "240478.73" not in turns[-1].answer, turns[-1].answer
    totals = university.ask("西南大学收入总计比支出总计少多少")
    assert "26951.72" in totals.answer, totals.answer


def test_a_count_after_a_figure_is_never_a_count_of_something_else(hetang):
    turns = talk(hetang, "荷塘区政务服务中心公务接待费是多少", "那一共接待过几批次")
    assert not turns[-1].answered and "百余批次" not in turns[-1].answer, turns[-1].answer
    same = talk(hetang, "荷塘区政府门户网站发布了多少条信息", "检测出来的问题改了多少条")
    assert same[-1].answered and "240" in same[-1].answer, same[-1].answer


def test_the_items_spent_exactly_as_budgeted_are_listed(putuo):
    met = putuo.ask("普陀区财政局哪些科目的支出决算跟年初预算完全一致")
    assert all(n in met.answer for n in ("一般行政管理事务", "其他行政事业单位养老支出",
                                         "购房补贴")), met.answer
    assert "行政运行" not in met.answer, met.answer


def test_a_change_said_to_be_a_half_is_checked_by_its_rate(university):
    half = university.ask("西南大学其他收入跟上年比是不是缩水了一半")
    assert "43.21%" in half.answer and "计算得出" in half.answer, half.answer


def test_the_second_less_the_first_names_the_two_asked_in_turn(hetang):
    turns = talk(hetang, "荷塘区政务服务中心机关运行经费是多少", "财政拨款支出多少",
                 "用第二个减去第一个等于多少")
    assert "127.02" in turns[-1].answer, turns[-1].answer
    scoped = talk(hetang, "荷塘区政务服务中心机关运行经费是多少", "其中财政拨款支出呢")
    assert "784.69" not in scoped[-1].answer, scoped[-1].answer


def test_parts_a_definition_lists_with_no_figures_are_declined_each(university):
    turns = talk(university, "西南大学的基本支出包含哪两部分", "这两部分分别多少钱")
    assert not turns[-1].answered and "人员支出" in turns[-1].answer, turns[-1].answer


def test_one_sentence_said_as_padding_keeps_the_kind_of_the_last_question(university):
    turns = talk(university, "项目支出指的是什么", "基本支出呢，一句话讲")
    assert "正常运转" in turns[-1].answer, turns[-1].answer


def test_a_ranking_of_the_items_listed_by_code_ranks_those_items(university):
    top = university.ask("西南大学财政拨款支出的明细科目中哪一项最少")
    assert "购房补贴" in top.answer and "180.59" in top.answer, top.answer


def test_a_row_of_the_tables_said_as_a_row_is_its_figures_never_a_question_back(university):
    turns = talk(university, "西南大学收入决算表", "高等教育这一行", "它的教育收费呢")
    assert turns[1].answered and "186663.39" in turns[1].answer, turns[1].answer
    assert "72670.34" in turns[-1].answer, turns[-1].answer


def test_two_budget_gaps_added_are_set_against_their_wholes_gap(hetang):
    turns = talk(hetang, "荷塘区政务服务中心公务接待费比年初预算少了多少", "公务用车运行维护费呢",
                 "这两项少花的加起来，跟三公经费一共少花的对得上吗")
    assert "合计比预算少12.97万元" in turns[-1].answer, turns[-1].answer
    assert "25.94" not in turns[-1].answer, turns[-1].answer


def test_changes_of_parts_added_never_add_the_wholes_change(university):
    summed = university.ask("西南大学收入总计降了，但财政拨款收入和事业收入都在涨，"
                            "这两项加起来一共涨了多少")
    assert "合计比上年增加15432.68万元" in summed.answer, summed.answer


def test_two_things_added_set_against_a_third_said_after_them(university):
    reach = university.ask("西南大学科学技术支出和社会保障和就业支出加在一起，"
                           "超过住房保障支出了吗")
    assert "16001.71" in reach.answer and "276.56" in reach.answer, reach.answer
    assert "32279.98" not in reach.answer, reach.answer


def test_degree_points_said_short_are_the_stated_counts(university):
    both = university.ask("西南大学有几个一级学科博士点，几个一级学科硕士点，一共多少")
    assert "29" in both.answer and "50" in both.answer and "79" in both.answer, both.answer


def test_the_fastest_riser_is_ranked_by_the_stated_rates(university):
    top = university.ask("西南大学财政拨款支出的各项里面，跟上年比谁涨得最猛")
    assert "实验室及相关设施" in top.answer and "134.61%" in top.answer, top.answer


def test_the_reason_for_the_gap_after_a_budget_is_that_items_reason(putuo):
    turns = talk(putuo, "普陀区财政局行政单位离退休花了多少", "年初预算多少",
                 "这个差额是什么原因")
    assert "充分保障" in turns[-1].answer, turns[-1].answer


def test_last_years_figure_then_why_it_moved_in_one_line_gives_both(putuo):
    turns = talk(putuo, "普陀区财政局收入支出总计是多少", "那上一年的呢，再说说为什么变了")
    assert "3052.34" in turns[-1].answer and "原因" in turns[-1].answer, turns[-1].answer


def test_last_years_and_this_years_figure_added(university):
    turns = talk(university, "西南大学社会保障和就业支出多少", "那上年和今年加起来一共多少")
    assert "27126.81" in turns[-1].answer and "13661.75" in turns[-1].answer, turns[-1].answer


def test_last_years_gap_of_two_things_is_worked_back_from_both_changes(university):
    gap = university.ask("西南大学2022年的收入总计比支出总计多出多少")
    assert "51157.91" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_last_year_of_every_fund_is_declined_where_only_the_fiscal_rate_is_stated(university):
    turns = talk(university, "西南大学小学教育的总支出是多少，包括非财政的钱",
                 "那2022年小学教育的总支出呢")
    assert not turns[-1].answered and "7939.42" not in turns[-1].answer, turns[-1].answer


def test_it_after_a_rows_column_is_that_cell(university):
    turns = talk(university, "西南大学教育支出里的项目支出是多少", "那基本支出是它的多少倍")
    assert "3.43倍" in turns[-1].answer, turns[-1].answer


def test_where_the_unspent_income_went_is_the_year_end_balance(hetang):
    went = hetang.ask("荷塘区政务服务中心财政拨款收入比财政拨款支出多出来的钱哪去了")
    assert "0.48" in went.answer and "年末财政拨款结转和结余" in went.answer, went.answer
    none = hetang.ask("荷塘区政务服务中心收入总计比支出总计多出来的钱哪去了")
    assert not none.answered, none.answer  # spending was above income: nothing left over
