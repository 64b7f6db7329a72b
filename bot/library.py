"""The loaded documents: every document's metadata at once, its records read from the store on
first use, and only the most recently used kept in memory (an archive of thousands fits)."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Mapping

from bot.answer import Source
from bot.normalize import fold

KEEP = 64  # documents whose records stay in memory


class DocIndex:
    """One document's records, grouped the way the handlers read them; read when first used."""

    def __init__(self, doc: dict, load: Callable[[str], dict[str, list[dict]]] | None = None,
                 fold: Callable[[str], str] = lambda s: s,
                 touched: Callable[[DocIndex], None] = lambda d: None) -> None:
        self.doc = doc
        self._load = load
        self._fold = fold
        self._touched = touched
        self._data: dict | None = None if load else self._group({})

    def _group(self, rows: dict[str, list[dict]]) -> dict:
        data: dict = {"facts": defaultdict(list), "cells": defaultdict(list),
                      "notes": defaultdict(list), "all_facts": list(rows.get("facts", []))}
        for fact in data["all_facts"]:
            data["facts"][fact["metric"]].append(fact)
        for cell in rows.get("cells", []):
            data["cells"][cell["row"]].append(cell)
        for note in rows.get("notes", []):
            data["notes"][note["metric"]].append(note)
        for duty in rows.get("duties", []):
            duty["folded"] = self._fold(duty["text"])
        for name, table in (("terms", "glossary"), ("duties", "duties"),
                            ("contacts", "contacts"), ("sections", "sections")):
            data[name] = list(rows.get(table, []))
        return data

    def _records(self) -> dict:
        if self._data is None:
            self._data = self._group(self._load(self.doc["doc_id"]))
        self._touched(self)
        return self._data

    def unload(self) -> None:
        """Forget the records (they are read again when next asked for)."""
        if self._load is not None:
            self._data = None

    @property
    def loaded(self) -> bool:
        return self._data is not None

    facts = property(lambda self: self._records()["facts"])
    cells = property(lambda self: self._records()["cells"])
    notes = property(lambda self: self._records()["notes"])
    all_facts = property(lambda self: self._records()["all_facts"])
    terms = property(lambda self: self._records()["terms"])
    duties = property(lambda self: self._records()["duties"])
    contacts = property(lambda self: self._records()["contacts"])
    sections = property(lambda self: self._records()["sections"])

    @property
    def text(self) -> str:
        """Everything the disclosure says in words: sections, glossary and table labels."""
        data = self._records()
        if "text" not in data:
            parts = [s["heading"] + s["text"] for s in data["sections"]]
            parts += [t["term"] + t["definition"] for t in data["terms"]]
            parts += [c["table"] + c["row"] + c["column"] for rows in data["cells"].values()
                      for c in rows]
            data["text"] = fold("\n".join(parts + list(data["facts"]) + list(data["notes"])))
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

    def __init__(self, documents: list[dict], load: Callable[[str], dict[str, list[dict]]],
                 fold: Callable[[str], str], keep: int = KEEP) -> None:
        self._keep = keep
        self._recent: OrderedDict[str, DocIndex] = OrderedDict()
        self._docs = {d["doc_id"]: DocIndex(d, load, fold, self._touch) for d in documents}

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
