"""Kinds of question met in the thirtieth round of our own sets, each pinned with this
project's own wording."""

from __future__ import annotations

from conftest import talk


def test_the_contents_are_read_as_printed(hetang_records):
    contents = hetang_records.document.contents
    lines = contents.splitlines()
    assert lines[0].startswith("第一部分") and lines[-1] == "第五部分名词解释", contents
    assert "八、政府性基金预算财政拨款收入支出决算表" in lines and len(lines) == 15, contents


def test_the_tables_listed_are_counted_and_named(putuo):
    count = putuo.ask("普陀财政局的决算里总共几张表啊")
    assert count.answered and count.intent == "org.contents", count
    assert "列出9张表" in count.answer, count.answer
    assert "九、国有资本经营预算财政拨款收入支出决算表" in count.answer, count.answer
    assert "情况说明" not in count.answer, count.answer  # the parts explaining them are no tables
    fifth = putuo.ask("普陀财政局第五个表叫啥名字")
    assert fifth.answered and "“一般公共预算财政拨款支出决算表”" in fifth.answer, fifth.answer
    none = putuo.ask("普陀财政局表十是什么")
    assert not none.answered and "9张" in none.answer, none.answer


def test_a_table_found_by_words_of_its_title_gives_its_place(hetang, university):
    fund = hetang.ask("荷塘政务中心讲政府性基金的那张表排第几")
    assert fund.answered and "是第8张表" in fund.answer, fund.answer
    grants = university.ask("西南大学财政拨款支出那张表是第几张")
    assert grants.answered and "“高等学校财政拨款支出决算表”是第4张表" in grants.answer
    unknown = hetang.ask("荷塘政务中心讲项目绩效的那张表是第几张")
    assert not unknown.answered and "没有“项目绩效”" in unknown.answer, unknown.answer


def test_the_parts_are_counted_and_one_named_by_its_place(hetang, university):
    parts = hetang.ask("荷塘政务中心这个决算报告一共分几部分")
    assert parts.answered and "分5部分" in parts.answer and "第四部分 联系方式" in parts.answer
    fourth = hetang.ask("荷塘政务中心第四部分讲的啥")
    assert fourth.answered and "联系方式" in fourth.answer and "28428828" in fourth.answer, \
        fourth.answer  # what it says, under its title
    school = university.ask("西南大学的决算有哪几部分")
    assert school.answered and "分4部分" in school.answer and "四、名词解释" in school.answer
    fifth = university.ask("西南大学第五部分写的什么")
    assert not fifth.answered and "只分4部分" in fifth.answer, fifth.answer


def test_a_figure_in_a_table_named_by_place_is_still_the_figure(university):
    answer = university.ask("西南大学第2张表里高中教育收入是多少")
    assert answer.answered and answer.intent != "org.contents", answer
    assert "24804.57" in answer.answer, answer.answer


def test_the_unit_of_the_tables(putuo):
    answer = putuo.ask("普陀财政局表格里的单位是什么")
    assert answer.answered and "万元" in answer.answer, answer.answer


def test_all_spending_after_a_grants_figure_is_not_that_figure(hetang):
    *_, answer = talk(hetang, "政务中心财政拨款支出里基本支出多少",
                      "那全部支出当中基本支出项目支出分别是多少")
    assert not answer.answered and "784.69" not in answer.answer, answer.answer
    whole = hetang.ask("政务服务中心全部支出多少")
    assert whole.answered and "854.31" in whole.answer, whole.answer


def test_spent_more_than_another_is_their_difference(hetang):
    answer = hetang.ask("荷塘政务中心科学技术比一般公共服务少花了多少钱")
    assert answer.answered and answer.intent == "figure.difference", answer
    assert "452.57" in answer.answer, answer.answer
    change = hetang.ask("荷塘政务中心机关运行经费比上年多花了多少")
    assert change.answered and "484.02" in change.answer, change.answer


