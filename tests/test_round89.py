"""Kinds of question met in the tune half of round 89 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_goods_and_services_said_short_is_the_class(hetang):
    both = hetang.ask("政务中心工资福利和商品服务加起来多少")
    assert both.answered and "271.12" in both.answer, both.answer
    turns = talk(hetang, "政务中心工资福利支出", "商品服务呢")
    assert turns[-1].answered and "181.41" in turns[-1].answer, turns[-1].answer


def test_the_last_total_set_against_the_other_side_said_bare(hetang):
    more = talk(hetang, "政务中心本年支出", "比收入多多少")
    assert more[-1].answered and "61.26" in more[-1].answer, more[-1].answer
    less = talk(hetang, "政务中心收入总计", "比支出少多少")
    assert less[-1].answered and "61.26" in less[-1].answer, less[-1].answer


def test_two_added_when_only_one_thing_is_known_is_declined(hetang):
    turns = talk(hetang, "政务中心工资福利支出", "差旅费呢", "两个加一起")
    assert not turns[-1].answered and "89.71" not in turns[-1].answer, turns[-1].answer


def test_what_fraction_one_is_of_another_is_their_ratio(putuo):
    part = putuo.ask("普陀区财政局公用经费是人员经费的几分之一")
    assert part.answered and "8.58%" in part.answer, part.answer


def test_the_gap_of_two_stated_shares_in_points(hetang):
    gap = hetang.ask("政务中心一般公共服务占比比科学技术高多少个百分点")
    assert gap.answered and "52.98" in gap.answer, gap.answer


def test_a_figure_equal_to_its_budget_is_said_level(putuo):
    turns = talk(putuo, "普陀区财政局购房补贴花了多少", "比预算多还是少")
    assert turns[-1].answered and "持平" in turns[-1].answer, turns[-1].answer
    assert "比预算少0.00" not in turns[-1].answer, turns[-1].answer


def test_the_gap_asked_after_a_budget_and_its_actual_is_the_stated_one(hetang):
    turns = talk(hetang, "政务中心接待费预算多少", "实际呢", "差多少")
    assert turns[-1].answered and "5.67" in turns[-1].answer, turns[-1].answer


def test_the_tail_two_names_share_is_said_once(university):
    gap = university.ask("西南大学事业收入比财政拨款多还是少")
    assert gap.answered and "106630.14" in gap.answer, gap.answer


def test_the_part_not_arranged_by_the_fiscal_grant_is_the_row_less_it(university):
    rest = university.ask("西南大学基本支出中，不是财政拨款安排的部分有多少")
    assert rest.answered and "160766.46" in rest.answer, rest.answer


def test_the_rest_listed_after_a_class_left_out_is_added_whole(university):
    rest = university.ask("西南大学除了教育支出，剩下的科技、社保、住房、其他几类支出总共多少钱")
    assert rest.answered and "32389.48" in rest.answer, rest.answer
    counted = university.ask("西南大学科技、社保、住房几类支出总共多少")
    assert counted.answered and "32279.98" in counted.answer, counted.answer
    assert "457676.75" not in counted.answer, counted.answer  # 几类支出 is no 支出总计


def test_how_many_times_one_change_is_of_another(university):
    times = university.ask("西南大学财政拨款收入的增加额是事业收入增加额的多少倍")
    assert times.answered and "14.83倍" in times.answer, times.answer
    assert "1.78" not in times.answer, times.answer  # the amounts' ratio


def test_the_two_ends_pointed_at_with_na_xiang(hetang):
    ends = talk(hetang, "政务中心2017年基本支出明细能说下吗", "最多那项跟最少那项差了多少钱")
    assert ends[-1].answered and "438.94" in ends[-1].answer, ends[-1].answer


def test_each_clause_answered_when_the_first_only_quotes_the_second(hetang):
    both = hetang.ask("政务中心收入多少，支出多少")
    head = both.answer.split("原文")[-1]  # the part after the first answer's quotation
    assert both.answered and "854.31" in head and "一般公共服务支出653.44" in both.answer, \
        both.answer


def test_spent_less_after_a_budget_is_its_gap(putuo):
    turns = talk(putuo, "普陀区财政局的行政运行经费2024", "预算多少", "少花了多少")
    assert turns[-1].answered and "48.16" in turns[-1].answer, turns[-1].answer
    pair = talk(putuo, "普陀区财政局2024年住房公积金多少", "年初预算是多少",
                "购房补贴的预算和决算呢", "这两项一共比预算少花了多少")
    assert "0.56" in pair[-1].answer, pair[-1].answer


def test_a_share_asked_bare_after_a_part_is_of_the_whole_before_it(putuo, hetang):
    turns = talk(putuo, "普陀区财政局的一般公共服务支出", "其中财政事务呢", "占多少")
    assert turns[-1].answered and "100%" in turns[-1].answer, turns[-1].answer
    stated = talk(hetang, "政务中心基本支出", "工资福利支出呢", "占多少")
    assert "10.50%" in stated[-1].answer, stated[-1].answer  # its own share, as stated


def test_a_listed_part_said_by_its_kind_word_after_the_whole(putuo, hetang):
    services = talk(putuo, "普陀区财政局政府采购", "服务类多少")
    assert services[-1].answered and "246.47" in services[-1].answer.split("\n")[0], \
        services[-1].answer
    assert "一般公共服务支出" not in services[-1].answer, services[-1].answer
    theirs = talk(hetang, "政务中心政府采购", "服务类多少")
    assert "0.54" in theirs[-1].answer.split("\n")[0], theirs[-1].answer


def test_a_listed_part_after_a_share_is_asked_its_share(putuo):
    turns = talk(putuo, "普陀区财政局政府采购里货物占多少", "服务类的呢")
    assert turns[-1].answered and "98.10%" in turns[-1].answer, turns[-1].answer


def test_what_is_said_after_each_department_is_of_that_one(both):
    sides = both.ask("荷塘的支出和普陀的收入加起来")
    assert sides.answered and "854.31" in sides.answer and "2946.25" in sides.answer, \
        sides.answer
    assert "3800.56" in sides.answer, sides.answer
    named = both.ask("株洲市荷塘区政务服务中心支出总计和上海市普陀区财政局收入支出总计加起来")
    assert "3849.70" in named.answer.split("\n")[0], named.answer  # never 荷塘's 收入总计


def test_the_debt_income_a_reason_names_is_no_item_with_a_figure(university):
    fell = university.ask("西南大学债务收入具体减少了多少钱")
    assert not fell.answered and "39049.48" not in fell.answer, fell.answer
    owed = university.ask("说其他收入少是因为债务收入减少，那西南大学现在背了多少债")
    assert not owed.answered, owed.answer
    checked = university.ask("朋友圈说西大其他收入少了三个多亿，原因是债务收入减少，靠谱吗")
    assert checked.answered and "39049.48" in checked.answer, checked.answer


def test_a_line_declined_whole_is_not_answered_clause_by_clause(hetang, putuo):
    split = hetang.ask("政务中心结转多少，结余多少")
    assert not split.answered and "0.48" not in split.answer, split.answer
    which = putuo.ask("普陀区财政局单价100万以上设备是什么设备，放在哪")
    assert not which.answered, which.answer


def test_an_economic_class_inside_a_functional_item_or_projects_is_declined(putuo):
    for asked in ("普陀区财政局项目支出里工资福利多少", "普陀区财政局行政运行里工资福利支出多少"):
        crossed = putuo.ask(asked)
        assert not crossed.answered and "2082.85" not in crossed.answer, crossed.answer
    basic = putuo.ask("普陀区财政局基本支出里工资福利多少")
    assert basic.answered and "2082.85" in basic.answer, basic.answer


def test_a_half_of_the_carried_over_figure_is_declined_in_a_follow_up_too(putuo):
    inside = putuo.ask("普陀区财政局年末结转和结余里面结余是多少")
    assert not inside.answered and "55.34" not in inside.answer, inside.answer
    turns = talk(putuo, "普陀区财政局年末结转结余", "其中结转多少")
    assert not turns[-1].answered and "55.34" not in turns[-1].answer, turns[-1].answer


def test_the_bottom_line_of_the_summary_table_said_short(university):
    turns = talk(university, "西南大学收支总表左右两边最后的合计怎么一样", "那个合计到底是多少万")
    assert turns[-1].answered and "569496.54" in turns[-1].answer, turns[-1].answer


def test_a_follow_up_setting_the_last_thing_against_another_by_fraction(hetang):
    part = talk(hetang, "政务中心科学技术支出", "是一般公共服务支出的几分之一")
    assert "30.74%" in part[-1].answer, part[-1].answer
    half = talk(hetang, "政务中心其他资本性支出", "是不是占了基本支出的一半以上")
    assert "476.25" in half[-1].answer and "784.69" in half[-1].answer.split("原文")[0], \
        half[-1].answer


def test_an_own_funds_item_after_a_fiscal_share_is_not_of_the_fiscal_scope(hetang):
    turns = talk(hetang, "政务中心收入总计", "财政拨款占多少", "其他收入呢")
    assert "其他收入" in turns[-1].answer.split("\n")[0] and "1%" in turns[-1].answer, \
        turns[-1].answer


def test_a_share_stated_of_the_year_is_worked_out_of_the_part_asked_too(hetang):
    share = hetang.ask("政务中心工资福利支出占基本支出的比例")
    assert "10.50%" in share.answer and "11.43%" in share.answer, share.answer
    whole = hetang.ask("政务中心工资福利支出占总支出的比例")
    assert "10.50%" in whole.answer and "11.43%" not in whole.answer, whole.answer


def test_the_rate_of_a_change_asked_bare_after_it(hetang):
    turns = talk(hetang, "政务中心三公经费比上年少了多少", "少了百分之几")
    assert turns[-1].answered and "70.83%" in turns[-1].answer, turns[-1].answer


def test_the_share_of_a_sum_just_worked_out(hetang):
    turns = talk(hetang, "政务中心对个人和家庭补助", "商品和服务", "两项合计", "占基本支出多少")
    assert turns[-1].answered and "27.87%" in turns[-1].answer, turns[-1].answer


def test_one_word_for_both_changes_sets_the_changes_apart(university):
    turns = talk(university, "西大教育支出比上年增加多少", "科技支出呢", "两个增加额差多少")
    assert turns[-1].answered and "51534.68" in turns[-1].answer, turns[-1].answer


def test_a_part_stated_only_of_the_fiscal_funds_is_a_share_of_the_fiscal_whole(university):
    share = university.ask("西南大学基本建设资金占项目支出多少")
    assert share.answered and "18.10%" in share.answer and "38084.87" in share.answer, \
        share.answer


def test_an_item_one_department_does_not_list_asked_again_of_the_other(both):
    turns = talk(both, "荷塘政务中心人员经费", "普陀呢")
    assert not turns[0].answered, turns[0].answer
    assert turns[-1].answered and "2152.26" in turns[-1].answer, turns[-1].answer


def test_an_average_wage_is_per_head_never_the_wage_bill(hetang):
    average = hetang.ask("政务中心工作人员平均工资多少")
    assert not average.answered and "89.71" not in average.answer, average.answer


def test_a_gap_to_the_budget_asked_in_money_and_percent(putuo):
    both = putuo.ask("普陀区财政局行政运行比预算少了多少 占预算的百分之几")
    assert "48.16" in both.answer and "3.09%" in both.answer, both.answer
    rate = putuo.ask("普陀区财政局行政运行比预算少了百分之几")
    assert rate.answered and "3.09%" in rate.answer, rate.answer


def test_two_kinds_of_purchase_set_against_each_other_by_their_kind_words(putuo):
    times = putuo.ask("普陀区财政局政府采购服务类是货物类的多少倍")
    assert times.answered and "51.46倍" in times.answer, times.answer
    assert "251.25" not in times.answer, times.answer  # their whole, no third thing


def test_building_is_construction_and_the_balance_used_is_its_own_row(university, putuo):
    built = university.ask("西大修房子花了多少")
    assert "6894.90" in built.answer and "16278.27" not in built.answer, built.answer
    used = university.ask("西大用了多少结余")
    assert used.answered and "45110.97" in used.answer, used.answer
    none = putuo.ask("普陀区财政局用了多少结余")
    assert not none.answered, none.answer
