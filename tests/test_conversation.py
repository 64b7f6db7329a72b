"""Follow-ups in a conversation: the department, the thing and the kind of the last answer carry
over; a chat's context is its own and expires."""

from __future__ import annotations

import pytest

from bot.conversation import Conversations, State


def _turns(engine, chat, *questions):
    return [engine.ask(q, chat=chat) for q in questions]


def test_department_named_stays_for_the_chat(both):
    first, second = _turns(both, "dept-1", "普陀区财政局的机关运行经费是多少", "公务接待费呢")
    assert first.answered and second.answered and "普陀" in second.answer
    alone = both.ask("公务接待费呢")
    assert not alone.answered  # without the conversation it is ambiguous


@pytest.mark.parametrize("reply, figures, absent", [
    ("普陀财政局的", ["0.95"], ["14.30"]),  # the department asked back, named alone
    ("24年那个", ["0.95"], ["14.30"]),  # the year only one of them has
    ("两家都要", ["0.95", "14.30"], []),
])
def test_a_reply_to_which_one_picks_the_question_offered(both, reply, figures, absent):
    asked, picked = _turns(both, "pick-" + reply, "三公经费预算是多少", reply)
    assert not asked.answered and asked.options
    assert picked.answered, picked.answer
    assert all(f in picked.answer for f in figures) and not any(f in picked.answer for f in absent)


def test_another_department_replaces_it(both):
    *_, last = _turns(both, "dept-2", "普陀财政三公经费预算是多少", "那荷塘政务中心的呢")
    assert last.answered and "荷塘" in last.answer and "普陀" not in last.answer


def test_kind_changes_thing_stays(hetang):
    amount, change = _turns(hetang, "kind-1", "公务接待一共花掉多少", "跟上一年比呢")
    assert amount.answered and change.answered and "减少" in change.answer


def test_thing_changes_kind_stays(hetang):
    *_, last = _turns(hetang, "kind-2", "政府采购总共多少", "当中服务那一块呢")
    assert last.answered and "服务" in last.answer and "0.54" in last.answer


def test_share_of_the_last_thing(hetang):
    *_, last = _turns(hetang, "share-1", "工资福利支出是多少", "占总支出多少比例")
    assert last.answered and "%" in last.answer and "工资福利" in last.answer


def test_the_other_side_said_alone_swaps_the_last_things_side(hetang, putuo):
    *_, spent = _turns(hetang, "side-1", "收入总计是多少", "那前一年的支出呢")
    assert spent.answered and "316.51" in spent.answer and "383.16" not in spent.answer
    *_, fund = _turns(putuo, "side-2", "有没有政府性基金收入", "支出呢")
    assert fund.answered and "政府性基金" in fund.answer and "2940.05" not in fund.answer


@pytest.mark.parametrize("follow_up", ["服务呢", "那服务呢"])
def test_a_word_of_the_sentence_last_quoted_names_its_item(putuo, follow_up):
    *_, goods, services = _turns(putuo, "item-" + follow_up, "政府采购一共花了多少", "货物是多少",
                                 follow_up)
    assert goods.answered and "4.79" in goods.answer
    assert services.answered and "246.47" in services.answer.splitlines()[0], services.answer


def test_the_opening_balance_after_the_closing_one(putuo):
    *_, opening = _turns(putuo, "side-3", "年末结转和结余有多少", "那年初的呢")
    assert opening.answered and "49.14" in opening.answer and "55.34" not in opening.answer


def test_a_why_follow_up_is_never_answered_by_a_definition(putuo):
    *_, why = _turns(putuo, "why-def", "年末结转和结余有多少", "年初的呢",
                     "为什么年末的比年初的多")
    assert not why.answered and "客观条件" not in why.answer, why.answer


def test_a_figure_asked_before_its_reason_is_not_dropped(putuo):
    *_, both = _turns(putuo, "gap-why", "行政运行花了多少", "年初预算呢",
                      "比预算少了多少？为什么比预算少，文件里写原因了吗")
    assert both.answered and "1560.05" in both.answer and "1511.89" in both.answer
    assert both.answer.count("人员进出") == 1


