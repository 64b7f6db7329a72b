"""The bottom of the Telegram package: bot_data keys, user-facing texts, Telegram's limits.

Every other module of `bot.telegram` may import this one and it imports none of them, so
handlers reach the long-lived objects (`context.bot_data[ENGINE]`) without importing the app.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Update
from telegram.constants import MessageLimit
from telegram.ext import ContextTypes

Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Awaitable[None]]

DEFAULT_BASE_URL = "https://api.telegram.org/bot"

# Telegram's limits.
MAX_TEXT = MessageLimit.MAX_TEXT_LENGTH  # 4096
MAX_CAPTION = MessageLimit.CAPTION_LENGTH  # 1024: a photo's caption
MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit for callback_data
MAX_BUTTONS = 100  # Telegram's limit for buttons in one inline keyboard
BUTTON_LABEL_MAX = 60
MAX_OPTIONS = 5  # clarification buttons and names listed in one clarifying message
DEPARTMENTS_PER_PAGE = 8  # department buttons on one page of /departments

# bot_data keys: long-lived objects live there, never in module globals.
ENGINE = "engine"
ADMINS = "admins"
CHOICES = "choices"
FLOOD = "flood"
COMMAND_LIST = "commands"
QUESTION_LOG = "log"  # a bot.qlog.QuestionLog, or None: no question is recorded
RECORDER = "recorder"
DATABASE = "database"  # path of the engine's database, audited by /check and watched
WATCH = "watch"  # a bot.telegram.reload.DatabaseWatch: reloads the engine after a rebuild
ACTIVITY = "activity"  # a bot.telegram.activity.Activity: counters for the minute's log line

# User-facing sentences.
SORRY = "抱歉，处理您的消息时出了点问题，请稍后再试。"
FLOOD_NOTICE = "您提问得太频繁了，请一分钟后再试。"
STALE_BUTTON = "这个按钮已经失效了，请重新提问。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看可用的命令。"
EMPTY_QUESTION = "请在提到我的同时写上问题，例如："
LONG_INLINE = "（回答较长，完整内容请私聊我查看。）"
NO_GLOSSARY = "暂时没有名词解释。"
NO_LOG = "没有启用问题日志。"
NO_DATABASE = "没有指定要核对的数据库。"
CHART_MENU = "<b>图表</b>：点按一个查看（图片附文字说明和出处）。"
NO_CHARTS = ("已载入的决算里没有可以画图的数字"
             "（需要列出分项的总数，或同一项的多个年度、多个单位）。")
MORE_OPTIONS = "等{count}个（发送 /departments 查看全部）"
NO_DEPARTMENTS = "还没有载入任何决算。"
DEPARTMENTS_HEADER = "已载入 {count} 个单位的决算。点按一个单位，接下来的问题就按它回答："
DEPARTMENTS_PAGE = "（第 {page}/{pages} 页）"
PREVIOUS_PAGE = "‹ 上一页"
NEXT_PAGE = "下一页 ›"
PICKED = "好的，接下来的问题都按“{department}”回答（{minutes} 分钟内有效），例如：{example}"
NOT_LOADED = "没有载入这个单位的决算，请发送 /departments 重新选择。"
STAFF_IN_PRIVATE = "管理命令只在私聊中回答，以免把数据发到群里：请私聊 @{username} 使用。"
NOT_YOURS = "这是给提问人的选项。您可以自己 @我 提问。"
MAX_ERRORS_SHOWN = 20  # per document in /check; `juesuan check` lists them all


@dataclass(frozen=True)
class Command:
    """A slash command: its handler, its Chinese menu description, admins only or not."""

    name: str
    callback: Handler
    description: str
    admin: bool = False
