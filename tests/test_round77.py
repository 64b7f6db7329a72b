"""Kinds of question met in the tune halves of rounds 68 to 77 of our own sets, each pinned with
this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_a_pointer_with_a_generic_noun_asks_the_meaning_of_the_last_thing(putuo):
    turns = talk(putuo, "普陀财政局因公出国（境）费花了多少", "这笔费用按规定都包括些什么")
    assert "国际旅费" in turns[-1].answer and "办公费" not in turns[-1].answer, turns[-1].answer


def test_a_name_said_by_its_head_asks_its_own_meaning_never_the_last_things(putuo):
    alone = putuo.ask("公务用车主要都包括什么")
    assert "过路过桥费" in alone.answer, alone.answer
    turns = talk(putuo, "普陀财政局公务接待费多少", "公务用车一般都包括什么")
    assert "过路过桥费" in turns[-1].answer and "外事团组" not in turns[-1].answer, turns[-1]


def test_what_a_thing_refers_to_asked_with_which_things(putuo):
    turns = talk(putuo, "三公经费有哪三项", "公务接待费指哪些开销")
    assert "外事团组" in turns[-1].answer, turns[-1].answer


def test_a_sum_of_two_counts_listed_with_and_adds_those_two_alone(university):
    two = university.ask("西南大学中国科学院院士和中国工程院院士总共多少人")
    assert "合计5人" in two.answer and "11人" not in two.answer, two.answer


def test_a_change_in_money_asked_where_only_a_rate_is_stated_is_worked_out(university):
    moved = university.ask("西南大学高中教育比上年多花了多少万元")
    assert "2453.76" in moved.answer and "按增减率计算得出" in moved.answer, moved.answer
    turns = talk(university, "西南大学购房补贴是多少", "同上年比怎样", "那减少了多少钱")
    assert "0.69" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer


def test_a_column_taken_from_its_row_leaves_the_rows_total_less_it(university):
    turns = talk(university, "西南大学实验室及相关设施支出多少", "其中基建资金是多少",
                 "扣掉基建还剩多少")
    assert "350.00" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer


def test_a_column_named_alone_is_set_against_a_total_by_its_total_row(university):
    gap = university.ask("西南大学事业收入减掉教育收费剩多少")
    assert "62737.05" in gap.answer, gap.answer
    rest = university.ask("西南大学事业收入里面不是教育收费的那部分是多少")
    assert "62737.05" in rest.answer, rest.answer


def test_a_whole_said_first_is_where_two_parts_are_set_in_times(putuo):
    ratio = putuo.ask("普陀财政局工资福利支出当中，津贴补贴是基本工资的几倍")
    assert "4.72倍" in ratio.answer and "1.68" not in ratio.answer, ratio.answer


def test_the_least_asked_then_its_gap_to_the_most_said_with_a_counter(putuo):
    ends = putuo.ask("普陀财政局支出的几个大类里最小的是哪一类？跟最大的那一类相差多少")
    assert "2045.67" in ends.answer and "60.99" in ends.answer, ends.answer


def test_the_other_classes_summed_without_a_verb_leave_the_total_less_the_one(putuo):
    rest = putuo.ask("普陀财政局除开一般公共服务支出，其他几类加起来是多少")
    assert "833.39" in rest.answer and "计算得出" in rest.answer, rest.answer


def test_one_thing_said_twice_in_a_row_is_one_side_set_against_the_other(university):
    gap = university.ask("西南大学年末结转和结余跟年初（上年结转）比是多还是少了，差额有多少")
    assert "13188.37" in gap.answer and "26951.72" not in gap.answer, gap.answer


def test_a_rows_two_columns_set_in_times(university):
    ratio = university.ask("西南大学科学技术支出里项目支出是基本支出的几倍")
    assert "2.06倍" in ratio.answer, ratio.answer


def test_the_last_thing_pointed_at_set_in_times_said_roughly(hetang):
    turns = talk(hetang, "政务中心商品和服务支出是多少", "它差不多是工资福利支出的几倍")
    assert "2.02倍" in turns[-1].answer, turns[-1].answer


def test_the_parts_of_a_chart_counted_then_its_ends_taken_apart(hetang):
    turns = talk(hetang, "政务中心基本支出按经济分类分成几项", "哪一项最大",
                 "最大的那项减掉最小的那项是多少")
    assert "共4项" in turns[0].answer, turns[0].answer
    assert "438.94" in turns[-1].answer, turns[-1].answer


def test_a_part_said_first_with_its_share_asked_is_of_the_last_thing(hetang):
    turns = talk(hetang, "政务中心2017年支出总计是多少", "这里面机关运行经费占了多少")
    assert "76.98%" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer


def test_the_last_thing_pointed_at_after_a_share_word_with_its_particle(putuo):
    turns = talk(putuo, "普陀财政局一般公共服务支出是多少", "行政运行占了它几成")
    assert "71.77%" in turns[-1].answer, turns[-1].answer


def test_two_things_asked_in_one_turn_then_added_against_a_whole(putuo):
    turns = talk(putuo, "普陀区财政局基本支出多少", "人员经费和公用经费分别多少",
                 "两项合起来等不等于基本支出")
    assert "2336.91" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer
    added = talk(putuo, "普陀财政局基本支出", "人员经费和公用经费各是多少", "加在一起是多少")
    assert "2336.91" in added[-1].answer, added[-1].answer


def test_the_last_thing_taken_with_ba_and_added_to_another(university):
    turns = talk(university, "西南大学结余分配多少", "把它跟年末结转和结余加在一起呢")
    assert "111819.79" in turns[-1].answer, turns[-1].answer


def test_a_years_figure_asked_roughly_after_a_stated_rate_is_worked_back(university):
    back = university.ask("实验室及相关设施涨了一倍多，22年只花了多少")
    assert "727.99" in back.answer, back.answer


def test_what_said_with_xie_asks_the_same_as_what(hetang):
    duties = hetang.ask("政务中心一般管些啥")
    assert duties.intent == "org.duties" and "门户网站" in duties.answer, duties


def test_whether_a_topic_is_the_units_duty_asked_after_its_duties(hetang):
    turns = talk(hetang, "政务中心的职能有哪些", "区政府门户网站都是他们维护的吗")
    assert "门户网站建设" in turns[-1].answer and "2023条" not in turns[-1].answer, turns[-1]


def test_the_money_per_person_served_asked_after_the_count(hetang):
    turns = talk(hetang, "政务中心公务接待费多少钱", "一共接待了几个人", "算下来一个人合多少钱")
    assert "31.67" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer


def test_several_parts_of_the_last_total_said_by_their_own_words(hetang):
    turns = talk(hetang, "政务中心政府采购总额是多少", "工程和服务分别是多少")
    assert "0.54" in turns[-1].answer and "0万元" in turns[-1].answer, turns[-1].answer
    ratio = talk(hetang, "政务中心政府采购总额是多少", "货物是服务的多少倍")
    assert "6.57倍" in ratio[-1].answer, ratio[-1].answer


def test_a_line_of_two_parts_then_their_gap_in_ten_thousands(hetang):
    line = hetang.ask("政务中心政府采购的货物和服务各多少？货物比服务多了几万？")
    assert "3.01" in line.answer and "3.55" in line.answer, line.answer


def test_which_table_asked_as_biao_ji_after_the_place(putuo):
    turns = talk(putuo, "普陀区财政局的住房公积金是多少", "这个数出自哪里", "是表几")
    assert "表2" in turns[-1].answer or "表3" in turns[-1].answer, turns[-1].answer
    total = talk(putuo, "普陀区财政局收入支出总计多少", "在第几张表")
    assert "收入支出决算总表" in total[-1].answer, total[-1].answer


def test_the_whole_of_the_accounts_asked_as_its_zong_pan_zi(putuo):
    whole = putuo.ask("普陀财政局24年资金总盘子有多大")
    assert "2995.39" in whole.answer, whole.answer


def test_what_was_left_unspent_of_a_budget_asked_after_it(putuo):
    saved = talk(putuo, "普陀财政局行政运行年初预算是多少", "实际决算多少", "省下来多少钱")
    assert "48.16" in saved[-1].answer, saved[-1].answer
    unspent = talk(putuo, "普陀财政局一般公共预算财政拨款支出年初预算多少", "最后花了多少",
                   "没花掉的有多少")
    assert "53.87" in unspent[-1].answer, unspent[-1].answer


def test_a_fee_said_as_spending_on_it(putuo):
    fee = putuo.ask("普陀财政局培训上花了多少钱")
    assert "4.05" in fee.answer, fee.answer


def test_whether_a_matter_is_the_units_duty_asked_with_guan(both):
    matter = both.ask("普陀区财政局管公务车辆这类的事吗")
    assert "公务车辆控购管理" in matter.answer and "0.00万元" not in matter.answer, matter
    ended = both.ask("公务车控制购买的事情是普陀财政局管吗")
    assert "公务车辆控购管理" in ended.answer, ended.answer


def test_what_the_unit_did_is_never_answered_by_a_duty_it_has(putuo):
    did = putuo.ask("普陀财政局在绩效管理方面定了哪些制度")
    assert "预算绩效管理实施办法" in did.answer and "主要职责" not in did.answer, did.answer


def test_a_duty_asked_as_in_its_list_then_a_detail_of_that_duty(putuo):
    turns = talk(putuo, "普陀区财政局的职能里有没有债务管理", "要建立的是什么机制")
    assert "风险预警机制" in turns[0].answer and "(一)" not in turns[0].answer, turns[0]
    assert "风险预警机制" in turns[-1].answer, turns[-1].answer


def test_two_counts_said_short_added_with_their_share_of_the_whole(university):
    line = university.ask("西南大学专任教师中正高和副高合起来有多少人，超过一半了吗")
    assert "2152人" in line.answer and "65.91%" in line.answer, line.answer


def test_a_count_share_asked_of_the_whole_it_is_stated_in(university):
    named = university.ask("西南大学博士生导师占专任教师的百分之几")
    assert "18.35%" in named.answer, named.answer
    turns = talk(university, "西南大学专任教师有多少", "副高占几成")
    assert "40.55%" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer


def test_a_budget_gap_asked_beside_the_two_figures_is_worked_out(putuo):
    line = putuo.ask("普陀财政局一般公共预算财政拨款年初预算和决算各多少？还有多少没用掉")
    assert "53.87" in line.answer and "计算得出" in line.answer, line.answer
    checked = putuo.ask("普陀财政局行政运行预算1560.05，决算1511.89，是不是少了48万多")
    assert "48.16" in checked.answer, checked.answer


def test_the_rest_of_the_classes_said_with_a_sum_word_and_what_is_left(putuo):
    rest = putuo.ask("普陀财政局除掉一般公共服务支出，其他几类加一块儿还剩多少")
    assert "833.39" in rest.answer, rest.answer


def test_a_balance_moved_over_the_year_is_its_closing_less_its_opening(putuo, university):
    turns = talk(putuo, "普陀财政局年初结转和结余是多少", "到了年末增加了多少")
    assert "6.20" in turns[-1].answer and "计算得出" in turns[-1].answer, turns[-1].answer
    back = talk(university, "西南大学年末结转和结余多少", "那上年结转和结余呢",
                "过了一年增加了多少")
    assert "13188.37" in back[-1].answer, back[-1].answer
    stated = putuo.ask("普陀财政局年末结转和结余比去年增加了多少")
    assert "6.20" not in stated.answer, stated.answer  # the year before said: none stated


def test_a_balances_movement_asked_as_a_rate(university):
    turns = talk(university, "西南大学上年结转和结余有多少", "年末的呢", "一年里涨了百分之几")
    assert "14.08%" in turns[-1].answer, turns[-1].answer


def test_the_duties_counted_by_their_numbers(putuo, hetang):
    asked = putuo.ask("普陀区财政局主要职责有几条")
    assert "共列了12条" in asked.answer, asked.answer[:80]
    turns = talk(hetang, "政务中心的职责有哪些", "总共多少条")
    assert "共列了14条" in turns[-1].answer, turns[-1].answer[:80]


def test_a_request_to_compute_is_no_word_of_the_question(university):
    turns = talk(university, "西南大学收入总计多少", "支出总计呢",
                 "支出比收入多了多少，你帮我减一下")
    assert "26951.72" in turns[-1].answer, turns[-1].answer


def test_what_is_left_of_a_budget_is_its_gap_never_a_carried_over_balance(putuo):
    turns = talk(putuo, "普陀财政局三公经费预算多少", "预算还剩了多少")
    assert "比预算少0.95万元" in turns[-1].answer, turns[-1].answer
    assert "55.34" not in turns[-1].answer, turns[-1].answer


def test_funding_for_foreign_students_described_names_its_item(university):
    named = university.ask("资助外国学生来中国学习的钱是哪个科目")
    assert "来华留学教育" in named.answer, named.answer
    turns = talk(university, "西南大学的留学生多吗", "资助外国学生来中国读书的支出放在哪一类")
    assert "来华留学教育" in turns[-1].answer and "近2000人" not in turns[-1].answer, turns[-1]


def test_a_rare_word_asked_alone_is_answered_by_the_one_sentence_saying_it(university):
    motto = university.ask("西南大学校训是啥")
    assert "含弘光大" in motto.answer, motto.answer


def test_an_item_only_a_definition_lists_is_never_answered_with_its_whole(university):
    turns = talk(university, "西南大学基本支出有多少", "人员支出占多少比例")
    assert not turns[-1].answered and "78.61%" not in turns[-1].answer, turns[-1].answer
    code = university.ask("单位缴纳的基本养老保险费支出，科目编码是多少")
    assert "2080505" in code.answer, code.answer  # a place asked: the item it describes


def test_a_change_asked_with_whether_it_doubled_gives_last_years_and_the_multiple(hetang):
    doubled = hetang.ask("政务中心2017年支出总计比上年涨了多少，翻倍了没有")
    assert "537.80" in doubled.answer and "316.51" in doubled.answer, doubled.answer
    assert "2.70倍" in doubled.answer, doubled.answer


def test_a_sum_asked_as_its_share_of_a_whole_said_before_or_after(putuo):
    inside = putuo.ask("普陀财政局住房公积金和购房补贴合起来在住房保障支出里占百分之几")
    assert "100%" in inside.answer and "445.69" in inside.answer, inside.answer
    after = putuo.ask("普陀财政局工资福利支出与商品和服务支出加起来占基本支出的百分之多少")
    assert "计算得出" in after.answer and "%" in after.answer, after.answer


def test_a_ratio_said_with_chu_yi_is_a_multiple_never_last_years_figure(hetang):
    ratio = hetang.ask("政务中心机关运行经费拿2017年的除以2016年的得多少")
    assert "3.79倍" in ratio.answer, ratio.answer


def test_where_a_units_history_starts_asked_as_its_origin_or_merger(university):
    origin = university.ask("西南大学的前身可以追溯到哪所学堂")
    assert "川东师范学堂" in origin.answer, origin.answer
    merged = university.ask("西大是哪两所学校合并而成的")
    assert "西南农业大学" in merged.answer, merged.answer


def test_a_count_said_to_hold_another_asked_without_it(university):
    rest = university.ask("西南大学硕士生导师里不含博导的有多少人")
    assert "1428人" in rest.answer and "计算得出" in rest.answer, rest.answer
    claimed = university.ask("硕导2027人里有博导吧？只带硕士生的有几位")
    assert "1428人" in claimed.answer, claimed.answer  # 2027人 is a count, no year


def test_two_things_joined_in_a_line_are_added_alone_after_their_whole(putuo):
    turns = talk(putuo, "普陀财政局工资福利支出2,082.85万", "基本工资是多少",
                 "基本工资和津贴补贴加在一起多少")
    assert "1500.91" in turns[-1].answer, turns[-1].answer


def test_the_rest_of_a_list_asked_after_one_of_its_parts(hetang):
    turns = talk(hetang, "政务中心基本支出里的工资福利支出是多少", "其余几项呢")
    assert all(v in turns[-1].answer for v in ("181.41", "37.31", "476.25")), turns[-1].answer


def test_an_item_of_the_glossary_listing_asked_by_its_place_and_meaning(hetang):
    turns = talk(hetang, "政务中心的名词解释一共有几条", "最后一条是什么意思")
    assert "共6条" in turns[0].answer, turns[0].answer  # 事业基金, bracketed inside, no entry
    assert "以前年度尚未完成" in turns[-1].answer, turns[-1].answer
