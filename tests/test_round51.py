"""Kinds of question met in round 51 of our own sets (ordinary askers), each pinned with this
project's own wording."""

from __future__ import annotations

from conftest import talk


def test_parts_said_by_their_own_words_after_the_first(hetang, putuo):
    listed = hetang.ask("荷塘政务中心政府采购里货物、工程和服务各花了多少")
    assert all(f in listed.answer for f in ("3.55", "0.54", "政府采购工程支出")), listed.answer
    before = putuo.ask("普陀财政局货物、工程、服务采购分别是多少")
    assert all(f in before.answer for f in ("4.79", "246.47", "工程采购金额")), before.answer


def test_a_list_whose_last_name_is_said_whole(putuo):
    answer = putuo.ask("普陀财政局一般公共服务、社会保障和就业、住房保障支出分别是多少")
    assert all(f in answer.answer for f in ("2106.66", "326.72", "445.69")), answer.answer


def test_a_word_of_a_list_is_no_part_of_another_thing(university):
    turns = talk(university, "西南大学教育支出多少", "财政拨款的教育支出呢", "其中基本建设资金呢",
                 "占财政拨款教育支出的几成")
    assert "财政拨款收入" not in turns[-1].answer, turns[-1].answer


def test_a_description_answered_from_every_glossary(both):
    answer = both.ask("往年没用完、挪到今年接着用的钱，决算里叫什么")
    assert answer.answered and "年初结转和结余" in answer.answer, answer
    turns = talk(both, "单位保证日常运转花的钱叫什么", "普陀财政局这块花了多少")
    assert "2336.91" in turns[1].answer, turns[1].answer


def test_a_story_before_the_number_asked_is_no_other_number(hetang):
    answer = hetang.ask("我是老街坊 看不懂政务中心这份决算 该打哪个电话")
    assert answer.answered and "28428828" in answer.answer, answer
    person = hetang.ask("政务中心的主任叫什么，把电话给我")
    assert not person.answered, person


def test_an_accusation_is_no_question_of_a_figure(hetang):
    answer = hetang.ask("政务中心的接待费是不是造假了")
    assert not answer.answered and "1.33" not in answer.answer, answer


def test_a_share_asked_of_a_tables_row_is_its_stated_share(university):
    turns = talk(university, "西南大学财政拨款支出一共多少", "项目支出占了多大比例")
    assert "16.06%" in turns[1].answer, turns[1].answer


def test_a_later_clause_asking_whether_there_is_one(putuo):
    answer = putuo.ask("普陀财政局行政运行花了多少，里头有没有项目支出")
    assert "1511.89" in answer.answer and "8.37" in answer.answer, answer.answer


def test_a_small_sum_pointed_at(putuo):
    turns = talk(putuo, "普陀财政局其他收入多少", "就这点钱，占总收入几成")
    assert "0.21%" in turns[1].answer, turns[1].answer


def test_the_asker_working_elsewhere_compares_nothing(putuo):
    answer = putuo.ask("我在其他单位管账，普陀财政局公用经费多少")
    assert answer.answered and "184.65" in answer.answer, answer


def test_the_formal_name_of_a_thing_said_by_its_everyday_word(university, putuo):
    answer = university.ask("西南大学替教职工缴的养老保险，那笔钱在决算里叫什么")
    assert answer.answered and "机关事业单位基本养老保险缴费支出" in answer.answer, answer
    own = putuo.ask("普陀财政局其他收入记在哪个科目名下")
    assert "其他收入：指" not in own.answer and "这是“其他收入”" not in own.answer, own.answer


def test_where_a_class_went_asked_with_啥(putuo):
    turns = talk(putuo, "普陀财政局住房保障支出多少", "钱都花在啥上面了")
    assert "住房公积金" in turns[1].answer and "购房补贴" in turns[1].answer, turns[1].answer


def test_a_terms_meaning_asked_of_the_other_department(both):
    turns = talk(both, "普陀财政局的年初结转和结余是什么意思", "荷塘政务中心那份里是怎么写的")
    assert turns[1].intent == "glossary.define", turns[1]
    assert "指单位以前年度尚未完成" in turns[1].answer, turns[1].answer
