"""Kinds of question met in rounds 56 and 57 of our own sets (ordinary askers; conversations that
refer back), each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_place_said_before_那个_and_the_office(putuo):
    turns = talk(putuo, "普陀区财政局机关运行经费多少", "那浙江舟山那个普陀区财政局的呢")
    assert not turns[1].answered and "184.65" not in turns[1].answer, turns[1]


def test_the_class_just_asked_pointed_at(putuo):
    turns = talk(putuo, "普陀财政局住房保障支出多少", "这一类在一般公共预算财政拨款支出里占几成")
    assert "15.16%" in turns[1].answer, turns[1].answer


def test_a_years_figure_is_no_total_of_several_years(university):
    answer = university.ask("西南大学2023年一年的科研经费有多少")
    assert not answer.answered and "36.9" in answer.answer, answer
    period = university.ask("西南大学十三五期间科研经费总共多少")
    assert period.answered and "36.9亿元" in period.answer, period


def test_a_ratio_asked_is_never_answered_by_amounts_alone(hetang):
    for question in ("政务中心公务接待费是因公出国费的几倍",
                     "政务中心科学技术支出占一般公共服务支出的百分之几"):
        answer = hetang.ask(question)
        assert not answer.answered or any(w in answer.answer for w in ("倍", "%")), answer


def test_money_asked_is_never_a_count(university):
    answer = university.ask("西南大学花在博士研究生身上的钱有多少")
    assert not answer.answered and "16000" not in answer.answer, answer


def test_the_askers_own_place_said_of_an_office_they_call_theirs(putuo):
    other = putuo.ask("我是浙江舟山人，我们普陀区财政局的三公经费多少")
    assert not other.answered and "0.95" not in other.answer, other
    same = putuo.ask("我是退休教师，普陀区财政局三公经费多少")
    assert same.answered, same


def test_what_is_left_or_a_gap_of_counts_is_never_one_stated_figure(hetang):
    left = talk(hetang, "政务中心一般公共预算财政拨款支出多少", "扣掉机关运行经费，剩下多少")
    assert "计算得出" in left[1].answer or not left[1].answered, left[1].answer
    counts = talk(hetang, "依申请公开受理了多少条", "受理的比公开的多了几条")
    assert "相差30条" in counts[1].answer, counts[1].answer


def test_a_follow_up_read_as_out_of_scope_asks_of_the_last_figure(putuo):
    why = talk(putuo, "普陀财政局财政委托业务支出多少", "比预算少了一万，怎么回事为什么")
    assert why[1].intent == "figure.reason" and "于明年重新申请" in why[1].answer, why[1]
    number = talk(putuo, "普陀财政局机关运行经费", "具体的数字是多少")
    assert "184.65" in number[1].answer, number[1].answer
    weather = talk(putuo, "普陀财政局机关运行经费多少", "明天天气怎么样")
    assert not weather[1].answered, weather[1]


def test_a_name_asked_of_the_description_said_just_before(hetang):
    turns = talk(hetang, "单位从同级财政部门拿到的预算资金", "这种钱在决算里的叫法是什么")
    assert "财政拨款收入" in turns[1].answer, turns[1].answer


def test_the_opening_balance_said_bare_after_the_closing_one(university):
    answer = university.ask("西南大学年末结转和结余比年初多出多少")
    assert "13188.37" in answer.answer, answer.answer


def test_a_final_figure_as_times_its_budget(hetang):
    answer = hetang.ask("政务中心一般公共预算拨款支出实际花的是年初预算的几倍")
    assert "3.08倍" in answer.answer and "计算得出" in answer.answer, answer.answer


def test_a_gap_of_two_things_is_never_a_stated_change_on_the_year_before(hetang, putuo):
    turns = talk(hetang, "政务中心支出总计分成哪几类", "这两类差了多少钱")
    assert "452.57" in turns[1].answer or not turns[1].answered, turns[1].answer
    budget = talk(hetang, "政务中心三公经费预算多少", "实际花了多少，差了多少")
    assert "12.97" in budget[1].answer, budget[1].answer
    points = putuo.ask("普陀财政局基本支出和项目支出的占比差几个百分点")
    assert "58.98" in points.answer, points.answer


def test_one_over_another_by_how_much(hetang):
    answer = hetang.ask("政务中心的支出超出收入多少")
    assert "61.26" in answer.answer and "计算得出" in answer.answer, answer.answer
