"""A disclosure file as the audit sees it: its records, its pages and its printed tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.audit.tables import Grid, read_grids

CJK = re.compile(r"[^\u4e00-\u9fff]")


@dataclass
class Source:
    """The pages of one file (text lines and raw tables per page), read once at build time."""

    pages: list[tuple[list[str], list[list[list[str]]]]] = field(default_factory=list)

    @cached_property
    def grids(self) -> list[Grid]:
        return read_grids(self.pages)

    @cached_property
    def _flat(self) -> list[tuple[str, list[int]]]:
        """The Chinese characters of every page in a row (text lines, then text and tables),
        and where each page starts."""
        out = []
        for with_tables in (False, True):
            text, starts = "", []
            for lines, tables in self.pages:
                starts.append(len(text))
                cells = [c or "" for t in tables for row in t for c in row] if with_tables else []
                text += CJK.sub("", "".join(lines) + "".join(cells))
            out.append((text, starts))
        return out

    def page_of(self, quote: str) -> int | None:
        """The page where a quoted sentence begins (its Chinese characters, numbers aside)."""
        key = CJK.sub("", quote or "")
        if not key or not self.pages:
            return None
        for text, starts in self._flat:
            for size in (24, 16, 10, 6):
                at = text.find(key[:size]) if len(key) >= size else -1
                if at >= 0:
                    return max(i for i, s in enumerate(starts) if s <= at) + 1
        return None


def read(path: Path):
    """The records of one file and its Source: extracted once, parsed as `build` does."""
    from bot.extract import ExtractError, extract
    from bot.ingest import IngestError, parse

    try:
        extracted = extract(path)
    except ExtractError as err:
        raise IngestError(str(err)) from err
    return parse(extracted), Source(list(getattr(extracted, "pages", []) or []))


def read_pages(path: Path) -> Source | None:
    """Only the pages of a file (for a database built earlier); None when it cannot be read."""
    from bot.extract import ExtractError, extract

    try:
        return Source(list(getattr(extract(path), "pages", []) or []))
    except (ExtractError, OSError):
        return None
