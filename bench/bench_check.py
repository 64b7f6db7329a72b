"""Time of `juesuan check FILE` on the real PDFs (target: under 2 s for a 30-page PDF).

Runs the command as a user does (a fresh process each time) and reports the median wall time
and the median CPU time of three runs, per file and per page, and for two PDFs checked
together (46 pages). The machine is shared, so CPU time is the steadier figure.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDFS = [ROOT / "data" / "source" / "putuo-caizhengju-2024.pdf",
        ROOT / "tests" / "data" / "chongqing-swu-2023.pdf"]


def pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def run(files: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of one `python -m bot check FILE…`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot", "check", *map(str, files)], cwd=ROOT,
                   capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(files: list[Path], repeat: int = 3) -> None:
    runs = [run(files) for _ in range(repeat)]
    wall = statistics.median(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    n = sum(pages(f) for f in files)
    names = " + ".join(f.name for f in files)
    print(f"{names}: {n} pages, wall {wall:.2f} s, cpu {cpu:.2f} s "
          f"({cpu / n * 1000:.0f} ms cpu a page → {cpu / n * 30:.2f} s for 30 pages)")


def main() -> None:
    for path in PDFS:
        measure([path])
    measure(PDFS)


if __name__ == "__main__":
    main()
