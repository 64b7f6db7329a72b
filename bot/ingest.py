"""Disclosure file → records, driven by the national template's sentence patterns."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from bot.codes import CODED_ITEM
from bot.extract import HEADING, Extracted, ExtractError, Table, extract
from bot.records import (
    CONTENTS_ENTRY,
    Cell,
    Contact,
    Document,
    Duty,
    Fact,
    Note,
    Records,
    Section,
    Term,
)
from bot.vocab import stated_name

CN_DIGITS = "一二三四五六七八九十"
NUMBER = re.compile(
    r"(?<![\d.A-Za-z])(?P<num>\d+(?:\.\d+)?)(?P<approx>万余|余万|万多|余|多)?"
    r"(?P<unit>万元|亿元|元|%|个百分点|人次|人|件|条|项|个|辆|台\(套\)|台套|台|套|次|分|批次|家|户|天"
    r"|亩|万平方米|平方米)"
)
AREA = ("亩", "平方米", "万平方米")
TOTAL_WORD = re.compile(r"(合计|共计|总计|总额|累计)(为|是|达)?")
COUNTED = re.compile(r"([\u4e00-\u9fff]{2,16})(?=$|[,，、;；。(（])")
THRESHOLD = re.compile(r"^(\(含\))?(以上|以下|及以上)")
CHANGE_LY = re.compile(r"比上年|比上一年|较上年|同比|上年同期|与上年|比(\d{4})年"
                       r"|与(\d{4})年度?(相比|持平)|较(\d{4})年")
CHANGE_BUDGET = re.compile(r"比(年初)?预算|较(年初)?预算|与(年初)?预算相比")
UP = re.compile(r"增加|增长|上升|提高|多")
DOWN = re.compile(r"减少|下降|降低|节约|节省|少")
CUES = re.compile(
    r"(比上年|比上一年|较上年|同比|比\d{4}年度?|与\d{4}年度?相比|较\d{4}年度?|比年初预算|比预算|较年初预算"
    r"|较预算|年初预算数?为?|预算数为?|预算为|决算数为?|决算为|完成(年初)?预算的|占(?!地).*|增加|减少"
    r"|增长|下降|持平|共计|合计为|总额为)$"
)
REASON = re.compile(r"(主要原因|增加原因|减少原因|增长原因|原因是|原因为|原因:|主要是"
                    r"|原因(?=[,，]?(一是|1[.、]|首先)))")
# a gap against the budget stated (一般公共预算 names a kind of money, not a budget)
BUDGET_GAP = re.compile(r"比(?:年初)?预算|预算数|完成(?:年初)?预算|于(?:年初)?预算")
LISTED = re.compile(r"^\W{0,2}(一是|1[.、]|首先)")  # the reasons given as a numbered list
NONE = re.compile(r"(?:没有|无)([\u4e00-\u9fff“”\"]{2,30}?)"
                  r"(?:收入和支出|收入支出|收支|支出|收入)?$")
REASON_HEAD = re.compile(r"决算数?(小于|大于|与|等于|低于|高于).*$|(增加|减少|增长|下降)的?$"
                         r"|(与|比|较)(上年|上一年|\d{4}年度?)(比较|相比)?.*$")
GENERIC = {"", "支出", "收入", "决算", "预算", "决算数", "预算数", "金额", "总计", "其中", "合计",
           "增加", "减少", "增长", "下降", "降低", "上升", "提高", "支出决算", "收入决算", "费用",
           "共", "共有"}


class IngestError(Exception):
    """A disclosure cannot be loaded; the message names the file (and line) and what to do."""


def read(path: str | Path) -> Records:
    """Parse one disclosure file into records; IngestError says why it cannot."""
    path = Path(path)
    try:
        extracted = extract(path)
    except ExtractError as err:
        raise IngestError(str(err)) from err
    return parse(extracted)


PARALLEL_FROM = 8  # files read in worker processes from this many on


def read_all(paths: list[Path]) -> list[Records]:
    """Every file's records, in order; many files are read on every core."""
    if len(paths) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [read(p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        return list(pool.map(read, paths, chunksize=16))


def parse(extracted: Extracted) -> Records:
    lines = _skip_contents(extracted.lines)
    document = _document(extracted.path, extracted.lines)
    records = Records(document)
    blocks = _blocks(lines)
    for seq, (part, number, heading, body) in enumerate(blocks):
        records.sections.append(Section(document.doc_id, seq, part, number, heading,
                                        "\n".join(body)))
    for part, number, _, body in blocks:
        for heading, text in _subsections(body):
            records.sections.append(Section(document.doc_id, len(records.sections), part,
                                            number, heading, text))
    _read_narrative(records, blocks)
    _read_tables(records, extracted.tables)
    if not records.facts and not records.terms and not records.cells:
        raise IngestError(f"{extracted.path.name}：没有找到部门决算的内容"
                          "（金额、表格或名词解释），"
                          "请确认这是一份部门决算公开文件。")
    return records


# ---------------------------------------------------------------- document and sections

def _sub_heading(line: str) -> bool:
    """（二）部门决算单位构成: a heading inside a section, not a paragraph that starts so."""
    return bool(SUB_HEADING.match(line)) and len(line) <= 40 and \
        not re.search(r"[。；;]", line) and not NUMBER.search(line)


def _subsections(body: list[str]) -> list[tuple[str, str]]:
    """A section's sub-sections as (heading, text), so that each can be found by its name."""
    out: list[tuple[str, list[str]]] = []
    for line in body:
        if _sub_heading(line):
            out.append((line, []))
        elif out:
            out[-1][1].append(line)
    return [(heading, "\n".join(lines)) for heading, lines in out if lines]


def _skip_contents(lines: list[str]) -> list[str]:
    """Drop a cover and table of contents: everything before the first heading's second start."""
    for i, line in enumerate(lines[:60]):
        first = re.match(r"^(第一部分|一、)", line)
        if not first:
            continue
        for j in range(i + 1, len(lines)):
            if lines[j] == line or (first.group(1) == "第一部分" and
                                    lines[j].startswith("第一部分")):
                return lines[j:]
        return lines
    return lines


def _full_name(name: str, text: str) -> str:
    """The title's name with the province/city/district the text writes before it elsewhere."""
    full = name
    for longer in re.findall(r"[\u4e00-\u9fff]{0,12}" + re.escape(name), text):
        longer = re.sub(r"^(第[一二三四五六七八九十]+部分)", "", longer)
        longer = re.sub(r"^(决算单位为|单位为|包括|本级|纳入|年度|年)", "", longer)
        if len(longer) > len(full) and REGION_END.search(longer[: -len(name)]):
            full = longer
    return full


class _Found:
    """A title found as 2021年度某某局部门决算, read like 某某局2021年度部门决算."""

    def __init__(self, name: str, year: str, kind: str) -> None:
        self._groups = (name, year, kind)

    def group(self, i: int) -> str:
        return self._groups[i - 1]


TITLE = re.compile(r"([\u4e00-\u9fff（）()]{2,40}?)(\d{4})年度?部门(决算|预算)")
TITLE_YEAR_FIRST = re.compile(r"(\d{4})年度?([\u4e00-\u9fff（）()]{2,40}?)部门(决算|预算)")
SENTENCE = re.compile(r"[。，,；;]")
REGION_END = re.compile(r"(省|自治区|市|自治州|州|盟|区|县|旗)$")


def _cover(lines: list[str]) -> list[str]:
    """Heading lines, and a name on one line joined to 2023年度部门决算 on the next."""
    plain = [line for line in lines[:80] if not SENTENCE.search(line)]
    pairs = [a + b for a, b in zip(plain, plain[1:], strict=False)
             if len(a) <= 30 and re.match(r"\d{4}年度?部门(决算|预算)", b)]
    return pairs + [line for line in lines if not SENTENCE.search(line)]


def _title(text: str) -> re.Match | _Found | None:
    found = TITLE.search(text)
    if not found:
        alt = TITLE_YEAR_FIRST.search(text)
        if alt:
            found = _Found(alt.group(2), alt.group(1), alt.group(3))
    return found


def _document(path: Path, lines: list[str]) -> Document:
    """Department and year from the cover or a heading; a sentence only when nothing else has
    them (a sentence names other units too: 甲、乙合并组建为丙)."""
    text = "\n".join(lines)
    found = _title("\n".join(_cover(lines))) or _title(text)
    if not found:
        raise IngestError(f"{path.name}：找不到“××单位××年度部门决算”的标题，无法确定单位和年度。")
    name = re.sub(r"^(第[一二三四五六七八九十]+部分)", "", found.group(1)).strip()
    name = re.sub(r"^关于", "", name)
    year = int(found.group(2))
    full = _full_name(name, text)
    return Document(
        doc_id=f"{path.stem}",
        department=full,
        aliases="|".join(department_aliases(full)),
        year=year,
        kind=f"部门{found.group(3)}",
        title=f"{full}{year}年度部门{found.group(3)}",
        source=path.name,
        contents="\n".join(_contents(lines)),
        published=_published(lines),
    )


COVER_DATE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")


def _published(lines: list[str]) -> str:
    """The date a cover prints before the 目录 (西南大学2023年度部门决算 2024 年 8 月): the day
    the disclosure was dated; "" when its cover prints none (a sentence's date is none)."""
    cover = ""
    for line in lines[:12]:
        said = re.sub(r"\s", "", line)
        before = re.split("目录|目次", said)[0]
        if SENTENCE.search(before):
            break
        cover += before
        if before != said:  # the 目录 begins: the cover ends
            break
    date = COVER_DATE.search(cover)
    return date.group(0) if date else ""


def _contents(lines: list[str]) -> list[str]:
    """The entries of the table of contents (目录) at the start, until the body repeats its
    first entry or a line that is no entry ends it; none when there is no 目录."""
    for i, line in enumerate(lines[:60]):
        if not re.sub(r"\s", "", line).endswith(("目录", "目次")):
            continue
        entries: list[str] = []
        for entry in lines[i + 1:]:
            entry = re.sub(r"\s+", " ", entry).strip()
            if not CONTENTS_ENTRY.match(entry) or entry in entries or len(entry) > 60:
                break
            entries.append(entry)
        return entries
    return []


REGION = re.compile(r"^[\u4e00-\u9fff]{1,6}?(省|自治区|市|自治州|州|盟|区|县|旗)"
                    r"(?=[\u4e00-\u9fff]{2})")


def department_aliases(full: str) -> list[str]:
    """Short forms a citizen uses: without province/city/district, and head+tail abbreviations."""
    names = [full]
    rest = full
    while True:
        cut = REGION.match(rest)
        if not cut:
            break
        rest = rest[cut.end():]
        names.append(rest)
    core = names[-1]
    if len(core) >= 6 and core.endswith(("中心", "委员会")):
        names.append(core[:2] + core[-2:])
    region = re.match(r"^.*?(区|县|市)", names[1] if len(names) > 1 else "")
    if region and len(names) > 1:
        names.append(region.group(0) + names[-1])
    return list(dict.fromkeys(n for n in names if len(n) >= 3))


def _blocks(lines: list[str]) -> list[tuple[str, str, str, list[str]]]:
    """Split into (part, number, heading, body lines) at 第X部分 / 一、 / （一） headings."""
    blocks: list[tuple[str, str, str, list[str]]] = []
    part, number, heading, body = "", "", "", []
    for line in lines:
        top = re.match(r"^(第[一二三四五六七八九十]+部分)\s*(.*)$", line)
        level1 = re.match(r"^([一二三四五六七八九十]+)、(.{1,70})$", line)
        if top or (level1 and not re.search(r"[。；;:：]", level1.group(2)[:-1])):
            if heading or body:
                blocks.append((part, number, heading, body))
            if top:
                part, number, heading = top.group(1), "", top.group(2)
            else:
                number, heading = level1.group(1), level1.group(2)
            body = []
        else:
            body.append(line)
    blocks.append((part, number, heading, body))
    return blocks


# ---------------------------------------------------------------- narrative facts

def _read_narrative(records: Records, blocks) -> None:
    doc = records.document
    names = sorted(doc.aliases.split("|"), key=len, reverse=True)
    for part, number, heading, body in blocks:
        section = f"{part} {number}、{heading}".strip() if number else f"{part} {heading}".strip()
        if "名词解释" in heading:
            _read_glossary(records, body)
            continue
        if "主要职能" in heading or "职能职责" in heading:
            _read_duties(records, body)
        if "联系方式" in heading:
            _read_contacts(records, body)
        if "部门决算表" in heading or "决算表" == heading[-3:]:
            continue
        subject, here = _subject_of_heading(heading), section
        for paragraph in body:
            if _sub_heading(paragraph):
                subject, here = "", f"{section} {paragraph}"  # (四)财政拨款支出决算表说明
            subject = _read_paragraph(records, paragraph, here, names, subject)


def _subject_of_heading(heading: str) -> str:
    return ""


def _read_paragraph(records: Records, paragraph: str, section: str, names: list[str],
                    subject: str) -> str:
    """Facts, reasons and purposes of one paragraph; returns the subject it ends on."""
    doc = records.document
    pending: list[str] = []
    carried = ""
    before = ""  # the sentence before: 主要原因是… opening a sentence gives the reason for it
    for sentence in _sentences(paragraph):
        said, before = before, sentence
        item = re.search(r"([^。：:]{2,60}?)[（(]项[）)]", sentence) or CODED_ITEM.match(sentence)
        if item:
            subject = _clean_subject(re.split(r"[（(][类款][）)]", item.group(1))[-1], names)
        used = re.search(r"主要用于[:：](.+)$", sentence)
        if used and subject:
            records.notes.append(Note(doc.doc_id, len(records.notes), subject, "purpose",
                                      used.group(1), sentence, section))
            continue
        none = NONE.search(re.sub(r"[。；;]$", "", sentence))
        if none and not NUMBER.search(sentence) and not REASON.search(sentence):
            metric = _clean_subject(none.group(1), names)
            records.notes.append(Note(doc.doc_id, len(records.notes), metric, "none",
                                      "没有" + none.group(1), sentence, section))
        # 其中:甲增加…,乙减少… goes on from the change stated in the sentence before
        context = carried if sentence.startswith("其中") else ""
        carried = "比上年" if CHANGE_LY.search(sentence) and not CHANGE_BUDGET.search(sentence) \
            else ""
        parent = ""
        first_seq = len(records.facts)
        for segment in _segments(sentence):
            reason = REASON.search(segment)
            head = segment[: reason.start()] if reason else segment
            here: list[str] = []
            subject, parent = _read_clauses(records, head, sentence, section, names, subject,
                                            here, context, parent)
            pending.extend(here)
            context += head
            if reason and here and not re.match(r"[^:：]{0,4}[:：]", segment[reason.end():]):
                pending[:] = here
            if reason:
                named = _clean_subject(REASON_HEAD.sub("", head), names)
                if named and named not in GENERIC and not here:
                    pending[:] = [named]  # 甲与上年比较发生较大差异的原因是…: 甲's alone
                why = segment[reason.end():].lstrip(":：是为,， ")
                lead = sentence[: sentence.find(segment) + reason.start()]
                budget = "预算" in lead[-40:] or (len(lead) < 6 and bool(
                    BUDGET_GAP.search(said[-40:])))  # 比预算减少…。主要原因是:…
                for target in dict.fromkeys(pending or [subject]):
                    if target:
                        records.notes.append(Note(doc.doc_id, len(records.notes), target,
                                                  "reason_budget" if budget else "reason",
                                                  why, sentence, section))
                pending.clear()
                _read_clauses(records, why, sentence, section, names, "", [], "")
        _parts_by_share(records, first_seq)
    return subject


SHARE_OF_TOTAL = re.compile(r"占(?:本年|全年)?(收入|支出)(?:总额|总计|合计)")
TOTAL_NAME = re.compile(r"总计|合计|总额")


def _parts_by_share(records: Records, first: int) -> None:
    """收入总计N,财政拨款收入M,占收入总额x%;事业收入…: each figure stated with its share of the
    total the sentence opens with is a part of it, though no 其中 says so."""
    facts = records.facts[first:]
    total = next((f for f in facts if f.qualifier == "决算数"), None)
    if total is None or not TOTAL_NAME.search(total.metric) or total.unit not in ("万元", "元"):
        return
    shared = {f.metric for f in facts if f.qualifier == "占比" and (
        m := SHARE_OF_TOTAL.search(f.clause)) and m.group(1) in total.metric}
    for at, fact in enumerate(facts, first):
        if fact is not total and not fact.parent and fact.metric in shared and \
                fact.metric != total.metric and fact.unit == total.unit:
            records.facts[at] = replace(fact, parent=total.metric)


def _sentences(paragraph: str) -> list[str]:
    parts = re.split(r"(?<=[。])", paragraph)
    return [p.strip() for p in parts if p.strip()]


def _segments(sentence: str) -> list[str]:
    """Split at ；, except where a reason announced with a colon runs to the sentence end."""
    out: list[str] = []
    for piece in re.split(r"(?<=[；;])", sentence):
        reason = REASON.search(out[-1]) if out else None
        if out and (re.search(r"(原因|原因是|原因为)[:：]", out[-1]) or (
                reason and LISTED.search(out[-1][reason.end():])  # 原因是一是…;二是…
                and re.match(r"\s*([二三四五六七八九]是|\d[.、])", piece))):
            out[-1] += piece
        else:
            out.append(piece)
    return [p for p in out if p.strip()]


def _clauses(text: str) -> list[str]:
    text = re.sub(r"收、支|收入、支出", lambda m: m.group(0).replace("、", ""), text)
    # a parenthesis holding a number is a clause of its own: 1.33万元(公务接待人员420人)
    text = re.sub(r"[（(]([^（()）]*\d[^（()）]*)[）)]", r"，\1，", text)
    text = re.sub(r"其中[:：]?", "，§", text)
    return [c for c in re.split(r"[，,；;、：:。]", text) if c.strip()]


# who won the contracts an amount of a procurement sentence counts (由中小企业供应商中标或成交的)
WON_BY = re.compile(r"由([^，,；;由]{2,8}?)供应商中标")


def _read_clauses(records: Records, text: str, sentence: str, section: str, names: list[str],
                  subject: str, pending: list[str], context: str, parent: str = ""
                  ) -> tuple[str, str]:
    """Facts of the clauses of one segment; the subject and the 其中 parent carry on after it."""
    doc = records.document
    opened = len(context)
    for clause in _clauses(text):
        if clause.startswith("§"):
            parent, clause = subject, clause[1:]
        matches = [m for m in NUMBER.finditer(clause)
                   if not (m.group("unit") in ("万元", "元", "亿元")
                           and THRESHOLD.match(clause[m.end():]))]
        if not matches and "持平" in clause:
            base = _clean_subject(re.split(r"与\d{4}|比上年|与上年", clause)[0], names)
            metric = base if base not in GENERIC else subject
            if metric and (CHANGE_LY.search(clause) or CHANGE_LY.search(context)):
                records.facts.append(Fact(doc.doc_id, len(records.facts), metric, "比上年增减",
                                          "持平", 0.0, "", clause, sentence, section, parent))
        start = 0
        for m in matches:
            label = clause[start:m.start()]
            first = start == 0
            start = m.end()
            qualifier = _qualifier(label, context, m.group("unit"), doc.year)
            base = _clean_subject(label, names)
            if TOTAL_WORD.fullmatch(label.strip(" ,，、；;:：")):
                base = _whole_of(records, sentence) or base  # 甲…、乙…，合计N: 甲乙's total
            own = context[opened:]  # this segment's clauses before this one
            won = WON_BY.search(own) if base == "采购金额" else None
            if won:  # 在其他政府采购项目中,由中小企业供应商中标或成交的,采购金额4.79万元
                base = ("预留项目" if "预留" in own[:won.start()] else "其他项目" if "其他"
                        in own[:won.start()] else "") + won.group(1) + "中标采购金额"
            counted = COUNTED.match(clause[m.end():]) if m.group("unit") in "个项家" else None
            if counted and (not base or len(base) <= 2 or base.endswith("等")):
                base = counted.group(1)  # 现有46个教学单位: the figure counts 教学单位
            if base and base not in GENERIC and not re.fullmatch(r"[\d.]+", base) and (
                    first or len(base) >= 3):
                subject = base
            if not subject:
                continue
            near = clause[m.start() - 1] if m.start() and clause[m.start() - 1] in "近约" else ""
            value = near + m.group("num") + (m.group("approx") or "") + m.group("unit")
            if m.group("unit") in AREA and not subject.endswith("面积"):
                subject += "面积"  # 占地约8380亩: the figure is the 占地面积
            number = float(m.group("num"))
            if qualifier in ("比上年增减", "比预算增减") and DOWN.search(label or context):
                number = -number
            records.facts.append(Fact(doc.doc_id, len(records.facts), subject, qualifier, value,
                                      number, m.group("unit"), clause.strip(), sentence, section,
                                      parent if parent != subject else ""))
            if qualifier.startswith("比"):
                pending.append(subject)
        context += clause
    return subject, parent


def _whole_of(records: Records, sentence: str) -> str:
    """The total of parts listed before it in the sentence, named by what they share:
    政府采购货物支出、政府采购工程支出 → 政府采购支出总额."""
    parts = list(dict.fromkeys(f.metric for f in records.facts
                               if f.sentence == sentence and f.qualifier == "决算数"))
    if len(parts) < 2:
        return ""
    head = os.path.commonprefix(parts)
    tail = os.path.commonprefix([p[len(head):][::-1] for p in parts])[::-1]
    whole = head + tail
    if len(whole) < 2:
        return ""
    return whole if whole.endswith(("额", "计")) else whole + "总额"


def _qualifier(label: str, context: str, unit: str, year: int) -> str:
    """The kind of figure a clause states, from the template's cue words."""
    change_ly = bool(CHANGE_LY.search(label)) or (
        bool(CHANGE_LY.search(context)) and not CHANGE_BUDGET.search(label))
    for m in re.finditer(r"(\d{4})年", label + context):
        if int(m.group(1)) != year - 1 and CHANGE_LY.search(label) and "比" + m.group(0) in label:
            change_ly = False
    change_budget = bool(CHANGE_BUDGET.search(label)) or (
        bool(CHANGE_BUDGET.search(context)) and not CHANGE_LY.search(label))
    moves = UP.search(label) or DOWN.search(label)
    if unit in ("%", "个百分点"):
        if re.search(r"完成(年初)?预算", label):
            return "完成预算比例"
        if "占" in label:
            return "占比"
        explicit_budget = CHANGE_BUDGET.search(label)
        if moves and (explicit_budget or (change_budget and not CHANGE_LY.search(label))):
            return "比预算增减率"
        if moves and change_ly:
            return "比上年增减率"
        if moves and change_budget:
            return "比预算增减率"
        return "决算数"
    if CHANGE_BUDGET.search(label) and moves:
        return "比预算增减"
    if change_ly and moves and not re.search(r"预算数?为?$|决算数?为?$", label):
        return "比上年增减"
    if change_budget and moves:
        return "比预算增减"
    if re.search(r"预算(数|金额)?为?$|年初预算", label) and not re.search(r"决算", label[-4:]):
        return "预算数"
    return "决算数"


ENUMERATOR = re.compile(r"^\s*(\d+[.、．]|[（(][一二三四五六七八九十]+[）)]"
                        r"|[一二三四五六七八九十]+是)")
DATE = re.compile(r"截[至止]?\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日"
                  r"|\d{1,2}月\d{1,2}日")
SELF = re.compile(r"\d{4}年度?|本年度(?!收入|支出)|全年|本部门|本单位|我单位|我中心|我局"
                  r"|单位共有|共有")


SELF_START = (r"^(我区|全区|本区|我市|全市|区内|学校|我校|本校|学院|我院|本院)?"
              r"(共|累计|各项|现有|拥有|另有|建有)?")


def _clean_subject(label: str, names: list[str]) -> str:
    """The thing a figure is about: the label without years, names, cue words and verbs."""
    text = re.sub(r"[“”\"'‘’《》]", "", label)
    text = ENUMERATOR.sub("", text)
    for name in names:
        text = text.replace(name, "")
    text = re.sub(r"(比|较|与)\d{4}年度?(相比)?", "", text)
    text = DATE.sub("", text)
    text = SELF.sub("", text)
    text = re.sub(r"[（(][类款项][）)]", "", text)
    text = re.sub(r"[（(][^（()）]{3,}[）)]", "", text)
    text = re.sub(r"[（(]含[）)]", "", text)
    previous = None
    while previous != text:
        previous = text
        text = CUES.sub("", text)
        text = re.sub(r"(为|是|达到|达|约|接近|近|超过|共|了|的|和|及|在|有|各项|各类|各)$", "",
                      text)
    text = re.sub(SELF_START, "", text)
    text = re.sub(r"^(的|和|及|共|本年度?的?|当年)", "", text)
    text = stated_name(text)
    text = re.sub(r"支出支出", "支出", text)
    text = text.strip(" ，,。；;:：")
    return text


# ---------------------------------------------------------------- glossary, duties, contacts

GLOSSARY_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])"
                           r"\s*"
                           r"(?P<term>[^:：。，,；;]{2,40}?)[:：]\s*(?P<definition>.*)$")
