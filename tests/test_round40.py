"""Kinds of question met in the fortieth and forty-first rounds of our own sets, each pinned with
this project's own wording."""

from __future__ import annotations

from conftest import talk


def test_asking_the_bot_if_it_has_eaten_is_a_greeting_not_hospitality(hetang):
    answer = hetang.ask("机器人，今天吃饭了没")
    assert not answer.answered and "1.33" not in answer.answer, answer
    assert hetang.ask("荷塘政务中心请客吃饭花了多少").answered  # the hospitality still asked


def test_literary_question_words(hetang, putuo):
    spent = hetang.ask("荷塘政务中心2017年三公经费所费几许")
    assert spent.answered and "1.33" in spent.answer, spent.answer
    total = putuo.ask("普陀区财政局支出几何")
    assert total.answered and "2940.05" in total.answer, total.answer
    turns = talk(hetang, "荷塘政务中心三公经费决算多少", "何故减少")
    assert turns[1].intent == "figure.reason" and "接待人次数减少" in turns[1].answer, turns[1]
    purpose = talk(putuo, "敢问普陀区财政局行政运行用于何处", "所费几许")
    assert purpose[1].answered and "1511.89" in purpose[1].answer, purpose[1].answer


def test_what_is_left_of_a_whole_and_its_share(putuo, university):
    left = putuo.ask("普陀区财政局2024年基本支出扣除人员经费，剩下的有多少，占几成")
    assert left.answered and "184.65" in left.answer and "7.90%" in left.answer, left.answer
    rest = university.ask("西南大学2023年不算财政拨款，剩下的收入占多少")
    assert rest.answered and "43.58%" in rest.answer and "计算得出" in rest.answer, rest.answer


def test_a_sum_then_its_share_of_a_whole(hetang, university):
    both = hetang.ask("荷塘政务中心公务接待费和公务用车运行维护费加起来占三公经费的几成")
    assert both.answered and "100%" in both.answer and "1.33" in both.answer, both.answer
    share = university.ask("西南大学2023年教育支出与科学技术支出加在一起占支出总计的比例")
    assert share.answered and "93.48%" in share.answer, share.answer
    assert share.answer.index("教育支出") < share.answer.index("科学技术支出")  # as said


def test_names_said_by_their_heads_side_by_side(putuo):
    answer = putuo.ask("普陀区财政局2024年卫生健康、住房保障、社保就业各多少")
    for figure in ("60.99", "445.69", "326.7"):
        assert figure in answer.answer, (figure, answer.answer)
    turns = talk(putuo, "普陀区财政局2024年社保就业、卫生健康、住房保障各多少", "这三类加起来多少")
    assert "833.40" in turns[1].answer, turns[1].answer  # 326.72, as most tables print it


def test_two_parts_share_asked_in_turn_is_no_share_of_one_in_the_other(university):
    answer = university.ask("西南大学2023年财政拨款支出里，基本支出所占比例多少，项目支出又占多少")
    assert answer.answered and "83.94%" in answer.answer and "16.06%" in answer.answer
    assert "622" not in answer.answer, answer.answer


def test_two_rows_joined_after_其中_are_added(putuo):
    turns = talk(putuo, "普陀财政局2024年商品和服务支出多少", "其中差旅费和培训费合计多少")
    assert turns[1].intent == "figure.total" and "5.25" in turns[1].answer, turns[1].answer


def test_a_mention_and_a_counted_word_name_nothing(university):
    answer = university.ask("@小助手 西南大学2023年小学教育和高中教育两项支出加在一起是多少？？")
    assert answer.answered and "33495.37" in answer.answer, answer.answer
    assert "项目支出" not in answer.answer, answer.answer  # 两项 is no 项目支出


def test_a_code_asked_for_and_this_subject_after_it(university):
    turns = talk(university, "2050205是哪个科目", "西南大学2023年这个科目的支出合计多少")
    assert turns[0].answered and "高等教育" in turns[0].answer, turns[0]
    assert "389606.87" in turns[1].answer and "457676.75" not in turns[1].answer, turns[1]


def test_a_meaning_and_an_amount_after_it(hetang):
    answer = hetang.ask("荷塘政务中心其他收入定义是啥，2017年有多少")
    assert "除上述收入以外" in answer.answer and "7.88" in answer.answer, answer.answer
    turns = talk(hetang, "荷塘政务中心2017年公务接待费", "有多少")
    assert turns[1].answered and "1.33" in turns[1].answer, turns[1]


def test_a_share_and_a_change_of_the_last_thing(university):
    turns = talk(university, "西南大学2023年其他收入是多少", "占收入总计百分之几？跟上年比呢")
    assert "11.92%" in turns[1].answer and "39049.48" in turns[1].answer, turns[1].answer
    assert "23616.80" not in turns[1].answer, turns[1].answer  # never the whole's change
    other = talk(university, "西南大学2023事业收入多少", "占总收入百分之几？跟去年比呢")
    assert "31.66%" in other[1].answer and "974.61" in other[1].answer, other[1].answer


def test_an_actual_figure_said_back_after_a_budget(hetang):
    turns = talk(hetang, "荷塘政务中心三公经费预算14.3万", "实际只用了1.33万")
    assert turns[1].answered and "1.33" in turns[1].answer, turns[1]
