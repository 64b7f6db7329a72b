"""A city's archive: many departments × years in one database (issue 9).

Generates disclosures from the shared 2017 text by renaming the department and shifting the
years (20 districts × 25 departments × 4 years = 2,000 by default), builds them into one
database and reports: build time, database size, first answer from process start, warm time per
question, peak memory of the answering process, and how many answers are about the department
and year asked. Prints numbers; asserts nothing.

    python bench/bench_archive.py [--docs 2000] [--questions 300]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "source" / "hetang-zhengwu-fuwu-zhongxin-2017.txt"
DISTRICTS = ["荷塘", "芦淞", "石峰", "天元", "渌口", "雨湖", "岳塘", "芙蓉", "天心", "岳麓",
             "开福", "雨花", "望城", "长沙", "浏阳", "宁乡", "湘潭", "韶山", "湘乡", "醴陵"]
DEPARTMENTS = ["政务服务中心", "财政局", "教育局", "科学技术局", "民政局", "司法局",
               "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局",
               "农业农村局", "商务局", "文化旅游广电体育局", "卫生健康局", "退役军人事务局",
               "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "城市管理局",
               "发展和改革局", "生态环境局", "档案馆"]
YEARS = [2017, 2018, 2019, 2020]


def generate(folder: Path, count: int) -> list[tuple[str, int]]:
    """Write `count` renamed copies of the 2017 text; return (department, year) of each."""
    text = SOURCE.read_text(encoding="utf-8")
    made = []
    for district in DISTRICTS:
        for department in DEPARTMENTS:
            for year in YEARS:
                if len(made) == count:
                    return made
                full = f"株洲市{district}区{department}"
                body = (text.replace("株洲市荷塘区政务服务中心", full)
                        .replace("荷塘区政务服务中心", f"{district}区{department}")
                        .replace("2017", "@Y@").replace("2016", str(year - 1))
                        .replace("@Y@", str(year)))
                name = f"{district}-{DEPARTMENTS.index(department):02d}-{year}.txt"
                (folder / name).write_text(body, encoding="utf-8")
                made.append((full, year))
    return made


def timed(cmd: list[str], env: dict) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and the child's peak memory (MB) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024, proc


WORKER = """
import json, resource, sys, time
from bot.engine import Engine
engine = Engine.open(sys.argv[1])
questions = json.loads(sys.stdin.read())
times, answers = [], []
for q in questions:
    start = time.perf_counter()
    a = engine.ask(q)
    times.append(time.perf_counter() - start)
    answers.append({"answered": a.answered, "answer": a.answer})
print(json.dumps({"times": times, "answers": answers,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--questions", type=int, default=300)
    args = parser.parse_args()
    env = {**os.environ, "JUESUAN_CACHE": tempfile.mkdtemp(prefix="archive-cache-")}
    with tempfile.TemporaryDirectory(prefix="archive-") as tmp:
        folder = Path(tmp) / "source"
        folder.mkdir()
        made = generate(folder, args.docs)
        db = Path(tmp) / "archive.db"
        files = sorted(str(p) for p in folder.glob("*.txt"))
        wall, peak, proc = timed([sys.executable, "-m", "bot", "build", *files, "--db", str(db),
                                  "--replace"], env)
        if proc.returncode:
            sys.exit(f"build failed: {proc.stderr[-500:]}")
        print(f"{len(made)} disclosures: build {wall:.1f} s, peak {peak:.0f} MB, "
              f"database {db.stat().st_size / 1e6:.0f} MB")
        env["JUESUAN_DB"] = str(db)
        department, year = made[len(made) // 2]
        question = f"{department[3:]}{year}年公务接待费多少"
        firsts = [timed([sys.executable, "-m", "bot", "ask", question], env)[0] for _ in range(5)]
        print(f"first answer ({question}): median {statistics.median(firsts):.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in firsts)})")
        rng = random.Random(9)
        wording = ["{d}{y}年公务接待费多少", "{y}年{d}三公经费是多少", "{d}{y}年收入总计",
                   "{d}{y}年度机关运行经费支出多少", "{y}年{d}的支出总计是多少"]
        asked = []
        for _ in range(args.questions):
            full, y = rng.choice(made)
            short = full[3:] if rng.random() < 0.5 else full
            asked.append((rng.choice(wording).format(d=short, y=y), full, y))
        proc = subprocess.run([sys.executable, "-c", WORKER, str(db)], cwd=ROOT, env=env,
                              input=json.dumps([q for q, _, _ in asked]), capture_output=True,
                              text=True)
        if proc.returncode:
            sys.exit(f"worker failed: {proc.stderr[-800:]}")
        out = json.loads(proc.stdout)
        times = sorted(out["times"])
        right = sum(a["answered"] and full in a["answer"] and f"{y}年" in a["answer"]
                    for a, (_, full, y) in zip(out["answers"], asked, strict=True))
        p50, p99 = times[len(times) // 2] * 1e3, times[int(len(times) * .99)] * 1e3
        print(f"warm: {len(times)} questions, mean {statistics.mean(times) * 1e3:.2f} ms, "
              f"p50 {p50:.2f} ms, p99 {p99:.2f} ms; peak memory {out['peak_mb']:.0f} MB; "
              f"{right} of {len(asked)} answers about the department and year asked")


if __name__ == "__main__":
    main()
