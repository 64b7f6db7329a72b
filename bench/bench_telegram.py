"""Benchmark of the Telegram layer: the real Application polling a local fake Bot API.

Measures, for N updates from N different users:
  * burst: all N queued at once -> updates answered per second;
  * paced: N queued at a steady rate -> latency from enqueue to the sendMessage arriving
    at the fake server (p50/p99).

Telegram's own broadcast limit (30 messages/s, enforced locally by AIORateLimiter) is turned
off here so the numbers measure the bot, not the cap; pass --telegram-limits to keep it.
The fake server runs in a thread of the same process, so it shares the GIL with the bot.

    .venv/bin/python bench/bench_telegram.py [--updates 1000] [--rate 250] [--db PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.telegram_app import build_application, polling  # noqa: E402
from tests.fake_bot_api import FakeBot, FakeBotApi  # noqa: E402


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


def latencies(fake: FakeBot, ids: dict[int, int]) -> list[float]:
    """Seconds from each update's enqueue to its chat's first sendMessage arriving."""
    arrived: dict[int, float] = {}
    for call in fake.calls("sendMessage"):
        arrived.setdefault(int(call.params["chat_id"]), call.at)
    with fake.lock:
        enqueued = dict(fake.enqueued_at)
    return [arrived[chat] - enqueued[update] for chat, update in ids.items() if chat in arrived]


def push(
    fake: FakeBot,
    ids: dict[int, int],
    first_chat: int,
    count: int,
    questions: list[str],
    rate: float,
) -> None:
    """Queues `count` private messages from distinct users, at `rate` per second (0: at once)."""
    start = time.perf_counter()
    for i in range(count):
        if rate:
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        ids[first_chat + i] = fake.private_text(first_chat + i, questions[i % len(questions)])


async def run_phase(
    fake: FakeBot, first_chat: int, count: int, questions: list[str], rate: float
) -> tuple[float, list[float]]:
    """Pushes updates from a thread and waits for every chat's answer; returns (secs, lats)."""
    start = time.perf_counter()
    ids: dict[int, int] = {}
    pusher = threading.Thread(target=push, args=(fake, ids, first_chat, count, questions, rate))
    pusher.start()
    deadline = time.monotonic() + 120
    while True:
        answered = {int(c.params["chat_id"]) for c in fake.calls("sendMessage")}
        done = sum(1 for chat in range(first_chat, first_chat + count) if chat in answered)
        if done >= count or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.005)
    pusher.join()
    elapsed = time.perf_counter() - start
    return elapsed, latencies(fake, ids)


def report(name: str, count: int, elapsed: float, lats: list[float]) -> None:
    """Prints one phase's numbers."""
    ms = [x * 1000 for x in lats]
    print(
        f"{name:>6}: {len(ms)}/{count} answered in {elapsed:.2f}s = {len(ms) / elapsed:.0f} "
        f"updates/s; latency p50 {percentile(ms, 0.5):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms, "
        f"max {max(ms):.1f} ms, mean {statistics.fmean(ms):.1f} ms"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=250.0, help="paced phase, updates/s")
    parser.add_argument("--db", default=None, help="database (default: build a fresh one)")
    parser.add_argument("--telegram-limits", action="store_true", help="keep the 30/s cap")
    args = parser.parse_args()

    engine = open_engine(args.db)
    questions = engine.example_questions() or ["公务接待费多少"]
    print(f"engine: {engine.describe()}")
    print(f"questions cycled: {questions}")
    server = FakeBotApi().start()
    try:
        fake = server.new_bot()
        app = build_application(
            engine,
            token=fake.token,
            base_url=server.base_url,
            rate_limit_per_minute=10**9,
            max_messages_per_second=30.0 if args.telegram_limits else 0,
        )
        async with polling(app, poll_timeout=10.0):
            await run_phase(fake, 1, 50, questions, 0)  # warm-up
            elapsed, lats = await run_phase(fake, 10_000, args.updates, questions, 0)
            report("burst", args.updates, elapsed, lats)
            elapsed, lats = await run_phase(fake, 20_000, args.updates, questions, args.rate)
            report("paced", args.updates, elapsed, lats)
            print(f"        (paced offered load {args.rate:.0f} updates/s)")
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
