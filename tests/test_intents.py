"""bot/intents.py: the intent data validates like `rasa data validate`."""

from __future__ import annotations

import pytest

from bot import handlers
from bot.intents import INTENTS_DIR, IntentError, load


def test_project_intents_are_valid():
    data = load(handlers=set(handlers.HANDLERS))
    names = [i.name for i in data.intents]
    assert len(names) == len(set(names))
    assert {"figure.amount", "glossary.define", "org.contact_phone", "out_of_scope"} <= set(names)
    assert all(i.examples for i in data.intents)


def _write(tmp_path, text):
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("yaml_text, problem", [
    ("intents:\n  - {name: a, handler: amount, examples: [x]}\n"
     "  - {name: a, handler: amount, examples: [y]}\n", "重名"),
    ("intents:\n  - {name: a, handler: amount, examples: [x]}\n"
     "  - {name: b, handler: amount, examples: [x]}\n", "同时属于"),
    ("intents:\n  - {name: a, handler: nope, examples: [x]}\n", "不存在"),
    ("intents:\n  - {name: a, handler: amount, examples: []}\n", "没有例句"),
    ("intents:\n  - {name: a, handler: sentences, examples: [x]}\n", "keywords"),
    ("intents:\n  - {handler: amount, examples: [x]}\n", "缺少字段"),
    ("intents: [\n", "YAML"),
])
def test_validator_rejects(tmp_path, yaml_text, problem):
    with pytest.raises(IntentError, match=problem):
        load(_write(tmp_path, yaml_text), handlers=set(handlers.HANDLERS))


def test_every_yaml_file_is_read():
    assert {p.name for p in INTENTS_DIR.glob("*.yaml")} >= {
        "figures.yaml", "glossary.yaml", "organisation.yaml", "smalltalk.yaml", "vocabulary.yaml"}


LEXICON_BASE = ("intents:\n  - {name: a, handler: amount, examples: [x]}\n"
                "aliases:\n  - {metric: [公务接待费], aliases: [接待费]}\n")


@pytest.mark.parametrize("lexicon, problem", [
    ("colloquial:\n  - {word: 公务接待费, variants: [请客吃饭]}\n"
     "  - {word: 接待费, variants: [请客吃饭]}\n", "同时指向"),
    ("colloquial:\n  - {word: 公务接待费, variants: [公务接待费]}\n", "指向自身"),
    ("colloquial:\n  - {word: 公务接待费, variants: [吃饭]}\n"
     "  - {word: 吃饭, variants: [干饭]}\n", "既是词又是"),
    ("colloquial:\n  - {word: 公物接待费, variants: [请客]}\n", "不是词表里的词"),
    ("english:\n  - {word: 招待开销, variants: [hospitality]}\n", "不是词表里的词"),
])
def test_lexicon_validator_rejects(tmp_path, lexicon, problem):
    (tmp_path / "b.yaml").write_text(lexicon, encoding="utf-8")
    with pytest.raises(IntentError, match=problem):
        load(_write(tmp_path, LEXICON_BASE), handlers=set(handlers.HANDLERS))


@pytest.mark.parametrize("derived", [
    "derived:\n  - {name: 项目支出}\n",
    "derived:\n  - {name: 项目支出, minus: [[a], [b]], rest: {part: 基本支出, of: [c]}}\n",
])
def test_a_computed_figure_is_a_difference_or_a_rest(tmp_path, derived):
    (tmp_path / "b.yaml").write_text(derived, encoding="utf-8")
    with pytest.raises(IntentError, match="要么写 minus"):
        load(_write(tmp_path, LEXICON_BASE), handlers=set(handlers.HANDLERS))


def test_lexicon_words_may_be_declared(tmp_path):
    (tmp_path / "b.yaml").write_text("words: [满意率]\ncolloquial:\n"
                                     "  - {word: 满意率, variants: [满意度]}\n", encoding="utf-8")
    data = load(_write(tmp_path, LEXICON_BASE), handlers=set(handlers.HANDLERS))
    assert ("满意度", "满意率") in data.vocabulary.lexicon
    assert ("满意度", "满意率") in data.vocabulary.synonyms  # applied like any synonym


def test_project_lexicon_has_colloquial_and_english_entries():
    lexicon = dict(load(handlers=set(handlers.HANDLERS)).vocabulary.lexicon)
    assert lexicon["请客吃饭"] == "公务接待费"
    assert lexicon["totalrevenue"] == "总收入"
