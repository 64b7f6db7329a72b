"""bot.telegram stays one concern a module, layered bottom-up, with no module over 400 lines."""

from __future__ import annotations

import re
from pathlib import Path

import bot.telegram

PACKAGE = Path(bot.telegram.__file__).parent
ORDER = re.findall(r"^\* `(\w+)`", bot.telegram.__doc__ or "", re.MULTILINE)


def test_every_module_is_listed_once() -> None:
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    assert sorted(ORDER) == modules


def test_modules_import_only_modules_below_them() -> None:
    for position, module in enumerate(ORDER):
        source = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
        for used in re.findall(r"^\s*(?:from|import) bot\.telegram\.(\w+)", source, re.M):
            assert ORDER.index(used) < position, f"{module} imports {used}"


def test_no_module_is_over_400_lines() -> None:
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name