def test_a_short_question_then_a_part_are_both_answered(putuo):
    *_, answer = talk(putuo, "普陀财政局基本支出多少", "公用经费呢？里面商品和服务支出多少")
    assert "184.65" in answer.answer and "171.07" in answer.answer, answer.answer


def test_the_housing_fund_said_short(putuo):
    answer = putuo.ask("普陀财政局给职工交公积金花了多少")
    assert answer.answered and "187.19" in answer.answer, answer.answer


def test_what_it_was_used_for_said_loosely(putuo):
    *_, answer = talk(putuo, "普陀财政局信息化建设支出多少", "这笔钱拿来做什么了")
    assert answer.intent == "figure.purpose", answer


def test_an_outburst_with_the_amount_asked_gives_the_amount(putuo, hetang):
    answer = putuo.ask("我去 普陀财政局津贴补贴凭啥这么多 具体多少")
    assert answer.answered and "1238.58" in answer.answer, answer.answer
    why = putuo.ask("普陀财政局津贴补贴凭啥这么多")
    assert not why.answered, why.answer  # no amount asked: the reason alone, not stated
    grew = hetang.ask("荷塘政务中心工资福利支出为啥增加了，增加了多少")
    assert "89.71" not in grew.answer.split("\n")[0], grew.answer


def test_how_many_units_the_accounts_cover(putuo):
    answer = putuo.ask("普陀财政局的部门决算包含几家单位")
    assert answer.answered and answer.intent == "org.units", answer


def test_the_class_a_pension_row_corresponds_to(university):
    answer = university.ask("西南大学给老师交的职业年金对应的科目是哪个")
    assert answer.answered and answer.intent == "figure.belongs", answer
    assert "2080506" in answer.answer, answer.answer


def test_the_largest_but_one_said_as_all_but_it(putuo):
    answer = putuo.ask("普陀财政局一般公共服务支出当中，不算行政运行，哪一项最多")
    assert answer.answered and "财政委托业务支出，449.52万元" in answer.answer, answer.answer
    assert "除行政运行外" in answer.answer, answer.answer
    *_, after = talk(putuo, "普陀财政局一般公共服务支出是多少", "这里面除去行政运行哪个最大")
    assert "财政委托业务支出，449.52万元" in after.answer, after.answer


def test_back_to_the_total_after_two_questions_of_one_part(putuo):
    *_, answer = talk(putuo, "普陀财政局一般公共预算财政拨款支出是多少", "住房保障支出呢",
                      "它占了百分之几", "回到刚才那个，比上年呢")
    assert answer.answered and "63.14" in answer.answer, answer.answer


def test_budget_and_actual_of_a_new_item_are_its_own_only(putuo):
    *_, answer = talk(putuo, "普陀财政局行政运行预算多少", "那信息化建设呢，预算和决算分别是多少")
    assert "135.90" in answer.answer and "1560.05" not in answer.answer, answer.answer
    assert answer.answer.count("信息化建设（财政拨款）") == 1, answer.answer  # said once


def test_why_over_budget_is_not_answered_when_no_reason_is_given_for_it(hetang):
    *_, answer = talk(hetang, "荷塘政务中心一般公共预算财政拨款支出比预算多了多少",
                      "为啥比预算多出这么多")
    assert not answer.answered and "没有说明" in answer.answer, answer.answer
    assert "529.97" in answer.answer, answer.answer  # the gap itself is still said


def test_the_latest_year_said_in_words(putuo, hetang):
    answer = putuo.ask("普陀财政局最近一年的收入合计是多少")
    assert answer.answered and "2946.25" in answer.answer, answer.answer
    *_, again = talk(hetang, "荷塘政务中心公务接待费多少", "那最近一年的呢")
    assert again.answered and "1.33" in again.answer, again.answer


def test_a_meaning_put_in_plain_words_is_checked_against_the_glossary(hetang):
    answer = hetang.ask("荷塘政务中心的其他收入说白了就是零零碎碎的收入？")
    assert answer.answered and answer.intent == "glossary.define", answer
    assert "除上述收入以外的各项收入" in answer.answer, answer.answer
    claim = hetang.ask("荷塘政务中心接待费就是1.33万吧")
    assert claim.intent != "glossary.define" and "1.33" in claim.answer, claim


