"""The tables as printed, read for the audit: title, page, code, row name and every column.

The store's cells are made for answering questions; the audit needs more — the page of each
row, the 科目编码 hierarchy, empty cells and the columns of side-by-side halves — so it reads
the extracted rows itself. Nothing here knows a particular document's numbers or names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MONEY = re.compile(r"^-?\d+\.\d{1,2}$")
CODE = re.compile(r"^\d{2,7}$")
TITLE = re.compile(r"([\u4e00-\u9fff“”\"]{2,40}?决算(?:总)?表)")
CODE_HEAD = re.compile(r"科目编码|编码|^[类款项]$")
NUMBERING = re.compile(r"^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]")


@dataclass(frozen=True)
class Value:
    """One printed figure: its text as published and its number."""

    text: str
    number: float
    page: int


@dataclass
class Row:
    """One printed row of one half of a table."""

    page: int
    code: str  # digits only: 2010601, 30101; '' when the row has none
    label: str
    values: dict[str, Value] = field(default_factory=dict)  # column name → figure
    numbered: bool = False  # printed with 一、二、…: a part of the total below it

    def cited(self, column: str, table: str) -> str:
        """The cell as a reviewer finds it: 《table》code name（column）：value."""
        code = f"{self.code} " if self.code else ""
        return f"《{table}》{code}{self.label}（{column}）：{self.values[column].text}"


@dataclass
class Grid:
    """One table as printed, over all its pages."""

    title: str
    page: int
    columns: list[str] = field(default_factory=list)  # value columns, in order
    unit: str = "万元"
    roles: list[str] = field(default_factory=list)  # per printed column: code, label, value
    names: list[str] = field(default_factory=list)  # per printed column: its value name
    names_after: list[str] = field(default_factory=list)  # the same on a narrower next page
    rows: list[Row] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The title without its number (表 1：…) and quotes."""
        return re.sub(r"^表\s*\d+\s*[:：]\s*|[“”\"]", "", self.title)


def read_grids(pages: list[tuple[list[str], list[list[list[str]]]]]) -> list[Grid]:
    """Every money table of the pages; a table without a title of its own goes on from the
    one before (with or without its header repeated)."""
    grids: list[Grid] = []
    for number, (lines, tables) in enumerate(pages, 1):
        titles = [m.group(1) for line in lines for m in [TITLE.search(_plain(line))]
                  if m and "部门决算表" not in m.group(1)]
        unit = _unit(lines)
        for raw in tables:
            header, body = _split_header(raw)
            width = max((len(r) for r in raw), default=0)
            if not titles and grids and width == len(grids[-1].roles):
                header, body = [], raw
            title = titles.pop(0) if titles and header else _title_inside(header)
            if not header and grids:
                _add_rows(grids[-1], grids[-1].columns, _roles_like(grids[-1], body), body,
                          number)
                continue
            grid = Grid(title or (grids[-1].title if grids else ""), number)
            grid.unit = unit or (grids[-1].unit if grids and not title else "万元")
            roles, columns = _roles(header, body)
            grid.columns = list(dict.fromkeys(c for c in columns if c))
            grid.roles, grid.names = roles, columns
            _add_rows(grid, columns, roles, body, number)
            if grids and not title and grid.title == grids[-1].title \
                    and grid.columns == grids[-1].columns:
                grids[-1].rows += grid.rows  # the header repeated on the next page
                continue
            grids.append(grid)
    return [g for g in grids if g.title]


def _unit(lines: list[str]) -> str:
    """单位：万元 / 单位：元 printed above a table."""
    for line in lines:
        m = re.search(r"单位\s*[:：]\s*(万元|元|亿元)", line)
        if m:
            return m.group(1)
    return ""


