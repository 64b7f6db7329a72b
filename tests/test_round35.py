"""Kinds of question met in the thirty-fifth round of our own sets, each pinned with this
project's own wording."""

from __future__ import annotations

from conftest import talk


def test_how_the_asker_wants_the_reply_is_no_word_of_the_question(hetang, putuo):
    project = putuo.ask("普陀财政局的项目支出，不用解释，直接说")
    assert project.intent == "figure.amount" and "603.14" in project.answer, project
    share = putuo.ask("只说数字：普陀财政局基本支出占比")
    assert share.answered and "79.49%" in share.answer, share.answer
    turns = talk(hetang, "荷塘政务中心财政拨款支出总计多少", "前一年的呢，给个数就行")
    assert turns[1].answered and "199.74" in turns[1].answer, turns[1].answer
    again = talk(hetang, "荷塘政务中心三公经费多少", "说重点")  # said alone: the answer again
    assert again[1].answered and "1.33" in again[1].answer, again[1].answer


def test_the_same_question_of_another_thing_carries_its_kind(hetang):
    turns = talk(hetang, "荷塘政务中心公务接待费比上年少了多少", "同样问一下机关运行经费")
    assert turns[1].intent == "figure.change" and "484.02" in turns[1].answer, turns[1]


def test_a_part_named_after_its_whole_is_the_thing_asked(hetang):
    turns = talk(hetang, "荷塘政务中心三公经费年初预算是多少", "公车，比年初预算少用了多少")
    assert turns[1].answered and "7.30" in turns[1].answer, turns[1].answer
    assert "公务用车运行维护费" in turns[1].answer.partition("：")[0], turns[1].answer
    whole = talk(hetang, "荷塘政务中心三公经费年初预算是多少", "比预算少用了多少")
    assert whole[1].answered and "12.97" in whole[1].answer, whole[1].answer


def test_a_comparison_after_a_comma_names_no_item(hetang):
    answer = hetang.ask("荷塘政务中心的公车，比预算少花了多少")
    assert answer.answered and "7.30" in answer.answer, answer.answer


def test_what_a_figure_was_used_for_is_which_item_it_is(putuo, hetang):
    answer = putuo.ask("有笔258.5万元，是做什么用的")
    assert answer.intent == "figure.which" and "购房补贴" in answer.answer, answer
    other = hetang.ask("181.41万元那笔钱干什么用了")
    assert other.intent == "figure.which" and "商品和服务支出" in other.answer, other


def test_an_amount_said_roughly_lists_the_items_of_that_size(hetang, putuo, university):
    answer = hetang.ask("荷塘政务中心哪一项是六百多万")
    assert answer.answered and "653.44" in answer.answer and "657.67" in answer.answer, answer
    assert "600至700万元" in answer.answer and "784.69" not in answer.answer, answer.answer
    big = university.ask("西南大学哪个数是一万三千多万")
    assert big.answered and "13465.06" in big.answer, big.answer  # 13000 up to 14000
    none = hetang.ask("荷塘政务中心哪个数是三千多万")
    assert not none.answered and "3000至4000万元" in none.answer, none.answer
    assert putuo.ask("普陀财政局哪个数是一百多万").answered


def test_how_the_budget_went_is_its_budget_and_actual(putuo):
    for question in ("普陀财政局预算执行得如何", "普陀财政局今年预算执行的怎么样"):
        answer = putuo.ask(question)
        assert answer.intent == "figure.budget" and "2993.92" in answer.answer and \
            "98.20%" in answer.answer, (question, answer.answer)


def test_a_summary_tables_title_is_where_the_thing_is_printed_not_the_thing(hetang, putuo):
    missing = hetang.ask("荷塘政务中心收入支出决算总表中的年初结转和结余多少")
    assert not missing.answered, missing.answer  # no table was published: never 收入总计
    printed = putuo.ask("普陀财政局收入支出决算总表中的年末结转和结余多少")
    assert printed.answered and "55.34" in printed.answer, printed.answer
    table = putuo.ask("普陀财政局收入决算表里一般公共服务支出的本年收入合计")
    assert table.answered and "2112.86" in table.answer, table.answer


