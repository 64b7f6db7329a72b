"""The answer engine: store + matcher + handlers, built once; ask(text) → Answer, never raises."""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bot import compare, conversation, handlers, lines, regexes, store, wording
from bot.answer import Answer, Source
from bot.arbiter import GENERIC_ANSWERS, INCLUDES, decide
from bot.codes import code_names, expand_codes, unknown_code
from bot.conversation import TRAILING, Conversations, State
from bot.followups import ALL_FUNDS, SET_AGAINST, FollowUps, meaning_for_amount
from bot.handlers import EARLIER_ASKED, FIGURES, Context, DocIndex, decline
from bot.intents import IntentData, load
from bot.library import Library
from bot.lines import ASKS, FIGURE_ASKED, Lines, listed
from bot.measures import Measures
from bot.nlu import (
    INTENT_CUTOFF,
    JOINTS,
    PLACEHOLDER,
    Document,
    Entry,
    Hit,
    Match,
    Matcher,
    Template,
    any_of,
)
from bot.normalize import Normalizer, fold
from bot.passages import (
    DEFINES,
    PASSAGE,
    THRESHOLD,
    Candidate,
    Passages,
    other_thing,
    unknown_english,
)
from bot.several import ABOVE_ASKED, EACH, OVER_LAST_YEAR, earlier_stated, from_to
from bot.store import StoreError, open_readonly
from bot.vocab import MONEY_UNITS
from bot.years import EARLIER, PER_DAY_OR_MONTH, part_of_year, years_loaded

log = logging.getLogger(__name__)
MAX_QUESTION = 500  # characters read of one question; the rest is ignored
MAX_LISTED = 5  # names listed in one reply at most
PURPOSE = re.compile(r"干嘛|干什么|做什么|干啥|是什么意思|指什么|什么意思")  # asks what X is
MEANING = re.compile(r"意思|指什么|是指")  # …as a word: the glossary, not the money's use
LEAD_THING = re.compile(r"^[^：（]*?\d{4}年度([^：（，。]+?)(?:（[^）]*）)?：")  # …年度X（…）：
DUTY_KINDS = ("org.duties", "org.who_handles")  # answers that quote the unit's duties
DUTIES_SECTION = "主要职能"  # the section a duty quoted is of
# whether a topic said is the unit's duty (也是它维护的吗, 归他们管不)
DUTY_ASKED = re.compile(r"(?:也|都|还)?(?:是|归|由)?"
                        r"(?:它们|它|他们|你们|这个单位|这个中心|这个部门)(?:来)?"
                        r"(?:维护|负责|管理|管|承办|牵头|建设|运营)的?(?:吗|么|不|没有|没)?$")
TOPIC_WORDS = re.compile(r"方面|这块|那块|这一块|那一块|这方面|那方面|的事|的工作|这一项|那一项")
DEFINED = re.compile(MEANING.pattern + r"|是什么|什么是|什么叫|啥叫|含义")  # the meaning asked
TERM_FOUND = re.compile(r"^这是“([^”]+)”")  # the term a description was found to be
BOTH_ASKED = re.compile(DEFINED.pattern + r"|是啥")  # the meaning asked beside the money
USE_SAID = re.compile(r"用于|用在|用途|用来|主要是|包括|开展|购买|购置|支付|维护|运维|建设|改革"
                      r"|发放")  # a sentence saying what money went to
SCOPE_SECOND = re.compile(r"(年初|年末|本年|上年)(财政拨款)(.+)")
CHANGED = re.compile(r"变|增|减|涨|降|升|跌|多了|少了|差(?:了|多少|几|额)")  # 和2023年比差多少
COMPRISES = re.compile(r"主要有哪些|主要是哪些|有哪些$")  # 其他收入主要有哪些: a term's own list
# 主任是谁, 他一年工资多少: one person's pay (他们 is the unit)
PERSON_PAID = re.compile(r"(?<![其吉])(?:他|她)(?!们)[^，,。？?\s]{0,6}?"
                         r"(?:工资|薪水|薪酬|年薪|月薪|奖金|待遇)")
BACKWARD = re.compile(r"倒推|反推|推算|倒算|算回|往回推|推一下|推出")  # 按减少额倒推: a means
OF_WHOLE = re.compile(r"占(?:了|到|全部|整个|全)?$")  # said just before the whole of a share
YOU_SAID = re.compile(r"你(?:刚才|前面|上面)?(?:说|提到|讲)的")  # a word of the bot's own answer
# what a sentence must say to answer a kind asked of a thing named (a budget, a change)
KIND_SAID = {"figure.budget": re.compile(r"预算"),
             "figure.change": re.compile(r"上年|去年|同比|增加|减少|增长|下降|降低|持平|提高"),
             "figure.share": re.compile(r"占|%|比例|比重|成"),
             "figure.last_year": re.compile(r"上年|去年|上一年|以前年度|\d{4}年")}
QUOTES = re.compile(r"[“”\"'‘’「」]")  # "三公"经费 is 三公经费
QUOTED_WORD = re.compile(r"[“\"‘「]([^”\"’」]{2,12})[”\"’」]")  # 你说的“结转”是啥: the word asked
NONE_SAID = re.compile(r"(?:年度|本年|当年|均)无[\u4e00-\u9fff]{2,30}?(?:收入|支出)")  # none spent
AMOUNT_AFTER = r"[^。；;，,、]{0,8}?\d"  # an item's name followed by its amount in a sentence
CAUSE = re.compile(r"因为|由于|因(?!此)|结合|原因|为了|鉴于|所以")  # a sentence stating why
WHY = re.compile(r"为什么|为啥|为何|原因|理由|缘故|怎么会|是不是因为|是因为|是由于")  # …: a reason
COMPARED = re.compile(r"(的)?(比|较)(当年|今年|本年|同年|同期)?(的)?")  # between X and Y
MORE_OR_LESS = re.compile(r"(的)?(还|要)?(多|少|高|低)")  # after them: X − Y is asked
# What a question for a bare total (今年一共支出多少) may hold besides 收入 or 支出.
BARE_WORDS = re.compile(r"\d{4}年?度?|今年|去年|本年|全年|当年|一年|年度|一共|总共|合计|总计|"
                        r"共|总|全部|所有|的|是|了|有|多少钱?|几|万元?|钱|花|用|实际|决算|数|额|"
                        r"大概|到底|呢|吗|" + PER_DAY_OR_MONTH + "|"
                        r"上年|去年|前一年|比|跟|和|与|同|较|相比|同比|增加|减少|增长|下降|降低|涨|降|"
                        r"增|减|多|少|百分之|%|成|幅度|变化|比例|占|这|那|它|单位|部门|哪个|哪家|谁"
                        r"|学校|学院|大学|机关|中心|局里|本局")  # 学校支出: the unit's own total
BARE_REST = 4  # characters left beyond those: the question names something narrower
# said just before the bare word: 全年支出, 学校支出, 日均收入
BARE_LEAD = "总全的年部个谁它那这和与跟同及天日月均校院位门关心局"
# a place's own finances, which no unit's accounts state (普陀区财政收入 is no 财政拨款收入)
REGIONAL = re.compile(r"(?<!拨款)财政收入|财政总收入|税收收入|税收|地方财政|一般公共预算收入")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# words said before a name that make no other item of it (全年事业收入, 学校的, 其中…)
LEAD_GENERIC = re.compile(handlers.UNIT_OR_YEAR + r"|其中|这|那|该|的|和|与|及|或|是|有|在|了"
                          r"|多少|一共|合计|决算|预算|实际|年初|年末|一般公共预算|财政拨款|上年|去年")
# …的财政拨款多少, 住房公积金(里)财政拨款: the funds a thing is asked of
AGAINST_UNIT = re.compile(r"(?:跟|和|与|同)$")  # …跟普陀财政局的比: the unit set against
# a table named in the last turn (财政拨款收入支出决算总表), and its bottom line asked bare now
TABLE_SAID = re.compile(r"[\u4e00-\u9fff]{2,16}?决算(?:总)?表|收支总表")
BOTTOM_ASKED = re.compile(r"(?:那|这){0,2}(?:张表|个表|表)?(?:的|里)?(?:最后|最底下|最下面)?的?"
                          r"(?:那个|这个|那行|那|这)?(?:总计|合计|总合计)数?(?:到底|究竟)?"
                          r"(?:是|有|为)?(?:多少万?)?")  # (那个合计数到底是多少万)
FUNDS_OF = re.compile(r"的?财政拨款(?:支出|收入)?(?:的|多|少|是|了)*")
FUNDS_JOIN = re.compile(r"(?:的|里|中|里面|当中)?的?")
EXISTS_ASKED = re.compile(r"有没有|有无|是否有|有.{0,8}[吗么嘛]")  # 事业收入有没有
# an answer that leads with the year's total of a side (本年支出合计, 支出总计, 收入支出总计)
SIDE_TOTAL_LED = re.compile(r"[^\n]{0,30}年度(?:：收入支出决算总表「本年支出合计」"
                            r"|(?:本年)?支出合计：决算数|支出总计：决算数|收入支出总计：决算数)")
# how a total is asked, the unit and the year pointed at: no deed of its own
ASKING_FILLER = re.compile(
    r"一年到头|一年下来|一整年|全年|一年|今年|这一年|当年|本年|年度|一共|总共|总计|合计"
    r"|加起来|到底|究竟|大概|大约|差不多|左右|多少钱|多少|几|钱|万元|万|元|花掉|花了|花"
    r"|用掉|用了|出去|支出|开支|实际|真正|最后|全部|所有|总|请问|问下|问问|想问|我想|好奇"
    r"|他们|它|这个|那个|单位|部门|局里|中心|学校|的|了|啊|呀|吗|呢|吧|嘛|哦|一下|一"
    r"|决算|总数|总额|数目|数字|是|又|还|也|那么|那|好的|好|嗯|行|请|给我|告诉我|说说|说下"
    r"|讲讲|查查|查一下|帮我|麻烦|谢谢|大致|大体|具体|下来|整个|整体|总体|个数|个"
    r"|大学|这所|这家|该|咱们|我们|报告期内|期内|年底|年终|年内|里面|里头|开销|花销|花费|财年")
DEED_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")
INCLUDES_ASKED = re.compile(r"包括|包含|含哪|含有哪|由哪些|有哪些内容")  # what a thing covers
LISTED_IN_ANSWER = re.compile(r"包括|包含|其中|用于|主要有|：指|:指")  # …and an answer listing it
# 公车属于基本支出还是项目支出: which of the two kinds a thing is (a table row's columns say it)
KIND_OF_ASKED = re.compile(r"(?:属于|算|是|归)(?:基本支出|项目支出)还是(?:基本支出|项目支出)")
KIND_TOTAL_LED = re.compile(r"[^\n]{0,30}年度(?:基本支出|项目支出)(?:（财政拨款）)?：")
# 留学生里有多少人拿奖学金: a part of a count, picked out by what its people do or have
COUNTED_AMONG = re.compile(r"(?:里|中|当中|里面|里头)(?:有|一共有|共有)?(?:多少|几)(?:个)?"
                           r"(?:人|位|名)((?:拿|获|享受|领|得到|申请|参加|住|来自|毕业|出国|读|是女|是男)"
                           r"[\u4e00-\u9fff]{0,6})")
# what a word means or covers asked (never whether there is any of it, nor its amount)
MEANING_ASKED = re.compile(r"意思|解释|定义|是什么|是啥|指什么|指啥|指的|含义|叫|算|区别"
                           r"|属于|概念|说法|哪个词|什么词|怎么理解|包括")
# a figure worked out from others (added, set against, divided), never quoted as it is
WORKED_OUT = re.compile(r"加起来|加一起|加在一起|合起来|加一块|一共几|总共几|几倍|多少倍|多增|多减"
                        r"|隔了多少|相隔|摊到|加上[^。？?]{0,20}?(?:一共|总共|合计)")
LAST_YEAR_SAID = re.compile(r"上年|去年|上一年|前一年")  # the change on last year asked
UNNAMED_PASSAGE = 0.9  # several departments loaded, none named: a passage must fit this well
# a money item said in words of its own (教育经费), between the names found and the asking words
ITEM_PIECES = re.compile(rf"(?:(?!{PLACEHOLDER}|的)[^，,。？?、\s])+")
NOT_OWN = re.compile(r"[这那哪什么啥叫个]")  # 叫什么经费, 这个科目全部资金: no item's own words
OWN_ITEM = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:经费|费用|资金|款项)")
# the department not talked about, said without its name (另一个单位, 另外那家)
OTHER_UNIT = re.compile(r"另(?:外)?(?:一|那)?(?:个|家)(?:单位|部门|机关)|另外那家|另一家")
# kinds a follow-up naming nothing asks of the item asked before (年初预算是多少, 为什么没花完)
OF_AN_ITEM = ("amount", "budget", "change", "share", "reason", "last_year")
POINTED_LAST = re.compile(r"[那这](?=[^那这]+$)")  # 接待费降了，那开会花的呢: what 那 points to
BARE = 6  # a question of a word or two, no kind asked: 人头费, 基建
PART_ASKED = re.compile(r"其中")  # 其中基建呢: a part of the last figure, a number stated for it
WHOLE_YEAR = re.compile(r"总|全|一共|共计|合计|一年|年度|单位|部门|它")  # the year's total asked
SAME_SENTENCE = 0.4  # a follow-up answered by the sentence just quoted needs less cover
ACROSS = {"total", "ranking", "difference"}  # of several things in one document
ACROSS_KINDS = ACROSS | {"compare"}  # …asked of one total across departments
SMALLTALK = {"greet", "thanks", "help", "decline"}  # never read as a follow-up
REMATCHING = {"reason", "define"}  # handlers that look again among a narrower vocabulary
# handlers that find their own things when none is named (哪方面花钱最多: the spending classes;
# 金额单位是什么: the unit the money is stated in)
OUT_OF_SCOPE = "out_of_scope"  # read before a figure's kind whose cue is said, after a figure
BARE_LEFT = 2  # characters a follow-up says beside its asking words (具体数字多少: 数字)
DESCRIBED = 4  # characters a description says beside the words asking for its name
OWN_THINGS = REMATCHING | {"ranking", "unit", "zeros", "budget", "belongs"}  # (belongs: a row
# described, not named, is looked up as a term)
YEARS = re.compile(r"\d{4}年?度?(和|与|、|跟|及|同)\d{4}")
DEICTIC = re.compile(r"(?:这个|这家|该|本|贵|你们|他们|咱们)(?:单位|部门|机构)|贵局|你们|他们")


