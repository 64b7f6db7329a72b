"""A headless-browser screenshot of the staff browse page after searching 公务接待费.

Starts Datasette on 127.0.0.1 (a free port) over a copy of the database with the search index
added, checks the result page names each figure's department and year, and has Debian's
Chromium take a screenshot. Chromium is given the Noto Sans CJK SC file the charts use (a
fontconfig file of its own, preferring it), so the page renders Chinese with no CJK system font.

Usage: python bench/browse_screenshot.py [--query 公务接待费] [--out .cache/browse/search.png]
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.charts import font_path  # noqa: E402
from bot.fts import add_search  # noqa: E402
from bot.store import db_path  # noqa: E402

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{fonts}</dir><cachedir>{cache}</cachedir>
<alias><family>sans-serif</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
<alias><family>serif</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
<alias><family>monospace</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"Datasette 没有在 {seconds:.0f} 秒内启动：{url}") from None
            time.sleep(0.3)


def font_config(folder: Path) -> Path:
    """A fontconfig file adding one font, Noto Sans CJK SC from mplfonts, and preferring it."""
    fonts = folder / "fonts"
    fonts.mkdir()
    (fonts / font_path().name).symlink_to(font_path())
    conf = folder / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=fonts, cache=folder / "fc-cache"), encoding="utf-8")
    return conf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="公务接待费")
    parser.add_argument("--out", default=str(ROOT / ".cache" / "browse" / "search.png"))
    parser.add_argument("--db", default=str(ROOT / db_path()))
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("没有找到 chromium，请先安装：apt-get install -y chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="juesuan-browse-") as tmp:
        folder = Path(tmp)
        db = folder / "juesuan.db"
        shutil.copy(args.db, db)
        rows = add_search(db)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "datasette", "serve", "-i", str(db), "--metadata",
             str(ROOT / "datasette" / "metadata.json"), "-h", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(f"{base}/-/versions.json")
            url = f"{base}/juesuan/search?" + urllib.parse.urlencode({"_search": args.query})
            page = html.unescape(urllib.request.urlopen(url, timeout=10).read().decode())
            shown = [d for d in ("株洲市荷塘区政务服务中心", "上海市普陀区财政局", "2017", "2024")
                     if d in page]
            start = time.perf_counter()
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            env = {**os.environ, "FONTCONFIG_FILE": str(font_config(folder))}
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                            "--hide-scrollbars", "--window-size=1400,1900",
                            f"--user-data-dir={folder / 'profile'}",
                            f"--screenshot={out.resolve()}", url],
                           env=env, check=True, capture_output=True, timeout=120)
            took = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"搜索索引 {rows} 行；{url}")
    print(f"页面中出现：{'、'.join(shown)}")
    shown_path = out.resolve()
    if shown_path.is_relative_to(ROOT):
        shown_path = shown_path.relative_to(ROOT)
    print(f"截图 {shown_path}（{out.stat().st_size} 字节，Chromium {took:.1f} 秒）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
