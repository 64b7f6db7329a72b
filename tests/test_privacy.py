"""bot/privacy.py: personal data is masked, the figures people ask about are not."""

from __future__ import annotations

import pytest

from bot.privacy import mask


@pytest.mark.parametrize("question, secret, label", [
    ("我的手机15900001111，支出总计是多少", "15900001111", "[手机号]"),
    ("请回电 +86 159-0000-1111", "0000-1111", "[手机号]"),
    ("回电＋8615900001111谢谢", "15900001111", "[手机号]"),
    ("号码 159 0000 1111 打不通", "0000 1111", "[手机号]"),
    ("全角１５９００００１１１１也行", "１５９００００１１１１", "[手机号]"),
    ("座机0755-26660000找谁", "26660000", "[电话]"),
    ("（020）86660000是哪个科室", "86660000", "[电话]"),
    ("打电话 86660000 没人接", "86660000", "[电话]"),
    ("身份证号44030519851231002X，能查吗", "44030519851231002", "[身份证号]"),
    ("老证件440305851231002还有效吗", "440305851231002", "[身份证号]"),
    ("发到 wang.xiao_ming@example.com.cn 吧", "wang.xiao_ming", "[邮箱]"),
    ("退款到6217000011112222333", "6217000011112222333", "[卡号]"),
    ("卡 6217 0000 1111 2222 收款", "6217 0000 1111 2222", "[卡号]"),
    ("我叫郑小六，想问车辆购置费", "郑小六", "[姓名]"),
    ("名字是司马一鸣。三公经费", "司马一鸣", "[姓名]"),
    ("本人钱七，咨询会议费", "钱七", "[姓名]"),
    ("我是孙八想问培训费", "孙八", "[姓名]"),
    ("我叫吕九三公经费多少", "吕九", "[姓名]"),
])
def test_personal_data_is_masked(question, secret, label):
    masked = mask(question)
    assert secret not in masked and label in masked


@pytest.mark.parametrize("question", [
    "2019年收入总计是多少",
    "一般公共预算支出1234.56万元对吗",
    "上年是3,456.78万元吗",
    "12345热线说找你们",
    "2016 2017 2018 2019 四年的三公经费",
    "我是财政局的，想问公务接待费",
    "我是一名退休教师，问问差旅费",
    "我是高中老师",
    "我是谁",
    "本人有个问题：基本支出多少",
    "我是市民，政府采购多少",
    "编码2010101是什么科目",
    "合计123456789012.50元还是123456789012元",
])
def test_figures_and_plain_words_are_kept(question):
    assert mask(question) == question


def test_budget_words_survive_around_a_masked_name():
    masked = mask("我叫冯十一，电话15900001111，问机关运行经费")
    assert masked == "我叫[姓名]，电话[手机号]，问机关运行经费"