def _title_inside(header: list[list[str]]) -> str:
    """A title printed inside the table's frame, as its first row."""
    for row in header[:2]:
        m = TITLE.search(_plain("".join(dict.fromkeys(c or "" for c in row))))
        if m and "部门决算表" not in m.group(1):
            return m.group(1)
    return ""


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _split_header(raw: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Rows before the first row holding a figure or a code are the header."""
    for i, row in enumerate(raw):
        cells = [(c or "").strip() for c in row]
        if any(MONEY.match(c) for c in cells) or (cells and CODE.match(cells[0] or "")):
            return raw[:i], raw[i:]
        if cells and cells[0] in ("类", "合计") and any(MONEY.match(c) for c in cells):
            return raw[:i], raw[i:]
    return raw, []


def _roles(header: list[list[str]], body: list[list[str]]) -> tuple[list[str], list[str]]:
    """Each column's role (code, label, value) and, for values, its name from the header."""
    width = max((len(r) for r in header + body), default=0)
    roles, names = [], []
    for i in range(width):
        path: list[str] = []
        for row in header:
            text = _plain(row[i]) if i < len(row) and row[i] else ""
            if re.fullmatch(r"栏次|\d+", text):
                continue
            if text and text not in path:
                path.append(text)
        cells = [(r[i] or "").strip() for r in body if i < len(r) and r[i]]
        roles.append(_role(path, cells))
        names.append(_column_name(path) if roles[-1] == "value" else "")
    return roles, names


def _role(path: list[str], cells: list[str]) -> str:
    digits = [c for c in cells if CODE.match(c)]
    money = [c for c in cells if MONEY.match(c)]
    words = [c for c in cells if re.search(r"[\u4e00-\u9fff]", c)]
    if path and CODE_HEAD.search(path[-1]) and not money:
        return "code"
    if cells and len(digits) >= 0.6 * len(cells) and not money:
        return "code"
    if words and len(words) >= len(money):
        return "label"
    if not cells and path and re.search(r"项目|科目名称", path[-1]):
        return "label"
    return "value"


def _column_name(path: list[str]) -> str:
    """The header path read down, e.g. 支出>决算数 → 支出·决算数, 项目支出>小计 → 项目支出·小计."""
    kept = [p for p in path if p not in ("项目",)]
    return "·".join(kept) if kept else "决算数"


def _roles_like(grid: Grid, body: list[list[str]]) -> list[str]:
    """A continuation page may merge the code columns: align its value columns from the right."""
    roles = grid.roles
    width = max((len(r) for r in body), default=0)
    if width == len(roles):
        return roles
    values = [i for i, r in enumerate(roles) if r == "value"]
    out = ["code"] * width
    for k in range(1, len(values) + 1):
        if width - k >= 0:
            out[width - k] = "value"
    label_at = width - len(values) - 1
    if label_at >= 0:
        out[label_at] = "label"
    grid.names_after = [""] * (width - len(values)) + [grid.names[i] for i in values]
    return out


def _add_rows(grid: Grid, columns: list[str], roles: list[str], body: list[list[str]],
              page: int) -> None:
    names = grid.names if len(roles) == len(grid.names) else (grid.names_after or grid.names)
    bare = "label" not in roles and "code" not in roles
    for raw in body:
        row = [(c or "").strip() for c in raw] + [""] * (len(roles) - len(raw))
        current: Row | None = Row(page, "", "") if bare else None
        for i, role in enumerate(roles):
            cell = row[i] if i < len(row) else ""
            if role == "code":
                if current is not None and current.label:
                    _keep(grid, current)
                    current = None
                if CODE.match(cell):
                    current = current or Row(page, "", "")
                    if cell != current.code:  # 类/款/项 printed apart, or one code repeated
                        current.code += cell
            elif role == "label":
                if current is not None and current.label:
                    _keep(grid, current)
                    current = None
                current = current or Row(page, "", "")
                current.label = NUMBERING.sub("", _plain(cell))
                current.numbered = bool(NUMBERING.match(_plain(cell)))
            elif MONEY.match(cell.replace(",", "")) and current is not None:
                name = names[i] if i < len(names) and names[i] else "决算数"
                current.values.setdefault(name, Value(cell, float(cell.replace(",", "")), page))
        if current is not None:
            _keep(grid, current)


def _keep(grid: Grid, row: Row) -> None:
    if row.label or row.values:
        grid.rows.append(row)
