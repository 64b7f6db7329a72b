"""Disclosure file → plain text lines and raw tables (no parsing of meaning here)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED = (".txt", ".pdf", ".html", ".htm")
HEADING = re.compile(
    r"^(第[一二三四五六七八九十]+部分|第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))"
)
PAGE_NUMBER = re.compile(r"^[-—\s]*(第\s*)?\d{1,3}(\s*页)?[-—\s]*$|^\d+\s*/\s*\d+$")


class ExtractError(Exception):
    """The file cannot be read as a disclosure; the message is one sentence for the user."""


@dataclass(frozen=True)
class Table:
    """A table's rows as printed on one page, its title line, and whether it goes on from
    the page before (nothing printed above it: a table run over pages without headers)."""

    rows: list[list[str]]
    title: str = ""
    continued: bool = False


@dataclass
class Extracted:
    """What a file holds as text: narrative lines (paragraphs rejoined) and raw tables."""

    path: Path
    lines: list[str]
    tables: list[Table] = field(default_factory=list)
    # per PDF page: its text lines and tables' rows, so the audit can cite page numbers
    pages: list[tuple[list[str], list[list[list[str]]]]] = field(default_factory=list)


def extract(path: Path) -> Extracted:
    """Read a .txt, .pdf or .html disclosure into paragraphs and tables."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ExtractError(f"{path.name}：不支持的文件类型，请提供 .txt、.pdf 或 .html 文件。")
    if not path.is_file():
        raise ExtractError(f"{path}：文件不存在。")
    if suffix == ".pdf":
        return _from_pdf(path)
    raw = path.read_bytes()
    text = _decode(raw, path)
    if suffix in (".html", ".htm"):
        text = _html_to_text(text)
    lines = [clean_line(line) for line in text.splitlines() if line.strip()]
    return Extracted(path, _rejoin(lines))


def _rejoin(lines: list[str]) -> list[str]:
    """Text copied from a PDF keeps its wraps: a line that stops mid-sentence goes on below."""
    out: list[str] = []
    for line in lines:
        if out and not HEADING.match(out[-1]) and not HEADING.match(line) and not \
                out[-1].endswith(("。", "；", ";", "：", ":", "！", "？", ")", "）", "”")) and \
                len(out[-1]) >= 20:
            out[-1] += line
        else:
            out.append(line)
    return out


def clean_line(line: str) -> str:
    """Fold full-width forms and stray spaces the way every parser downstream expects."""
    line = unicodedata.normalize("NFKC", line)
    line = re.sub(r"(?<=\d),(?=\d{3})", "", line)
    line = re.sub(r"(?<=[\d.])\s+(?=[\d.])", "", line) if re.search(r"\d\s+\.\d", line) else line
    line = re.sub(r"\s+", " ", line).strip()
    # spaces between CJK characters or between a number and its unit carry no meaning
    line = re.sub(r"(?<=[\u4e00-\u9fff“”\"()%])\s+(?=[\u4e00-\u9fff“”\"()\d])", "", line)
    line = re.sub(r"(?<=\d)\s+(?=[\u4e00-\u9fff%])", "", line)
    return line


