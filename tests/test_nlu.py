"""bot/nlu.py: things, documents and years recognised apart from the kind of question."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nlu import common_run


def names(match):
    return [h.entry.name for h in match.hits]


@pytest.mark.parametrize("question, thing", [
    ("公务结待费多少", "公务接待费"),  # a typo fixed by the vocabulary
    ("机关运形经费", "机关运行经费"),  # a typo left to the fuzzy match
    ("接待经费一年多少", "公务接待费"),  # an alias
    ("受理业务多少件", "受理业务"),
])
def test_things(hetang, question, thing):
    assert names(hetang.matcher.match(question))[0] == thing


def test_a_similar_sounding_metric_is_not_a_match(hetang):
    match = hetang.matcher.match("差旅费多少")
    assert "公务接待费" not in names(match)


def test_negated_name_is_not_matched(hetang):
    assert "不满意率" not in names(hetang.matcher.match("满意率多少"))


def test_year_and_department_slots(both):
    match = both.matcher.match("2017年政务服务中心三公经费")
    assert [d for d in match.doc_ids] == ["hetang-zhengwu-fuwu-zhongxin-2017"]
    assert both.matcher.match("2030年三公经费").unknown_year == 2030
    assert both.matcher.match("荷塘区教育局三公经费").unknown_department


@pytest.mark.parametrize("question, intent", [
    ("三公经费比上年减少多少", "figure.change"),
    ("三公经费占比", "figure.share"),
    ("什么是三公经费", "glossary.define"),
    ("为什么三公经费减少", "figure.reason"),
    ("讲个笑话吧", "out_of_scope"),
])
def test_kind_of_question(hetang, question, intent):
    assert hetang.matcher.match(question).intent.name == intent


def test_common_run():
    assert common_run("公务接待费", "问公务接待费多少") == (5, 1)
    assert common_run("abc", "xyz") == (0, 0)


def test_a_close_call_between_definition_and_figure_is_ambiguous(putuo):
    from dataclasses import replace

    match = putuo.matcher.match("机关运行经费")
    data = putuo.data
    amount, define = data.by_name("figure.amount"), data.by_name("glossary.define")
    close = replace(match, intent=amount, runner_up=define,
                    scores={"figure.amount": 70.0, "glossary.define": 66.0})
    clear = replace(close, scores={"figure.amount": 90.0, "glossary.define": 60.0})
    assert putuo.matcher.ambiguous(close)
    assert not putuo.matcher.ambiguous(clear)


@pytest.mark.parametrize("question", ["车辆购置费多少", "公务用车购置费多少"])
def test_a_longer_name_than_the_one_found_is_not_that_one(hetang, question):
    assert not hetang.ask(question).answered  # 车辆购置费 is not 车辆, nor 公务用车运行维护费


def _longest_common_run(a: str, b: str) -> tuple[int, int]:
    """The textbook table: the reference common_run is checked against."""
    best, where = 0, 0
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if ch == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best:
                    best, where = current[j], j - current[j]
        previous = current
    return best, where


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="公务接待费经", max_size=9), st.text(alphabet="公务接待费经", max_size=14))
def test_common_run_is_the_longest_common_substring(a, b):
    assert common_run(a, b) == _longest_common_run(a, b)


def test_a_shortened_name_does_not_swallow_the_next_name_of_a_list(putuo):
    # 公积金 for 住房公积金: the aligner pads its window over 和购, 购房补贴's first character
    match = putuo.matcher.match("住房支出里公积金和购房补贴分别多少")
    assert {"住房公积金", "购房补贴"} <= set(names(match))
    answer = putuo.ask("住房支出里公积金和购房补贴分别多少")
    assert "187.19" in answer.answer and "258.50" in answer.answer


def test_a_compound_is_no_list(putuo):
    # 政府性基金收支 is the fund's own income and spending, not the bureau's 收支 besides it
    assert "收入支出总计" not in names(putuo.matcher.match("有没有政府性基金收支"))


@pytest.mark.parametrize("question", [
    "我想问政府采购那段，我看了半天也没有看懂，还写了货物",
    "政府采购这一部分写得太乱了我看不懂，后来又写了服务",
])
def test_a_name_is_not_made_of_characters_said_far_apart(putuo, question):
    # 政府采购…(twenty characters)…货物 is no 政府采购货物: the whole is asked, not a part
    assert names(putuo.matcher.match(question)) == ["政府采购金额"]
    assert "251.25" in putuo.ask(question).answer
