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
