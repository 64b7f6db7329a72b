"""Split a question set into a part to tune on and a part held out, before any answer is seen.

    python eval/split.py eval/NAME-v13.jsonl --seed 20261206 --holdout 0.5

writes NAME-v13-tune.jsonl and NAME-v13-holdout.jsonl beside it: within each category (`cat`),
items are shuffled with the seed and the first share goes to the held-out part. The share owed is
carried from one category to the next (categories in an order shuffled with the seed), so a set of
many one-item categories is split in the share asked too (rounds to 59 were split without the
carry: each one-item category went to the tune part).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--holdout", type=float, default=0.5)
    args = parser.parse_args()
    lines = [line for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_cat: dict[str, list[str]] = {}
    for line in lines:
        by_cat.setdefault(json.loads(line).get("cat", ""), []).append(line)
    rng = random.Random(args.seed)
    tune, held = [], []
    cats = sorted(by_cat)
    rng.shuffle(cats)
    seen = 0
    for cat in cats:
        items = by_cat[cat]
        rng.shuffle(items)
        seen += len(items)
        cut = min(len(items), max(0, round(seen * args.holdout) - len(held)))
        held += items[:cut]
        tune += items[cut:]
    stem = args.set.with_suffix("")
    for part, items in (("tune", tune), ("holdout", held)):
        out = Path(f"{stem}-{part}.jsonl")
        out.write_text("".join(i + "\n" for i in sorted(items, key=lines.index)), encoding="utf-8")
        print(f"{out}: {len(items)}")


if __name__ == "__main__":
    main()