def _decode(raw: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractError(f"{path.name}：无法识别文件编码，请另存为 UTF-8 文本。")


def _html_to_text(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table)>", "\n", text)
    text = re.sub(r"(?i)</t[dh]>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _from_pdf(path: Path) -> Extracted:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(path) as pdf:
            pages = [_read_page(page) for page in pdf.pages]
    except (PDFPasswordIncorrect, PDFSyntaxError) as err:
        kind = "已加密" if isinstance(err, PDFPasswordIncorrect) else "已损坏或不完整"
        raise ExtractError(f"{path.name}：PDF {kind}，无法读取。") from err
    except Exception as err:  # pdfminer raises many kinds on damaged files
        if "encrypt" in str(err).lower() or "password" in str(err).lower():
            raise ExtractError(f"{path.name}：PDF 已加密，无法读取。") from err
        kind = type(err).__name__
        raise ExtractError(f"{path.name}：PDF 已损坏或不完整，无法读取（{kind}）。") from err
    if not any(lines for lines, _ in pages):
        raise ExtractError(f"{path.name}：PDF 没有文字层（可能是扫描件），无法提取文字。")
    lines = _drop_running_heads([lines for lines, _ in pages])
    tables = [table for _, page_tables in pages for table in page_tables]
    by_page = [([text for text, _ in page_lines], [t.rows for t in page_tables])
               for page_lines, page_tables in pages]
    return Extracted(path, lines, tables, by_page)


TABLE_TITLE = re.compile(r"^(附?表\s*[\d一二三四五六七八九十]+\s*[:：、.．]?\s*)?"
                         r"(?P<title>\S*?决算(总)?表)(?=$|单位|[(（]|\s)")


def _read_page(page) -> tuple[list[tuple[str, bool]], list[Table]]:
    """Lines outside tables, each marked whether it runs to the right margin, and the tables."""
    found = sorted((t for t in page.find_tables() if _has_money(t)), key=lambda t: t.bbox[1])
    boxes = [t.bbox for t in found]

    def outside(obj) -> bool:
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_lines = page.filter(outside).extract_text_lines(y_tolerance=6) if boxes else \
        page.extract_text_lines(y_tolerance=6)
    tables = _titled(found, text_lines)
    if not text_lines:
        return [], tables
    right = sorted(line["x1"] for line in text_lines)[int(len(text_lines) * 0.9)]
    lines = []
    for line in text_lines:
        text, gap = clean_line(line["text"]), right - line["x1"]
        lines.append((text, gap <= 12 or (gap <= 60 and not text.endswith("。"))))
    return lines, tables


def _titled(found: list, text_lines: list[dict]) -> list[Table]:
    """Each table with the title printed above it; none printed above at all means the table
    goes on from the previous page (its headers are not repeated)."""
    tables, floor = [], 0.0
    for table in found:
        top = table.bbox[1]
        above = [line for line in text_lines if floor - 1 <= line["top"] < top]
        title = ""
        for line in reversed(above):
            m = TABLE_TITLE.match(clean_line(line["text"]).replace("“", "").replace("”", ""))
            if m and "部门决算表" not in m.group("title"):
                title = m.group("title")
                break
        tables.append(Table(_table(table), title, not above and not title))
        floor = table.bbox[3]
    return tables


def _continues(previous: str, text: str, previous_full: bool, previous_heading: bool) -> bool:
    """Whether a PDF line goes on from the one before (a wrapped line) or starts a paragraph."""
    if text[0] in "）)。，,、；;：:%":
        return True
    if HEADING.match(text):
        return False
    if previous_full:
        return True
    return not previous_heading and not previous.endswith("。")


def _has_money(found) -> bool:
    """Only tables of figures are read as tables; a list of units stays in the text flow."""
    return any(re.fullmatch(r"-?[\d,]+\.\d{1,2}", (c or "").strip())
               for row in found.extract() for c in row)


def _table(found) -> list[list[str]]:
    """Rows of texts, headers spread over the columns their (merged) cells cover.

    A header cell merged over several columns is repeated in each, so that every column's
    header rows read top-down as its path (三公经费 > 公务用车购置及运行费 > 小计 > 预算数).
    """
    texts = found.extract()
    boxes = [row.cells for row in found.rows]
    widest = max(boxes, key=lambda cells: sum(c is not None for c in cells))
    centers = [((c[0] + c[2]) / 2 if c else None) for c in widest]
    out: list[list[str]] = []
    for row_texts, row_boxes in zip(texts, boxes, strict=False):
        row = [clean_line(t or "") for t in row_texts]
        for i, box in enumerate(row_boxes):
            if box is None or not row[i]:
                continue
            for j, center in enumerate(centers):
                if j != i and center is not None and box[0] < center < box[2] and \
                        row_texts[j] is None:
                    row[j] = row[i]
        out.append(row)
    return out


def _drop_running_heads(pages: list[list[tuple[str, bool]]]) -> list[str]:
    """Drop page numbers and lines repeated at the top or bottom of many pages; rejoin wraps."""
    edges = Counter(line for lines in pages for line, _ in lines[:1] + lines[-1:])
    repeated = {line for line, n in edges.items() if n >= 3 and len(pages) >= 4}
    out: list[str] = []
    previous_full, previous_heading = False, False
    for lines in pages:
        for text, full in lines:
            if not text or PAGE_NUMBER.match(text) or text in repeated:
                continue
            if out and _continues(out[-1], text, previous_full, previous_heading):
                out[-1] += text
            else:
                out.append(text)
            previous_full, previous_heading = full, bool(HEADING.match(out[-1]))
    return out
