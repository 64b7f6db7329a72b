"""Speed of charts: the first one in a process (matplotlib import, font registration) and warm.

Prints numbers; asserts nothing. The text answer never imports matplotlib (tests/test_charts.py).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.charts import chart_for  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.store import db_path  # noqa: E402

QUESTIONS = ["荷塘区政务服务中心支出结构", "普陀区财政局收入构成", "各部门三公经费对比"]


def main() -> None:
    engine = Engine.open(ROOT / db_path())
    start = time.perf_counter()
    text = engine.ask(QUESTIONS[0])
    took_text = time.perf_counter() - start
    start = time.perf_counter()
    chart = chart_for(engine, QUESTIONS[0])
    first = time.perf_counter() - start
    warm = []
    for _ in range(5):
        for question in QUESTIONS:
            start = time.perf_counter()
            chart_for(engine, question)
            warm.append(time.perf_counter() - start)
    print(f"text answer of a chart question: {took_text * 1000:.1f} ms ({len(text.answer)} chars)")
    print(f"first chart in the process: {first:.2f} s ({len(chart.png)} bytes)")
    print(f"warm: {len(warm)} charts, median {statistics.median(warm) * 1000:.0f} ms, "
          f"max {max(warm) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