def test_two_questions_after_a_comma_are_both_answered(putuo):
    *_, both = _turns(putuo, "comma-1", "一般公共预算财政拨款支出是多少",
                      "少了多少钱，前一年是多少")
    assert both.answered and "63.14" in both.answer and "3003.19" in both.answer


def test_a_kind_asked_of_a_thing_that_states_none_is_declined(hetang):
    *_, change = _turns(hetang, "kind-none", "政府采购服务支出多少", "跟上年比呢")
    assert not change.answered and "409.89" not in change.answer  # 收入总计's, said 比上年


def test_unrecognised_follow_up_declines_rather_than_guess(hetang):
    *_, last = _turns(hetang, "odd-1", "公务接待费多少", "那食堂伙食标准呢")
    assert not last.answered


def test_year_not_loaded_in_follow_up_declines(hetang):
    *_, last = _turns(hetang, "year-1", "公务接待费多少", "那2019年呢")
    assert not last.answered and "2019" in last.answer


def test_chats_do_not_share_context(both):
    both.ask("普陀区财政局的三公经费", chat="private-a")
    other = both.ask("公务接待费呢", chat="private-b")
    assert not other.answered


def test_state_expires_after_silence():
    now = [0.0]
    conversations = Conversations(ttl=60, clock=lambda: now[0])
    conversations.save("c", State(department="某单位"))
    now[0] = 59
    assert conversations.get("c").department == "某单位"
    now[0] = 121
    assert conversations.get("c").department is None


def test_pick_sets_the_department(both):
    assert both.pick("picked", "上海市普陀区财政局")
    assert both.ask("机关运行经费", chat="picked").answered
    assert not both.pick("picked", "不存在的局")


def test_out_of_scope_after_an_answer_stays_out(hetang):
    *_, last = _turns(hetang, "oos-1", "什么是年初结转和结余", "明天天气怎么样")
    assert not last.answered


def test_the_two_last_things_compared(hetang):
    *_, last = _turns(hetang, "pair-1", "本年收入总计是多少", "支出总计呢", "这俩差距多大")
    assert last.answered and "61.26" in last.answer and "计算得出" in last.answer


def test_the_last_kind_asked_of_a_new_thing_declines_rather_than_switch_kind(hetang):
    *_, last = _turns(hetang, "strict-1", "年初结转和结余指的是什么", "年末结转和结余呢")
    assert not last.answered  # no definition of it: not its amount instead


def test_a_narrative_follow_up_is_searched_with_the_last_question(hetang):
    *_, last = _turns(hetang, "narr-1", "政府信息依申请公开这块收到多少条申请",
                      "其中最终公开了几条")
    assert last.answered and "7条" in last.answer


def test_one_thing_of_the_last_two_departments_compared(both):
    *_, last = _turns(both, "two-depts", "荷塘政务中心机关运行经费多少", "普陀财政局的呢",
                      "这俩相差多少")
    assert last.answered and "473.02" in last.answer


def test_a_new_department_compared_with_the_last(both):
    *_, last = _turns(both, "vs-1", "普陀财政的其他收入是多少", "荷塘政务中心呢？哪个高")
    assert last.answered and "7.88" in last.answer and "6.2" in last.answer


def test_a_spending_verb_alone_asks_the_money_of_the_last_thing(hetang):
    # 用掉/花了 become 支出 in the normaliser; said alone, they ask how, not about 支出总计
    *_, last = _turns(hetang, "verb-1", "机关运行经费是多少", "那实际用掉了多少钱")
    assert last.answered and "657.67" in last.answer and "854.31" not in last.answer
    *_, alone = _turns(hetang, "verb-2", "收入多少", "支出呢")
    assert alone.answered and "854.31" in alone.answer  # a noun said is still a new thing


def test_a_kind_the_last_thing_lacks_is_declined_not_asked_of_another(hetang):
    # 机关运行经费 has no budget stated; 那预算数呢 must not answer another thing's budget
    *_, last = _turns(hetang, "kind-1", "机关日常运转花了多少", "那年初预算是多少呢")
    assert not last.answered and "机关运行经费" in last.answer
    assert "529.97" not in last.answer


