"""Kinds of question met in the tune half of round 87 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_the_fiscal_part_of_a_carry_over_is_never_the_fiscal_income(university, hetang, putuo):
    unsplit = university.ask("西南大学财政拨款结转结余多少")
    assert not unsplit.answered and "243015.38" not in unsplit.answer, unsplit.answer
    left = hetang.ask("政务中心财政拨款结余还有多少")
    assert left.answered and "0.48" in left.answer and "785.17" not in left.answer, left.answer
    table = putuo.ask("普陀区财政局财政拨款结余")
    assert table.answered and "21.63" in table.answer, table.answer
    start = talk(hetang, "政务中心的结转结余是多少", "年初的呢")
    assert not start[-1].answered and "785.17" not in start[-1].answer, start[-1].answer


def test_a_class_named_is_never_answered_by_a_sentence_of_another(hetang):
    budget = hetang.ask("政务中心一般公共服务支出的年初预算是多少")
    assert not budget.answered and "529.97" not in budget.answer, budget.answer


def test_a_share_of_the_fiscal_total_takes_the_rows_fiscal_figure(university):
    share = university.ask("西南大学教育支出占财政拨款支出总计多少")
    assert share.answered and "90.08%" in share.answer and "213588.53" in share.answer, \
        share.answer
    assert "92.92%" not in share.answer, share.answer  # all funds' share of all spending
    turns = talk(university, "西南大学财政拨款支出总计多少", "教育这块占了其中多少")
    assert "90.08%" in turns[-1].answer, turns[-1].answer
