"""Answer -> Telegram HTML: escaping, bold figures, quoted sources, splitting (pure functions)."""

from __future__ import annotations

import re
from typing import Any

from fake_bot_api import parse_html
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer, Source
from bot.telegram.base import MAX_TEXT
from bot.telegram.render import render_html, tg_len


def _answer(text: str, **kwargs: Any) -> Answer:
    return Answer(
        question="q", answered=True, intent="figure", confidence=1.0, answer=text, **kwargs
    )


def test_render_escapes_bolds_figures_and_quotes_sources() -> None:
    answer = _answer(
        "2017年<b>公务接待费</b>为1.33万元，比上年减少3.23万元 & 更多；21.33万元不是它。",
        figures=("1.33万元", "3.23万元"),
        sources=(Source("荷塘区2017年度部门决算", "三公经费", "公务接待费1.33万元<i>。"),),
    )
    [message] = render_html(answer)
    assert "&lt;b&gt;公务接待费&lt;/b&gt;" in message
    assert "<b>1.33万元</b>" in message and "<b>3.23万元</b>" in message
    assert "21.33万元" in message and "2<b>1.33万元</b>" not in message
    assert "&amp; 更多" in message
    quote = "公务接待费1.33万元&lt;i&gt;。\n—— 荷塘区2017年度部门决算 · 三公经费"
    assert f"<blockquote>{quote}</blockquote>" in message
    parse_html(message)  # Telegram would accept it


def test_render_splits_a_5000_character_answer_at_line_boundaries() -> None:
    lines = [f"第{i:03d}行：公务接待费1.33万元，" + "说明" * 30 for i in range(80)]
    text = "\n".join(lines)
    assert len(text) > 5000
    answer = _answer(text, figures=("1.33万元",), sources=(Source("文件", "章节", "句子。"),))
    messages = render_html(answer)
    assert len(messages) >= 2
    for message in messages:
        assert tg_len(message) <= MAX_TEXT
        parse_html(message)
    shown = "\n".join(parse_html(m) for m in messages)
    for line in lines:
        assert line in shown.splitlines()  # no line was cut: splits are at line boundaries
    assert "<blockquote>句子。\n—— 文件 · 章节</blockquote>" in messages[-1]


def test_render_hard_splits_a_single_overlong_line() -> None:
    line = "公务接待费1.33万元<&>" * 700
    messages = render_html(_answer(line, figures=("1.33万元",)))
    assert len(messages) >= 2
    assert all(tg_len(m) <= MAX_TEXT for m in messages)
    assert "".join(parse_html(m) for m in messages) == line


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("公务接待费1.3万元<>&\"' \n"), max_size=400),
    figures=st.lists(st.sampled_from(["1.33万元", "3万元", "费", "<&>"]), max_size=3),
    sentences=st.lists(st.text(alphabet=st.sampled_from("句子<&>\n "), max_size=60), max_size=3),
    limit=st.integers(min_value=40, max_value=300),
)
def test_render_always_gives_valid_bounded_messages_with_all_the_text(
    text: str, figures: list[str], sentences: list[str], limit: int
) -> None:
    sources = tuple(Source("文件", "", s) for s in sentences)
    answer = _answer(text, figures=tuple(figures), sources=sources)
    messages = render_html(answer, limit)
    assert messages and all(m.strip() for m in messages)
    assert all(tg_len(m) <= limit for m in messages)
    shown = "".join("".join(parse_html(m).split()) for m in messages)
    # Each source once: its sentence unless the text shows it already, then where it is from
    # (that attribution only once for all the sentences the text shows).
    quoted, attributed = "", False
    for sentence in dict.fromkeys(sentences):
        if sentence.strip() and sentence.strip() not in text:
            quoted += f"{sentence}——文件"
        elif not attributed:
            quoted, attributed = quoted + "——文件", True
    assert shown == "".join((text + quoted).split()) or (shown == "q" and not text.strip())


def test_render_shows_the_answers_citation_line_as_its_quote() -> None:
    cited = Source("荷塘区决算", "三公经费", "公务接待费1.33万元。")
    other = Source("荷塘区决算", "三公经费", "比上年减少3.23万元。")
    unquoted = Source("普陀区决算", "说明", "另一句<话>。")
    answer = _answer(
        "公务接待费为1.33万元。\n原文：“公务接待费1.33万元。” “比上年减少3.23万元。”",
        figures=("1.33万元",),
        sources=(cited, other, unquoted, cited),
    )
    [message] = render_html(answer)
    assert message == (
        "公务接待费为<b>1.33万元</b>。\n"
        "<blockquote>公务接待费1.33万元。\n比上年减少3.23万元。\n—— 荷塘区决算 · 三公经费"
        "</blockquote>\n\n"
        "<blockquote>另一句&lt;话&gt;。\n—— 普陀区决算 · 说明</blockquote>"
    )
    assert "原文" not in message


def test_render_does_not_repeat_a_sentence_the_answer_already_shows() -> None:
    definition = "年初结转和结余：指以前年度尚未完成的资金。"
    answer = _answer(
        definition,
        sources=(Source("普陀区决算", "名词解释", definition), Source("普陀区决算", "", "")),
    )
    [message] = render_html(answer)
    assert message == f"{definition}\n\n—— 普陀区决算 · 名词解释\n—— 普陀区决算"
    assert parse_html(message).count(definition) == 1


def test_render_quotes_a_citation_line_as_written_when_it_is_not_only_sources() -> None:
    source = Source("文件", "章节", "句子。")
    answer = _answer("金额。\n原文：“句子。”（第3页）", sources=(source,))
    [message] = render_html(answer)
    assert message == "金额。\n<blockquote>“句子。”（第3页）\n—— 文件 · 章节</blockquote>"


def visible(messages: list[str]) -> tuple[str, str]:
    """The visible text of messages, and the visible text of their quote blocks only."""
    quotes = [q for m in messages for q in re.findall(r"<blockquote>(.*?)</blockquote>", m, re.S)]
    return "\n".join(parse_html(m) for m in messages), "\n".join(map(parse_html, quotes))
