"""bot/engine.py + bot/handlers.py: answers state the published figures, or decline.

The questions here are written for the tests in many citizens' wordings; none is from the
shared dev sets.
"""

from __future__ import annotations

import pytest

ANSWERED = [
    # (question, every string the answer must contain)
    ("公务接待费花了多少钱", ["1.33万元"]),
    ("接待费是多少", ["1.33"]),
    ("三公经费一共用了多少", ["1.33万元", "14.30万元"]),
    ("三公經費比去年減少了多少", ["3.23万元"]),
    ("三公经费预算是多少", ["14.30"]),
    ("机关运行经费多少钱", ["657.67万元"]),
    ("机关运行经费为什么增加", ["日常公用经费"]),
    ("本年支出总计", ["854.31"]),
    ("总支出比上年多了多少", ["537.80"]),
    ("一般公共服务支出占总支出的比重", ["76.49%"]),
    ("对个人和家庭的补助支出多少", ["37.31"]),
    ("政府采购货物花了多少", ["3.55"]),
    ("政府采购里服务占比多少", ["13.20"]),  # 0.54 ÷ 4.09, computed and labelled
    ("年末财政拨款结转和结余", ["0.48"]),
    ("去年收入总计大约多少", ["383.16"]),
    ("平均每个接待对象花了多少接待费", ["31.67"]),
    ("什么是经营收入", ["非独立核算"]),
    ("年初结转和结余是什么意思", ["以前年度尚未完成"]),
    ("联系电话", ["28428828"]),
    ("联系人是谁", ["夏泉"]),
    ("门户网站归谁管", ["门户网站建设"]),
    ("主要职能有哪些", ["政务公开"]),
    ("受理业务多少件", ["97573"]),
    ("群众满意率是多少", ["99.99"]),
]

DECLINED = [
    "差旅费多少",  # not disclosed by this department
    "2019年三公经费",
    "教育局的决算",
    "今天天气怎么样",
    "你好",
    "谢谢你",
    "什么是基本支出",  # not in this glossary
    "其他收入比去年多了多少",  # the change is not stated
    "单位地址在哪里",
    "",
    "😂😂😂",
]


@pytest.mark.parametrize("question, expected", ANSWERED)
def test_answers_hetang(hetang, question, expected):
    answer = hetang.ask(question)
    assert answer.answered, answer.answer
    for text in expected:
        assert text in answer.answer
    assert answer.sources


@pytest.mark.parametrize("question", DECLINED)
def test_declines_hetang(hetang, question):
    assert not hetang.ask(question).answered


@pytest.mark.parametrize("question, expected", [
    ("财政局收入支出总计", ["2995.39"]),
    ("普陀区财政局项目支出占比", ["20.51%"]),
    ("财政局信息化建设年初预算多少", ["135.90", "135.25"]),
    ("财政局津贴补贴是多少", ["1238.58"]),
    ("办公费花了多少", ["21.21"]),
    ("普陀区财政局机关运行经费比上年增加了多少", ["2.55", "1.40%"]),
    ("财政局单价100万元以上设备有多少台", ["2台(套)"]),
    ("财政局什么级别", ["正处级"]),
    ("普陀财政局的年末结转和结余", ["55.34"]),
])
def test_answers_putuo_pdf(putuo, question, expected):
    answer = putuo.ask(question)
    assert answer.answered, answer.answer
    for text in expected:
        assert text in answer.answer


def test_computed_figures_are_labelled(hetang):
    assert "计算得出" in hetang.ask("上一年公务接待费是多少").answer
    assert "计算得出" in hetang.ask("收支缺口是多少").answer


def test_several_departments_ask_which(both):
    answer = both.ask("公务接待费多少")
    assert not answer.answered
    assert len(answer.options) == 2
    assert any("财政局" in o for o in answer.options)
    picked = both.ask(answer.options[1])
    assert picked.answered


def test_department_slot_selects_the_document(both):
    answer = both.ask("荷塘区政务服务中心的联系电话")
    assert answer.answered and "28428828" in answer.answer
    assert "184.65" in both.ask("普陀区财政局机关运行经费").answer


def test_comparison_across_departments(both):
    answer = both.ask("哪个单位机关运行经费多")
    assert answer.answered
    assert "657.67" in answer.answer and "184.65" in answer.answer


def test_glossary_merges_documents(both):
    answer = both.ask("什么是年末结转和结余")
    assert answer.answered and "延迟到以后年度" in answer.answer


def test_json_contract_fields(hetang):
    data = hetang.ask("公务接待费多少").to_json()
    assert list(data) == ["question", "answered", "intent", "confidence", "answer", "sources"]
    assert data["sources"][0]["document"] == "株洲市荷塘区政务服务中心2017年度部门决算"


