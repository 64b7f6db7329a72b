"""Department names by rules over their parts; neighbours are never taken for a loaded one."""

from __future__ import annotations

import pytest

from bot.departments import Directory, names_of, parse

LOADED = ["株洲市荷塘区政务服务中心", "上海市普陀区财政局", "株洲市天元区科技局",
          "中共上海市普陀区委社会工作部", "上海市普陀区规划和自然资源局",
          "株洲市荷塘区文化旅游广电体育局"]


@pytest.fixture(scope="module")
def directory():
    return Directory(LOADED)


def test_parts_of_a_name():
    parts = parse("中共上海市普陀区委社会工作部")
    assert parts.regions == ("上海市", "普陀区") and parts.core == "区委社会工作部"
    assert parse("西南大学").regions == ()


@pytest.mark.parametrize("full, short", [
    ("上海市普陀区财政局", "普陀财政"), ("上海市普陀区财政局", "财政局"),
    ("株洲市荷塘区政务服务中心", "荷塘政务中心"), ("上海市普陀区规划和自然资源局", "规划资源局"),
    ("上海市普陀区规划和自然资源局", "规资局"), ("中共上海市普陀区委社会工作部", "社工部"),
    ("中共上海市普陀区委社会工作部", "区委社会工作部"), ("株洲市天元区科技局", "科学技术局"),
    ("株洲市天元区科学技术局", "科技局"),
])
def test_short_forms_by_rule(full, short):
    assert short in names_of(full)


@pytest.mark.parametrize("text, department", [
    ("普陀财政的三公经费", "上海市普陀区财政局"),
    ("政务中心收入", "株洲市荷塘区政务服务中心"),
    ("天元区科技局2017年接待费", "株洲市天元区科技局"),
    ("天元区科学技术局的支出", "株洲市天元区科技局"),
    ("社工部花了多少", "中共上海市普陀区委社会工作部"),
    ("规资局的收入", "上海市普陀区规划和自然资源局"),
    ("荷塘文旅局三公", "株洲市荷塘区文化旅游广电体育局"),
    ("株洲荷塘政务中心", "株洲市荷塘区政务服务中心"),
    ("湖南荷塘区政务服务中心的收入", "株洲市荷塘区政务服务中心"),  # the province its city is in
    ("上海的普陀区财政局", "上海市普陀区财政局"),
])
def test_finds_the_department(directory, text, department):
    found = directory.find(text)
    assert found.named == (department,) and found.unknown is None


@pytest.mark.parametrize("text, mention", [
    ("荷塘区财政局17年三公经费", "荷塘区财政局"),  # a district loaded, but not its finance bureau
    ("普陀区政务服务中心的收入", "普陀区政务服务中心"),
    ("上海市财政局的收入", "上海市财政局"),  # the city's own bureau, not the district's
    ("芦淞区政务服务中心支出", "芦淞区政务服务中心"),
    ("请问普陀区教育局收入", "普陀区教育局"),
    ("舟山普陀区财政局的收入", "舟山普陀区财政局"),  # another city's district of that name
    ("浙江的普陀区财政局", "浙江的普陀区财政局"),
    ("长沙荷塘区政务服务中心支出", "长沙荷塘区政务服务中心"),
])
def test_a_neighbour_is_unknown(directory, text, mention):
    found = directory.find(text)
    assert found.named == () and found.unknown == mention


def test_two_departments_in_order(directory):
    assert directory.find("政务中心和财政局谁多").named == (LOADED[0], LOADED[1])


def test_a_district_alone_with_two_departments_is_ambiguous(directory):
    found = directory.find("荷塘那个单位的收入")
    assert found.named == () and set(found.ambiguous[0]) == {LOADED[0], LOADED[5]}


def test_shared_short_name_is_ambiguous():
    two = ["上海市普陀区财政局", "株洲市荷塘区财政局"]
    found = Directory(two).find("财政局收入")
    assert found.named == () and set(found.ambiguous[0]) == set(two)


def test_closest_names_at_most_five():
    many = [f"株洲市{d}区财政局" for d in "东南西北中天元荷塘芦淞石峰"]
    near = Directory(many).closest("株洲市渌口区财政局")
    assert 1 <= len(near) <= 5 and all(n.endswith("财政局") for n in near)


def test_an_institution_not_loaded_beside_one_that_is():
    found = Directory(["西南大学"]).find("西南大学和重庆大学谁的收入多")
    assert found.named == ("西南大学",) and found.unknown == "重庆大学"


@pytest.mark.parametrize("text", ["我想对比一下重庆大学的总支出和西南大学差多少",
                                  "你觉得重庆大学和西南大学哪个收入多"])
