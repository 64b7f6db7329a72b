"""/departments: the loaded departments as pages of buttons; picking one sets the conversation's.

A department picked stays for the conversation (the engine forgets it after 30 minutes of
silence), so follow-ups need not name it again.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.conversation import TTL_SECONDS
from bot.telegram.base import (
    DEPARTMENTS_HEADER,
    DEPARTMENTS_PAGE,
    DEPARTMENTS_PER_PAGE,
    NEXT_PAGE,
    NO_DEPARTMENTS,
    NOT_LOADED,
    PICKED,
    PREVIOUS_PAGE,
    Context,
)
from bot.telegram.buttons import ChoiceStore, button
from bot.telegram.chats import conversation_key
from bot.telegram.render import escape
from bot.telegram.send import NO_PREVIEW, admit, choices_of, engine_of, say

Department = tuple[str, str]  # (full name as loaded, button caption with its years)


def department_list(catalog: Sequence[dict]) -> list[Department]:
    """One entry per department, in catalog order, captioned with its years (newest first)."""
    years: dict[str, list[int]] = {}
    for row in catalog:
        years.setdefault(row["department"], []).append(int(row["year"]))
    return [
        (name, f"{name}（{'、'.join(str(y) for y in sorted(set(ys), reverse=True))}年度）")
        for name, ys in years.items()
    ]


def page_count(total: int) -> int:
    """Pages needed for `total` departments (at least one)."""
    return max(1, -(-total // DEPARTMENTS_PER_PAGE))


def page_text(total: int, page: int) -> str:
    """The message above a page of department buttons."""
    text = DEPARTMENTS_HEADER.format(count=total)
    pages = page_count(total)
    if pages > 1:
        text += DEPARTMENTS_PAGE.format(page=page + 1, pages=pages)
    return escape(text)


def page_markup(
    departments: Sequence[Department], page: int, store: ChoiceStore
) -> InlineKeyboardMarkup:
    """Up to DEPARTMENTS_PER_PAGE department buttons, then previous/next when there are more."""
    start = page * DEPARTMENTS_PER_PAGE
    shown = departments[start : start + DEPARTMENTS_PER_PAGE]
    rows = [[button("p", name, store, caption)] for name, caption in shown]
    turns = []
    if page > 0:
        turns.append(button("n", str(page - 1), store, PREVIOUS_PAGE))
    if start + DEPARTMENTS_PER_PAGE < len(departments):
        turns.append(button("n", str(page + 1), store, NEXT_PAGE))
    if turns:
        rows.append(turns)
    return InlineKeyboardMarkup(rows)


async def departments(update: Update, context: Context) -> None:
    """Lists the loaded departments as buttons, a page at a time."""
    if not await admit(update, context):
        return
    listed = department_list(engine_of(context).catalog())
    if not listed:
        await say(update, context, escape(NO_DEPARTMENTS))
        return
    markup = page_markup(listed, 0, choices_of(context))
    await say(update, context, page_text(len(listed), 0), markup)


async def turn_page(update: Update, context: Context, page_data: str) -> None:
    """Shows another page of /departments in the same message."""
    query = update.callback_query
    assert query is not None
    listed = department_list(engine_of(context).catalog())
    page = int(page_data) if page_data.isdigit() else 0
    page = min(page, page_count(len(listed)) - 1)
    try:
        await query.edit_message_text(
            page_text(len(listed), page),
            reply_markup=page_markup(listed, page, choices_of(context)),
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def pick_department(update: Update, context: Context, department: str) -> None:
    """Makes `department` the conversation's and says so, with an example to ask."""
    key = conversation_key(update)
    engine = engine_of(context)
    if key is None or not engine.pick(key, department):
        await say(update, context, escape(NOT_LOADED))
        return
    example = next(iter(engine.example_questions()), "公务接待费多少").rstrip("？?")
    text = PICKED.format(department=department, minutes=TTL_SECONDS // 60, example=example)
    await say(update, context, escape(text))
