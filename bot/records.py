"""What one disclosure yields, as records ready for the store: the types every layer shares
(the parser writes them, the store keeps them, the audit reads them)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

# an entry of a table of contents (目录) as printed: 第二部分…, 五、…, （一）…, its number in the
# group of its level and its title after it (the parser finds the 目录 by it, the reader reads it)
CONTENTS_ENTRY = re.compile(r"^(?:第([一二三四五六七八九十]{1,3})部分"
                            r"|([一二三四五六七八九十]{1,3})、"
                            r"|[（(]([一二三四五六七八九十]{1,3})[)）])\s*(\S.*)$")


@dataclass(frozen=True)
class Document:
    doc_id: str
    department: str
    aliases: str  # short forms, separated by |
    year: int
    kind: str
    title: str
    source: str
    contents: str = ""  # the table of contents (目录) as printed, an entry a line
    published: str = ""  # the date its cover prints (2024年8月), none when it prints none


@dataclass(frozen=True)
class Section:
    doc_id: str
    seq: int
    part: str
    number: str
    heading: str
    text: str


@dataclass(frozen=True)
class Fact:
    doc_id: str
    seq: int
    metric: str
    qualifier: str
    value: str
    number: float
    unit: str
    clause: str
    sentence: str
    section: str
    parent: str


@dataclass(frozen=True)
class Note:
    doc_id: str
    seq: int
    metric: str
    kind: str  # reason | purpose | none
    text: str
    sentence: str
    section: str


@dataclass(frozen=True)
class Term:
    doc_id: str
    seq: int
    term: str
    definition: str


@dataclass(frozen=True)
class Duty:
    doc_id: str
    seq: int
    text: str


@dataclass(frozen=True)
class Contact:
    doc_id: str
    kind: str  # person | phone | office
    value: str
    sentence: str


@dataclass(frozen=True)
class Cell:
    doc_id: str
    seq: int
    table: str
    row: str
    code: str
    column: str
    value: str
    number: float
    unit: str


@dataclass
class Records:
    """Everything one disclosure yields, ready for the store."""

    document: Document
    sections: list[Section] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict]]:
        """Rows per store table."""
        return {
            "documents": [asdict(self.document)],
            "sections": [asdict(r) for r in self.sections],
            "facts": [asdict(r) for r in self.facts],
            "notes": [asdict(r) for r in self.notes],
            "glossary": [asdict(r) for r in self.terms],
            "duties": [asdict(r) for r in self.duties],
            "contacts": [asdict(r) for r in self.contacts],
            "cells": [asdict(r) for r in self.cells],
        }
