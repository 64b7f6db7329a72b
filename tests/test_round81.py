"""Kinds of question met in the tune half of round 81 of our own sets, each pinned with this
project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_catch_all_name_is_never_read_from_another_names_other(putuo):
    share = putuo.ask("普陀区财政局其他交通费用占商品和服务支出的几成")
    assert "28.35%" in share.answer and "其他商品和服务支出" not in share.answer, share.answer
    turns = talk(putuo, "普陀区财政局其他交通费用多少", "这个在商品和服务支出当中占比多大")
    assert "28.35%" in turns[-1].answer, turns[-1].answer
