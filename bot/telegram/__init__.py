"""The Telegram face: turns updates into engine calls and Answers into HTML messages.

Nothing here knows about final accounts; it only renders `bot.answer.Answer` values. One
concern a module, from the bottom up (a module imports only those above it in this list):

* `base`        bot_data keys, user-facing texts, Telegram's limits, the `Command` record;
* `render`      Answer -> HTML messages (escaping, bold figures, quoted sources, splitting);
* `buttons`     callback data within 64 bytes, keyboards of answers;
* `chats`       conversation keys, the department an option names, capped clarifications;
* `limits`      per-user flood gate, per-chat ordered concurrency, retried sending;
* `activity`    the operator's log lines: up, and counts a minute;
* `recorder`    the question log, written off the event loop;
* `send`        asking the engine in the conversation, sending into a chat; every answer
                leaves through `send.send_answer` (the place for richer answers: charts);
* `departments` /departments pages and picking a department;
* `charts`      /chart: the chart menu of the conversation's department, charts as photos;
* `citizen`     /start /help /glossary /figures, questions, buttons, inline mode;
* `staff`       /stats and /check, for admins in private chats;
* `redact`      secrets never reach a log;
* `reload`      a rebuilt database reloaded between updates;
* `app`         `build_application`: handlers in order, bot_data;
* `modes`       long polling or webhook, and the life of a running bot;
* `config`      the environment, each problem one Chinese sentence;
* `serve`       `juesuan serve`.
"""