def test_a_reason_asked_after_a_change_is_added_to_it(hetang):
    answer = hetang.ask("荷塘政务中心财政拨款收入比上年多了多少，是什么原因")
    assert answer.answered and "585.43" in answer.answer and "一门式" in answer.answer, answer


def test_whether_the_other_unit_has_it_too_asks_the_last_question_there(both):
    turns = talk(both, "荷塘政务中心2017年有没有政府性基金预算收支", "普陀财政局有没有")
    assert turns[1].answered and "上海市普陀区财政局" in turns[1].answer, turns[1].answer
    assert "无政府性基金预算" in turns[1].answer, turns[1].answer


def test_the_state_capital_budget_said_short(putuo):
    answer = putuo.ask("普陀财政局有国资预算的收支吗")
    assert answer.answered and "无国有资本经营预算" in answer.answer, answer.answer


def test_a_word_said_whole_in_two_duties_finds_both(hetang):
    answer = hetang.ask("荷塘政务中心网络方面的事归它管不管")
    assert answer.answered and "政务外网" in answer.answer, answer.answer
    assert "门户网站建设" not in answer.answer, answer.answer


def test_whether_the_accounts_are_the_unit_alone_is_its_make_up(hetang, university):
    alone = hetang.ask("荷塘政务中心的决算只是本级的吗")
    assert alone.intent == "org.units" and "无下级单位" in alone.answer, alone
    turns = talk(university, "西南大学2023年收入总计多少", "这个数光是本级的还是包括附中附小")
    assert turns[1].intent == "org.units" and "附属中学" in turns[1].answer, turns[1]


def test_a_comparison_or_a_unit_of_money_asked_last_names_no_item(hetang):
    gap = hetang.ask("荷塘政务中心钱够不够用？支出比收入多出多少")
    assert gap.answered and "61.26" in gap.answer, gap.answer
    per = hetang.ask("荷塘政务中心三公经费，预算每一百块实际才花掉几块")
    assert per.answered and "14.30" in per.answer and "1.33" in per.answer, per.answer


def test_a_table_counted_from_the_end(putuo, university):
    last = putuo.ask("普陀财政局决算的最后一张表叫啥")
    assert last.answered and "国有资本经营预算财政拨款收入支出决算表" in last.answer, last.answer
    third = university.ask("西南大学决算倒数第三张表是哪张")
    assert third.answered and "高等学校收入决算表" in third.answer, third.answer
    beyond = putuo.ask("普陀财政局决算倒数第十张表叫什么")
    assert not beyond.answered and "9张" in beyond.answer, beyond.answer


def test_what_the_asker_says_after_correcting_themself_is_asked(both):
    unit = both.ask("荷塘政务中心的机关运行经费，哦不对，普陀财政局的机关运行经费多少")
    assert unit.answered and "184.65" in unit.answer and "657.67" not in unit.answer, unit
    item = both.ask("普陀财政局的其他收入…说错了，我要问财政拨款收入")
    assert item.answered and "2940.05" in item.answer, item.answer
    kept = both.ask("荷塘政务中心2017年三公经费，不，我是说机关运行经费")
    assert kept.answered and "657.67" in kept.answer, kept.answer  # the unit said before


def test_a_path_through_the_classification_asks_its_last_step(putuo, university):
    answer = putuo.ask("普陀财政局：一般公共服务支出 > 财政事务 > 信息化建设，决算多少")
    assert answer.answered and "135.25" in answer.answer, answer.answer
    cell = university.ask("西南大学 教育支出＞普通教育＞高中教育 的项目支出")
    assert cell.answered and "「高中教育」" in cell.answer and "「教育支出」" not in cell.answer


def test_a_quoted_word_no_glossary_explains_is_declined(hetang):
    turns = talk(hetang, "荷塘政务中心财政拨款收入是多少", "为什么比上年多",
                 "你那句话里的“一门式”指什么")
    assert not turns[2].answered and "财政拨款收入：" not in turns[2].answer, turns[2].answer
    term = hetang.ask("荷塘政务中心名词解释里「財政撥款收入」是什么意思")
    assert term.answered and "财政拨款收入：" in term.answer, term.answer