def test_a_school_not_loaded_after_what_the_asker_says_of_himself(text):
    found = Directory(["西南大学"]).find(text)  # 我想对比…: 我 starts no name; 重庆大学 is named
    assert found.named == ("西南大学",) and found.unknown == "重庆大学"


def test_a_student_says_what_he_studies_and_names_no_school():
    found = Directory(["西南大学"]).find("我是学财会的大学生，想问西南大学的收入")
    assert found.named == ("西南大学",) and found.unknown is None


def test_a_school_not_loaded_is_never_answered_with_the_loaded_department(putuo):
    answer = putuo.ask("我在看西南大学2023年的收支决算总表，本年支出合计到底是多少万元")
    assert not answer.answered and "西南大学" in answer.answer and "2940.05" not in answer.answer


def test_a_place_before_a_name_that_says_none_is_not_checked():
    assert Directory(["西南大学"]).find("重庆西南大学的收入").named == ("西南大学",)


def test_pointing_words_are_no_department():
    assert Directory(["西南大学"]).find("这所大学的收入").unknown is None


def test_a_community_office_is_no_department_not_loaded():
    found = Directory(LOADED).find("村里社区的便民服务中心归谁管")
    assert found.unknown is None


@pytest.mark.parametrize("text, said", [
    ("Putuo finance bureau", "普陀 财政局"),
    ("He Tang center", "荷塘 center"),
    ("Tianyuan District's keji bureau", "天元 District's keji bureau"),
    ("the Hetang-qu office", "the 荷塘区 office"),
])
def test_a_loaded_place_in_pinyin_is_read_back(directory, text, said):
    assert directory.sinicise(text) == said


def test_a_place_not_loaded_stays_in_letters(directory):
    assert directory.sinicise("Furong district, the tang dynasty") == \
        "Furong district, the tang dynasty"


def test_a_service_centre_not_loaded_is_named():
    found = Directory(["西南大学"]).find("荷塘政务中心的收入多少")
    assert found.unknown == "荷塘政务中心" and not found.named


@pytest.mark.parametrize("text", ["是重点大学吗", "西南大学是不是重点大学"])
def test_a_kind_of_school_is_no_school_named(text):
    assert Directory(["西南大学"]).find(text).unknown is None


def test_a_service_centre_named_bare_is_not_the_loaded_bureau(putuo):
    answer = putuo.ask("麻烦看下政务服务中心的公用经费")
    assert not answer.answered and "184.65" not in answer.answer
    assert "政务服务中心" in answer.answer


def test_the_unit_called_by_its_kind_is_the_loaded_one_of_that_kind(both, putuo):
    centre = both.ask("中心去年一年的三公经费是多少")  # of the two loaded, one is a centre
    assert centre.answered and "荷塘区政务服务中心" in centre.answer and "1.33" in centre.answer
    school = putuo.ask("那学校给老师们交的住房公积金一年多少")  # only a bureau is loaded
    assert not school.answered and "学校" in school.answer and "187.19" not in school.answer


@pytest.mark.parametrize("text", ["西大去年收入多少", "想问下西大的学费", "今年西大花了多少"])
def test_a_university_by_its_first_character_and_da(text):
    assert Directory(["西南大学"]).find(text).named == ("西南大学",)


@pytest.mark.parametrize("text", ["买东西大概花了多少", "广西大学收入多少", "西大楼维修花了多少"])
def test_two_characters_inside_other_words_name_no_university(text):
    assert "西南大学" not in Directory(["西南大学"]).find(text).named


@pytest.mark.parametrize("question, expected", [
    ("我在准备对区财政局的决算写意见，本年收入合计多少", "2946.25"),  # 对区 is no district
    ("纳入决算的除了局本级还有哪些单位", "国库收付中心"),  # 除了局 is no bureau
    ("政府采购监督是不是区财政局在管", "政府采购"),  # 不是区 is no district
])
def test_grammar_before_an_office_is_no_part_of_its_name(putuo, question, expected):
    reply = putuo.ask(question)
    assert reply.answered and expected in reply.answer


def test_the_hall_a_service_centre_runs_is_that_centre(hetang):
    answer = hetang.ask("荷塘区政务大厅一年受理了多少件业务")
    assert answer.answered and "97573" in answer.answer


@pytest.mark.parametrize("text", [
    "听同事说区财政局的人员经费很高",  # 事说区 is no district: 说 is no character of a place
    "我问了区财政局的工作人员",
])
def test_words_of_speech_before_a_bureau_make_no_district(directory, text):
    found = directory.find(text)
    assert found.unknown is None or "说" not in found.unknown and "问" not in found.unknown
