"""Benchmark of the Telegram layer: the real Application polling a local fake Bot API.

For N updates from N different users it measures
  * burst: all N queued at once -> updates answered per second;
  * paced: N queued at a steady rate (each of --rates) -> latency from enqueue to the
    sendMessage arriving at the fake server (p50/p99).

The fake server and the load generator run in a child process, so they don't share the
bot's GIL; enqueue and arrival times are both taken there, on one clock. Telegram's own
broadcast limit (30 messages/s, enforced locally by AIORateLimiter) is turned off so the
numbers measure the bot, not the cap; pass --telegram-limits to keep it.

    .venv/bin/python bench/bench_telegram.py [--updates 1000] [--rates 100,200] [--db PATH]
                                             [--webhook]

With --webhook the fake API pushes each update to the bot's webhook server over 127.0.0.1
(one POST at a time, in order) instead of the bot long-polling for them.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.telegram.app import build_application  # noqa: E402
from bot.telegram.modes import Polling, Webhook, running  # noqa: E402
from tests.fake_bot_api import FakeBot, FakeBotApi  # noqa: E402

# ----- child process: fake Bot API + load generator -------------------------------------


def _push(fake: FakeBot, ids: dict[int, int], chats: range, questions: list[str], rate: float):
    """Queues one private message per chat, at `rate` per second (0: all at once)."""
    start = time.perf_counter()
    for i, chat in enumerate(chats):
        if rate:
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        ids[chat] = fake.private_text(chat, questions[i % len(questions)])


def _answered(fake: FakeBot) -> dict[int, float]:
    """First sendMessage arrival time per chat."""
    arrived: dict[int, float] = {}
    for call in fake.calls("sendMessage"):
        arrived.setdefault(int(call.params["chat_id"]), call.at)
    return arrived


def _phase(fake: FakeBot, chats: range, questions: list[str], rate: float) -> dict:
    """Runs one phase and returns its elapsed time and per-update latencies."""
    ids: dict[int, int] = {}
    start = time.perf_counter()
    pusher = threading.Thread(target=_push, args=(fake, ids, chats, questions, rate))
    pusher.start()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not set(chats) <= _answered(fake).keys():
        time.sleep(0.02)
    pusher.join()
    arrived = _answered(fake)
    elapsed = max(arrived.get(c, 0.0) for c in chats) - start
    with fake.lock:
        enqueued = dict(fake.enqueued_at)
    lats = [arrived[c] - enqueued[u] for c, u in ids.items() if c in arrived]
    return {"elapsed": elapsed, "latencies": lats, "count": len(chats)}


def load_generator(conn: Connection) -> None:
    """Child process: serves the fake API and runs the phases the parent asks for."""
    server = FakeBotApi().start()
    fake = server.new_bot()
    conn.send((fake.token, server.base_url))
    try:
        while (request := conn.recv()) is not None:
            first, count, questions, rate = request
            conn.send(_phase(fake, range(first, first + count), questions, rate))
    finally:
        server.stop()


# ----- parent process: the bot ---------------------------------------------------------


def open_engine(db: str | None):
    """The real engine, on `db` or on a database freshly built into a temporary directory."""
    from bot.engine import Engine

    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="juesuan-bench-")) / "juesuan.db")
        subprocess.run([sys.executable, "-m", "bot", "build", "--db", db], check=True, cwd=ROOT)
    return Engine.open(db)


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def report(name: str, result: dict) -> None:
    """Prints one phase's numbers."""
    ms = [x * 1000 for x in result["latencies"]]
    elapsed = result["elapsed"]
    print(
        f"{name:>6}: {len(ms)}/{result['count']} answered in {elapsed:.2f}s = "
        f"{len(ms) / elapsed:.0f} updates/s; latency p50 {percentile(ms, 0.5):.1f} ms, "
        f"p99 {percentile(ms, 0.99):.1f} ms, max {max(ms):.1f} ms, "
        f"mean {statistics.fmean(ms):.1f} ms"
    )


async def run(args: argparse.Namespace, engine) -> None:
    """Starts the child, runs the bot against it, and reports each phase."""
    questions = list(engine.example_questions()) or ["公务接待费多少"]
    print(f"engine: {engine.describe()}")
    print(f"questions cycled: {questions}")
    parent, child = mp.Pipe()
    process = mp.get_context("spawn").Process(target=load_generator, args=(child,))
    process.start()
    token, base_url = parent.recv()
    app = build_application(
        engine,
        token=token,
        base_url=base_url,
        rate_limit_per_minute=10**9,
        max_messages_per_second=30.0 if args.telegram_limits else 0,
    )

    async def phase(first: int, count: int, rate: float) -> dict:
        parent.send((first, count, questions, rate))
        return await asyncio.to_thread(parent.recv)

    mode: Polling | Webhook = Polling(10.0)
    if args.webhook:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}/bench"
        mode = Webhook(url, "bench-secret", "127.0.0.1", port, "bench")
    print(f"mode: {mode}")
    try:
        async with running(app, mode):
            await phase(1, 100, 0)  # warm-up
            report("burst", await phase(10_000, args.updates, 0))
            for i, rate in enumerate(float(r) for r in args.rates.split(",")):
                report(f"{rate:.0f}/s", await phase(20_000 + i * 10_000, args.updates, rate))
    finally:
        parent.send(None)
        process.join(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument(
        "--rates",
        default="100,200",
        help="paced phases' offered loads, updates/s, comma-separated",
    )
    parser.add_argument("--db", default=None, help="database (default: build a fresh one)")
    parser.add_argument("--telegram-limits", action="store_true", help="keep the 30/s cap")
    parser.add_argument("--webhook", action="store_true", help="updates pushed to a webhook")
    args = parser.parse_args()
    asyncio.run(run(args, open_engine(args.db)))


if __name__ == "__main__":
    main()
