"""Command line: a thin click layer over the library; errors become one sentence and a status."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

import click

from bot import store
from bot.normalize import number_said

SOURCE_DIR = Path("data/source")
LISTED = 50  # disclosures listed after a build; an archive is summed up
SUFFIXES = (".txt", ".pdf", ".html", ".htm")
CHAT_ID = "terminal"  # the terminal chat is one conversation: a department named stays
CHOICE = re.compile(r"(?:第|选|选择)?[(（]?(\d{1,2}|[一二两三四五六七八九十]{1,3})[)）.、]?"
                    r"(?:个|项|条|号)?")


def fail(message: str) -> None:
    """One Chinese sentence on standard error, exit status 2: how every input error ends."""
    click.echo(message, err=True)
    sys.exit(2)


class Commands(click.Group):
    """The command group; click's own (English) errors become one Chinese sentence, status 2."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except getattr(click.exceptions, "NoArgsIsHelpError", ()) as err:  # click ≥ 8.2
            click.echo(err.ctx.get_help())
            sys.exit(0)
        except click.ClickException as err:
            fail(sentence(err))
        except click.Abort:
            click.echo("已取消。", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def sentence(err: click.ClickException) -> str:
    """The Chinese sentence for a click error (ours are Chinese already)."""
    ctx = getattr(err, "ctx", None)
    where = " ".join(["juesuan", *(ctx.command_path.split(" ")[1:] if ctx else [])])
    see = f"用法见 `{where} --help`"
    param = getattr(err, "param", None)
    name = (param.get_error_hint(ctx).replace("'", "") if param is not None and ctx else
            getattr(err, "param_hint", None) or "")
    if isinstance(err, click.NoSuchOption):
        return f"没有 {err.option_name} 这个选项，{see}。"
    if getattr(err, "command_name", None):
        return f"没有“{err.command_name}”这个命令，可用的命令有：{'、'.join(cli.commands)}。"
    if isinstance(err, click.MissingParameter):
        return f"缺少 {name}，{see}。"
    if isinstance(err, click.BadParameter):
        if param is not None and param.type is click.INT:
            return f"{name} 应为整数，{see}。"
        return f"{name} 的值不对，{see}。"
    if isinstance(err, click.BadOptionUsage) and "requires an argument" in err.message:
        return f"选项 {err.option_name} 后面要跟一个值，{see}。"
    if "unexpected extra argument" in err.message:
        return f"多余的参数：{err.message.split('(')[-1].rstrip(')')}，{see}。"
    if re.search(r"[\u4e00-\u9fff]", err.message):
        return err.message
    return f"命令用法不对，{see}。"


def _engine():
    from bot.engine import Engine, EngineError

    try:
        return Engine.open(store.db_path())
    except EngineError as err:
        fail(str(err))


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """决算问答：部门决算公开的问答机器人（命令行）。"""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", "db", type=click.Path(path_type=Path), default=None,
              help="数据库路径（默认 JUESUAN_DB 或 data/juesuan.db）")
@click.option("--replace", is_flag=True,
              help="用这些文件替换数据库的全部内容（不带 FILE 时总是替换）")
def build(files: tuple[Path, ...], db: Path | None, replace: bool) -> None:
    """Parse disclosures (.txt/.pdf/.html) into the database.

    With FILE, adds it (replacing the same department and year) and keeps the others;
    --replace makes the database hold only these files. Without FILE, rebuilds it from
    everything in data/source/.

    Example: juesuan build data/source/putuo-caizhengju-2024.pdf --db /tmp/j.db
    """
    paths = list(files) or sorted(p for p in SOURCE_DIR.glob("*") if p.suffix.lower() in SUFFIXES)
    if not paths:
        fail(f"{SOURCE_DIR} 里没有决算文件，请指定要载入的文件。")
    for path in paths:
        _require_file(path)
    from bot.ingest import IngestError, read_all  # parsing is for build alone: ask starts fast

    try:
        records = read_all(paths)
    except IngestError as err:
        fail(f"错误：{err}（数据库未改动）")
    target = db or store.db_path()
    if target.is_dir():
        fail(f"{target} 是一个文件夹，不能当作数据库（数据库未改动）。")
    try:
        if files and not replace:
            store.add(target, records)
        else:
            store.build(target, records)
    except store.StoreError:
        fail(f"错误：{target} 不是决算数据库，不能往里添加（未改动）；"
             "要用这些文件整个替换它，请加 --replace。")
    except (sqlite3.Error, OSError) as err:
        fail(f"错误：无法写入 {target}（{err}），数据库未改动。")
    for r in records:
        click.echo(f"{r.document.source}: {r.document.title} — {len(r.facts)} 个数字，"
                   f"{len(r.cells)} 个表格数，{len(r.terms)} 个名词")
    held = store.holdings(target)
    click.echo(f"已写入 {target}，现有 {len(held)} 份决算：")
    for row in held[:LISTED]:
        click.echo(f"  {row['department']} {row['year']}")
    if len(held) > LISTED:
        departments = len({row["department"] for row in held})
        click.echo(f"  ……共 {departments} 个单位，全部列表请用 juesuan docs 查看。")


def _require_file(path: Path) -> None:
    """A named input must be a readable file; a folder or a missing name is one sentence."""
    if path.is_dir():
        fail(f"{path} 是一个文件夹，不是决算文件。")
    if not path.exists():
        fail(f"找不到文件 {path}。")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="每份决算输出一行 JSON")