def test_a_trend_with_one_year_loaded_gives_the_change_stated(putuo, hetang):
    answer = putuo.ask("普陀财政局机关运行经费这些年是不是一直在增加")
    assert answer.answered and "2.55" in answer.answer and "只载入了2024年度" in answer.answer
    rising = hetang.ask("这些年机关运行经费是不是一直在涨")  # one year: its change, said so
    assert rising.answered and "484.02" in rising.answer and "只载入了2017年度" in rising.answer
    record = hetang.ask("荷塘政务中心三公经费是不是历年最低")
    assert not record.answered, record.answer
    average = hetang.ask("荷塘政务中心近五年的公务接待费平均一年多少")
    assert not average.answered and "1.33" not in average.answer, average.answer


def test_which_firm_did_the_work_is_not_disclosed(putuo):
    answer = putuo.ask("普陀财政局委托业务找的哪家审计事务所")
    assert not answer.answered and answer.intent == "figure.not_disclosed", answer


def test_an_item_named_by_its_own_words_without_office_and_kind(putuo):
    answer = putuo.ask("普陀财政局委托业务花了多少")
    assert answer.answered and "449.52" in answer.answer, answer.answer


def test_figures_said_bare_to_be_confirmed_are_each_checked(putuo):
    answer = putuo.ask("普陀财政局行政运行1500万，信息化建设130万，我记得没错吧")
    assert "1511.89" in answer.answer and "135.25" in answer.answer, answer.answer
    bound = putuo.ask("普陀财政局单价100万元以上的设备也没有吧")
    assert "2台(套)" in bound.answer, bound.answer  # a name's bound is no figure claimed


def test_the_year_before_last_is_not_read_inside_other_words(university):
    answer = university.ask("西南大学当前年末结转和结余是多少")
    assert answer.answered and "106848.91" in answer.answer, answer.answer


def test_a_description_of_what_it_is_not_names_the_other_term(putuo):
    answer = putuo.ask("普陀财政局为完成特定工作、在日常运转之外发生的支出叫啥")
    assert answer.answered and "“项目支出”" in answer.answer, answer.answer


def test_of_two_items_the_one_listed_is_answered_and_the_other_said_missing(putuo):
    answer = putuo.ask("普陀财政局会议费、差旅费分别花了多少")
    assert answer.answered and "1.20" in answer.answer, answer.answer
    assert "没有单独列出“会议费”" in answer.answer, answer.answer
    total = putuo.ask("普陀财政局差旅费加会议费一共多少")
    assert not total.answered, total.answer  # never a sum short of one


def test_items_of_zero_with_their_budget_when_a_budget_is_asked(putuo):
    answer = putuo.ask("普陀财政局有哪些预算了但一分钱没花的")
    assert answer.answered and "预算数0.95万元" in answer.answer, answer.answer


def test_two_items_joined_by_gen_are_both_answered(putuo):
    answer = putuo.ask("普陀财政局福利费跟工会经费分别多少")
    assert "24.42" in answer.answer and "42.77" in answer.answer, answer.answer


def test_social_security_said_short_is_that_class(university):
    *_, answer = talk(university, "西南大学住房保障支出是多少", "那财政拨款的社保呢")
    assert answer.answered and "13345.79" in answer.answer, answer.answer
    assert "住房保障" not in answer.answer.split("\n")[0], answer.answer


def test_back_to_the_first_goes_to_the_first_question(putuo):
    *_, answer = talk(putuo, "普陀财政局一般公共服务支出多少", "住房保障呢", "社保呢",
                      "回到第一个，它占多少")
    assert answer.answered and "71.73%" in answer.answer, answer.answer


