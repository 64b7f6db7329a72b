"""A fake Telegram Bot API server, so the bot is tested over real HTTP without Telegram.

It serves `/bot{token}/{method}` on 127.0.0.1 from a background thread with its own event
loop, so it works with any test's event loop. Once a bot calls setWebhook, updates are no
longer queued for getUpdates but POSTed to the webhook URL, one at a time in order, with the
secret token header, as Telegram does. Each fake bot (token) keeps its own update
queue, chats and recorded calls, so tests cannot disturb each other. Responses follow the
Bot API's shapes (`{"ok": true, "result": ...}` and its error objects), and the checks the
real API makes that matter to this bot (HTML parse errors, 4,096-character limit, 64-byte
callback data, answering a query twice) are made here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientError, ClientSession, web

MAX_TEXT = 4096
MAX_CAPTION = 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CALLBACK_DATA = 64
# Parameters the Bot API reads as strings even when they look like numbers or JSON.
_STRING_FIELDS = frozenset(
    {
        "text",
        "query",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "parse_mode",
        "next_offset",
        "url",
        "secret_token",
        "language_code",
        "description",
        "short_description",
        "name",
        "caption",
    }
)
_HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-spoiler",
        "span",
        "tg-emoji",
    }
)
_HTML_TOKEN = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>"
    r"|&(?:(lt|gt|amp|quot)|#(\d+)|#x([0-9a-fA-F]+));"
    r"|[<&]"
)
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{5,32}")
FAULT_KINDS = ("429", "500", "502", "drop", "slow")


class ApiError(Exception):
    """A Bot API error answer: HTTP status plus the description Telegram would give."""

    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict:
        """The JSON body Telegram sends with this error."""
        out: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            out["parameters"] = self.parameters
        return out


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """The visible text of a Telegram-HTML message; raises ApiError where Telegram would."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _HTML_TOKEN.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        closing, tag, _attrs, named, dec, hexa = m.groups()
        offset = len(text[: m.start()].encode())
        if tag is not None:
            tag = tag.lower()
            if tag not in _HTML_TAGS:
                raise ApiError(
                    400,
                    "Bad Request: can't parse entities: Unsupported start tag "
                    f'"{tag}" at byte offset {offset}',
                )
            if not closing:
                stack.append(tag)
            elif not stack or stack.pop() != tag:
                raise ApiError(
                    400,
                    "Bad Request: can't parse entities: Unexpected end tag at byte offset "
                    f"{offset}",
                )
        elif named:
            out.append(_ENTITIES[named])
        elif dec or hexa:
            out.append(chr(int(dec) if dec else int(hexa, 16)))
        else:
            what = "start tag" if m.group(0) == "<" else "character reference"
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: Unsupported {what} at byte offset {offset}",
            )
    out.append(text[pos:])
    if stack:
        raise ApiError(
            400,
            "Bad Request: can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1]}"',
        )
    return "".join(out)


def message_entities(text: str) -> list[dict]:
    """The bot_command and mention entities Telegram attaches to a user's text."""
    entities = []
    command = _COMMAND.match(text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command[0])})
    for m in _MENTION.finditer(text):
        if command and m.start() < command.end():
            continue
        entities.append(
            {"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m[0])}
        )
    return entities


def user(user_id: int, first_name: str | None = None) -> dict:
    """A Telegram User object for a person."""
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": first_name or f"用户{user_id}",
        "language_code": "zh-hans",
    }


def private_chat(user_id: int) -> dict:
    """The Chat object of a private chat with a user."""
    return {"id": user_id, "type": "private", "first_name": f"用户{user_id}"}