YEAR_WORDS_SAID = re.compile(r"比|上年|去年|上一年|前一年|前年|今年|同比")

# an item's own words inside the office's prefix and the kind's suffix (财政|委托业务|支出): one
# way people name it, when no other item has the same words
CORE_OF = re.compile(r"财政(?!拨款)([\u4e00-\u9fff]{4,8})支出")


ROW_SAID = re.compile(r"[这那]一?行|那?一栏|这栏|行里")  # 高等教育这一行: a table's row

# 公务接待费: 公务接待 is how a sentence about it names it
THING_ENDING = re.compile(r"(?:费|经费|支出|人数|人次|金额|总额)$")


class EngineError(Exception):
    """The engine cannot start; the message is one sentence for the user."""


class Engine(FollowUps, Lines):
    """Answers questions about the loaded disclosures."""

    def __init__(self, db, data: IntentData) -> None:
        """`db`: the store, open read-only; documents' records are read from it when used."""
        self.data = data
        vocab = data.vocabulary
        self.normalizer = Normalizer(vocab.typos, list(vocab.padding), list(vocab.synonyms),
                                     vocab.guards)
        self.normalizer.start_up()
        self._db = db
        rows = store.documents(db)
        self.docs = Library(rows, lambda doc_id, table: store.records_of(db, doc_id, table),
                            self.normalizer,
                            says=lambda doc_id, words: store.mentions(db, doc_id, words))
        doc_sig, vocabularies = store.vocabularies(db)
        documents = [Document(d["doc_id"], d["department"], d["year"]) for d in rows]
        entries = {sig: self._entries(names) for sig, names in vocabularies.items()}
        self._doc_sig = doc_sig
        self._names = {sig: {self.normalizer(n) for n, _, _ in names}
                       for sig, names in vocabularies.items()}
        self.matcher = Matcher(data, documents, entries, doc_sig, self.normalizer,
                               parents=lambda: store.parents(db))
        self.conversations = Conversations()
        self._across = compare.Words.of(data.sections["across"])
        self._followups = conversation.Words.of(data.sections["followups"])
        self.measures = Measures(data.sections.get("measures", {}))
        self._built_passages: Passages | None = None  # built on the first question needing it
        self._people: re.Pattern | None = None  # the persons the disclosures name, when asked
        self._codes = code_names(store.codes(db))
        self._items = tuple(self.normalizer(w) for w in vocab.items)
        self.normalizer.started()

    @classmethod
    def open(cls, db_path: str | os.PathLike) -> Engine:
        """Open the database and load the intents; EngineError with a sentence when impossible."""
        try:
            db = open_readonly(Path(db_path))
            if not db.execute("select count(*) from documents").fetchone()[0]:
                db.close()
                raise EngineError(f"数据库 {db_path} 里没有任何决算，请先运行 `juesuan build`。")
        except StoreError as err:
            raise EngineError(str(err)) from err
        return cls(db, load(handlers=set(handlers.HANDLERS)))

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------ vocabulary

    def _entries(self, named: list[tuple[str, str, bool]]) -> list[Template]:
        """The ways of naming each thing of one vocabulary (shared by every document with it):
        the names, without modifiers, the vocabulary's aliases and derived figures."""
        vocab = self.data.vocabulary
        entries: dict[tuple, Template] = {}

        def add(surface: str, name: str, kind: str, weight: float = 1.0) -> None:
            surface = self.normalizer(surface)
            if len(surface) < 2:
                return
            key = (surface, name, kind)
            if key not in entries or entries[key].weight < weight:
                entries[key] = Template(surface, name, kind, weight)

        names = {n: k for n, k, _ in named if k != "term"}
        stated = {n for n, _, s in named if s}
        cores = {n: m.group(1) for n in names if (m := CORE_OF.fullmatch(n))}
        shared = Counter(cores.values())  # words two items have are neither's
        for name, kind in names.items():
            add(name, name, kind)
            turned = SCOPE_SECOND.match(name)  # 年初财政拨款结转和结余 said 财政拨款年初…
            if turned:
                add(turned.group(2) + turned.group(1) + turned.group(3), name, kind)
            for modifier in vocab.modifiers:
                if modifier in name and len(name.replace(modifier, "")) >= 3:
                    add(name.replace(modifier, ""), name, kind, 0.9)
            if name in cores and shared[cores[name]] == 1:  # 财政委托业务支出 said 委托业务
                add(cores[name], name, kind, 0.9)
        for term in (n for n, k, _ in named if k == "term"):
            add(term, term, "term")
        def computable(derived) -> bool:  # (a part printed only as a table's row counts)
            return derived.computable(stated | (set(names) if derived.part_printed else set()))

        worked_out = {a for d in vocab.derived if d.name not in names and computable(d)
                      for a in d.aliases + (d.name,)}  # (一般公共预算财政拨款收入 of a
        # university: worked out, never its 财政拨款收入 said by that name)
        for alias, metrics, each in vocab.aliases:
            present = sorted((m for m in metrics if m in names),
                             key=lambda m: names[m] == "note")  # figures before notes
            for target in present if each else present[:1]:
                add(alias, target, names[target], 0.95)
                for other in metrics:
                    if other not in names and other not in worked_out:
                        add(other, target, names[target], 0.95)
        for derived in vocab.derived:
            if derived.name in names:
                continue  # stated: the disclosure's own figure, never a computed one
            if computable(derived):
                for alias in derived.aliases + (derived.name,):
                    add(alias, derived.name, "derived", 0.95)
        return list(entries.values())

    def derived_value(self, doc: DocIndex, name: str):
        """A figure the vocabulary defines as a difference of two stated ones, if both exist."""
        if doc.facts.get(name) or doc.cells.get(name):
            return None  # stated: the disclosure's own figure, never a computed one
        for derived in self.data.vocabulary.derived:
            if derived.name != name:
                continue
            if derived.is_rest:
                return self._rest_value(doc, derived)
            sides = []
            for options in derived.minus:
                fact = next((handlers._first(doc.facts.get(o, []), "决算数", money=True)
                             for o in options if doc.facts.get(o)), None)
                if fact is None:
                    return None
                sides.append(fact)
            a, b = sides
            diff = handlers._dec(a["number"]) - handlers._dec(b["number"])
            value = f"{handlers._fmt(abs(diff))}{a['unit']}"
            more, less = (a, b) if diff >= 0 else (b, a)  # 收入比支出多6.20万元, never -6.20
            text = (f"{doc.label}{a['metric']}{a['value']}，{b['metric']}{b['value']}，{name}："
                    f"{more['metric']}比{less['metric']}多{value}（计算得出，非原文数字）。")
            return text, [value], [a, b]
        return None

    def _rest_value(self, doc: DocIndex, derived):
        """A whole of exactly two parts, less the part stated under it: the other part."""
        part_name, wholes = derived.rest
        for part in doc.facts.get(part_name, []):
            if part["qualifier"] != "决算数" or part["parent"] not in wholes:
                continue
            whole = handlers._first(doc.facts.get(part["parent"], []), "决算数", money=True)
            if whole is None or whole["unit"] != part["unit"]:
                continue
            rest = handlers._dec(whole["number"]) - handlers._dec(part["number"])
            if rest < 0:
                return None
            value = f"{handlers._fmt(rest)}{part['unit']}"
            share = next((f["value"] for f in doc.facts.get(part_name, [])  # 占总支出的100%
                          if f["qualifier"] == "占比" and f["parent"] == part["parent"]), "")
            return _rest_said(doc, derived.name, whole, part, value, share), [value], [whole, part]
        if not derived.part_printed:
            return None
        whole = next((f for w in wholes if (f := handlers._first(doc.facts.get(w, []), "决算数",
                                                                 money=True))), None)
        part = next((handlers.cell_fact(c) for c in doc.cells.get(part_name, [])
                     if c.get("number") is not None), None)  # 其中：政府性基金预算财政拨款
        if whole is None or part is None or whole["unit"] != part["unit"]:
            return None
        rest = handlers._dec(whole["number"]) - handlers._dec(part["number"])
        if rest < 0:
            return None
        value = f"{handlers._fmt(rest)}{part['unit']}"
        return _rest_said(doc, derived.name, whole, part, value), [value], [whole, part]

    def rematch(self, match: Match, doc: DocIndex, kinds: set[str] | None = None,
                names: set[str] | None = None) -> list[Hit]:
        """Things of one document again, among fewer names (e.g. those with reasons)."""
        if names is not None:
            names = set(names)
        return self.matcher.find_things(match.text, (doc.doc["doc_id"],), kinds, names,
                                        relaxed=names is not None)

    def _duty_of_topic(self, question: str, match: Match, state: State
                       ) -> tuple[Answer, State] | None:
        """After the duties (or one of them) were quoted, a topic said alone (政府采购方面呢,
        公车这块呢) asks whether it is one of them: the duty that covers it, when one does."""
        quoted_duty = state.source is not None and DUTIES_SECTION in state.source.section
        if state.intent == "org.duties" and not match.hits and handlers.DUTIES_COUNTED.search(
                match.text):  # 主要职责有哪些, 一共列了几条: the duties, counted
            answer, after = self._ask("主要职能有几条", state.with_(intent=None))
            return replace(answer, question=question), after
        asked = DUTY_ASKED.search(match.text)  # 门户网站也是它维护的吗: whether it is its duty
        if not (state.intent in DUTY_KINDS or quoted_duty) or not (match.hits or asked) or \
                FIGURE_ASKED.search(match.text) or not asked and not conversation.bare(
                    TOPIC_WORDS.sub("", match.masked), self._followups):
            return None
        topic = TOPIC_WORDS.sub("", match.text[:asked.start()] if asked else match.text
                                ).rstrip("呢吗？?")
        if len(topic) < 2:
            return None
        answer, after = self._ask(f"负责{topic}吗", state)
        if not answer.answered or answer.intent != "org.who_handles":
            return None
        return replace(answer, question=question), after

    # ------------------------------------------------------------ answering

    def ask(self, text: str, chat: str | None = None) -> Answer:
        """Answer one question — in the context of conversation `chat` when given (a chat id, or
        chat:user in a group); any failure inside becomes a polite decline."""
        question = (text or "").replace("\x00", "")[:MAX_QUESTION]
        state = prior = self._state_of(chat)
        try:
            missing = self._unknown_code(question)
            text = expand_codes(question, self._codes)  # 2080505 → its row's name
            text = self.matcher.corrected(wording.listed(text))  # a. … b. …, links aside; 荷塘
            # 的…哦不对，普陀的: what is asked now
            text = wording.misquoted(text)  # 你刚才说3.55万是服务的吧: which item it is
            text = conversation.turns_named(text, state) or text  # 第一个和第三个差多少
            text = self._other_named(text, state)  # 另一个单位: the other one loaded, by name
            picked = self._picked(text, state) if not missing else []
            ordinal = self._ordinal(text, state) if not picked else None
            more = self._more(text, state) if not picked and ordinal is None else None
            again = self._asked_again(text, state) if not picked and ordinal is None \
                and more is None else None
            if missing:  # 2010350 of a disclosure whose tables have no such row
                answer = replace(decline(question, f"载入的决算表中没有科目编码{missing}这一行，"
                                         "查不到它的数字。"), firm=True)
            elif more is not None:  # 具体点: the sentence after the one just quoted
                answer = more
                state = state.with_(source=more.sources[0], listed=(), listed_source=None)
            elif ordinal is not None:  # 第二个呢: the second item of the list just quoted
                answer, at = ordinal
                state = state.with_(listed_at=at)
            elif again is not None:  # 刚才第一个数是多少 / 再说一遍: that question, of the
                asked, department, *fresh = again  # department it was about (a new kind
                # of that turn's thing is asked of it alone, not of the things since)
                answer, state = self._ask(asked, state.with_(
                    department=department, **({"things": (), "before": ()} if fresh else {})))
                answer = replace(answer, question=question)
            elif picked:  # 三公经费多少 / 哪一个？ / 普陀财政局的: the question offered for it
                answer, state = self._several(picked, state.with_(options=()))
                answer = replace(answer, question=question)
            elif (own := self._own_unit_set_aside(text, state))[1] is not None:
                answer = own[1]  # 我们单位接待费才1万，占比多少: the asker's unit, not loaded
            else:
                text = own[0]  # 我们局…占七成，你们的呢: the clauses of the asker's unit aside
                answer, state = self._ask(text, state)
                answer, state = self._clause_by_clause(text, answer, state, chat)
                answer, state = self._after_preamble(text, answer, state)
                answer, state = self._each_asked(text, answer, state, chat)
                answer, state = self._after_story(text, answer, state, chat)
                answer = self._asked_last(text, answer, state)
            if answer.intent == PASSAGE and prior.things and (prior.intent or "").startswith(
                    "figure.") and DEFINES.search(answer.answer) and not MEANING_ASKED.search(
                    question):  # 普陀的年初结转和结余, 荷塘呢: a meaning is no amount
                answer = decline(question, "决算没有写明这一项的金额。", answer.intent,
                                 answer.confidence)
            answer = wording.as_asked(question, answer, prior.reason,  # 精确是多少, 别推算,
                                      f"{prior.question}\n{state.question}")  # (and the line
            # as answered: 接待费预算多少, 实际呢, 差多少 is 比预算差多少)
            # 还有别的原因吗: what the line asks of the answer as a whole
            state = state.with_(options=answer.options if not answer.answered else (),
                                reason=wording.reason_of(answer))
            state = conversation.turn_kept(state, answer.answered, bool(answer.figures))
            if text != question:
                answer = replace(answer, question=question)
        except Exception:  # a citizen never sees a traceback; the log keeps it
            log.exception("failed to answer %r", question[:100])
            return decline(question, "抱歉，这个问题暂时回答不了，请换个说法再试。")
        if chat is not None:
            self.conversations.save(chat, state)
        regexes.settle()  # started and answered: later patterns are the questions'
        return answer

    def _other_named(self, text: str, state: State) -> str:
        """另一个单位有下级单位吗, with two departments loaded and one talked about: the other,
        by its name."""
        other = OTHER_UNIT.search(text)
        others = {d.doc["department"] for d in self.docs.values()} - {state.department}
        if other is None or not state.department or len(others) != 1:
            return text
        return text.replace(other.group(0), others.pop(), 1)

    def _named_by_place(self, question: str) -> bool:
        """The unit is named by its place alone (普陀区…, not 普陀区财政局): said of a district's
        or city's own finances, it names the place, not the unit."""
        said = self.normalizer(self.matcher.directory.sinicise(question))
        found = self.matcher.directory.find(said)
        return bool(found.spans) and all(said[a:b].endswith(("区", "市", "县"))
                                         for a, b in found.spans)

    def _unknown_code(self, question: str) -> str | None:
        """A classification code quoted that no loaded table nor sentence has."""
        code = unknown_code(question, self._codes)
        if code is None or any(code in section["text"] for doc in self.docs.values()
                               for section in doc.sections):
            return None
        return code

    def _more(self, text: str, state: State) -> Answer | None:
        """具体点, 展开说说 after a sentence quoted: the next sentence of its section."""
        if state.intent != PASSAGE or not state.sentence or not conversation.asks_more(
                self.normalizer(text), self._followups):
            return None
        return self._passages.after(text, state.sentence, self._context_docs(state) or
                                    tuple(self.docs))

    def _asked_again(self, text: str, state: State) -> tuple | None:
        """An earlier question the line asks again, unless it names a thing or department of
        its own (第一个问题：三公经费多少 numbers a question of its own)."""
        if not state.asked:
            return None
        said_text = self.normalizer(text)
        again = conversation.asked_again(said_text, state, self._followups)
        if again is None:
            return None
        said = self.matcher.match(text, self._context_docs(state))
        if said.named_docs:
            return None
        more = self._turn_with_more(said_text, again)
        if more is not None:  # 回到第一个问的那个数，它占多少: that turn's thing, a new kind
            return more
        return None if any(h.coverage == 1 for h in said.hits) else again

    def _turn_with_more(self, text: str, again: tuple[str, str | None]
                        ) -> tuple[str, str | None, bool] | None:
        """回到第一个问的那个数，占总支出几成: the thing of that turn (第N个问的), asked what the
        rest of the line asks; None when the line asks nothing more."""
        turn = conversation.TURN.search(text)
        if turn is None:
            return None
        rest = text[:turn.start()] + text[turn.end():]
        back = conversation.back_word(rest, self._followups)
        rest = (rest.replace(back, "", 1) if back else rest).replace("那个数", "", 1)
        if not conversation.leftover(rest, self._followups):
            return None  # 刚才第一个问的是多少: that question again, as asked
        asked, department = again
        docs = self.matcher.docs_of(department) if department else ()
        things = dict.fromkeys(h.entry.surface for h in self.matcher.match(asked, docs).hits
                               if h.coverage == 1)
        return ("和".join(things) + rest, department, True) if things else None

    def _state_of(self, chat: str | None) -> State:
        """The conversation of a chat key; a fresh one for a question asked on its own."""
        return self.conversations.get(chat) if chat is not None else State()

    def pick(self, chat: str, department: str) -> bool:
        """Set the conversation's department (a button, /departments); False if not loaded."""
        if not self.matcher.docs_of(department):
            return False
        self.conversations.save(chat, State(department=department))
        return True

    def department_of(self, chat: str) -> str | None:
        """The department the conversation is about, if one was picked or named."""
        return self.conversations.get(chat).department

    def catalog(self) -> list[dict]:
        """Every loaded disclosure: department, year, layout, counts — newest first per name."""
        counts = store.counts(self._db)
        rows = [{"doc_id": doc_id, "department": d.doc["department"], "year": d.doc["year"],
                 "kind": d.doc.get("kind", ""), "title": d.title,
                 **{k: counts.get(doc_id, {}).get(k, 0) for k in ("facts", "cells", "terms")}}
                for doc_id, d in self.docs.items()]
        return sorted(rows, key=lambda r: (r["department"], -r["year"]))


    def _context_docs(self, state: State) -> tuple[str, ...]:
        if state.department is None:
            return ()
        return self.matcher.docs_of(state.department)

    def _against_named(self, question: str, match: Match, state: State) -> bool:
        """Another department named only as what the conversation's is set against (跟普陀财政局
        的其他收入比谁多, 和财政局比呢): both are asked."""
        named = {self.docs[d].doc["department"] for d in match.named_docs}
        if not state.department or len(named) != 1 or state.department in named or \
                match.intent is None or match.intent.handler not in SET_AGAINST or \
                not self.matcher.docs_of(state.department):
            return False
        text = self.normalizer(question)
        spans = self.matcher.directory.find(text).spans
        return len(spans) == 1 and AGAINST_UNIT.search(text[:spans[0][0]]) is not None

    def _ask(self, question: str, state: State) -> tuple[Answer, State]:
        context = self._context_docs(state)
        match = self.matcher.match(question, context)
        if match.intent is not None and match.intent.handler == "reverse_define" and \
                state.question and not match.hits and len(handlers.REVERSE_NOISE.sub(
                    "", self.matcher.cue_removed(match.intent, match.text))) < DESCRIBED:
            # 单位从同级财政部门拿到的钱 / 这个在决算里叫什么: the description said just before
            match = self.matcher.match(f"{state.question}，{question}", context)
        if state.things and match.intent is not None and match.intent.name == OUT_OF_SCOPE and \
                match.runner_up is not None and match.runner_up.name.startswith("figure.") and \
                match.scores.get(match.runner_up.name, 0) >= INTENT_CUTOFF and (
                    self.matcher.cue_removed(match.runner_up, match.text) != match.text or len(
                        conversation.leftover(match.text, self._followups)) <= BARE_LEFT):
            # 就差一万块，为什么 / 跟2023年相比怎么样 after a figure: that kind, of the last thing
            match = replace(match, intent=match.runner_up, runner_up=match.intent,
                            confidence=match.scores[match.runner_up.name] / 100)
        if match.unknown_year is not None and not match.named_docs and state.prior_department \
                and any(self.docs[d].doc["year"] == match.unknown_year
                        for d in self.matcher.docs_of(state.prior_department)):
            # 2017的 after an answer of two units: the one of them that has that year
            state = state.with_(department=state.prior_department,
                                prior_department=state.department)
            context = self._context_docs(state)
            match = self.matcher.match(question, context)
        if self._against_named(question, match, state):  # 荷塘…, 其他收入跟普陀财政局的比谁多:
            match = self.matcher.match(state.department + question, context)  # the two units
        about = match.named_docs or context  # 荷塘…多少人次 / 那普陀财政局呢: the one named now
        small = match.intent is not None and match.intent.handler in SMALLTALK and not (
            match.intent.handler == "decline" and (any(
                h.coverage == 1 and match.text[slice(*h.span)] != handlers.FISCAL
                for h in match.hits) or state.things and conversation.asks_only(
                    match.masked, self._followups))) and not (state.things and (
                        conversation.item_named(state.sentence, conversation.leftover(
                            match.text, self._followups))))  # (服务类多少 after 政府采购: its
        # part, listed;) 都是项目支出吗: a thing named whole is
        # no small talk, whatever kind it was read as (the funds alone are: 不是光财政拨款的);
        # nor 2017年有多少 after a thing
        leaning = conversation.leans_on_last(match.text, self._followups) or \
            conversation.leans_on_last(TRAILING.sub("", question),
                                       self._followups)  # 呢 the normaliser dropped
        if state.absent and not match.named_docs and not match.unknown_department and (
                leaning or conversation.pointed(match.text, self._followups)):
            return decline(question, f"没有“{state.absent}”的决算数据。{self.describe()}",
                           match.intent.name if match.intent else None), state.with_(
                question=match.text, masked=match.masked, things=())  # 西南大学的呢: asked there
        withheld = match.intent is not None and match.intent.handler == "not_disclosed"
        withheld = withheld or (match.named_docs and not leaning and not match.hits and any(
            w not in "".join(state.things)  # …支出差几倍, then 荷塘和普陀收入哪家多: units and
            for w in self._totals_said(question)))  # a total of their own
        if state.unfound and not match.hits and not match.named_docs and \
                match.intent is not None and match.intent.handler in OF_AN_ITEM and len(
                    conversation.leftover(self.matcher.cue_removed(match.intent, match.text),
                                          self._followups)) <= 2:  # its kind, nothing else
            return decline(question, "上一个问题问的那一项，决算里没有找到，也就说不出它的这个数。"
                           "可以说出它在决算里的名称再问。", match.intent.name,
                           match.confidence), state
        said = self._cause_said(question, match, state, about or match.doc_ids)
        if said is not None:  # 有没有政府性基金 / 为啥没有: the cause the sentence quoted states
            return said, state
        table = next((t for q in (state.question, *(q for q, _ in reversed(state.asked)))
                      if (t := TABLE_SAID.search(q))), None) if BOTTOM_ASKED.fullmatch(
                          match.text) else None  # (the table named a turn or two before)
        if table is not None and not TABLE_SAID.search(question):  # 财政拨款收入支出决算总表,
            answer, state = self._ask(f"{table.group(0)}的{question}", state)  # 总计多少: that
            return replace(answer, question=question), state  # table's bottom line
        again = self._of_year_named(question, match, state)
        if again is not None:
            return again
        named = {self.docs[d].doc["department"] for d in match.named_docs}
        if (not state.things or (state.intent or "").startswith("glossary.")) and \
                state.question and len(named) == 1 and not match.hits and \
                conversation.bare(match.masked, self._followups) and \
                (state.department not in named or state.intent):  # 财政局的职能, 荷塘那个
            # 中心呢: the last question, of the department named now (no thing was asked: no
            # rewrite holds it); 荷塘区的 after an answer of 荷塘: that answer's question again;
            # 荷塘那份里怎么说的 after a term's meaning: the meaning in that one
            department = next(iter(named))
            prior = state.prior_department if department == state.department else \
                state.department
            answer, state = self._ask(state.question, state.with_(
                department=department, prior_department=prior, question="", absent=None))
            return replace(answer, question=question), state
        duty = self._duty_of_topic(question, match, state)
        if duty is not None:  # 主要职责, 政府采购方面呢: the duty that covers it
            return duty
        others = conversation.others_listed(state.sentence, state.things) if \
            state.source and not match.hits and conversation.OTHERS_ASKED.fullmatch(
                match.text) else []
        if others:  # 工资福利支出多少, 其他几项呢: the rest of the list it was quoted from
            answer, after = self._ask("、".join(others) + "各多少", state.with_(source=None))
            if answer.answered:
                return replace(answer, question=question), after
        unstated = self._defined_parts_unstated(question, match, state, about or match.doc_ids)
        if unstated is not None:  # 基本支出包括哪两块, 这两块各多少: none of them stated
            return unstated, self._remember(state, match, unstated)
        about_itself = match.intent is not None and (match.intent.handler in (
            "disclosure", "section", "contact") or match.intent.handler == "who_handles"
            and handlers.who_topic(match.text))  # 这个决算包括哪些单位: of the unit itself;
        # 会计管理呢，也归它管吗: a duty asked of a topic said, never of the last thing
        figure_last = (state.intent or "").startswith("figure.")  # the last answer a figure
        if state.things and not match.unknown_department and match.unknown_year is None and not (
                small and not match.named_docs and not leaning and not (
                    state.prior_department and conversation.which_higher_only(match.text))
                ) and not withheld and not about_itself and not _pair_named(match):  # 校长
            # 工资…; 谁的多 after two
            # departments compares them; 你的数准吗 asks of the disclosure, not the last thing
            found = self._follow_up(question, match, state, context, about, named, leaning,
                                    figure_last)
            if found is not None:
                return found
        if match.intent is not None and match.intent.handler == "where" and not match.hits:
            said = self._where_said(question, match, state, about or match.doc_ids)
            if said is not None:  # 这个写在哪部分 after a sentence quoted: that sentence's place
                return said, state
        answer = self._answer(question, match)
        if self._count_of_another(match, state, answer, figure_last):  # 公务接待费多少, 接待
            thing = "、".join(state.things)  # 了多少批次: a sentence counting other visits
            answer = replace(decline(question, f"决算没有写明{thing}的这个数。", answer.intent,
                                     match.confidence), firm=True)
        if leaning and self._a_count_for_a_sum(match, state, answer, about or match.doc_ids):
            thing = "、".join(state.things) + "中" if state.things else ""  # 支出多少, 重大的呢
            answer = replace(decline(question, f"决算没有单独列出{thing}这一部分的数。",
                                     answer.intent, match.confidence), firm=True)
        chat = match.intent is not None and match.intent.handler in ("greet", "thanks", "help")
        grown = from_to(state.sentence, match.text) if state.source and not match.hits and (
            not answer.answered and not answer.firm or answer.intent == PASSAGE
            and state.sentence not in answer.answer) else None  # (比去年涨了百分之几: never
        # another sentence's change in place of the one just quoted)
        if grown and len(about or match.doc_ids) == 1:  # 由177项增至295项…, 增加了多少项
            label = self.docs[(about or match.doc_ids)[0]].label
            grew = Answer(question, True, "stats.change", 1.0,
                          f"{label}：{grown}\n原文：“{state.sentence}”", (state.source,))
            return grew, self._remember(state, match, grew)
        if state.source and state.intent == "org.who_handles" and not match.hits and \
                answer.intent == PASSAGE and answer.sources and not FIGURE_ASKED.search(
                    match.text) and \
                answer.sources[0].sentence != state.sentence and len(about or match.doc_ids) == 1 \
                and self._passages.holds_more(match.text, state.sentence,
                                              answer.sources[0].sentence, about or match.doc_ids):
            label = self.docs[(about or match.doc_ids)[0]].label  # 说的是要建立什么机制 after a
            quoted = Answer(question, True, PASSAGE, answer.confidence,  # duty quoted: that duty
                            f"{label}决算中写道：“{state.sentence}”", (state.source,))
            return quoted, self._remember(state, match, quoted)
        if not answer.answered and not answer.firm and state.question and (
                leaning or not (match.hits or chat)) \
                and match.unknown_year is None and not match.unknown_department:  # 那22年呢: no
            # the narrative on the last topic: the last things named, else the last question
            leads = ("".join(state.things), state.question) \
                if self._says_something(match.text) else (state.question,)  # 百分比呢: the
            # kind said alone searches with the whole last question, never the bare topic
            again = match
            for lead in filter(None, dict.fromkeys(leads)):
                again = self.matcher.match(lead + "，" + match.text, about)
                reply = self._answer(question, again)
                if reply.answered and reply.intent == PASSAGE and self._fits(
                        match.text, reply, leaning, figure_last) and \
                        not self._restated(question, match, state, reply) and \
                        not self._passages.said_elsewhere(
                        match.text, reply.sources[0].sentence, about or match.doc_ids):
                    return reply, self._remember(state, match, reply)
            earlier = self._earlier(question, match, state, about or match.doc_ids)
            if earlier is not None:
                return earlier, self._remember(state, match, earlier)
            same = self._passage(question, again, SAME_SENTENCE)  # the sentence just quoted:
            if same is not None and same.confidence >= SAME_SENTENCE and \
                    not self._restated(question, match, state, same.answer) and \
                    same.answer.sources[0].sentence == state.sentence and \
                    self._fits(match.text, same.answer, leaning) and \
                    not self._passages.said_elsewhere(match.text, state.sentence,
                                                      about or match.doc_ids):
                return same.answer, self._remember(state, match, same.answer)
        if (state.intent == PASSAGE or (state.intent or "").startswith(("stats.", "org."))) \
                and answer.answered and answer.figures and (answer.intent or "").startswith(
                    "figure.") and not (
                match.hits or match.named_docs or WHOLE_YEAR.search(match.text)) and not any(
                side in match.text and side in state.sentence for side, _ in
                self.data.vocabulary.defaults):  # 收入总计
            # 793.05万…, 那2016年收入呢: the total the sentence quoted states
            answer = decline(question, "决算没有写明这件事花了多少钱，只有全年的总数。",
                             answer.intent, match.confidence)  # 智慧荷塘APP…做了啥 / 花了多少钱
        if (state.intent or "").startswith("stats.") and leaning and not match.hits and \
                answer.answered and answer.intent == "stats.lookup" and answer.sources and \
                answer.sources[0].sentence != state.sentence and LAST_YEAR_SAID.search(
                    match.text):  # 接待了多少人, 比上年呢: never another sentence's change
            answer = decline(question, "决算没有写明这个数与上年相比的变化。", answer.intent,
                             match.confidence)
        if leaning and answer.answered and answer.intent == "stats.lookup" and not match.hits \
                and not COUNT_ASKED.search(match.text) and self._money(
                    state, about or match.doc_ids):
            # 教育收费呢 → 科研呢: a money item
            answer = decline(question, "决算没有单独列出这一项的金额。", answer.intent,
                             match.confidence)  # asked, never a count that names the word
        if answer.intent == PASSAGE and (leaning and figure_last or match.intent is None and len(
                match.text) <= BARE and not ASKS.search(question)) and answer.sources and \
                self._passages.in_passing((match.text, question), answer.sources[0].sentence):
            # (那会议费呢 after a figure: 严格控制…、会议费、… says nothing of it either)
            answer = decline(question, "决算只在列举中顺带提到这一项，没有单独说明它。",
                             answer.intent, match.confidence)  # 人头费: 如…、人员经费、基建等
        if state.things and meaning_for_amount(state, answer, match.intent and
                                                match.intent.handler):
            answer = decline(question, "决算没有写明这一项的金额。", answer.intent,
                             match.confidence)  # 年末结转和结余多少, 那年初的呢: no meaning
        if self._restated(question, match, state, answer):
            answer = decline(question, "决算没有解释这个说法，只在刚才引用的原文里提到它。",
                             answer.intent, match.confidence)  # 你说的“合同支付进度条款”是什么
            # 意思: never the sentence just quoted again
        if answer.intent == PASSAGE and not self._fits(match.text, answer, False):
            answer = decline(question, "决算没有单独列出这一部分的金额。", answer.intent,
                             match.confidence)  # 其中基建呢: a sentence that names it in passing
        if answer.intent == PASSAGE and not state.things and EXISTS_ASKED.search(question) and \
                not MEANING_ASKED.search(question) and DEFINES.search(answer.answer):
            answer = decline(question, "决算没有列出这一项的数字，只在名词解释里说明了它的含义。",
                             answer.intent, match.confidence)  # 有没有经营收入: a glossary's
            # definition is no sign that there is any (after a figure: meaning_for_amount)
        return answer, self._remember(state, match, answer)

    @staticmethod
    def _restated(question: str, match: Match, state: State, answer: Answer) -> bool:
        """你说的“合同支付进度条款”是什么意思: the meaning of a phrase of the bot's own answer,
        answered with the very sentence it was quoted from (which explains nothing of it)."""
        return answer.intent == PASSAGE and match.intent is not None and \
            match.intent.name == "glossary.define" and bool(answer.sources) and \
            bool(state.sentence) and answer.sources[0].sentence == state.sentence and bool(
                QUOTED_WORD.search(question) or YOU_SAID.search(question))

    @property
    def _passages(self) -> Passages:
        """The narrative's sentence search, built on first use."""
        if self._built_passages is None:
            self._built_passages = Passages(self.docs, self.normalizer, self.matcher.tokens)
        return self._built_passages


    def _fits(self, text: str, reply: Answer, leaning: bool, after_figure: bool = False
              ) -> bool:
        """Whether a sentence quoted answers a follow-up: 那十四五呢 (a new thing in the last one's
        place) not by one that says nothing of it; 其中正高呢 (a part of the last figure) only by
        one stating a number for it (not 基建 named in passing in a definition)."""
        sentence = reply.sources[0].sentence if reply.sources else ""
        if leaning and (not self._passages.echoes(text, sentence) or after_figure and
                        self._passages.in_passing((text, POINTED_LAST.split(text)[-1]),
                                                  sentence)):
            return False  # 那开会花的呢: a list naming it (严格控制…、会议费…) says nothing of it
        if not PART_ASKED.match(text):
            return True
        folded = self.normalizer(sentence)
        return any(re.search(re.escape(piece[i:i + 2]) + r"[^,，;；。]{0,10}?\d", folded)
                   for piece in self._passages.named(PART_ASKED.sub("", text, 1))
                   for i in range(len(piece) - 1))

    def _a_count_for_a_sum(self, match: Match, state: State, answer: Answer,
                           context: tuple[str, ...]) -> bool:
        """A follow-up on a sum of money naming a part only in passing (重大的呢 after 支出多少)
        answered with a count the narrative states (260项): a part of a sum is no count. Not
        when it names a thing whole or asks a count (那重点实验室有几个)."""
        return answer.answered and bool(answer.figures) and not any(
            f.endswith(MONEY_UNITS) for f in answer.figures) and not any(
            h.coverage == 1 for h in match.hits) and not handlers.COUNT.search(match.text) \
            and self._money(state, context)

    def _defined_parts_unstated(self, question: str, match: Match, state: State,
                                context: tuple[str, ...]) -> Answer | None:
        """After a definition listing its parts (包括人员支出和公用支出), those parts asked each
        in money (这两块各多少) when no figure of any is stated: a firm decline; None otherwise."""
        if not (state.intent or "").startswith("glossary.") or match.hits or \
                not FIGURE_ASKED.search(match.text) or not any(
                    p in match.text for p in self._followups.pair + self._followups.each):
            return None
        defined = conversation.defined_parts(state.sentence)
        if len(defined) < 2 or any(part in name or name in part for part in defined
                                   for d in context for name in self.docs[d].facts):
            return None
        return replace(decline(question, f"决算没有列出{'和'.join(defined)}各自的金额。",
                               match.intent.name if match.intent else None, match.confidence),
                       firm=True)

    def _count_of_another(self, match: Match, state: State, answer: Answer,
                          figure_last: bool) -> bool:
        """A count asked after a figure, naming nothing (公务接待费多少, 接待了多少批次),
        answered with a sentence that never names the thing of the conversation (今年共接待…
        考察百余批次): a count of something else."""
        if answer.intent != PASSAGE or not figure_last or not state.things or match.hits or \
                match.named_docs or not answer.sources or self.measures.asked(match.text) is None:
            return False
        here, before = answer.sources[0].section, state.source.section if state.source else ""
        if here and before and (here in before or before in here):
            return False  # 门户网站发布了多少条信息, 检测出的问题修改了多少条: the same account
        sentence = self.normalizer(answer.sources[0].sentence)
        return not any(THING_ENDING.sub("", t) in sentence for t in state.things)

    def _money(self, state: State, context: tuple[str, ...]) -> bool:
        """The last answer was a sum of money: its things' figures (the headline total when it
        named none) are stated in yuan."""
        if not (state.intent or "").startswith("figure."):
            return False
        names = state.things or self.data.vocabulary.totals
        return any(f["unit"] in MONEY_UNITS for d in context for n in names
                   for f in self.docs[d].facts.get(n, ())) or any(  # a table's row or
            self.docs[d].cells.get(n) or any(c["column"] == n for rows in  # column: 万元
                                             self.docs[d].cells.values() for c in rows)
            for d in context for n in state.things)

    def _totals_said(self, text: str) -> tuple[str, ...]:
        """The bare words for a unit's headline totals (支出, 收入) a text says."""
        return tuple(w for w, _ in self.data.vocabulary.defaults if w in text)

    def _says_something(self, text: str) -> bool:
        """A follow-up names something to look for: a word, or what it counts (办件量呢)."""
        return self._passages.says_something(text) or self.measures.asked(text) is not None

    def _earlier(self, question: str, match: Match, state: State, context: tuple[str, ...]
                 ) -> Answer | None:
        """去年是多少项 after a sentence stating 由去年的177项增至295项: the figure it states."""
        value = earlier_stated(state.sentence, match.text) if match.earlier else None
        found = self._section_of(state.sentence, context) if value is not None else None
        if found is None:
            return None
        return handlers.earlier_answer(question, found[0], state.sentence, "", value,
                                       match.confidence)

    def _where_said(self, question: str, match: Match, state: State, context: tuple[str, ...]
                    ) -> Answer | None:
        """The section of the disclosure holding the sentence last quoted."""
        return self._quoting_last(question, match, state, context,
                                  "{label}决算中，这句话在「{heading}」：“{sentence}”")

    def _cause_said(self, question: str, match: Match, state: State, context: tuple[str, ...]
                    ) -> Answer | None:
        """Why, naming nothing, after a sentence that states a cause (结合…实际情况，没有政府性基金
        收支) and is no sum: that sentence again, never the change of a figure it does not name.
        Not when a thing the sentence names has a reason of its own (三公经费…说明 / 为什么)."""
        if match.intent is None or match.intent.handler != "reason" or match.hits or \
                match.named_docs or not CAUSE.search(state.sentence):
            return None
        if state.intent != PASSAGE and not (state.intent == "figure.amount" and
                                            not MONEY_OR_SHARE.search(state.sentence)):
            return None  # 没有…收支 is stated as a figure of none
        said = QUOTES.sub("", state.sentence)
        if any(n["kind"].startswith("reason") for d in context for t in state.things if t in said
               for n in self.docs[d].notes.get(t, ())):
            return None
        return self._quoting_last(question, match, state, context,
                                  "{label}决算中写道：“{sentence}”")

    def _quoting_last(self, question: str, match: Match, state: State,
                      context: tuple[str, ...], said: str) -> Answer | None:
        """The sentence last quoted, said again in a form ({label}, {heading}, {sentence}) and
        cited; None when no document in context holds it."""
        found = self._section_of(state.sentence, context)
        if found is None:
            return None
        doc, section = found
        return Answer(question, True, match.intent.name, match.confidence,
                      said.format(label=doc.label, heading=section["heading"],
                                  sentence=state.sentence),
                      (Source(doc.title, section["heading"], state.sentence),))

    def _section_of(self, sentence: str, context: tuple[str, ...]) -> tuple[DocIndex, dict] | None:
        """The document and section holding a sentence, among the documents in context."""
        for doc_id in context if sentence else ():
            doc = self.docs[doc_id]
            section = next((s for s in doc.sections if sentence in s["text"]), None)
            if section is not None:
                return doc, section
        return None

    def _remember(self, state: State, match: Match, answer: Answer) -> State:
        """The department stays until another is named; the last thing and kind are kept."""
        departments = {self.docs[d].doc["department"] for d in match.named_docs}
        if len(departments) == 1:
            named = departments.pop()
            if named != state.department:
                state = state.with_(prior_department=state.department, department=named)
        both = list(dict.fromkeys(self.docs[d].doc["department"] for d in (
            match.named_docs or (match.doc_ids if self._across.asks_every(match.text) else ()))))
        if len(both) == 2 and answer.answered:  # 两家的收入各多少, then 哪家多: the two asked
            state = state.with_(prior_department=both[0], department=both[1])
        if answer.answered:
            whole = [h.span for h in match.hits if h.coverage == 1]
            figures = [h.span for h in match.hits if h.entry.kind != "term"]
            things = tuple(dict.fromkeys(  # 教育支出 said whole is not 其他教育支出 in part
                h.entry.name for h in match.hits if (h.coverage == 1 or not any(
                    a <= h.span[0] and h.span[1] <= b for a, b in whole)) and not (
                    h.entry.kind == "term" and (h.coverage < 1 or match.text[slice(
                        *h.span)] != h.entry.surface) and any(
                        a < h.span[1] and h.span[0] < b for a, b in figures))))
            # 财政拨款结转结余: no 财政拨款收入 (a term not said as is across the figure's name)
            if not things and getattr(answer.chart, "whole", ""):  # 钱主要花在哪 / 教育那块呢:
                things = (answer.chart.whole,)  # the whole whose parts were given
            of_whole = {h.entry.name for h in match.hits if OF_WHOLE.search(
                match.text[:h.span[0]])}  # 教育支出占总支出多少: 支出总计 is what it is a share of
            things = tuple(t for t in things if t not in of_whole) or things
            scope = {h.entry.name for h in match.hits if FUNDS_OF.fullmatch(
                match.text[slice(*h.span)]) and any(
                    o.span[1] <= h.span[0]
                    and FUNDS_JOIN.fullmatch(match.text[o.span[1]:h.span[0]])
                    for o in match.hits)}
            totals = self.data.vocabulary.totals
            said_whole = {h.entry.name for h in match.hits if h.entry.surface == h.entry.name}
            if any(t not in totals and not t.endswith(("总计", "合计")) for t in things):
                # 高中教育一共支出多少: 一共支出 is the verb, no total
                things = tuple(t for t in things if t not in totals or t in said_whole)
            things = tuple(t for t in things if t not in scope) or things  # 职业年金…的财政拨款:
            # the funds it is asked of, no thing of its own
            first_line = answer.answer.split("\n", 1)[0]  # 基本支出中人员经费: the part is the
            within = {w for w in handlers.wholes_before_parts(match.hits, match.text)  # topic,
                      if w not in first_line}  # when the answer is of the part alone
            things = tuple(t for t in things if t not in within) or things
            things = answer.about or things  # 哪一项最大 → 多少钱: the one ranked first
            kind_of = KIND_OF_ASKED.search(match.text)
            if kind_of:  # 机构运行…, 算基本支出还是项目支出: still of 机构运行, the kinds offered
                said = match.text[kind_of.start():kind_of.end()]  # are no things of its own
                things = tuple(t for t in things if t not in said) or things
            lead = LEAD_THING.match(first_line)
            if lead and len(things) == 1 and lead.group(1) == things[0] + "支出":
                things = (lead.group(1),)  # 一般公共预算财政拨款年初预算: the 支出 answered, a
                # row of the summary table named the same but for it
            asked = (state.asked + ((match.text, state.department),))[
                -conversation.ASKED_KEPT:]
            items = listed(answer.answer)
            source = answer.sources[0] if answer.sources else None
            moved = source is None or state.source is None or \
                source.document != state.source.document
            walking = not items and things and any(t in item for t in things
                                                   for item in state.listed)
            if items or (things and not set(things) & set(state.things) and not walking):
                # a new list, or a new topic (one item of the list asked keeps the list: 第四个呢)
                state = state.with_(listed=items, listed_source=source)
            state = state.with_(listed_at=0)  # an item asked by name: the place is its own
            state = state.with_(source=source, asked=asked,
                                before=state.things if things and (moved or tuple(
                                    things) != tuple(state.things)) else state.before,
                                # 它占总数多少 again of 住房保障: the one before stays (普陀的呢:
                                # the same thing of another disclosure is a new turn)
                                things=things or state.things,  # nothing named: same topic
                                intent=answer.intent, prior_intent=state.intent,
                                question=match.text, masked=match.masked)
        elif (match.intent is not None and match.intent.handler not in SMALLTALK or UNLISTED.match(
                answer.answer)) and not match.hits and not state.things:  # 普陀财政局联系电话
            # (none stated), 荷塘的呢: asked again there (荷塘…人员经费, not listed, 普陀呢)
            state = state.with_(question=match.text, masked=match.masked)
        elif match.intent is not None and match.intent.handler not in SMALLTALK and (
                match.unknown_year is not None or match.earlier or answer.intent == "figure."
                "last_year"):  # 2018年支出多少 (not loaded), then 2017的呢: that question of
            said = EARLIER.sub("", match.text)  # the year named now, no thing of before
            state = state.with_(question=said, masked=EARLIER.sub("", match.masked), things=())
        elif match.unknown_department and not match.named_docs and match.hits:  # 普陀区税务局
            # 的三公经费 (not loaded), then 那普陀区财政局的呢: that question of the one named now
            year = f"{match.years[-1]}年" if match.years else ""  # (the year said stays)
            state = state.with_(question=year + match.text.replace(match.unknown_department, ""),
                                masked=year + match.masked.replace(match.unknown_department, ""),
                                things=())
        unfound = not answer.answered and not match.hits and bool(
            FIGURE_ASKED.search(match.text)) and match.unknown_year is None and not (
            match.unknown_department or match.intent is not None and match.intent.handler in
            SMALLTALK)  # 委托中介机构那块花了多少: no item found, its figure asked
        absent = None if answer.answered or match.named_docs else (
            match.unknown_department or state.absent)
        if absent != state.absent:
            state = state.with_(absent=absent)
        return state if state.unfound == unfound else state.with_(unfound=unfound)

    def _of_year_named(self, question: str, match: Match, state: State
                       ) -> tuple[Answer, State] | None:
        """2017的呢, 那今年的呢: a loaded year alone, after a question declined for its year —
        that question again, of this year."""
        if state.things or not state.question or not match.years or match.hits or \
                match.named_docs or not conversation.bare(match.masked, self._followups):
            return None
        answer, state = self._ask(f"{match.years[-1]}年{state.question}", state.with_(question=""))
        return replace(answer, question=question), state

    def _answer(self, question: str, match: Match) -> Answer:
        """The candidates (figures and glossary, narrative passages) and one decision."""
        if conversation.CARRIED_SPLIT_ASKED.search(match.text) and \
                self._halves_unstated(match.doc_ids):
            return replace(decline(question, conversation.CARRIED_SPLIT_SAID,
                                   match.intent.name if match.intent else None,
                                   match.confidence), firm=True)
        lacking = self._lacking_item(match)
        if lacking and not (match.intent and match.intent.handler in (
                "define", "reverse_define")) and not any(
                self.docs[d].mentions((lacking,)) and (WHY.search(match.text) or re.search(
                    re.escape(lacking) + AMOUNT_AFTER, self.docs[d].text))
                for d in match.doc_ids) and not (
                EACH_ASKED.search(match.masked) and _joined_to_a_hit(match, lacking)):
            # 办公室的开销 with no 办公费 anywhere in the disclosure: no sentence of it either,
            # nor one that names it among what was kept down with no amount of its own (严格控制
            # …会议费…); a reason asked may be such a sentence (差旅费和会议费各多少: the one
            # stated is answered, beside it the other is not)
            return replace(decline(question, f"决算没有单独列出“{lacking}”的数字。",
                                   match.intent.name if match.intent else None,
                                   match.confidence), firm=True)
        generic = match.intent is not None and match.intent.name in GENERIC_ANSWERS
        asked = self.matcher.cue_removed(match.intent, match.text) if generic else ""
        if generic and not self._passages.says_something(asked):
            return self._figures_or_terms(question, match)  # 主要职责: the whole list, not a
            # heading that repeats the word
        figures = self._figures_or_terms(question, match)
        answer = decide(figures, lambda: self._passage(question, match),
                        lambda answer: self._other_thing(question, match, answer))
        said = KIND_SAID.get(match.intent.name if match.intent else "")
        if answer.intent == PASSAGE and said and match.hits and not figures.answered and \
                not said.search(answer.answer.partition("：")[2]):
            return figures  # 一般公共服务支出省了多少: a sentence with its amount says nothing of
            # the budget or the change asked; the figures' decline says what is not stated
        quoted = QUOTED_WORD.search(question) if answer.answered and (
            answer.intent or "").startswith("glossary.") else None
        word = self.normalizer(quoted.group(1)) if quoted else ""
        if quoted and not any(word in head or head in word for head in (
                self.normalizer(line.partition("：")[0]) for line in answer.answer.split("\n")
                if line)):
            return replace(decline(question, f"名词解释里没有“{quoted.group(1)}”。",
                                   answer.intent, match.confidence), firm=True)  # never the
            # meaning of the last thing for a word of its own
        part = self._part_said(match) if answer.intent == PASSAGE else None
        if part and part.group(1)[:2] not in answer.answer:  # …里头，审计服务是多少钱: no sentence
            return decline(question, f"决算没有单独列出“{part.group(1)}”的数字。",  # says it
                           answer.intent, match.confidence)
        if answer.answered and self._total_for_a_deed(match, answer):
            return replace(decline(question, "决算没有写明这件事花了多少钱，只有全年的总数。",
                                   answer.intent, match.confidence), firm=True)
        if answer.answered and answer.intent == "glossary.define" and INCLUDES_ASKED.search(
                match.text) and "决算数" in answer.answer.split("\n")[0] and not \
                LISTED_IN_ANSWER.search(answer.answer):  # 机关运行经费包括
            return replace(decline(question, "决算没有写明这一项包括哪些内容，只写了它的金额。",
                                   answer.intent, match.confidence), firm=True)  # 什么: its
            # amount lists nothing it covers
        if answer.answered and KIND_OF_ASKED.search(match.text) and KIND_TOTAL_LED.match(
                answer.answer):  # 公车属于基本支出还是项目支出: the kind's total says nothing
            return replace(decline(question, "决算没有写明这一项属于基本支出还是项目支出。",  # of
                                   answer.intent, match.confidence), firm=True)  # where it is
        among = COUNTED_AMONG.search(match.text) if answer.answered else None
        if among and among.group(1)[:2] not in answer.answer:  # 留学生里有多少人拿奖学金:
            return replace(decline(question, "决算只写了总的人数，没有写明其中"  # the whole's
                                   f"{among.group(1)}的人数。", answer.intent,  # count is no
                                   match.confidence), firm=True)  # answer to a part of it
        unnamed = self._unnamed_item(match, answer.answer) if answer.answered else None
        if unnamed:  # 教育经费 answered with 财政拨款收入
            return replace(decline(question, f"决算没有单独列出“{unnamed}”的数字。",
                                   answer.intent, match.confidence), firm=True)
        if answer.answered and ALL_FUNDS.search(match.text) and handlers.FISCAL not in \
                match.text and handlers.FISCAL in answer.answer.split("\n")[0] and \
                "表中" not in answer.answer:  # (a table's cells of all funds follow it)
            return replace(decline(question, "决算只列出了它的财政拨款数，没有全部资金口径的数。",
                                   answer.intent, match.confidence), firm=True)  # 不光是财政的，
            # 全部资金的基本支出: never the 财政拨款 figure for all funds
        return answer

    def _passage(self, question: str, match: Match, floor: float = THRESHOLD
                 ) -> Candidate | None:
        """The narrative's best sentence, unless the year or department asked is not loaded."""
        if match.unknown_year is not None or match.earlier or not match.doc_ids or (
                match.unknown_department and not match.named_docs):
            return None
        if self._unknown_english(question):
            return None  # an English word not understood: no sentence is a safe answer
        if match.intent is not None and match.intent.handler == "define" and any(
                h.coverage == 1 and h.entry.kind != "term" for h in match.hits):
            return None  # a figure's name used in a sentence is no definition of it
        measure, counted = self.measures.read(question)
        found = self._passages.propose(question, match.text, match.doc_ids, measure, counted,
                                       floor)
        if found is not None and WORKED_OUT.search(question) and \
                "计算" not in found.answer.answer:
            return None  # 支出多增了多少, 加起来: a figure worked out, which a sentence quoted
            # as it is never says (counts added up are worked out and say so)
        if found is not None and match.intent is not None and match.intent.handler == \
                "purpose" and not USE_SAID.search(found.answer.answer):
            return None  # 科学技术支出用来干嘛了: a sentence of its amount says no use
        several = len({self.docs[d].doc["department"] for d in match.doc_ids}) > 1
        if found is not None and several and not match.named_docs and \
                found.confidence < UNNAMED_PASSAGE:
            return None  # no department named among several: only a sentence that fits well
        if found is not None and any(
                h.coverage == 1 and h.entry.kind in ("metric", "cell")
                and h.entry.name.endswith("支出") and h.entry.name in question and not any(
                    w in found.answer.answer for w in (h.entry.name, h.entry.surface,
                                                       match.text[slice(*h.span)]))
                for h in match.hits):
            return None  # 一般公共服务支出的年初预算: never a sentence of another figure's
        if found is not None and not match.hits and any(
                w not in found.answer.answer  # the words quoted: 支出比预算多了多少 is never
                for w in self._totals_said(question)):  # a sentence on 三公经费's budget
            return None
        return found

    def _defined_only(self, match: Match) -> str | None:
        """A line item said in words no figure is named by that a glossary definition lists
        (人员支出, in 基本支出's 包括人员支出和公用支出): that item, else None."""
        whole = [h.span for h in match.hits if h.coverage == 1 and h.entry.kind != "term"]
        defined = [t["definition"] for d in match.doc_ids for t in self.docs[d].terms]
        for m in ITEM_WORD.finditer(match.text):
            if any(a < m.end() and m.start() < b for a, b in whole) or not any(
                    match.text[m.end() - 4:m.end()] in d for d in defined):
                continue  # (no definition holds even its last four characters: none lists it)
            for start in range(m.start(), m.end() - 3):
                word = match.text[start:m.end()]
                if any(word in name for d in match.doc_ids
                       for name in self._names.get(self._doc_sig.get(d, ""), ())):
                    break  # (a name's own words: no item of its own)
                if any(word in d for d in defined):
                    return word
        return None

    def _prefixed_item(self, match: Match) -> str | None:
        """A name said with a word before it that makes another item a glossary definition lists
        but no figure states (科研事业收入, in 事业收入's definition): that item, else None."""
        text = match.text
        taken = [h.span for h in match.hits]
        for hit in match.hits:
            if hit.coverage < 1 or hit.entry.kind == "term":
                continue
            start, surface = hit.span[0], text[hit.span[0]:hit.span[1]]
            for size in (4, 3, 2):
                lead = text[max(0, start - size):start]
                if len(lead) < size or not CJK_RUN.fullmatch(lead) or LEAD_GENERIC.search(lead) \
                        or any(a < start and start - size < b for a, b in taken):
                    continue  # 基本支出项目支出: two names said in turn
                word = lead + surface
                names = self._names.get(self._doc_sig.get(hit.entry.doc_id, ""), set())
                if word not in names and any(  # the glossary lists it inside a definition
                        word in t["definition"] for t in self.docs[hit.entry.doc_id].terms):
                    return word
        return None


    @staticmethod
    def _part_said(match: Match) -> re.Match | None:
        """服务采购246.47万里头，审计服务是多少钱: a part of the thing named, in words of its own
        that name no thing, no column and no kind of question (the thing's own figure is no
        answer to it)."""
        part = PART_SAID.search(match.masked)
        if part is None or NOT_A_PART.search(part.group(1)) or part.group(1) in match.text[
                :part.start(1)]:
            return None
        return part

    @staticmethod
    def _total_for_a_deed(match: Match, answer: Answer) -> bool:
        """买电脑一年花了多少, 委托中介机构做审计一年花了多少: a deed of its own said with 花了,
        nothing named whole — the year's total is no answer to it."""
        if not SIDE_TOTAL_LED.match(answer.answer) or any(
                h.coverage == 1 for h in match.hits):
            return False
        left = ASKING_FILLER.sub("", match.masked.replace(PLACEHOLDER, "，"))
        return bool(DEED_WORDS.search(left))

    def _halves_unstated(self, doc_ids: tuple[str, ...]) -> bool:
        """No document in scope states 结转 apart from 结余 (the two said as one figure)."""
        return bool(doc_ids) and not any("结转" in name and "结余" not in name for d in doc_ids
                                         for name in (*self.docs[d].facts, *self.docs[d].cells))

    def _lacking_item(self, match: Match) -> str | None:
        """An item the question names (差旅费, said 出差的钱) that no disclosure in scope lists."""
        for word in self._items:
            if word in match.text and match.doc_ids and all(
                    word not in self._names.get(self._doc_sig.get(d, ""), ())
                    and word in _outside(match.text, word, self._names.get(
                        self._doc_sig.get(d, ""), ())) for d in match.doc_ids) and not (
                    len(_named_apart(match, word)) > 1 and not _joined_to_a_hit(match, word)):
                return word  # (养老保险和职业年金这些社保缴费: the word names what is listed)
        return None

    def _unnamed_item(self, match: Match, answer: str) -> str | None:
        """A money item said in words of its own that no name in scope holds nor the answer
        says (给中小学拨了多少教育经费: 教育经费, where nothing is 教育's), apart from the names
        found whole."""
        masked = match.text  # names found in part do not hide an item (办学经费: 公用经费)
        for start, end in sorted((h.span for h in match.hits if h.coverage == 1), reverse=True):
            masked = masked[:start] + PLACEHOLDER + masked[end:]
        masked = masked.replace("多少", "，")
        for piece in ITEM_PIECES.finditer(masked):
            item = OWN_ITEM.fullmatch(piece.group(0))
            own = lines.GENERIC_LEAD.sub("", item.group(1)) if item else ""
            if len(own) < 2 or NOT_OWN.search(own) or own[-2:] in answer or not match.doc_ids \
                    or masked[piece.start() - 1:piece.start()] == PLACEHOLDER:
                continue  # (十三五科研经费: the sentence quoted says 科研经费)
            if not any(own in name for d in match.doc_ids
                       for name in self._names.get(self._doc_sig.get(d, ""), ())):
                return piece.group(0)
        return None

    def _unknown_english(self, question: str) -> str | None:
        """An English word naming nothing known; a loaded department's place in pinyin is known."""
        return unknown_english(self.matcher.directory.sinicise(question), self.data.vocabulary)

    def _other_thing(self, question: str, match: Match, answer: Answer) -> Answer | None:
        """A decline when a headline total answers a question about something narrower, or when
        this year's figure would answer a question about the year before."""
        measure, said = self.measures.read(question)
        if said in match.text and said not in match.masked and answer.intent in (
                "figure.share", "figure.times"):  # 政府采购金额占全年支出多少: 金额 said only in
            measure = None  # the name whose share is asked
        if measure is not None and measure.name == "multiples" and len(
                {self.docs[d].doc["department"] for d in match.named_docs}) > 1:
            measure = None  # 荷塘的是普陀的几倍: the two figures stated, side by side
        if answer.intent == "figure.reason" or answer.intent == "figure.ranking" and \
                ABOVE_ASKED.search(match.text):
            measure = None  # 是不是因为接待人次少了: the count is in the reason asked about;
            # 比它大的还有几项: the items counted are the ranking's
        glossary = (answer.intent or "").startswith("glossary.")
        parts = [line for line in answer.answer.split("\n") if line.startswith("· ")]
        if measure is not None and measure.name == "items" and parts and answer.answered and (
                answer.intent or "").startswith("chart."):  # 按经济分类有几项: the parts listed,
            return replace(answer, answer=f"共{len(parts)}项。\n{answer.answer}")  # counted
        if measure is not None and not (glossary and measure.name != "money") and not (
                any(map(measure.fits, answer.figures)) or measure.name == "money"
                and answer.intent == "figure.share" and measure.stated_in(answer.answer)
                if answer.figures  # (花了多少，到没到公用经费的十分之一: the money set beside)
                else measure.stated_in(answer.answer) or measure.name == "money"
                and NONE_SAID.search(answer.answer)):  # 无国有资本经营预算…收入和支出: none
            amount = self._dispatch(question, match, self.data.by_name("figure.amount")) \
                if glossary else None  # 这个科目是什么，花了多少钱: the meaning and the money
            termed = TERM_FOUND.search(answer.answer) if answer.intent == "glossary.reverse" \
                else None  # 反映…的是哪个科目，花了多少: the money of the term it found
            if termed and not (amount is not None and amount.answered and any(
                    map(measure.fits, amount.figures))):
                again = self.matcher.match(f"{termed.group(1)}多少", match.doc_ids)
                amount = self._dispatch(question, again, self.data.by_name("figure.amount"))
            if amount is not None and amount.answered and any(map(measure.fits, amount.figures)):
                return replace(amount, answer=f"{answer.answer}\n\n{amount.answer}",
                               sources=answer.sources + amount.sources)
            if glossary and DEFINED.search(question) and answer.figures and not any(
                    MONEY_OR_SHARE.search(f) for f in answer.figures):  # 设备有几台, 分别是什么
                return replace(decline(question, "决算只写了数目，没有列出具体是哪些，也没有写明"
                                       "它的金额。", answer.intent, match.confidence), firm=True)
            if glossary and DEFINED.search(question):  # 是什么，有多少钱: the meaning, no money
                return replace(answer, answer=f"{answer.answer}\n\n决算没有写明它的金额。")
            return decline(question, "决算没有写明这个数。", answer.intent, match.confidence)
        part = part_of_year(question) if (answer.figures or (
            answer.answered and not answer.sources and not glossary)) and \
            answer.intent != "figure.convert" else None  # a table's cell; 平均每月 is computed
        if part and not any(part.rstrip("份") in source.sentence for source in answer.sources):
            return decline(question, f"决算公开的是全年的数，没有单独列出{part}的数字。",
                           answer.intent, match.confidence)  # 12月份受理了多少: not the year's
        if answer.figures and WHICH.search(question) and not COUNT_ASKED.search(question) and \
                not any(MONEY_OR_SHARE.search(f) for f in answer.figures) and \
                not (answer.intent or "").startswith("org.contact"):  # 留的是哪个电话: it
            return replace(decline(question, "决算只写了数目，没有列出具体是哪些或怎么处理的。",
                                   answer.intent, match.confidence), firm=True)  # 评价的项目是
            # 哪些: a count names none of them, nor does the sentence stating it
        crossed = _economic_in_function(self.docs, match) if answer.answered and \
            answer.intent == "figure.amount" else None
        if crossed:  # 项目支出里工资福利多少, 行政运行里工资多少: 工资福利 is stated only of the
            whole, part = crossed  # basic spending, by economic class
            return replace(decline(question, f"决算没有列出{whole}中{part}的数，{part}只在基本"
                                   "支出里按经济分类列出。", answer.intent, match.confidence),
                           firm=True)
        lacking = self._lacking_item(match) if answer.answered and not (
            answer.intent or "").startswith("glossary.") else None
        if lacking and lacking in answer.answer and any(
                h.entry.name in question for h in match.hits if h.entry.kind != "term") and \
                not FIGURE_ASKED.search(question.partition(lacking)[2]):
            lacking = None  # 其他收入少了…，原因是债务收入减少，靠谱吗: the item is the reason
            # stated for the thing named, no figure asked of it (…那背了多少债: one is)
        if lacking and EACH_ASKED.search(match.masked) and answer.intent == "figure.amount" and \
                _joined_to_a_hit(match, lacking):
            said = f"决算没有单独列出“{lacking}”的数字。"  # 接待费和会议费分别多少: the one
            return replace(answer, answer=f"{answer.answer}\n\n{said}")  # stated, the other not
        if lacking:
            return decline(question, f"决算没有单独列出“{lacking}”的数字。", answer.intent,
                           match.confidence)  # 差旅费和会议费一共: never a sum short of one
        listed = LISTED_UNKNOWN.search(match.masked) if answer.figures and \
            EACH.search(match.masked) else None
        if listed:
            name = next(g for g in listed.groups() if g)
            return decline(question, f"决算里没有找到“{name}”对应的一项，不能逐项回答；"
                           "请分开问或换个说法。",
                           answer.intent, match.confidence)  # never half of a list, silently
        prefixed = (self._prefixed_item(match) or (
            self._defined_only(match) if answer.intent in FIGURE_KINDS else None)) if \
            answer.figures and not (answer.intent or "").startswith("glossary.") else None
        if prefixed:  # 科研事业收入: named in the text (事业收入 includes it), with no figure
            return replace(decline(question, f"决算没有单独列出“{prefixed}”的数字。",
                                   answer.intent, match.confidence), firm=True)
        part = self._part_said(match) if answer.figures else None
        if part and part.group(1)[:2] in answer.answer.split("\n")[0]:
            part = None  # 采购里头服务类的: 服务采购金额, the part found
        narrower = (NARROWER.search(match.masked) or part) if answer.figures else None
        if narrower and (narrower.group(1) == handlers.FISCAL or any(
                h.entry.name.startswith(narrower.group(1)) and (
                    h.coverage == 1 or h.entry.name == narrower.group(1)) for h in match.hits)):
            narrower = None  # 工资福利…我说的是基本支出里工资福利支出: a thing found, said again
            # (小学教育其中财政拨款: its 财政拨款收入)
        if narrower and not (answer.intent or "").startswith("glossary."):
            return decline(question, f"决算没有单独列出“{narrower.group(1)}”的数字。",
                           answer.intent, match.confidence)  # 事业收入中教育收费: not 事业收入
        unknown = self._unknown_english(question)
        if unknown and (answer.figures or answer.answered):  # a sentence or table cell too
            return decline(question, f"没有认出“{unknown}”指的是哪一项，请换个说法或用中文再问。",
                           answer.intent, match.confidence)
        if match.earlier and answer.intent not in ("figure.last_year", "figure.change",
                                                   "figure.reason", handlers.EARLIER,
                                                   "glossary.reverse") and not (  # 去年没做完…
                # 的钱叫什么: a year inside the description of a term
                answer.intent == "figure.times" and OVER_LAST_YEAR in answer.answer):
            return decline(question, "决算只公开本年度的数字，上一年的这个数没有写明，"
                           "也不能用本年度的数代替。", answer.intent, match.confidence)
        totals = self.data.vocabulary.totals
        if match.intent is None or match.intent.handler not in ("amount", "total") or (
                not match.hits or any(h.entry.name not in totals for h in match.hits)):
            return None
        thing = other_thing(self._passages, match.masked, match.doc_ids)
        if thing is None:
            return None
        return decline(question, f"决算没有单独列出“{thing}”的金额，只有全年的总数。",
                       match.intent.name if match.intent else None, match.confidence)

    def _figures_or_terms(self, question: str, match: Match) -> Answer:
        if not fold(question):
            return decline(question, "请输入一个问题，例如：公务接待费多少？")
        intent = match.intent
        if match.unknown_department:  # 西南大学明年…: the school not loaded is the answer
            return self._unknown_department(question, match)
        if match.unknown_year is not None:
            missing = decline(question, years_loaded(self.docs, match),
                              intent.name if intent else None)
            if not match.previous_year or not match.doc_ids or YEAR_WORDS_SAID.search(question):
                return missing  # (2015年比去年: a year not loaded set against another)
            rest = self._answer(question, self.matcher.match(match.text, match.doc_ids))
            if not rest.answered or rest.intent != "figure.last_year":  # 16年、15年的收入: the
                return missing  # year before, worked out from its stated change, beside the
                # year not loaded; never this year's figure
            return replace(rest, answer=f"{rest.answer}\n\n{missing.answer}")
        if match.ambiguous_departments and not match.named_docs:
            return self._which_department(question, match)
        if self._across.asks_region(match.text) or (
                (REGIONAL.search(match.text) or REGIONAL.search(question))  # (普陀区2024年财政
                and self._named_by_place(question)):  # 收入: said apart) 普陀区财政收入
            return replace(decline(question, "部门决算只公开本部门的收支，不包括全区（全市）的财政"
                                   "收入和支出。", intent.name if intent else None,
                                   match.confidence), firm=True)  # no sentence of the unit's
        if not match.doc_ids:
            return decline(question, f"没有找到对应的决算。{self.describe()}")
        unknown = self._unknown_english(question)
        if unknown and intent is not None and intent.handler in ("greet", "thanks"):
            return decline(question, f"没有认出“{unknown}”指的是哪一项，请换个说法或用中文再问。",
                           intent.name, match.confidence)  # English we cannot read is no thanks
        if intent is not None and intent.handler in ("greet", "thanks", "help", "decline"):
            unsure = intent.handler == "decline" and match.confidence < 0.75
            if unsure and not match.hits:
                fallback = self._fallback(question, match)
                if fallback is not None and fallback.answered:
                    return fallback
            named = any(h.coverage == 1 and h.entry.kind != "term" for h in match.hits)
            if not (match.hits and unsure) and not (named and match.confidence < 0.9):
                if unsure:  # 说说政务公开: read as out of scope, unsure; a sentence may fit
                    return decide(self._smalltalk(question, match),
                                  lambda: self._passage(question, match))
                return self._smalltalk(question, match)
            intent = self.data.by_name("figure.amount")
        if intent is None and match.hits:
            intent = self.data.by_name("figure.amount")
        if intent is None or (intent.needs and not match.hits
                              and intent.handler not in OWN_THINGS):
            fallback = self._fallback(question, match)
            if fallback is not None:
                return fallback
            if intent is None or intent.needs:
                return decline(question, "没有找到这个问题的答案。可以试试问：公务接待费多少、"
                               "三公经费比上年少了多少、什么是年初结转和结余。",
                               intent.name if intent else None, match.confidence)
        if match.earlier and (intent.handler == "budget" or "预算" in match.masked):
            return decline(question, "决算只公开本年度的预算数，没有上一年度的预算数。",
                           intent.name, match.confidence)
        if match.earlier and intent.handler in EARLIER_ASKED:
            intent = self.data.by_name("figure.last_year")  # never this year's figure for last
        if intent.handler in ("last_year", "budget") and not match.earlier and \
                self.matcher.cued_in_name_only(intent, match):
            intent = self.data.by_name("figure.amount")  # 上年结转和结余, 政府性基金预算…支出

        earlier_itself = match.earlier and (_earlier_asked_apart(match.masked) or _earlier_clause(
            question, max((int(self.docs[d].doc["year"]) for d in match.doc_ids), default=0))
            or _two_of_that_year_apart(match, question))
        if earlier_itself and intent.handler == "change":
            intent = self.data.by_name("figure.last_year")  # 22年的X是多少，不是写了比上年增加吗
        if intent.handler == "last_year" and CHANGED.search(match.masked) and \
                not BACKWARD.search(question) and not earlier_itself:
            intent = self.data.by_name("figure.change")  # 跟2023年比变了多少: the change
        if self.matcher.ambiguous(match) and not ROW_SAID.search(question) and not (
                BOTH_ASKED.search(question) and getattr(
                self.measures.asked(question), "name", "") == "money"):  # 是啥？花了多少: both
            # (高等教育这一行: a row of the tables, its figures)
            name = next(h.entry.name for h in match.hits if h.entry.kind == "term")
            return decline(question, f"您是想知道“{name}”的金额，还是它的含义？", intent.name,
                           match.confidence, (f"{name}是多少", f"什么是{name}"))
        named_fully = [h for h in match.hits if h.coverage == 1]
        if intent.handler in ("duties", "amount") and PURPOSE.search(match.text) and \
                named_fully and not MEANING.search(match.text):
            intent = self.data.by_name("figure.purpose")  # 购房补贴是干什么的: its stated use
        elif (intent.handler in ("duties", "amount") and PURPOSE.search(match.text) and any(
                h.entry.kind == "term" for h in named_fully)) or (
                intent.handler == "amount" and INCLUDES.search(match.text) and named_fully) or (
                intent.handler == "amount" and COMPRISES.search(match.text) and any(
                    h.entry.kind == "term" for h in named_fully)):
            intent = self.data.by_name("glossary.define")  # X是什么意思, X都包括哪些
        if intent.handler in ("budget", "change", "amount") and WHY.search(match.masked) and \
                match.hits and not FIGURE_ASKED.search(match.masked):
            intent = self.data.by_name("figure.reason")  # 为什么比年初预算少: the reason
        if intent.handler in ("change", "amount") and _two_compared(match):
            intent = self.data.by_name("figure.difference")  # 支出比收入多了多少: X − Y
        if intent.handler in FIGURES and (self._names_a_person(match.text) or
                                          PERSON_PAID.search(question)):
            intent = self.data.by_name("figure.personal")  # 夏泉工资多少: a person's, not ours
        return self._dispatch(question, match, intent)


    def _names_a_person(self, text: str) -> bool:
        """The question names a person the disclosures name (their 接洽人)."""
        if self._people is None:
            self._people = any_of({n for n in store.people(self._db) if len(n) >= 2})
        return bool(self._people.search(text))

    def _dispatch(self, question: str, match: Match, intent) -> Answer:
        docs = self._docs_for(match, intent)
        if intent.chart in ("years", "departments"):  # one answer over every document in scope
            return self._one(question, match, intent, docs[0])
        if len(docs) > 1 and intent.handler in ("define", "reverse_define"):  # 这种钱叫什么:
            return self._define_merged(question, match, intent, docs)  # each glossary's term
        if len(docs) > 1 and intent.handler == "not_disclosed":  # 花得合理吗: no one's says
            return self._one(question, match, intent, docs[0])
        if len(docs) > 1:
            several = len(match.named_docs) > 1 or YEARS.search(question)
            every = self._across.asks_every(match.text, len({
                h.entry.name for h in match.hits if h.entry.kind != "term"}))
            if intent.handler != "compare" and not every and not several:
                return self._which_one(question, docs, intent.name, match.confidence)
            own = {d: _said_of(match, d) for d in docs}  # 荷塘支出总计和普陀收入支出总计: each
            # its own thing
            per_doc = {d: {h.entry.name for h in own[d].hits if h.entry.doc_id == d} for d in docs}
            if intent.handler in ACROSS and all(len(n) <= 1 for n in per_doc.values()):
                intent = self.data.by_name("figure.amount")  # 两家的X加起来: X of each, summed
            docs = _as_named(docs, match)  # 普陀的是荷塘的几倍: in the order they are named
            answers = [self._one(question, own[d], intent, d) for d in docs]
            good = [(a, d) for a, d in zip(answers, docs, strict=True) if a.answered]
            if not good:
                return answers[0]
            return compare.combine(question, match.text, [a for a, _ in good],
                                   self._labels([d for _, d in good]), self._across)
        answer = self._one(question, match, intent, docs[0])
        return self._others_lacking(match, docs, answer)

    def _others_lacking(self, match: Match, docs: list[str], answer: Answer) -> Answer:
        """哪家人员经费多, with one department stating it: the others asked are said to lack it,
        so that one figure is never read as the larger of two."""
        scope = list(dict.fromkeys(match.doc_ids))
        asked = len(match.named_docs) > 1 or self._across.asks_every(match.text)
        named = [h.entry.name for h in match.hits if h.entry.kind != "term"]
        if not answer.answered or len(scope) <= len(docs) or not asked or not named:
            return answer
        lacking = "、".join(self.docs[d].label for d in scope if d not in docs)
        return replace(answer, answer=f"{answer.answer}\n\n{lacking}决算没有列出“{named[0]}”"
                       "的数字。")


    def answer_as(self, question: str, match: Match, name: str) -> Answer:
        """The answer of another kind of question (a chart with one year only: the figure)."""
        return self._dispatch(question, match, self.data.by_name(name))

    def sentence_for(self, question: str, match: Match) -> Answer | None:
        """The narrative's sentence that answers the question, when one covers it well enough."""
        found = self._passage(question, match)
        return found.answer if found is not None and found.confidence >= THRESHOLD else None

    def short_name(self, doc_id: str) -> str:
        return self._short_name(doc_id)

    def _unknown_department(self, question: str, match: Match) -> Answer:
        """A department that is not loaded is declined, naming the closest loaded ones."""
        near = self.matcher.directory.closest(match.unknown_department)
        hint = f"最接近的是：{'、'.join(near)}。" if near else self.describe()
        named = self._unknown_english(question) or match.unknown_department  # Putuo's bureau,
        return decline(question, f"没有“{named}”的决算数据。{hint}",  # not 府采购财政局
                       match.intent.name if match.intent else None, match.confidence)

    def _which_department(self, question: str, match: Match) -> Answer:
        """A name several loaded departments answer to (财政局 of two districts): ask which."""
        departments = [d for group in match.ambiguous_departments for d in group]
        docs = [self.matcher.docs_of(name)[0] for name in dict.fromkeys(departments)][:MAX_LISTED]
        options = tuple(option_for(question, self._short_name(d)) for d in docs)
        names = "、".join(self.docs[d].doc["department"] for d in docs)
        return decline(question, f"有几个单位都叫这个名字，请问您问的是哪一个？{names}",
                       match.intent.name if match.intent else None, match.confidence, options)

    def _labels(self, doc_ids: list[str]) -> list[str]:
        """How each document is named beside the others: department, and year when it differs."""
        years = {self.docs[d].doc["year"] for d in doc_ids}
        departments = {self.docs[d].doc["department"] for d in doc_ids}
        return [(self._short_name(d) if len(departments) > 1 else "") +
                (f"{self.docs[d].doc['year']}年" if len(years) > 1 else "") for d in doc_ids]

    def _which_one(self, question: str, docs: list[str], intent: str, confidence: float
                   ) -> Answer:
        """Several departments' documents answer: which one, with a button for each."""
        options = tuple(option_for(question, self._short_name(d)) for d in docs)
        names = "、".join(self.docs[d].label for d in docs)
        return decline(question, f"载入了多个单位的决算，请问您问的是哪一个？{names}", intent,
                       confidence, options)

    def _short_name(self, doc_id: str) -> str:
        """The department as citizens name it: the title without its province or city."""
        aliases = self.docs[doc_id].doc["aliases"].split("|")
        return aliases[1] if len(aliases) > 1 else aliases[0]

    def _define_merged(self, question: str, match: Match, intent, docs: list[str]) -> Answer:
        """One glossary answer over every loaded document; equal definitions shown once."""
        answers = [a for a in (self._one(question, match, intent, d) for d in docs) if a.answered]
        if not answers:
            return self._one(question, match, intent, docs[0])
        seen: dict[str, list[str]] = {}
        for answer in answers:
            seen.setdefault(answer.answer, []).append(answer.sources[0].document)
        text = "\n".join(body if len(seen) == 1 else f"{body}（{'、'.join(where)}）"
                         for body, where in seen.items())
        abouts = {a.about for a in answers}  # 这块花了多少 next: the term's row, when one
        return Answer(question, True, intent.name, match.confidence, text,
                      tuple(s for a in answers for s in a.sources),
                      about=abouts.pop() if len(abouts) == 1 else ())

    def _docs_for(self, match: Match, intent) -> list[str]:
        scope = list(match.doc_ids)
        if len(scope) <= 1 or not intent.needs:
            return scope
        with_hits = [d for d in scope if any(h.entry.doc_id == d for h in match.hits)]
        return with_hits or scope

    def _one(self, question: str, match: Match, intent, doc_id: str) -> Answer:
        doc = self.docs[doc_id]
        hits = [h for h in match.hits if h.entry.doc_id == doc_id]
        ctx = Context(question, match, intent, doc, hits, self)
        answer = handlers.HANDLERS[intent.handler](ctx)
        if not answer.answered and intent.handler in ("amount", "share", "budget"):
            fallback = handlers.statistic(ctx) if not hits else None
            if fallback is not None:
                return fallback
        return answer

    def _fallback(self, question: str, match: Match) -> Answer | None:
        """No thing named: a bare 支出/收入 means the total; else a statistic of the narrative."""
        intent = match.intent
        several = len(set(match.doc_ids)) > 1 and (len(match.named_docs) > 1
                                                   or self._across.asks_every(match.text))
        if intent is None or not intent.needs or (several and intent.handler in ACROSS_KINDS):
            intent = self.data.by_name("figure.amount")  # 哪个单位支出多: each one's total,
            # then compared across them
        docs = _as_named(list(dict.fromkeys(match.doc_ids)), match)
        answers = [a for a in (self._default_total(question, match, intent, d)
                               for d in docs) if a is not None]
        about = self._totals_said(match.text)[:1]  # 两家的收入各多少, 哪家多: the bare word,
        # each one's total
        if several and len(answers) == len(docs) and all(a.answered for a in answers):
            return replace(compare.combine(question, match.text, answers, self._labels(docs),
                                           self._across), about=about)
        if len(answers) > 1 and several:
            good = [a for a in answers if a.answered] or answers
            return Answer(question, good[0].answered, intent.name, match.confidence,
                          "\n\n".join(a.answer for a in good),
                          tuple(s for a in good for s in a.sources), about=about)
        if len(match.doc_ids) != 1:
            if len([a for a in answers if a.answered]) > 1:  # 收入比上年增加了吗: whose?
                docs = list(dict.fromkeys(match.doc_ids))[:MAX_LISTED]
                return self._which_one(question, docs, intent.name, match.confidence)
            return None
        if answers:
            return answers[0]
        doc = self.docs[match.doc_ids[0]]
        ctx = Context(question, match, self.data.by_name("figure.amount"), doc, [], self)
        return handlers.statistic(ctx)

    def _default_total(self, question: str, match: Match, intent, doc_id: str
                       ) -> Answer | None:
        """A bare 收入 or 支出 means the document's headline total; 项目支出 must not."""
        doc = self.docs[doc_id]
        totals = []  # 支出比收入多了多少: the two headline totals, one less the other
        for word, metrics in self.data.vocabulary.defaults:
            name = next((m for m in metrics if m in doc.facts), None)
            where = match.text.find(word)
            if name and where >= 0:
                totals.append((where, word, name))
        if len(totals) == 2:
            (i, a, _), (j, b, _) = sorted(totals)
            if _one_than_other(match.text, (i, i + len(a)), (j, j + len(b))):
                hits = [Hit(Entry(w, n, "metric", doc_id, 0.8), 1.0, 1.0, (k, k + len(w)))
                        for k, w, n in sorted(totals)]
                ctx = Context(question, match, self.data.by_name("figure.difference"), doc,
                              hits, self)
                return handlers.difference(ctx)
        own = _segment(match, doc_id)  # 荷塘的支出和普陀的收入: the word said of this one
        text = own if any(w in own for w, _ in self.data.vocabulary.defaults) else match.text
        said = self._across.without(text)  # 哪个单位支出多: 支出 is all it names
        rest = BARE_WORDS.sub("", said)
        for word, metrics in self.data.vocabulary.defaults:
            if len(rest.replace(word, "")) > BARE_REST:
                continue  # 办公用品水电这些商品服务类的开支: names more than the total
            if re.search(rf"(^|[{BARE_LEAD}]){word}", said):
                name = next((m for m in metrics if m in doc.facts), None)
                if name:
                    hit = Hit(Entry(word, name, "metric", doc_id, 0.8), 1.0, 1.0, (0, 0))
                    ctx = Context(question, match, intent, doc, [hit], self)
                    answer = handlers.HANDLERS[intent.handler](ctx)  # 收入多少 → 不对，支出:
                    return replace(answer, about=answer.about or (name,))  # about 收入总计
        return None

    def _smalltalk(self, question: str, match: Match) -> Answer:
        handler = match.intent.handler
        name = match.intent.name
        if handler == "greet":
            examples = "；".join(self.example_questions()[:3])
            return decline(question, f"您好！我可以回答部门决算公开的问题。{self.describe()}\n"
                           f"例如：{examples}", name, match.confidence)
        if handler == "thanks":
            return decline(question, "不客气！还有问题随时问我。", name, match.confidence)
        if handler == "help":
            return decline(question, self.help_text(), name, match.confidence)
        return decline(question, "抱歉，这个问题不在部门决算公开的范围内，我回答不了。"
                       "可以问收入、支出、三公经费、名词解释等。", name, match.confidence)

    # ------------------------------------------------------------ for the front ends

    def describe(self) -> str:
        """Which departments and years are loaded, in one line of at most a handful of names."""
        titles = [d.title for d in self.docs.values()]
        if len(titles) <= MAX_LISTED:
            return "已载入：" + "；".join(titles) + "。"
        departments = len({d.doc["department"] for d in self.docs.values()})
        return (f"已载入{len(titles)}份决算（{departments}个单位），例如：" +
                "；".join(titles[:3]) + "。全部单位可用 /departments 或 juesuan docs 查看。")

    def help_text(self) -> str:
        return ("我是决算问答，回答部门决算公开的问题：金额、占比、与上年和预算的比较、原因、"
                "名词解释、单位职能和联系方式。" + self.describe() + "\n例如：" +
                "；".join(self.example_questions()))

    def example_questions(self) -> list[str]:
        """Five questions this data answers, made from the loaded documents' own names."""
        doc = next(iter(self.docs.values()))
        out = []
        for name in ("三公经费", "公务接待费", "机关运行经费", "收入总计", "本年收入合计",
                     "支出总计", "一般公共预算财政拨款支出"):
            if name in doc.facts and len(out) < 3:
                out.append(f"{name}多少？" if len(out) != 1 else f"{name}比上年增加还是减少了？")
        if doc.terms:
            out.append(f"什么是{doc.terms[min(5, len(doc.terms) - 1)]['term']}？")
        out.append("联系电话是多少？")
        return out[:5]

    def glossary_terms(self) -> list[str]:
        return store.glossary_terms(self._db)

    def define(self, term: str) -> Answer:
        return self.ask(f"什么是{term}")

    def headline(self, department: str | None = None) -> Answer:
        """The headline figures of the department's documents (else of the first few loaded)."""
        docs = [d for d in self.docs.values()
                if department is None or d.doc["department"] == department]
        answers = []
        for doc in (docs or list(self.docs.values()))[:MAX_LISTED]:
            ctx = Context("主要数字", self.matcher.match("主要数字"),
                          self.data.by_name("figure.headline"), doc, [], self)
            answers.append(handlers.headline(ctx))
        good = [a for a in answers if a.answered]
        if not good:
            return answers[0]
        text = "\n\n".join(a.answer for a in good)
        return Answer("主要数字", True, "figure.headline", 1.0, text,
                      tuple(s for a in good for s in a.sources),
                      tuple(f for a in good for f in a.figures))


