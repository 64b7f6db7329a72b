"""Kinds of question met in the tune half of round 81 of our own sets, each pinned with this
project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_catch_all_name_is_never_read_from_another_names_other(putuo):
    share = putuo.ask("普陀区财政局其他交通费用占商品和服务支出的几成")
    assert "28.35%" in share.answer and "其他商品和服务支出" not in share.answer, share.answer
    turns = talk(putuo, "普陀区财政局其他交通费用多少", "这个在商品和服务支出当中占比多大")
    assert "28.35%" in turns[-1].answer, turns[-1].answer


def test_a_bound_asked_of_a_rows_funds_without_share_words_is_their_share(university):
    funds = university.ask("西南大学高中教育的收入有没有八成是靠财政的")
    assert "财政拨款占" in funds.answer and "%" in funds.answer, funds.answer
    spent = university.ask("西南大学高等教育支出里头财政拨款花的钱是不是超过一半")
    assert "47.91%" in spent.answer, spent.answer


def test_funds_said_whole_after_kao_stay_one_name(university):
    turns = talk(university, "西南大学小学教育支出多少", "其中靠财政拨款花掉的是百分之多少")
    assert "%" in turns[-1].answer and turns[-1].answered, turns[-1].answer


def test_a_rows_part_outside_its_funds_is_the_row_less_them(university):
    outside = university.ask("西南大学购房补贴这块收入中，财政拨款之外的钱有多少")
    assert "697.24" in outside.answer, outside.answer
    besides = university.ask("西南大学社会保障和就业支出的收入当中除了财政拨款以外还有多少")
    assert "119.27" in besides.answer and "187709.65" not in besides.answer, besides.answer
    turns = talk(university, "西南大学社会保障和就业支出收入多少", "这里面财政拨款以外的有多少")
    assert "119.27" in turns[-1].answer, turns[-1].answer


def test_a_rows_income_not_from_funds_is_never_the_whole_schools(university):
    row = university.ask("西南大学社会保障和就业支出的收入里非财政拨款的部分是多少")
    assert "119.27" in row.answer and "187709.65" not in row.answer, row.answer


def test_two_funds_of_one_row_set_against_each_other_are_its_two_cells(university):
    gap = university.ask("西南大学住房保障那块，其他收入比财政拨款多了多少")
    assert "1020.21" in gap.answer, gap.answer
    less = university.ask("西南大学购房补贴里财政拨款收入比其他收入少多少")
    assert "516.65" in less.answer, less.answer


def test_two_shares_set_side_by_side_are_never_one_over_the_other(hetang):
    side = hetang.ask("荷塘区政务服务中心对个人和家庭补助占比和工资福利比，哪个大")
    assert "4.37%" in side.answer and "10.50%" in side.answer, side.answer
    assert "计算得出" not in side.answer, side.answer


def test_parts_ranked_against_their_budget_use_the_stated_gaps_never_last_years(hetang):
    ranked = hetang.ask("荷塘区政务服务中心三公经费各项里，哪项比预算节约得最多")
    assert "公务用车运行维护费" in ranked.answer.split("。")[0], ranked.answer
    assert "7.30" in ranked.answer and "比上年" not in ranked.answer, ranked.answer


def test_parts_ranked_against_a_budget_none_of_them_states_are_declined(putuo):
    ranked = putuo.ask("普陀区财政局基本支出里工资福利、商品和服务哪个比预算少得最多")
    assert not ranked.answered, ranked.answer


def test_two_parts_joined_after_qizhong_and_counted_are_added(putuo):
    turns = talk(putuo, "普陀区财政局商品和服务支出是多少", "其中办公费和印刷费两项合计多少")
    assert "28.82" in turns[-1].answer, turns[-1].answer


def test_the_largest_part_asked_against_a_half_says_its_stated_share(putuo):
    top = putuo.ask("普陀区财政局财政拨款支出里哪一类最多，过半了吗")
    assert "一般公共服务支出" in top.answer and "71.73%" in top.answer, top.answer


def test_what_was_left_at_the_years_end_is_its_carry_over(university, putuo):
    left = university.ask("西南大学2023年年末又剩下多少")
    assert "106848.91" in left.answer, left.answer
    turns = talk(putuo, "普陀区财政局年初结转和结余多少", "那年末剩了多少")
    assert "55.34" in turns[-1].answer, turns[-1].answer


def test_a_duty_asked_as_belonging_to_the_unit_is_looked_up_in_its_duties(hetang, putuo):
    site = hetang.ask("荷塘区政务服务中心，区政府门户网站的日常管理归不归他们")
    assert site.intent == "org.who_handles" and "门户网站" in site.answer, site.answer
    turns = talk(putuo, "普陀区财政局有哪些职能", "会计管理这块是不是也归它")
    assert turns[-1].intent == "org.who_handles" and "会计" in turns[-1].answer, turns[-1].answer


def test_a_duty_named_by_a_word_only_one_duty_holds_is_that_duty(hetang):
    turns = talk(hetang, "区政府门户网站的维护归他们吗", "那处理投诉呢，归他们吗")
    assert "投诉" in turns[-1].answer and "门户网站" not in turns[-1].answer, turns[-1].answer


def test_one_set_against_another_asking_which_grew_faster_gives_their_rates(university):
    rates = university.ask("西南大学高等教育跟小学教育比，谁的增幅大")
    assert "按比上年增减率比较" in rates.answer and "计算得出，非原文数字" not in \
        rates.answer.split("\n")[0], rates.answer


def test_a_things_fiscal_part_over_the_thing_of_all_funds_is_its_funds_share(university):
    share = university.ask("西南大学财政拨款基本支出在全部基本支出里占多大比例")
    assert "55.32%" in share.answer, share.answer


def test_the_widest_gap_between_budget_and_final_either_way_is_ranked(putuo, hetang):
    widest = putuo.ask("普陀区财政局哪一项的决算跟年初预算相差最大")
    assert "行政运行" in widest.answer and "48.16" in widest.answer, widest.answer
    parts = hetang.ask("荷塘区政务服务中心三公经费里哪项预算和决算差得最多")
    assert "公务用车运行维护费" in parts.answer.split("。")[0], parts.answer


def test_what_was_spent_against_the_budget_is_the_budgets_completion(hetang):
    done = hetang.ask("荷塘区政务服务中心三公经费实际花掉的占预算多少比例")
    assert done.intent == "figure.budget" and "14.30" in done.answer, done.answer


def test_why_it_fell_after_last_years_change_is_last_years_reason(hetang):
    turns = talk(hetang, "荷塘区政务服务中心三公经费支出多少", "占预算百分之几",
                 "和上年比变化了多少", "为什么减少了")
    assert "接待人次数减少" in turns[-1].answer, turns[-1].answer


def test_the_rest_summed_after_a_part_is_left_out_is_the_whole_less_it(putuo):
    rest = putuo.ask("普陀区财政局商品和服务支出里除掉办公费，剩下的加在一起有多少")
    assert "149.86" in rest.answer, rest.answer


def test_the_least_then_how_far_below_the_most_is_their_gap(hetang):
    gap = hetang.ask("荷塘区政务服务中心基本支出里最小的是哪一项，比最大的那项低多少")
    assert "438.94" in gap.answer, gap.answer


def test_the_first_of_two_asked_as_times_the_one_after(hetang):
    turns = talk(hetang, "荷塘区政务服务中心商品和服务支出多少", "工资福利支出呢",
                 "前面那个是后面的几倍")
    assert "2.02倍" in turns[-1].answer, turns[-1].answer


def test_which_of_the_funds_items_grew_most_reads_the_items_its_spending_lists(university):
    top = university.ask("西南大学财政拨款里面哪一项涨得最快")
    assert "实验室及相关设施" in top.answer and "134.61%" in top.answer, top.answer
    income = university.ask("西南大学财政拨款收入里哪一项涨得最快")
    assert "实验室及相关设施" not in income.answer, income.answer


def test_a_part_said_in_the_last_thing_is_its_share_of_it(university):
    turns = talk(university, "西南大学财政拨款支出合计是多少", "那基本建设资金在这里面占多少比重")
    assert "2.91%" in turns[-1].answer, turns[-1].answer


def test_a_rows_column_said_inside_it_against_a_bound_is_its_share_of_the_row(university):
    share = university.ask("西南大学教育支出里基本支出是不是超过一半")
    assert "77.41%" in share.answer, share.answer


def test_two_named_then_one_less_the_other_is_their_difference(putuo):
    gap = putuo.ask("普陀区财政局本年收入合计跟本年支出合计两者相减等于多少")
    assert "6.20" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_the_bottom_line_of_the_table_named_before_is_that_tables(putuo):
    turns = talk(putuo, "我在看普陀区财政局的财政拨款收入支出决算总表",
                 "这张表最后的合计数到底是多少")
    assert "2961.68" in turns[-1].answer, turns[-1].answer


def test_a_rows_side_outside_its_funds_is_the_row_less_them(university):
    rest = university.ask("西南大学高等教育财政拨款之外的收入是多少")
    assert "169490.09" in rest.answer, rest.answer


def test_a_bound_said_with_you_is_a_share(university):
    share = university.ask("西南大学高等教育收入有八成以上是财政拨款吗")
    assert "53.37%" in share.answer, share.answer


def test_which_items_make_up_a_row_is_its_parts(university):
    parts = university.ask("西南大学留学教育是哪几项加起来的")
    assert "来华留学教育" in parts.answer and "738.86" in parts.answer, parts.answer
    under = university.ask("西南大学留学教育下面有哪些项")
    assert "570.14" in under.answer, under.answer


def test_whether_it_rose_or_fell_said_as_either_is_its_change(putuo):
    moved = putuo.ask("普陀区财政局公务接待费是增是减")
    assert moved.intent == "figure.change" and "持平" in moved.answer, moved.answer


def test_a_part_asked_after_its_whole_and_the_wholes_figure_is_the_part(putuo):
    part = putuo.ask("普陀区财政局商品和服务支出171.07万里面办公费是多少")
    assert "21.21" in part.answer and "171.07万元。" not in part.answer, part.answer


def test_equipment_bought_is_its_capital_item_and_its_share_states_the_money(putuo):
    bought = putuo.ask("普陀区财政局购买办公设备用了多少钱，有没有超过公用经费的一成")
    assert "13.58" in bought.answer and "7.35%" in bought.answer, bought.answer


def test_a_figure_worked_out_is_never_answered_by_quoting_a_sentence(hetang):
    more = hetang.ask("荷塘区政务服务中心收入增加409.89万，支出增加537.80万，支出比收入多增了多少")
    assert more.intent != "narrative.passage" and (
        not more.answered or "127.91" in more.answer), more.answer


def test_the_least_against_the_one_just_above_it_is_their_gap(putuo):
    gap = putuo.ask("普陀区财政局四类支出里卫生健康支出最少，它跟倒数第二的相差多少")
    assert "265.73" in gap.answer and "倒数第二的是社会保障和就业支出" in gap.answer, gap.answer


def test_the_largest_piece_says_its_stated_share(putuo):
    top = putuo.ask("普陀区财政局一般公共服务支出是不是最大的一块")
    assert "71.73%" in top.answer, top.answer


def test_the_laboratories_item_said_by_its_head_is_that_item(university):
    both = university.ask("西南大学科学技术支出下面的机构运行和实验室各多少")
    assert "828.72" in both.answer and "1707.93" in both.answer, both.answer


def test_the_part_not_from_funds_named_before_its_thing_is_the_thing_less_them(putuo):
    rest = putuo.ask("普陀区财政局不是财政拨款的年末结转和结余有多少")
    assert "33.71" in rest.answer, rest.answer
    turns = talk(putuo, "普陀区财政局2024年收入一共多少", "里面不是财政拨款的那部分有多少")
    assert "6.2" in turns[-1].answer, turns[-1].answer


def test_an_item_said_by_its_head_alone_is_that_item(putuo):
    head = putuo.ask("普陀区财政局财政委托是多少")
    assert "449.52" in head.answer, head.answer


def test_a_template_row_the_disclosure_lacks_is_never_read_as_a_row_it_has(university):
    lacking = university.ask("西南大学初中教育收入多少")
    assert "高中教育" not in lacking.answer and "24804.57" not in lacking.answer, lacking.answer
