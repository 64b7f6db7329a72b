"""Kinds of question beside the amount: what an item's money is for, why it differs from the
budget, the year-start and year-end figures never confused, and a follow-up keeping the
财政拨款 scope of the question before it."""

from __future__ import annotations

import pytest


def test_what_the_money_of_an_item_is_for(putuo):
    answer = putuo.ask("信息化建设这笔钱都拿去干嘛了")
    assert answer.answered and answer.intent == "figure.purpose"
    assert "信息化系统日常维护" in answer.answer and "135.25" in answer.answer


def test_purpose_as_a_follow_up(putuo):
    putuo.ask("行政单位医疗支出了多少", chat="k-1")
    last = putuo.ask("那主要用来做什么", chat="k-1")
    assert last.answered and "医疗保险" in last.answer


def test_an_item_with_no_stated_use_is_declined(putuo):
    answer = putuo.ask("年末结转和结余主要用于什么")
    assert not answer.answered or "主要用于" not in answer.answer


def test_why_below_budget_is_a_reason(putuo):
    answer = putuo.ask("一般公共预算这块支出，为啥最后比年初预算少")
    assert answer.answered and answer.intent == "figure.reason"
    assert "信息化项目" in answer.answer


def test_general_budget_is_no_budget_gap(putuo):
    answer = putuo.ask("一般公共预算财政拨款支出比去年少的原因")
    assert answer.answered and "人员进出" in answer.answer and "信息化项目" not in answer.answer


def test_year_start_is_never_answered_with_year_end(putuo):
    answer = putuo.ask("年初的财政拨款结转和结余是多少")
    assert answer.answered and "年初" in answer.answer and "年末" not in answer.answer


def test_follow_up_keeps_the_fiscal_scope(putuo):
    putuo.ask("财政拨款年初结转和结余有多少", chat="k-2")
    last = putuo.ask("那到年底还剩多少呢", chat="k-2")
    assert last.answered and "21.63" in last.answer and "55.34" not in last.answer


def test_english_change_against_a_year_is_the_change(putuo):
    answer = putuo.ask("How did administrative operating costs change compared with 2023?")
    assert answer.answered and answer.intent == "figure.change" and "1.40%" in answer.answer


def test_which_is_more_after_switching_department(both):
    both.ask("荷塘那个政务中心的财政拨款收入是多少", chat="k-3")
    both.ask("普陀区财政局的呢", chat="k-3")
    last = both.ask("谁更多，差了多少", chat="k-3")
    assert last.answered and "2154.88" in last.answer and "计算得出" in last.answer


def test_a_weak_sentence_is_no_answer_when_no_department_is_named(both):
    answer = both.ask("收入是涨了还是跌了")
    assert not answer.answered


def test_a_money_question_is_not_answered_by_a_sentence_without_money(hetang):
    answer = hetang.ask("拿了省管理创新奖，奖金是多少钱")
    assert not answer.answered



def test_a_sentence_without_a_budget_is_no_budget(putuo):
    answer = putuo.ask("卫生健康方面的支出年初预算是多少")
    assert "60.99" not in answer.answer or "预算" in answer.answer.split("原文")[0]


def test_the_other_part_of_a_two_part_whole_is_computed(hetang):
    # 财政拨款支出 784.69 is all 基本支出 (100%): 项目支出 is 0, computed and labelled
    answer = hetang.ask("那个项目经费一共用了多少")
    assert answer.answered and "计算得出" in answer.answer
    assert "784.69" in answer.answer and "项目支出为0.00万元" in answer.answer


def test_a_stated_part_is_never_computed(putuo):
    answer = putuo.ask("人员经费用了多少钱")
    assert answer.answered and "2152.26" in answer.answer and "计算得出" not in answer.answer


def test_the_other_part_needs_its_partner_under_an_exact_whole(hetang):
    # neither 人员经费 nor 公用经费 is stated: no figure, and no sentence about 出国人员/三公经费
    for question in ("人员经费多少", "公用经费一年多少"):
        answer = hetang.ask(question)
        assert not answer.answered, answer.answer


def test_a_figure_explained_inside_another_terms_entry_is_defined_from_it(putuo):
    # 公务接待费 is no glossary term of its own: 三公经费's entry says what it covers
    for question in ("公务接待费到底是啥意思", "公务接待费反映什么支出"):
        answer = putuo.ask(question)
        assert answer.answered and answer.intent == "glossary.define", question
        assert "外事团组" in answer.answer and "三公经费" in answer.answer


def test_a_reason_asked_as_its_grounds(hetang):
    answer = hetang.ask("公车运维费没涨，给出的理由是什么")
    assert answer.answered and "厉行节约" in answer.answer


def test_a_reason_guessed_by_the_asker_is_checked_against_the_stated_one(hetang):
    stated = hetang.ask("公务接待费减少，是不是因为接待人次少了")
    assert stated.answered and stated.intent == "figure.reason"
    assert "接待人次数减少" in stated.answer
    unstated = hetang.ask("科学技术支出是不是因为项目多了才这么多")
    assert not unstated.answered and "200.87" not in unstated.answer


def test_what_an_item_comprises_is_its_definition(putuo):
    answer = putuo.ask("基本支出由哪几块构成，包括哪些")
    assert answer.answered and answer.intent == "glossary.define"
    assert "正常运转" in answer.answer