def test_why_a_change_is_asked_of_the_change_not_its_amount(hetang):
    answer = hetang.ask("三公经费比上年少了，这是怎么回事")
    assert answer.answered and answer.intent == "figure.reason" and "接待人次数减少" in \
        answer.answer and "比年初预算" not in answer.answer  # its parts' reasons against last
    # year (the whole's own are against its budget)


def test_two_questions_in_one_line_are_both_answered(hetang):
    answer = hetang.ask("招待费用了多少钱 一共接待了多少人")
    assert answer.answered and "1.33" in answer.answer and "420" in answer.answer


def test_a_line_declined_whole_is_not_answered_clause_by_clause(hetang):
    answer = hetang.ask("政务中心跟财政局比，谁的收入高？高多少")
    assert not answer.answered, answer.answer  # 财政局 is not loaded


def test_a_year_not_loaded_after_a_figure_is_declined_not_quoted(putuo):
    first, second = _turns(putuo, "yr-2", "财政局24年收入支出总计多少", "那21年的呢")
    assert first.answered and "2995.39" in first.answer
    assert not second.answered and "2021" in second.answer


def test_an_amount_after_a_narrative_topic_is_not_the_years_total(hetang):
    topic, money = _turns(hetang, "app-1", "智慧荷塘APP今年搞了些什么", "这个花了多少钱")
    assert topic.answered and "APP" in topic.answer
    assert not money.answered and "854.31" not in money.answer


def test_a_budget_gap_asked_why_gets_that_gaps_reason(hetang):
    gap, why = _turns(hetang, "gap-1", "公车运维费比预算少花了多少", "怎么少了这么多")
    assert gap.answered and "7.30" in gap.answer and "原因：我单位" not in gap.answer  # 比上年's
    assert why.answered and "公车改革" in why.answer and "厉行节约" not in why.answer
    assert "公务接待费比年初预算" not in why.answer  # its own item of the list, not the others


def test_parts_of_the_last_row_are_its_columns(putuo):
    row, parts = _turns(putuo, "row-1", "行政运行花了多少", "其中基本支出和项目支出分别是多少")
    assert row.answered and "1511.89" in row.answer
    assert parts.answered and "1503.52" in parts.answer and "8.37" in parts.answer
    assert "2336.91" not in parts.answer  # the whole bureau's 基本支出 is not the row's


def test_a_part_read_across_the_last_thing_is_not_answered_by_it(putuo):
    """公务接待费, 那公务用车的呢: the car costs, not the hospitality read again."""
    *_, last = _turns(putuo, "car-1", "公务接待费是多少", "那公务用车的呢")
    assert last.answered and last.answer.find("公务用车") < last.answer.find("公务接待费") \
        or "公务接待费" not in last.answer


def test_a_word_of_its_own_in_a_follow_up_is_not_the_last_figure(putuo):
    """津贴补贴, 年终奖呢: no figure of 津贴补贴 stands for a 年终奖 never stated."""
    *_, last = _turns(putuo, "bonus-1", "津贴补贴花了多少", "年终奖呢")
    assert "1238.58" not in last.answer


@pytest.mark.parametrize("said, thanks", [("普陀财政局的", False), ("2024年的", False),
                                          ("好的谢谢", True), ("明白了", True)])
def test_only_thanks_is_answered_as_thanks(both, said, thanks):
    assert (both.ask(said).intent == "smalltalk.thanks") is thanks


def test_one_character_names_the_one_part_listed_with_it(putuo):
    *_, good = _turns(putuo, "grade-1", "绩效评级为优的项目有几个", "良的呢")
    assert good.answered and "良" in good.answer.splitlines()[0] and "0个" in good.answer


def test_each_asks_the_last_two_things_asked_in_turn(putuo):
    *_, each = _turns(putuo, "each-1", "基本支出是什么意思", "项目支出呢", "分别花了多少")
    assert each.answered and "2336.91" in each.answer and "603.14" in each.answer
    *_, parts = _turns(putuo, "each-2", "社会保障和就业支出多少", "具体分哪几项，各多少")
    assert parts.answered and "行政单位离退休84.65万元" in parts.answer  # its parts, not itself



