"""Kinds of question met in the twenty-eighth round of our own sets, each pinned with this
project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


@pytest.mark.parametrize("question", ["科学技术和一般公共服务加起来多少",
                                      "一般公共服务和科学技术合计多少"])
def test_two_names_said_in_part_side_by_side_are_both_summed(hetang, question):
    answer = hetang.ask(question)
    assert answer.answered and answer.intent == "figure.total", answer
    assert "653.44万元＋科学技术支出200.87万元" in answer.answer, answer.answer


def test_a_short_form_inside_a_longer_name_names_no_other_thing(putuo):
    answer = putuo.ask("因公出国和公车购置运维费用各多少")
    assert answer.answered and "公务用车购置及运行维护费（财政拨款）" in answer.answer
    assert "因公出国(境)费（财政拨款）" in answer.answer, answer.answer


def test_asked_again_in_one_sentence_repeats_the_last_figure(hetang):
    *_, answer = talk(hetang, "财政拨款支出总计多少", "用一句话讲")
    assert answer.answered and "784.69" in answer.answer, answer.answer


def test_how_to_put_it_said_first_leaves_the_rest_asked(putuo):
    *_, answer = talk(putuo, "项目支出多少", "简单点说，占总支出几成")
    assert answer.answered and "20.51%" in answer.answer, answer.answer


def test_a_figure_named_short_is_defined_by_the_glossary_term_of_that_name(putuo):
    answer = putuo.ask("结转结余是啥意思")
    assert answer.answered and "延迟到以后年度" in answer.answer, answer.answer


def test_no_term_is_read_inside_a_name_said_whole(hetang):
    answer = hetang.ask("年末财政拨款结转和结余是什么意思")
    assert not answer.answered and "财政拨款收入：" not in answer.answer, answer.answer


def test_the_meaning_of_a_figure_pointed_at_with_no_term_is_its_sentence(hetang):
    *_, answer = talk(hetang, "年末财政拨款结转和结余是多少", "这个数是什么意思")
    assert answer.answered and "0.48" in answer.answer and "财政拨款收入：" not in answer.answer


@pytest.mark.parametrize("turn", ["那他们花了多少", "那他们2024年花了多少"])
def test_a_term_then_the_units_figure_of_it(putuo, turn):
    *_, answer = talk(putuo, "什么是机关运行经费", turn)
    assert answer.answered and "184.65" in answer.answer, answer.answer


def test_classes_by_function_asked_are_the_classes_first(putuo):
    answer = putuo.ask("一般公共预算财政拨款支出按功能分类有哪几类")
    first = answer.answer.split("\n")[0]
    assert answer.answered and "一般公共服务支出2106.66万元" in first, answer.answer


def test_a_money_thing_whose_own_word_no_sentence_has_is_declined(hetang):
    answer = hetang.ask("行政运行那一项支出多少")
    assert not answer.answered and "657.67" not in answer.answer, answer.answer


def test_a_year_said_after_a_term_asks_that_terms_figure_not_the_units_spending(putuo):
    *_, answer = talk(putuo, "什么是机关运行经费", "那2024年花了多少")
    assert answer.answered and "184.65" in answer.answer and "2940.05" not in answer.answer


@pytest.mark.parametrize("turns", [("2016年末财政拨款结转和结余多少",),
                                   ("2017年财政拨款结转结余多少", "2016年末呢"),
                                   ("2017年财政拨款结转结余多少", "2016年呢")])
def test_the_year_befores_end_is_never_answered_with_this_years(hetang, turns):
    *_, answer = talk(hetang, *turns)
    assert not answer.answered and "199.74" not in answer.answer, answer.answer
    assert "0.48" not in answer.answer, answer.answer


def test_the_other_end_of_the_year_asked_with_a_unit_to_put_it_in(university):
    *_, answer = talk(university, "上年结转和结余多少", "年末的呢，折合成亿是多少")
    assert answer.answered and "106848.91" in answer.answer, answer.answer


def test_the_gap_after_two_sides_asked_in_turn_is_between_them(hetang):
    *_, answer = talk(hetang, "一般公共预算财政拨款收入多少", "支出多少", "差额多少")
    assert answer.answered and "0.48" in answer.answer and "61.26" not in answer.answer


def test_the_actual_and_its_gap_after_a_budget(putuo):
    *_, answer = talk(putuo, "行政运行年初预算多少", "最后花了多少，差多少")
    assert answer.answered and "1511.89" in answer.answer and "48.16" in answer.answer


def test_whose_share_is_higher_after_two_units_is_of_both(both):
    *_, answer = talk(both, "普陀区财政局2024年政府采购总额多少", "荷塘区政务服务中心2017年的呢",
                      "谁的服务类采购占比高")
    assert answer.answered and "246.47" in answer.answer and "0.54" in answer.answer


@pytest.mark.parametrize("turns", [("其他支出用在哪了",),
                                   ("其他支出有多少", "这笔钱具体是干啥的")])
def test_no_use_stated_the_rows_under_it_say_what_it_went_to(university, turns):
    *_, answer = talk(university, *turns)
    assert answer.answered and "用于教育事业的彩票公益金支出（2296004）109.50万元" in answer.answer


def test_where_money_came_from_is_no_use(university):
    answer = university.ask("科学技术支出的收入来源是什么")
    assert "记在" not in answer.answer, answer.answer


def test_a_rows_code_asked_is_its_code_and_class(university):
    answer = university.ask("住房公积金科目编码")
    assert answer.answered and "2210201" in answer.answer.split("\n")[0], answer.answer


def test_a_claim_read_off_a_screenshot_is_checked_not_refused(university):
    answer = university.ask("截图写着项目支出占支出总额21.39%，没错吧")
    assert answer.answered and "21.39%" in answer.answer, answer.answer


def test_the_meaning_and_the_units_money_asked_together_are_both_answered(university):
    answer = university.ask("项目支出是啥？学校花了多少")
    assert answer.answered and "基本支出之外" in answer.answer and "97895.15" in answer.answer


def test_a_description_then_the_money_is_the_money_of_the_term_found(university):
    answer = university.ask("反映国家重点实验室、野外台站支出的是哪个科目，这个学校花了多少")
    assert answer.answered and "重点实验室及相关设施" in answer.answer
    assert "1707.93" in answer.answer, answer.answer


def test_a_named_class_with_no_use_stated_is_not_answered_with_its_rows(putuo):
    answer = putuo.ask("一般公共服务支出用在哪了")
    assert "记在" not in answer.answer, answer.answer


def test_the_two_just_asked_said_as_俩(putuo):
    *_, answer = talk(putuo, "办公费多少", "差旅费呢", "俩加起来多少")
    assert answer.answered and "计算得出" in answer.answer and "21.21" in answer.answer


@pytest.mark.parametrize("turn", ["和年初比变化大不大", "跟年初比多了多少"])
def test_the_other_end_of_the_year_set_against_this_one(putuo, turn):
    *_, answer = talk(putuo, "年末财政拨款结转和结余多少", turn)
    assert answer.answered and "年初财政拨款结转和结余21.63万元" in answer.answer, answer.answer
    assert "55.34" not in answer.answer, answer.answer


def test_two_things_set_against_each_other_are_a_difference_not_a_change(putuo):
    answer = putuo.ask("年末财政拨款结转和结余比年初财政拨款结转和结余变化大不大")
    assert answer.answered and "0.00万元（计算得出" in answer.answer, answer.answer
    on_last_year = putuo.ask("一般公共服务支出和住房保障支出比上年增加多少")
    assert "计算得出" not in on_last_year.answer, on_last_year.answer


def test_what_a_term_covers_when_its_parts_have_no_figures(putuo):
    *_, answer = talk(putuo, "三公经费是什么", "包括哪几项")
    assert answer.answered and "公务用车购置及运行维护费和公务接待费" in answer.answer


def test_which_of_two_grew_faster_is_worked_out_from_their_rates(university):
    answer = university.ask("高中教育和小学教育哪个涨得快")
    first = answer.answer.split("\n")[0]
    assert answer.answered and "增长最快的是高中教育" in first and "计算得出" in first, first


@pytest.mark.parametrize("question", ["西南大学归谁管", "西大是哪个部门管的"])
def test_whom_the_unit_stands_under_is_its_own_sentence(university, question):
    answer = university.ask(question)
    assert answer.answered and "教育部直属" in answer.answer, answer.answer


def test_a_duty_naming_whom_others_belong_to_is_no_answer_to_whom_the_unit_does(hetang):
    answer = hetang.ask("荷塘区政务服务中心归谁管")
    assert "所属工作部门(单位)审批" not in answer.answer.split("\n")[0], answer.answer


def test_when_a_unit_began_said_as_its_name(university):
    answer = university.ask("西南大学这个名字是哪年有的")
    assert answer.answered and "2005年" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["夏泉家住哪", "夏泉住在哪里", "接洽人夏泉住在哪个小区"])
def test_a_named_persons_home_is_never_answered(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered and "个人信息" in answer.answer, answer.answer


def test_half_a_year_asked_in_a_follow_up_is_declined(university):
    *_, answer = talk(university, "2023年的事业收入", "那就要前半年的")
    assert not answer.answered and "136385.24" not in answer.answer, answer.answer


def test_pointing_back_at_a_unit_not_loaded_never_answers_for_a_loaded_one(university):
    *_, answer = talk(university, "西南交通大学2023年决算你这有吗", "那它的财政拨款收入")
    assert not answer.answered and "西南交通大学" in answer.answer, answer.answer
    *_, named = talk(university, "西南交通大学2023年决算你这有吗", "那它的财政拨款收入",
                     "西南大学的呢")
    assert named.answered and "243015.38" in named.answer, named.answer


def test_two_units_added_said_as_加一起(both):
    answer = both.ask("荷塘政务中心和普陀财政局的政府采购总额加一起是多少")
    assert answer.answered and "255.34" in answer.answer, answer.answer


@pytest.mark.parametrize("turn", ["财政拨款口径的呢", "只算财政拨款呢"])
def test_the_funds_scope_asked_of_a_balance_is_its_fiscal_namesake(putuo, turn):
    *_, answer = talk(putuo, "年初结转和结余多少", turn)
    assert answer.answered and "年初财政拨款结转和结余」21.63" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["2017年1月到12月一共花出去多少",
                                      "一季度到四季度加起来一共支出多少"])
def test_the_whole_year_said_as_its_span_is_the_year(hetang, question):
    answer = hetang.ask(question)
    assert answer.answered and "854.31" in answer.answer, answer.answer


@pytest.mark.parametrize("turn, figure", [("保留一位小数", "657.7万元"),
                                          ("用亿做单位是多少", "0.07亿元")])
def test_a_figure_put_in_another_precision_or_unit(hetang, turn, figure):
    *_, answer = talk(hetang, "机关运行经费多少", turn)
    assert answer.answered and figure in answer.answer and "计算得出" in answer.answer


def test_the_car_of_三公_and_an_item_with_a_pointing_word_before_its_money(putuo):
    car = putuo.ask("三公里的车花了多少")
    assert car.answered and "公务用车购置及运行维护费" in car.answer, car.answer
    goods = putuo.ask("商品服务那块2024年花了多少")
    assert goods.answered and "171.07" in goods.answer, goods.answer


def test_giving_up_is_no_question(university):
    *_, answer = talk(university, "养老保险缴费花了多少", "算了")
    assert not answer.answered and answer.intent == "smalltalk.thanks", answer


@pytest.mark.parametrize("first, turn, figure", [
    ("财政拨款支出一共多少", "全部资金口径呢", "457676.75"),
    ("科学技术支出里财政拨款多少", "不光是财政的，全部算上呢", "2536.65"),
])
def test_every_source_of_funds_asked_after_a_fiscal_figure(university, first, turn, figure):
    *_, answer = talk(university, first, turn)
    assert answer.answered and figure in answer.answer, answer.answer


def test_every_source_of_funds_of_a_fiscal_only_column_is_declined(university):
    *_, answer = talk(university, "财政拨款支出里基本建设资金多少", "全部资金口径呢")
    assert not answer.answered and "6894.90" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["收入里事业收入是不是最大的一项", "事业收入排第几"])
def test_where_one_part_stands_among_the_others_of_its_whole(university, question):
    answer = university.ask(question)
    assert answer.answered and "排第2" in answer.answer and "243015.38" in answer.answer


def test_asked_to_be_exact_alone_repeats_and_with_a_unit_converts(hetang):
    *_, exact = talk(hetang, "收入总计多少", "精确点")
    assert exact.answered and "793.05" in exact.answer, exact.answer
    *_, yuan = talk(hetang, "收入总计多少", "精确点到元")
    assert yuan.answered and "7930500元" in yuan.answer, yuan.answer


def test_all_funds_asked_is_never_answered_with_the_fiscal_figure(hetang):
    answer = hetang.ask("不光是财政的，全部资金的基本支出是多少")
    assert not answer.answered and "784.69" not in answer.answer, answer.answer


def test_the_fiscal_part_of_an_item_with_none_stated_is_never_the_units_fiscal_income(hetang):
    *_, answer = talk(hetang, "科学技术支出多少", "这里面财政拨款出了多少")
    assert not answer.answered and "785.17" not in answer.answer, answer.answer


def test_a_stated_rise_from_one_count_to_another_asked_how_much_after_it(hetang):
    *_, answer = talk(hetang, "一门式系统现在覆盖多少自然人审批服务事项", "去年是多少",
                      "增加了多少项")
    assert answer.answered and "118项" in answer.answer and "计算得出" in answer.answer


def test_the_items_above_one_are_counted_and_named(hetang):
    *_, answer = talk(hetang, "工资福利支出多少", "比它大的还有几项")
    assert answer.answered and "大的有2项" in answer.answer and "476.25" in answer.answer