def test_what_a_figure_without_a_term_mainly_holds_is_its_parts(hetang):
    answer = hetang.ask("三公经费主要有哪些")  # no glossary entry: the figure with its parts
    assert answer.answered and "公务接待费1.33万元" in answer.answer


def test_a_persons_pay_is_never_the_units_wage_bill(putuo, hetang):
    """工资 is the unit's 工资福利支出; a 局长's or the named 接洽人's pay is personal."""
    wages = putuo.ask("工资一共花了多少")
    assert wages.answered and "2082.85" in wages.answer
    for engine, question in ((putuo, "局长一年到手工资大概多少"), (hetang, "夏泉每个月工资多少"),
                             (putuo, "领导班子奖金发了多少"), (putuo, "小王一个月工资拿多少"),
                             (putuo, "麻烦查查我自己的住房公积金账户还有多少余额"),
                             (putuo, "查一下我的公积金今年交了多少")):
        answer = engine.ask(question)
        assert not answer.answered and "2082.85" not in answer.answer \
            and "89.71" not in answer.answer and "187.19" not in answer.answer, question
    share = hetang.ask("工资占基本支出的比重")
    assert share.answered and "10.50%" in share.answer


def test_a_contact_persons_private_details_are_not_the_office_contact(hetang):
    answer = hetang.ask("接洽人住址在哪")
    assert not answer.answered and "28428828" not in answer.answer


def test_the_unit_of_the_figure_last_answered(putuo, hetang):
    putuo.ask("年末结转和结余有多少", chat="unit-1")
    money = putuo.ask("单位是啥", chat="unit-1")
    assert money.answered and money.intent == "figure.unit"
    assert "万元" in money.answer and "55.34" in money.answer
    people = hetang.ask("公务接待了多少人，这个数是什么单位")
    assert people.answered and "人" in people.answer and "420" in people.answer
    cars = hetang.ask("这个单位有几辆车")  # 单位 as the organisation asks no unit
    assert cars.answered and cars.intent != "figure.unit" and "车辆" in cars.answer


def test_where_a_figure_is_stated(putuo, hetang):
    tables = putuo.ask("住房公积金这个数在哪张表里能查到")
    assert tables.answered and tables.intent == "figure.where" and "支出决算表" in tables.answer
    hetang.ask("一年受理了多少件业务", chat="where-1")
    section = hetang.ask("这个写在哪一部分", chat="where-1")
    assert section.answered and "其他重要事项" in section.answer
    meaning = putuo.ask("机关运行经费是指哪部分钱")  # a meaning, not a place
    assert meaning.intent == "glossary.define"


def test_the_words_asking_a_budget_are_no_second_thing(hetang):
    answer = hetang.ask("三公经费年初预算支出")  # 预算支出 is no 一般公共预算财政拨款支出 here
    assert answer.answered and "14.30" in answer.answer and "784.69" not in answer.answer


def test_an_item_asked_last_that_nothing_names_is_not_another_answered(hetang):
    told = hetang.ask("说明里讲三公经费减少了，那2017年的餐饮费支出是多少")
    assert not told.answered and "餐饮费支出" in told.answer and "1.33" not in told.answer
    both = hetang.ask("科学技术支出占比多少，教育支出又占多少")  # the first stays answered
    assert both.answered and "23.51%" in both.answer and "教育支出" in both.answer


def test_a_budget_word_inside_a_name_asks_no_budget(putuo):
    none = putuo.ask("政府性基金预算财政拨款支出多少")
    assert none.answered and "无政府性基金" in none.answer and "2940.05" not in none.answer
    cells = putuo.ask("一般公共预算财政拨款基本支出决算表里津贴补贴是多少")
    assert cells.answered and "1238.58" in cells.answer


def test_a_districts_whole_budget_is_not_the_departments(putuo, hetang):
    for engine in (putuo, hetang):
        answer = engine.ask("普陀全区一般公共预算收入一年有多少")
        assert not answer.answered
        assert "2940.05" not in answer.answer and "785.17" not in answer.answer
    counted = hetang.ask("全区办理的市长热线交办件有多少")  # a count the narrative states of it
    assert counted.answered and "3392" in counted.answer


def test_over_budget_is_no_deficit(putuo):
    answer = putuo.ask("普陀财政局预算超支了是吧")  # 超支 alone is the deficit; 预算超支 is not
    assert "收支差额" not in answer.answer and "-6.20" not in answer.answer


@pytest.mark.parametrize("question, use", [
    ("住房公积金到底是个啥", "在职人员住房公积金"),
    ("2080505是什么", "基本养老保险"),  # the row's code: its row, stated under a shorter name
])
def test_what_a_row_is_without_a_glossary_term_is_its_stated_use(putuo, question, use):
    answer = putuo.ask(question)
    assert answer.answered and use in answer.answer


def test_what_a_row_is_never_borrows_a_use_from_a_name_read_in_part(putuo):
    answer = putuo.ask("机关单位日常公用经费在名词解释里叫什么")
    assert "医疗" not in answer.answer


def test_for_whom_a_contribution_is_paid_is_its_stated_use(putuo):
    answer = putuo.ask("养老保险缴费是替哪些人交的")
    assert answer.answered and "在职人员" in answer.answer
