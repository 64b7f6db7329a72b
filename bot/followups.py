"""Follow-ups: a question that leans on the last answer (那上一年呢, 其中公车呢, 财政局的呢),
asked again as the rewrites the conversation proposes of it, the first the engine answers as
asked; a kind the last thing has no figure of declined as such."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import conversation, handlers
from bot.answer import Answer
from bot.conversation import TRAILING, State
from bot.handlers import FIGURES, decline
from bot.nlu import GENERIC_TAIL, INTENT_CUTOFF, NO_THING, PLACEHOLDER, Hit, Match
from bot.normalize import fold
from bot.passages import DEFINES, PASSAGE
from bot.wording import COMPUTED, OWN_FUNDS

# every source of funds asked after a 财政拨款 figure (全部资金口径呢, 不光是财政的，全部算上呢)
ALL_FUNDS = re.compile(r"全部资金|所有资金|全部的资金|全口径|全部口径|不光是?财政|不只是?财政"
                       r"|不仅是?财政|不单是?财政|全部算上|都算上|所有来源|各种来源"
                       r"|(?:全部|所有|总)的?支出(?:里面?|中|当中)")  # 全部支出里基本支出
NOT_ONLY_FISCAL = re.compile(r"不光是?财政|不只是?财政|不仅是?财政|不单是?财政")  # a correction
TABLE_CITED = re.compile(r"([\u4e00-\u9fff]*决算表)「")  # 高等学校支出决算表「高等教育」
FISCAL_SAID = re.compile(r"(?:其中|里面?|中)?的?财政拨款的?")
TIMED_NAME = re.compile(r"^(年初|年末|本年|上年)(结转和结余|结转结余)")  # 财政拨款 goes inside
# 财政拨款支出多少 asked in full, no 其中/里面/呢: the total of that name, not a scope
TOTAL_ASKED_ALONE = re.compile(r"(?:一般公共预算)?财政拨款支出(?:总计|合计)?(?:是|有)?多少(?:钱)?")
CELL_POINTER = re.compile(r"(?<=[是比占])它")  # 是它的几倍: the cell just asked
SCOPE_SAID = re.compile(r"(?:其中|里面|当中)?财政(?:拨款)?(?:支出)?")  # the funds named alone
# the last thing's figure of a kind not disclosed: a follow-up naming only the kind is declined
KIND_DECLINES = {"figure.budget", "figure.change", "figure.last_year",
                 "figure.reason", "figure.not_disclosed"}
# 另外两项呢: the parts not yet asked (另外，X也说一下 asks X besides)
REST_ASKED = re.compile(r"另外(?=[的几两三四那这一些项个]|呢|$)|其他|其余|剩下|剩余|还有哪")
# money words that name no item of their own when a follow-up says them (占本年支出的多少)
GENERIC_SAID = re.compile(r"本年|全年|当年|支出|收入|经费|费用|资金|拨款|决算|预算|钱")
# said bare: how a line asks (这个科目支出合计多少: of the thing pointed at)
BARE_SIDE = re.compile(r"(?:一共|总共|共|全年)?(?:支出|收入)(?:合计|总计|总额)?")
SPENT_VERB = re.compile(r"花|用了|用掉|开销")  # 一共花了多少: the verb the normaliser made 支出
OTHERS_SAID = re.compile(r"除了|除去|以外|之外|别的|其他|其余")  # 除了教育以外，别的一共花了多少
INSIDE_SAID = re.compile(r"里面|里头|其中|当中")  # a part of the last thing (这里面, 这当中)

# 占 with nothing but the kind of a share after it (公积金占了多少, 占几成, 占比多少)
SHARE_OF_NOTHING = re.compile(r"占(?=(?:了|比|到)?(?:多少比例|多少比重|多少|几成|百分之几|%几"
                              r"|多大比例|多大比重"
                              r"|几个点|一半以上|一半|过半|大半|一大半)?(?:了)?[吗呢没]?$)")


SET_AGAINST = ("difference", "compare", "times", "total")  # kinds of two things or more
# the funds the things asked are of (小学教育的财政拨款支出, 财政拨款支出里…)
SCOPE_SAID_OF = re.compile(r"的财政拨款|财政拨款(?:支出|收入)?(?:里|中|当中|里面)"
                           r"|(?:^|那|其中)财政拨款(?![支收总])")  # (那财政拨款高中教育)


def _names_asked(reply: Answer, names: list[str]) -> bool:
    """A figure's answer to a follow-up names each term the follow-up said whole (年初结转和结余
    呢: 年初财政拨款结转和结余 is it, 财政拨款收入总计 no), its funds and time words aside."""
    lead = reply.answer.split("\n")[0].replace(handlers.FISCAL, "")
    return all(TIMED_NAME.sub(r"\1\2", n.replace(handlers.FISCAL, "")) in lead
               or TIMED_NAME.sub(r"\2", n) in lead and n[:2] in lead for n in names)


class FollowUps:
    """Part of Engine: its follow-up candidates and the checks each reply must pass."""

    def _follow_up(self, question: str, match: Match, state: State, context: tuple[str, ...],
                   about: tuple[str, ...], named: set[str], leaning: bool, figure_last: bool
                   ) -> tuple[Answer, State] | None:
        """The reply to a follow-up, and the state after it; None: the question is answered
        on its own."""
        if conversation.CARRIED_SPLIT_ASKED.search(match.text) and any(
                "结转和结余" in t for t in state.things) and self._halves_unstated(
                    about or match.doc_ids):  # 年末结转和结余, 其中结转多少: the
            return replace(decline(question, conversation.CARRIED_SPLIT_SAID,  # halves are not
                                   match.intent.name if match.intent else None,  # stated
                                   match.confidence), firm=True), state
        absent = self._absent_named(question, match, about or match.doc_ids)
        if absent is not None:  # 机构运行支出多少, 那机关运行经费是多少: not in this layout, never
            return absent, state  # a sentence on the last thing
        kind = match.intent.handler if match.intent else self._kind_of_follow_up(match)
        back = bool(conversation.back_word(match.text, self._followups))
        exact = [h.span for h in match.hits if h.coverage == 1  # 其中教育: no misread
                 or h.entry.name in state.before  # 住房公积金, 购房补贴, 公积金预算呢
                 or _core_said(h, match.text) and not self._in_column(h, state, match)
                 # 卫生健康呢，占比多少: 卫生健康支出 (no row of the column just asked)
                 or back and h.entry.kind != "term"  # 回到刚才那个公车: 公车 is named
                 or kind in HEAD_NAMES and _head_said(h, match.text, kind)]  # 公务用车包括什么
        pointed = conversation.pointed(match.text, self._followups)
        if pointed:  # 它一共花了多少钱: the 支出 the normaliser made of 花了 asks, of it
            exact = [(a, b) for a, b in exact
                     if not BARE_SIDE.fullmatch(match.text[a:b]) or a < pointed]
        elif SPENT_VERB.search(question) and not OTHERS_SAID.search(match.text) and all(
                BARE_SIDE.fullmatch(match.text[slice(*h.span)]) for h in match.hits) and not any(
                t in self.data.vocabulary.totals for t in state.things):  # 高中教育…, 一共花了
            exact = []  # 多少: the verb said with 一共, of the item just asked, not the total
        candidates = conversation.rewrites(  # 高中教育, a part of the last thing
            match.text, match.masked if exact or not match.hits else match.text, exact,
            kind, state, self._followups, question)
        unscoped = ""
        corrected = NOT_ONLY_FISCAL.search(match.text) is not None  # 不光财政拨款那部分
        if ALL_FUNDS.search(match.text) and not conversation.ALL_FUNDS_WHOLE.search(
                match.text) and (handlers.FISCAL in state.question or (
                corrected and state.source and handlers.FISCAL in state.source.section)) and all(
                handlers.FISCAL in match.text[a:b] or corrected and any(
                    h.span == (a, b) and h.entry.name in self.data.vocabulary.totals
                    for h in match.hits) for a, b in exact):  # 全部资金口径呢 (总的支出，不光
            # 财政拨款那部分: the same, its total said as a word of the sides)
            unscoped = FISCAL_SAID.sub("", state.question)  # after 财政拨款…: the same
            candidates = [(unscoped, "", False)]  # question, of all funds, or none
        scoped_thing = ""  # the last thing asked again in the 财政拨款 scope said before
        # (小学教育的财政拨款支出, 跟高中教育比差了多少: the two in that scope)
        listed = state.sentence.partition("其中")[2]  # 财政拨款支出…其中基本支出、项目支出
        a_part = bool(listed) and all(h.entry.name in listed for h in match.hits)
        fiscal_beside = any(handlers.FISCAL in t and t in listed  # 财政拨款收入, 事业收入:
                            for t in state.things)  # no scope
        set_against = kind in SET_AGAINST and SCOPE_SAID_OF.search(state.question) and not any(
            handlers.FISCAL in t for t, _, _ in candidates)
        if (leaning or a_part or set_against) and not fiscal_beside and match.hits and \
                not OWN_FUNDS.search(match.hits[0].entry.name) and \
                handlers.FISCAL in state.question and not ALL_FUNDS.search(match.text) and \
                handlers.FISCAL not in match.text and (state.intent or "").startswith(
                    "figure."):  # 财政拨款支出…其中项目支出呢: the same scope (财政拨款
            # 占多少, 其他收入呢: never of 财政拨款, by its nature)
            at = match.hits[0].span[0]
            scoped = match.text[:at] + handlers.FISCAL + match.text[at:]
            said = match.text[slice(*match.hits[0].span)]
            kinds = [(t.replace(said, handlers.FISCAL + said, 1), match.hits[0].entry.name,
                      strict) for t, _, strict in candidates if said in t and t != match.text]
            # …基本支出占比多少, 项目支出呢: the last kind of question, in the same scope
            candidates = [*kinds, (scoped, match.hits[0].entry.name, False), *candidates]
        elif candidates and not match.hits and handlers.FISCAL in state.question and not any(
                handlers.FISCAL in t for t in state.things) and \
                handlers.FISCAL not in match.text and (state.intent or "").startswith(
                    "figure.") and kind != "ranking":  # 财政拨款…基本支出呢, 占多少: its
            # share in the same scope (倒数第二呢 after a ranking asks that ranking again)
            last = "和".join(state.things)
            scoped_thing = handlers.FISCAL + last + match.text
            if kind in SET_AGAINST:  # 小学教育…, 高中教育呢,
                scoped_thing = handlers.FISCAL + candidates[0][0]  # 高中比小学多多少: in scope
            candidates = [(scoped_thing, state.things[0], False), *candidates]
        sibling = self._sibling_named(match, state, about or match.doc_ids)
        if sibling:  # 职业年金呢, 离退休的那块呢: the row beside it, 行政单位离退休
            candidates = [(state.masked.replace(PLACEHOLDER, sibling, 1)
                           if PLACEHOLDER in state.masked else sibling + match.text,
                           sibling, False), *candidates]
        of_last = self._share_of_last(match, state, about or match.doc_ids)
        if of_last:  # 住房保障支出多少, 公积金占了多少: the part named now, of the last thing
            candidates = [(of_last, "", False), *candidates]
        rest = self._rest_of_parts(match, state, about or match.doc_ids)
        if rest:  # 工资福利和商品服务分别多少 / 另外两项呢: the parts not yet asked
            candidates = [("和".join(rest) + "各多少", "", False), *candidates]
        scoped_last, no_fiscal_part = "", False
        pair_said = any(p in match.text for p in self._followups.pair)  # 这两项, 它们
        if self._scope_of_last(match, state):  # 住房公积金多少 / 其中财政拨款出的呢
            asked = SCOPE_SAID.sub("", match.text)
            last = state.things  # 这两项财政拨款出了多少: the last two, in that scope
            if len(last) == 1 and state.before and pair_said:
                last = state.before[:1] + last
            scoped_last = "和".join(last) + handlers.FISCAL + asked
            candidates = [(scoped_last, state.things[0], False), *candidates]
            no_fiscal_part = not self._fiscal_stated(state.things, about or match.doc_ids)
            inside = [TIMED_NAME.sub(r"\1" + handlers.FISCAL + r"\2", t) for t in last]
            if inside != list(last):  # 年初结转和结余, 财政拨款口径的呢: 年初财政拨款…
                candidates = [("和".join(inside) + asked, "", False), *candidates]
        rows = self._rows_of_columns(match, state) if match.hits and not (
            match.intent is not None and match.intent.handler == "ranking"
            or conversation.POINTED_TAKEN.search(match.text)) else ()  # (支出合计减去这一类:
        # the last thing taken out of a whole, never that whole's cell of its row)
        # 项目支出里哪一项最多 after its items: the column's own items, not those rows
        if rows == state.things and len(rows) == 1 and state.before and pair_said:
            rows = state.before[:1] + rows  # 这两项财政拨款出了多少: the last two rows' cells
        if rows:  # 行政运行支出多少 / 其中基本支出呢: that row's cells
            text = match.text
            asked = [t for t in state.things if t not in rows]  # 教育支出里项目支出多少, 基本
            if len(rows) == 1 and len(asked) == 1 and CELL_POINTER.search(text):  # 支出是它的
                text = CELL_POINTER.sub(rows[0] + asked[0], text, 1)  # 几倍: 它 is that cell
            candidates = [("和".join(rows) + text, "", False), *candidates]
        crossing = self._row_in_column(match, state)
        if crossing:  # 基本建设资金多少 / 这里面高等教育那一块呢: the row's cell of it
            candidates = [(crossing, "", False), *candidates]
        again_named = {h.entry.name for h in match.hits} <= set(state.things)
        if len(named) == 1 and state.department and state.department not in named and \
                self._across.asks_every(match.text) and again_named:
            # 普陀的其他收入, 荷塘的呢？谁多 (跟荷塘的其他收入比，哪个多): the last thing of
            # both departments, compared
            thing = "" if match.hits else "和".join(state.things)
            both = f"{state.department}和{next(iter(named))}{thing}{match.text}"
            candidates = [(both, "", False), *candidates]
        elsewhere = self._carried_elsewhere(question, match, state, named)
        if elsewhere is not None:  # 普陀…国有资本经营预算, 荷塘那边呢: nothing of it there
            return elsewhere, self._remember(state, match, elsewhere)
        kind_only = match.intent is not None and match.intent.name in KIND_DECLINES
        unheard = [said for h in match.hits for a, b in [h.span] for said in [match.text[a:b]]
                   if (a, b) not in exact and len(core := GENERIC_SAID.sub("", said)) >= 2
                   and core in h.entry.name and h.entry.name not in "".join(state.things) and
                   handlers.FISCAL not in h.entry.name]  # an item named in part (公车 of
        # 公务用车运行维护费), no money word alone (那去年呢，花了好多: its 支出)
        said = self.matcher.cue_removed(match.intent, match.text) if kind_only \
            else match.text  # 比上年多少: the kind alone names nothing to look for
        named_whole = [h.entry.name for h in match.hits if h.coverage == 1 and
                       match.text[h.span[0]:h.span[1]] == h.entry.surface] if all(
            h.entry.kind == "term" for h in match.hits) else []  # a term alone, said whole
        held_back = None  # 政府性基金…, 这笔钱花在哪了: its firm decline, never the unit's own
        own_named = [h.entry.name for h in match.hits if h.entry.kind == "metric" and
                     match.text[slice(*h.span)] == h.entry.name and h.entry.name not in
                     "".join(state.things)] if match.intent is not None and \
            match.intent.name == "figure.last_year" else []  # a thing of its own, said by its
        # very name, its year before asked
        for text, part, strict in candidates:
            again = self.matcher.match(text, match.named_docs or context)
            found = [h.entry.name for h in again.hits  # 公务接待费, 那公务用车呢: the part
                     if again.text[h.span[0]:h.span[1]] == h.entry.surface]  # said as is
            if part and not any(part in n or part in n.replace(handlers.FISCAL, "")
                                for n in found):
                continue
            reply = self._answer(question, again)
            if reply.answered and own_named and (reply.intent or "").startswith("figure.") and \
                    not any(n in reply.answer.partition("原文")[0] for n in own_named):
                continue  # 一般公共预算支出…, 那23年的住房保障支出: never the last thing's answer
                # for a thing named whole now
            residue = conversation.leftover(match.text, self._followups) if kind in (
                None, "amount") else ""
            if reply.answered and unheard and text.startswith("和".join(state.things)) and \
                    (reply.intent or "").startswith("figure.") and \
                    not any(u in reply.answer.partition("：")[0] for u in unheard):
                continue  # 三公经费预算多少, 公车，比预算少花了多少: 公车 named in part is
                # the thing asked, never the last thing it was put after
            if text == scoped_thing and reply.answered and not _names_one_of(
                    reply.answer.partition("原文")[0], residue or part[:4]):
                continue  # 来华留学教育…, 去年呢: never 财政拨款收入's, said beside it;
                # 小学教育…, 那高中呢: never 小学教育's again
            if text == unscoped and handlers.FISCAL in reply.answer.split("\n")[0] and not any(
                    handlers.FISCAL not in t for t in TABLE_CITED.findall(reply.answer)):
                continue  # 基本建设资金, 全部资金口径呢: only its 财政拨款 figure is stated
                # (高等教育: a table of all funds has its row, quoted with it)
            if text == scoped_last and (handlers.FISCAL not in reply.answer.partition(
                    "原文")[0] or no_fiscal_part and not any(
                        t in reply.answer.split("\n")[0] for t in state.things)):
                continue  # 支出多少, 财政给了它多少: no 财政拨款 part of it is stated
                # (科学技术支出, 这里面财政拨款出了多少: never 财政拨款收入总计 for it)
            if reply.intent == PASSAGE and not (self._says_something(said) and self._fits(
                    match.text, reply, leaning, figure_last)):
                continue  # 百分比呢: a sentence on the last thing is no answer to the kind;
                # 那十四五呢: nor one that says nothing of what the follow-up names
            if reply.answered and (reply.intent or "").startswith("figure.") and \
                    COMPUTED not in reply.answer and not _names_asked(reply, named_whole):
                continue  # 年末财政拨款结转和结余, 年初结转和结余呢: never 财政拨款收入总计
            if meaning_for_amount(state, reply, kind):
                continue  # 年末结转和结余多少, 那年初的呢: its meaning is no amount
            if reply.answered and not match.hits and kind == "sentences" and \
                    self._ignores(question, match.text, reply):
                continue  # 津贴补贴…奖金呢: the last thing's figure says nothing of 奖金
            firm = not match.hits and not reply.options and reply.intent in KIND_DECLINES
            if not match.hits and reply.firm and not reply.options and held_back is None:
                # (商品和服务支出, 都花在哪了: its parts, unlisted; never the unit's classes;
                # 这笔钱花在哪了 after 政府性基金: its firm decline): what the last thing's
                # kind firmly lacks, kept when no other candidate answers
                held_back = reply, self._remember(state, again, reply)
            if reply.answered or (strict and not reply.options) or firm:  # 那年初预算呢: the
                # last thing has no budget stated, and no other thing's budget answers it
                state = self._remember(state, match, Answer(question, False, None, 0, ""))
                if part:  # 其中项目支出呢 in 财政拨款: the part is the thing now
                    again = replace(again, hits=tuple(
                        h for h in again.hits if part in h.entry.name) or again.hits)
                return reply, self._remember(state, again, reply)
        if held_back is not None:  # (asked alone it would be of the unit as a whole)
            return held_back
        if unscoped:
            thing = "、".join(state.things)
            return replace(decline(question, f"决算只列出了{thing}的财政拨款数，没有全部资金"
                                   "口径的数。", match.intent.name if match.intent else None,
                                   match.confidence), firm=True), state
        if scoped_last and no_fiscal_part and match.intent is not None and \
                match.intent.handler in FIGURES:
            thing = "、".join(state.things)  # 科学技术支出, 这里面财政拨款出了多少: none
            return replace(decline(question, f"决算没有单独列出{thing}中财政拨款的部分。",
                                   match.intent.name, match.confidence), firm=True), state
        if candidates and not match.hits and not match.named_docs and match.intent is not \
                None and match.intent.name in KIND_DECLINES:  # 政府采购服务支出, 跟上年比呢:
            # no change stated for it; the change of whatever sentence says 比上年 is none
            thing = "、".join(state.things)
            return decline(question, f"决算没有写明{thing}的这个数。", match.intent.name,
                           match.confidence), state
        return None

    def _absent_named(self, question: str, match: Match, docs: tuple[str, ...]
                      ) -> Answer | None:
        """A decline when the follow-up names a part of the template that none of the
        documents talked about says anything of; None otherwise."""
        named = handlers.template_gap(fold(question),  # the asker's words (出国留学 is read as
                                  [self.docs[d] for d in docs if d in self.docs])  # 因公出国)
        if named is None:
            return None
        return decline(question, f"{handlers.UNDISCLOSED}（决算里没有“{named}”的内容。）",
                       match.intent.name if match.intent else None, match.confidence)

    def _share_of_last(self, match: Match, state: State, docs: tuple[str, ...]) -> str:
        """公积金占了多少 after 住房保障支出: the one thing named now, a part of the last thing,
        its share of it (占 with nothing after it but the kind); "" otherwise."""
        cut = SHARE_OF_NOTHING.search(match.text)
        names = {h.entry.name for h in match.hits if h.entry.kind != "term"}
        if cut is not None and not names and len(state.things) == len(state.before) == 1 and \
                match.intent and match.intent.handler == "share":  # 行政运行呢, 它在这一类里
            part, whole = state.things[0], state.before[0]  # 占几成: the last thing, pointed
            # at, of the one before it; 其中财政事务呢, 占多少: the same, unless the part
            # states a share of its own (工资福利支出占总支出10.50%)
            own = any(f["qualifier"] == "占比" for d in docs
                      for f in self.docs[d].facts.get(part, []))
            if conversation.pointed(match.text, self._followups) or not own:
                return f"{part}占{whole}{match.text[cut.end():]}" if any(
                    self._under(part, whole, d) for d in docs) else ""
        things = [t for t in state.things if t not in conversation.SUM_NAMES]  # (支出合计: 合计
        # read as a column of its own beside it)
        if cut is None or len(names) != 1 or len(things) != 1 or not match.intent or \
                match.intent.handler != "share":
            return ""
        part, whole = next(iter(names)), things[0]
        if part == whole and len(state.before) == 1:  # 一般公共服务支出, 行政运行呢, 行政运行
            whole = state.before[0]  # 在这一类里占几成: of the one asked before it
        if part == whole or not (any(self._under(part, whole, d) for d in docs) or
                                 INSIDE_SAID.search(match.text[:cut.start()])) or any(
                f["qualifier"] == "占比" for d in docs for f in self.docs[d].facts.get(part, [])):
            return ""  # (基本支出占比: its own share, as stated)
        return match.text[:cut.start()] + "占" + whole + match.text[cut.start() + 1:]

    def _under(self, part: str, whole: str, doc_id: str) -> bool:
        """The part is stated under the whole: as its parent, or by the tables' codes."""
        doc = self.docs[doc_id]
        if any(f["parent"] == whole for f in doc.facts.get(part, [])):
            return True
        codes = [handlers.row_code(doc, n) for n in (part, whole)]
        return all(codes) and codes[0] != codes[1] and codes[0].startswith(codes[1])

    def _rest_of_parts(self, match: Match, state: State, docs: tuple[str, ...]) -> list[str]:
        """另外两项呢, 剩下的呢: the stated parts of the whole the last things are parts of,
        besides those (none when the follow-up names a thing said whole, or the whole is not
        one)."""
        if not REST_ASKED.search(match.text) or any(h.coverage == 1 for h in match.hits):
            return []
        for doc_id in docs:
            facts = self.docs[doc_id].all_facts
            parents = {f["parent"] for f in facts if f["metric"] in state.things and f["parent"]}
            if len(parents) != 1:
                continue
            parent = parents.pop()
            parts = dict.fromkeys(f["metric"] for f in facts if f["parent"] == parent
                                  and f["qualifier"] == "决算数")
            rest = [p for p in parts if p not in state.things]
            if rest and len(rest) < len(parts):
                return rest
        return []

    def _sibling_named(self, match: Match, state: State, docs: tuple[str, ...]) -> str | None:
        """A follow-up naming, in part (three characters or more), a table row under the
        same heading as the last thing (职业年金缴费, 离退休的那块呢 → 2080501 行政单位离退休):
        that row, when it is the only one. Two characters named too many wrong rows (held-out,
        found by ablation)."""
        said = conversation.leftover(match.text, self._followups)
        if len(said) < 3 or any(h.coverage == 1 for h in match.hits):
            return None
        for doc_id in docs:
            cells = self.docs[doc_id].cells
            parents = {code[:-2] for t in state.things for c in cells.get(t, [])
                       if len(code := handlers.code_of(c)) > 3}
            if not parents:
                continue  # the last thing is no coded row: no table is scanned
            rows = {c["row"] for group in cells.values() for c in group
                    if handlers.code_of(c)[:-2] in parents
                    and said in c["row"] and c["row"] not in state.things}
            if len(rows) == 1:
                return rows.pop()
        return None

    def _fiscal_stated(self, things: tuple[str, ...], doc_ids: tuple[str, ...]) -> bool:
        """Whether any of these things has a 财政拨款 figure of its own in a table or sentence;
        a total always has (总支出, 财政给了它多少: what the funds gave)."""
        if any(t in self.data.vocabulary.totals or t.endswith(("总计", "合计")) for t in things):
            return True
        for doc_id in doc_ids:
            doc = self.docs[doc_id]
            for name in things:
                if any(handlers.FISCAL in c["table"] + c["column"] for c in doc.cells.get(
                        name, [])) or any(handlers.FISCAL in f["sentence"] or handlers.FISCAL in (
                        f.get("scope") or "") for f in doc.facts.get(name, [])):
                    return True
        return False

    def _scope_of_last(self, match: Match, state: State) -> bool:
        """A follow-up that names only the funds (其中财政拨款出的呢, 财政出了多少) after a thing
        that is no funds itself asks that thing's 财政拨款 part, not 财政拨款收入."""
        said = [match.text[a:b] for a, b in (h.span for h in match.hits
                                              if h.entry.kind != "term")]  # (a term in part)
        only = all(SCOPE_SAID.fullmatch(w) for w in said) if said else bool(
            SCOPE_SAID.search(match.text))
        if TOTAL_ASKED_ALONE.fullmatch(match.text):
            return False  # 机关运行经费多少, 财政拨款支出多少: that total asked in full
        return only and bool(state.things) and not any(
            handlers.FISCAL in t or "收入" in t or "财政" in t for t in state.things)

    def _rows_of_columns(self, match: Match, state: State) -> tuple[str, ...]:
        """Every thing a follow-up names is a column of the last thing's table row (其中基本支出、
        项目支出各多少 after 行政运行): that row, whose cells are asked, not the whole's totals;
        else of the row before it, when the last thing is no row (实验室…, 都是项目支出吗, 其中
        基本建设资金呢)."""
        asked = {h.entry.name for h in match.hits}
        columns = self._columns_of(state.things, match.doc_ids)
        if columns:
            if not asked <= columns and not (_either_of(match) and asked & columns):
                return ()  # (这笔是项目支出还是基本支出: the row, by the column it has)
            rows = tuple(t for t in state.things if t not in columns  # 科学技术支出, 基本支出
                         and asked <= self._columns_of((t,), match.doc_ids))  # 多少, 项目支出呢:
            return rows or state.things  # the row's other column, never the last column too
        before = self._columns_of(state.before, match.doc_ids)  # the last thing one of its
        return state.before if before and set(state.things) | asked <= before else ()  # columns

    def _row_in_column(self, match: Match, state: State) -> str:
        """After a table column (基本建设资金支出), a row named inside it (这里面高等教育那一块
        占多少): the row's cell of that column (高等教育的基本建设资金支出); '' otherwise."""
        if len(state.things) != 1 or not INSIDE_SAID.search(match.text):
            return ""
        column = state.things[0]
        rows = list(dict.fromkeys(h.entry.name for h in match.hits if h.coverage == 1 and any(
            c["column"] == column for d in match.doc_ids for c in self.docs[d].cells.get(
                h.entry.name, []))))
        if len(rows) != 1:
            return ""
        return f"{rows[0]}的{column}多少"

    def _in_column(self, hit: Hit, state: State, match: Match) -> bool:
        """The thing found is a row of the table column the last answer was about."""
        return len(state.things) == 1 and any(
            c["column"] == state.things[0] for d in match.doc_ids
            for c in self.docs[d].cells.get(hit.entry.name, []))

    def _columns_of(self, rows: tuple[str, ...], docs: tuple[str, ...]) -> set[str]:
        return {c["column"] for d in docs for row in rows for c in self.docs[d].cells.get(row, [])}

    def _carried_elsewhere(self, question: str, match: Match, state: State, named: set[str]
                           ) -> Answer | None:
        """The last things, asked of another department named now (荷塘那边呢) whose disclosure
        names none of them anywhere: a decline saying so, never another thing of its own."""
        if len(named) != 1 or state.department in named or match.hits or not state.things or \
                conversation.back_word(match.text, self._followups):  # 回到荷塘: its own topic
            return None
        docs = match.named_docs
        if any(self.docs[d].mentions((t,)) for t in state.things for d in docs) or any(
                h.coverage == 1 and h.span == (0, len(found.text))
                for t in state.things for found in [self.matcher.match(t, docs)]
                for h in found.hits):
            return None  # (政府采购支出总额 is 政府采购金额 there: one thing by its names,
            # all of it: 财政拨款 is no 国有资本经营预算财政拨款)
        label = "、".join(self.docs[d].label for d in docs)
        thing = "、".join(f"“{t}”" for t in state.things)
        return replace(decline(question, f"{label}决算没有{thing}的内容。",
                               match.intent.name if match.intent else None, match.confidence),
                       firm=True)

    def _kind_of_follow_up(self, match: Match) -> str | None:
        """按啥标准交的, after a thing: the kind read as if the last thing were said, which a
        kind needing one is marked down for when the line names none."""
        if not match.scores:
            return None
        name, score = max(match.scores.items(), key=lambda kv: kv[1])
        intent = self.data.by_name(name)
        return intent.handler if intent.needs and score + NO_THING >= INTENT_CUTOFF else None

    def _ignores(self, question: str, text: str, reply: Answer) -> bool:
        """A follow-up "X呢" names a word of its own (奖金) the reply never says."""
        if not TRAILING.sub("", question).endswith("呢"):
            return False
        rest = conversation.leftover(text, self._followups)
        return 2 <= len(rest) <= 6 and rest not in fold(reply.answer)