def test_front_end_helpers(both):
    assert "上海市普陀区财政局" in both.describe()
    assert len(both.example_questions()) == 5
    assert "年初结转和结余" in both.glossary_terms()
    headline = both.headline()
    assert headline.answered and "793.05" in headline.answer


@pytest.mark.parametrize("question, expected", [
    ("文旅局收支总计是多少", ["1016.82万元"]),
    ("收支总计为什么减少", ["体育场馆维修"]),
    ("财政拨款支出年初预算", ["950.00万元", "105.26%"]),
    ("公务接待了多少人次", ["300人次"]),
    ("人均接待费用", ["166.67元"]),
    ("中小企业合同金额占比", ["80.00%"]),
    ("专用设备几台", ["1台(套)"]),
    ("有哪些二级单位", ["县图书馆"]),
    ("联系人是谁", ["王芳"]),
    ("2018年机关运行经费", ["90.00万元"]),
])
def test_answers_a_second_disclosure(sample, question, expected):
    answer = sample.ask(question)
    assert answer.answered, answer.answer
    for text in expected:
        assert text in answer.answer


@pytest.mark.parametrize("question", ["差旅费多少", "公务接待费比上年增加多少", "教育局三公经费"])
def test_second_disclosure_declines(sample, question):
    assert not sample.ask(question).answered


@pytest.mark.parametrize("question, expected", [
    ("普陀区财政局卫生健康支出占一般公共预算财政拨款支出的比重", ["2.07%"]),  # the part before 占
    ("普陀区财政局行政运行的基本支出", ["1503.52"]),  # where a table row meets a column
    ("财政局职业年金缴费支出年初预算多少", ["80.81"]),  # budget stated under the fuller name
    ("普陀区财政局三公经费为什么没花", ["当年度无"]),  # reason for the thing the sentence names
    ("普陀区财政局人员经费包括哪些", ["基本工资"]),
    ("财政局负责会计管理吗", ["会计管理工作"]),
])
def test_answers_putuo_harder(putuo, question, expected):
    answer = putuo.ask(question)
    assert answer.answered, answer.answer
    for text in expected:
        assert text in answer.answer


def test_a_name_is_not_read_as_a_similar_term(putuo):
    answer = putuo.ask("公用经费主要包括哪些")
    assert "184.65" in answer.answer and "三公经费：指" not in answer.answer


def test_followups_are_the_parts_of_a_total(hetang):
    followups = hetang.ask("三公经费多少").followups
    assert "公务接待费多少" in followups and "因公出国(境)费多少" in followups
    assert hetang.ask(followups[0]).answered


def test_a_name_given_only_in_a_reason_still_finds_its_figure(putuo):
    answer = putuo.ask("三公经费多少")
    assert answer.answered and "0.95" in answer.answer


@pytest.mark.parametrize("question", [
    "哪个单位的政府采购金额更多",  # each document keeps its own best name for the thing
    "2017年和2024年的机关运行经费",  # two years named
    "财政局的公务接待费比政务中心多还是少",  # two departments named
    "普陀区财政局和荷塘区政务服务中心哪个收入多",  # a bare 收入 in each
])
def test_questions_over_two_departments_answer_both(both, question):
    answer = both.ask(question)
    assert answer.answered
    assert "株洲市荷塘区政务服务中心" in answer.answer and "上海市普陀区财政局" in answer.answer


def test_a_thing_explained_inside_another_terms_entry(putuo):
    answer = putuo.ask("公务用车购置及运行维护费包含哪些方面的开支")
    assert answer.answered and "燃料费" in answer.answer and "三公经费" in answer.answer
    assert putuo.ask("公务用车购置及运行维护费花了多少").figures  # the amount when it is asked


def test_a_narrower_thing_said_in_other_words_gets_no_headline_total(hetang):
    answer = hetang.ask("打印纸、电费、物业外包这些日常杂项开销一共多少")
    assert "854.31" not in answer.answer


@pytest.mark.parametrize("question", ["对个人和家庭补助支出都发给了谁", "工资福利支出发放名单"])
def test_who_got_the_money_is_not_disclosed(hetang, question):
    answer = hetang.ask(question)
    assert not answer.answered and "没有公开" in answer.answer


def test_an_amount_won_by_small_firms_is_no_question_of_who(putuo):
    answer = putuo.ask("中小企业中标的合同有多少金额")
    assert answer.intent != "figure.not_disclosed" and "没有公开具体发给" not in answer.answer


def test_two_things_asked_whose_they_are_each_get_their_duty(hetang):
    reply = hetang.ask("门户网站和中心机房是政务中心管的吗")
    assert reply.answered and "门户网站建设" in reply.answer and "中心机房建设" in reply.answer


@pytest.mark.parametrize("question", ["除了财政拨款以外，他们还有其他进账吗",
                                      "除去财政拨款收入，还有什么收入"])