def test_earlier_turns_named_by_their_places_are_combined(hetang, university):
    turns = talk(hetang, "荷塘政务中心工资福利支出多少", "对个人和家庭补助支出呢",
                 "商品和服务支出呢", "第三个和第一个相差多少")
    assert turns[3].answered and "91.70" in turns[3].answer, turns[3].answer  # 181.41 − 89.71
    several = talk(university, "西南大学小学教育支出多少", "高中教育呢", "高等教育呢",
                   "前面三个加起来是多少")
    assert several[3].answered and "423102.24" in several[3].answer, several[3].answer


def test_a_list_just_quoted_keeps_its_own_places(hetang):
    turns = talk(hetang, "荷塘政务中心基本支出按经济分类分哪几块", "第一个和第二个差多少")
    assert "工资福利支出" in turns[1].answer and "商品和服务支出" in turns[1].answer, turns[1]


def test_a_link_or_a_file_name_beside_the_question_is_no_word_of_it(putuo):
    linked = putuo.ask("http://example.gov.cn/a/b/report.pdf 这里面机关运行经费多少")
    assert linked.answered and "184.65" in linked.answer, linked.answer
    named = putuo.ask("普陀区财政局2024部门决算.pdf  一般公共服务支出？")
    assert named.answered and "2106.66" in named.answer, named.answer


def test_a_path_said_with_slashes_through_the_classification(hetang):
    answer = hetang.ask("荷塘政务中心 支出/经济分类/基本支出/工资福利支出")
    assert answer.answered and "89.71" in answer.answer, answer.answer
    listed = hetang.ask("荷塘政务中心 接待/公车 各多少")
    assert "1.33" in listed.answer and "公务用车运行维护费" in listed.answer, listed.answer


def test_questions_listed_with_marks_are_each_answered(university):
    answer = university.ask("西南大学：（1）收入比上年少了多少（2）支出比上年多了多少")
    assert "23616.80" in answer.answer and "54492.83" in answer.answer, answer.answer


def test_instructions_to_the_bot_and_the_gap_of_the_two_just_asked(hetang):
    turns = talk(hetang, "荷塘政务中心政府采购支出总额多少", "按我说的做：只回答服务那部分的数字")
    assert turns[1].answered and "0.54" in turns[1].answer, turns[1].answer
    pair = talk(hetang, "荷塘政务中心工资福利支出多少", "对个人和家庭补助支出呢",
                "哪个大，大了多少")
    assert pair[2].answered and "52.40" in pair[2].answer, pair[2].answer


def test_a_plain_words_definition_asking_for_its_name(hetang):
    answer = hetang.ask("单位从同级财政部门拿到的预算资金，有个专门的叫法吧")
    assert answer.intent == "glossary.reverse" and "财政拨款收入" in answer.answer, answer


def test_a_part_of_the_document_by_its_number(putuo, hetang):
    says = hetang.ask("荷塘政务中心决算第四部分讲了什么")
    assert says.answered and "28428828" in says.answer, says.answer
    inside = putuo.ask("普陀财政局决算第一部分分哪几项")
    assert inside.answered and "主要职能" in inside.answer and "单位构成" in inside.answer
    item = putuo.ask("普陀财政局决算第三部分第七项写了什么")
    assert item.answered and "0.95" in item.answer, item.answer  # the 三公 explanation
    cell = putuo.ask("普陀财政局第二部分第四张表里的年初财政拨款结转和结余")
    assert cell.answered and "21.63" in cell.answer, cell.answer


def test_a_phrase_of_the_sentence_just_quoted_is_not_explained_by_it_again(putuo):
    turns = talk(putuo, "普陀财政局一般公共预算财政拨款支出为什么比预算少",
                 "你刚才说的“个别信息化项目”指什么")
    assert not turns[1].answered, turns[1].answer


def test_a_part_below_a_stated_item_in_words_of_its_own_is_not_the_item(hetang, putuo):
    part = putuo.ask("普陀财政局服务采购金额里头，软件服务花了多少")
    assert not part.answered and "软件服务" in part.answer, part.answer
    bought = hetang.ask("荷塘政务中心商品和服务支出181.41万里，水电费花了多少")
    assert not bought.answered, bought.answer
    named = putuo.ask("普陀财政局住房保障支出里购房补贴多少")
    assert named.answered and "258.50" in named.answer, named.answer  # a row found: its figure
    column = putuo.ask("普陀财政局一般公共服务支出里财政拨款多少")
    assert column.answered, column.answer  # a column, no part of its own


