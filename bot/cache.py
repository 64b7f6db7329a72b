"""Derived data kept between runs, so a process starts without redoing it: one folder
(`JUESUAN_CACHE`, else the system temp folder), files named by a digest of what they derive
from, so a changed source is never served stale. Plain JSON only (never pickle: the folder
may be shared), written atomically; a cache that cannot be written is simply not kept."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def folder(name: str) -> Path:
    """The cache's subfolder `name`, created when missing."""
    path = Path(os.environ.get("JUESUAN_CACHE") or tempfile.gettempdir()) / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def digest(*parts: str) -> str:
    """A short name for the content parts (each part's length is hashed too: no two splits of
    the same characters collide)."""
    h = hashlib.md5()
    for part in parts:
        data = part.encode("utf-8")
        h.update(b"%d:" % len(data))
        h.update(data)
    return h.hexdigest()[:16]


def read_json(name: str, key: str):
    """The value kept under `key`, or None when there is none (or it is unreadable)."""
    try:
        return json.loads((folder(name) / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, key: str, value) -> None:
    """Keep `value` under `key` when it survives JSON unchanged; never fails the caller."""
    text = json.dumps(value, ensure_ascii=False)
    if json.loads(text) != value:  # tuples, non-string keys, dates: not kept, derived each time
        return
    try:
        path = folder(name) / f"{key}.json"
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except OSError:
        return
