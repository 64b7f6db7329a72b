"""Kinds of question met in the tune half of round 85 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_social_insurance_contributions_are_no_row_of_their_own(putuo):
    paid = putuo.ask("普陀区财政局社保缴费花了多少")
    assert not paid.answered and "社会保障缴费" in paid.answer, paid.answer
    assert "60.99" not in paid.answer, paid.answer  # never the staff's medical insurance
    other = putuo.ask("普陀区财政局其他社会保障缴费多少")
    assert other.answered and "1.61" in other.answer, other.answer


def test_contributions_listed_by_their_parts_are_summed(university):
    both = university.ask("西南大学的社保缴费，养老保险加职业年金一共多少")
    assert both.answered and "13465.06" in both.answer, both.answer


def test_a_glossary_definition_is_no_sign_that_there_is_any(putuo):
    income = putuo.ask("普陀区财政局有没有经营收入")
    assert not income.answered and "名词解释" in income.answer, income.answer
    meaning = putuo.ask("普陀区财政局的事业收入是什么意思")
    assert meaning.answered, meaning.answer


def test_research_said_in_everyday_words_is_the_science_class(university):
    spent = university.ask("西南大学花在科研上的钱有多少")
    assert spent.answered and "2536.65" in spent.answer, spent.answer
    assert "457676.75" not in spent.answer.split("\n")[0], spent.answer


def test_a_part_worked_out_is_compared_by_its_own_figure(both):
    which = both.ask("荷塘区政务服务中心和普陀区财政局哪个的项目支出多")
    first = which.answer.split("\n")[0]
    assert "0.00万元" in first and "784.69" not in first, which.answer


def test_carried_over_and_surplus_stated_as_one_are_never_split(hetang):
    split = hetang.ask("荷塘区政务服务中心年末结转结余里，结转和结余各是多少")
    assert not split.answered and "0.48" not in split.answer, split.answer


def test_the_first_of_two_years_is_the_year_before(hetang):
    turns = talk(hetang, "荷塘区政务服务中心2017年支出总计多少", "比头一年多了多少？头一年是多少")
    assert "537.80" in turns[-1].answer and "316.51" in turns[-1].answer, turns[-1].answer


def test_a_verdict_and_one_persons_payment_are_declined(both):
    verdict = both.ask("荷塘政务中心其他资本性支出占了一半多，这钱是不是花冤枉了")
    assert verdict.intent == "figure.opinion" and not verdict.answered, verdict.answer
    turns = talk(both, "普陀区财政局住房公积金多少", "那具体某个人一个月交多少公积金")
    assert turns[-1].intent == "figure.personal" and not turns[-1].answered, turns[-1].answer


def test_a_share_said_with_in_and_no_zhan_is_worked_out(hetang):
    share = hetang.ask("荷塘区政务服务中心机关运行经费在总支出里的比重超没超过四分之三?")
    assert share.answered and "76.98%" in share.answer, share.answer


def test_the_fiscal_part_of_this_years_income_is_a_thing(putuo):
    share = putuo.ask("普陀财政局本年收入里，财政拨款那块占比多少？")
    assert "99.79%" in share.answer, share.answer


def test_budget_against_spending_of_one_row_and_of_the_unit(putuo):
    row = putuo.ask("普陀财政局行政运行这一项，年初预算和实际支出差了多少？")
    assert row.answered and "48.16" in row.answer, row.answer
    unit = putuo.ask("普陀财政局整体预算和实际支出之间差了多少钱？")
    assert unit.answered and "53.87" in unit.answer, unit.answer


def test_a_change_set_against_the_change_of_the_whole(university):
    part = university.ask("西南大学教育支出的增加额占总支出增加额的多大比例")
    assert "96.34%" in part.answer, part.answer


def test_the_rest_of_the_classes_added_up(putuo):
    rest = putuo.ask("普陀区财政局除开一般公共服务，别的几类支出加一块是多少")
    assert "833.39" in rest.answer, rest.answer


def test_heads_listed_with_the_side_said_once_and_the_unfound_never_ranked(university):
    gap = university.ask("西南大学财政、事业、其他三块收入里，最多的比最少的多出多少")
    assert "191690.97" in gap.answer, gap.answer
    short = university.ask("西南大学事业收入、其他收入、某某收入里最多的比最少的多多少")
    assert not short.answered and "85060.83" not in short.answer, short.answer


def test_the_two_kinds_of_spending_by_what_they_are_for(putuo):
    kinds = putuo.ask("普陀财政局2024年的钱，日常运转和专项任务各花了几成？")
    assert "79.49%" in kinds.answer and "20.51%" in kinds.answer, kinds.answer
    described = putuo.ask("普陀财政局的行政运行，也就是日常运转的钱，花了多少")
    assert "1511.89" in described.answer, described.answer


def test_how_many_shares_of_another_is_how_many_times(putuo):
    turns = talk(putuo, "普陀区财政局24年基本工资多少", "津贴补贴顶得上几份基本工资")
    assert turns[-1].intent == "figure.times" and "4.72" in turns[-1].answer, turns[-1].answer


def test_a_part_of_a_count_picked_out_by_what_they_do_is_not_the_count(university):
    some = university.ask("西南大学来华留学生里有多少人拿奖学金")
    assert not some.answered and "2000" not in some.answer, some.answer


def test_the_non_fiscal_part_of_a_kind_stated_under_both_totals(university):
    basic = university.ask("西南大学全口径的基本支出里，非财政拨款那部分是多少")
    assert basic.answered and "160766.46" in basic.answer, basic.answer
    project = university.ask("西南大学项目支出里不是财政拨款的有多少")
    assert "59810.28" in project.answer, project.answer


def test_a_deed_of_its_own_is_never_answered_with_the_years_total(putuo):
    deed = putuo.ask("普陀财政局买电脑一年花了多少")
    assert not deed.answered and "2940.05" not in deed.answer, deed.answer
    other = putuo.ask("财政所自己一年花多少")
    assert not other.answered, other.answer
    year = putuo.ask("普陀财政局这家单位全年度的开销一共多少")
    assert year.answered and "2940.05" in year.answer, year.answer
    turns = talk(putuo, "普陀区财政局2024年收入总计多少？", "好的。那一年花出去多少？")
    assert "2940.05" in turns[-1].answer, turns[-1].answer


def test_the_same_thing_of_two_departments_in_turn_added_and_set_in_order(both):
    turns = talk(both, "普陀财政局政府采购", "荷塘政务中心政府采购", "合计多少")
    assert "255.34" in turns[-1].answer, turns[-1].answer
    turns = talk(both, "荷塘政务中心支出总计", "普陀财政局支出合计", "后者是前者的几倍")
    assert "3.44" in turns[-1].answer.split("\n")[0], turns[-1].answer


def test_a_meaning_is_no_amount_of_the_next_department(both):
    turns = talk(both, "普陀财政局年初结转和结余", "荷塘呢")
    assert not turns[-1].answered and "以前年度" not in turns[-1].answer, turns[-1].answer


def test_a_universitys_general_budget_funds_are_worked_out_from_its_printed_part(university):
    general = university.ask("西南大学一般公共预算财政拨款收入多少")
    assert "242905.88" in general.answer and "计算得出" in general.answer, general.answer
    funds = university.ask("西南大学财政拨款收入多少")
    assert "243015.38" in funds.answer.split("\n")[0], funds.answer


def test_the_fiscal_part_of_spending_is_never_the_fiscal_income(university, hetang, putuo):
    share = university.ask("西南大学2023年财政拨款支出占全部支出的比重是多少？")
    assert "51.81%" in share.answer and "56.42%" not in share.answer, share.answer
    assert "91.85%" in hetang.ask("荷塘区政务服务中心支出里财政拨款占多少").answer
    stated = putuo.ask("普陀区财政局支出里财政拨款占多少")
    assert "100.00%" in stated.answer and "99.79%" not in stated.answer, stated.answer


def test_the_classes_the_fiscal_spending_went_to(university, putuo):
    classes = university.ask("西南大学财政拨款支出主要用在哪几类")
    assert "213588.53" in classes.answer and "13345.79" in classes.answer, classes.answer
    turns = talk(putuo, "普陀区财政局2024年一般公共预算财政拨款支出多少", "主要用在哪几块？",
                 "社会保障就业那块占多少")
    assert "445.69" in turns[1].answer and "60.99" in turns[1].answer, turns[1].answer
    assert "11.11%" in turns[-1].answer.split("\n")[0], turns[-1].answer


def test_both_kinds_named_are_the_split_of_their_whole_not_one_kinds_parts(hetang, putuo):
    split = hetang.ask("荷塘区政务服务中心基本支出和项目支出的构成情况")
    assert "784.69" in split.answer and "工资福利支出" not in split.answer, split.answer
    both = putuo.ask("普陀区财政局基本支出和项目支出的构成")
    assert "79.49%" in both.answer and "20.51%" in both.answer, both.answer


def test_two_things_set_against_each_other_in_the_line_are_those_two(putuo):
    turns = talk(putuo, "普陀区财政局政府采购", "货物多少", "服务多少", "服务是货物的几倍")
    assert "51.46" in turns[-1].answer and "政府采购金额251.25" not in turns[-1].answer, \
        turns[-1].answer
    turns = talk(putuo, "普陀区财政局财政拨款收入多少", "财政拨款支出多少", "收的比花的多多少")
    assert turns[-1].answered and "0.00万元" not in turns[-1].answer, turns[-1].answer


def test_the_non_fiscal_part_asked_bare_after_the_fiscal_one(putuo):
    turns = talk(putuo, "普陀区财政局年末结转和结余", "其中财政拨款的", "非财政拨款的呢")
    assert "33.71" in turns[-1].answer and "2940.05" not in turns[-1].answer, turns[-1].answer


def test_a_change_then_a_bare_why_in_one_line_are_both_answered(university):
    both = university.ask("西南大学收入比上年少了多少，为什么")
    assert both.intent == "figure.change" and "23616.80" in both.answer, both.answer
    assert "债务收入减少" in both.answer and "454341.83" not in both.answer, both.answer


def test_money_passed_on_to_units_below_is_never_the_budget_money_received(putuo):
    passed = putuo.ask("普陀区财政局给下属单位拨了多少钱")
    assert "2940.05" not in passed.answer, passed.answer
    received = putuo.ask("普陀区财政局财政拨了多少")
    assert "2940.05" in received.answer, received.answer


def test_research_project_funds_are_no_project_spending(university):
    research = university.ask("西南大学的科研项目经费多少")
    assert not research.answered and "97895.15" not in research.answer, research.answer
    assert "97895.15" in university.ask("西南大学项目经费多少").answer


def test_how_many_payments_a_sum_was_made_of_is_declined(putuo):
    payments = putuo.ask("普陀区财政局超过200万的采购有多少笔")
    assert payments.intent == "figure.transactions" and not payments.answered, payments.answer
    assert "251.25" in putuo.ask("普陀区财政局政府采购多少").answer


def test_which_kind_a_thing_is_never_answered_with_the_kinds_total(putuo, hetang):
    car = hetang.ask("荷塘区政务服务中心公车属于基本支出还是项目支出")
    assert not car.answered and "784.69" not in car.answer, car.answer
    row = putuo.ask("普陀区财政局购房补贴属于基本支出还是项目支出")
    assert row.answered and "258.50" in row.answer, row.answer


def test_what_a_thing_covers_is_never_answered_with_its_amount_alone(hetang, putuo):
    covers = hetang.ask("荷塘区政务服务中心机关运行经费包括什么")
    assert not covers.answered and "657.67" not in covers.answer, covers.answer
    listed = putuo.ask("普陀区财政局人员经费里都包括哪些东西")
    assert listed.answered and "基本工资" in listed.answer, listed.answer


def test_a_count_of_schools_names_no_school(university):
    for line in ("西南大学有几个学院", "西南大学有多少个学院"):
        count = university.ask(line)
        assert "学院”的决算数据" not in count.answer, count.answer
    assert "重庆大学" in university.ask("重庆大学支出多少").answer


def test_each_ones_own_gap_is_no_gap_between_departments(both):
    gap = both.ask("三公经费比预算少了多少钱")
    assert not gap.answered and "13.35" not in gap.answer, gap.answer  # which one is asked
    turns = talk(both, "公务用车运行维护费比年初预算少了多少", "２０１７的")
    assert "7.30" in turns[-1].answer, turns[-1].answer
    apart = both.ask("两家三公经费差多少")
    assert "1.33" in apart.answer and "计算得出" in apart.answer, apart.answer


def test_changes_added_or_their_share_of_the_wholes_change(university):
    added = university.ask("西南大学财政拨款收入比上年增加的和事业收入增加的一共多少")
    assert "15432.68" in added.answer, added.answer
    turns = talk(university, "西南大学23年总支出比22年增加多少",
                 "总支出增加的部分里，教育支出增加贡献了百分之多少？")
    assert "96.34%" in turns[-1].answer, turns[-1].answer


def test_the_foreign_students_part_of_spending_said_as_a_block(university):
    spent = university.ask("西南大学留学生这块花了多少")
    assert "570.14" in spent.answer, spent.answer
    assert "2000" in university.ask("西南大学留学生有多少").answer