def test_anything_but_a_part_is_the_rest_of_its_whole(putuo, question):
    reply = putuo.ask(question)
    assert reply.answered and "其他收入：决算数6.2万元" in reply.answer
    assert "财政拨款收入：决算数" not in reply.answer


def test_a_term_said_as_what_the_thing_is_not_is_not_the_term_asked(putuo):
    reply = putuo.ask("在基本支出以外，为完成特定工作任务发生的支出，叫做什么")
    assert reply.answered and "这是“项目支出”" in reply.answer


def test_what_lies_outside_a_part_is_the_rest_of_its_whole(putuo):
    reply = putuo.ask("基本支出之外还花了多少")
    assert reply.answered and "项目支出：决算数603.14" in reply.answer


# ---- fourteenth session

def test_a_part_named_under_its_whole_and_not_listed_is_declined(hetang, putuo):
    answer = hetang.ask("一般公共服务支出底下行政运行那项是多少")
    assert not answer.answered and "行政运行" in answer.answer and "653.44" not in answer.answer
    listed = putuo.ask("一般公共服务支出底下行政运行那项是多少")  # its tables list the row
    assert listed.answered and "1511.89" in listed.answer


def test_the_adjusted_budget_is_not_the_budget_at_the_start_of_the_year(putuo):
    answer = putuo.ask("一般公共预算财政拨款支出调整后的预算是多少")
    assert not answer.answered and "2993.92" not in answer.answer and "年初预算" in answer.answer
    start = putuo.ask("一般公共预算财政拨款支出年初预算多少")
    assert start.answered and "2993.92" in start.answer


def test_a_reason_comes_with_the_figure_and_its_budget(hetang, putuo):
    answer = hetang.ask("支出总计为啥增加了")
    assert answer.answered and "独立核算" in answer.answer and "决算数854.31万元" in answer.answer
    budget = putuo.ask("行政单位离退休为什么没用完预算")
    assert budget.answered and "充分保障" in budget.answer and "预算数85.55万元" in budget.answer


def test_whether_it_has_no_car_at_all_asks_its_cars(putuo):
    answer = putuo.ask("普陀财政局是不是一辆公车都没有")
    assert answer.answered and answer.intent == "figure.amount" and "共有车辆0辆" in answer.answer


def test_does_it_handle_a_matter_after_its_duties_asks_who_handles(putuo):
    putuo.ask("普陀财政局负责哪些事", chat="handles-14")
    answer = putuo.ask("它管国有资产吗", chat="handles-14")
    assert answer.answered and answer.intent == "org.who_handles" and "公物仓" in answer.answer


def test_an_accusation_is_an_opinion_not_a_figure(putuo):
    answer = putuo.ask("三公经费是不是都被挥霍了")
    assert not answer.answered and "0.95" not in answer.answer


def test_whom_to_ask_about_the_disclosure_is_its_contact(hetang, both):
    answer = hetang.ask("看不懂决算该找谁")
    assert answer.answered and "夏泉" in answer.answer and "28428828" in answer.answer
    letter = both.ask("尊敬的领导您好：本人想就荷塘区政务服务中心的决算进一步了解，"
                      "请问电话是多少？")
    assert letter.answered and "28428828" in letter.answer


def test_what_a_figure_reflects_is_its_definition(university):
    university.ask("其他教育支出多少", chat="reflects-14")
    answer = university.ask("它反映啥", chat="reflects-14")
    assert answer.answered and answer.intent == "glossary.define"
    assert "其他用于教育" in answer.answer


def test_tell_me_about_a_topic_quotes_its_sentence(hetang):
    answer = hetang.ask("讲讲政务公开")
    assert answer.answered and "政务公开工作方面" in answer.answer


def test_english_words_mixed_into_a_chinese_question(hetang, putuo):
    answer = hetang.ask("total收入多少")
    assert answer.answered and "793.05" in answer.answer
    both_kinds = putuo.ask("basic和project支出各多少")
    assert both_kinds.answered and "2336.91" in both_kinds.answer and "603.14" in both_kinds.answer


def test_the_unit_money_is_stated_in_and_the_year_of_the_disclosure(university, putuo):
    answer = university.ask("钱的单位是什么")
    assert answer.answered and "金额单位是万元" in answer.answer
    year = putuo.ask("这些数字是哪一年的")
    assert year.answered and "2024年度" in year.answer


def test_whether_a_part_of_the_unit_has_a_budget_of_its_own(putuo):
    answer = putuo.ask("财政所单独编预算吗")
    assert answer.answered and "预算不单列" in answer.answer
    kind = putuo.ask("国库收付中心是个什么单位")  # a body, not the unit money is stated in
    assert "金额单位" not in kind.answer
