"""Candidates, then one decision: which of the answerers' proposals the citizen gets."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer import Answer
from bot.passages import QUANTITY, THRESHOLD, Candidate

FIRM = {"smalltalk.greet", "smalltalk.thanks", "smalltalk.help"}  # besides an Answer marked firm
GENERIC_ANSWERS = {"org.duties"}  # a whole list: a sentence naming the very thing asked is better
HIGH = 0.9  # a passage replaces a generic answer only when it covers nearly all of the question
# "X都包括哪些开销" asks what X covers: a defining sentence beats X's amount
INCLUDES = re.compile(r"包括哪些|包含哪些|都包括|包括什么|包含什么|包括了什么|包括些|包含些|"
                      r"都含什么|含哪些|包括啥|都有哪些|有哪些开销|"
                      r"指哪些|反映(?:的是|的)?(?:哪些|什么)")

# "推进什么改革", "建立什么机制": what was done, said in the narrative, never a figure's row
NARRATIVE_ASKED = re.compile(r"(?:什么|哪些|啥|哪项|哪一项)(?:改革|机制|措施|举措|做法|办法|制度"
                             r"|政策|荣誉|奖项|表彰|成绩|成效)")


def decide(primary: Answer, propose: Callable[[], Candidate | None],
           veto: Callable[[Answer], Answer | None] = lambda answer: None) -> Answer:
    """The figure/glossary/organisation answer, unless it declined softly (or gave a generic list)
    and a sentence of the disclosure covers the question well enough; a headline total is
    withdrawn when the question names something else the narrative speaks of."""
    if primary.answered and primary.intent not in GENERIC_ANSWERS and not (
            primary.figures and (INCLUDES.search(primary.question)
                                 or NARRATIVE_ASKED.search(primary.question))
            and not QUANTITY.search(primary.question)):
        vetoed = veto(primary)
        if vetoed is None or vetoed.answered:  # kept, or completed (a meaning and its money)
            return vetoed or primary
        primary = vetoed  # withdrawn: a sentence of the narrative may still answer
    if primary.options or primary.intent in FIRM or primary.firm:
        return primary
    candidate = propose()
    if candidate is None:
        return primary
    needed = HIGH if primary.answered and primary.intent in GENERIC_ANSWERS else THRESHOLD
    return candidate.answer if candidate.confidence >= needed else primary
