"""A line that holds more than one question, or less than one: several questions asked in one
line (each answered in turn), a preamble before the question, an item asked last that nothing
names, and a reply that picks one of the questions offered when the engine asked which one.
Mixed into the Engine: each step re-asks parts of the line through its one-question `_ask`."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import BULLET, Answer, joined
from bot.conversation import BOTH_UNITS, CARRIED_SPLIT_ASKED, State
from bot.handlers import decline
from bot.nlu import FIGURE_SAID
from bot.normalize import REST_WORDS, number_said
from bot.passages import PASSAGE, items_of
from bot.wording import COMPUTED
from bot.years import PER_DAY_OR_MONTH, YEAR

# two questions in one line: broken at a space or a stop between two asking clauses
CLAUSE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|\d{2,4}年)|[？?；;！!。]+")
# a clause that asks something (a preamble's clauses do not)
REQUEST = r"说下|说说|讲讲|讲下"  # 再说下离退休那项: a request asks too
ASKS = re.compile(rf"多少|几|什么|啥|哪|谁|吗|呢|怎么|如何|是否|有没有|为何|咋|{REQUEST}")
YEAR_SAID = re.compile(r"\d{2,4}年|[〇零一二两三四五六七八九]{2,4}年|今年|去年|前年|上年|上一年")
CLAUSE_ASKS = re.compile(r"多少|几[个项件人次位条家台辆成万千百亿块元倍]|百分之几|为什么|为啥|什么"
                         rf"|咋|哪些|哪个|哪[去里儿了]|谁|呢$|{REQUEST}")  # 公用经费呢？其中…: a
# short question too
COMMA = re.compile(r"[，,]|(?<=多少)、")  # (进账多少、花出去多少: two questions listed)
REST_SAID = re.compile(rf"{REST_WORDS}|别的|其他(?:几|[两三四五六])")  # the rest of a whole
SENTENCE_BREAK = re.compile(r"[。！？!?]+")
YES_NO = re.compile(r"(?:没|吗|没有|不)$|有没有|是不是|[超涨降]没[超涨降]")  # 超预算没: asks too
# 那就是说2023年是182.1万对吧: a figure put to be checked, closing a line
FIGURE_CHECKED = re.compile(rf"{FIGURE_SAID}[，,]?"
                            r"(?:对吧|是吧|对吗|是吗|对不对|没错吧|没错吗|吧)[？?。]?$")
NOT_STATED = re.compile(r"决算没有(?:披露|说明|单独列出|写明)")  # a part known not to be stated
# 第二个呢, 最后一条是什么: an item of the list the last answer quoted, by its place
ORDINAL = re.compile(r"(?:那|那么|还有|好的?|嗯)?(?:第([一二三四五六七八九1-9])(?:个|条|点|项)"
                     r"|(最后)[一1]?(?:个|条|点|项)|(?:再|接着|然后)?(下)[一1]?(?:个|条|点|项))"
                     r"(?:原因|理由)?"
                     r"(?:呢|是什么|是啥|是哪个|说的是什么|具体是什么|讲的什么|是什么意思|什么意思"
                     r"|啥意思|是啥意思|指什么|写的是什么|写的什么|怎么说)?")  # 最后一个啥意思
COUNTED_ITEM = re.compile(r"([一二三四五六七八九])是|(?<![\d.])([1-9])[.、](?!\d)")
NUMBERED_LINE = re.compile(r"(\d{1,2}[、.．])|([(（][一二三四五六七八九十]{1,3}[)）])"
                           r"|(第[一二三四五六七八九十]{1,3}条)")  # a style each group
ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
LIST_BREAK = re.compile(r"[，,、；;？?。！!]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
FIGURE_ASKED = re.compile(r"多少|几")
SURE_SENTENCE = 0.95  # a sentence this close to a clause answers it in a list of questions
FIGURES_TOO = re.compile(r"多少|数一样|数相同|数对得上|金额一样|钱一样")  # after a meaning
# an item's words that are how a line asks, no item (比预算少花, 每100块, 较上年, 万元)
HOW_ASKED = re.compile(r"比|块|元|^较|^万|预算|和实际|^同?[一这那哪各每][类项种]")  # (年初预算和
# 实际支出差了多少; 同一类支出: the kind just asked, pointed at)
MONEY_ITEM = re.compile(r"(?:那个|这个|那|这|其中)?"
                        r"((?:(?!多少)[\u4e00-\u9fff]){2,6}?(?:收入|支出|经费))")
# (收入多少、支出多少 names no item 收入多少支出)
GENERIC_LEAD = re.compile(r"实际|最后|年底|年末|年初|一共|总共|全部|全年|本年|当年|年度|年"
                          r"|这块|那块|具体|又|还|就|都|才|只|大概|大约|一年|决算|预算|总|全|这|那"
                          r"|其中|各|共|另外|其他|别的|个人|没有|没|未"
                          r"|钱|主要|大部分|大头|算下来|算起来|少|多"
                        r"|分别|各自|[一二两三四五六七八九几]?项"  # 这三项分别花了: no item
                          r"|学校|学院|单位|部门|机关|中心|他们|它们|它|人家|该校|"  # the unit
                          + PER_DAY_OR_MONTH)  # 平均每天支出: a sum per day, no item
PICK_FILLER = re.compile(r"(?:19|20)\d{2}(?:年度?)?|的|是|呢|吧|啊|呀|就|要|问|那个|这个|那|这"
                         r"|我|说|[\s,.，。!！?？]")  # what a reply picking one says beside it
ALL_OF_THEM = re.compile(r"(两个|两家|2个|2家|两|全部|都|所有)+(说说|都|要|看看|讲讲|说)*")
# 第二个, 第2家, 后一个, 后面那个: an option picked by its place (第一个 is the first)
PICKED_BY_PLACE = re.compile(r"(?:第([一二两三四五1-5])(?:个|家|项|条)?"
                             r"|(后[一1]个|后面那?个?|最后[一1]?个?|后者)"
                             r"|(前[一1]个|前面那?个?|前者))")  # 一个 is folded to 1个
# the asker's own unit said with a figure of its own (我们单位接待费一年才1万, 我们局人员经费占
# 七成): not loaded, so no question about it; the figure it states is no name or claim to check
OWN_UNIT = re.compile(r"(?:我们|咱们|俺们|我|咱)"
                      r"(?:单位|局|处|科|中心|学校|学院|公司|部门|机关|这边|这里)")
OWN_FIGURE = re.compile(r"(?:才|只有|只|有|大概|大约|约|占了?|是|差不多)?"
                        r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
                        r"(?:个)?(?:亿元|亿|万元|万块|万|元|块钱|块|%|成|个点)(?:左右|多)?")
YOURS = re.compile(r"你们|您们|贵单位|贵局|贵校|贵中心|贵部门|他们|人家")
CLAUSES = re.compile(r"[^，,。？?；;！!]+[，,。？?；;！!]*")
# (比上年增加多少: a change, no comparison)
COMPARES = re.compile(r"谁|哪个|哪家|多多少|少多少|差多少|相差|差了|高多少|低多少|[一相]减"
                      r"|(?<!上年)(?<!去年)(?<!前年)(?<!上一年)(?<!前一年)"  # 跟去年比: a change
                      r"比(?!上年|去年|上一年|前一年|年初预算|预算)")
# a whole line answered by setting things against each other already (普陀的呢，两家差多少)
COMPARED_KINDS = {"figure.difference", "figure.compare", "figure.times", "figure.total"}
# where a story told first turns to the question (…每次都排队。想问问那一年受理了多少件业务)
LEAD = re.compile(r"(?:我|就|所以|因此|现在|今天|特意|特地)*想(?:打个?电话|来|在这里|跟你们)?"
                  r"(?:问问|问一下|问下|请教一下|请教|打听一下|打听下|打听|了解一下|了解下|知道一下"
                  r"|知道)[，,：:]?|请问[，,：:]?|麻烦问一下[，,：:]?")
STORY = 8  # characters of a story before the question (请问: no story, nothing to cut)
SURE_STORY = 0.75  # a line answered this surely is not asked again without its story


# a firm decline of the whole line that its clauses answered one by one would contradict: what
# it asks is not disclosed at all (具体买了啥 哪家公司中的标; 结转多少，结余多少)
LINE_DECLINED = ("figure.specifics", "out_of_scope")


# a reason asked alone after a figure in the same line (…少了多少，为什么)
WHY_ALONE = re.compile(r"(?:那|是)?(?:为什么|为啥|为何|什么原因|啥原因|原因是什么|原因呢|原因)"
                       r"[呢啊？?]*")


def _declined_whole(whole: Answer, text: str) -> bool:
    """The line's firm decline is of everything it asks: never answered clause by clause."""
    return whole.firm and (whole.intent in LINE_DECLINED or CARRIED_SPLIT_ASKED.search(text)
                           is not None)


