"""Kinds of question met in the tune half of round 87 of our own sets and in this session's own
probes, each pinned with this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_the_fiscal_part_of_a_carry_over_is_never_the_fiscal_income(university, hetang, putuo):
    unsplit = university.ask("西南大学财政拨款结转结余多少")
    assert not unsplit.answered and "243015.38" not in unsplit.answer, unsplit.answer
    left = hetang.ask("政务中心财政拨款结余还有多少")
    assert left.answered and "0.48" in left.answer and "785.17" not in left.answer, left.answer
    table = putuo.ask("普陀区财政局财政拨款结余")
    assert table.answered and "21.63" in table.answer, table.answer
    start = talk(hetang, "政务中心的结转结余是多少", "年初的呢")
    assert not start[-1].answered and "785.17" not in start[-1].answer, start[-1].answer


def test_a_class_named_is_never_answered_by_a_sentence_of_another(hetang):
    budget = hetang.ask("政务中心一般公共服务支出的年初预算是多少")
    assert not budget.answered and "529.97" not in budget.answer, budget.answer


def test_a_share_of_the_fiscal_total_takes_the_rows_fiscal_figure(university):
    share = university.ask("西南大学教育支出占财政拨款支出总计多少")
    assert share.answered and "90.08%" in share.answer and "213588.53" in share.answer, \
        share.answer
    assert "92.92%" not in share.answer, share.answer  # all funds' share of all spending
    turns = talk(university, "西南大学财政拨款支出总计多少", "教育这块占了其中多少")
    assert "90.08%" in turns[-1].answer, turns[-1].answer


def test_the_gap_to_the_second_is_asked_after_a_ranking(putuo):
    turns = talk(putuo, "普陀区财政局哪一类功能支出最多", "比排第二的那类多出多少")
    assert "1660.97" in turns[-1].answer, turns[-1].answer


def test_all_but_the_thing_just_asked_is_the_whole_less_it(putuo):
    turns = talk(putuo, "普陀区财政局一般公共服务支出多少", "除了这一类，其余几类合起来是多少")
    assert "833.39" in turns[-1].answer, turns[-1].answer


def test_whom_an_allowance_is_for_is_its_stated_meaning_or_use(university, putuo):
    whom = university.ask("西南大学的购房补贴是给谁的")
    assert whom.answered and "符合条件职工" in whom.answer, whom.answer
    use = putuo.ask("普陀区财政局的购房补贴是给谁的")
    assert use.answered and "在职人员" in use.answer, use.answer


def test_whether_a_duty_belongs_to_the_unit_is_its_duty_line(hetang):
    duty = hetang.ask("区政府门户网站是不是归荷塘区政务服务中心维护")
    assert duty.answered and "门户网站建设、维护" in duty.answer, duty.answer
    assert "2023" not in duty.answer, duty.answer


def test_the_amounts_won_by_small_firms_are_named_by_who_won_them(putuo):
    reserved = putuo.ask("普陀区财政局给中小企业预留的采购项目里，中小企业中标了多少")
    assert reserved.answered and "246.47" in reserved.answer, reserved.answer
    other = putuo.ask("普陀区财政局不是预留的那些采购里，中小企业中标了多少钱")
    assert other.answered and "4.79" in other.answer, other.answer
    won = putuo.ask("普陀区财政局中小企业中标的采购金额")
    assert won.answered and "251.25" not in won.answer, won.answer  # never the whole


def test_money_spent_on_foreign_students_is_their_education_row(university):
    spent = university.ask("西南大学来华留学生的支出多少")
    assert spent.answered and "570.14" in spent.answer and "2000人" not in spent.answer, \
        spent.answer
    count = university.ask("西南大学来华留学生有多少人")
    assert "570.14" not in count.answer, count.answer


def test_the_units_asked_by_which_are_the_sections_list(putuo):
    units = putuo.ask("普陀区财政局部门决算里包括哪些单位")
    assert units.answered and "财政所" in units.answer and "国库收付中心" in units.answer, \
        units.answer


def test_one_of_two_parts_said_by_its_head_is_of_the_whole_they_were_asked_in(university):
    turns = talk(university, "西南大学科学技术支出里，基本支出和项目支出分别多少",
                 "项目那部分占三分之二以上吗")
    assert "67.33%" in turns[-1].answer, turns[-1].answer


def test_a_share_of_a_part_not_found_is_never_the_wholes_own(hetang):
    share = hetang.ask("政务中心商品那部分占基本支出多少")
    assert not share.answered and "100%" not in share.answer, share.answer


def test_one_thing_said_after_each_department_is_that_thing_of_both(both):
    added = both.ask("荷塘政务中心支出和普陀财政局支出加起来")
    first = added.answer.split("\n")[0]
    assert added.answered and "854.31" in first and "793.05" not in first, added.answer


def test_which_departments_share_is_higher_compares_the_shares(both):
    higher = both.ask("哪个单位的一般公共服务支出占比高")
    first = higher.answer.split("\n")[0]
    assert "76.49%" in first and "71.73%" in first and "4.76个百分点" in first, higher.answer


def test_the_other_classes_added_after_one_are_the_spending_less_it(university):
    turns = talk(university, "西南大学23年教育支出", "在总支出里占几成",
                 "剩下那几类加一块儿多少钱")
    assert "32389.48" in turns[-1].answer, turns[-1].answer


def test_the_fiscal_income_taken_out_of_a_side_total_is_no_scope_of_it(putuo):
    rest = putuo.ask("普陀区财政局本年收入合计减去财政拨款收入是多少")
    assert rest.answered and "2946.25" in rest.answer and "6.20" in rest.answer, rest.answer


def test_the_rest_after_the_fiscal_part_is_the_non_fiscal_part(university):
    turns = talk(university, "西南大学购房补贴支出多少", "财政拨款出了多少", "剩下的呢")
    assert "697.24" in turns[-1].answer, turns[-1].answer


def test_the_other_side_of_a_row_said_bare_is_that_rows(university, hetang):
    turns = talk(university, "西南大学其他教育支出今年支出多少", "收入是多少", "支出超过收入多少")
    assert "649.08" in turns[1].answer, turns[1].answer
    assert "226.95" in turns[-1].answer, turns[-1].answer
    income = hetang.ask("政务中心科学技术支出的收入是多少")
    assert not income.answered and "200.87" not in income.answer, income.answer


def test_what_a_subject_covers_and_whom_it_pays_are_its_meaning(university):
    covers = university.ask("实验室及相关设施这个科目管哪些东西")
    assert covers.answered and "野外台站" in covers.answer, covers.answer
    whom = university.ask("西南大学购房补贴是给谁发的")
    assert whom.answered and "符合条件职工" in whom.answer, whom.answer


def test_a_rate_asked_then_its_money_is_the_change_worked_out(university):
    turns = talk(university, "西南大学高中教育多少", "比上年增长多少", "换成钱是多了多少万")
    assert "2453.76" in turns[-1].answer, turns[-1].answer


def test_a_classs_part_of_the_sides_increase_is_worked_out(university):
    for asked in ("西南大学支出的增量里教育支出贡献了百分之多少",
                  "西南大学总支出多出来的五万多万里，教育支出的增量占了多大比重"):
        share = university.ask(asked)
        assert share.answered and "96.34%" in share.answer, share.answer
    whom = university.ask("西南大学购房补贴是发给哪些人的")
    assert whom.answered and "符合条件职工" in whom.answer, whom.answer


def test_the_fiscal_part_not_even_half_asks_its_share_of_the_row(university):
    share = university.ask("西南大学2023年住房保障支出，财政拨款连一半都不到吗")
    assert share.answered and "46.87%" in share.answer, share.answer


def test_a_share_of_a_whole_with_no_part_said_is_asked_back(putuo):
    turns = talk(putuo, "普陀区财政局绩效评价覆盖了多少预算金额", "占项目支出的比例")
    assert not turns[-1].answered and "20.51" not in turns[-1].answer, turns[-1].answer


def test_the_money_saved_over_the_budget_is_the_gap_not_the_rate_spent(putuo):
    saved = putuo.ask("普陀区财政局信息化建设少花的钱占预算几成")
    assert saved.answered and "0.48%" in saved.answer and "99.52%" not in saved.answer, \
        saved.answer


def test_half_of_a_long_name_is_still_a_share(putuo):
    turns = talk(putuo, "普陀区财政局养老保险缴费", "职业年金", "职业年金是养老保险的一半吗")
    assert "50.00%" in turns[-1].answer, turns[-1].answer


def test_a_count_asked_then_its_change_is_never_another_sentences(hetang):
    turns = talk(hetang, "政务中心接待了多少人", "比上年呢")
    assert not turns[-1].answered and "409.89" not in turns[-1].answer, turns[-1].answer


def test_where_the_saving_mostly_came_from_ranks_the_gaps(hetang):
    turns = talk(hetang, "政务中心三公经费比预算少了多少", "主要是哪项省的")
    assert "公务用车运行维护费" in turns[-1].answer.split("，")[0] + turns[-1].answer[:60] \
        and "7.30" in turns[-1].answer, turns[-1].answer


def test_the_two_just_asked_over_a_whole_is_their_sums_share(hetang):
    turns = talk(hetang, "政务中心工资福利多少", "商品和服务呢", "两个占基本支出多少")
    assert "34.55%" in turns[-1].answer, turns[-1].answer


def test_where_a_things_money_went_after_it_is_its_own_parts_or_none(hetang):
    turns = talk(hetang, "政务中心商品和服务支出", "都花在哪了")
    assert not turns[-1].answered and "653.44" not in turns[-1].answer, turns[-1].answer


def test_the_fiscal_part_asked_then_its_share_of_all_funds_of_the_row(university):
    turns = talk(university, "西南大学2023年教育支出财政拨款多少", "占全部教育支出的比例大概多少")
    assert "50.22%" in turns[-1].answer, turns[-1].answer


def test_three_said_bare_after_three_turns_adds_them(putuo):
    turns = talk(putuo, "普陀区财政局工资福利支出", "商品和服务支出", "对个人和家庭的补助",
                 "三项加起来")
    assert "2323.33" in turns[-1].answer, turns[-1].answer


def test_how_much_over_after_a_budget_is_the_gap_to_it(hetang):
    turns = talk(hetang, "政务中心财政拨款支出", "年初预算多少", "超了多少")
    assert "529.97" in turns[-1].answer, turns[-1].answer


def test_the_widest_gap_between_budget_and_actual_is_ranked(putuo):
    widest = putuo.ask("普陀区财政局各个项目里头，预算和实际差距最大的是哪个？差了多少")
    assert widest.answered and "行政运行" in widest.answer and "48.16" in widest.answer, \
        widest.answer