SUB_HEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
CODE_AFTER = re.compile(r"\s*[（(]\d{3,9}[）)]\s*$")


def _read_glossary(records: Records, body: list[str]) -> None:
    """Numbered items (一、 or 1.) of 名词解释, under any sub-sections (收入科目说明 …); an item
    goes on over the lines below it until the next item or sub-section."""
    doc = records.document
    items: list[list[str]] = []
    for line in body:
        item = GLOSSARY_ITEM.match(line)
        if item:
            items.append([item.group("term"), item.group("definition")])
        elif SUB_HEADING.match(line) or line.endswith((":", "：")):
            items.append(["", ""])  # a sub-section or its lead-in ends the item above
        elif items and items[-1][0]:
            items[-1][1] += line
    for raw, definition in items:
        term = CODE_AFTER.sub("", re.sub(r"[“”\"\s]", "", raw))
        if term and definition.strip():
            records.terms.append(Term(doc.doc_id, len(records.terms), term, definition.strip()))
    for term in list(records.terms):
        inner = re.search(r"([\u4e00-\u9fff]{2,10})[（(]([^（()）]{6,})[）)]", term.definition)
        if inner and "的" in inner.group(2) and not re.match(r"含|包括|如|即", inner.group(2)):
            name = re.split(r"的|了|用|使用|从|取得", inner.group(1))[-1]
            if 2 <= len(name) <= 8:
                records.terms.append(Term(doc.doc_id, len(records.terms), name, inner.group(2)))


