"""Kinds of question met in the thirty-first and thirty-second rounds of our own sets, each
pinned with this project's own wording."""

from __future__ import annotations

from conftest import ROOT, talk

from bot.ingest import read
from bot.normalize import meaning_confirmed


def test_a_meaning_put_in_plain_words_asks_the_meaning_of_the_first_thing(putuo):
    basic = putuo.ask("普陀财政局的基本支出，说白了是不是就是维持单位运转的开销")
    assert basic.intent == "glossary.define" and "保障机构正常运转" in basic.answer, basic.answer
    assert "2336.91" not in basic.answer, basic.answer  # the meaning, not the figure
    other = putuo.ask("普陀财政局其他收入就是除了拨款之外零零碎碎的进账吧")
    assert other.intent == "glossary.define" and other.answered, other


def test_a_figure_asked_after_the_plain_words_is_the_first_things(hetang):
    answer = hetang.ask("荷塘政务中心基本支出其实就是发工资的钱吧？总共花了多少")
    assert answer.answered and "784.69" in answer.answer, answer.answer
    assert "人员经费" not in answer.answer, answer.answer  # 发工资的钱 names no second thing


def test_plain_words_that_are_a_figure_a_rank_or_a_sum_are_no_meaning():
    kept = ["接待费就是1.33万吧", "年末结转结余就是零吧", "支出最多的就是一般公共服务吧",
            "两项加起来是不是就是基本支出", "我问的就是接待费", "也就是说少了一半",
            "请客吃饭的钱，就是公务接待费，多少", "其他收入就是两千块吧"]
    for question in kept:
        assert "是什么意思" not in meaning_confirmed(question), question
    assert meaning_confirmed("三公就是吃喝和车吧，多少") == "三公是什么意思,多少"


def test_balance_in_plain_words_is_income_against_spending(hetang, putuo):
    for question in ("荷塘政务中心那年是不是入不敷出了", "荷塘政务中心有赤字没有",
                     "荷塘政务中心收支平衡不"):
        answer = hetang.ask(question)
        assert answer.answered and "61.26" in answer.answer, (question, answer.answer)
    surplus = putuo.ask("普陀财政局收大于支吗")
    assert surplus.answered and "6.20" in surplus.answer and "2946.25" in surplus.answer


def test_how_many_digits_asks_the_figure_not_a_head_count(putuo):
    answer = putuo.ask("普陀财政局本年支出合计有几位数")
    assert answer.answered and "2940.05" in answer.answer, answer.answer


def test_where_the_money_of_a_rise_went_is_the_stated_reason(hetang):
    answer = hetang.ask("荷塘政务中心机关运行经费多了那么多，多出来的钱花哪了")
    assert answer.answered and "一门式" in answer.answer, answer.answer


def test_where_a_columns_money_went_is_its_rows(putuo, university):
    project = putuo.ask("普陀财政局项目支出具体都花在什么上面了")
    assert project.answered and "财政委托业务支出449.52万元" in project.answer, project.answer
    school = university.ask("西南大学的项目经费都用到哪些地方了")
    assert school.answered and "高等教育93462.71万元" in school.answer, school.answer
    meaning = putuo.ask("普陀财政局的项目支出是干什么用的")
    assert meaning.intent == "glossary.define", meaning  # what it is for: its meaning


def test_a_sentence_of_the_amount_alone_is_no_use(hetang):
    answer = hetang.ask("荷塘政务中心的科学技术支出具体拿来干嘛了")
    assert not answer.answered and "用途" in answer.answer, answer.answer


def test_what_the_unit_did_is_its_duties(putuo):
    answer = putuo.ask("普陀区财政局一年到头都干了些什么")
    assert answer.intent == "org.duties" and "主管全区财政工作" in answer.answer, answer


def test_a_list_of_parts_is_walked_item_by_item(hetang):
    turns = talk(hetang, "荷塘政务中心基本支出按经济分类分几块，从工资福利说起", "接着下一个",
                 "然后下一项", "最后一项", "下一个")
    assert turns[1].answered and "商品和服务支出181.41万元" in turns[1].answer, turns[1].answer
    assert "对个人和家庭补助支出37.31万元" in turns[2].answer, turns[2].answer
    assert "其他资本性支出476.25万元" in turns[3].answer, turns[3].answer
    assert not turns[4].answered and "只有4项" in turns[4].answer, turns[4].answer


def test_an_item_named_only_among_what_was_kept_down_has_no_figure(hetang):
    answer = hetang.ask("荷塘政务中心开会的会议费用了多少钱")
    assert not answer.answered and "会议费" in answer.answer, answer.answer
    why = hetang.ask("荷塘政务中心的会议费为什么减少")
    assert why.answered and "严格控制" in why.answer, why.answer  # the sentence is the reason


def test_plain_words_that_name_a_thing_ask_of_both_things():
    assert "是什么意思" not in meaning_confirmed("公用经费就是商品和服务支出吧")


