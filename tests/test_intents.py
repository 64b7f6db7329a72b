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
    ("intents:\n  - {name: a, handler: amount, examples: [x], requires_pattern: '(\\d'}\n",
     "requires_pattern"),
    ("intents: [\n", "YAML"),
    ("- a list, not a mapping\n", "顶层"),
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


ONE_INTENT = "intents:\n  - {name: a, handler: amount, examples: [x]}\n"


def test_the_parse_is_cached_by_content_and_a_changed_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "intents"
    folder.mkdir()
    assert [i.name for i in load(_write(folder, ONE_INTENT)).intents] == ["a"]
    kept = list((tmp_path / "cache" / "juesuan-intents").glob("*.json"))
    assert len(kept) == 1
    _write(folder, ONE_INTENT + "  - {name: b, handler: amount, examples: [y]}\n")
    assert [i.name for i in load(folder).intents] == ["a", "b"]  # never the stale parse
    kept[0].write_text("{not json", encoding="utf-8")
    _write(folder, ONE_INTENT)
    assert [i.name for i in load(folder).intents] == ["a"]  # a broken cache file is parsed anew


def test_a_cached_parse_is_still_validated(tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "intents"
    folder.mkdir()
    load(_write(folder, ONE_INTENT), handlers=set(handlers.HANDLERS))
    with pytest.raises(IntentError, match="不存在"):
        load(folder, handlers={"glossary"})


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("JUESUAN_CACHE", str(blocked))  # a file where the folder should be
    folder = tmp_path / "intents"
    folder.mkdir()
    assert [i.name for i in load(_write(folder, ONE_INTENT)).intents] == ["a"]