def docs(as_json: bool) -> None:
    """List the loaded disclosures: department, year, layout and how much was read of each.

    Example: juesuan docs
    """
    rows = _engine().catalog()
    for row in rows:
        if as_json:
            click.echo(json.dumps({k: row[k] for k in ("department", "year", "kind", "title",
                                                       "facts", "cells", "terms")},
                                  ensure_ascii=False))
        else:
            click.echo(f"{row['department']} {row['year']} | {row['kind']} | "
                       f"{row['facts']} 个数字，{row['cells']} 个表格数，{row['terms']} 个名词")
    if not as_json:
        departments = len({r["department"] for r in rows})
        click.echo(f"共 {len(rows)} 份决算，{departments} 个单位。")


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
            question, chat = _question_line(line.rstrip("\r\n"))
            answer = engine.ask(question, chat=chat)
            sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    if question is None:
        question = sys.stdin.read()
    click.echo(render(engine.ask(question.replace("\r", "").strip())))


def _question_line(line: str) -> tuple[str, str | None]:
    """A plain line is one question on its own; {"chat": ID, "question": ...} is asked in that
    chat's conversation."""
    if line.lstrip().startswith("{"):
        try:
            obj = json.loads(line)
        except ValueError:
            return line, None
        if isinstance(obj, dict) and isinstance(obj.get("question"), str):
            chat = obj.get("chat")
            return obj["question"].replace("\r", ""), None if chat is None else str(chat)
    return line, None


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
        number = choice(line)
        if number is not None and not options:
            click.echo("现在没有可选的选项，请直接输入问题，例如：公务接待费多少？\n")
            continue
        if number is not None and not 1 <= number <= len(options):
            lines = [f"请回复 1 到 {len(options)} 之间的序号，或直接输入问题："]
            lines += [f"  {i}. {option}" for i, option in enumerate(options, 1)]
            click.echo("\n".join(lines) + "\n")
            continue
        if number is not None:
            line = options[number - 1]
            click.echo(f"（{line}）")
        answer = engine.ask(line, chat=CHAT_ID)
        options = answer.options
        click.echo(render(answer) + "\n")


def choice(line: str) -> int | None:
    """The option number a line stands for — 2, ２, ②, ², 第2个, 第二个, (2) — else None."""
    text = unicodedata.normalize("NFKC", line).strip()
    match = CHOICE.fullmatch(text)
    if not match:
        return None
    return number_said(match.group(1))


@cli.command()
@click.argument("question")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="写入的 PNG 文件")
def chart(question: str, out: Path) -> None:
    """Draw the chart answering QUESTION (structure, sources, years, departments) as a PNG.

    Example: juesuan chart "荷塘区政务服务中心支出结构" --out x.png
    """
    from bot.charts import ChartError, chart_of

    answer = _engine().ask(question)
    try:
        drawn = chart_of(answer)
    except ChartError as err:
        click.echo(f"错误：{err}", err=True)
        sys.exit(2)
    if drawn is None:
        why = render(answer) if answer.options or not answer.answered else (
            "这个问题没有可以画的图，可以试试问：支出结构、收入构成、各部门三公经费对比。")
        click.echo(f"没有画图：{why}", err=True)
        sys.exit(2)
    out.write_bytes(drawn.png)
    click.echo(render(answer))
    click.echo(f"已写入 {out}（{drawn.title}，{len(drawn.png)} 字节）")


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
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", "db", default=None, help="审计这个数据库（默认 JUESUAN_DB）")
@click.option("--json", "as_json", is_flag=True, help="每条发现输出一行 JSON")
def check(files: tuple[Path, ...], db: str | None, as_json: bool) -> None:
    """Audit disclosures the way a reviewer does; exit status 1 when an error is found.

    Example: juesuan check data/source/putuo-caizhengju-2024.pdf

    Findings are grouped by section with page, severity (错误/舍入/提示) and the quoted
    sentence or cell. Without FILE, audits the database (JUESUAN_DB or --db); consecutive
    years of one department are also held against each other.
    """
    for path in files:
        _require_file(path)
    from bot import audit

    sys.exit(audit.main([str(f) for f in files], db, as_json))


@cli.command()
@click.option("--log", "path", default=None, help="问题日志（默认 JUESUAN_LOG_DB 或 data/log.db）")
@click.option("--limit", default=20, show_default=True, help="最多列出多少组")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON Lines")
def misses(path: str | None, limit: int, as_json: bool) -> None:
    """Unanswered and low-confidence questions from the log, similar ones grouped.

    Example: juesuan misses --limit 10
    """
    from bot.qlog import print_misses

    sys.exit(print_misses(path, limit, as_json))


@cli.command()
@click.option("--verbose", is_flag=True, help="详细日志；出错时在日志里给出完整的错误堆栈")
def serve(verbose: bool) -> None:
    """Run the Telegram bot (long polling, or a webhook with TELEGRAM_WEBHOOK_URL).

    Needs TELEGRAM_BOT_TOKEN. Example: TELEGRAM_BOT_TOKEN=123:abc juesuan serve --verbose
    """
    from bot.telegram.serve import serve as run

    sys.exit(run(verbose=verbose))


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
        fail(str(err))


def main() -> None:
    cli(prog_name="juesuan")
