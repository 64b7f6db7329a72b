"""Speed of the answer engine: process start to first answer, and warm per-question latency.

Targets (issue 2): first answer under 0.5 s; p99 under 2 ms; over 2,000 questions/s.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval"


def questions() -> list[str]:
    found = []
    for path in sorted(DEV.glob("dev*.jsonl")):
        found += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return found or ["公务接待费多少", "三公经费比上年少了多少", "什么是年初结转和结余"]


def first_answer(runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "公务接待费多少"], cwd=ROOT,
                       capture_output=True, check=True, env=os.environ)
        times.append(time.perf_counter() - start)
    return times


def warm(qs: list[str], rounds: int = 20) -> list[float]:
    sys.path.insert(0, str(ROOT))
    from bot.engine import Engine

    engine = Engine.open(ROOT / "data" / "juesuan.db")
    for q in qs:
        engine.ask(q)
    engine.normalizer.normalize.cache_clear()  # measure the work, not the cache
    laps = []
    for _ in range(rounds):
        for q in qs:
            start = time.perf_counter()
            engine.ask(q)
            laps.append(time.perf_counter() - start)
    return laps


def main() -> None:
    qs = questions()
    cold = first_answer()
    laps = warm(qs)
    laps.sort()
    p50 = laps[len(laps) // 2] * 1000
    p99 = laps[int(len(laps) * 0.99)] * 1000
    print(f"process start → first answer: median {statistics.median(cold):.3f} s "
          f"(min {min(cold):.3f} s, {len(cold)} runs)")
    print(f"warm: {len(laps)} answers over {len(qs)} dev questions: p50 {p50:.2f} ms, "
          f"p99 {p99:.2f} ms, {len(laps) / sum(laps):.0f} questions/s")


if __name__ == "__main__":
    main()
