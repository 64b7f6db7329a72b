"""Regular expressions kept compiled between runs.

The engine's vocabulary, cues and rules are a few hundred regular expressions; compiling them
(CPython's parser and compiler are pure Python) was most of a process's start. What the
compiler makes of a pattern — flags, code words, groups — is a pure function of the pattern,
its flags and the interpreter, so it is kept in the cache folder (`bot.cache`, plain JSON, named
by a digest of the interpreter's version and the regex engine's magic number) and handed to
`_sre` directly next time. A pattern not kept is compiled as usual and kept at exit — until
the first answer (`settle`): later ones are made of the questions asked. The interpreter
validates code it is handed, so a damaged cache can only cost a compile.
"""

from __future__ import annotations

import array
import atexit
import base64
import sys

from bot import cache

FOLDER = "juesuan-regex"
KEPT_MAX = 3000  # patterns kept at most (a start reads them all: about 1 ms per 100)

try:  # CPython's own compiler; elsewhere nothing is kept
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None


def _word_type() -> str | None:
    for code in "IL":
        if array.array(code).itemsize == getattr(_sre, "CODESIZE", 0):
            return code
    return None


class Kept:
    """The compiled forms kept under one interpreter's key; `compile` stands in for
    `re._compiler.compile` and falls back to it for anything not a plain string pattern."""

    def __init__(self, key: str, words: str, entries: dict | None) -> None:
        self.key, self.words = key, words
        self.entries = entries if isinstance(entries, dict) else {}
        self.used: set[str] = set()
        self.added = 0
        self.settled = False  # after the first answer: patterns made of questions, not kept
        self.original = _compiler.compile

    def compile(self, pattern, flags=0):
        if not isinstance(pattern, str):
            return self.original(pattern, flags)
        name = f"{int(flags)}\t{pattern}"
        self.used.add(name)
        kept = self.entries.get(name)
        if kept is not None:
            try:
                final, code, groups, groupindex, indexgroup = kept
                words = array.array(self.words, base64.b64decode(code)).tolist()
                return _sre.compile(pattern, final, words, groups, groupindex,
                                    tuple(indexgroup))
            except Exception:  # a damaged entry: compiled as usual, and kept again
                del self.entries[name]
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        final = int(flags | parsed.state.flags)
        compiled = _sre.compile(pattern, final, code, parsed.state.groups - 1, groupindex,
                                tuple(indexgroup))
        if self.settled:
            return compiled
        words = array.array(self.words, [int(w) for w in code]).tobytes()
        self.entries[name] = [final, base64.b64encode(words).decode("ascii"),
                              parsed.state.groups - 1, groupindex, indexgroup]
        self.added += 1
        return compiled

    def save(self) -> None:
        """Keep what was kept and what this process compiled anew, when it compiled anything
        (processes that make different patterns — the command line, the bot, the tests — share
        one file); past KEPT_MAX patterns, only this process's are carried on (those of a
        vocabulary since changed go)."""
        if self.added:
            kept = self.entries if len(self.entries) <= KEPT_MAX else {
                name: self.entries[name] for name in self.used if name in self.entries}
            cache.write_json(FOLDER, self.key, kept)
            self.added = 0


_kept: Kept | None = None


def settle() -> None:
    """The process has started and answered once: what it compiles from now on is made of the
    questions asked (a name quoted, a figure said) and is not kept."""
    if _kept is not None:
        _kept.settled = True


def install() -> Kept | None:
    """Serve this process's compiles from the cache (once; a no-op where CPython's compiler is
    not the one in use)."""
    global _kept
    if _kept is not None or _sre is None:
        return _kept
    words = _word_type()
    if words is None:  # pragma: no cover - an interpreter with another code size
        return None
    key = cache.digest(sys.version, str(_sre.MAGIC), str(_sre.CODESIZE))
    _kept = Kept(key, words, cache.read_json(FOLDER, key))
    _compiler.compile = _kept.compile
    atexit.register(_kept.save)
    return _kept
