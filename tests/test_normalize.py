"""bot/normalize.py: one text step for examples, names and questions."""

from __future__ import annotations

import json

import pytest

from bot.intents import load
from bot.normalize import BOTH_ENDS, Normalizer, _both_ends, cn_to_int, fold


@pytest.mark.parametrize("raw, folded", [
    ("財政撥款收入佔總收入比例", "财政拨款收入占总收入比例"),
    ("１２３．４５万元", "123.45万元"),
    ("三公到底花了几多钱？？？😂", "三公到底花了几多钱"),
    ("1,234.50万元", "1234.50万元"),
    ("单价百万元以上", "单价100万元以上"),
    ("百分之五", "%五"),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize("text, number", [("百", 100), ("一百二十", 120), ("五十", 50),
                                          ("两千", 2000), ("零", None), ("abc", None)])
def test_cn_to_int(text, number):
    assert cn_to_int(text) == number


@pytest.fixture(scope="module")
def normalize():
    vocab = load().vocabulary
    return Normalizer(vocab.typos, list(vocab.padding), list(vocab.synonyms))


@pytest.mark.parametrize("question, expected", [
    ("请问公车运行维护花了多少", "公务用车运行维护支出多少"),
    ("三工经费", "三公经费"),
    ("年末结转和节余", "年末结转和结余"),
    ("科技支出占比", "科学技术支出占比"),
    ("您好", "您好"),  # padding is kept when nothing would be left
])
def test_normalizer(normalize, question, expected):
    assert normalize(question) == expected


def test_synonym_not_doubled_inside_its_canonical(normalize):
    assert normalize("政府采购总额") == "政府采购总额"
    assert normalize("采购总额") == "政府采购总额"


@pytest.mark.parametrize("text, expected", [
    ("年初年末结转结余", "年初结转结余和年末结转结余"),
    ("年初和年末的结转和结余各多少", "年初结转和结余和年末结转和结余各多少"),
    ("年初年末", "年初年末"),  # no name after them: nothing said twice
])
def test_one_name_said_once_for_both_ends_of_the_year(text, expected):
    assert BOTH_ENDS.sub(_both_ends, text) == expected


def test_both_ends_of_the_year_are_both_answered(putuo):
    answer = putuo.ask("年初、年末结转和结余")
    assert answer.answered and "49.14" in answer.answer and "55.34" in answer.answer


@pytest.mark.parametrize("spoken, plain", [
    ("嗯那个我想问一下就是说荷塘区那个政务中心17年一共花了多少钱",
     "荷塘区政务中心17年一共花了多少钱"),
    ("普陀区财政局那个财政局一年到头收进来多少钱", "普陀区财政局全年收进来多少钱"),
])
def test_speech_fillers_ask_the_same(hetang, putuo, spoken, plain):
    engine = hetang if "荷塘" in spoken else putuo
    said, typed = engine.ask(spoken), engine.ask(plain)
    assert said.answered and typed.answered and said.answer == typed.answer


def _started(vocab, synonyms, texts):
    """A normaliser through one start-up that normalised `texts`."""
    normalizer = Normalizer(vocab.typos, list(vocab.padding), synonyms)
    normalizer.start_up()
    for text in texts:
        normalizer(text)
    normalizer.started()
    return normalizer


def test_a_start_reads_back_what_an_earlier_start_normalised(tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_CACHE", str(tmp_path))
    vocab = load().vocabulary
    synonyms = list(vocab.synonyms)
    first = _started(vocab, synonyms, ["请问公车运行维护花了多少", "三工经费"])
    assert first("三工经费") == "三公经费"
    [kept] = (tmp_path / "juesuan-normalized").glob("*.json")
    assert json.loads(kept.read_text(encoding="utf-8"))["三工经费"] == "三公经费"
    kept.write_text(json.dumps({"三工经费": "读回的"}, ensure_ascii=False), encoding="utf-8")
    assert _started(vocab, synonyms, [])("三工经费") == "读回的"  # read, not normalised again
    changed = _started(vocab, synonyms + [("公车运维", "公务用车运行维护费")], [])
    assert changed("三工经费") == "三公经费"  # other data: never an earlier start's result
    assert len(list((tmp_path / "juesuan-normalized").glob("*.json"))) == 1  # nothing new


def test_a_broken_start_up_file_is_normalised_anew(tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_CACHE", str(tmp_path))
    vocab = load().vocabulary
    _started(vocab, list(vocab.synonyms), ["三工经费"])
    [kept] = (tmp_path / "juesuan-normalized").glob("*.json")
    for junk in ("{not json", '["三工经费"]', '{"三工经费": 3}'):
        kept.write_text(junk, encoding="utf-8")
        assert _started(vocab, list(vocab.synonyms), [])("三工经费") == "三公经费"


@pytest.mark.parametrize("question, expected", [
    ("点解会减少", "为什么会减少"),
    ("政务中心重点解决了什么问题", "政务中心重点解决了什么问题"),  # inside a word: no why
    ("难点解读", "难点解读"),
])
def test_cantonese_why_only_where_it_is_a_word(normalize, question, expected):
    assert normalize(question) == expected


def test_a_variant_is_not_replaced_before_its_guarded_followers():
    normalizer = Normalizer({}, [], [("社保", "社会保障和就业支出"), ("小学", "小学教育")],
                            (("社保", ("缴",), ()), ("小学", (), ("附属",))))
    assert normalizer("社保呢") == "社会保障和就业支出呢"
    assert normalizer("社保缴费多少") == "社保缴费多少"
    assert normalizer("小学呢") == "小学教育呢"
    assert normalizer("附属小学呢") == "附属小学呢"  # nor after a word it must not follow
