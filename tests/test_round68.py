"""Kinds of question met in round 68 of our own sets (how figures relate), each pinned with this
project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_row_less_its_own_fiscal_part(university, putuo):
    row = university.ask("西南大学住房保障支出中非财政拨款的部分有多少")
    assert "8649.24" in row.answer and "计算得出" in row.answer, row.answer
    stated = putuo.ask("普陀财政局年初结转和结余中不是财政拨款的有多少")
    assert "27.51" in stated.answer and "计算得出" in stated.answer, stated.answer


def test_fiscal_funds_said_as_the_scope_of_two_rows_set_against_each_other(university):
    one = university.ask("西南大学小学教育的财政拨款支出和高中教育相比少多少")
    assert "8799.35" in one.answer and "237100" not in one.answer, one.answer
    turns = talk(university, "西南大学小学教育的财政拨款支出是多少", "和高中教育比差多少钱")
    assert "8799.35" in turns[1].answer, turns[1].answer


def test_a_why_answered_by_a_codes_description_is_declined(university):
    turns = talk(university, "西南大学其他留学教育支出比上年变了多少", "怎么会减少")
    assert not turns[1].answered and "反映" not in turns[1].answer, turns[1]


def test_the_department_named_after_是_is_the_base_of_times(both):
    turns = talk(both, "荷塘区政务服务中心政府采购一共多少", "普陀区财政局的呢？是荷塘的几倍")
    assert "普陀区财政局2024年是荷塘区政务服务中心2017年的61.43倍" in turns[1].answer, turns[1]


def test_another_department_named_only_as_what_the_talks_is_set_against(both):
    turns = talk(both, "荷塘区政务服务中心的收入有哪几块",
                 "其他收入和普陀区财政局的其他收入比哪个多")
    assert "7.88" in turns[1].answer and "6.20" in turns[1].answer, turns[1].answer
    assert "1.68" in turns[1].answer, turns[1].answer


def test_a_things_change_over_the_change_of_its_sides_total_said_总增加额(university):
    share = university.ask("西南大学教育支出在总增量里占百分之多少")
    assert "96.34%" in share.answer, share.answer


def test_占多大头_asks_a_share(hetang):
    share = hetang.ask("荷塘政务中心的接待费在三公里头占多大头")
    assert "100%" in share.answer, share.answer


def test_the_changes_of_two_things_set_against_each_other(hetang):
    bare = hetang.ask("政务中心支出增加的比收入增加的多出多少")
    assert "127.91" in bare.answer and "61.26" not in bare.answer, bare.answer
    named = hetang.ask("政务中心支出总计比上年增加的和收入总计增加的相比，多还是少，差多少")
    assert "127.91" in named.answer, named.answer


def test_a_share_said_with_在_whole_里占了_is_no_part_of_its_own(hetang):
    share = hetang.ask("政务中心的机关运行经费在全年总支出里头占了百分之多少")
    assert "76.98%" in share.answer, share.answer


def test_the_fiscal_total_as_a_share_of_the_total_of_all_funds(university):
    share = university.ask("西南大学财政拨款支出在学校全部支出里占多大比重")
    assert "51.81%" in share.answer and "计算得出" in share.answer, share.answer


def test_the_largest_and_the_smallest_of_the_classes_set_against_each_other(putuo):
    gap = putuo.ask("普陀区财政局几个支出大类里头最多的跟最少的相差多少")
    assert "2045.67" in gap.answer and "一般公共服务支出" in gap.answer, gap.answer


def test_the_rest_of_the_years_spending_when_one_class_is_left_out(putuo, university):
    rest = putuo.ask("普陀区财政局除开一般公共服务支出以外，其余几类支出加起来多少")
    assert "833.39" in rest.answer, rest.answer
    turns = talk(university, "西南大学的教育支出有多少", "除了教育，别的几类支出一共多少钱")
    assert "32389.48" in turns[1].answer, turns[1].answer


def test_what_is_left_of_a_count_the_narrative_states_beside_another(hetang, university):
    left = hetang.ask("政务中心依申请公开一共受理37条，没有公开的还剩几条")
    assert "相差30条" in left.answer and "计算得出" in left.answer, left.answer
    rest = hetang.ask("市长热线回访2447件里头不满意的19件，满意的其余有多少件")
    assert "2428件" in rest.answer, rest.answer
    fewer = university.ask("西南大学国家级一流本科专业建设点比重庆市级的少几个")
    assert "%" not in fewer.answer.partition("”")[2], fewer.answer  # 比重庆: no 比重


def test_a_part_put_first_with_把_inside_the_whole_said_before_it(university):
    rest = university.ask("西南大学教育支出里面把高等教育扣掉，剩下的有多少")
    assert "35680.40" in rest.answer, rest.answer


def test_the_budget_not_spent_said_没用完_is_its_gap(putuo):
    gap = putuo.ask("普陀财政局一般公共预算支出的预算有多少没有用完")
    assert "53.87" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_a_rows_two_sides_said_收支(university):
    gap = university.ask("西南大学高中教育这一项的收支差了多少")
    assert "565.29" in gap.answer and "26951.72" not in gap.answer, gap.answer


def test_a_whole_said_first_set_against_the_parts_added_after_it(hetang):
    check = hetang.ask("政务中心机关运行经费是否等于商品和服务支出再加上其他资本性支出")
    assert "657.66" in check.answer and "657.67" in check.answer, check.answer


def test_the_kinds_of_purchase_said_bare_inside_it(putuo):
    gap = putuo.ask("普陀财政局政府采购当中服务类比货物类多了多少")
    assert "241.68" in gap.answer, gap.answer


def test_a_share_said_放到_the_whole_里_with_a_bound(hetang):
    share = hetang.ask("政务中心的政府采购放在全年支出里连百分之一都不到吧")
    assert "0.48%" in share.answer, share.answer


def test_which_of_two_rose_more_and_by_how_much(hetang):
    more = hetang.ask("政务中心收入总计和支出总计比上年都增加了，哪个增得多，多增了多少")
    assert "127.91" in more.answer and "计算得出" in more.answer, more.answer


def test_a_ratio_asked_with_是_may_pass_a_hundred_percent_a_share_with_占_not(hetang):
    ratio = hetang.ask("政务中心支出总计是收入总计的百分之几")
    assert "107.72%" in ratio.answer, ratio.answer
    share = hetang.ask("政务中心支出总计占收入总计的百分之几")
    assert "107.72%" not in share.answer, share.answer


def test_the_change_of_the_whole_said_全部增量(university):
    share = university.ask("西南大学教育支出的增加额在全部增加额里占几成")
    assert "96.34%" in share.answer, share.answer


def test_the_education_levels_said_bare_but_not_a_fee_nor_the_affiliated_school(university):
    gap = university.ask("西南大学财政拨款里高中比小学多多少")
    assert "8799.35" in gap.answer, gap.answer
    fee = university.ask("收高中学费这种钱在决算里算什么收入")
    assert "高中教育" not in fee.answer.split("\n")[0], fee.answer
    turns = talk(university, "西南大学住房公积金一共支出多少", "附属小学交了多少")
    assert not turns[1].answered, turns[1].answer


def test_the_classes_said_short(university, putuo):
    housing = university.ask("西南大学住房支出一共多少")
    assert "16278.27" in housing.answer, housing.answer
    pension = putuo.ask("普陀财政局养老支出多少")
    assert "行政事业单位养老支出" in pension.answer, pension.answer
    abroad = university.ask("西南大学留学教育支出多少")
    assert "1309.00" in abroad.answer, abroad.answer


def test_the_staffs_medical_insurance_said_医保缴费(putuo):
    insured = putuo.ask("普陀财政局医保缴费花了多少")
    assert "60.99" in insured.answer, insured.answer


def test_a_rows_two_columns_set_against_each_other(university, putuo):
    row = university.ask("西南大学高等教育这一项基本支出比项目支出多了多少")
    assert "202681.45" in row.answer, row.answer
    turns = talk(university, "西南大学高等教育支出一共多少", "基本支出比项目支出多多少")
    assert "202681.45" in turns[1].answer, turns[1].answer
    left = talk(putuo, "普陀区财政局2024年收入一共多少", "这里面不是财政拨款的那部分有多少")
    assert "6.2" in left[1].answer, left[1].answer


def test_a_correction_to_all_funds_after_a_figure_stated_for_财政拨款_alone(university):
    turns = talk(university, "西南大学高等教育花了多少", "我问的是全部的支出，不只是财政拨款那块")
    assert "389606.87" in turns[1].answer and "457676.75" not in turns[1].answer, turns[1]


def test_a_share_of_a_sibling_class_is_worked_out_never_the_share_of_the_total(putuo):
    share = putuo.ask("普陀财政局卫生健康支出占社保就业支出的比例多少")
    assert "18.67%" in share.answer and "2.07%" not in share.answer, share.answer
    half = putuo.ask("普陀财政局职业年金缴费是不是正好是基本养老保险缴费的一半")
    assert "50.00%" in half.answer, half.answer


def test_how_many_times_said_顶几个(putuo):
    times = putuo.ask("普陀财政局津贴补贴能顶几个基本工资")
    assert "4.72倍" in times.answer, times.answer


def test_a_share_doubted_against_a_bound_said_with_连(university):
    share = university.ask("西南大学的捐赠收入连其他收入的百分之一都没有吧")
    assert "0.09%" in share.answer and "计算得出" in share.answer, share.answer


def test_a_share_checked_against_a_bound_said_有没有_够不够_超过_不到(putuo):
    for asked in ("普陀财政局住房保障支出有没有一般公共服务支出的一半",
                  "普陀财政局项目支出够不够基本支出的四分之一",
                  "普陀财政局卫生健康支出不到社保就业支出的两成吧"):
        share = putuo.ask(asked)
        assert share.intent == "figure.share" and "计算得出" in share.answer, (asked, share)


def test_the_fiscal_part_of_a_thing_the_narrative_states_both_ways(university):
    share = university.ask("西南大学项目支出里面财政拨款占多大比重")
    assert "38.90%" in share.answer, share.answer
    stated = university.ask("西南大学财政拨款支出里项目支出占比")
    assert "16.06%" in stated.answer, stated.answer


def test_one_kind_of_purchase_said_bare_inside_the_whole(putuo):
    share = putuo.ask("普陀区财政局政府采购金额里服务类占百分之几")
    assert "98.10%" in share.answer, share.answer


def test_a_parts_share_of_the_last_whole_checked_against_a_half(putuo):
    turns = talk(putuo, "普陀财政局工资福利支出是多少", "津贴补贴在这里头占到一半了没")
    assert "59.47%" in turns[1].answer, turns[1].answer
    back = talk(putuo, "普陀财政局一般公共服务支出多少", "行政运行呢", "它在这一类里占几成")
    assert "71.77%" in back[2].answer, back[2].answer


def test_one_kind_of_purchase_said_bare_before_its_whole(hetang):
    share = hetang.ask("政务中心货物占采购总额的比例是多少")
    assert "86.80%" in share.answer, share.answer


def test_the_education_class_said_by_its_head_alone(university):
    share = university.ask("西南大学的支出里是不是教育占了大头")
    assert "92.92%" in share.answer, share.answer
    rest = university.ask("西南大学除了教育以外，别的几类一共花了多少")
    assert "32389.48" in rest.answer, rest.answer
    row = university.ask("西南大学高等教育支出多少")
    assert "389606.87" in row.answer and "425287.27" not in row.answer, row.answer


def test_how_many_times_it_grew_said_翻了几倍(hetang):
    times = hetang.ask("政务中心机关运行经费跟上年比翻了多少倍")
    assert "3.79倍" in times.answer and "173.65" in times.answer, times.answer


def test_a_heads_income_is_personal_never_the_units(putuo):
    pay = putuo.ask("普陀财政局局长一年的年收入有多少")
    assert not pay.answered and "2946.25" not in pay.answer, pay


def test_a_tables_bottom_line_asked_after_the_table_named(putuo):
    turns = talk(putuo, "普陀区财政局的财政拨款收入支出决算总表", "这张表的总计多少")
    assert "2961.68" in turns[1].answer and "2995.39" not in turns[1].answer, turns[1].answer


def test_switching_to_a_department_not_loaded_said_换个部门(putuo):
    other = putuo.ask("换个部门问问，普陀区税务局的收支总计是多少")
    assert not other.answered and "税务局" in other.answer, other


def test_the_spending_said_分成哪几类_is_its_classes_not_a_term(putuo, hetang):
    classes = putuo.ask("普陀区财政局的一般公共预算拨款支出按功能分成哪几类")
    assert classes.intent == "chart.spending" and "一般公共服务支出" in classes.answer, classes
    each = hetang.ask("政务中心按功能分类，一般公共服务和科学技术各花了多少")
    assert "653.44" in each.answer and "200.87" in each.answer, each.answer