def _read_duties(records: Records, body: list[str]) -> None:
    doc = records.document
    for line in body:
        if re.match(r"^[（(]?[一二三四五六七八九十]+[）)]?部门职能", line):
            continue
        for piece in re.split(r"(?=[（(][一二三四五六七八九十]+[）)])", line):
            piece = piece.strip()
            if len(piece) >= 6:
                records.duties.append(Duty(doc.doc_id, len(records.duties), piece))


def _read_contacts(records: Records, body: list[str]) -> None:
    doc = records.document
    for line in body:
        for m in re.finditer(r"(接洽人|联系人)[:：]?\s*([\u4e00-\u9fff]{2,4})", line):
            records.contacts.append(Contact(doc.doc_id, "person", m.group(2), line))
        for m in re.finditer(r"(联系电话|电话|咨询电话)[:：]?\s*([\d\-— ()（）]{7,20}\d)", line):
            records.contacts.append(Contact(doc.doc_id, "phone", m.group(2).strip(), line))
        for m in re.finditer(r"由(.{2,20}?)负责", line):
            records.contacts.append(Contact(doc.doc_id, "office", m.group(1), line))


# ---------------------------------------------------------------- tables

TABLE_NAMES = (
    "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "三公经费支出决算表",
    "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表",
)


def _read_tables(records: Records, tables: list[Table]) -> None:
    """Rows of the standard tables as (table, row, code, column, value).

    A table with nothing printed above it goes on from the page before: it is read with the
    columns of the table it continues, since its headers are not repeated.
    """
    name, layout = "", None
    for table in tables:
        if not table.rows or not table.rows[0]:
            continue
        goes_on = table.continued or (not table.title and _data_row(table.rows[0]))
        if goes_on and name and layout is not None:
            layout = _read_table(records, name, table.rows, layout)
            continue
        guessed = _titled_name(table.title) or _table_name(table.rows, name)
        name = guessed or name
        if not name:
            continue
        layout = _read_table(records, name, table.rows)
    records.cells[:] = _grand_totals(records.cells)