def test_adding_words_add_the_last_two_things_asked_in_turn(putuo):
    *_, both = _turns(putuo, "add-1", "职业年金缴费花了多少", "基本养老保险缴费呢",
                      "两笔相加是多少")
    assert both.answered and "计算得出" in both.answer and "80.38" in both.answer
    *_, part = _turns(putuo, "add-2", "三公经费花了多少", "那公务接待费呢", "合起来是多少")
    assert "计算得出" not in part.answer  # a whole and its part are not added


def test_the_last_two_things_each_a_share_of_a_whole_named(hetang):
    *_, shares = _turns(hetang, "shares-1", "一般公共服务支出多少", "科学技术支出呢",
                        "它们分别占总支出的比例")
    assert shares.answered and "76.49%" in shares.answer and "23.51%" in shares.answer


def test_the_actual_figure_after_its_budget(putuo):
    *_, actual = _turns(putuo, "actual-1", "行政单位医疗年初预算是多少", "那决算呢")
    assert actual.answered and actual.answer.index("60.99") < actual.answer.index("62.29")


def test_how_much_was_carried_out_is_the_last_things_budget(putuo):
    *_, done = _turns(putuo, "done-1", "三公经费预算有多少", "完成了多少")
    assert done.answered and "98.20%" not in done.answer and "完成预算的0%" in done.answer


def test_back_to_the_thing_before_the_last(hetang):
    *_, back = _turns(hetang, "back-1", "三公经费是多少", "机关运行经费呢",
                      "回到刚才那个，为什么减少")
    assert back.answered and "三公经费" in back.answer and "机关运行经费" not in back.answer


def test_a_follow_up_naming_another_department_never_quotes_the_last_ones(both):
    # 荷塘 states its visitors; 普陀's disclosure has no such count: decline, not 荷塘's sentence
    *_, other = _turns(both, "other-dept-1", "荷塘政务中心一年来办事的群众有多少人次",
                       "普陀财政局的呢")
    assert not other.answered and "12万" not in other.answer
    *_, back = _turns(both, "other-dept-2", "普陀区财政局绩效自评平均得分多少", "那荷塘那边呢")
    assert not back.answered and "99.43" not in back.answer


def test_a_year_ahead_after_a_figure_is_declined(putuo):
    *_, ahead = _turns(putuo, "ahead-1", "机关运行经费是多少", "下一年呢")
    assert not ahead.answered and "184.65" not in ahead.answer


def test_this_money_is_the_last_thing(putuo):
    *_, spent = _turns(putuo, "this-money-1", "财政委托业务支出主要拿来干什么",
                       "这笔钱最后花了多少")
    assert spent.answered and "449.52" in spent.answer.splitlines()[0]
    *_, used = _turns(putuo, "this-money-2", "行政单位医疗花了多少", "这钱用在啥上了")
    assert used.answered and "基本医疗保险" in used.answer


def test_the_parts_just_listed_are_added_and_checked(hetang):
    *_, check = _turns(hetang, "check-1", "基本支出多少", "它下面四项各多少",
                       "这几个数加起来跟基本支出对得上吗")
    assert check.answered and "784.68" in check.answer and "784.69" in check.answer


def test_an_item_of_a_list_just_given_is_picked_by_its_place(hetang):
    *_, second = _turns(hetang, "ordinal-1", "财政拨款收入为啥比上年多了那么多", "第二条是什么")
    assert second.answered and "智慧荷塘" in second.answer and "一门式" not in second.answer
    third = hetang.ask("那第三个呢", chat="ordinal-1")
    assert not third.answered  # only two were listed
    alone = hetang.ask("第二个呢", chat="ordinal-2")
    assert not alone.answered  # nothing listed yet


def test_the_parts_not_yet_asked_are_the_rest(hetang):
    *_, rest = _turns(hetang, "rest-1", "基本支出一共多少",
                      "其中工资福利支出和商品和服务支出各多少", "剩下的两项呢")
    assert rest.answered and "37.31" in rest.answer and "476.25" in rest.answer
    assert "工资福利支出（财政拨款）" not in rest.answer  # not the parts asked already


