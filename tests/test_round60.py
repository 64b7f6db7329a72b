"""Kinds of question met in rounds 60 and 61 of our own sets (how figures relate; conversations
that refer back), each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_what_is_left_when_a_part_is_taken_out_said_with_除了(hetang, university):
    left = hetang.ask("政务中心的基本支出除了其他资本性支出以外还剩多少")
    assert "308.44" in left.answer and "计算得出" in left.answer, left.answer
    assert "0.48" not in left.answer, left.answer  # 还剩 here is no 结转和结余
    rest = university.ask("西南大学把高等教育扣掉的话，教育支出剩下的有多少")
    assert "35680.40" in rest.answer, rest.answer


def test_the_part_taken_out_pointed_at(hetang):
    named = talk(hetang, "政务中心基本支出是多少", "其中其他资本性支出呢",
                 "去掉这一块以后，剩下的基本支出还有多少")
    assert "308.44" in named[2].answer, named[2].answer
    alone = talk(hetang, "政务中心基本支出多少", "里面其他资本性支出多少", "把它减掉还剩多少")
    assert "308.44" in alone[2].answer, alone[2].answer


def test_the_earlier_and_the_later_of_two_asked_in_turn(putuo):
    turns = talk(putuo, "普陀财政局信息化建设支出多少", "财政委托业务支出呢",
                 "后面那个是前面这个的几倍")
    assert "财政委托业务支出是信息化建设的3.32倍" in turns[2].answer, turns[2].answer


def test_counts_of_the_narrative_added_never_one_inside_another(university):
    ranks = university.ask("西南大学正高级职称和副高级职称的老师加在一起有多少人")
    assert "2152人" in ranks.answer and "计算得出" in ranks.answer, ranks.answer
    tutors = university.ask("西南大学博导和硕导一共多少人")
    assert "2626" not in tutors.answer, tutors.answer  # 硕士生导师2027人 (含博导)


def test_a_sum_said_合在一起_and_money_that_came_in(hetang):
    both = hetang.ask("政务中心的工资福利支出和对个人和家庭补助支出合到一起是多少")
    assert "127.02" in both.answer and "计算得出" in both.answer, both.answer
    gap = hetang.ask("政务中心一年花出去的比进来的钱多了多少")
    assert "61.26" in gap.answer, gap.answer


def test_a_rate_asked_after_换算成_is_no_conversion(university):
    turns = talk(university, "西南大学支出总计比上年增加了多少", "那换算成增长率呢")
    assert "13.52%" in turns[1].answer and turns[1].intent != "figure.convert", turns[1]


def test_who_maintains_is_a_duty_and_a_term_described_is_no_make_up(hetang):
    duty = hetang.ask("政务中心的门户网站谁来维护")
    assert duty.intent == "org.who_handles" and "门户网站建设" in duty.answer, duty
    term = hetang.ask("不单独核算的经营活动赚的钱叫什么")
    assert term.intent != "org.units", term


def test_a_total_said_with_its_year_against_the_other_bare_side(hetang):
    gap = hetang.ask("政务中心全年支出比收入多了多少")
    assert "61.26" in gap.answer and "计算得出" in gap.answer, gap.answer
    own = hetang.ask("政务中心科学技术支出比收入少多少")
    assert "592.18" not in own.answer, own.answer  # never its share of the whole 收入总计


def test_a_follow_up_naming_what_the_layout_leaves_out_is_declined(university):
    turns = talk(university, "西南大学机构运行支出多少", "那机关运行经费呢，是多少")
    assert not turns[1].answered and "828.72" not in turns[1].answer, turns[1]
    abroad = talk(university, "西南大学留学教育支出多少", "出国留学的呢")
    assert "没有公开这项内容" not in abroad[1].answer, abroad[1]


def test_a_long_name_said_in_part_leaves_the_asking_words_their_kind(hetang):
    duty = talk(hetang, "政务中心都管哪些事", "那区政府的门户网站也归他们管吗")
    assert duty[1].intent == "org.who_handles" and "门户网站建设" in duty[1].answer, duty[1]
    count = hetang.ask("区政府门户网站一年发了多少条信息")
    assert "2023条" in count.answer, count.answer


def test_how_many_times_last_years_worked_out_from_the_stated_change(hetang, putuo):
    times = talk(hetang, "政务中心机关运行经费多少", "那现在是16年那会儿的几倍")
    assert "3.79倍" in times[1].answer and "173.65" in times[1].answer, times[1].answer
    doubled = putuo.ask("普陀财政局机关运行经费比去年翻了一倍没有")
    assert "1.01倍" in doubled.answer and "1.40%" in doubled.answer, doubled.answer
    other = hetang.ask("16年政务中心基本支出是其他资本性支出的几倍")
    assert not other.answered, other  # no year before stated for either: never this year's


def test_a_number_of_times_checked_against_the_budget(hetang):
    budget = hetang.ask("政务中心一般公共预算财政拨款支出决算数是不是年初预算的三倍左右")
    assert "3.08倍" in budget.answer, budget.answer


def test_the_gap_to_the_budget_said_缺口_and_a_part_拿掉(putuo):
    gap = talk(putuo, "普陀财政局信息化建设年初预算是多少", "实际执行完跟预算比缺口有多大")
    assert "0.65" in gap[1].answer and "6.20" not in gap[1].answer, gap[1].answer
    rest = talk(putuo, "普陀财政局项目支出一共多少",
                "把财政委托业务支出拿掉的话，剩下的项目支出有多少")
    assert "153.62" in rest[1].answer, rest[1].answer


def test_a_row_said_in_a_column_is_its_share_of_the_columns_total(putuo):
    whole = putuo.ask("普陀财政局的财政委托业务支出在项目支出里面占了多大比重")
    assert "74.53%" in whole.answer, whole.answer
    cell = putuo.ask("普陀财政局项目支出在一般公共服务支出里占几成")
    assert "28.63%" in cell.answer, cell.answer


def test_two_parts_of_the_last_whole_set_against_each_other_by_their_own_words(hetang, putuo):
    goods = talk(hetang, "政务中心政府采购一共多少", "货物比服务多出来多少钱")
    assert "3.01" in goods[1].answer, goods[1].answer
    service = talk(putuo, "普陀财政局政府采购金额是多少", "服务类比货物类多多少")
    assert "241.68" in service[1].answer, service[1].answer
    sides = talk(putuo, "普陀财政局财政拨款收入多少", "财政拨款支出呢", "收到的比花出去的多多少")
    assert "4.78" not in sides[2].answer, sides[2].answer


def test_last_years_figure_asked_in_a_clause_of_its_own_after_the_change(putuo):
    before = putuo.ask("听说普陀财政局机关运行经费今年多了点，那上一年是多少呢")
    assert before.intent == "figure.last_year" and "182.10" in before.answer, before
    change = putuo.ask("普陀财政局机关运行经费比上年增加了多少")
    assert change.intent == "figure.change" and "2.55" in change.answer, change


def test_the_other_side_of_one_thing_asked_said_with_比(putuo):
    turns = talk(putuo, "普陀财政局年初结转和结余是多少", "那年末比年初多了多少")
    assert "6.20" in turns[1].answer and "计算得出" in turns[1].answer, turns[1].answer
    sides = talk(putuo, "普陀财政局收入多少", "收入2946万、支出2940万，差六万左右吧")
    assert "2995.39" not in sides[1].answer, sides[1].answer


def test_one_persons_pay_pointed_at_is_declined_never_the_units_wages(hetang, putuo):
    pay = talk(hetang, "政务中心的主任是谁", "那她一个月工资多少")
    assert not pay[1].answered and "89.71" not in pay[1].answer, pay[1]
    other = putuo.ask("普陀财政局其他工资福利支出多少")
    assert other.answered, other  # 其他工资: no 他 of a person


def test_the_two_sides_said_by_their_verbs(university):
    sides = talk(university, "西南大学财政拨款收入多少", "财政拨款支出多少",
                 "收到的比花掉的多多少")
    assert "5915.38" in sides[2].answer, sides[2].answer


def test_the_changes_of_the_two_sides_set_against_each_other(hetang):
    gap = hetang.ask("政务中心支出比上年增加的比收入增加的多了多少")
    assert "127.91" in gap.answer and "61.26" not in gap.answer, gap.answer


def test_what_was_bought_with_it_is_its_parts_never_a_definition(putuo, hetang):
    bought = talk(putuo, "普陀财政局资本性支出有多少", "具体买的啥东西")
    assert "办公设备购置" in bought[1].answer, bought[1].answer
    brand = talk(putuo, "普陀财政局办公设备购置花了多少", "买的啥设备，什么品牌")
    assert not brand[1].answered, brand[1]
    none = hetang.ask("政务中心其他资本性支出买的是什么")
    assert not none.answered, none  # no parts of it stated


def test_the_summary_tables_bottom_line_said_合计(university, putuo):
    grand = university.ask("西南大学收支决算总表最下面那个合计是多少")
    assert "569496.54" in grand.answer, grand.answer
    talked = talk(university, "西南大学的收支总表", "最底下那个总的合计是多少")
    assert "569496.54" in talked[1].answer, talked[1].answer
    office = putuo.ask("普陀财政局总表最后的合计是多少")
    assert "2995.39" in office.answer, office.answer


def test_an_accusation_put_as_a_question_is_no_figure(hetang):
    fake = hetang.ask("政务中心三公才一万多，是不是做了假账")
    assert not fake.answered and "1.33" not in fake.answer, fake
    figure = hetang.ask("有人说政务中心三公经费造假，到底是多少")
    assert "1.33" in figure.answer, figure.answer


def test_each_ones_budget_worked_out_from_its_stated_gap(hetang):
    each = hetang.ask("政务中心公务接待费和公务用车运行维护费原本的预算分别是多少")
    assert "7.00" in each.answer and "7.30" in each.answer, each.answer


def test_two_asked_in_the_funds_scope_set_against_each_other_in_that_scope(university):
    turns = talk(university, "财政拨款支出里小学教育是多少", "那高中教育呢", "高中比小学多多少")
    assert "8799.35" in turns[2].answer, turns[2].answer
    added = talk(university, "财政拨款支出里小学教育是多少", "那高中教育呢", "两个合起来多少")
    assert "24740.11" in added[2].answer, added[2].answer


def test_the_funds_share_of_one_row_on_its_side(university, putuo):
    spent = university.ask("西南大学高中教育支出里财政拨款占了几成")
    assert "69.18%" in spent.answer, spent.answer
    income = university.ask("西南大学高等教育这块的收入里财政拨款占多少")
    assert "53.37%" in income.answer, income.answer
    whole = putuo.ask("普陀财政局一般公共服务支出占一般公共预算财政拨款支出的比重")
    assert "71.73%" in whole.answer, whole.answer  # a whole of that name: no scope


def test_a_bound_asked_of_a_part_said_inside_its_row(university):
    half = university.ask("西南大学高中教育支出里，财政拨款出的钱过半了没有")
    assert "69.18%" in half.answer, half.answer


def test_what_the_items_are_by_name_is_never_published(putuo):
    devices = talk(putuo, "普陀财政局单价100万以上的设备有几台", "都是些什么设备，多少钱一台")
    assert not devices[1].answered, devices[1]
    projects = talk(putuo, "普陀财政局绩效自评了几个项目", "是哪四个项目")
    assert not projects[1].answered, projects[1]


def test_a_rows_total_in_the_table_named(university):
    income = university.ask("西南大学收入表里高中教育那一行合计是多少")
    assert "24804.57" in income.answer and "24239.28" not in income.answer, income.answer
    spent = university.ask("西南大学支出决算表里高中教育合计多少")
    assert "24239.28" in spent.answer, spent.answer


def test_where_the_money_went_by_class_with_each_classes_stated_share(putuo):
    classes = putuo.ask("普陀财政局的钱大部分花在哪一类上")
    assert "一般公共服务支出2106.66万元（占71.73%）" in classes.answer, classes.answer


def test_the_funds_summary_table_said_by_a_short_name(putuo):
    total = putuo.ask("普陀财政局财政拨款那张总表最后的总计是多少")
    assert "2961.68" in total.answer and "2995.39" not in total.answer, total.answer


def test_a_class_said_with_支出_is_itself_never_its_catch_all_sibling(university):
    whole = university.ask("西南大学留学教育支出一共多少")
    assert "1309.00" in whole.answer and "738.86万元；比上年" not in whole.answer, whole.answer
    other = university.ask("西南大学其他留学教育支出多少")
    assert "738.86" in other.answer, other.answer


def test_the_budget_of_both_departments_asked_in_turn_set_side_by_side(both):
    turns = talk(both, "普陀财政局三公经费花了多少", "荷塘政务服务中心的呢", "两家谁的三公预算高")
    assert "14.30" in turns[2].answer and "0.95" in turns[2].answer, turns[2].answer


def test_a_balance_described_by_which_way_it_goes_in_time(putuo):
    closing = putuo.ask("普陀财政局今年没用完、情况有变要挪到明年接着用的钱，专门叫什么")
    assert "年末结转和结余" in closing.answer, closing.answer
    opening = putuo.ask("普陀财政局去年没做完、转到今年接着用的钱叫什么")
    assert "年初结转和结余" in opening.answer, opening.answer


def test_the_other_side_of_a_row_said_那边(university):
    turns = talk(university, "西南大学实验室及相关设施的收入多少", "支出那边是多少")
    assert "高等学校支出决算表「实验室及相关设施」" in turns[1].answer, turns[1].answer


def test_the_other_side_of_a_fund_stated_none(hetang):
    turns = talk(hetang, "政务中心有没有政府性基金收入", "支出方面也是空的吗")
    assert "没有政府性基金预算收入支出" in turns[1].answer, turns[1].answer


def test_the_amount_asked_bare_is_the_last_things(putuo):
    turns = talk(putuo, "普陀财政局机关运行经费多少", "具体金额是多少")
    assert "184.65" in turns[1].answer and "598.42" not in turns[1].answer, turns[1].answer
    none = talk(putuo, "普陀财政局有没有政府性基金预算的钱", "具体金额多少")
    assert "无政府性基金" in none[1].answer, none[1].answer


def test_one_change_as_a_share_of_another(university):
    share = university.ask("西南大学支出总计增加的部分里，教育支出增加的占了几成")
    assert "96.34%" in share.answer and "计算得出" in share.answer, share.answer


def test_a_change_as_a_share_of_its_own_years_figure(hetang):
    share = hetang.ask("政务中心机关运行经费增加的那部分占机关运行经费多大比例")
    assert "73.60%" in share.answer, share.answer
    rate = hetang.ask("政务中心机关运行经费比上年增长了百分之几")
    assert "278.73%" in rate.answer, rate.answer


def test_the_gaps_to_their_budgets_added(putuo, hetang):
    both = putuo.ask("普陀财政局住房公积金和购房补贴加起来比预算少花了多少")
    assert "0.56" in both.answer and "445.69" not in both.answer, both.answer
    saved = hetang.ask("政务中心公务接待费和公务用车运行维护费一共比预算省下多少")
    assert "12.97" in saved.answer, saved.answer


def test_one_rows_two_sides_set_against_each_other(university):
    gap = university.ask("西南大学科学技术这一类收入和支出差了多少")
    assert "1357.93" in gap.answer and "428188.38" not in gap.answer, gap.answer
    whole = university.ask("西南大学支出比收入多多少")
    assert "26951.72" in whole.answer, whole.answer


def test_the_gap_between_two_places_asked_after_a_ranking(putuo):
    turns = talk(putuo, "普陀财政局支出按功能分类哪一类最多", "最少的是哪一类？和最多的相差多少")
    assert "2045.67" in turns[1].answer, turns[1].answer


def test_whether_to_go_to_them_is_a_duty(hetang):
    duty = talk(hetang, "政务中心有哪些职能", "申请政府信息公开能找他们吗")
    assert duty[1].intent == "org.who_handles" and "政务公开" in duty[1].answer, duty[1]


def test_the_basic_pension_said_short(university):
    both = university.ask("西南大学基本养老和职业年金分别花了多少")
    assert "8976.60" in both.answer and "4488.46" in both.answer, both.answer


def test_each_parts_share_asked_after_a_listing(putuo):
    turns = talk(putuo, "普陀财政局支出按功能分类有哪几类", "每一项占比分别是多少")
    assert "（占71.73%）" in turns[1].answer and "（占2.07%）" in turns[1].answer, turns[1].answer
