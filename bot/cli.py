"""Command line: a thin click layer over the library; errors become one sentence and a status."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from bot import store
from bot.ingest import IngestError, read

SOURCE_DIR = Path("data/source")


def _engine():
    from bot.engine import Engine, EngineError

    try:
        return Engine.open(store.db_path())
    except EngineError as err:
        raise click.ClickException(str(err)) from err


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """决算问答：部门决算公开的问答机器人（命令行）。"""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", "db", type=click.Path(path_type=Path), default=None,
              help="数据库路径（默认 JUESUAN_DB 或 data/juesuan.db）")
def build(files: tuple[Path, ...], db: Path | None) -> None:
    """Parse disclosures (.txt/.pdf/.html) into the database.

    Example: juesuan build data/source/putuo-caizhengju-2024.pdf --db /tmp/j.db
    Without FILE, loads everything in data/source/.
    """
    paths = list(files) or sorted(p for p in SOURCE_DIR.glob("*")
                                  if p.suffix.lower() in (".txt", ".pdf", ".html", ".htm"))
    if not paths:
        raise click.ClickException(f"{SOURCE_DIR} 里没有决算文件，请指定要载入的文件。")
    records = []
    for path in paths:
        try:
            records.append(read(path))
        except IngestError as err:
            click.echo(f"错误：{err}（数据库未改动）", err=True)
            sys.exit(2)
    target = db or store.db_path()
    store.build(target, records)
    for r in records:
        click.echo(f"{r.document.source}: {r.document.title} — {len(r.facts)} 个数字，"
                   f"{len(r.cells)} 个表格数，{len(r.terms)} 个名词")
    click.echo(f"已写入 {target}")


@cli.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True,
              help="每行一个问题（标准输入），每行输出一个 JSON")
def ask(question: str | None, as_json: bool) -> None:
    """Answer a question, or (with --json) every line of standard input.

    Example: juesuan ask "公务接待费多少"
    Example: echo "三公经费多少" | juesuan ask --json
    """
    engine = _engine()
    if as_json:
        for line in sys.stdin:
            answer = engine.ask(line.rstrip("\n"))
            sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    if question is None:
        question = sys.stdin.read()
    click.echo(render(engine.ask(question)))


def render(answer) -> str:
    """Plain text of an Answer for the terminal."""
    lines = [answer.answer]
    for i, option in enumerate(answer.options, 1):
        lines.append(f"  {i}. {option}")
    if answer.sources and answer.answered:
        lines.append("来源：" + "；".join(dict.fromkeys(s.document for s in answer.sources)))
    return "\n".join(lines)


@cli.command()
def chat() -> None:
    """An interactive session in the terminal (empty line or Ctrl-D to quit).

    Example: juesuan chat
    """
    engine = _engine()
    click.echo(f"决算问答 — {engine.describe()}\n输入问题，回车提问；空行或 Ctrl-D 退出。")
    options: tuple[str, ...] = ()
    while True:
        try:
            line = input("问> ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo()
            break
        if not line:
            break
        if line.isdigit() and options and 1 <= int(line) <= len(options):
            line = options[int(line) - 1]
        answer = engine.ask(line)
        options = answer.options
        click.echo(render(answer) + "\n")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="输出 JSON Lines")
@click.option("--tables/--no-tables", default=False, help="同时列出表格中的数字")
def facts(as_json: bool, tables: bool) -> None:
    """Every stated figure with its sentence, for staff checking numbers.

    Example: juesuan facts | grep 三公
    """
    db = _open_db()
    rows = store.all_facts(db) + (store.all_cells(db) if tables else [])
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        elif "sentence" in row:
            click.echo(f"{row['department']} {row['year']} | {row['metric']} | "
                       f"{row['qualifier']} | {row['value']} | {row['sentence']}")
        else:
            click.echo(f"{row['department']} {row['year']} | {row['table']} | {row['code']} "
                       f"{row['row']} | {row['column']} | {row['value']}")


@cli.command()
@click.argument("term", required=False)
def glossary(term: str | None) -> None:
    """List the glossary (名词解释), or define one TERM.

    Example: juesuan glossary 年初结转和结余
    """
    engine = _engine()
    if term:
        click.echo(render(engine.define(term)))
        return
    for name in engine.glossary_terms():
        click.echo(name)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db", default=None, help="审计这个数据库（默认 JUESUAN_DB）")
@click.option("--json", "as_json", is_flag=True, help="每条发现输出一行 JSON")
def check(files: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Audit disclosures the way a reviewer does; exit status 1 when an error is found.

    Example: juesuan check data/source/putuo-caizhengju-2024.pdf

    Findings are grouped by section with page, severity (错误/舍入/提示) and the quoted
    sentence or cell. Without FILE, audits the database (JUESUAN_DB or --db); consecutive
    years of one department are also held against each other.
    """
    from bot import audit

    sys.exit(audit.main(list(files), db, as_json))


@cli.command()
@click.option("--log", "path", default=None, help="问题日志（默认 JUESUAN_LOG_DB 或 data/log.db）")
@click.option("--limit", default=20, show_default=True, help="最多列出多少组")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON Lines")
def misses(path: str | None, limit: int, as_json: bool) -> None:
    """Unanswered and low-confidence questions from the log, similar ones grouped.

    Example: juesuan misses --limit 10
    """
    from bot.qlog import print_misses

    print_misses(path, limit, as_json)


@cli.command()
def serve() -> None:
    """Run the Telegram bot (long polling); needs TELEGRAM_BOT_TOKEN.

    Example: TELEGRAM_BOT_TOKEN=123:abc juesuan serve
    """
    from bot.telegram_app import serve as run

    sys.exit(run())


@cli.command()
def run() -> None:
    """Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat (what `make run` does).

    Example: juesuan run
    """
    import os

    ctx = click.get_current_context()
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        ctx.invoke(serve)
    else:
        ctx.invoke(chat)


def _open_db():
    try:
        return store.open_readonly(store.db_path())
    except store.StoreError as err:
        raise click.ClickException(str(err)) from err


def main() -> None:
    cli(prog_name="juesuan")