def meaning_for_amount(state: State, reply: Answer, kind: str | None) -> bool:
    """A sentence defining a word (…:指…) quoted for a follow-up asking an amount after a
    figure: the meaning is no amount."""
    return reply.intent == PASSAGE and kind in (None, "amount") and bool(reply.sources) and (
        state.intent or "").startswith("figure.") and DEFINES.search(
        reply.sources[0].sentence) is not None


def _core_said(hit: Hit, text: str) -> bool:
    """A name said whole but for its generic ending (卫生健康 for 卫生健康支出), its own words
    three characters or more: the name, said as people say it."""
    said = text[slice(*hit.span)]
    return len(said) >= 3 and hit.entry.kind != "term" and any(
        hit.entry.surface == said + tail for tail in GENERIC_TAIL)


HEAD_NAMES = ("define", "where", "belongs")  # kinds a name said by its head asks of itself


def _head_said(hit: Hit, text: str, kind: str | None) -> bool:
    """A name said by its first four characters or more (公务用车 for 公务用车购置及运行维护费;
    where it is filed, 资助来华留学…放在哪: 来华留学教育's head inside what is said): the thing
    asked of, not the last one."""
    said = text[slice(*hit.span)]
    if hit.entry.kind == "term" or len(said) < 4:
        return False
    return hit.entry.name[:4] in said if kind != "define" else hit.entry.name.startswith(said)


def _names_one_of(text: str, *words: str) -> bool:
    """Whether the text says one of these words (of two characters or more), its characters
    in order (年末结转和结余 in 年末财政拨款结转和结余)."""
    for word in (w for w in words if len(w) >= 2):
        rest = iter(text)
        if all(ch in rest for ch in word):
            return True
    return False


def _either_of(match: Match) -> bool:
    """Two things the line names are set as a choice (项目支出还是基本支出)."""
    at = match.text.find("还是")
    return at > 0 and any(h.span[1] <= at for h in match.hits) and any(
        h.span[0] >= at + 2 for h in match.hits)