class Lines:
    """The line-level steps of Engine.ask (see the module)."""

    def _clause_by_clause(self, text: str, whole: Answer, state: State, chat: str | None
                          ) -> tuple[Answer, State]:
        """接待费花了多少 接待了多少人: two questions in one line, the whole line answered only
        the first; each later one is answered in the first's context and added, when it is
        answered with figures of its own. A line answered as its last question only (收入多少，支出
        多少，还剩多少) is answered clause by clause when each asks the same kind of question of
        another thing. A decline of the whole line stands."""
        clauses = [c for c in CLAUSE_BREAK.split(text) if c.strip()]
        if len(clauses) == 1:  # 降了多少钱，前一年是多少: a comma between two questions
            clauses = [c for c in COMMA.split(text) if c.strip()]
        if len(clauses) == 2 and WHY_ALONE.fullmatch(clauses[1].strip()) and \
                FIGURE_ASKED.search(clauses[0]) and (whole.intent or "") != "figure.reason":
            first, turn = self._ask(clauses[0], self._state_of(chat))  # 收入比上年少了多少，
            why, turn = self._ask(clauses[1], turn)  # 为什么: the figure, then its reason
            if first.answered and why.answered:
                return joined(first, [first, why], question=text), turn
        if (not whole.answered and not _declined_whole(whole, text)
                or whole.intent == PASSAGE) and not whole.options and \
                2 <= len(clauses) <= 3 and all(map(ASKS.search, clauses)):
            # 那接待呢，接待了多少人: no one sentence
            return self._each_alone(clauses, whole, state, chat)
        if whole.answered and whole.intent == "figure.reason" and not whole.figures and \
                2 <= len(clauses) <= 3 and FIGURE_ASKED.search(clauses[0]):
            return self._first_dropped(clauses, whole, state, chat)
        if whole.answered and (whole.intent or "").startswith("glossary.") and \
                2 <= len(clauses) <= 3 and any(map(FIGURES_TOO.search, clauses[1:])):
            return self._meaning_then_figures(clauses, whole, state, chat)
        if whole.answered and whole.figures and 2 <= len(clauses) <= 3 and \
                FIGURE_CHECKED.search(clauses[-1]) and not FIGURE_CHECKED.search(text[:-len(
                    clauses[-1])]):  # 变化大吗？那就是说2023年是182.1万对吧: the figure checked
            _, turn = self._ask(text[:-len(clauses[-1])], self._state_of(chat))  # in the
            checked, turn = self._ask(clauses[-1], turn)  # context of what came before it
            if checked.answered and checked.figures and not all(
                    f in whole.answer for f in checked.figures):
                return joined(whole, [whole, checked]), turn
        if not whole.answered or not whole.figures or not 2 <= len(clauses) <= 3 or not all(
                CLAUSE_ASKS.search(c) or i and YES_NO.search(c) for i, c in enumerate(clauses)
        ) or any(  # (…多少，里面有项目支出吗: a later clause asks whether there is one)
                COMPARES.search(c) and not BOTH_UNITS.search(c) for c in clauses[1:]) and (
                whole.intent in COMPARED_KINDS and whole.intent != "figure.difference"
                or COMPUTED in whole.answer):  # (a difference is no answer uncomputed)
            # (普陀的呢，两家差多少: the second unit's figure, then the two set against each other)
            return whole, state
        turn = self._state_of(chat)
        first, turn = self._ask(clauses[0], turn)
        if not first.answered or not first.figures:
            return whole, state
        if not set(whole.figures) <= set(first.figures):
            if len(clauses) == 2 and first.figures[0] not in whole.answer and (
                    whole.figures[0] not in first.answer or whole.intent == "figure.reason") \
                    and whole.intent != first.intent:
                # 占总收入百分之几？跟去年比呢: the line answered its last question only; the
                # first, of the same thing, is answered before it
                return joined(whole, [first, whole]), state
            return self._each_of_another(clauses, first, whole, state, turn)
        added = []
        for clause in clauses[1:]:
            answer, turn = self._ask(clause, turn)
            why = answer.intent == "figure.reason" and answer.answered and \
                answer.answer.partition("（")[0].partition("：")[2] not in whole.answer
            if not why and (not answer.answered or not answer.figures):
                return whole, state  # (多了多少，为啥: the reason is new beside its figures)
            stated = whole.answer.partition("原文")[0]  # (a figure only quoted is not said:
            # 收入多少，支出多少 after a sentence that quotes both)
            if why or not (all(f in whole.figures for f in answer.figures) or (
                    answer.intent == whole.intent and all(f in stated for f in answer.figures))):
                added.append(answer)  # (…16年是多少，翻倍了没: the last says nothing new)
        if not added:
            return whole, state
        return joined(whole, [whole, *added]), turn

    def _each_of_another(self, clauses: list[str], first: Answer, whole: Answer, state: State,
                         turn: State) -> tuple[Answer, State]:
        """收入多少，支出多少，还剩多少: the line as a whole answered its last question only; when
        each clause asks the same kind of question of another thing, each is answered."""
        if any(f in whole.answer for f in first.figures):
            return whole, state  # the first clause asked what the whole line answered
        answers = [first]
        for clause in clauses[1:]:
            answer, turn = self._ask(clause, turn)
            if not answer.answered or not answer.figures:
                return whole, state
            answers.append(answer)
        heads = [a.answer.split("\n", 1)[0].partition("：")[0] for a in answers]
        if not set(whole.figures) <= set(answers[-1].figures) or len(set(heads)) < len(heads) \
                or len({a.intent for a in answers}) > 1:
            return whole, state
        return joined(first, answers, question=whole.question), turn

    def _each_alone(self, clauses: list[str], whole: Answer, state: State, chat: str | None
                    ) -> tuple[Answer, State]:
        """钱都花哪了？财政一年给了多少？: the line as one question is declined, yet each of its
        questions is answered with figures — on its own, else after the one before (收入多少？
        比上年呢？): each answer; one the disclosure firmly does not list (另外开会花了多少) is
        said so beside the others. Any other not: the decline stands."""
        before = turn = self._state_of(chat)
        answers = []
        for at, clause in enumerate(clauses):
            answer, alone = self._ask(clause, turn if answers and COMPARES.search(clause)
                                      else before)  # …多少？比荷塘多了多少: against the one before
            if not answer.answered and answers:
                answer, alone = self._ask(clause, turn)
            if not answer.answered and len(answers) >= 2 and COMPARES.search(clause):
                asked = before  # 收入多少，支出多少，两者差多少: after the clauses before it,
                for earlier in clauses[:at]:  # each asked in turn
                    _, asked = self._ask(earlier, asked)
                answer, alone = self._ask(clause, asked)
            unlisted = not answer.answered and answer.firm and not answer.options
            better = whole.intent == PASSAGE and answer.confidence >= whole.confidence  # than
            sure = answer.confidence >= SURE_SENTENCE and FIGURE_ASKED.search(clause) is not None \
                and re.search(r"\d", answer.answer) is not None  # the line's; 受理了多少件业务，
            fits = answer.intent == PASSAGE and (better or sure)  # 满意率多少: held whole
            if not unlisted and not fits and (not answer.answered or not answer.figures
                                              or answer.intent == PASSAGE):
                return whole, state  # a sentence found loosely for a clause is no answer
            answers.append(answer)
            turn = alone if answer.answered else turn
        said = [a for a in answers if a.answered]
        if not said:
            return whole, state
        personal = next((a for a in answers if a.intent == "figure.personal"), None)
        if personal is not None:  # 接洽人夏泉家住哪，工资多少: the line is of a person,
            return replace(personal, question=whole.question), state  # never the unit's pay
        unlisted = [a for a in answers if not a.answered and a.firm]
        if unlisted and all(a.intent == PASSAGE for a in said):  # 是哪几个项目，每个多少分:
            return replace(unlisted[0], question=whole.question), state  # not listed; the
            # sentence of their number answers neither
        return joined(said[0], answers, question=whole.question), turn

    def _meaning_then_figures(self, clauses: list[str], whole: Answer, state: State,
                              chat: str | None) -> tuple[Answer, State]:
        """是一回事吗？各多少 / 数一样吗: the meanings the line was answered with, then the
        figures its later questions ask, each in the first one's context."""
        turn = self._state_of(chat)
        _, turn = self._ask(clauses[0], turn)
        added = []
        for clause in clauses[1:]:
            answer, turn = self._ask(clause, turn)
            if answer.answered and answer.figures:
                added.append(answer)
        if not added:
            return whole, state
        return joined(whole, [whole, *added]), turn

    def _first_dropped(self, clauses: list[str], whole: Answer, state: State, chat: str | None
                       ) -> tuple[Answer, State]:
        """跟预算比少了多少？为什么会比预算少: the whole line answered only its reason, with no
        figure; when a later question alone is answered so, every question is, each in turn."""
        turn = self._state_of(chat)
        answers = []
        for clause in clauses:
            answer, turn = self._ask(clause, turn)
            answers.append(answer)
        first, *later = answers
        if not first.answered or not first.figures or \
                whole.answer not in [a.answer for a in later]:
            return whole, state
        said = [first] + [a for a in later if a.answered and a.answer.partition("：")[2].split(
            "\n")[0] not in first.answer]  # a reason the first answer gives is not said again
        return joined(whole, said, intent=first.intent), turn

    def _picked(self, text: str, state: State) -> list[str]:
        """After 请问您问的是哪一个: a reply that only names one of the departments offered (普陀
        财政局的), or says both (两个都说说), picks the questions offered for them."""
        if not state.options:
            return []
        said = self.normalizer(text)
        if ALL_OF_THEM.fullmatch(PICK_FILLER.sub("", said)):
            return list(state.options)
        place = PICKED_BY_PLACE.fullmatch(PICK_FILLER.sub("", said))
        if place:  # 第二个, 后一个: the option at that place in the list offered
            at = len(state.options) - 1 if place.group(2) else 0 if place.group(3) else (
                number_said(place.group(1)) or 0) - 1
            return [state.options[at]] if 0 <= at < len(state.options) else []
        offered = {o: self.matcher.directory.find(self.normalizer(o)).named for o in state.options}
        if not PICK_FILLER.sub("", said):  # 2024年的: the one department loaded for that year
            years = {int(m.group(1)) for m in YEAR.finditer(said)}
            picks = [o for o, named in offered.items() if len(named) == 1 and any(
                self.docs[d].doc["year"] in years for d in self.matcher.docs_of(named[0]))]
            return picks if len(picks) == 1 else []
        found = self.matcher.directory.find(said)
        if len(found.named) != 1 or PICK_FILLER.sub("", found.cut(said)):
            return []
        return [o for o, named in offered.items() if named == found.named][:1]

    def _asked_last(self, text: str, whole: Answer, state: State) -> Answer:
        """说明里讲其他收入减少是因为债务收入减少，那债务收入是多少: the line asks last for an item
        no loaded table or sentence names (债务收入); what the earlier clause names is not it."""
        clauses = [c for c in CLAUSE_BREAK.split(text) for c in COMMA.split(c) if c.strip()]
        if not whole.answered or len(clauses) < 2 or not FIGURE_ASKED.search(clauses[-1]):
            return whole
        said = self.normalizer(clauses[-1])
        said = self.matcher.directory.find(said).cut(said, "，")  # 普陀财政局各花了多少: no item
        # of its name
        item = MONEY_ITEM.search(said.rpartition("的")[2])
        if item is None or not GENERIC_LEAD.sub("", item.group(1)[:-2]) or \
                HOW_ASKED.search(item.group(1)) or \
                item.group(1) in whole.answer.partition("原因")[0] or \
                REST_SAID.search(said) and COMPUTED in whole.answer:
            return whole  # 最后实际花了多少, 比预算少花了多少, 支出比收入多了多少, 每100块实际
            # 只花了几块: how it asks, no item (除了教育，剩下几类支出: the rest, worked out)
        last = self.matcher.match(clauses[-1], self._context_docs(state))
        if last.hits:
            return whole
        missing = f"决算没有单独列出“{item.group(1)}”的数字。"
        if any(map(FIGURE_ASKED.search, clauses[:-1])):  # X占多少，Y又占多少: X's answer stays
            return replace(whole, answer=f"{whole.answer}\n\n{missing}")
        return decline(text, missing, whole.intent, whole.confidence)

    def _several(self, questions: list[str], state: State) -> tuple[Answer, State]:
        """Each question in turn, in one conversation; one answer holding every reply."""
        answers = []
        for question in questions:
            answer, state = self._ask(question, state)
            answers.append(answer)
        if len(answers) == 1:
            return answers[0], state
        said = [a for a in answers if a.answered] or answers
        return joined(said[0], said, answered=any(a.answered for a in said)), state

    def _own_unit_set_aside(self, text: str, state: State) -> tuple[str, Answer | None]:
        """我们局人员经费占七成，你们…人员经费多少: the clauses about the asker's own unit (its
        word and a figure of its own, no loaded unit named) are set aside and the rest asked; 你们
        呢 after them asks the thing they name, of this unit. A line about the asker's own unit
        alone is declined: its figures are not loaded."""
        if not OWN_UNIT.search(text):
            return text, None  # the asker's unit is not said: nothing set aside (most lines)
        clauses = CLAUSES.findall(text)
        own = [c for c in clauses if OWN_UNIT.search(c) and OWN_FIGURE.search(c)
               and not self.matcher.directory.find(self.normalizer(c)).named]
        if not own:
            return text, None
        rest = [c for c in clauses if c not in own]
        named = any(self.matcher.directory.find(self.normalizer(c)).named for c in rest)
        if not (named or any(YOURS.search(c) for c in rest)):
            return text, replace(decline(text, "决算只公开载入的单位自己的收支，没有你们单位的"
                                         "数字，没法替你们单位查或算。可以问载入单位的数字。"),
                                 firm=True)
        asked = "".join(rest)
        if not self.matcher.match(asked, self._context_docs(state)).hits:  # 你们呢: their thing
            asked = "".join(OWN_FIGURE.sub("", OWN_UNIT.sub("", c)) for c in own) + asked
        return asked, None

    def _after_preamble(self, text: str, whole: Answer, state: State) -> tuple[Answer, State]:
        """我是普陀的老百姓 平时也不懂这些 就想知道…花在哪了: a line declined as a whole is asked
        again without its leading clauses that ask nothing and name no thing (a department they
        name stays the one asked about; one naming a year or a thing keeps the decline), nor the
        closing ones that ask nothing (谢谢，麻烦说清楚点)."""
        if not whole.answered and not whole.options and whole.intent == "glossary.reverse":
            return self._describing_sentence(text, whole, state)
        if whole.answered or whole.options or whole.intent is not None:
            return whole, state  # only a line whose kind of question was not recognised at all
        clauses = [c for c in CLAUSE_BREAK.split(text) if c.strip()]
        start = next((i for i, c in enumerate(clauses) if ASKS.search(c)), 0)
        end = max((i + 1 for i, c in enumerate(clauses) if ASKS.search(c)), default=len(clauses))
        after = " ".join(clauses[end:])  # …多少件业务啊？我眼睛不好，麻烦说清楚点，谢谢
        if after and (YEAR_SAID.search(after) or self.matcher.match(after).hits):
            end = len(clauses)  # a closing clause that names something is part of the question
        preamble = " ".join(clauses[:start])
        if not (start or end < len(clauses)) or YEAR_SAID.search(preamble):
            return whole, state
        said = self.matcher.match(preamble)
        if said.hits or said.unknown_department or said.ambiguous_departments:
            return whole, state
        turn = state
        departments = {self.docs[d].doc["department"] for d in said.named_docs}
        if len(departments) == 1:
            turn = state.with_(department=departments.pop())
        answer, turn = self._ask(" ".join(clauses[start:end]), turn)
        if not answer.answered:
            return whole, state
        return replace(answer, question=whole.question), turn

    def _after_story(self, text: str, whole: Answer, state: State, chat: str | None
                     ) -> tuple[Answer, State]:
        """我是退休老师，平时关心老同志待遇，也看过几个单位的决算，想问问普陀财政局…支出多少: a
        line declined, answered only by a sentence near it, or answered unsurely as the story
        alone would be (看过几个单位的决算: the units), after a story told first, is asked again
        from where it turns to the question (想问问, 请问), and answered so when that is surer; a
        department or year the story names is kept when the question names none."""
        if whole.answered and whole.intent != PASSAGE and whole.confidence >= SURE_STORY or \
                whole.options:
            return whole, state
        lead = max(LEAD.finditer(text), key=lambda m: m.start(), default=None)  # the last
        if lead is None or lead.start() < STORY or len(text) - lead.end() < 4:
            return whole, state
        story, asked = text[:lead.start()], text[lead.end():]
        if whole.answered and whole.intent != PASSAGE:
            told_alone, _ = self._ask(story, state)
            if not told_alone.answered or told_alone.intent != whole.intent:
                return whole, state  # answered by the question, not by the story's words
        said = self.matcher.match(asked, self._context_docs(state))
        told = self.matcher.directory.find(self.normalizer(story))
        if not said.named_docs and len(told.spans) == 1 and not told.unknown:
            start, end = told.spans[0]
            asked = self.normalizer(story)[start:end] + asked  # 回来翻了下他们…，想打电话问问
        year = YEAR_SAID.search(story)
        if not said.years and year and not YEAR_SAID.search(asked):
            asked = year.group(0) + asked  # 他们2017年的决算…想问问: that year's
        answer, turn = self._ask(asked, state)
        if not answer.answered:  # …受理了多少件业务，当场即办的比例有多少: each question
            answer, turn = self._clause_by_clause(asked, answer, turn, chat)
            answer, turn = self._each_asked(asked, answer, turn, chat)
        if not answer.answered or whole.answered and answer.confidence <= whole.confidence:
            return whole, state
        return replace(answer, question=whole.question), turn

    def _describing_sentence(self, text: str, whole: Answer, state: State
                             ) -> tuple[Answer, State]:
        """你好，我是做小生意的。…补窟窿，这个叫啥？谢谢: a term described in plain words is
        looked for with the sentence that asks for it, not the greetings around it."""
        sentences = [s for s in SENTENCE_BREAK.split(text) if s.strip()]
        asking = [s for s in sentences if ASKS.search(s)]
        if len(sentences) < 2 or len(asking) != 1:
            return whole, state
        answer, turn = self._ask(asking[0], state)
        if not answer.answered:
            return whole, state
        return replace(answer, question=whole.question), turn

    def _each_asked(self, text: str, whole: Answer, state: State, chat: str | None
                    ) -> tuple[Answer, State]:
        """受理多少件、满意率多少、即办率多少: a line declined as a whole that lists two to four
        questions, each asking on its own, is answered question by question — only when every
        one of them is answered by a figure, a term or a fact of its own (no sentence merely
        near it, no answer twice)."""
        if whole.answered or whole.options or _declined_whole(whole, text):
            return whole, state
        clauses = [c for c in LIST_BREAK.split(text) if c.strip()]
        if not 2 <= len(clauses) <= 4 or not all(
                CLAUSE_ASKS.search(c) or YES_NO.search(c) for c in clauses):
            return whole, state
        turn = self._state_of(chat)
        answers = []
        for clause in clauses:
            answer, turn = self._ask(clause, turn)
            confirmed = not answer.answered and NOT_STATED.search(answer.answer) and \
                answer.answer == whole.answer and not CLAUSE_ASKS.search(clause)  # 超预算没,
            # never a figure asked (X和Y各多少 with Y not stated stays declined whole)
            if answer.intent == PASSAGE or any(a.answer == answer.answer for a in answers) or \
                    not (answer.answered and CLAUSE_ASKS.search(clause) or confirmed):
                return whole, state  # a sentence found loosely for a part is no answer to it
            answers.append(answer)  # 花了多少，超预算没: the figure, and that no budget is stated
            # (the decline the whole line was given, confirmed by its own question)
        if not any(a.answered and a.figures for a in answers):
            return whole, state
        return joined(whole, answers, answered=True, intent=answers[0].intent), turn

    def _ordinal(self, text: str, state: State) -> tuple[Answer, int] | None:
        """第二个呢 after a list just quoted (一是…二是…, 1.…2.…, · …): that item of it, as
        written, with its place; 下一个: the one after the item last given or asked."""
        said = ORDINAL.fullmatch(self.normalizer(text))
        items = state.listed if said else ()
        if not items:
            return None
        word = said.group(1) or said.group(2) or said.group(3)
        n = len(items) if word == "最后" else _at(items, state) + 1 if word == "下" \
            else int(ORDINALS.get(word, word))
        if not 1 <= n <= len(items):
            return decline(text, f"刚才列出的只有{len(items)}项。"), 0
        if state.listed_source and state.listed_source.section == "名词解释":  # 名词解释有哪些,
            term = re.sub(r"^\d+[.、]", "", items[n - 1])  # 第四个呢: that term, defined
            defined, _ = self._ask(f"{term}是什么意思", state)
            if defined.answered:
                return replace(defined, question=text), n
        return Answer(text, True, state.intent, 1.0, f"第{n}项：{items[n - 1]}",
                      (state.listed_source,) if state.listed_source else ()), n