def test_an_earlier_thing_named_in_part_is_that_thing(putuo):
    *_, budget = _turns(putuo, "earlier-1", "住房公积金支出是多少", "那购房补贴呢",
                        "公积金的预算数呢")
    assert budget.answered and "187.75" in budget.answer and "258.50" not in budget.answer


def test_why_after_a_sentence_is_its_stated_cause_or_a_decline(hetang):
    *_, cause = _turns(hetang, "cause-1", "政府性基金有收支吗", "为什么没有")
    assert cause.answered and "实际情况" in cause.answer and "独立核算" not in cause.answer
    *_, none = _turns(hetang, "cause-2", "政务大厅全年受理了多少业务", "为什么这么多")
    assert not none.answered and "原因" in none.answer


def test_an_item_named_by_its_head_after_items_ending_in_fee(putuo):
    *_, fee = _turns(putuo, "fee-1", "办公费花了多少", "那邮电费呢", "差旅的呢")
    assert fee.answered and "1.20" in fee.answer and "差旅费" in fee.answer


def test_back_to_an_item_named_loosely(both):
    *_, back = _turns(both, "back-2", "荷塘政务中心三公经费多少", "其中公车呢", "出国呢", "接待呢",
                      "回到刚才那个公车 为啥是零")
    assert back.answered and "公务用车" in back.answer.splitlines()[0]


def test_a_row_beside_the_last_named_in_part(putuo):
    *_, row = _turns(putuo, "sibling-1", "机关事业单位职业年金缴费支出多少",
                      "那离退休那部分呢")
    assert row.answered and "84.65" in row.answer.splitlines()[0]


def test_a_difference_or_comparison_said_alone_is_of_the_last_two_things(hetang, putuo):
    *_, gap = _turns(hetang, "gap-1", "一般公共服务支出花了多少", "科学技术支出呢", "相差多少钱")
    assert gap.answered and "452.57" in gap.answer and "计算得出" in gap.answer
    *_, more = _turns(hetang, "gap-2", "一般公共服务支出花了多少", "科学技术支出呢", "哪个多")
    assert more.answered and "653.44" in more.answer and "200.87" in more.answer
    *_, named = _turns(putuo, "gap-3", "基本支出多少", "项目支出是多少", "后者比前者少多少")
    assert named.answered and "1733.77" in named.answer and "计算得出" in named.answer


def test_a_gap_after_a_budget_and_its_actual_is_the_budget_gap(putuo):
    *_, gap = _turns(putuo, "gap-4", "行政单位医疗年初预算是多少", "那决算呢", "差了多少")
    assert gap.answered and "1.30" in gap.answer and "比预算少" in gap.answer


@pytest.mark.parametrize("before, follow_up, last_said", [
    (["政府网站发布了多少条信息", "网站系统检测问题处理了多少"], "还防过哪种病毒", "240多条"),
    (["政府网站发布了多少条信息", "网站系统检测问题处理了多少"], "还对付过什么病毒吗", "240多条"),
    (["新增多少事项纳入一门式"], "房产那条原文怎么写", "60余个"),
])
def test_a_follow_up_naming_what_another_sentence_says_is_not_the_last_one(
        hetang, before, follow_up, last_said):
    *_, reply = _turns(hetang, f"elsewhere-{follow_up}", *before, follow_up)
    assert last_said not in reply.answer  # 病毒 / 房产 are said elsewhere, never in it


def test_an_earlier_answer_asked_again_by_its_place(hetang, both):
    *_, first = _turns(hetang, "again-1", "收入总计多少", "支出呢", "三公经费呢",
                       "最开始那个数是多少来着")
    assert first.answered and "收入总计：决算数793.05" in first.answer
    *_, second = _turns(hetang, "again-2", "收入总计多少", "支出呢", "三公经费呢",
                        "第二个问题的数再说下")
    assert second.answered and "支出总计：决算数854.31" in second.answer
    *_, last = _turns(hetang, "again-3", "受理业务多少件", "满意率呢", "没看清，再说一次")
    assert last.answered and "99.99%" in last.answer
    *_, own = _turns(hetang, "again-4", "收入总计多少", "第一个问题，三公经费多少")
    assert "1.33" in own.answer  # a question numbered by its asker is its own
    *_, there = _turns(both, "again-5", "荷塘政务中心三公经费多少", "普陀财政局的呢",
                       "刚才问的第一个数是多少")
    assert there.answered and "荷塘" in there.answer and "1.33" in there.answer