def _grand_totals(cells: list[Cell]) -> list[Cell]:
    """合计 below 本年收入合计 and the carry-overs is the 总计 of the national template (the
    universities' 收支决算总表 prints 合计), not the sum of this year's rows."""
    year_totals = {c.table: c.seq for c in reversed(cells)
                   if c.row in ("本年收入合计", "本年支出合计")}
    return [replace(c, row="总计") if c.row == "合计" and c.seq > year_totals.get(c.table, c.seq)
            else c for c in cells]


def _data_row(row: list[str]) -> bool:
    """A row of figures or starting with a subject code: no header, so the table goes on
    (a running head printed above it on the page is no title)."""
    return any(MONEY.match(c or "") for c in row) or bool(CODE.fullmatch(row[0] or ""))


def _titled_name(title: str) -> str:
    """The table's printed title; the 三公 table under the name every layout shares."""
    return "三公经费支出决算表" if "三公" in title else re.sub(r"^\d{4}年度?", "", title)


def _table_name(table: list[list[str]], previous: str) -> str:
    head = "".join(c or "" for row in table[:6] for c in row)
    head = re.sub(r"[“”\"\s]", "", head)
    if "三公" in head:
        return "三公经费支出决算表"
    if "项目决算数项目决算数" in head:
        return "收入支出决算总表"
    if "经济分类" in head:
        return "一般公共预算财政拨款基本支出决算表"
    if "财政拨款收入支出" in head or ("一般公共预算" in head and "政府性基金预" in head):
        return "财政拨款收入支出决算总表"
    if "年初结转和" in head and "本年收入" in head:
        if previous.endswith("收入支出决算表"):
            return previous
        return "政府性基金预算财政拨款收入支出决算表"
    if "本年收入合" in head or "财政拨款收" in head and "上级补助" in head:
        return "收入决算表"
    if "上缴上级支" in head or "经营支" in head:
        return "支出决算表"
    if "基本支出" in head and "项目支出" in head:
        return "一般公共预算财政拨款支出决算表"
    if head.startswith("收入支出") or "项目决算数项目决算数" in head:
        return "收入支出决算总表"
    return ""


