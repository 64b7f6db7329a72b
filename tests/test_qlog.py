"""The question log: pseudonymous, concurrent, never in the way of an answer."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sqlite3
import stat
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.answer import Answer
from bot.qlog import QuestionLog, cluster, print_misses

USER = 987654321987  # long enough that no hash or timestamp contains it by chance
ROWS = 200


def answer(question: str, answered: bool = True, confidence: float = 0.9,
           intent: str | None = "figure") -> Answer:
    return Answer(question, answered, intent if answered else None, confidence, "……")


@pytest.fixture
def path(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("JUESUAN_LOG_SALT", raising=False)
    return tmp_path / "log.db"


def all_values(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return [str(v) for t in tables for row in conn.execute(f"select * from [{t}]")
                for v in row]
    finally:
        conn.close()


def count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select count(*) from questions").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------- privacy


def test_no_raw_user_id_anywhere(path):
    log = QuestionLog(path)
    assert log.record(USER, "private", answer("公务接待费多少"))
    assert log.record(USER, "group", answer("三公经费呢", answered=False, confidence=0.1))
    assert log.record(None, "private", answer("你好"))
    values = all_values(path)
    assert values and not [v for v in values if str(USER) in v]
    conn = sqlite3.connect(path)
    hashes = [r[0] for r in conn.execute("select user_hash from questions order by id")]
    conn.close()
    assert hashes[0] == hashes[1] and len(hashes[0]) == 64 and hashes[2] is None


def log_bytes(path: Path) -> bytes:
    """Every byte of the log and its -wal/-shm files, as they are on disk."""
    return b"".join(p.read_bytes() for p in path.parent.iterdir()
                    if p.name.startswith(path.name) and not p.name.endswith(".key"))


def test_key_lives_beside_the_log_not_in_it(path, monkeypatch):
    log = QuestionLog(path)
    first = log.user_hash(USER)
    assert log.record(USER, "private", answer("公务接待费多少"))
    key = path.with_name("log.db.key")
    assert key.is_file() and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_bytes().strip() not in log_bytes(path)
    assert QuestionLog(path).user_hash(USER) == first  # the key file is reused, not remade
    monkeypatch.setenv("JUESUAN_LOG_SALT", "secret-from-env")
    other = path.with_name("other.db")
    assert QuestionLog(other).user_hash(USER) not in (first, None)
    assert b"secret-from-env" not in log_bytes(other)
    assert not other.with_name("other.db.key").exists()


def test_log_files_are_private_whatever_the_umask(path):
    old = os.umask(0o022)
    try:
        log = QuestionLog(path)
        assert log.record(USER, "group", answer("三公经费多少"))
        conn = sqlite3.connect(path)  # keeps -wal and -shm on disk while we look
        conn.execute("select count(*) from questions").fetchone()
        files = [p for p in path.parent.iterdir() if p.name.startswith("log.db")]
        assert {p.name for p in files} >= {"log.db", "log.db-wal", "log.db-shm", "log.db.key"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {
            p.name: 0o600 for p in files}
        conn.close()
    finally:
        os.umask(old)


PERSONAL = "我叫冯十一，手机15900001111，身份证44030519851231002X，三公经费为什么没有了"


def test_personal_data_never_reaches_the_log_files(path, capsys):
    log = QuestionLog(path)
    assert log.record(USER, "private", answer(PERSONAL, False, 0.1))
    assert log.record(USER, "private", answer("邮件 feng11@example.org 回复我", False, 0.1))
    on_disk = log_bytes(path)
    for secret in ("15900001111", "44030519851231002", "冯十一", "feng11"):
        assert secret.encode() not in on_disk
    (group, _) = sorted(log.misses(), key=lambda g: g["question"])
    assert group["question"] == "我叫[姓名]，手机[手机号]，身份证[身份证号]，三公经费为什么没有了"
    print_misses(path, 10, as_json=False)
    assert "15900001111" not in capsys.readouterr().out


def _old_style_log(path: Path, salt: str) -> None:
    """A log as the previous version wrote it: salt inside, questions raw, mode 0644."""
    import hashlib
    import hmac

    conn = sqlite3.connect(path)
    conn.executescript("create table questions (id integer primary key, at text not null,"
                       " user_hash text, chat_type text, question text not null, intent text,"
                       " confidence real, answered integer not null);"
                       "create table meta (key text primary key, value text not null);")
    conn.execute("insert into meta values ('salt', ?)", (salt,))
    old = hmac.new(salt.encode(), str(USER).encode(), hashlib.sha256).hexdigest()
    for question in (PERSONAL, "公务接待费多少"):
        conn.execute("insert into questions(at, user_hash, chat_type, question, intent,"
                     " confidence, answered) values (?, ?, 'private', ?, null, 0, 0)",
                     (datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), old, question))
    conn.commit()
    conn.close()
    os.chmod(path, 0o644)


def test_an_old_log_loses_its_salt_and_raw_questions(path):
    salt = "0123456789abcdef0123456789abcdef"
    _old_style_log(path, salt)
    log = QuestionLog(path)
    on_disk = log_bytes(path)
    assert salt.encode() not in on_disk and b"15900001111" not in on_disk
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    hashes = [r[0] for r in conn.execute("select user_hash from questions")]
    assert conn.execute("select count(*) from meta where key = 'salt'").fetchone()[0] == 0
    conn.close()
    assert hashes[0] == hashes[1] and len(hashes[0]) == 64  # re-keyed, still one user
    assert hashes[0] != log.user_hash(USER)  # not linkable to the id without the old salt
    assert any("三公经费为什么没有了" in g["question"] for g in log.misses())  # words stay


def test_refuses_to_write_into_the_answer_database(tmp_path, monkeypatch):
    with pytest.raises(ValueError):
        QuestionLog(tmp_path / "juesuan.db")
    monkeypatch.setenv("JUESUAN_DB", str(tmp_path / "answers.db"))
    with pytest.raises(ValueError):
        QuestionLog(tmp_path / "answers.db")


# ---------------------------------------------------------------- concurrency and failure


def _writer(path: str, start, tag: str) -> None:
    log = QuestionLog(path)
    start.wait(10)
    ok = sum(log.record(i, "private", answer(f"{tag} 问题 {i}")) for i in range(ROWS))
    sys.exit(0 if ok == ROWS else 1)


def test_two_processes_writing_at_once_lose_no_row(path):
    QuestionLog(path)  # the schema exists before the race, as in production
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    start = ctx.Event()
    workers = [ctx.Process(target=_writer, args=(str(path), start, tag)) for tag in "AB"]
    for w in workers:
        w.start()
    start.set()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert count(path) == 2 * ROWS
    conn = sqlite3.connect(path)  # both made the key at once and still agree on it
    assert conn.execute("select count(distinct user_hash) from questions").fetchone()[0] == ROWS
    conn.close()


def test_read_only_log_returns_false(path, caplog):
    log = QuestionLog(path)
    assert log.record(1, "private", answer("第一个问题"))
    os.chmod(path, 0o444)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.qlog"):
            assert log.record(2, "private", answer("第二个问题")) is False
            assert QuestionLog(path).record(3, "private", answer("第三个问题")) is False
        assert "问题日志" in caplog.text
    finally:
        os.chmod(path, 0o644)
    assert count(path) == 1


def test_locked_log_returns_false_quickly(path):
    log = QuestionLog(path, timeout=0.1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("begin exclusive")
    try:
        started = time.monotonic()
        assert log.record(1, "private", answer("锁住的时候")) is False
        assert time.monotonic() - started < 2
    finally:
        other.execute("rollback")
        other.close()
    assert log.record(1, "private", answer("解锁以后"))
    assert count(path) == 1


def test_unwritable_location_does_not_raise(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    log = QuestionLog(blocker / "log.db")
    assert log.record(1, "private", answer("问题")) is False


# ---------------------------------------------------------------- retention and reports


def test_prune_removes_old_rows(path):
    now = datetime.now(UTC)
    log = QuestionLog(path, retention_days=30)
    assert log.record(1, "private", answer("很久以前"), now=now - timedelta(days=31))
    assert log.record(1, "private", answer("最近"), now=now - timedelta(days=29))
    assert log.prune() == 1
    assert count(path) == 1
    assert log.record(1, "private", answer("更早"), now=now - timedelta(days=400))
    QuestionLog(path, retention_days=30)  # pruned on open
    assert count(path) == 1


def test_misses_group_similar_questions(path):
    log = QuestionLog(path)
    asked = [("公务卡是什么", False, 0.2), ("公务卡是什么？", False, 0.3),
             ("公務卡是什麼", False, 0.1), ("三公经费多少", True, 0.5),
             ("三公经费是多少", False, 0.0), ("天气怎么样", False, 0.0),
             ("公务接待费多少", True, 0.95)]
    for question, answered, confidence in asked:
        assert log.record(USER, "private", answer(question, answered, confidence))
    groups = log.misses()
    assert [g["count"] for g in groups] == [3, 2, 1]
    assert set(groups[0]["examples"]) == {"公务卡是什么", "公务卡是什么？", "公務卡是什麼"}
    assert set(groups[1]["examples"]) == {"三公经费多少", "三公经费是多少"}
    assert not [g for g in groups if "公务接待费" in g["question"]]
    assert len(log.misses(limit=1)) == 1


def test_cluster_keeps_dissimilar_questions_apart():
    groups = cluster(["机关运行经费多少", "政府采购多少", "机关运行经费是多少"])
    assert sorted(g["count"] for g in groups) == [1, 2]


def test_stats(path):
    now = datetime(2025, 3, 10, 4, 0, tzinfo=UTC)  # 12:00 in Beijing
    log = QuestionLog(path, retention_days=100000)
    rows = [(now - timedelta(hours=1), answer("公务接待费多少")),
            (now - timedelta(hours=2), answer("三公经费多少", False, 0.1)),
            (now - timedelta(hours=13), answer("机关运行经费多少", intent="reason")),
            (now - timedelta(days=3), answer("三公经费多少", False, 0.1)),
            (now - timedelta(days=30), answer("很久以前的问题"))]
    for at, a in rows:
        assert log.record(1, "private", a, now=at)
    stats = log.stats(now=now)
    assert stats["today"] == 2  # 13 hours earlier was the previous day in Beijing
    assert stats["last_7_days"] == 4
    assert stats["answered_share"] == 0.5
    assert {(i["intent"], i["count"]) for i in stats["top_intents"]} == {("figure", 1),
                                                                          ("reason", 1)}
    assert stats["top_misses"][0]["question"] == "三公经费多少"
    assert stats["top_misses"][0]["count"] == 2
    json.dumps(stats, ensure_ascii=False)


def test_print_misses(path, capsys):
    print_misses(path, 10, as_json=False)
    assert "还没有问题日志" in capsys.readouterr().out
    log = QuestionLog(path)
    for question in ("公务卡是什么", "公务卡是什么？", "天气怎么样"):
        log.record(1, "private", answer(question, False, 0.0))
    print_misses(path, 10, as_json=False)
    out = capsys.readouterr().out
    assert "×2" in out and "天气怎么样" in out
    print_misses(path, 1, as_json=True)
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["count"] == 2


def test_an_unusable_key_file_is_said_once_and_questions_are_still_logged(path, caplog):
    path.with_name("log.db.key").write_text("short")
    log = QuestionLog(path)
    with caplog.at_level(logging.WARNING, logger="bot.qlog"):
        assert log.record(USER, "private", answer("公务接待费多少"))
        assert log.record(USER, "private", answer("三公经费多少"))
    assert log.user_hash(USER) is None
    assert sum("密钥文件" in r.getMessage() for r in caplog.records) == 1
    assert count(path) == 2
