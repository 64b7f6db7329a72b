"""The loaded documents: every document's metadata at once, its records read from the store on
first use, and only the most recently used kept in memory (an archive of thousands fits)."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Mapping

from bot.answer import Source
from bot.normalize import light_fold

KEEP = 64  # documents whose records stay in memory


class DocIndex:
    """One document's records, grouped the way the handlers read them; each table read from
    the store when first used."""

    TABLE_OF = {"facts": "facts", "all_facts": "facts", "cells": "cells", "notes": "notes",
                "terms": "glossary", "duties": "duties", "contacts": "contacts",
                "sections": "sections"}

    def __init__(self, doc: dict, load: Callable[[str, str], list[dict]] | None = None,
                 fold: Callable[[str], str] = lambda s: s,
                 touched: Callable[[DocIndex], None] = lambda d: None,
                 says: Callable[[str, tuple[str, ...]], bool] | None = None) -> None:
        self.doc = doc
        self._says = says
        self._load = load
        self._fold = fold
        self._touched = touched
        self._data: dict = {}

    def _group(self, table: str, rows: list[dict]) -> dict:
        """The rows of one store table, as the handlers read them."""
        if table == "facts":
            facts: dict[str, list[dict]] = defaultdict(list)
            for fact in rows:
                facts[fact["metric"]].append(fact)
            return {"facts": facts, "all_facts": rows}
        if table in ("cells", "notes"):
            grouped: dict[str, list[dict]] = defaultdict(list)
            for row in rows:
                grouped[row["row" if table == "cells" else "metric"]].append(row)
            return {table: grouped}
        if table == "duties":
            for duty in rows:
                duty["folded"] = self._fold(duty["text"])
        return {"terms" if table == "glossary" else table: rows}

    def _records(self, name: str | None = None) -> dict:
        names = [name] if name else list(self.TABLE_OF)
        for key in names:
            if key not in self._data:
                table = self.TABLE_OF[key]
                rows = self._load(self.doc["doc_id"], table) if self._load else []
                self._data.update(self._group(table, rows))
        self._touched(self)
        return self._data

    def unload(self) -> None:
        """Forget the records (they are read again when next asked for)."""
        if self._load is not None:
            self._data = {}

    @property
    def loaded(self) -> bool:
        return bool(self._data)

    facts = property(lambda self: self._records("facts")["facts"])
    cells = property(lambda self: self._records("cells")["cells"])
    notes = property(lambda self: self._records("notes")["notes"])
    all_facts = property(lambda self: self._records("all_facts")["all_facts"])
    terms = property(lambda self: self._records("terms")["terms"])
    duties = property(lambda self: self._records("duties")["duties"])
    contacts = property(lambda self: self._records("contacts")["contacts"])
    sections = property(lambda self: self._records("sections")["sections"])

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Whether the disclosure says any of these words anywhere (asked of the store when the
        records are not in memory)."""
        if self._says is not None and "text" not in self._data:
            return self._says(self.doc["doc_id"], words)
        return any(w in self.text for w in words)

    @property
    def text(self) -> str:
        """Everything the disclosure says in words: sections, glossary and table labels."""
        data = self._records()  # every table
        if "text" not in data:
            parts = [s["heading"] + s["text"] for s in data["sections"]]
            parts += [t["term"] + t["definition"] for t in data["terms"]]
            parts += [c["table"] + c["row"] + c["column"] for rows in data["cells"].values()
                      for c in rows]
            data["text"] = light_fold("\n".join(parts + list(data["facts"])
                                                 + list(data["notes"])))
        return data["text"]

    @property
    def label(self) -> str:
        return f"{self.doc['department']}{self.doc['year']}年度"

    @property
    def title(self) -> str:
        return self.doc["title"]

    def source(self, sentence: str, section: str = "") -> Source:
        return Source(self.title, section, sentence)


class Library(Mapping[str, DocIndex]):
    """doc_id → DocIndex for every loaded document; records of at most KEEP held at once."""

    def __init__(self, documents: list[dict], load: Callable[[str, str], list[dict]],
                 fold: Callable[[str], str], keep: int = KEEP,
                 says: Callable[[str, tuple[str, ...]], bool] | None = None) -> None:
        self._keep = keep
        self._recent: OrderedDict[str, DocIndex] = OrderedDict()
        self._docs = {d["doc_id"]: DocIndex(d, load, fold, self._touch, says)
                      for d in documents}

    def _touch(self, doc: DocIndex) -> None:
        key = doc.doc["doc_id"]
        self._recent[key] = doc
        self._recent.move_to_end(key)
        while len(self._recent) > self._keep:
            _, old = self._recent.popitem(last=False)
            old.unload()

    def __getitem__(self, doc_id: str) -> DocIndex:
        return self._docs[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)