# which ones asked (是哪些, 哪几个项目) or how they were handled, not how many: a count is no
# answer
WHICH = re.compile(r"哪些|哪几|哪一些|分别是什么|分别是啥|都是什么|都是啥|都是些|是些什么"
                   r"|具体是什么|是哪|怎么处理|如何处理|怎么办的|怎么安排|处理结果|去向")
COUNT_ASKED = re.compile(r"多少|(?<![哪那这])几[个项件家人位批条次台辆]|数量|数目|总数")
MONEY_OR_SHARE = re.compile(r"元|%")

# a thing listed beside one found, each asked (离退休支出和囗各是多少), itself found nowhere
_UNFOUND = (rf"((?:(?![的{PLACEHOLDER}])[\u4e00-\u9fff]){{1,8}}?"
            r"(?:支出|收入|经费|资金|费用|费|补助|补贴|拨款))")
LISTED_UNKNOWN = re.compile(rf"{_UNFOUND}(?:和|与|及|以及|、){PLACEHOLDER}"
                            rf"|{PLACEHOLDER}(?:和|与|及|以及|、){_UNFOUND}")


# a part of the thing named said in words of its own, its amount asked (囗476.25万里买设备花了多少)
PART_SAID = re.compile(rf"{PLACEHOLDER}(?:[\d.]+(?:万元|万|元)?)?"
                       r"(?:当中|之中|里面|里头|里边|中间|里)"
                       rf"的?((?:(?!{PLACEHOLDER})[\u4e00-\u9fff]){{2,8}}?)"
                       r"(?:是|花了|用了|占了|花|用|占|有)?(?:多少|几[万千百])")
