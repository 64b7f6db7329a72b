"""Kinds of question met in the sixteenth round of our own sets (two questions in one message,
complaints around a question, everyday and English words, parts of a year, asking about the
last answer), each pinned with this project's own wording."""

from __future__ import annotations

import pytest
from conftest import talk


def test_vehicles_counted_are_no_spending_on_them(hetang):
    answer = hetang.ask("单位一共有多少公车")
    assert answer.answered and "车辆：0辆" in answer.answer, answer.answer
    assert "运行维护费" not in answer.answer


@pytest.mark.parametrize("question, figure", [
    ("医疗这块花了多少", "60.99"),
    ("goods purchased how much", "4.79"),
    ("training 费用多少钱", "4.05"),
    ("给退休人员的钱一年多少", "69.10"),
    ("上年剩下的有多少结转过来", "49.14"),
])
def test_everyday_and_english_words_of_a_bureau(putuo, question, figure):
    answer = putuo.ask(question)
    assert answer.answered and figure in answer.answer, answer.answer


def test_a_complaint_around_a_question_is_answered_with_the_figure(hetang):
    answer = hetang.ask("三公经费是不是又乱花了？具体多少，别绕弯子")
    assert answer.answered and "1.33" in answer.answer, answer.answer
    assert not hetang.ask("三公经费花得是不是太奢侈了").answered  # an opinion alone


def test_a_part_of_the_year_is_never_the_year_from_a_table(putuo):
    assert "2940.05" in putuo.ask("2024年总共支出多少").answer
    answer = putuo.ask("2024年下半年支出多少")
    assert not answer.answered and "全年" in answer.answer, answer.answer
    assert not putuo.ask("三季度花了多少").answered


def test_the_make_or_seller_of_what_was_bought_is_not_disclosed(putuo):
    for question in ("百万元以上设备是哪个厂家的", "公车什么品牌"):
        answer = putuo.ask(question)
        assert not answer.answered and "品牌" in answer.answer, answer.answer


def test_where_a_figure_comes_from_and_its_sentence_after_it(hetang):
    first, where, quoted = talk(hetang, "机关运行经费多少", "这数字哪来的", "原话怎么说的")
    assert "657.67" in first.answer
    assert where.answered and "其他重要事项" in where.answer, where.answer
    assert "657.67" in where.answer  # the figure asked about, with where it is printed
    assert quoted.answered and "机关运行经费" in quoted.answer, quoted.answer


def test_said_more_simply_is_the_plainest_words_again(putuo):
    term, plain = talk(putuo, "年初结转和结余指的是什么", "能讲简单一点吗")
    assert term.answered and plain.answered and plain.answer == term.answer


def test_a_figure_in_hundreds_of_millions_after_it(university):
    first, converted = talk(university, "西南大学支出总计多少", "差不多多少亿")
    assert first.answered and converted.answered and "亿元" in converted.answer
    assert "计算得出" in converted.answer, converted.answer


def test_a_short_question_of_change_after_a_figure(university):
    first, change = talk(university, "科学技术支出多少", "降了没")
    assert change.answered and change.intent == "figure.change", change.answer
    assert "965.07" in change.answer


def test_saved_against_the_budget(hetang):
    *_, saved = talk(hetang, "三公经费年初预算多少", "省下多少钱")
    assert saved.answered and "12.97" in saved.answer, saved.answer


def test_two_questions_one_not_listed(university):
    answer = university.ask("住房公积金交了多少？另外出差花了多少？")
    assert answer.answered and "15400.44" in answer.answer, answer.answer
    assert "差旅费" in answer.answer  # the second said not listed, beside the first


def test_this_year_names_no_unit_when_two_are_loaded(both):
    answer = both.ask("今年项目支出是多少")
    assert not answer.answered and answer.options, answer.answer
    answer = both.ask("两家今年的机关运行经费各多少")
    assert "657.67" in answer.answer and "184.65" in answer.answer, answer.answer


def test_a_short_year_before_more(both):
    answer = both.ask("普陀财政局24年支出比荷塘中心17年多多少")
    assert answer.answered and "2085.74" in answer.answer, answer.answer


def test_the_unit_itself_after_a_question_of_its_history(hetang):
    *_, spent = talk(hetang, "政务中心什么时候成立的", "那它2017年的支出比上年多了多少")
    assert spent.answered and "537.80" in spent.answer, spent.answer