@dataclass(frozen=True)
class _Layout:
    """A table's column headers (as paths) and roles, for the pages that continue it."""

    paths: list[list[str]]
    roles: list[str]


def _read_table(records: Records, name: str, table: list[list[str]],
                inherited: _Layout | None = None) -> _Layout:
    """Each money cell as (row label, code, column); side-by-side groups split at label columns."""
    doc = records.document
    header_rows: list[list[str]] = []
    if inherited is None:
        for row in table:
            if any(MONEY.match(c) for c in row):
                break
            header_rows.append(row)
    body = table[len(header_rows):]
    width = max(len(r) for r in table)
    paths = _column_paths([r for r in header_rows if not _numbering_row(r)], width)
    roles = [_role(paths[i], [r[i] if i < len(r) else "" for r in body]) for i in range(width)]
    if inherited is not None:
        paths, roles = _aligned(inherited, roles)
    has_label = "label" in roles
    for row in body:
        row = row + [""] * (width - len(row))
        code: list[str] = []
        label = ""
        for i, cell in enumerate(row):
            if roles[i] == "code":
                if label:  # a second (code, label, value) group starts on the same row
                    code, label = [], ""
                repeated = code and cell == code[-1] and len(cell) >= 3  # a merged cell
                if CODE.fullmatch(cell) and not repeated:
                    code.append(cell)
            elif roles[i] == "label":
                label = _row_label(cell)
            elif MONEY.match(cell):
                path = paths[i]
                column = _column_name(path)
                row_label = label if has_label else _path_label(path)
                if row_label:
                    records.cells.append(Cell(doc.doc_id, len(records.cells), name, row_label,
                                              " ".join(code), column, cell, float(cell), "万元"))
    return _Layout(paths, roles)