# words that are a column, a kind of question or a pointer, no part (囗里财政拨款多少, 里面最多的)
NOT_A_PART = re.compile(r"哪|什么|啥|各|分别|几|预算|决算|财政|拨款|上年|去年|前年|占|比例|比重"
                        r"|基本|项目|合计|总计|一共|总共|平均|每|全年|实际|最|增|减|变|这|那|它|其"
                        r"|收入|年初|年末|结转|结余|部分|块|本年|当年|差|剩|多出|少了|多了"
                        r"|^[有面头边]")
# a part of the thing found, named after it and found nowhere: 事业收入中教育收费, 财政拨款支出
# 里面基本建设资金支出 — the thing's own figure is no answer to it
FIGURE_KINDS = ("figure.amount", "figure.share", "figure.total", "figure.difference",
                "figure.change", "figure.budget", "figure.times")  # an amount asked, not a place
ITEM_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}(?:支出|收入|经费)")  # a line item, said
NARROWER = re.compile(rf"{PLACEHOLDER}(?:当中|之中|其中|里面|里头|里边|中|里(?![面头边]))的?"
                      rf"((?![哪啥几各每最])(?:(?!{PLACEHOLDER})[\u4e00-\u9fff]){{2,12}}?"
                      r"(?:支出|收入|经费|资金|收费|费用|费|补助|补贴|拨款))")