def test_the_last_two_things_each_said_by_a_word_of_its_own(hetang):
    *_, gap = _turns(hetang, "own-1", "收入总计是多少", "那支出总计呢", "收入比支出少了多少")
    assert gap.answered and "61.26" in gap.answer and "计算得出" in gap.answer


def test_why_of_a_figure_is_its_namesakes_reason_before_a_word_inside_its_name(hetang):
    *_, why = _turns(hetang, "why-namesake", "财政拨款收入有多少", "增加了多少", "原因呢")
    # 财政拨款收入总计 has no reason of its own; 一般公共预算财政拨款收入 (same figure) has one,
    # and 收入总计, a word inside the name, is another thing
    assert why.answered and "一门式" in why.answer and "独立核算" not in why.answer


def test_a_narrative_follow_up_said_after_and_then(hetang):
    hetang.ask("区政府网站全年发布了多少条信息", chat="then-1")
    answer = hetang.ask("然后呢，网络安全方面都做了些啥", chat="then-1")
    assert answer.answered and "网络安全" in answer.answer


def test_an_item_of_a_list_asked_after_another_turn_on_the_same_thing(hetang):
    _turns(hetang, "list-kept", "三公经费咋比预算少这么多", "三公一共花了多少来着")
    answer = hetang.ask("那第二个原因呢", chat="list-kept")
    assert answer.answered and "严格控制因公出国" in answer.answer


def test_a_sum_said_alone_after_two_things_asked_in_turn_adds_the_two(putuo):
    *_, both = _turns(putuo, "sum-two", "公积金花了多少", "那购房补贴呢", "那总共是多少")
    assert both.answered and "445.69" in both.answer and "计算得出" in both.answer
    *_, part = _turns(putuo, "sum-part", "三公经费是多少", "接待费呢", "一共多少")
    assert "＋" not in part.answer  # a whole and its part are never added


def test_more_of_a_sentence_just_quoted_is_the_next_one_of_its_section(putuo):
    first = putuo.ask("预算绩效管理工作是怎么开展的", chat="more-1")
    more = putuo.ask("展开说说", chat="more-1")
    assert first.answered and more.answered and "接着写道" in more.answer
    assert more.sources[0].section == first.sources[0].section
    assert more.sources[0].sentence != first.sources[0].sentence
    alone = putuo.ask("展开说说")  # nothing quoted before: nothing to go on with
    assert not alone.answered


# ---- thirteenth session

def test_the_same_for_another_thing_is_that_thing(hetang):
    hetang.ask("倒推一下2016年的收入总计", chat="same-13")
    answer = hetang.ask("同样的，2016年支出总计呢", chat="same-13")
    # 支出总计 854.31 − 537.80: never 收入总计's 383.16 again
    assert answer.answered and "316.51" in answer.answer and "383.16" not in answer.answer


def test_which_of_the_two_units_compares_the_thing_it_names(both):
    both.ask("荷塘区政务服务中心2017年政府采购花了多少", chat="units-13")
    both.ask("那普陀区财政局呢", chat="units-13")
    answer = both.ask("两家谁的采购金额大，大多少", chat="units-13")
    assert answer.answered and "247.16" in answer.answer and "计算得出" in answer.answer


def test_a_place_then_that_office_names_the_department(both):
    both.ask("普陀区财政局的政府采购金额是多少", chat="that-13")
    answer = both.ask("荷塘那个政务中心的呢", chat="that-13")
    assert answer.answered and "4.09" in answer.answer


def test_no_reason_of_its_own_the_same_thing_in_its_funds_has_one(both):
    both.ask("普陀区财政局三公经费预算多少", chat="why-13")
    answer = both.ask("为什么一分都没用", chat="why-13")
    assert answer.answered and "当年度无" in answer.answer