def _numbering_row(row: list[str]) -> bool:
    """栏次 1 2 3 …: the row numbering the columns is no part of any column's name."""
    filled = [re.sub(r"\s", "", c) for c in row if c and c.strip()]
    return bool(filled) and all(re.fullmatch(r"栏次|\d{1,2}|[甲乙丙丁]", c) for c in filled)


def _aligned(inherited: _Layout, roles: list[str]) -> tuple[list[list[str]], list[str]]:
    """A continued table's columns: the same when as wide, else codes and labels from the left
    and figures from the right (merged code columns print as one on a later page)."""
    if len(roles) == len(inherited.roles):
        return inherited.paths, [r if r != "value" or old != "code" else old
                                 for r, old in zip(roles, inherited.roles, strict=True)]
    paths: list[list[str]] = [[] for _ in roles]
    old_values = [i for i, r in enumerate(inherited.roles) if r == "value"]
    old_others = [i for i, r in enumerate(inherited.roles) if r != "value"]
    values = [i for i, r in enumerate(roles) if r == "value"]
    others = [i for i, r in enumerate(roles) if r != "value"]
    for new, old in zip(reversed(values), reversed(old_values), strict=False):
        paths[new] = inherited.paths[old]
    for new, old in zip(others, old_others, strict=False):
        paths[new] = inherited.paths[old]
    return paths, roles