EARLIER_SAID = re.compile(r"上年|去年|上一年|前一年|往前推一年|(?<!\d)(\d{2}|\d{4})年")
CLAUSE_SPLIT = re.compile(r"[，,？?。；;！!]")
UNLISTED = re.compile(r"决算没有单独列出“")  # an item named that the disclosure does not list


def _economic_in_function(docs: dict, match: Match) -> tuple[str, str] | None:
    """(whole, part): a class of the economic classification (工资福利支出, 301) asked inside
    project spending or a functional class or item (行政运行, 2010601) said before it with 里/中:
    the tables cross no such two."""
    for hit in match.hits:
        doc = docs.get(hit.entry.doc_id)
        code = handlers.row_code(doc, hit.entry.name) if doc else ""
        if not code.startswith("3"):
            continue
        for whole in match.hits:
            if whole.entry.doc_id != hit.entry.doc_id or whole.span[1] > hit.span[0] or \
                    not handlers.PART_WITHIN.fullmatch(match.text[whole.span[1]:hit.span[0]]):
                continue
            own = handlers.row_code(doc, whole.entry.name)
            if whole.entry.name == "项目支出" or own.startswith("2"):
                return whole.entry.name, hit.entry.name
    return None


def _own_span(match: Match, doc_id: str) -> tuple[int, int] | None:
    """Where the text speaks of the document's department: after its name, before the next."""
    places = sorted(match.places)
    for i, (at, docs) in enumerate(places):
        if doc_id in docs:
            return at, places[i + 1][0] if i + 1 < len(places) else len(match.text)
    return None


