"""Time to build the database from each disclosure in data/source (target: the PDF under 10 s)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import store  # noqa: E402
from bot.ingest import read  # noqa: E402


def main() -> None:
    for path in sorted((ROOT / "data" / "source").iterdir()):
        start = time.perf_counter()
        records = read(path)
        with tempfile.TemporaryDirectory() as tmp:
            store.build(Path(tmp) / "j.db", [records])
        print(f"{path.name}: {time.perf_counter() - start:.2f} s "
              f"({len(records.facts)} facts, {len(records.cells)} table cells)")


if __name__ == "__main__":
    main()