def _at(items: tuple[str, ...], state: State) -> int:
    """The place of the item last given by its place, else of the last item the question
    before named (先说工资福利: the first), else 0."""
    if state.listed_at:
        return state.listed_at
    named = [i for i, item in enumerate(items, 1)
             if (core := ITEM_CORE.match(item)) and core.group(1) in state.question]
    return named[-1] if named else 0


# an item's name, without its kind's last word (工资福利支出89.71万元 → 工资福利)
ITEM_CORE = re.compile(r"(?:· )?([\u4e00-\u9fff()（）]{2,}?)(?:支出|经费|费用|费|收入)?"
                       r"(?=[\d（(：:]|$)")


def listed(answer: str) -> tuple[str, ...]:
    """一是…二是…, 1.…2.…: the items of a list an answer gives, counted in order, wherever it
    starts in its first paragraph (before the figures in brackets), else in its reasons."""
    lines = answer.split("\n")
    for text in [lines[0]] + [line for line in lines[1:] if line.startswith("原因：")]:
        text = text.split("（")[0]  # 原因：1.…2.… under a figure: the reasons given with it
        items = tuple(items_of(text)) or tuple(_counted(text))
        if items:
            return items
    styles: dict[int, list[str]] = {}  # 主要职能：1、… one item a line, numbered in one style
    for line in lines[1:]:
        m = NUMBERED_LINE.match(line)
        if m:
            styles.setdefault(m.lastindex or 0, []).append(line)
    numbered = max(styles.values(), key=len, default=[])
    if len(numbered) >= 2:
        return tuple(numbered)
    bullets = [line[len(BULLET):] for line in lines[1:] if line.startswith(BULLET)]
    return tuple(bullets) if len(bullets) >= 2 else ()


def _counted(sentence: str) -> list[str]:
    marks = [m for m in COUNTED_ITEM.finditer(sentence)]
    numbers = [ORDINALS.get(m.group(1) or "", 0) or int(m.group(2) or 0) for m in marks]
    if len(marks) < 2 or numbers[:len(marks)] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(sentence)]
    return [sentence[m.start():end].rstrip(";；,， ") for m, end in zip(marks, ends, strict=True)]

