"""The question log: what citizens asked and whether we answered, to find what to improve.

A separate writable SQLite file (never juesuan.db, which is rebuilt and opened read-only),
readable by its owner only (0600, its -wal/-shm too). It holds no raw user id, only an
HMAC-SHA256 keyed by a secret kept outside it (JUESUAN_LOG_SALT, or the key file LOG.key beside
it), and questions with personal data masked (bot.privacy); writing to it never costs the
citizen an answer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import stat
import sys
import tempfile
from collections import Counter
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.answer import Answer
from bot.normalize import fold
from bot.privacy import VERSION as MASK_VERSION
from bot.privacy import mask
from bot.store import db_path

log = logging.getLogger(__name__)
DEFAULT_LOG = "data/log.db"
LOW_CONFIDENCE = 0.6
SIMILAR = 85  # fuzz.ratio at or above which two folded questions are one miss
MAX_QUESTION = 500
MISS_SCAN = 5000  # most recent misses clustered; older ones matter less and cost O(n²)
LOCAL = timezone(timedelta(hours=8), "北京时间")  # "today" as the citizens count it
SCHEMA = """
create table if not exists questions (
    id integer primary key,
    at text not null,
    user_hash text,
    chat_type text,
    question text not null,
    intent text,
    confidence real,
    answered integer not null
);
create index if not exists questions_at on questions(at);
create table if not exists meta (key text primary key, value text not null);
"""


def log_path(environ: dict | None = None) -> Path:
    """The log every command writes: JUESUAN_LOG_DB, else data/log.db."""
    env = os.environ if environ is None else environ
    return Path(env.get("JUESUAN_LOG_DB") or DEFAULT_LOG)


def _iso(moment: datetime) -> str:
    """UTC, second precision, one fixed format so that text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class QuestionLog:
    """Append-only log of questions; safe for several processes; never raises on write."""

    def __init__(self, path: str | os.PathLike | None = None, salt: str | None = None,
                 retention_days: int = 180, *, timeout: float = 1.0) -> None:
        self.path = Path(path) if path is not None else log_path()
        if self.path.name == "juesuan.db" or self.path.resolve() == db_path().resolve():
            raise ValueError(f"{self.path}：问题日志不能写进决算数据库，请换一个文件。")
        self.retention = timedelta(days=retention_days)
        self.timeout = timeout
        secret = salt or os.environ.get("JUESUAN_LOG_SALT") or None
        self._key: bytes | None = secret.encode() if secret else None
        self.key_path = self.path.with_name(self.path.name + ".key")
        self._keyless = False  # the key file could not be made or read: warned once
        self._ready = False
        self._failing = False  # warn once per outage, not once per question
        self._setup()
        if self._ready:
            self.prune()

    # ------------------------------------------------------------ connections

    def _connect(self) -> sqlite3.Connection:
        """A fresh connection per call: nothing shared between threads or processes."""
        if self._read_only():
            conn = sqlite3.connect(f"file:{self.path.resolve()}?mode=ro", uri=True,
                                   timeout=self.timeout, isolation_level=None)
        else:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        conn.execute("pragma synchronous=normal")
        conn.execute("pragma secure_delete=on")  # a deleted or re-masked question is zeroed
        return conn

    def _read_only(self) -> bool:
        """A log file without write permission bits is treated as read-only, even for root."""
        try:
            return not self.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        except OSError:
            return False

    def _setup(self) -> None:
        """Create the file 0600 and the tables, switch to WAL, migrate an old log; retried."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._create_private()
            with closing(self._connect()) as conn:
                conn.execute("pragma journal_mode=wal")
                conn.executescript(SCHEMA)
                if not self._read_only() and self._migrate(conn):
                    conn.execute("vacuum")  # no freed page keeps an old salt or raw question
                    conn.execute("pragma wal_checkpoint(truncate)")
            self._ready = True
        except (sqlite3.Error, OSError) as err:
            self._warn("问题日志 %s 暂时不能使用（%s）；回答不受影响。", err)

    def _create_private(self) -> None:
        """The log and its -wal/-shm readable by the owner only (SQLite gives the side files
        the mode of the database file); an existing log loses group and other bits."""
        try:
            os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            pass
        for side in ("", "-wal", "-shm"):
            target = self.path.with_name(self.path.name + side)
            try:
                mode = stat.S_IMODE(target.stat().st_mode)
                if mode & 0o077:
                    os.chmod(target, mode & 0o700)
            except OSError:  # absent, or not ours: nothing to tighten
                pass

    def _migrate(self, conn: sqlite3.Connection) -> bool:
        """Logs written before the key file: drop the salt stored inside (old user hashes are
        re-keyed as HMAC(key, old hash)) and mask questions stored raw. True if anything
        changed."""
        changed = False
        conn.execute("begin immediate")
        try:
            stored = conn.execute("select value from meta where key = 'salt'").fetchone()
            if stored is not None:
                key = self._secret()
                conn.create_function("rekey", 1, lambda h: None if h is None or key is None else
                                     hmac.new(key, h.encode(), hashlib.sha256).hexdigest())
                conn.execute("update questions set user_hash = rekey(user_hash)")
                conn.execute("delete from meta where key = 'salt'")
                changed = True
            version = conn.execute("select value from meta where key = 'masked'").fetchone()
            if version is None or version[0] != MASK_VERSION:
                rows = conn.execute("select id, question from questions").fetchall()
                updates = [(masked, i) for i, q in rows if (masked := mask(q)) != q]
                conn.executemany("update questions set question = ? where id = ?", updates)
                conn.execute("insert or replace into meta(key, value) values ('masked', ?)",
                             (MASK_VERSION,))
                changed = changed or bool(updates)
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
        return changed

    def _secret(self) -> bytes | None:
        """The HMAC key: JUESUAN_LOG_SALT, else the key file beside the log, created once 0600
        (written in full, then linked into place, so a racing process never reads it half)."""
        if self._key is not None or self._keyless:
            return self._key
        try:
            if not self.key_path.exists():
                fd, tmp = tempfile.mkstemp(prefix=".key-", dir=self.key_path.parent)
                try:
                    os.write(fd, secrets.token_hex(32).encode())
                    os.close(fd)
                    os.link(tmp, self.key_path)  # fails if another process won the race
                except FileExistsError:
                    pass
                finally:
                    os.unlink(tmp)
            key = self.key_path.read_text(encoding="ascii").strip()
        except OSError as err:
            key, problem = "", err
        else:
            problem = ValueError(f"{self.key_path} 太短")
        if len(key) < 32:  # said once; the questions are still logged, without user hashes
            self._keyless = True
            log.warning("问题日志 %s 的密钥文件不能使用（%s），用户不做标识。", self.path, problem)
            return None
        self._key = key.encode()
        return self._key

    def _warn(self, message: str, err: Exception) -> None:
        (log.debug if self._failing else log.warning)(message, self.path, err)
        self._failing = True

    # ------------------------------------------------------------ writing

    def user_hash(self, user_id: int | None) -> str | None:
        """HMAC-SHA256 of the id keyed by a secret not in the log: one user is recognisable,
        not identifiable from the log file."""
        key = self._secret() if user_id is not None else None
        if key is None:
            return None
        return hmac.new(key, str(user_id).encode(), hashlib.sha256).hexdigest()

    def record(self, user_id: int | None, chat_type: str, answer: Answer, *,
               now: datetime | None = None) -> bool:
        """Append one question; False (and a warning) when the log cannot be written."""
        if not self._ready:
            self._setup()
            if not self._ready:
                return False
        row = (_iso(now or datetime.now(UTC)), self.user_hash(user_id), chat_type or "",
               mask(answer.question or "")[:MAX_QUESTION], answer.intent,
               float(answer.confidence), int(bool(answer.answered)))
        try:
            with closing(self._connect()) as conn:
                conn.execute("insert into questions(at, user_hash, chat_type, question, intent,"
                             " confidence, answered) values (?, ?, ?, ?, ?, ?, ?)", row)
        except (sqlite3.Error, OSError) as err:
            self._warn("问题日志 %s 写入失败（%s），这条问题未记录。", err)
            return False
        self._failing = False
        return True

    def prune(self, now: datetime | None = None) -> int:
        """Delete rows older than the retention period; returns how many were deleted."""
        cutoff = _iso((now or datetime.now(UTC)) - self.retention)
        try:
            with closing(self._connect()) as conn:
                return conn.execute("delete from questions where at < ?", (cutoff,)).rowcount
        except (sqlite3.Error, OSError) as err:
            self._warn("问题日志 %s 清理失败（%s）。", err)
            return 0

    # ------------------------------------------------------------ reading

    def _rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with closing(self._connect()) as conn:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql, params).fetchall()

    def stats(self, now: datetime | None = None) -> dict:
        """Questions today (Beijing time) and in the last 7 days, answered share, top intents
        and the most frequent misses of the last 7 days."""
        now = now or datetime.now(UTC)
        midnight = now.astimezone(LOCAL).replace(hour=0, minute=0, second=0, microsecond=0)
        week = _iso(now - timedelta(days=7))
        rows = self._rows("select at, intent, answered from questions where at >= ?", (week,))
        today = [r for r in rows if r["at"] >= _iso(midnight)]
        intents = Counter(r["intent"] for r in rows if r["intent"])
        return {
            "today": len(today),
            "last_7_days": len(rows),
            "answered_share": (round(sum(r["answered"] for r in rows) / len(rows), 3)
                               if rows else None),
            "top_intents": [{"intent": i, "count": n} for i, n in intents.most_common(5)],
            "top_misses": self.misses(limit=5, since=now - timedelta(days=7)),
        }

    def misses(self, limit: int = 20, since: datetime | None = None) -> list[dict]:
        """Unanswered or unsure questions, similar ones grouped, the most frequent first."""
        rows = self._rows(
            "select question from questions where (answered = 0 or confidence < ?) and at >= ?"
            " order by at desc limit ?", (LOW_CONFIDENCE, _iso(since) if since else "", MISS_SCAN))
        return cluster([mask(r["question"]) for r in rows])[:limit]


def cluster(questions: list[str]) -> list[dict]:
    """Group questions whose folded forms are ≥ SIMILAR alike; each group: count, examples.

    Ties keep the order given (the log passes the most recent first)."""
    variants: dict[str, Counter] = {}
    for question in questions:
        key = fold(question) or question.strip()
        if key:
            variants.setdefault(key, Counter())[question.strip()] += 1
    sizes = {key: sum(texts.values()) for key, texts in variants.items()}
    unassigned = sorted(sizes, key=lambda k: -sizes[k])
    groups: list[dict] = []
    while unassigned:
        head, rest = unassigned[0], unassigned[1:]
        near = process.extract(head, rest, scorer=fuzz.ratio, score_cutoff=SIMILAR, limit=None)
        members = [head] + [rest[index] for _, _, index in sorted(near, key=lambda m: m[2])]
        taken = set(members)
        unassigned = [k for k in rest if k not in taken]
        texts = [(text, n) for k in members for text, n in variants[k].items()]
        examples = [text for text, _ in sorted(texts, key=lambda tn: -tn[1])[:3]]
        groups.append({"question": examples[0], "count": sum(n for _, n in texts),
                       "examples": examples})
    groups.sort(key=lambda g: -g["count"])
    return groups


def print_misses(path: str | os.PathLike | None, limit: int, as_json: bool) -> int:
    """`juesuan misses`: the most frequent unanswered questions, grouped, to improve intents.

    Returns the exit status; with as_json standard output holds JSON Lines only (none when
    the log is missing or empty), and a problem goes to standard error as one sentence."""
    target = Path(path) if path is not None else log_path()
    if target.is_dir():
        print(f"{target} 是一个文件夹，不是问题日志。", file=sys.stderr)
        return 2
    if not target.is_file():
        if not as_json:
            print(f"还没有问题日志（{target}），机器人收到问题后才会有。")
        return 0
    level = log.level
    log.setLevel(logging.ERROR)  # the one sentence below says it; no warning before it
    try:
        groups = QuestionLog(target).misses(limit=limit)
    except sqlite3.Error as err:
        print(f"问题日志 {target} 无法读取（{err}）。", file=sys.stderr)
        return 2
    finally:
        log.setLevel(level)
    if as_json:
        for group in groups:
            print(json.dumps(group, ensure_ascii=False))
        return 0
    if not groups:
        print("没有未答好的问题。")
        return 0
    print(f"未答好的问题（相似的已归并，最常见的在前，共 {len(groups)} 组）：")
    for i, group in enumerate(groups, 1):
        print(f"{i:>3}. {group['question']}  ×{group['count']}")
        others = [e for e in group["examples"] if e != group["question"]]
        if others:
            print("     也问作：" + "｜".join(others))
    return 0