def _segment(match: Match, doc_id: str) -> str:
    """What the text says after the document's department's name, before the next one's."""
    span = _own_span(match, doc_id)
    return match.text[span[0]:span[1]] if span else ""


def _said_of(match: Match, doc_id: str) -> Match:
    """The match with the document's things narrowed to those said after its department's name
    and before the next one's (荷塘的支出总计和普陀的收入支出总计), when any are."""
    span = _own_span(match, doc_id)
    inside = tuple(h for h in match.hits if h.entry.doc_id == doc_id and span and
                   span[0] <= (h.span[0] + h.span[1]) / 2 < span[1])  # (a loose match's
    # window may start a character early)
    if not inside:
        return match
    return replace(match, hits=tuple(h for h in match.hits if h.entry.doc_id != doc_id) + inside)


def _earlier_clause(question: str, latest: int) -> bool:
    """…比16年多出多少，16年是多少: a clause of its own asks the earlier year's figure, with no
    change or comparison in it (the change said in another clause is the means)."""
    for clause in CLAUSE_SPLIT.split(question):
        said = EARLIER_SAID.search(clause)
        if said is None or not FIGURE_ASKED.search(clause, said.end()) or \
                CHANGED.search(clause) or "比" in clause:
            continue
        year = said.group(1)
        if year is None or latest and (int(year) + (2000 if len(year) == 2 else 0)) < latest:
            return True
    return False