def test_back_to_a_unit_is_no_occasion(both):
    *_, back = talk(both, "荷塘政务中心公务接待费多少", "普陀财政局的呢",
                    "那回到荷塘，接待了多少人")
    assert back.answered and "420" in back.answer, back.answer


def test_a_part_named_inside_a_whole_that_the_narrative_states(putuo):
    answer = putuo.ask("政府采购里面向小微企业预留了多少")
    assert answer.answered and "面向小微企业" in answer.answer, answer.answer


def test_whether_an_office_is_budgeted_apart(putuo):
    answer = putuo.ask("财政所的预算是单独列的吗")
    assert answer.answered and "并入本级" in answer.answer, answer.answer


def test_a_counted_unit_is_no_department_named(putuo):
    answer = putuo.ask("一个区财政局工资福利支出要两千多万？")
    assert answer.answered and "2082.85" in answer.answer, answer.answer


def test_a_part_asked_within_its_whole(putuo):
    answer = putuo.ask("基本支出里面的公用经费是多少")
    assert answer.answered and "184.65" in answer.answer, answer.answer
    assert "2336.91" not in answer.answer  # the whole is where, not what, it asks
    crossed = putuo.ask("一般公共服务支出里基本支出多少")  # a row's column stays crossed
    assert "1503.52" in crossed.answer, crossed.answer


def test_income_and_spending_are_never_added(university):
    answer = university.ask("收入和支出合计是多少")
    assert "计算得出" not in answer.answer and "888401.78" not in answer.answer, answer.answer


def test_who_gave_a_donation_is_not_disclosed(university):
    answer = university.ask("那些捐赠收入是谁捐的")
    assert not answer.answered and "捐赠人" in answer.answer, answer.answer


def test_a_unit_called_by_what_it_does_or_where_it_is(both):
    first, bureau, back = talk(both, "荷塘政务中心机关运行经费多少", "财政那家呢",
                               "湖南那个的三公经费")
    assert "657.67" in first.answer
    assert bureau.answered and "184.65" in bureau.answer, bureau.answer
    assert back.answered and "1.33" in back.answer and "荷塘" in back.answer, back.answer


def test_two_questions_no_one_sentence_answers(hetang):
    *_, both_asked = talk(hetang, "三公经费多少", "出国花了多少", "那接待费呢，接待了几个人")
    assert both_asked.answered and "1.33" in both_asked.answer and "420" in both_asked.answer


def test_a_monthly_average_is_the_year_over_twelve_computed(putuo, hetang):
    answer = putuo.ask("机关运行经费月均多少")
    assert answer.answered and "15.39" in answer.answer and "计算得出" in answer.answer
    answer = hetang.ask("平均每个月机关运行经费花多少")
    assert "54.81" in answer.answer and "计算得出" in answer.answer, answer.answer
    assert not hetang.ask("12月份机关运行经费花了多少").answered  # a month's own: not stated


def test_how_many_times_with_no_order_said_is_the_larger_over_the_smaller(university):
    *_, times = talk(university, "住房保障支出多少", "教育支出呢", "相差几倍")
    assert times.answered and "26.13倍" in times.answer, times.answer
    stated = university.ask("住房保障支出是教育支出的几倍")  # the order said is kept
    assert "0.04倍" in stated.answer, stated.answer


def test_times_across_two_units_asks_no_sum(both):
    *_, times = talk(both, "荷塘政务中心支出总计多少", "普陀财政局的呢", "是几倍")
    assert times.answered and "3.44倍" in times.answer, times.answer
    assert "合计" not in times.answer.split("\n")[0]


def test_a_unit_and_its_pointer_and_a_closing_courtesy(both):
    answer = both.ask("请问荷塘那个去年受理了多少件业务呀？我老眼昏花，劳驾说清楚些，多谢。")
    assert not answer.answered  # 去年 of 2017 is not loaded: the courtesy changes nothing
    answer = both.ask("您好。荷塘那个2017年受理了多少件业务？我眼神不好，麻烦写大点，多谢。")
    assert answer.answered and "97573" in answer.answer, answer.answer


def test_the_one_asked_about_with_a_year_is_no_unit_named(putuo, hetang):
    answer = putuo.ask("24年那个局一共收入多少")
    assert answer.answered and "2946.25" in answer.answer, answer.answer
    assert not hetang.ask("上海那个财政局的收入多少").answered  # a unit not loaded, pointed at


def test_students_and_buying_a_home_as_people_say_them(university):
    assert "58000" in university.ask("在校生一共多少人").answer
    answer = university.ask("给职工买房子的补贴在决算里叫什么")
    assert answer.answered and "购房补贴" in answer.answer, answer.answer


