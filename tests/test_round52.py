"""Kinds of question met in rounds 52 (conversations) and 53 (first messages) of our own sets,
each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_how_many_parts_a_thing_splits_into(putuo, hetang):
    answer = putuo.ask("普陀财政局住房保障支出分成哪两块，分别多少")
    assert "187.19" in answer.answer and "258.50" in answer.answer, answer.answer
    none = hetang.ask("政务中心科学技术支出细到项级科目是多少")
    assert not none.answered and "200.87" not in none.answer, none


def test_why_nothing_was_spent(putuo):
    answer = putuo.ask("普陀财政局三公经费怎么是0")
    assert answer.intent == "figure.reason" and "当年度无" in answer.answer, answer


def test_a_verdict_on_how_a_budget_was_drawn_up(putuo):
    turns = talk(putuo, "普陀财政局三公经费预算多少", "预算做得这么随便，是不是很随意")
    assert not turns[1].answered and "0.95" not in turns[1].answer, turns[1]


def test_two_terms_told_apart(university):
    answer = university.ask("西南大学的基本支出和项目支出怎么区分")
    assert answer.answered and "基本支出之外" in answer.answer, answer.answer


def test_one_total_over_the_other_by_how_much(hetang):
    turns = talk(hetang, "政务中心2017年收入总计多少", "支出总计呢", "支出超出收入多少")
    assert "61.26" in turns[2].answer, turns[2].answer


def test_a_sentence_holding_a_rare_word_of_a_long_question(hetang):
    answer = hetang.ask("绿色窗口主要照顾哪类人")
    assert answer.answered and "残疾人" in answer.answer, answer
    none = hetang.ask("政务中心去年接待了多少批外宾")
    assert "批次" not in none.answer, none.answer
    pointed = talk(hetang, "政务中心其他资本性支出多少", "这些钱具体买了哪些设备")
    assert "0台" not in pointed[1].answer, pointed[1].answer


def test_where_a_columns_money_is_booked(putuo, university):
    answer = putuo.ask("普陀财政局那点其他收入挂在哪个科目名下")
    assert "一般行政管理事务" in answer.answer and "6.19" in answer.answer, answer.answer
    described = university.ask("西南大学按房改政策给职工发的买房钱，列在哪个科目")
    assert "购房补贴" in described.answer, described.answer


def test_the_year_before_said_after_项目(putuo):
    answer = putuo.ask("普陀财政局信息化建设项目上一年度花了多少")
    assert "135.25" not in answer.answer, answer.answer


def test_a_hidden_name_is_a_person(putuo):
    turns = talk(putuo, "普陀财政局职业年金缴费多少", "王某某的职业年金交了多少")
    assert not turns[1].answered and "80.38" not in turns[1].answer, turns[1]


def test_a_bare_total_after_its_sentence_was_quoted(hetang):
    turns = talk(hetang, "政务中心2017年收入是793.05万元吗", "那16年的收入呢")
    assert "383.16" in turns[1].answer, turns[1].answer


def test_one_sides_change_explained_by_the_reason_given_for_both(putuo):
    answer = putuo.ask("普陀财政局的总支出变少了，决算里是怎么解释的")
    assert "人员进出及退休变化" in answer.answer and "收入支出总计" in answer.answer, answer.answer