def test_an_average_per_quarter_or_week_is_worked_out_from_the_year(hetang, putuo):
    quarter = hetang.ask("荷塘政务中心三公经费平均每个季度多少")
    assert quarter.answered and "0.33" in quarter.answer and "计算得出" in quarter.answer
    month = putuo.ask("普陀财政局机关运行经费平均1个月花多少")
    assert month.answered and "15.39" in month.answer, month.answer
    week = putuo.ask("普陀财政局政府采购金额一周平均多少")
    assert week.answered and "4.81" in week.answer, week.answer  # 251.25 × 7 ÷ 366
    visits = hetang.ask("荷塘政务中心外地来考察的平均每周几次")
    assert visits.intent != "figure.convert", visits  # a count stated, no amount to divide


def test_a_share_of_a_whole_said_short(putuo):
    answer = putuo.ask("普陀财政局住房公积金占住房保障多少")
    assert answer.answered and "42.00%" in answer.answer, answer.answer


def test_a_figure_of_the_last_answer_said_back_as_another_item_gets_its_own(hetang, university):
    turns = talk(hetang, "荷塘政务中心政府采购支出总额多少", "你刚才说0.54万是货物的吧")
    assert turns[1].answered and "政府采购服务支出" in turns[1].answer, turns[1].answer
    rounded = hetang.ask("你说的854万是收入对吗")
    assert rounded.answered and "854.31" in rounded.answer and "支出总计" in rounded.answer
    school = talk(university, "西南大学住房保障支出多少", "刚才那个16,278.27万是收入吧")
    assert school[1].answered and "住房保障支出" in school[1].answer, school[1].answer


def test_which_kind_a_thing_described_belongs_to_and_what_a_unit_does(university, hetang):
    kind = university.ask("西南大学收的短训班培训费算哪一种收入")
    assert kind.intent == "glossary.reverse" and "事业收入" in kind.answer, kind
    does = hetang.ask("荷塘政务中心平时都做些什么")
    assert does.intent == "org.duties" and "服务窗口" in does.answer, does
    bot = hetang.ask("你有哪些功能")
    assert bot.intent == "smalltalk.help", bot


def test_a_table_named_after_a_row_asks_that_rows_cell_there(putuo):
    turns = talk(putuo, "普陀财政局住房公积金支出多少", "支出决算表里这一栏呢")
    assert turns[1].answered and "支出决算表「住房公积金」" in turns[1].answer, turns[1].answer
    income = talk(putuo, "普陀财政局信息化建设支出多少", "收入决算表上是多少")
    assert income[1].answered and "收入决算表「信息化建设」" in income[1].answer, income[1]


def test_a_year_run_together_with_its_start_or_end(putuo):
    start = putuo.ask("普陀财政局2024年初的结转和结余")
    assert start.answered and "49.14" in start.answer and "55.34" not in start.answer, start
    end = putuo.ask("普陀财政局24年底结转和结余多少")
    assert end.answered and "55.34" in end.answer, end.answer


def test_the_glossary_asked_of_a_thing_it_does_not_explain(putuo):
    answer = putuo.ask("普陀财政局名词解释里有没有解释住房保障支出")
    assert not answer.answered, answer.answer


def test_the_gap_of_two_stated_shares_is_in_percentage_points(hetang, putuo):
    answer = hetang.ask("荷塘政务中心一般公共服务支出和科学技术支出的占比差几个百分点")
    assert answer.answered and "52.98个百分点" in answer.answer, answer.answer
    amounts = putuo.ask("普陀财政局基本支出和项目支出差多少")
    assert "1733.77万元" in amounts.answer and "百分点" not in amounts.answer, amounts.answer


def test_no_other_reason_than_those_just_given(hetang):
    turns = talk(hetang, "荷塘政务中心机关运行经费为什么增加", "除了这些还有其他原因吗")
    assert turns[0].answered and not turns[1].answered and "没有写别的原因" in turns[1].answer
    other = talk(hetang, "荷塘政务中心机关运行经费为什么增加", "那公务接待费为什么减少")
    assert other[1].answered and "接待" in other[1].answer, other[1].answer


