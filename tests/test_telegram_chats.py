"""Which department a clarification option names, and capping long lists of names."""

from __future__ import annotations

import pytest

from bot.telegram.chats import cap_list, department_named

LOADED = ["株洲市荷塘区政务服务中心", "上海市普陀区财政局", "某某县水利局", "某某县水务局"]


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("荷塘区政务服务中心公务接待费多少", ("株洲市荷塘区政务服务中心", "公务接待费多少")),
        ("普陀区财政局有几辆车", ("上海市普陀区财政局", "有几辆车")),
        ("上海市普陀区财政局收入总计多少", ("上海市普陀区财政局", "收入总计多少")),
        ("水利局三公经费多少", ("某某县水利局", "三公经费多少")),
        ("某某县水三公经费多少", None),  # as much of 水利局 as of 水务局: names neither
        ("年初结转和结余是多少", None),
        ("什么是年初结转和结余", None),
        ("普陀区财政局", None),  # nothing left to ask
    ],
)
def test_department_named(option: str, expected: tuple[str, str] | None) -> None:
    assert department_named(option, LOADED) == expected


def test_cap_list_keeps_a_handful_and_says_how_many() -> None:
    line = "请问您问的是哪一个？" + "、".join(f"单位{i}" for i in range(12))
    capped = cap_list(line, 5, "等{count}个")
    assert capped == "请问您问的是哪一个？单位0、单位1、单位2、单位3、单位4等12个"
    assert cap_list("请问是哪一个？甲、乙", 5, "等{count}个") == "请问是哪一个？甲、乙"
