"""bot/passages.py and bot/arbiter.py: the narrative answers what no figure does, or declines."""

from __future__ import annotations

import pytest

from bot.answer import Answer
from bot.arbiter import decide
from bot.passages import THRESHOLD, Candidate, clip_item, own_item


@pytest.mark.parametrize("question, said", [
    ("绿色窗口为谁开设", "孕妇"),
    ("中心是怎么防勒索病毒的", "防火墙"),
    ("EMS专递干嘛用的", "寄送"),
    ("首席代表每个月考什么", "业务考试"),
    ("依申请公开一共收到几条申请", "37"),
    ("群众满意度有多少", "99.99"),
])
def test_the_narrative_answers_with_its_own_sentence(hetang, question, said):
    answer = hetang.ask(question)
    assert answer.answered, answer.answer
    assert said in answer.answer
    assert answer.sources and said in answer.sources[0].sentence  # quoted and cited


@pytest.mark.parametrize("question", [
    "局长叫什么名字",
    "会议费一共花了多少",  # named only in a list of things kept down, with no figure
    "培训费支出了多少钱",
    "明年打算招几个人",
    "中心有几个在编人员",
    "今天股市怎么样",
])
def test_no_sentence_strong_enough_means_decline(hetang, question):
    assert not hetang.ask(question).answered


def test_a_definition_asked_of_a_figure_is_not_a_sentence_mentioning_it(hetang):
    assert not hetang.ask("商品和服务支出是什么意思").answered


def test_a_passage_answers_only_the_loaded_year(putuo):
    assert not putuo.ask("2023年的预算绩效管理工作怎么开展的").answered


def test_a_reason_stops_at_the_end_of_its_item(hetang):
    answer = hetang.ask("接待费为啥比上年少了")
    assert answer.answered and "接待人次数减少" in answer.answer
    assert "公务用车运行维护费0万元" not in answer.answer


def test_own_item_and_clip_item():
    assert own_item("人数减少;3.车辆费用下降") == "人数减少"
    assert own_item("1.甲;2.乙") == "1.甲;2.乙"  # a list that is all reasons stays whole
    clipped = clip_item("主要原因:1.新成立部门;2.严格控制出国审批;3.公车改革", "出国为什么少")
    assert clipped == "主要原因:2.严格控制出国审批"


def _answer(answered: bool, intent: str | None = "figure.amount", options=()) -> Answer:
    return Answer("问", answered, intent, 0.5, "文", options=options)


def test_arbiter_keeps_a_figure_and_takes_a_strong_passage_over_a_soft_decline():
    strong = Candidate(_answer(True, "narrative.passage"), THRESHOLD + 0.1)
    weak = Candidate(_answer(True, "narrative.passage"), THRESHOLD - 0.1)
    figure = _answer(True)
    assert decide(figure, lambda: strong) is figure
    assert decide(_answer(False), lambda: strong) is strong.answer
    soft = _answer(False)
    assert decide(soft, lambda: weak) is soft
    question_back = _answer(False, options=("甲", "乙"))
    assert decide(question_back, lambda: strong) is question_back
    greeting = _answer(False, "smalltalk.greet")
    assert decide(greeting, lambda: strong) is greeting


def test_arbiter_prefers_a_sentence_to_a_generic_list_only_when_nearly_certain():
    duties = _answer(True, "org.duties")
    fair = Candidate(_answer(True, "narrative.passage"), 0.8)
    sure = Candidate(_answer(True, "narrative.passage"), 0.95)
    assert decide(duties, lambda: fair) is duties
    assert decide(duties, lambda: sure) is sure.answer


def test_arbiter_veto_withdraws_an_answer():
    figure = _answer(True)
    veto = _answer(False)
    assert decide(figure, lambda: None, lambda answer: veto) is veto


def test_a_name_asked_needs_a_sentence_that_gives_one(hetang):
    assert not hetang.ask("中心的微信公众号叫什么名字").answered


def test_a_long_name_said_word_for_word_is_found(putuo):
    answer = putuo.ask("基本养老保险缴费是多少")  # not 职工基本医疗保险缴费
    assert answer.answered and "160.75" in answer.answer


def test_what_a_figure_covers_is_answered_by_its_definition(hetang):
    answer = hetang.ask("其他收入具体都包括哪些")
    assert answer.answered and "除上述收入以外" in answer.answer


def test_phone_and_person_when_both_are_asked(hetang):
    answer = hetang.ask("有事想咨询的话打电话找谁，电话多少")
    assert answer.answered and "28428828" in answer.answer and "夏泉" in answer.answer


def test_a_reason_written_under_the_shorter_name_is_found(putuo):
    answer = putuo.ask("三公经费年初预算多少，为何一分没花")
    assert answer.answered and "0.95" in answer.answer and "当年度无" in answer.answer


def test_a_measure_asked_is_part_of_what_the_question_says(hetang):
    # 业务 alone says too little for a sentence; 多少件业务 also says what is counted
    answer = hetang.ask("那一年受理过多少件业务")
    assert answer.answered and "97573件" in answer.answer
    assert not hetang.ask("业务怎么样").answered


def test_a_share_asked_is_the_kind_not_the_thing(hetang):
    answer = hetang.ask("即办的事项能占多大比例")
    assert answer.answered and "70%" in answer.answer


def test_a_follow_up_naming_only_the_kind_is_no_search_on_the_topic(hetang):
    # 百分比呢 after a change: a sentence on 三公经费 with another percentage is no answer
    hetang.ask("三公经费跟上年比少了多少", chat="pct-1")
    answer = hetang.ask("那百分比呢", chat="pct-1")
    assert not answer.answered or "70.83" in answer.answer, answer.answer


def test_a_follow_up_with_its_own_words_still_searches_the_topic(hetang):
    hetang.ask("绿色窗口是做什么的", chat="pct-2")
    answer = hetang.ask("都有谁可以走", chat="pct-2")
    assert answer.answered and "残疾人" in answer.answer


@pytest.mark.parametrize("question", [
    "11月份政务大厅办了多少件业务",  # the year's 97573件 is no month's count
    "第二季度一共受理了多少件",  # 第二季度 is said beside a score, not beside the 件
    "下半年三公经费用掉多少",
])  # 平均每个月…花多少 asks the year's over twelve, computed: tests/test_voices.py
def test_a_part_of_the_year_is_never_answered_with_the_year(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered, answer.answer
    assert "97573" not in answer.answer and "657.67" not in answer.answer


def test_a_part_of_the_year_a_sentence_names_is_answered_from_it(hetang):
    answer = hetang.ask("市长热线第二季度考核得了多少分")
    assert answer.answered and "99.5" in answer.answer


@pytest.mark.parametrize("question", [
    "科学技术支出两百多万是为什么",  # the sentence stating the figure gives no reason for it
    "为啥结转会没用完",
])
def test_a_reason_asked_needs_a_sentence_giving_one(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered, answer.answer


def test_a_reason_asked_is_found_where_the_disclosure_gives_it(hetang):
    answer = hetang.ask("财政拨款收入多出来那么多是什么原因")
    assert answer.answered and "一门式" in answer.answer


def test_a_name_in_letters_is_a_name_given(hetang):
    hetang.ask("防火墙做了什么安全设置", chat="name-1")
    name = hetang.ask("这个病毒的名字叫什么", chat="name-1")
    assert name.answered and "WannaCry" in name.answer


def test_letters_of_an_app_are_no_name_given(hetang):
    answer = hetang.ask("中心的微信公众号名字叫什么")
    assert not answer.answered or "APP" not in answer.answer
