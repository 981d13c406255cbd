"""A file is recognised as one of our round databases before anything is written into it:
another program's SQLite file, a round with triggers or views planted in it, a write-ahead
log copied in from another database and a backup of another round are all refused by name,
and the files are left exactly as they were."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from reviewer_app.store.backup import backup_database
from reviewer_app.store.database import Database, DatabaseProblem, migrate
from reviewer_app.store.recognition import APPLICATION_ID


def cli(*args):
    env = {**os.environ, "REVIEWER_APP_PASSPHRASE": "demo-secretariat"}
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def audit_count(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        connection.close()


def refused_untouched(path, *fragments):
    """Opening `path` (library and command line, a read and a write) is refused with every
    fragment in the message, and not a byte of it changes."""
    before = digest(path)
    with pytest.raises(DatabaseProblem) as refusal:
        Database(path)
    for command in (("results", "--db", path), ("recheck", "list", "--db", path)):
        run = cli(*command)
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        for fragment in (path.name, *fragments):
            assert fragment in run.stderr
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists() or "-wal" in "".join(fragments)
    return str(refusal.value)


def test_another_programs_sqlite_file_is_refused_unopened(tmp_path):
    contacts = tmp_path / "contacts.db"
    connection = sqlite3.connect(contacts)
    connection.execute("CREATE TABLE people (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO people VALUES ('张三', '13800000000')")
    connection.commit()
    connection.close()
    message = refused_untouched(contacts, "不是本程序的评查数据库")
    assert "没有评查数据库的表" in message
    assert {p.name for p in tmp_path.iterdir()} == {"contacts.db"}  # not even a journal left

    marked = tmp_path / "other-app.db"
    connection = sqlite3.connect(marked)
    connection.execute("PRAGMA application_id = 1179403647")  # another program's mark
    connection.execute("CREATE TABLE rounds (id INTEGER)")
    connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    connection.execute("INSERT INTO alembic_version VALUES ('0015')")
    connection.commit()
    connection.close()
    assert "属于另一个程序" in refused_untouched(marked, "不是本程序的评查数据库")


def test_a_round_with_a_planted_trigger_or_view_is_refused_and_nothing_runs(demo_round):
    database = demo_round / "secretariat.db"
    rows = audit_count(database)
    connection = sqlite3.connect(database)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END")
    connection.commit()
    connection.close()
    assert "触发器 wipe" in refused_untouched(database, "触发器 wipe", "没有打开")
    assert audit_count(database) == rows

    endless = demo_round / "endless.db"
    shutil.copy(database, endless)
    connection = sqlite3.connect(endless)
    connection.execute("DROP TRIGGER wipe")
    connection.execute("CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")
    connection.commit()
    connection.close()
    refused_untouched(endless, "视图 forever")  # refused, not hanging in `results`


def test_a_write_ahead_log_from_another_database_is_not_merged(demo_round, tmp_path):
    database = demo_round / "secretariat.db"
    other = tmp_path / "other.db"
    Database(other).close()
    writer = sqlite3.connect(other)
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # keep the rows in the log, as a crash would
    writer.executemany("INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-01-01 00:00:00', ?, 'x', ?)",
                       [(f"某人{i}", "记录" * 40) for i in range(3000)])
    writer.commit()
    shutil.copy(other.with_name("other.db-wal"), database.with_name("secretariat.db-wal"))
    writer.close()
    rows = audit_count(tmp_path / "other.db")  # (this merges other's own log into other)
    assert rows == 3000

    log = database.with_name("secretariat.db-wal")
    log_before = digest(log)
    message = refused_untouched(database, "secretariat.db-wal", "没有合并")
    assert "移出" in message
    assert log.exists() and digest(log) == log_before  # left for the user to move, not merged or deleted


def test_a_log_left_by_our_own_crash_is_merged_and_nothing_is_lost(demo_round, tmp_path):
    database = demo_round / "secretariat.db"
    writer = sqlite3.connect(database)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-01-01 00:00:00', '秘书处', '崩溃前', '')")
    writer.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("secretariat.db", "secretariat.db-wal"):  # copied while it is open: what a power cut leaves
        shutil.copy(demo_round / name, crashed / name)
    writer.close()
    reopened = Database(crashed / "secretariat.db")
    with reopened.session() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log WHERE action = '崩溃前'")).scalar() == 1
    reopened.close()


def test_connections_do_not_trust_the_files_schema(demo_round):
    database = Database(demo_round / "secretariat.db")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    database.close()


def test_a_round_from_before_the_mark_is_recognised_and_marked(tmp_path):
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    migrate(engine, "0015")
    engine.dispose()
    database = Database(old)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert len(connection.exec_driver_sql("SELECT database_id FROM database_identity").scalar()) == 32
    database.close()


def test_backup_restore_takes_only_a_sound_backup_of_this_round(demo_round, tmp_path):
    database = demo_round / "secretariat.db"
    own = backup_database(database, "test")

    other = tmp_path / "other-round.db"
    Database(other).close()  # a round database, but another one
    foreign = tmp_path / "contacts.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE people (name TEXT)")
    connection.commit()
    connection.close()
    planted = tmp_path / "planted.db"
    shutil.copy(own, planted)
    connection = sqlite3.connect(planted)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END")
    connection.commit()
    connection.close()

    before, backups_before = digest(database), sorted((demo_round / "backups").iterdir())
    for backup, fragment in ((other, "另一个评查数据库的备份"), (foreign, "不是本程序的评查数据库"), (planted, "触发器 wipe")):
        run = cli("backup", "restore", "--db", database, backup)
        assert run.returncode == 2 and "Traceback" not in run.stderr and fragment in run.stderr, run.stderr
        assert backup.name in run.stderr
        assert digest(database) == before
    assert sorted((demo_round / "backups").iterdir()) == backups_before  # no safety copy made for a refusal

    run = cli("backup", "restore", "--db", database, own)
    assert run.returncode == 0, run.stderr