# ---- fourteenth session

def test_the_one_ranked_first_is_what_the_next_question_is_about(hetang):
    hetang.ask("基本支出中哪一项最多", chat="rank-14")
    answer = hetang.ask("它的占比呢", chat="rank-14")
    # 其他资本性支出, ranked first: not 基本支出's own 100%
    assert answer.answered and "55.75" in answer.answer and "100%" not in answer.answer


def test_which_is_largest_under_a_class_ranks_its_rows(putuo):
    putuo.ask("社保和就业支出多少", chat="rows-14")
    answer = putuo.ask("其中哪项最多", chat="rows-14")
    assert answer.answered and "机关事业单位基本养老保险缴费支出，160.75万元" in answer.answer
    among = putuo.ask("住房保障支出在各类支出里是不是最多的")  # among its fellow classes
    assert among.answered and "最多的是一般公共服务支出" in among.answer


def test_your_bureau_in_a_letter_is_the_department_asked(putuo):
    first = putuo.ask("您好，我想咨询贵局行政运行项目的支出情况", chat="letter-14")
    assert first.answered and "1511.89" in first.answer
    answer = putuo.ask("基本支出、项目支出各是多少", chat="letter-14")
    assert answer.answered and "1503.52" in answer.answer and "8.37" in answer.answer
    assert "2336.91" not in answer.answer  # the row's cells, not the unit's totals


def test_a_correction_asks_the_last_question_of_what_it_names(university, putuo):
    university.ask("学校收入总计多少", chat="fix-14")
    answer = university.ask("不对，我说的是支出", chat="fix-14")
    assert answer.answered and "457676.75" in answer.answer
    putuo.ask("基本支出多少", chat="times-14")
    times = putuo.ask("是项目支出的多少倍", chat="times-14")
    assert times.answered and "3.87倍" in times.answer


def test_a_department_named_alone_asks_the_last_question_of_it(both):
    both.ask("普陀财政局的机关运行经费是多少", chat="alone-14")
    answer = both.ask("荷塘呢？", chat="alone-14")  # nothing left but the name: no greeting
    assert answer.answered and "657.67" in answer.answer
    both.ask("普陀财政局政府采购花了多少", chat="switch-14")
    switched = both.ask("换成荷塘的", chat="switch-14")
    assert switched.answered and "4.09" in switched.answer


def test_a_question_of_no_thing_is_asked_again_of_the_department_named_next(both):
    both.ask("普陀财政局的电话多少", chat="phone-14")  # none published: declined
    answer = both.ask("荷塘那边的呢", chat="phone-14")
    assert answer.answered and "28428828" in answer.answer
    both.ask("普陀财政局的职能有哪些", chat="duties-14")
    duties = both.ask("荷塘那个中心呢", chat="duties-14")  # 中心 said after 荷塘 is its name
    assert duties.answered and duties.intent == "org.duties" and "政务服务中心" in duties.answer


def test_the_duties_asked_alone_are_the_whole_list(hetang):
    answer = hetang.ask("中心的主要职责")  # not the heading that repeats the word
    assert answer.answered and answer.intent == "org.duties" and "2、" in answer.answer


def test_a_ranking_after_items_ranks_the_column_named_not_those_items(putuo):
    putuo.ask("项目支出排前三的是哪几项", chat="rank-col-14")
    answer = putuo.ask("那项目支出里哪一项最大", chat="rank-col-14")
    assert answer.answered and "最多的是财政委托业务支出" in answer.answer
    assert "项目支出603.14" not in answer.answer  # the whole is no item of itself


def test_an_option_is_picked_by_its_place_in_the_list_offered(both):
    offered = both.ask("机关运行经费是多少", chat="place-14")
    assert not offered.answered and offered.options
    answer = both.ask("第二个", chat="place-14")
    assert answer.answered and "184.65" in answer.answer
    both.ask("三公经费多少", chat="place2-14")
    first = both.ask("前一个吧", chat="place2-14")
    assert first.answered and "1.33" in first.answer
