"""The Telegram face: turns updates into engine calls and Answers into HTML messages.

Nothing here knows about final accounts; it only renders `bot.answer.Answer` values. One
concern a module, from the bottom up (a module imports only those above it in this list):

* `base`     bot_data keys, user-facing texts, Telegram's limits, the `Command` record;
* `render`   Answer -> HTML messages (escaping, bold figures, quoted sources, splitting);
* `buttons`  callback data within 64 bytes, keyboards of answers;
* `limits`   per-user flood gate, per-chat ordered concurrency, retried sending;
* `recorder` the question log, written off the event loop;
* `send`     sending into a chat; every answer leaves through `send.send_answer`;
* `citizen`  /start /help /glossary /figures, questions, buttons, inline mode;
* `staff`    /stats and /check, for admins;
* `redact`   the token never reaches a log;
* `config`   the environment, each problem one Chinese sentence;
* `app`      `build_application` (handlers in order, bot_data) and `polling`;
* `serve`    `juesuan serve`.
"""