def test_a_figure_wanted_as_printed_is_never_one_worked_out(hetang):
    stated = hetang.ask("别推算，原文里荷塘政务中心2016年的机关运行经费是多少")
    assert not stated.answered and "计算得出" not in stated.answer, stated.answer
    worked = hetang.ask("荷塘政务中心2016年的机关运行经费是多少")
    assert worked.answered and "173.65" in worked.answer, worked.answer
    printed = hetang.ask("只要原文写的数：荷塘政务中心机关运行经费")
    assert printed.answered and "657.67" in printed.answer, printed.answer
    loss = hetang.ask("荷塘政务中心支出比收入多出多少？算不算亏空")
    assert loss.answered and "61.26" in loss.answer, loss.answer


def test_a_change_asked_of_one_thing_said_by_two_names_is_its_change(hetang):
    turns = talk(hetang, "荷塘政务中心一般公共预算财政拨款收入多少", "比上年多了多少")
    assert turns[1].answered and "585.43" in turns[1].answer, turns[1].answer
    assert "0.00万元" not in turns[1].answer, turns[1].answer  # never a gap of a figure to itself


def test_a_verdict_on_how_a_budget_was_drawn_up_is_declined(putuo):
    turns = talk(putuo, "普陀财政局三公经费预算多少", "这预算是不是拍脑袋定的")
    assert not turns[1].answered, turns[1].answer


def test_an_exact_figure_asked_of_one_printed_roughly_is_declined(hetang, university):
    rough = university.ask("西南大学在校学生精确是多少人")
    assert not rough.answered and "近58000人" in rough.answer, rough.answer
    which = university.ask("西南大学在校学生人数是精确数还是约数")
    assert which.answered and "58000" in which.answer, which.answer
    exact = hetang.ask("荷塘政务中心受理业务精确是多少件")
    assert exact.answered and "97573" in exact.answer, exact.answer


def test_the_unit_addressed_in_a_follow_up_is_the_one_talked_about(university):
    turns = talk(university, "西南大学高中教育支出多少", "那贵校小学教育这块花了多少")
    assert turns[1].answered and "9256.09" in turns[1].answer, turns[1].answer


def test_a_choice_of_two_columns_after_a_row_is_that_rows_cell(putuo):
    turns = talk(putuo, "普陀财政局信息化建设支出多少", "它是基本支出还是项目支出")
    assert turns[1].answered and "「信息化建设」" in turns[1].answer, turns[1].answer
    assert "2336.91" not in turns[1].answer, turns[1].answer  # never the unit's total column


def test_the_largest_fall_said_as_a_manner_is_ranked_by_the_change(hetang):
    answer = hetang.ask("荷塘政务中心三公经费里跌得最多的是哪一项")
    assert answer.answered and "减少3.23" in answer.answer, answer.answer
    assert "按各项比上年增减排序" in answer.answer, answer.answer


def test_the_wording_around_a_lines_questions():
    from bot import wording
    assert wording.listed("荷塘：（1）收入多少（2）支出多少") == "荷塘：收入多少；支出多少"
    assert wording.listed("a. 收入总计 b. 支出总计") == "收入总计 ；支出总计"
    assert wording.listed("看 https://x.gov.cn/a.pdf 接待费多少").startswith("看")
    assert "https" not in wording.listed("看 https://x.gov.cn/a.pdf 接待费多少")
    assert wording.misquoted("你刚才说3.55万是服务的吧") == "3.55万是哪一项"
    assert wording.misquoted("3.55万是服务的吧") == "3.55万是服务的吧"  # no answer quoted back


def test_a_sentence_saying_nothing_of_the_kind_asked_is_no_answer_to_it(hetang):
    change = hetang.ask("荷塘政务中心对个人和家庭补助支出比上年少了多少")
    assert not change.answered, change.answer  # no change stated: never the sentence of its amount
    stated = hetang.ask("荷塘政务中心三公经费比上年少了多少")
    assert stated.answered and "3.23" in stated.answer, stated.answer


def test_a_share_asked_is_never_answered_with_a_sentence_of_counts(university):
    answer = university.ask("西南大学留学生占在校学生的比例是多少")
    assert not answer.answered, answer.answer
    stated = university.ask("西南大学教育支出占总支出多少")
    assert stated.answered and "92.92%" in stated.answer, stated.answer