def test_the_year_before_worked_out_beside_a_year_not_loaded(hetang):
    answer = hetang.ask("荷塘政务中心2016年和2015年的支出总计各是多少")
    assert answer.answered and "316.51" in answer.answer, answer.answer
    assert "没有2015年的决算数据" in answer.answer, answer.answer
    against = hetang.ask("荷塘政务中心2015年支出比去年多多少")
    assert not against.answered, against.answer
    both = hetang.ask("荷塘政务中心2016、2015两年的支出总计是多少")
    assert "316.51" in both.answer and "没有2015年" in both.answer, both.answer  # 、 lists two


def test_the_year_before_worked_out_from_a_stated_rate(university):
    answer = university.ask("西南大学小学教育2022年大概多少")
    assert answer.answered and "按增减率计算得出" in answer.answer, answer.answer
    assert "比上年增长0.39%" in answer.answer and "（财政拨款）" in answer.answer, answer.answer
    fell = university.ask("西南大学其他留学教育支出上一年是多少")
    assert "773.68" in fell.answer, fell.answer  # 738.86 ÷ (1 − 4.50%)


def test_too_much_or_too_little_is_a_verdict_not_given(university):
    answer = university.ask("西南大学科学技术支出是不是花得太少了点")
    assert not answer.answered and answer.intent == "figure.opinion", answer
    weigh = university.ask("西南大学科学技术支出算多吗")
    assert weigh.answered and "2536.65" in weigh.answer, weigh.answer


def test_these_three_each_is_no_item_of_its_own(hetang):
    *_, answer = talk(hetang, "荷塘政务中心三公经费多少", "这三项分别花了多少")
    assert "项分别" not in answer.answer, answer.answer


def test_the_table_of_a_classification_is_found_by_its_codes(putuo, hetang):
    answer = putuo.ask("普陀财政局哪张表是按经济分类列的")
    assert answer.answered and "“一般公共预算财政拨款基本支出决算表”是第6张表" in answer.answer
    assert "第1张" not in answer.answer, answer.answer  # words every title has name none
    none = hetang.ask("荷塘政务中心哪张表有经济分类")
    assert not none.answered, none.answer  # no table printed: nothing to read it from


def test_the_last_of_the_classes_by_place(putuo):
    answer = putuo.ask("普陀财政局支出功能分类，倒数第一是哪一类，多少钱")
    assert answer.answered and "卫生健康支出，60.99万元" in answer.answer, answer.answer


def test_a_figure_said_with_its_table_is_the_figure_not_the_table(university, hetang):
    answer = university.ask("表二那个事业收入的合计 西南大学")
    assert answer.answered and answer.intent != "org.contents", answer
    parts = hetang.ask("荷塘政务中心支出由哪几部分组成")
    assert parts.answered and parts.intent != "org.contents", parts


def test_the_items_listed_by_code_are_ranked_by_their_stated_rates(university):
    answer = university.ask("西南大学财政拨款支出各项当中哪个增幅最大")
    assert "实验室及相关设施（比上年增长134.61%）" in answer.answer, answer.answer
    fell = university.ask("西南大学财政拨款支出里面有哪些项比上年下降了")
    assert fell.answered and "其他留学教育支出（比上年减少4.50%）" in fell.answer, fell.answer
    assert "购房补贴" in fell.answer and "高中教育（" not in fell.answer, fell.answer


def test_which_classes_rose_are_each_that_did(university):
    answer = university.ask("西南大学哪几类支出比上年增加了")
    assert answer.answered and "教育支出（增加52499.75万元）" in answer.answer, answer.answer
    assert "社会保障和就业支出（" not in answer.answer, answer.answer


def test_the_other_unit_then_both_set_against_each_other_in_one_line(both):
    *_, answer = talk(both, "荷塘政务中心年末财政拨款结转和结余多少",
                      "普陀财政局的年末财政拨款结转和结余呢，两家差多少")
    assert "21.63" in answer.answer and "21.15" in answer.answer, answer.answer


def test_a_request_is_a_question_of_its_own_in_a_line(both):
    *_, answer = talk(both, "荷塘政务中心一般公共服务支出多少", "普陀的呢，顺便说下购房补贴那项")
    assert "2106.66" in answer.answer and "258.50" in answer.answer, answer.answer