def test_after_a_department_not_loaded_the_one_named_next_is_asked_the_same(both):
    turns = talk(both, "普陀区审计局2024年公务接待费多少", "那普陀财政局的总该有吧")
    assert not turns[0].answered and "普陀区审计局" in turns[0].answer, turns[0].answer
    assert turns[1].answered and "公务接待费" in turns[1].answer, turns[1].answer
    kept = talk(both, "普陀区审计局2024年公务接待费多少", "换荷塘那个中心")
    assert not kept[1].answered and "2024" in kept[1].answer, kept[1].answer  # the year said


def test_a_plea_after_a_decline_is_no_word_of_the_question(hetang):
    turns = talk(hetang, "荷塘政务中心2015年收入总计多少", "那2017年的总能查到吧")
    assert turns[1].answered and "793.05" in turns[1].answer, turns[1].answer


def test_a_thing_carried_to_a_department_that_never_names_it_is_declined(both):
    turns = talk(both, "普陀财政局国有资本经营预算花了多少", "荷塘那个中心呢")
    assert turns[0].answered and "无国有资本经营预算" in turns[0].answer, turns[0].answer
    assert not turns[1].answered and "国有资本经营预算" in turns[1].answer, turns[1].answer
    same = talk(both, "普陀财政局政府采购多少", "荷塘那个中心呢")  # one thing by its names
    assert same[1].answered and "4.09" in same[1].answer, same[1].answer


def test_the_date_on_the_cover_is_when_it_was_dated(university, hetang):
    school = university.ask("西南大学的决算是几月份发布的")
    assert school.answered and "2024年8月" in school.answer, school.answer
    college = read(ROOT / "tests" / "data" / "sample-college-2022.txt")
    assert college.document.published == "2023年9月", college.document  # another cover
    none = hetang.ask("荷塘政务中心这个决算啥时候公开的")
    assert not none.answered and "没有写明" in none.answer, none.answer


def test_a_figure_claimed_of_the_other_end_is_checked_in_the_lines_context(putuo):
    turns = talk(putuo, "普陀财政局年初结转和结余是多少", "年末那个是50万对吧")
    assert turns[1].answered and "55.34" in turns[1].answer, turns[1].answer
    line = putuo.ask("普陀财政局年初结转结余49.14万，年末的是60万没错吧")
    assert "49.14" in line.answer and "55.34" in line.answer, line.answer


def test_how_a_shortfall_was_made_up_is_the_gap_and_the_lines_that_cover_it(university, putuo):
    answer = university.ask("西南大学花的比收的多，这个窟窿拿什么填的")
    assert answer.answered and "26951.72" in answer.answer, answer.answer
    assert "上年结转和结余93660.54万元" in answer.answer, answer.answer
    surplus = putuo.ask("普陀财政局的收支缺口靠什么补")
    assert "没有要弥补的缺口" in surplus.answer, surplus.answer  # income was the larger


def test_a_budget_stated_whole_is_not_split_among_the_parts_picked(putuo):
    answer = putuo.ask("普陀财政局三公经费那点预算是给公车的还是给接待的")
    assert not answer.answered and "没有写明它分到各项的预算" in answer.answer, answer.answer


def test_what_became_of_an_unspent_budget_is_its_stated_reason(putuo):
    turns = talk(putuo, "普陀财政局信息化建设的预算和决算各多少", "省下来的那点钱怎么处理")
    assert turns[1].answered and "调减相关经费" in turns[1].answer, turns[1].answer


def test_a_whole_less_a_part_said_as_an_exclusion_is_their_difference(hetang, putuo):
    first = hetang.ask("荷塘政务中心刨去工资福利支出，基本支出剩多少")
    assert first.answered and "694.98" in first.answer, first.answer
    after = putuo.ask("普陀财政局基本支出扣除人员经费以后还剩多少")
    assert after.answered and "184.65" in after.answer, after.answer
    assert "结转" not in after.answer  # 还剩 of a difference is no 结余


def test_plan_words_ask_the_budget(hetang):
    answer = hetang.ask("荷塘政务中心三公经费原先定的是多少")
    assert answer.answered and "14.30" in answer.answer, answer.answer


def test_which_table_gives_the_tables_by_their_place_in_the_contents(hetang, putuo):
    turns = talk(hetang, "荷塘政务中心科学技术支出多少", "在哪张表")
    assert "表3「支出决算表」" in turns[1].answer, turns[1].answer  # by its explaining section
    assert "表2" not in turns[1].answer, turns[1].answer
    cells = talk(putuo, "普陀财政局人员经费合计多少", "是第几张表上的")
    assert "表6「一般公共预算财政拨款基本支出决算表」" in cells[1].answer, cells[1].answer
    assert "表3" not in cells[1].answer, cells[1].answer  # a title holding another's is not it


def test_the_askers_purpose_before_a_question_is_no_word_of_it(university):
    answer = university.ask("领导让我查，西南大学2023年事业收入多少")
    assert answer.answered and "136385.24" in answer.answer, answer.answer
    change = university.ask("写报告要用，西南大学2023年支出比上年多了多少")
    assert change.answered and "54492.83" in change.answer, change.answer
