"""A figure the asker quotes (看到一个12.5万，是什么钱) is named back: every item stated with that
value, each cited; a figure no item has is said so; a year, a count or a code is no figure."""

from __future__ import annotations

import pytest

from bot.which import figures_said


def test_a_quoted_amount_names_its_item(hetang):
    answer = hetang.ask("材料上有个476.25万，说的是哪笔钱")
    assert answer.answered and answer.intent == "figure.which"
    assert "其他资本性支出" in answer.answer and "原文" in answer.answer


def test_a_budget_figure_is_named_with_its_kind(hetang):
    answer = hetang.ask("文件里那个14.3万指的是什么")
    assert answer.answered and "三公经费：预算数14.30" in answer.answer


def test_a_table_cell_is_named_by_its_table_and_row(putuo):
    answer = putuo.ask("我在表里看见一个48.49，这是啥")
    assert answer.answered and "其他交通费用" in answer.answer and "30239" in answer.answer


def test_a_share_quoted_is_named(putuo):
    answer = putuo.ask("99.79%说的是什么")
    assert answer.answered and "财政拨款收入" in answer.answer


def test_a_figure_no_item_has_is_declined(hetang):
    answer = hetang.ask("123.45万是什么钱")
    assert not answer.answered and "没有找到数值为123.45万的项目" in answer.answer


@pytest.mark.parametrize("question", ["2017年三公经费是多少", "三公经费是不是14.3万",
                                      "公务接待费1.33万对吗"])
def test_a_question_with_a_year_or_a_claim_is_no_figure_asked_back(hetang, question):
    answer = hetang.ask(question)
    assert answer.intent != "figure.which" and answer.answered and "1.33" in answer.answer


@pytest.mark.parametrize("text, said", [
    ("14.30万是啥", [(14.3, "万元", "14.30万")]),
    ("0.5亿是哪项", [(5000.0, "万元", "0.5亿")]),
    ("2017年接待了420人，花了1.33万", [(1.33, "万元", "1.33万")]),
    ("2080505是什么", []),  # a classification code
    ("99%是什么", [(99.0, "%", "99%")]),
])
def test_figures_said(text, said):
    assert figures_said(text) == said