def _two_of_that_year_apart(match: Match, question: str) -> bool:
    """2022年收入和支出差多少: two things of the year before set against each other, the year
    no comparand (跟2022年比差多少 is a change)."""
    named = {h.entry.name for h in match.hits if h.entry.kind != "term"}
    return len(named) >= 2 and handlers.GAP_OF_TWO.search(match.masked) is not None and \
        YEAR_COMPARED.search(question) is None


YEAR_COMPARED = re.compile(r"[比跟和与较同](?:\d{2,4}|上一?|去|前一?)年")


def _earlier_asked_apart(text: str) -> bool:
    """上年度的X是多少（说明里写了比上年增加了多少）: a figure of the year before is asked first,
    with no change word before it; the change said after it is the means, not the question."""
    earlier = EARLIER.search(text)
    asked = earlier and FIGURE_ASKED.search(text, earlier.end())
    if not asked:
        return False
    opened = re.search(r"(?:那么|那)$", text[:earlier.start()])  # …涨了一点，那2023年是多少来着:
    return not CHANGED.search(text, earlier.start() if opened else 0, asked.end())  # a clause
    # of its own opens with 那, the change said before it


def _two_compared(match: Match) -> bool:
    """Two things of one document named as "X比Y多/少…": a difference of the two, not a change
    against last year or a budget."""
    for doc_id in dict.fromkeys(h.entry.doc_id for h in match.hits):
        hits = sorted({h.entry.name: h for h in match.hits
                       if h.entry.doc_id == doc_id}.values(), key=lambda h: h.span)
        for a, b in zip(hits, hits[1:], strict=False):
            if _one_than_other(match.text, a.span, b.span):
                return True
    return False


