"""Kinds of question met in the nineteenth round of our own sets (formal and Taiwanese wording,
speech, the layout's own words, sums per day, the report itself, everyday comparisons, terse
replies), each pinned with this project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


def test_wei_he_after_a_figure_asks_what_it_is_before_a_change_asks_why(hetang):
    answer = hetang.ask("貴中心機關運行經費為何？")
    assert answer.intent == "figure.amount" and "657.67" in answer.answer, answer.answer
    why = hetang.ask("机关运行经费为何增加")
    assert why.intent == "figure.reason" and "一门式" in why.answer, why.answer


def test_a_share_per_head_without_a_stated_head_count_is_declined(putuo):
    for question in ("每名职工分摊多少人员经费", "人员经费摊到每个干部头上有多少"):
        answer = putuo.ask(question)
        assert not answer.answered and "人数" in answer.answer, answer.answer


@pytest.mark.parametrize("unit, question, said", [
    ("hetang", "三公经费能买几台电脑", "折算"),  # money against everyday things
    ("hetang", "公务接待费相当于我几年工资", "折算"),
    ("hetang", "一年的支出够盖几栋楼", "折算"),
    ("hetang", "公务接待费是不是历年最低", "2017年度"),  # a record, one year loaded
    ("hetang", "哪一年的支出最多", "2017年度"),
    ("hetang", "收入是不是创了历史新高", "2017年度"),
    ("putuo", "财政委托业务请了哪家中介", "没有公开"),  # the firms paid
    ("putuo", "这笔钱是付给哪几家公司的", "没有公开"),
    ("putuo", "委托给谁做的审计", "没有公开"),
])
def test_what_the_accounts_cannot_say_is_declined_saying_why(request, unit, question, said):
    answer = request.getfixturevalue(unit).ask(question)
    assert not answer.answered and said in answer.answer, answer.answer


def test_a_day_of_the_year_is_the_year_over_its_days(hetang, putuo):
    answer = hetang.ask("平均一天花多少钱")  # 854.31 / 365
    assert answer.answered and "2.34万元" in answer.answer and "计算得出" in answer.answer
    leap = putuo.ask("支出合计日均多少")  # 2940.05 / 366: 2024 had 366 days
    assert "8.03万元" in leap.answer, leap.answer


def test_how_much_is_spent_said_plainly(hetang):
    answer = hetang.ask("中心一年花多少钱")
    assert answer.answered and "854.31" in answer.answer, answer.answer


def test_the_part_of_the_report_asked_with_words_between(hetang):
    answer = hetang.ask("公务接待费列在报告的哪一部分")
    assert answer.intent == "figure.where" and "第三部分" in answer.answer, answer.answer
    coded = hetang.ask("机关运行经费记在哪个科目")  # the classification asked, not the report
    assert coded.intent != "figure.where", coded.answer


def test_whether_the_report_mentions_a_thing_is_that_thing(putuo):
    answer = putuo.ask("报告中提到政府采购了吗")
    assert answer.answered and "251.25" in answer.answer, answer.answer
    said = putuo.ask("决算报告里有没有提到编报绩效目标的项目")
    assert said.answered and "598.42" in said.answer, said.answer


def test_doubled_asks_the_change(hetang):
    answer = hetang.ask("机关运行经费翻番了吗")
    assert answer.intent == "figure.change" and "484.02" in answer.answer, answer.answer


def test_a_greeting_says_one_and_thanks_among_other_words(hetang):
    assert hetang.ask("差在哪").intent != "smalltalk.greet"
    assert hetang.ask("嗯嗯好的，多谢").intent == "smalltalk.thanks"
    assert hetang.ask("你好").intent == "smalltalk.greet"


def test_where_it_differs_after_the_budget_is_the_gap_and_its_reason(putuo):
    *_, gap = talk(putuo, "行政运行决算多少", "年初预算呢", "差在哪")
    assert gap.answered and "48.16" in gap.answer and "退休" in gap.answer, gap.answer


def test_figures_stated_with_their_share_of_the_total_are_its_parts(university):
    answer = university.ask("学校的钱从哪几块来，各多少")
    assert answer.answered, answer.answer
    for figure in ("243015.38", "136385.24", "51324.41"):
        assert figure in answer.answer, answer.answer


def test_a_share_per_head_is_never_the_sentence_of_the_amount(putuo):
    answer = putuo.ask("单位一年的人员经费，每个在岗职工摊多少")
    assert not answer.answered and "人数" in answer.answer, answer.answer


def test_a_day_after_a_figure_the_asker_recalls(putuo):
    answer = putuo.ask("一年支出好像是2900多万吧，平均每天多少")
    assert answer.answered and "8.03万元" in answer.answer, answer.answer


def test_besides_is_no_rest_of_the_parts(university):
    *_, answer = talk(university, "财政拨款收入是多少", "另外，财政拨款支出总计也告诉我")
    assert "237100.00" in answer.answer and "136385.24" not in answer.answer, answer.answer


def test_each_of_one_thing_is_its_parts_and_a_total_of_two_their_sum(hetang):
    *_, parts = talk(hetang, "政府采购支出是多少", "各是多少")
    assert parts.answered and "3.55" in parts.answer and "0.54" in parts.answer, parts.answer
    *_, summed = talk(hetang, "一般公共服务支出是多少", "那科学技术支出", "合计")
    assert summed.answered and "854.31" in summed.answer and "计算得出" in summed.answer


def test_the_other_side_said_among_more_words_is_its_own_total(hetang):
    *_, answer = talk(hetang, "支出总计平均每月多少", "收入平均每月多少")
    assert "793.05" in answer.answer and "854.31" not in answer.answer, answer.answer
    alone = hetang.ask("收入平均一天多少")
    assert alone.answered and "2.17万元" in alone.answer, alone.answer


def test_a_conversion_of_all_funds_is_the_tables_total_not_the_fiscal_part(university):
    answer = university.ask("住房公积金总共多少，换算成元")
    assert answer.answered and "154004400元" in answer.answer, answer.answer
    fiscal = university.ask("住房公积金财政拨款部分换算成元")
    assert "74484400元" in fiscal.answer, fiscal.answer


def test_the_gap_to_the_budget_of_a_row_stated_under_a_shorter_name(putuo):
    *_, gap = talk(putuo, "职业年金缴费支出是多少", "年初预算呢", "差了多少")
    assert gap.answered and "0.43万元" in gap.answer and "计算得出" in gap.answer, gap.answer


def test_which_share_is_higher_compares_the_shares_not_the_amounts(both):
    answer = both.ask("政务中心和财政局，财政拨款收入的占比谁更高")
    assert answer.answered and "0.79个百分点" in answer.answer, answer.answer
    assert "2154.88" not in answer.answer  # the amounts' difference


def test_which_is_higher_after_two_departments_compares_them(both):
    *_, answer = talk(both, "荷塘区政务服务中心机关运行经费是多少", "普陀区财政局的呢",
                      "哪家的高")
    assert answer.answered and "473.02" in answer.answer, answer.answer
    *_, share = talk(both, "荷塘政务中心财政拨款收入占比多少", "那普陀区财政局呢",
                     "哪个的占比高一些")
    assert "0.79个百分点" in share.answer, share.answer


def test_the_contact_asked_in_other_words(hetang):
    answer = hetang.ask("呢個中心嘅聯絡電話係幾多")
    assert answer.answered and "28428828" in answer.answer, answer.answer


def test_mainly_which_class_grew_is_a_ranking_of_the_changes(university):
    *_, answer = talk(university, "学校支出比上年多了多少", "主要是哪一块增加的")
    assert answer.intent == "figure.ranking" and "52499.75" in answer.answer, answer.answer


def test_by_what_standard_it_is_paid_is_its_definition(university):
    *_, answer = talk(university, "住房公积金支出是多少", "按啥标准交的")
    assert answer.intent == "glossary.define" and "规定比例" in answer.answer, answer.answer


def test_the_bare_total_said_with_the_unit(university):
    answer = university.ask("学校支出比上年多了多少")
    assert answer.answered and "54492.83" in answer.answer, answer.answer


def test_a_code_no_loaded_table_has_is_declined(hetang, putuo):
    for engine, question in ((hetang, "2010350这个科目决算数多少"),
                             (putuo, "科目2299999花了多少")):
        answer = engine.ask(question)
        assert not answer.answered and "科目编码" in answer.answer, answer.answer
    assert "1511.89" in putuo.ask("2010601是多少").answer  # a code the tables have
    counted = hetang.ask("受理业务97573件是全年的吗")  # a count, no code
    assert "科目编码" not in counted.answer, counted.answer


def test_a_part_over_another_thing_is_never_the_other_things_own_share(university):
    answer = university.ask("教育收费在事业收入里占多大比重")  # a column's 合计 ÷ 事业收入
    assert answer.answered and "54.00%" in answer.answer, answer.answer
    unknown = university.ask("工资福利支出占基本支出百分之几")  # no such item for a university
    assert not unknown.answered and "78.61" not in unknown.answer, unknown.answer


def test_kept_for_next_year_names_no_year_asked(hetang):
    answer = hetang.ask("结转到下一年接着用的资金叫什么")
    assert "没有2018年" not in answer.answer, answer.answer
    assert "没有2018年" in hetang.ask("明年的三公经费是多少").answer


def test_teachers_counted_and_grants_are_no_honours(university):
    assert "3265" in university.ask("学校老师多少人").answer
    grants = university.ask("学生的奖学金发了多少")
    assert grants.intent != "stats.honours" and "二等奖" not in grants.answer, grants.answer


def test_the_share_of_the_budget_spent_after_a_thing_is_that_things(putuo):
    *_, rate = talk(putuo, "行政运行决算数", "年初预算呢", "执行了百分之多少")
    assert rate.answered and "96.91%" in rate.answer and "98.20" not in rate.answer, rate.answer


def test_what_it_was_used_for_is_never_its_figure_again(hetang, putuo):
    *_, use = talk(hetang, "科学技术支出是多少", "主要用在哪")
    assert not use.answered, use.answer  # the narrative states its amount, no use
    stated = putuo.ask("信息化建设主要用在哪")
    assert stated.answered and "日常维护" in stated.answer, stated.answer


def test_a_department_lacking_the_thing_asked_of_both_is_said_to(both):
    answer = both.ask("两家单位谁的人员经费高")
    assert "2152.26" in answer.answer, answer.answer
    assert "荷塘区政务服务中心2017年度决算没有列出“人员经费”" in answer.answer, answer.answer


def test_the_units_services_asked_in_everyday_words(hetang):
    sent = hetang.ask("在大厅办事，结果可以邮寄吗")
    assert sent.answered and "寄送" in sent.answer, sent.answer
    calls = hetang.ask("市长热线接了多少电话")
    assert calls.intent != "org.contact_phone", calls.answer  # calls counted, no number asked


def test_how_a_matter_went_is_the_section_headed_by_it(putuo):
    answer = putuo.ask("普陀区财政局的绩效怎么样")
    assert answer.answered and "预算绩效管理工作开展情况" in answer.answer, answer.answer


def test_another_column_of_the_same_row_replaces_the_last_column(university):
    *_, other = talk(university, "科学技术支出是多少", "基本支出呢", "那项目支出")
    assert "1707.93" in other.answer and "828.72" not in other.answer, other.answer


def test_the_next_part_keeps_the_kind_and_the_scope_asked(university):
    *_, other = talk(university, "财政拨款支出总计是多少", "其中基本支出占比多少", "项目支出呢")
    assert other.intent == "figure.share" and "16.06%" in other.answer, other.answer


def test_a_places_own_finances_are_no_units(putuo):
    for question in ("普陀区财政收入一年多少", "普陀区一般公共预算收入是多少", "普陀区税收多少"):
        answer = putuo.ask(question)
        assert not answer.answered and "全区" in answer.answer, answer.answer
    assert "2940.05" in putuo.ask("普陀区财政局财政拨款收入多少").answer  # the unit's own


def test_the_closing_balance_after_the_opening_one(university):
    *_, closing = talk(university, "上年结转和结余是多少", "那年末呢")
    assert "106848.91" in closing.answer and "93660.54" not in closing.answer, closing.answer


def test_the_unit_called_by_its_kind_after_a_year(both):
    *_, answer = talk(both, "24年那个局的收入是多少", "17年那个中心的呢")
    assert answer.answered and "793.05" in answer.answer, answer.answer
