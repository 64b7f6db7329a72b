"""bot/codes.py: a classification code quoted in a question names its table row."""

from __future__ import annotations

from bot.codes import expand_codes

NAMES = {"2010601": "行政运行", "201": "一般公共服务支出", "20106": "财政事务"}


def test_seven_and_five_digit_codes_name_their_rows():
    assert expand_codes("2010601这一行花了多少", NAMES) == "行政运行这一行花了多少"
    assert expand_codes("20106是什么", NAMES) == "财政事务是什么"


def test_three_digits_are_a_code_only_beside_kemu():
    assert expand_codes("科目201的支出", NAMES) == "科目一般公共服务支出的支出"
    assert expand_codes("接待了201人", NAMES) == "接待了201人"
    assert expand_codes("2017年收入", NAMES) == "2017年收入"


def test_engine_answers_a_row_by_its_code(putuo):
    answer = putuo.ask("科目2010601的支出决算是多少")
    assert answer.answered and "1511.89" in answer.answer
    assert answer.question == "科目2010601的支出决算是多少"  # the question as asked


def test_a_code_said_with_its_name_is_said_once():
    assert expand_codes("2010601行政运行多少", NAMES) == "行政运行多少"
    assert expand_codes("行政运行（2010601）多少", NAMES) == "行政运行（）多少"
