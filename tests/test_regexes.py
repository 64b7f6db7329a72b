"""Regular expressions kept compiled between runs (bot.regexes): a pattern served from the cache
matches exactly as one compiled afresh, a damaged entry costs a compile and nothing else, and
processes that make different patterns share one cache until it is full."""

import json
import re

import pytest

from bot import cache, regexes

PATTERNS = [
    (r"(?P<year>\d{4})年(?:度)?([\u4e00-\u9fff]{2,8}?)(支出|收入)", 0),
    (r"公务接待费|公务用车|三公经费", 0),
    (r"^total\s+(\w+)$", re.IGNORECASE),
    (r"(?<=[省市区县])那个(?=[\u4e00-\u9fff])", 0),
]
TEXTS = ["2017年度一般公共服务支出多少", "TOTAL Income", "普陀区那个财政局", "三公经费和公务用车",
         "没有", "2024年教育收入"]


def _kept(tmp_path, monkeypatch, entries=None):
    monkeypatch.setenv("JUESUAN_CACHE", str(tmp_path))
    return regexes.Kept("test", regexes._word_type(), entries)


def _same(one: re.Pattern, other: re.Pattern) -> None:
    assert one.flags == other.flags and one.groups == other.groups
    assert one.groupindex == other.groupindex
    for text in TEXTS:
        a, b = one.search(text), other.search(text)
        assert (a and (a.span(), a.groups(), a.groupdict())) == \
            (b and (b.span(), b.groups(), b.groupdict()))
        assert one.sub("_", text) == other.sub("_", text)


@pytest.mark.skipif(regexes._sre is None, reason="CPython's regex compiler only")
def test_a_pattern_served_from_the_cache_matches_as_one_compiled_afresh(tmp_path, monkeypatch):
    first = _kept(tmp_path, monkeypatch)
    made = [first.compile(p, f) for p, f in PATTERNS]
    assert first.added == len(PATTERNS)
    first.save()
    kept = cache.read_json(regexes.FOLDER, "test")
    assert len(kept) == len(PATTERNS)
    later = _kept(tmp_path, monkeypatch, kept)  # as the next process finds it
    for (pattern, flags), before in zip(PATTERNS, made, strict=True):
        served = later.compile(pattern, flags)
        _same(served, before)
        _same(served, regexes.Kept("x", later.words, {}).compile(pattern, flags))
    assert later.added == 0  # nothing compiled again: nothing to write


@pytest.mark.skipif(regexes._sre is None, reason="CPython's regex compiler only")
def test_a_damaged_entry_costs_a_compile_and_is_kept_again(tmp_path, monkeypatch):
    pattern, flags = PATTERNS[0]
    first = _kept(tmp_path, monkeypatch)
    first.compile(pattern, flags)
    name = next(iter(first.entries))
    damaged = {name: [0, "not base64 at all!", 3, {}, [None]]}
    later = _kept(tmp_path, monkeypatch, damaged)
    served = later.compile(pattern, flags)
    assert served.search("2017年度一般公共服务支出").group("year") == "2017"
    assert later.added == 1 and later.entries[name] == first.entries[name]
    for code in ("AAAA", "AAAAAAAAAAA="):  # words cut short; whole words the interpreter refuses
        refused = {name: first.entries[name][:1] + [code] + first.entries[name][2:]}
        again = _kept(tmp_path, monkeypatch, refused)
        assert again.compile(pattern, flags).search("2024年教育收入").groups() == \
            ("2024", "教育", "收入")
        assert again.entries[name] == first.entries[name]


@pytest.mark.skipif(regexes._sre is None, reason="CPython's regex compiler only")
def test_processes_making_different_patterns_share_the_cache_until_it_is_full(tmp_path,
                                                                              monkeypatch):
    other = _kept(tmp_path, monkeypatch)
    other.compile(r"一个别的进程用的词|另一个", 0)  # the command line's, say
    now = _kept(tmp_path, monkeypatch, dict(other.entries))
    now.compile(*PATTERNS[1])
    now.save()
    kept = json.loads((tmp_path / regexes.FOLDER / "test.json").read_text(encoding="utf-8"))
    assert set(kept) == {"0\t一个别的进程用的词|另一个", f"0\t{PATTERNS[1][0]}"}
    monkeypatch.setattr(regexes, "KEPT_MAX", 1)  # full: only this process's patterns go on
    later = _kept(tmp_path, monkeypatch, kept)
    later.compile(*PATTERNS[2])
    later.save()
    kept = json.loads((tmp_path / regexes.FOLDER / "test.json").read_text(encoding="utf-8"))
    assert list(kept) == [f"{int(PATTERNS[2][1])}\t{PATTERNS[2][0]}"]


@pytest.mark.skipif(regexes._sre is None, reason="CPython's regex compiler only")
def test_patterns_made_after_the_first_answer_are_not_kept(tmp_path, monkeypatch):
    kept = _kept(tmp_path, monkeypatch)
    kept.compile(*PATTERNS[0])
    kept.settled = True  # what regexes.settle() does after the first answer
    made = kept.compile(r"一个问题里说的名字(\d+)", 0)
    assert made.search("一个问题里说的名字12").group(1) == "12"
    assert kept.added == 1 and len(kept.entries) == 1


def test_the_process_compiles_through_the_cache():
    """bot's import installs it: the engine's patterns come through `Kept.compile`."""
    kept = regexes.install()
    if kept is None:
        pytest.skip("CPython's regex compiler only")
    assert re._compiler.compile == kept.compile
    before = len(kept.used)
    re.compile(r"一个只在这个测试里的式子(\d+)万元")
    assert len(kept.used) == before + 1



def test_the_engines_patterns_are_the_same_in_every_process(hetang_db):
    """A pattern built from a set in an order that changes from process to process (hash
    randomisation) is never found among the kept compiled forms: every start compiled it
    again and the kept file grew by one each run."""
    import os
    import subprocess
    import sys

    script = ("import sys; from bot.engine import Engine; e = Engine.open(sys.argv[1]);"
              "print(e.normalizer.padding.pattern); print(e._across._asking.pattern)")
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", script, str(hetang_db)],
                             capture_output=True, text=True, env=env, check=True)
        seen.add(out.stdout)
    assert len(seen) == 1, [s[:200] for s in seen]
