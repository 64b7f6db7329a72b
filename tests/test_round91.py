"""Kinds of question met in the tune half of round 91 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_count_over_the_count_said_to_hold_it(university):
    share = university.ask("西大的博导在硕导当中占几成")
    assert share.answered and "29.55" in share.answer, share.answer


def test_a_count_over_the_whole_named_after_its_number(university):
    share = university.ask("西南大学国家级一流本科专业建设点在本科专业中的比例")
    assert share.answered and "58.49" in share.answer and "76.54" not in share.answer, \
        share.answer
    gap = university.ask("西南大学重庆市一流本科专业建设点比国家级的多几个")
    assert gap.answered and "相差19个" in gap.answer and "相差44" not in gap.answer, gap.answer


def test_the_items_of_an_economic_class_asked_as_subjects(putuo):
    top = putuo.ask("普陀财政局商品和服务支出里哪个科目花钱最多")
    assert top.answered and "其他交通费用" in top.answer and "48.49" in top.answer, top.answer


def test_the_two_ends_and_their_gap_said_in_any_order(hetang):
    gap = hetang.ask("政务中心支出哪一类最少，比最多的那类少多少")
    assert gap.answered and "452.57" in gap.answer, gap.answer


def test_the_two_items_just_listed_pointed_at(hetang):
    gap = talk(hetang, "政务中心收入分哪几块", "这两块相差多少")
    assert gap[-1].answered and "777.29" in gap[-1].answer, gap[-1].answer
    added = talk(hetang, "政务中心收入分哪几块", "财政拨款和其他收入两样加起来")
    assert added[-1].answered and "793.05" in added[-1].answer, added[-1].answer


def test_a_part_said_with_its_whole_that_is_not_listed_is_declined(university):
    turns = talk(university, "西南大学高等教育支出多少", "其中工资多少")
    assert not turns[-1].answered and "186663.39" not in turns[-1].answer, turns[-1].answer


def test_a_thing_pointed_at_set_against_a_fiscal_part(university):
    turns = talk(university, "西大财政拨款的基本支出是多少", "它是财政拨款项目支出的多少倍")
    assert turns[-1].answered and "5.23" in turns[-1].answer, turns[-1].answer


def test_the_same_kind_asked_of_the_other_department(both):
    turns = talk(both, "普陀区财政局一般公共服务支出多少", "荷塘政务中心那边，同一类支出是多少")
    assert turns[-1].answered and "653.44" in turns[-1].answer, turns[-1].answer


def test_money_per_head_said_by_the_head(hetang):
    turns = talk(hetang, "政务中心接待费多少", "接待了几个人", "摊到每个人头上多少钱")
    assert turns[-1].answered and "31.67" in turns[-1].answer, turns[-1].answer
    said = hetang.ask("政务中心公务接待算下来一个人接待费用了多少")
    assert said.answered and "31.67" in said.answer, said.answer
    heads = hetang.ask("政务中心人头费多少")
    assert not heads.answered and "人员经费" in heads.answer, heads.answer


def test_a_rows_other_side_said_with_a_place_word(university):
    turns = talk(university, "西大其他教育支出多少", "收入那头是多少")
    assert turns[-1].answered and "649.08" in turns[-1].answer, turns[-1].answer
    assert "430725.03" not in turns[-1].answer, turns[-1].answer


def test_a_part_pointed_at_taken_out_of_the_thing_asked_before(hetang):
    turns = talk(hetang, "政务中心基本支出多少", "其他资本性支出呢", "扣掉这块，剩下三项一共多少")
    assert turns[-1].answered and "308.44" in turns[-1].answer, turns[-1].answer


def test_a_ratio_checked_as_a_relation_of_times(putuo):
    times = putuo.ask("普陀财政局职业年金缴费跟养老保险缴费是一比二，也就是两倍的关系吗")
    assert times.answered and "倍" in times.answer and "2.00" in times.answer, times.answer


def test_what_is_left_asked_what_it_is_and_how_much(putuo):
    left = putuo.ask("普陀财政局基本支出去掉人员经费剩下的是什么，多少钱")
    assert left.answered and "184.65" in left.answer, left.answer


def test_the_kind_of_spending_asked_keeps_the_row_talked_about(university):
    turns = talk(university, "西大机构运行花了多少", "属于基本支出还是项目支出",
                 "和实验室及相关设施比差多少")
    assert turns[-1].answered and "879.21" in turns[-1].answer, turns[-1].answer


def test_the_largest_part_inside_the_thing_just_broken_down(putuo):
    turns = talk(putuo, "普陀财政局项目支出分哪几块", "当中最大的一项占项目支出多少")
    top = putuo.ask("普陀财政局基本支出当中最多的那一块占基本支出百分之几")
    assert top.answered and "92.10%" in top.answer and "79.49" not in top.answer, top.answer
    assert turns[-1].answered and "财政委托业务支出" in turns[-1].answer, turns[-1].answer
    assert "74.53%" in turns[-1].answer, turns[-1].answer


def test_the_smallest_class_over_the_whole_asked_not_the_stated_one(university):
    least = university.ask("西南大学财政拨款支出按功能分类哪一类最少，占财政拨款支出百分之几")
    assert least.answered and "科学技术支出" in least.answer and "1.07%" in least.answer, \
        least.answer
    assert "项目支出38084.87" not in least.answer, least.answer


def test_it_is_the_one_of_the_two_just_compared_not_named_now(putuo):
    turns = talk(putuo, "普陀财政局公用经费是多少", "和人员经费差多少", "人员经费是它的几倍")
    assert turns[-1].answered and "11.66" in turns[-1].answer, turns[-1].answer


def test_the_year_before_of_a_thing_named_now_not_of_the_last(putuo):
    turns = talk(putuo, "普陀财政局一般公共预算财政拨款支出比上年少多少", "为什么",
                 "23年住房保障支出呢")
    assert not turns[-1].answered and "3003.19" not in turns[-1].answer, turns[-1].answer


def test_a_districts_own_revenue_is_no_units_income(putuo):
    region = putuo.ask("普陀区2024年财政收入是多少")
    assert not region.answered and "2940.05" not in region.answer, region.answer


def test_money_spent_asked_after_money_received_is_kept(hetang):
    said = hetang.normalizer("政务中心那年进了多少花了多少")
    assert said.endswith("收入多少支出多少"), said  # never 比B多花了多少's dropped 花了


def test_a_share_asked_after_a_part_and_its_total_in_turn(hetang):
    turns = talk(hetang, "政务中心其他收入是多少", "那收入总计呢", "占了多少")
    assert turns[-1].answered and "1%" in turns[-1].answer and "其他收入" in turns[-1].answer, \
        turns[-1].answer
    assert "99%；" not in turns[-1].answer.split("\n")[0], turns[-1].answer