def _one_than_other(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Text reads "A比B多/少…" (or "A减B": one less the other) at these two spans."""
    return bool(COMPARED.fullmatch(text[a[1]:b[0]]) and MORE_OR_LESS.match(text[b[1]:])
                or handlers.MINUS_SAID.fullmatch(text[a[1]:b[0]]))


def option_for(question: str, department: str) -> str:
    """A clarification option as a whole question: "这个单位有几辆车" → "X有几辆车" (the
    pointing words become the department), else the department put in front."""
    text, pointed = DEICTIC.subn(department, question.strip(), count=1)
    return text if pointed else f"{department}{question.strip()}"


def _rest_said(doc: DocIndex, name: str, whole: dict, part: dict, value: str,
               share: str = "") -> str:
    """其中…，项目支出为0.00万元: the whole, its stated part, and the rest worked out."""
    return (f"{doc.label}{whole['metric']}{whole['value']}，其中{part['metric']}{part['value']}"
            + (f"（占{share}）" if share else "") + f"，{name}为{value}（计算得出，非原文数字）。")


PAIR_KINDS = ("times", "difference")  # 甲是乙的几倍, 甲比乙多多少: two things set against each


def _pair_named(match: Match) -> bool:
    """服务是货物的几倍 after 服务多少: the two things it sets against each other named in the
    line itself (no earlier thing joins them), none said by a pointer."""
    names = {h.entry.name for h in match.hits if h.entry.kind not in ("term", "derived")}
    return match.intent is not None and match.intent.handler in PAIR_KINDS and len(
        names) == 2 and len(match.hits) == 2 and not POINTER_SAID.search(match.text) and (
            match.hits[0].span[1] <= match.hits[1].span[0]
            or match.hits[1].span[1] <= match.hits[0].span[0]) and not any(
            n.endswith(("合计", "总计")) for n in names)  # (收的比花的多多少: the sides, of
    # whatever the talk is about)


POINTER_SAID = re.compile(r"它|其|这|那|前者|后者|上面|刚才|去年|上年"
                          r"|两家|谁|哪家|哪个单位|两个单位|都")  # (of two departments too)


def _outside(text: str, word: str, names) -> str:
    """The text with every longer name holding the word taken out (其他社会保障缴费 is listed
    where 社会保障缴费 is not)."""
    for name in sorted((n for n in names if word in n and n != word), key=len, reverse=True):
        text = text.replace(name, "")
    return text


def _named_apart(match: Match, word: str) -> set[str]:
    """The things named whole outside the word."""
    at = match.text.find(word)
    end = at + len(word)
    return {h.entry.name for h in match.hits if h.coverage == 1 and h.entry.kind != "term"
            and (h.span[1] <= at or h.span[0] >= end)}


def _joined_to_a_hit(match: Match, word: str) -> bool:
    """接待费和会议费: the word is listed beside a thing found (和, 与, 、), not inside one
    (基本支出里人员经费和公用经费: no thing asked is answered)."""
    at = match.text.find(word)
    end = at + len(word)
    return at >= 0 and any(
        h.span[1] <= at and _joins(match.text[h.span[1]:at])
        or h.span[0] >= end and _joins(match.text[end:h.span[0]]) for h in match.hits)


def _joins(between: str) -> bool:
    """和, 以及, or nothing at all (会议费、差旅费: the 、 is normalised away)."""
    return between in ("", "以及") or len(between) == 1 and between in JOINTS


EACH_ASKED = re.compile(r"各|分别")  # 接待费和会议费各花了多少 (花了 read as 支出)


def _as_named(docs: list[str], match: Match) -> list[str]:
    """甲是乙的几倍 states an order: the documents in the order the question names them (as
    loaded otherwise)."""
    if not compare.ORDER_SAID.search(match.text) or len(match.named_docs) < 2:
        return docs
    named = list(dict.fromkeys(match.named_docs))
    return sorted(docs, key=lambda d: named.index(d) if d in named else len(named))
