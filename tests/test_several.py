"""bot/several.py: sums, rankings, shares, rates and budgets worked out — always labelled."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, figures", [
    ("工资福利支出和对个人和家庭补助支出各是多少", ["89.71", "37.31"]),
    ("收入总计和支出总计分别是多少", ["793.05", "854.31"]),
])
def test_each_of_several_things(hetang, question, figures):
    answer = hetang.ask(question)
    assert answer.answered and all(f in answer.answer for f in figures)


@pytest.mark.parametrize("question, result", [
    ("工资福利支出加上商品和服务支出一共多少", "271.12"),  # 89.71 + 181.41
    ("政府采购货物支出与服务支出合计多少", "4.09"),
])
def test_a_sum_is_computed_and_labelled(hetang, question, result):
    answer = hetang.ask(question)
    assert answer.answered and result in answer.answer and "计算得出" in answer.answer


def test_a_name_holding_heji_is_no_sum(putuo):
    answer = putuo.ask("本年收入合计是多少")
    assert answer.answered and "2946.25" in answer.answer and "计算得出" not in answer.answer


@pytest.mark.parametrize("question, top", [
    ("基本支出里面哪一项最大", "其他资本性支出"),
    ("基本支出中哪项最少", "对个人和家庭补助支出"),
])
def test_a_ranking_names_the_top_part(hetang, question, top):
    answer = hetang.ask(question)
    assert answer.answered and f"的是{top}" in answer.answer and "计算得出" in answer.answer


def test_a_share_of_two_named_figures_is_computed_only_when_none_is_published(hetang, putuo):
    computed = hetang.ask("机关运行经费占支出总计的比例是多少")
    assert computed.answered and "76.98%" in computed.answer and "计算得出" in computed.answer
    published = putuo.ask("住房保障支出占一般公共预算财政拨款支出的比重")
    assert published.answered and "15.16%" in published.answer


def test_a_growth_rate_is_worked_out_from_the_stated_change(hetang):
    answer = hetang.ask("支出总计比上年增长了百分之几")
    # 537.80 ÷ (854.31 − 537.80) = 169.92%
    assert answer.answered and "169.92%" in answer.answer and "计算得出" in answer.answer


def test_the_budget_is_worked_out_from_the_stated_gap(hetang):
    answer = hetang.ask("公务接待费年初预算是多少")
    assert answer.answered and "7.00" in answer.answer and "计算得出" in answer.answer


def test_the_gap_from_budget_is_worked_out_from_budget_and_final(putuo):
    answer = putuo.ask("信息化建设比年初预算少花了多少钱")
    assert answer.answered and "0.65" in answer.answer and "计算得出" in answer.answer


def test_a_total_never_answers_for_a_narrower_thing(hetang):
    answer = hetang.ask("智慧荷塘二期一共花了多少钱")
    assert not answer.answered or "854.31" not in answer.answer


def test_two_names_written_one_after_the_other_are_both_found(putuo):
    answer = putuo.ask("其他商品和服务支出、劳务费分别多少")
    assert answer.answered and "11.53" in answer.answer and "2.01" in answer.answer


def test_a_sum_of_one_named_thing_is_declined_not_guessed(hetang):
    answer = hetang.ask("食堂和工资福利支出加起来多少")  # 食堂 has no figure
    assert not answer.answered or "89.71" not in answer.answer or "计算得出" not in answer.answer


def test_yigong_is_a_verb_not_the_total(putuo):
    answer = putuo.ask("住房保障支出一共花了多少钱")
    first = answer.answer.splitlines()[0]  # (a table's column may be called 本年支出合计)
    assert answer.answered and "住房保障支出" in first and "445.69" in first
    assert "2940.05" not in first


def test_a_rise_from_one_count_to_another_is_worked_out():
    from bot.several import from_to

    said = "受理的事项已由去年的5个部门120项增至今年的8个部门200项。"
    assert "增加80项" in from_to(said, "事项比去年多了多少项")
    assert "计算得出" in from_to(said, "事项增加了多少")
    assert from_to(said, "事项有多少项") is None  # no change asked


def test_engine_works_out_the_rise_in_a_narrative_count(hetang):
    answer = hetang.ask("一门式系统的审批服务事项一年多了多少项")
    assert answer.answered and "118" in answer.answer and "计算得出" in answer.answer


def test_jia_between_two_names_is_a_sum(putuo):
    answer = putuo.ask("项目支出加基本支出等于多少")
    assert answer.answered and "2940.05" in answer.answer and "计算得出" in answer.answer


@pytest.mark.parametrize("question", [
    "政府采购一共是多少，分成货物、服务的话呢",
    "财政局政府采购总共多少钱（后面还有货物和服务两块）",
])
def test_a_whole_said_before_its_parts_is_stated_never_summed_with_them(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "251.25" in answer.answer, answer.answer
    assert "计算得出" not in answer.answer  # neither 251.26 (parts) nor 502.51 (whole + parts)


def test_a_budget_gap_worked_out_carries_its_stated_reason(putuo):
    answer = putuo.ask("行政运行这块比年初预算省下来多少")
    assert answer.answered and "48.16" in answer.answer and "退休" in answer.answer


def test_each_of_a_list_with_one_thing_not_found_is_not_half_answered(putuo):
    answer = putuo.ask("退休人员的生活补助和住房保障支出分别是多少")  # (离退休支出 is the
    assert not answer.answered and "生活补助" in answer.answer  # 行政单位离退休 row)


@pytest.mark.parametrize("question", ["绩效评价的那几个项目分别是哪些",
                                      "做了绩效自评的是哪几个项目"])
def test_which_ones_asked_is_not_answered_by_how_many(putuo, question):
    answer = putuo.ask(question)
    assert "4个" not in answer.answer, answer.answer


def test_the_whole_said_with_its_parts_comes_first(putuo):
    """政府采购合计多少，分货物和服务: the stated 251.25, never the parts summed (251.26)."""
    answer = putuo.ask("政府采购合计多少，分货物和服务")
    assert answer.answered and "251.25" in answer.answer and "251.26" not in answer.answer
    assert answer.answer.index("251.25") < answer.answer.index("4.79")


@pytest.mark.parametrize("question, top, figure", [
    ("普陀财政局支出最多的是哪个领域", "一般公共服务支出", "2106.66"),
    ("花钱最少的是哪方面", "卫生健康支出", "60.99"),
])
def test_where_the_money_went_ranks_the_spending_classes(putuo, question, top, figure):
    answer = putuo.ask(question)
    assert answer.answered and f"的是{top}，{figure}万元" in answer.answer
    assert "计算得出" in answer.answer and answer.sources


def test_a_ranking_of_one_department_s_items_asks_which_department(both):
    answer = both.ask("基本支出里哪一项最多")  # not the two departments' 基本支出 compared
    assert not answer.answered and answer.options


def test_items_named_by_what_they_pay_for(putuo):
    answer = putuo.ask("出差住宿的钱和印资料的钱一共多少")
    assert answer.answered and "8.81万元" in answer.answer and "计算得出" in answer.answer


def test_a_sum_short_of_an_item_the_disclosure_lacks_is_declined(putuo):
    answer = putuo.ask("出差费用和会务费一共多少")  # 普陀 lists 差旅费, not 会议费
    assert not answer.answered and "会议费" in answer.answer and "1.20" not in answer.answer


def test_a_generic_word_alone_is_no_statistic(putuo):
    answer = putuo.ask("开会支出多少")  # shares only 支出 with 社会保障和就业支出(类)326.72万元
    assert not answer.answered and "326.72" not in answer.answer


def test_the_largest_part_of_income_named_by_its_bare_word(putuo, hetang):
    for engine, top, other in ((putuo, "2940.05", "6.2"), (hetang, "785.17", "7.88")):
        answer = engine.ask("收入里面哪一块最大")
        assert answer.answered and top in answer.answer and other in answer.answer
        assert "计算得出" in answer.answer


@pytest.mark.parametrize("question", ["货物、工程、服务这三项采购加起来，跟采购金额对得上吗",
                                      "货物、工程、服务三项采购加起来是不是等于政府采购金额",
                                      "政府采购几类加在一起对得上合计吗"])
def test_every_part_added_is_set_against_the_stated_whole(putuo, question):
    answer = putuo.ask(question)
    assert answer.answered and "251.26" in answer.answer and "251.25" in answer.answer
    assert "2940.05" not in answer.answer  # 合计/总额 is the sum asked, no thing to add


def test_the_parts_of_one_thing_said_by_their_count_are_added(hetang):
    answer = hetang.ask("政府采购那三项加起来是多少")
    assert answer.answered and "4.09" in answer.answer and "一致" in answer.answer


def test_some_parts_only_are_not_set_against_the_whole(hetang):
    answer = hetang.ask("工资福利支出加上商品和服务支出一共多少")
    assert answer.answered and "271.12" in answer.answer and "784.69" not in answer.answer


def test_a_part_and_its_whole_stated_under_a_namesake_are_never_added(hetang, putuo):
    answer = hetang.ask("工资福利支出加上基本支出合计多少")  # its parent: …财政拨款基本支出
    assert "874.40" not in answer.answer
    check = putuo.ask("人员经费加公用经费是不是等于基本支出？核对一下")
    assert check.answered and "2336.91" in check.answer and "一致" in check.answer
    assert "4673.82" not in check.answer


def test_four_things_asked_each_are_all_answered(putuo):
    answer = putuo.ask("工资福利支出、商品和服务支出、对个人和家庭的补助和资本性支出分别多少")
    assert answer.answered
    assert all(f in answer.answer for f in ("2082.85", "171.07", "69.41", "13.58"))



def test_the_first_few_of_a_ranking(putuo, hetang):
    answer = putuo.ask("支出按功能分类，金额排前两位的是哪两类")
    assert answer.answered and "计算得出" in answer.answer
    assert "排前2的是一般公共服务支出2106.66万元、住房保障支出445.69万元" in answer.answer
    answer = hetang.ask("基本支出里哪三项排在前三")
    assert answer.answered and "排前3的是其他资本性支出476.25万元、商品和服务支出181.41万元、" \
        "工资福利支出89.71万元" in answer.answer


def test_a_class_asked_whether_it_is_the_largest_is_ranked_among_its_fellows(putuo):
    answer = putuo.ask("住房保障支出在各类支出里是不是最多的")
    assert answer.answered and "最多的是一般公共服务支出" in answer.answer


def test_shares_asked_added_are_the_shares_of_one_whole(hetang):
    answer = hetang.ask("一般公共服务支出和科学技术支出的比重加在一起是多少")
    assert answer.answered and "合计100%" in answer.answer and "计算得出" in answer.answer
    assert not hetang.ask("一般公共服务支出和其他收入的占比加起来多少").answered  # two wholes


def test_the_parts_of_a_figure_stated_under_its_longer_name_are_its_parts(hetang):
    # the parts are listed under 一般公共预算财政拨款基本支出
    answer = hetang.ask("基本支出都包括哪几块")
    assert answer.answered and "476.25" in answer.answer and "55.75%" in answer.answer
    assert "计算得出" not in answer.answer.split("原文")[0]  # the shares as stated


def test_the_largest_part_asked_with_its_share_gets_the_stated_share(hetang):
    answer = hetang.ask("支出里面最多的是哪一类，占了多少")
    assert answer.answered and "653.44" in answer.answer and "76.49%" in answer.answer


def test_the_largest_piece_after_a_list_is_ranked_within_the_thing_asked(hetang):
    hetang.ask("基本支出多少钱", chat="piece-1")
    answer = hetang.ask("最多的那一项占百分之几", chat="piece-1")
    assert answer.answered and "其他资本性支出" in answer.answer and "55.75%" in answer.answer


# ---- thirteenth session: rates against the budget, a column's share of its row

@pytest.mark.parametrize("question, rate", [
    ("三公经费的预算执行率是多少", "9.30%"),  # 1.33 ÷ 14.30, the budget stated
    ("三公经费花掉了预算的几成", "9.30%"),
    ("公务接待费预算完成了百分之几", "19.00%"),  # 1.33 ÷ (1.33 + 5.67): the budget worked out
])
def test_the_completion_rate_is_computed_from_stated_figures(hetang, question, rate):
    answer = hetang.ask(question)
    assert answer.answered and rate in answer.answer and "计算得出" in answer.answer


def test_the_gap_to_the_budget_as_a_percentage_is_computed(hetang):
    answer = hetang.ask("一般公共预算财政拨款支出超出年初预算百分之多少")
    # 529.97 ÷ (784.69 − 529.97) = 208.06%: the budget itself worked out from the stated gap
    assert answer.answered and "208.06%" in answer.answer and "254.72" in answer.answer


def test_a_stated_rate_is_answered_as_stated_not_recomputed(putuo):
    answer = putuo.ask("三公经费完成预算的比例是多少")
    assert answer.answered and "0%" in answer.answer and "计算得出" not in answer.answer


def test_no_rate_is_computed_when_none_is_asked(hetang):
    answer = hetang.ask("三公经费预算是多少")
    assert answer.answered and "14.30" in answer.answer and "计算得出" not in answer.answer


# ---- fourteenth session

def test_a_share_of_a_whole_named_between_the_words_is_computed(putuo):
    answer = putuo.ask("人员经费占基本支出多少")
    assert answer.answered and "92.10%" in answer.answer and "计算得出" in answer.answer
    inside = putuo.ask("公用经费在基本支出中占多少")
    assert inside.answered and inside.answer.startswith("上海市普陀区财政局2024年度公用经费")
    assert "7.90%" in inside.answer and "79.49%" not in inside.answer


def test_a_share_is_computed_from_figures_of_one_scope(university):
    answer = university.ask("住房公积金占住房保障支出的比例")
    # all funds ÷ all funds (15400.44 ÷ 16278.27), never 财政拨款 7448.44 ÷ all funds
    assert answer.answered and "94.61%" in answer.answer and "45.76" not in answer.answer


def test_where_the_money_went_lists_the_classes_too(university):
    answer = university.ask("学校的钱都用到哪去了")
    assert answer.answered and "基本支出359781.59万元" in answer.answer
    # largest first, each with its stated share
    assert "教育支出425287.27万元（占92.92%）；住房保障支出16278.27万元" in answer.answer


def test_how_much_more_one_total_is_than_another_is_their_difference(university):
    answer = university.ask("学校支出比收入多出来多少")
    assert answer.answered and "26951.72" in answer.answer and "计算得出" in answer.answer


def test_how_many_times_one_figure_is_another_is_computed(university, putuo):
    answer = university.ask("学校基本支出是项目支出的几倍")
    assert answer.answered and "3.68倍" in answer.answer and "计算得出" in answer.answer
    alias = putuo.ask("支出总计是行政运行的多少倍")  # 支出总计 said once: one thing, not two
    assert alias.answered and "1.94倍" in alias.answer and "收入支出总计" not in alias.answer


def test_each_then_their_sum_is_the_sum_with_each(university):
    answer = university.ask("基本养老保险缴费、职业年金缴费各是多少，一共多少")
    assert answer.answered and "8976.60" in answer.answer and "4488.46" in answer.answer
    assert "合计13465.06万元" in answer.answer


def test_the_largest_item_of_a_column_is_ranked_over_its_rows(putuo):
    answer = putuo.ask("项目支出里面哪项最大")
    assert answer.answered and "最多的是财政委托业务支出，449.52万元" in answer.answer


def test_where_a_column_went_is_its_rows_by_class(university):
    answer = university.ask("学校的基本建设资金支出用在了哪些科目")
    assert answer.answered and "合计6894.90万元" in answer.answer
    assert "教育支出5536.97万元" in answer.answer
    assert "实验室及相关设施1357.93万元" in answer.answer


def test_the_income_sources_of_a_row_are_its_income_columns(university):
    answer = university.ask("社会保障和就业支出的收入来源")
    assert answer.answered and "财政拨款收入13345.79万元" in answer.answer
    assert "其他收入119.27万元" in answer.answer and "养老保险" not in answer.answer
    nested = university.ask("高等教育的收入来源")  # 教育收费 is part of 事业收入: not added
    assert "（其中教育收费72670.34万元）" in nested.answer
    assert "其他收入34243.50万元" in nested.answer


def test_which_items_are_zero_lists_those_stated_as_zero(putuo, hetang, university):
    answer = putuo.ask("三公经费下面哪几项为0")
    assert answer.answered
    assert "因公出国(境)费、公务用车购置及运行维护费、公务接待费" in answer.answer
    whole = hetang.ask("哪些项目一分钱没花")
    assert whole.answered and "公务用车运行维护费" in whole.answer
    assert "公务接待费" not in whole.answer  # 1.33万元
    none = university.ask("哪些是零")  # blank table cells are not read: none found is no proof
    assert not none.answered