def group_chat(chat_id: int, *, supergroup: bool = False) -> dict:
    """The Chat object of a group (negative id)."""
    return {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": "测试群"}


@dataclass
class Fault:
    """One injected failure for the next call of a method."""

    kind: str
    retry_after: int = 1
    delay: float = 0.5


@dataclass
class Call:
    """One recorded request: the method, its decoded parameters and what the server did."""

    method: str
    params: dict
    at: float
    fault: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the call succeeded (no fault injected, no API error)."""
        return self.fault is None and self.error is None


@dataclass
class FakeBot:
    """The server-side state of one bot token."""

    token: str
    bot_id: int
    username: str
    wake: Callable[[FakeBot], None]
    lock: threading.Lock = field(default_factory=threading.Lock)
    updates: list[dict] = field(default_factory=list)
    next_update_id: int = 1000
    chats: dict[int, dict] = field(default_factory=dict)
    messages: dict[tuple[int, int], dict] = field(default_factory=dict)
    next_message_id: dict[int, int] = field(default_factory=dict)
    faults: dict[str, deque[Fault]] = field(default_factory=dict)
    log: list[Call] = field(default_factory=list)
    enqueued_at: dict[int, float] = field(default_factory=dict)
    open_queries: set[str] = field(default_factory=set)
    commands: dict[str, list] = field(default_factory=dict)  # by scope: "default", "chat:ID"
    query_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    event: asyncio.Event | None = None
    active: dict[str, int] = field(default_factory=dict)
    webhook: dict | None = None  # {"url": ..., "secret_token": ...} after setWebhook
    deliver: Callable[[FakeBot, dict], None] | None = None
    deliveries: list[tuple[int, int]] = field(default_factory=list)  # (update_id, HTTP status)

    # ----- what tests use -------------------------------------------------------------

    @property
    def me(self) -> dict:
        """The bot's User object, as getMe returns it."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "决算问答",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    def enqueue(self, update: dict) -> int:
        """Queues an update (given without update_id) for getUpdates, or pushes it to the
        webhook when one is set; returns its id."""
        with self.lock:
            update_id = self.next_update_id
            self.next_update_id += 1
            full = {"update_id": update_id, **update}
            self.enqueued_at[update_id] = time.perf_counter()
            pushed = self.webhook is not None and self.deliver is not None
            if not pushed:
                self.updates.append(full)
        if pushed:
            assert self.deliver is not None
            self.deliver(self, full)
        else:
            self.wake(self)
        return update_id

    def fail(self, method: str, kind: str, times: int = 1, **kwargs: Any) -> None:
        """Makes the next `times` calls of `method` fail: 429, 500, 502, drop or slow."""
        if kind not in FAULT_KINDS:
            raise ValueError(kind)
        with self.lock:
            queue = self.faults.setdefault(method, deque())
            queue.extend(Fault(kind, **kwargs) for _ in range(times))

    def calls(self, method: str | None = None, *, ok_only: bool = True) -> list[Call]:
        """Recorded calls of a method (successful ones unless ok_only is false)."""
        with self.lock:
            return [
                c
                for c in self.log
                if (method is None or c.method == method) and (c.ok or not ok_only)
            ]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """The HTML texts of successful sendMessage calls, in order (optionally to one chat)."""
        return [
            c.params["text"]
            for c in self.calls("sendMessage")
            if chat_id is None or int(c.params["chat_id"]) == chat_id
        ]

    def sent_photos(self, chat_id: int | None = None) -> list[tuple[bytes, str]]:
        """(PNG bytes, HTML caption) of successful sendPhoto calls, in order."""
        return [
            (c.params["photo"], c.params.get("caption") or "")
            for c in self.calls("sendPhoto")
            if chat_id is None or int(c.params["chat_id"]) == chat_id
        ]

    def bot_messages(self, chat_id: int) -> list[dict]:
        """The Message objects the bot has in a chat, oldest first."""
        with self.lock:
            return [
                dict(m)
                for (cid, _), m in sorted(self.messages.items())
                if cid == chat_id and m["from"]["id"] == self.bot_id
            ]

    def pending(self) -> int:
        """How many updates are not yet confirmed by a getUpdates offset."""
        with self.lock:
            return len(self.updates)

    # ----- update builders ----------------------------------------------------------

    def _user_message(self, chat: dict, from_user: dict, text: str, **extra: Any) -> dict:
        with self.lock:
            self.chats[chat["id"]] = chat
            message = {
                "message_id": self._new_message_id(chat["id"]),
                "date": int(time.time()),
                "chat": chat,
                "from": from_user,
                "text": text,
                **extra,
            }
            entities = message_entities(text)
            if entities:
                message["entities"] = entities
            self.messages[(chat["id"], message["message_id"])] = message
        return message

    def private_text(self, user_id: int, text: str) -> int:
        """Queues a private text message from a user; returns the update id."""
        message = self._user_message(private_chat(user_id), user(user_id), text)
        return self.enqueue({"message": message})

    def group_text(
        self, chat_id: int, user_id: int, text: str, *, reply_to: dict | None = None
    ) -> int:
        """Queues a group text message, optionally replying to a message; returns the id."""
        extra = {"reply_to_message": reply_to} if reply_to else {}
        message = self._user_message(group_chat(chat_id), user(user_id), text, **extra)
        return self.enqueue({"message": message})

    def callback_query(self, user_id: int, data: str, message: dict | None) -> str:
        """Queues a button tap on a bot message; returns the callback query id."""
        query_id = f"{self.bot_id}{next(self.query_ids):08d}"
        with self.lock:
            self.open_queries.add(query_id)
        query = {
            "id": query_id,
            "from": user(user_id),
            "chat_instance": f"ci{user_id}",
            "data": data,
        }
        if message is not None:
            query["message"] = message
        else:  # a button under a message sent in inline mode
            query["inline_message_id"] = f"im{query_id}"
        self.enqueue({"callback_query": query})
        return query_id

    def inline_query(self, user_id: int, query: str) -> str:
        """Queues an inline query (`@bot query` typed anywhere); returns its id."""
        query_id = f"iq{self.bot_id}{next(self.query_ids):08d}"
        with self.lock:
            self.open_queries.add(query_id)
        self.enqueue(
            {
                "inline_query": {
                    "id": query_id,
                    "from": user(user_id),
                    "query": query,
                    "offset": "",
                    "chat_type": "sender",
                }
            }
        )
        return query_id

    # ----- server side --------------------------------------------------------------

    def _new_message_id(self, chat_id: int) -> int:
        self.next_message_id[chat_id] = self.next_message_id.get(chat_id, 0) + 1
        return self.next_message_id[chat_id]

    def take_fault(self, method: str) -> Fault | None:
        """Pops the next injected fault for a method, if any."""
        with self.lock:
            queue = self.faults.get(method)
            return queue.popleft() if queue else None

    def record(self, call: Call) -> None:
        """Appends a call to the log."""
        with self.lock:
            self.log.append(call)


def _decode_value(name: str, value: str) -> Any:
    """A form field as the Bot API reads it: JSON for structured values, else the string."""
    if name in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _require(params: dict, *names: str) -> None:
    for name in names:
        if params.get(name) in (None, ""):
            raise ApiError(400, f'Bad Request: parameter "{name}" is required')


def _scope_key(scope: Any) -> str:
    """'default' or 'chat:ID': which command list a setMyCommands scope addresses."""
    if isinstance(scope, dict) and scope.get("type") == "chat":
        return f"chat:{scope.get('chat_id')}"
    return "default" if not scope else str(scope.get("type"))


def _check_markup(markup: Any) -> None:
    """Rejects inline keyboards Telegram would reject (64-byte callback data, empty text)."""
    if markup is None:
        return
    if isinstance(markup, str):
        markup = json.loads(markup)
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise ApiError(
                    400, "Bad Request: can't parse inline keyboard button: Text is empty"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _visible_text(params: dict, key: str = "text") -> str:
    """The message text after entity parsing, checked like Telegram checks it."""
    text = params.get(key)
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    mode = (params.get("parse_mode") or "").upper()
    visible = parse_html(text) if mode == "HTML" else text
    if not visible.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if utf16_len(visible) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return visible


class FakeBotApi:
    """The server: start() binds a free port on 127.0.0.1 in a background thread."""

    def __init__(self) -> None:
        self._bots: dict[str, FakeBot] = {}
        self._bots_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._session: ClientSession | None = None
        self._push_lock: asyncio.Lock | None = None
        self._pushes: list[asyncio.Future] = []
        self.port = 0

    @property
    def base_url(self) -> str:
        """What to pass as the Bot API base URL (the token is appended)."""
        return f"http://127.0.0.1:{self.port}/bot"

    def new_bot(self, username: str = "juesuan_test_bot") -> FakeBot:
        """Registers a fresh bot with a valid-looking token of its own."""
        bot_id = 7_000_000_000 + secrets.randbelow(999_999_999)
        token = f"{bot_id}:{secrets.token_urlsafe(27)[:35]}"
        bot = FakeBot(token=token, bot_id=bot_id, username=username, wake=self._wake)
        bot.deliver = self._deliver
        with self._bots_lock:
            self._bots[token] = bot
        return bot

    def start(self) -> FakeBotApi:
        """Starts serving; returns once the port is bound."""
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fake-bot-api", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Bot API did not start")
        return self

    def stop(self) -> None:
        """Stops serving and joins the thread."""
        if self._loop is None or self._thread is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        with contextlib.suppress(Exception):
            future.result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self._loop = None

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(
            app, handle_signals=False, access_log=None, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def _deliver(self, bot: FakeBot, update: dict) -> None:
        """Schedules a POST of the update to the bot's webhook (called from any thread)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._start_push, bot, update)

    def _start_push(self, bot: FakeBot, update: dict) -> None:
        self._pushes.append(asyncio.ensure_future(self._push(bot, update)))

    async def _push(self, bot: FakeBot, update: dict) -> None:
        """POSTs one update with the secret token header; records the HTTP status (0: failed)."""
        if self._push_lock is None:
            self._push_lock = asyncio.Lock()
        async with self._push_lock:  # in order, one at a time
            webhook = bot.webhook or {}
            headers = {}
            if webhook.get("secret_token"):
                headers["X-Telegram-Bot-Api-Secret-Token"] = webhook["secret_token"]
            if self._session is None:
                self._session = ClientSession()
            try:
                async with self._session.post(
                    webhook["url"], json=update, headers=headers
                ) as response:
                    status = response.status
            except (ClientError, OSError, KeyError):
                status = 0
            with bot.lock:
                bot.deliveries.append((update["update_id"], status))

    async def _shutdown(self) -> None:
        """Ends pending long polls and closes the server."""
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _wake(self, bot: FakeBot) -> None:
        """Wakes long polls of a bot after an enqueue (called from any thread)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._set_event, bot)

    @staticmethod
    def _set_event(bot: FakeBot) -> None:
        if bot.event is not None:
            bot.event.set()
        bot.event = asyncio.Event()

    # ----- request handling -----------------------------------------------------------

    async def _params(self, request: web.Request) -> dict:
        params: dict[str, Any] = {k: _decode_value(k, v) for k, v in request.query.items()}
        if request.content_type == "application/json":
            body = await request.json() if request.can_read_body else {}
            params.update(body or {})
        elif request.can_read_body:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, str):
                    params[name] = _decode_value(name, value)
                elif isinstance(value, web.FileField):  # an uploaded file: kept as bytes
                    params[name] = value.file.read()
        return params

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        with self._bots_lock:
            bot = self._bots.get(request.match_info["token"])
        if bot is None:
            body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            return web.json_response(body, status=401)
        method = request.match_info["method"]
        with bot.lock:
            bot.active[method] = bot.active.get(method, 0) + 1
        try:
            return await self._handle_call(bot, method, request)
        finally:
            with bot.lock:
                bot.active[method] -= 1

    async def _handle_call(
        self, bot: FakeBot, method: str, request: web.Request
    ) -> web.StreamResponse:
        params = await self._params(request)
        call = Call(method=method, params=params, at=time.perf_counter())
        fault = bot.take_fault(method)
        if fault is not None:
            call.fault = fault.kind
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
                call.fault = None
            else:
                bot.record(call)
                return await self._fault_response(request, fault)
        try:
            result = await self._dispatch(bot, method, params)
        except ApiError as exc:
            call.error = exc.description
            bot.record(call)
            return web.json_response(exc.body(), status=exc.code)
        bot.record(call)
        return web.json_response({"ok": True, "result": result})

    async def _fault_response(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        if fault.kind == "429":
            error = ApiError(
                429,
                f"Too Many Requests: retry after {fault.retry_after}",
                {"retry_after": fault.retry_after},
            )
            return web.json_response(error.body(), status=429)
        if fault.kind == "500":
            return web.json_response(ApiError(500, "Internal Server Error").body(), status=500)
        if fault.kind == "502":
            return web.Response(status=502, text="<html>502 Bad Gateway</html>")
        # "drop": the connection closes with no response at all.
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError

    async def _dispatch(self, bot: FakeBot, method: str, params: dict) -> Any:
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found")
        return await handler(bot, params)

    async def _m_getMe(self, bot: FakeBot, params: dict) -> Any:
        return bot.me

    async def _m_deleteWebhook(self, bot: FakeBot, params: dict) -> Any:
        with bot.lock:
            bot.webhook = None
            if params.get("drop_pending_updates"):
                bot.updates.clear()
        return True

    async def _m_setWebhook(self, bot: FakeBot, params: dict) -> Any:
        _require(params, "url")
        url, secret = str(params["url"]), params.get("secret_token")
        if not re.match(r"^https?://", url):
            raise ApiError(400, "Bad Request: bad webhook: Failed to resolve host")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        with bot.lock:
            bot.webhook = {"url": url, "secret_token": secret}
            queued, bot.updates = bot.updates, []
        for update in queued:  # what waited for getUpdates is pushed now
            self._start_push(bot, update)
        return True

    async def _m_getWebhookInfo(self, bot: FakeBot, params: dict) -> Any:
        with bot.lock:
            url = (bot.webhook or {}).get("url", "")
        return {"url": url, "has_custom_certificate": False, "pending_update_count": bot.pending()}

    async def _m_setMyCommands(self, bot: FakeBot, params: dict) -> Any:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with bot.lock:
            bot.commands[_scope_key(params.get("scope"))] = commands
        return True

    async def _m_getMyCommands(self, bot: FakeBot, params: dict) -> Any:
        with bot.lock:
            return list(bot.commands.get(_scope_key(params.get("scope")), []))

    async def _m_getUpdates(self, bot: FakeBot, params: dict) -> Any:
        if bot.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = float(params.get("timeout") or 0)
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            with bot.lock:
                if offset:
                    bot.updates = [u for u in bot.updates if u["update_id"] >= offset]
                ready = bot.updates[:limit]
                if bot.event is None:
                    bot.event = asyncio.Event()
                event = bot.event
            remaining = deadline - asyncio.get_running_loop().time()
            if ready or remaining <= 0:
                return ready
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def _m_sendMessage(self, bot: FakeBot, params: dict) -> Any:
        _require(params, "chat_id", "text")
        visible = _visible_text(params)
        _check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        with bot.lock:
            chat = bot.chats.get(chat_id)
            if chat is None:
                raise ApiError(400, "Bad Request: chat not found")
            message: dict[str, Any] = {
                "message_id": bot._new_message_id(chat_id),
                "date": int(time.time()),
                "chat": chat,
                "from": bot.me,
                "text": visible,
            }
            reply = params.get("reply_parameters")
            if isinstance(reply, dict):
                original = bot.messages.get((chat_id, int(reply.get("message_id", 0))))
                if original is not None:
                    message["reply_to_message"] = original
                elif not reply.get("allow_sending_without_reply"):
                    raise ApiError(400, "Bad Request: message to be replied not found")
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            bot.messages[(chat_id, message["message_id"])] = message
        return message

    async def _m_sendPhoto(self, bot: FakeBot, params: dict) -> Any:
        _require(params, "chat_id", "photo")
        photo = params["photo"]
        if not isinstance(photo, bytes) or not photo.startswith(PNG_SIGNATURE):
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        caption = ""
        if params.get("caption"):
            caption = _visible_text(params, "caption")
            if utf16_len(caption) > MAX_CAPTION:
                raise ApiError(400, "Bad Request: message caption is too long")
        _check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        with bot.lock:
            chat = bot.chats.get(chat_id)
            if chat is None:
                raise ApiError(400, "Bad Request: chat not found")
            message: dict[str, Any] = {
                "message_id": bot._new_message_id(chat_id),
                "date": int(time.time()),
                "chat": chat,
                "from": bot.me,
                "photo": [
                    {
                        "file_id": f"photo-{secrets.token_hex(8)}",
                        "file_unique_id": secrets.token_hex(4),
                        "width": int.from_bytes(photo[16:20], "big"),
                        "height": int.from_bytes(photo[20:24], "big"),
                        "file_size": len(photo),
                    }
                ],
            }
            if caption:
                message["caption"] = caption
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            bot.messages[(chat_id, message["message_id"])] = message
        return message

    async def _m_editMessageText(self, bot: FakeBot, params: dict) -> Any:
        _require(params, "text")
        visible = _visible_text(params)
        _check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        _require(params, "chat_id", "message_id")
        key = (int(params["chat_id"]), int(params["message_id"]))
        with bot.lock:
            message = bot.messages.get(key)
            if message is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            if message["from"]["id"] != bot.bot_id:
                raise ApiError(400, "Bad Request: message can't be edited")
            markup = params.get("reply_markup")
            if message["text"] == visible and message.get("reply_markup") == markup:
                raise ApiError(
                    400,
                    "Bad Request: message is not modified: specified new message content and "
                    "reply markup are exactly the same as a current content and reply markup "
                    "of the message",
                )
            message = {**message, "text": visible, "edit_date": int(time.time())}
            message.pop("reply_markup", None)
            if markup:
                message["reply_markup"] = markup
            bot.messages[key] = message
        return message

    async def _answer_query(self, bot: FakeBot, query_id: str) -> None:
        with bot.lock:
            if query_id not in bot.open_queries:
                raise ApiError(
                    400,
                    "Bad Request: query is too old and response timeout expired or query ID "
                    "is invalid",
                )
            bot.open_queries.discard(query_id)

    async def _m_answerCallbackQuery(self, bot: FakeBot, params: dict) -> Any:
        _require(params, "callback_query_id")
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        await self._answer_query(bot, params["callback_query_id"])
        return True

    async def _m_answerInlineQuery(self, bot: FakeBot, params: dict) -> Any:
        _require(params, "inline_query_id")
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            if not 1 <= len(str(result.get("id", "")).encode()) <= 64:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            if not result.get("title"):
                raise ApiError(400, "Bad Request: RESULT_TITLE_EMPTY")
            _visible_text(result.get("input_message_content") or {}, "message_text")
            _check_markup(result.get("reply_markup"))
        await self._answer_query(bot, params["inline_query_id"])
        return True
