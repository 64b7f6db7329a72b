"""Kinds of question met in the tune half of round 85 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_social_insurance_contributions_are_no_row_of_their_own(putuo):
    paid = putuo.ask("普陀区财政局社保缴费花了多少")
    assert not paid.answered and "社会保障缴费" in paid.answer, paid.answer
    assert "60.99" not in paid.answer, paid.answer  # never the staff's medical insurance
    other = putuo.ask("普陀区财政局其他社会保障缴费多少")
    assert other.answered and "1.61" in other.answer, other.answer


def test_contributions_listed_by_their_parts_are_summed(university):
    both = university.ask("西南大学的社保缴费，养老保险加职业年金一共多少")
    assert both.answered and "13465.06" in both.answer, both.answer


def test_a_glossary_definition_is_no_sign_that_there_is_any(putuo):
    income = putuo.ask("普陀区财政局有没有经营收入")
    assert not income.answered and "名词解释" in income.answer, income.answer
    meaning = putuo.ask("普陀区财政局的事业收入是什么意思")
    assert meaning.answered, meaning.answer


def test_research_said_in_everyday_words_is_the_science_class(university):
    spent = university.ask("西南大学花在科研上的钱有多少")
    assert spent.answered and "2536.65" in spent.answer, spent.answer
    assert "457676.75" not in spent.answer.split("\n")[0], spent.answer


def test_a_part_worked_out_is_compared_by_its_own_figure(both):
    which = both.ask("荷塘区政务服务中心和普陀区财政局哪个的项目支出多")
    first = which.answer.split("\n")[0]
    assert "0.00万元" in first and "784.69" not in first, which.answer


def test_carried_over_and_surplus_stated_as_one_are_never_split(hetang):
    split = hetang.ask("荷塘区政务服务中心年末结转结余里，结转和结余各是多少")
    assert not split.answered and "0.48" not in split.answer, split.answer


def test_the_first_of_two_years_is_the_year_before(hetang):
    turns = talk(hetang, "荷塘区政务服务中心2017年支出总计多少", "比头一年多了多少？头一年是多少")
    assert "537.80" in turns[-1].answer and "316.51" in turns[-1].answer, turns[-1].answer


def test_a_verdict_and_one_persons_payment_are_declined(both):
    verdict = both.ask("荷塘政务中心其他资本性支出占了一半多，这钱是不是花冤枉了")
    assert verdict.intent == "figure.opinion" and not verdict.answered, verdict.answer
    turns = talk(both, "普陀区财政局住房公积金多少", "那具体某个人一个月交多少公积金")
    assert turns[-1].intent == "figure.personal" and not turns[-1].answered, turns[-1].answer
