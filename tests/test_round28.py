"""Kinds of question met in the twenty-eighth round of our own sets, each pinned with this
project's own wording."""

from __future__ import annotations

import pytest


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