def test_whether_the_unit_has_cars(hetang):
    answer = hetang.ask("这个单位有没有车")
    assert answer.answered and "车辆：0辆" in answer.answer, answer.answer


def test_which_units_make_up_the_accounts(putuo):
    answer = putuo.ask("决算里有哪几个单位")
    assert answer.answered and "国库收付中心" in answer.answer, answer.answer


def test_which_class_rose_most_asked_by_its_accountants_word(university):
    for question in ("哪个科目支出涨得最多", "哪项支出增长最多"):
        answer = university.ask(question)
        assert answer.answered and "教育支出" in answer.answer, (question, answer.answer)
        assert "52499.75" in answer.answer


def test_a_few_plain_words_are_no_description_of_a_term(university):
    assert not university.ask("主要是哪个涨的").answered


def test_an_item_of_a_list_a_line_each_by_its_place(hetang):
    *_, third = talk(hetang, "中心主要有哪些职能", "第三条呢")
    assert third.answered and "投诉" in third.answer and "开设服务窗口" not in third.answer


def test_the_rate_alone_after_a_budget(putuo):
    *_, rate = talk(putuo, "三公经费年初预算多少", "完成率")
    assert rate.answered and "完成预算的0%" in rate.answer, rate.answer


def test_a_share_of_a_name_ending_in_its_amount_word(putuo):
    answer = putuo.ask("服务采购金额占比多少")
    assert answer.answered and "98.10%" in answer.answer and "计算得出" in answer.answer


def test_after_a_sum_of_money_a_word_alone_is_no_count_that_names_it(university, hetang):
    *_, research = talk(university, "事业收入多少", "其中教育收费呢", "科研呢")
    assert not research.answered and "流动站" not in research.answer, research.answer
    *_, rate = talk(hetang, "受理业务多少件", "满意率呢")  # after a count, a rate stated
    assert rate.answered and "99.99%" in rate.answer


def test_students_teachers_and_a_polite_address(university):
    assert "58000" in university.ask("学校有多少学生").answer
    assert "3265" in university.ask("有多少老师").answer
    answer = university.ask("老师好，想问下学校总收入多少")  # 老师 addresses, counts no one
    assert answer.answered and "430725.03" in answer.answer, answer.answer


def test_which_of_two_is_larger_in_one_unit(putuo):
    answer = putuo.ask("基本工资和津贴补贴哪个多")
    assert answer.answered and "津贴补贴比基本工资多976.25万元" in answer.answer, answer.answer
    assert "262.33万元" in answer.answer  # a table's cell said with its unit


def test_which_unit_with_the_thing_between(both):
    answer = both.ask("荷塘和普陀哪个支出多")
    assert "多2085.74万元" in answer.answer, answer.answer


def test_a_change_asked_alone_is_never_another_items_change_in_the_same_sentence(hetang):
    *_, change = talk(hetang, "年末结转和结余多少", "跟上年比多了多少")
    assert not change.answered and "584.95" not in change.answer, change.answer


def test_two_units_joined_by_and_make_no_half_of_a_name(both):
    answer = both.ask("荷塘和普陀支出差几倍")
    first = answer.answer.split("\n")[0]  # the computed line (the sentences quoted follow)
    assert "854.31" in first and "2940.05" in first and "3.44倍" in first, answer.answer


def test_after_two_units_asked_which_of_them(both):
    *_, which = talk(both, "两家的收入各多少", "哪家多")
    assert which.answered and "多2153.20万元" in which.answer, which.answer
    *_, income = talk(both, "荷塘和普陀支出差几倍", "荷塘和普陀收入哪家多")
    first = income.answer.split("\n")[0]
    assert "793.05" in first and "854.31" not in first, income.answer


def test_which_firms_got_money_is_not_disclosed(putuo):
    answer = putuo.ask("财政局给哪些企业发了补贴")
    assert not answer.answered and "没有公开" in answer.answer, answer.answer


def test_the_units_budget_is_never_its_general_budget_appropriation(hetang):
    answer = hetang.ask("政务中心的预算是多少")
    assert "785.17" not in answer.answer, answer.answer  # 一般公共预算 is a kind of funds


def test_a_sentence_on_another_items_budget_never_answers_the_totals(hetang):
    answer = hetang.ask("政务中心支出比预算多了多少")
    assert "三公" not in answer.answer and "12.97" not in answer.answer, answer.answer