def _column_name(path: list[str]) -> str:
    """The column's own header; 金额 under 事业收入 is the 事业收入 column."""
    if not path:
        return "决算数"
    if path[-1] in ("金额", "小计") and len(path) > 1:
        return path[-2]
    return re.sub(r"^其中[:：]", "", path[-1])


MONEY = re.compile(r"^-?\d+\.\d{1,2}$")
CODE_HEAD = re.compile(r"科目编码|^[类款项]$|编码")


def _column_paths(header_rows: list[list[str]], width: int) -> list[list[str]]:
    paths: list[list[str]] = [[] for _ in range(width)]
    for row in header_rows:
        for i, cell in enumerate(row[:width]):
            cell = re.sub(r"[“”\"\s]", "", cell)
            if cell and cell not in paths[i]:
                paths[i].append(cell)
    return paths


CODE = re.compile(r"\d{2,3}|\d{3}(\d{2}){1,2}")


def _role(path: list[str], cells: list[str]) -> str:
    filled = [c for c in cells if c]
    if filled and sum(bool(CODE.fullmatch(c)) for c in filled) >= 0.6 * len(filled):
        return "code"
    if filled and sum(bool(re.search(r"[\u4e00-\u9fff]", c)) for c in filled) >= len(filled) / 2:
        return "label"
    if not filled and path and CODE_HEAD.search(path[-1]):
        return "code"
    return "value"


def _path_label(path: list[str]) -> str:
    names = [p for p in path[:-1] if p not in ("预算数", "决算数")]
    return names[-1] if names else ""


def _row_label(label: str) -> str:
    """The row's name without its number, 其中 or a note on what it includes (含专用结余)."""
    label = re.sub(r"^([一二三四五六七八九十]+、|其中[:：])", "", label)
    label = re.sub(r"(?<=[\u4e00-\u9fff])\s*[（(]含[^（()）]*[）)]$", "", label)
    return re.sub(r"\s+", "", label)


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of a file where needle first occurs, for error messages."""
    try:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return i
    except (OSError, UnicodeDecodeError):
        pass
    return 0


__all__ = ["read", "parse", "Records", "IngestError", "HEADING"]
