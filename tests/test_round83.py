"""Kinds of question met in the tune half of round 83 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_non_fiscal_income_said_before_its_side_is_the_income_less_its_fiscal_part(university):
    income = university.ask("西南大学2023年非财政拨款的收入总共有多少")
    assert income.answered and "187709.65" in income.answer, income.answer
    turns = talk(university, "西南大学2023年收入总共多少", "不是财政的那部分收入有多少")
    assert "187709.65" in turns[-1].answer, turns[-1].answer


def test_non_fiscal_spending_is_this_years_spending_never_the_grand_total(putuo):
    spent = putuo.ask("普陀区财政局支出里不是财政拨款的有多少")
    assert "2995.39" not in spent.answer and "55.34" not in spent.answer, spent.answer


def test_a_part_just_asked_taken_out_by_name_leaves_the_thing_asked_before_it(hetang):
    turns = talk(hetang, "荷塘区政务服务中心一般公共预算基本支出多少", "那工资福利支出呢",
                 "把工资福利扣掉以后还剩多少")
    assert "694.98" in turns[-1].answer, turns[-1].answer


def test_one_figure_is_never_set_against_itself(hetang):
    turns = talk(hetang, "荷塘区政务服务中心工资福利支出多少",
                 "工资福利支出减去工资福利支出是多少")
    assert "0.00万元" not in turns[-1].answer, turns[-1].answer


def test_two_questions_listed_with_a_pause_mark_are_each_answered(putuo):
    both = putuo.ask("普陀区财政局2024年一共收了多少、花了多少？")
    assert "2946.25" in both.answer and "2940.05" in both.answer, both.answer


def test_both_ends_of_a_things_own_rows_set_against_each_other(putuo):
    gap = putuo.ask("普陀区财政局社会保障和就业支出最多的比最少的多出多少")
    assert "159.81" in gap.answer and "2045.67" not in gap.answer, gap.answer


def test_the_wording_of_another_units_glossary_asked_again(both):
    turns = talk(both, "荷塘区政务服务中心的名词解释里财政拨款收入指什么",
                 "普陀区财政局那份说的一样吗")
    assert turns[-1].intent.startswith("glossary."), turns[-1].intent
    assert "国有资本经营预算财政拨款" in turns[-1].answer, turns[-1].answer


def test_a_function_class_rows_ranked_by_spending_unless_income_is_said(putuo):
    least = putuo.ask("普陀区财政局财政事务下面哪一项用钱最少")
    assert "10.00" in least.answer and "16.19" not in least.answer, least.answer


def test_a_class_pointed_at_is_the_last_thing(putuo):
    turns = talk(putuo, "普陀区财政局社会保障和就业支出是多少", "行政单位离退休占这一类的几成")
    assert "25.91%" in turns[-1].answer, turns[-1].answer


def test_which_has_the_smallest_share_is_a_ranking(university):
    ranked = university.ask("西南大学收入里财政拨款、事业收入和其他收入哪个占比最小，占多少")
    assert ranked.intent == "figure.ranking", ranked.intent
    assert "其他收入" in ranked.answer and "11.92%" in ranked.answer, ranked.answer


def test_vehicle_running_costs_said_plainly(hetang):
    gap = hetang.ask("荷塘区政务服务中心车辆运维费比年初预算少了多少")
    assert "7.30" in gap.answer, gap.answer
    run = hetang.ask("荷塘区政务服务中心车辆运行费是多少")
    assert "公务用车运行维护费" in run.answer.split("。")[0], run.answer


def test_an_item_left_blank_is_never_read_as_a_row_inside_its_name(putuo):
    pay = putuo.ask("普陀区财政局绩效工资发了多少")
    assert not pay.answered and "2082.85" not in pay.answer, pay.answer


def test_a_school_row_the_disclosure_lacks_is_never_the_whole_class(university):
    lacking = university.ask("西南大学研究生教育支出是多少")
    assert not lacking.answered and "425287.27" not in lacking.answer, lacking.answer
    listed = university.ask("西南大学高中教育支出是多少")
    assert listed.answered and "16769.73" in listed.answer, listed.answer


def test_the_person_in_charge_is_no_duty(hetang):
    person = hetang.ask("荷塘区政务服务中心的负责人是谁")
    assert person.intent != "org.who_handles" and not person.answered, person.answer


def test_the_closing_balance_set_against_the_opening_one_said_bare(putuo):
    gap = putuo.ask("普陀区财政局年末结余比年初多出多少")
    assert "6.20" in gap.answer, gap.answer


def test_the_largest_class_of_spending_ranks_the_classes(putuo):
    top = putuo.ask("普陀区财政局花钱最多的那一类占了多少")
    assert "一般公共服务支出" in top.answer and "71.73%" in top.answer, top.answer


def test_a_pointed_part_taken_out_after_its_whole_leaves_the_rest(hetang):
    turns = talk(hetang, "荷塘区政务服务中心其他资本性支出是多少",
                 "基本支出扣掉它，剩下的部分一共多少")
    assert "308.44" in turns[-1].answer, turns[-1].answer


def test_a_year_not_loaded_is_said_of_the_department_talked_about(both):
    turns = talk(both, "荷塘区政务服务中心2017年支出多少", "那2024年呢")
    assert not turns[-1].answered, turns[-1].answer
    assert turns[-1].answer.startswith("株洲市荷塘区政务服务中心没有2024年"), turns[-1].answer
    assert "普陀" not in turns[-1].answer, turns[-1].answer


def test_a_row_of_another_template_said_whole_is_never_a_computed_gap(putuo):
    row = putuo.ask("普陀区财政局用事业基金弥补收支差额是多少")
    assert not row.answered and "计算得出" not in row.answer, row.answer


def test_a_gap_asked_in_yi_is_the_gap_never_one_side_converted(university):
    gap = university.ask("西南大学的收入比支出少几个亿")
    assert "26951.72" in gap.answer and "2.70亿元" in gap.answer, gap.answer
    assert "43.07" not in gap.answer, gap.answer


def test_two_things_of_the_year_before_set_apart_are_each_worked_back(university):
    gap = university.ask("西南大学上一年的收入和支出相差多少")
    assert gap.intent == "figure.last_year" and "51157.91" in gap.answer, gap.answer
    which = university.ask("西南大学2022年收入和支出谁更多")
    assert "51157.91" in which.answer, which.answer
    change = university.ask("西南大学收入跟去年比差多少")
    assert change.intent == "figure.change" and "23616.80" in change.answer, change.answer


def test_a_part_of_the_sides_total_increase_asked_after_the_parts_own(university):
    turns = talk(university, "西南大学教育支出比上年多了多少", "这占了总支出增加额的百分之几")
    assert "96.34%" in turns[-1].answer, turns[-1].answer


def test_one_budget_set_against_anothers_is_never_the_completion(hetang):
    turns = talk(hetang, "荷塘区政务服务中心三公经费年初预算是多少", "其中接待费的预算占了几成")
    assert "48.95%" in turns[-1].answer, turns[-1].answer
    done = hetang.ask("荷塘区政务服务中心公务接待费占预算多少")
    assert "48.95%" not in done.answer, done.answer


def test_each_saved_against_the_budget_is_the_gap_never_the_budget(hetang):
    turns = talk(hetang, "荷塘区政务服务中心三公经费年初预算多少", "少花了百分之几",
                 "那省下的钱里，接待费和车费各省了多少")
    assert "5.67" in turns[-1].answer and "7.30" in turns[-1].answer, turns[-1].answer
    assert "推算年初预算" not in turns[-1].answer, turns[-1].answer


def test_two_departments_shares_set_apart_in_points(both):
    turns = talk(both, "普陀区财政局2024年财政拨款收入占比多少", "荷塘区政务服务中心2017年的呢",
                 "两个单位相差几个百分点")
    assert "0.79个百分点" in turns[-1].answer, turns[-1].answer


def test_which_department_grew_faster_sets_their_rates_side_by_side(both):
    turns = talk(both, "荷塘区政务服务中心机关运行经费比上年增加了多少", "那普陀区财政局的呢",
                 "哪一家的增幅更大")
    answer = turns[-1].answer
    assert "普陀" in answer and "1.40%" in answer and "个百分点" in answer, answer
    assert "655.12" not in answer, answer


def test_a_share_of_a_whole_asked_again_of_a_sibling_keeps_the_whole(putuo):
    turns = talk(putuo, "普陀区财政局住房保障支出是多少", "住房公积金占了多少", "那购房补贴呢")
    assert "58.00%" in turns[-1].answer and "445.69" in turns[-1].answer, turns[-1].answer


def test_the_largest_item_of_a_thing_then_its_share_of_it(putuo):
    turns = talk(putuo, "普陀区财政局商品和服务支出是多少", "里头最大的一项是什么", "占多少")
    assert "其他交通费用" in turns[1].answer and "48.49" in turns[1].answer, turns[1].answer
    assert "28.35%" in turns[-1].answer, turns[-1].answer
    other = talk(putuo, "普陀区财政局公务接待费多少", "支出哪一类最大", "占多少")
    assert "71.73%" in other[-1].answer and "公务接待费" not in other[-1].answer, other[-1].answer
