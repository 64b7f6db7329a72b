"""Load and validate intents/*.yaml into frozen dataclasses (like `rasa data validate`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot import cache

INTENTS_DIR = Path(__file__).resolve().parent.parent / "intents"
PLACEHOLDERS = ("{thing}", "{topic}")
CHARTS = ("parts", "years", "departments")


class IntentError(Exception):
    """The intent data is inconsistent; the message names the file and the item."""


@dataclass(frozen=True)
class Intent:
    name: str
    handler: str
    examples: tuple[str, ...]
    cues: tuple[str, ...] = ()
    needs: str | None = None
    requires_any: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()  # words that mean another kind of question (新增, 为什么)
    keywords: tuple[str, ...] = ()
    contact: str | None = None
    section: str | None = None
    reads: tuple[str, ...] = ()
    description: str = ""
    source: str = ""
    chart: str | None = None  # parts | years | departments: what a chart of this kind draws
    totals: tuple[str, ...] = ()  # for parts: the totals whose parts are drawn, first present
    reply: str = ""  # what a declining handler says for this kind (not_disclosed)
    # the words of this kind make a figure said beside them context, never a figure asked
    # (三公才1.33万，你觉得是不是浪费: a verdict asked)
    claims_context: bool = False
    requires_pattern: str = ""  # a regular expression the question must match (a figure said);
    # with requires_any too, either one suffices
    # a regular expression that counts as a cue when classifying (占…多少: a name between the
    # words), never as a span of the question
    cue_pattern: str = ""


@dataclass(frozen=True)
class Derived:
    """A figure computed from stated ones: minus = (options for a, options for b) gives a − b;
    rest = (part, wholes) gives whole − part where the part is stated as "其中" of one of these
    wholes (a whole that is exactly these two parts, so nothing else hides in the rest)."""

    name: str
    aliases: tuple[str, ...]
    minus: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    rest: tuple[str, tuple[str, ...]] = ("", ())
    joint: tuple[str, ...] = ()  # one figure of both sides (收入支出总计): its difference
    covered_by: tuple[str, ...] = ()  # what a gap is made up from, where stated (上年结转和结余)
    part_printed: bool = False  # the part may be printed only as a table's "其中" row

    @property
    def is_rest(self) -> bool:
        return not all(self.minus)

    def computable(self, stated: set[str]) -> bool:
        """Every figure it is computed from is stated (for a rest: the part; its whole is
        checked per document)."""
        if self.is_rest:
            return self.rest[0] in stated
        return all(any(o in stated for o in options) for options in self.minus)


@dataclass(frozen=True)
class Vocabulary:
    typos: dict[str, str] = field(default_factory=dict)
    padding: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, str], ...] = ()
    # alias → metric names in order; each=True: every one present, else the first present
    aliases: tuple[tuple[str, tuple[str, ...], bool], ...] = ()
    modifiers: tuple[str, ...] = ()
    defaults: tuple[tuple[str, tuple[str, ...]], ...] = ()
    derived: tuple[Derived, ...] = ()
    # the colloquial and English lexicon (variant → word), also merged into synonyms
    lexicon: tuple[tuple[str, str], ...] = ()
    words: tuple[str, ...] = ()
    # items a disclosure may or may not list (差旅费): named and not listed, no figure answers
    items: tuple[str, ...] = ()
    english_noise: tuple[str, ...] = ()  # English words that carry no thing asked about
    # a lexicon variant not replaced before or after these (社保 but not 社保缴费, 小学 but not
    # 附属小学): variant, followers, leaders
    guards: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    @cached_property
    def totals(self) -> frozenset[str]:
        """The headline totals the bare words (收入, 支出…) stand for."""
        return frozenset(m for _, metrics in self.defaults for m in metrics)


# word lists other modules read, as given
SECTIONS = ("departments", "across", "followups", "measures")


@dataclass(frozen=True)
class IntentData:
    intents: tuple[Intent, ...]
    vocabulary: Vocabulary
    sections: dict = field(default_factory=dict, compare=False)  # SECTIONS found, parsed once

    @cached_property
    def _named(self) -> dict[str, Intent]:
        return {intent.name: intent for intent in self.intents}

    def by_name(self, name: str) -> Intent:
        return self._named[name]


def load(directory: Path = INTENTS_DIR, handlers: set[str] | None = None) -> IntentData:
    """Read every YAML file of the folder; IntentError on anything inconsistent."""
    intents: list[Intent] = []
    vocabulary: dict = {}
    sections: dict = {}
    for path, data in _files(directory):
        for key in SECTIONS:
            if key in data:
                if key in sections:
                    raise IntentError(f"{path.name}: {key} 已在其他文件中定义")
                sections[key] = data[key]
        for item in data.get("intents", []):
            intents.append(_intent(item, path.name))
        for key in ("typos", "padding", "synonyms", "aliases", "modifiers", "defaults", "derived",
                    "words", "items", "colloquial", "english", "english_noise"):
            if key in data:
                if key in vocabulary:
                    raise IntentError(f"{path.name}: {key} 已在其他文件中定义")
                vocabulary[key] = data[key]
    result = IntentData(tuple(intents), _vocabulary(vocabulary), sections)
    validate(result, handlers)
    return result


def _files(directory: Path):
    """Each YAML file of the folder with its parsed content, in name order. The parsed content
    is cached by a digest of the files' text (YAML parsing and importing the parser are most
    of a cold start); validation always runs on it."""
    paths = sorted(directory.glob("*.yaml"))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    key = cache.digest(*(part for path, text in texts.items() for part in (path.name, text)))
    parsed = cache.read_json("juesuan-intents", key)
    if not isinstance(parsed, list) or len(parsed) != len(paths):
        parsed = [_parse(path, text) for path, text in texts.items()]
        cache.write_json("juesuan-intents", key, parsed)
    yield from zip(paths, parsed, strict=True)


def _parse(path: Path, text: str) -> dict:
    import yaml  # only when the cache has no parse of this text

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except yaml.YAMLError as err:
        raise IntentError(f"{path.name}: YAML 无法解析：{err}") from err
    if not isinstance(data, dict):
        raise IntentError(f"{path.name}: 顶层应是键值（intents: …）")
    return data


def section(name: str, directory: Path = INTENTS_DIR) -> dict:
    """One of SECTIONS alone, for a module used without the rest of the intents."""
    return next((data[name] for _, data in _files(directory) if name in data), {})


def _intent(item: dict, source: str) -> Intent:
    try:
        return Intent(
            name=item["name"],
            handler=item["handler"],
            examples=tuple(str(e) for e in item.get("examples", [])),
            cues=tuple(item.get("cues", [])),
            needs=item.get("needs"),
            requires_any=tuple(item.get("requires_any", [])),
            excludes=tuple(str(w) for w in item.get("excludes", [])),
            keywords=tuple(item.get("keywords", [])),
            contact=item.get("contact"),
            section=item.get("section"),
            reads=tuple(item.get("reads", [])),
            description=item.get("description", ""),
            source=source,
            chart=item.get("chart"),
            totals=tuple(item.get("totals", [])),
            reply=str(item.get("reply", "")),
            requires_pattern=str(item.get("requires_pattern", "")),
            cue_pattern=str(item.get("cue_pattern", "")),
            claims_context=bool(item.get("claims_context", False)),
        )
    except (KeyError, TypeError) as err:
        raise IntentError(f"{source}: 意图缺少字段 {err}: {item!r:.80}") from err


def _vocabulary(data: dict) -> Vocabulary:
    synonyms = tuple((str(v), str(s["canonical"])) for s in data.get("synonyms", [])
                     for v in s["variants"])
    aliases = tuple((str(a), tuple(map(str, s["metric"])), bool(s.get("each")))
                    for s in data.get("aliases", []) for a in s["aliases"])
    derived = tuple(Derived(d["name"], tuple(d.get("aliases", ())),
                            tuple(map(tuple, d.get("minus", ((), ())))),  # type: ignore[arg-type]
                            (d["rest"]["part"], tuple(d["rest"]["of"])) if "rest" in d
                            else ("", ()), tuple(d.get("joint", ())),
                            tuple(d.get("covered_by", ())),
                            bool(d.get("rest", {}).get("printed")))
                    for d in data.get("derived", []))
    lexicon = tuple((str(v), str(e["word"])) for key in ("colloquial", "english")
                    for e in data.get(key, []) for v in e["variants"])
    guards = tuple((str(v), tuple(map(str, e.get("not_before", ()))),
                    tuple(map(str, e.get("not_after", ()))))
                   for key in ("synonyms", "colloquial", "english") for e in data.get(key, [])
                   if e.get("not_before") or e.get("not_after") for v in e["variants"])
    return Vocabulary(
        typos={str(k): str(v) for k, v in (data.get("typos") or {}).items()},
        padding=tuple(data.get("padding", [])),
        synonyms=synonyms + lexicon,
        lexicon=lexicon,
        words=tuple(map(str, data.get("words", []))),
        items=tuple(map(str, data.get("items", []))),
        english_noise=tuple(str(w).lower() for w in data.get("english_noise", [])),
        guards=guards,
        aliases=aliases,
        modifiers=tuple(data.get("modifiers", [])),
        defaults=tuple((k, tuple(v)) for k, v in (data.get("defaults") or {}).items()),
        derived=derived,
    )


def validate(data: IntentData, handlers: set[str] | None = None) -> None:
    """Unique names, no example under two intents, every handler and reference exists."""
    seen: dict[str, str] = {}
    owner: dict[str, str] = {}
    for intent in data.intents:
        if intent.name in seen:
            other = seen[intent.name]
            raise IntentError(f"{intent.source}: 意图 {intent.name} 重名（另见 {other}）")
        seen[intent.name] = intent.source
        if not intent.examples:
            raise IntentError(f"{intent.source}: 意图 {intent.name} 没有例句")
        if handlers is not None and intent.handler not in handlers:
            raise IntentError(f"{intent.source}: 意图 {intent.name} 的处理器 "
                              f"{intent.handler} 不存在")
        if intent.needs not in (None, "thing", "term"):
            raise IntentError(f"{intent.source}: 意图 {intent.name} 的 needs={intent.needs} 无效")
        if intent.handler == "sentences" and not intent.keywords:
            raise IntentError(f"{intent.source}: 意图 {intent.name} 需要 keywords")
        if intent.handler == "not_disclosed" and not intent.reply:
            raise IntentError(f"{intent.source}: {intent.name} 没有回复（reply）")
        for key in ("requires_pattern", "cue_pattern"):
            try:
                re.compile(getattr(intent, key))
            except re.error as err:
                raise IntentError(f"{intent.source}: 意图 {intent.name} 的 {key} "
                                  f"无效：{err}") from err
        if intent.handler == "contact" and intent.contact not in ("phone", "person"):
            raise IntentError(f"{intent.source}: 意图 {intent.name} 的 contact 无效")
        if (intent.handler == "chart") != (intent.chart in CHARTS) or (
                intent.chart == "parts" and not intent.totals and not intent.needs):
            raise IntentError(f"{intent.source}: 意图 {intent.name} 的 chart/totals 无效")
        for example in intent.examples:
            key = example.strip()
            if key in owner and owner[key] != intent.name:
                raise IntentError(f"{intent.source}: 例句 “{example}” 同时属于 {owner[key]} 和 "
                                  f"{intent.name}")
            owner[key] = intent.name
    for variant, canonical in data.vocabulary.synonyms:
        if variant == canonical:
            raise IntentError(f"同义词 {variant} 指向自身")
    for alias, metrics, _ in data.vocabulary.aliases:
        if not metrics:
            raise IntentError(f"别名 {alias} 没有指向任何指标")
    for derived in data.vocabulary.derived:
        if derived.is_rest != bool(derived.rest[0] and derived.rest[1]):
            raise IntentError(f"vocabulary.yaml: 计算项 {derived.name} 要么写 minus（两组），"
                              "要么写 rest（part 与 of）")
    _validate_lexicon(data)


def _validate_lexicon(data: IntentData) -> None:
    """Every variant once, no chains, and every word one the vocabulary knows."""
    vocab = data.vocabulary
    names = {a for a, _, _ in vocab.aliases} | {m for _, ms, _ in vocab.aliases for m in ms}
    own = set(vocab.lexicon)
    known = (names | {c for pair in vocab.synonyms if pair not in own for c in pair[1:]}
             | {k for k, _ in vocab.defaults}
             | set(vocab.modifiers) | set(vocab.words)
             | {c for i in data.intents for c in i.cues + i.requires_any})
    for item in vocab.items:
        if item not in known:
            raise IntentError(f"lexicon.yaml: 项目“{item}”不是词表里的词")
    seen: dict[str, str] = {}
    for variant, word in vocab.synonyms:
        if variant in seen and seen[variant] != word:
            raise IntentError(f"lexicon.yaml: “{variant}” 同时指向 {seen[variant]} 和 {word}")
        seen[variant] = word
    variants = {v for v, _ in vocab.lexicon}
    for variant, word in vocab.lexicon:
        if variant == word:
            raise IntentError(f"lexicon.yaml: “{variant}” 指向自身")
        if word in variants:
            raise IntentError(f"lexicon.yaml: “{word}” 既是词又是别的词的说法")
        if word not in known and not any(word in n for n in names):
            raise IntentError(f"lexicon.yaml: “{word}” 不是词表里的词（可加入 words）")
