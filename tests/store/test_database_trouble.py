"""Database trouble gets a message that names the file and says what to do, and nothing is
half-written: an empty or foreign file, a damaged one, read-only media, a lock held by another
program, a full disk."""

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from reviewer_app.store.database import Database, DatabaseProblem
from reviewer_app.store.decisions import record_recheck
from reviewer_app.store.rounds import only_round
from helpers import table_rows, tmpfs, withdraw_publication_of


def cli(*args):
    env = {**os.environ, "REVIEWER_APP_PASSPHRASE": "demo-secretariat"}
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True, env=env)


def test_an_empty_file_is_named_and_never_written_into(tmp_path):
    empty = tmp_path / "round.db"
    empty.write_bytes(b"")
    for command in (("results", "--db", empty), ("recheck", "list", "--db", empty)):
        run = cli(*command)
        assert run.returncode == 2 and "round.db" in run.stderr and "空文件（0 字节）" in run.stderr
        assert "Traceback" not in run.stderr
    assert empty.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["round.db"]
    with pytest.raises(DatabaseProblem, match="空文件"):
        Database(empty)


def test_a_foreign_or_damaged_file_is_named_and_left_alone(tmp_path, demo_source):
    foreign = tmp_path / "notes.db"
    foreign.write_bytes("这是一份会议记录，不是数据库".encode() * 100)
    before = foreign.read_bytes()
    run = cli("results", "--db", foreign)
    assert run.returncode == 2 and "notes.db" in run.stderr and "不是评查数据库" in run.stderr
    assert foreign.read_bytes() == before

    damaged = tmp_path / "damaged.db"
    shutil.copy(demo_source / "secretariat.db", damaged)
    data = bytearray(damaged.read_bytes())
    data[4096:len(data) - 4096] = os.urandom(len(data) - 8192)  # every page but the first two
    damaged.write_bytes(bytes(data))
    run = cli("results", "--db", damaged)
    assert run.returncode == 2 and "damaged.db" in run.stderr and "已损坏" in run.stderr and "备份" in run.stderr
    assert "Traceback" not in run.stderr


def test_read_only_media_open_for_viewing_and_reports(tmp_path, demo_source):
    with tmpfs(tmp_path / "cdrom", 64) as medium:
        shutil.copy(demo_source / "secretariat.db", medium / "secretariat.db")
        assert subprocess.run(["mount", "-o", "remount,ro", str(medium)]).returncode == 0
        results = cli("results", "--db", medium / "secretariat.db", "--json")
        assert results.returncode == 0, results.stderr
        assert '"case_files"' in results.stdout
        workbook = cli("results", "--db", medium / "secretariat.db", "--xlsx", tmp_path / "结果.xlsx")
        assert workbook.returncode == 0 and (tmp_path / "结果.xlsx").exists()
        sheets = cli("sheets", "export", "--db", medium / "secretariat.db", "--format", "pdf", "--kind", "units",
                     "--out", tmp_path / "out")
        assert sheets.returncode == 0 and list((tmp_path / "out").glob("*.pdf"))
        change = cli("recheck", "decide", "--db", medium / "secretariat.db", "--case", "AJ-WPYP", "--decision", "维持",
                     "--reason", "复核")
        assert change.returncode == 2 and "只读位置" in change.stderr and "复制到本机硬盘" in change.stderr
        assert sorted(p.name for p in medium.iterdir()) == ["secretariat.db"]


def test_a_lock_held_by_another_program_is_waited_for(tmp_path, demo_source):
    db_path = tmp_path / "secretariat.db"
    shutil.copy(demo_source / "secretariat.db", db_path)
    withdraw_publication_of(db_path)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # a database browser in the middle of an edit
    threading.Timer(2.0, lambda: other.execute("ROLLBACK")).start()
    started = time.monotonic()
    run = cli("recheck", "decide", "--db", db_path, "--case", "AJ-WPYP", "--decision", "维持原评分", "--reason", "复核无误")
    assert run.returncode == 0, run.stderr
    assert "正在等待它释放" in run.stderr and time.monotonic() - started >= 2.0
    other.close()
    assert "维持原评分" in cli("recheck", "list", "--db", db_path).stdout


def test_a_full_disk_is_reported_with_the_room_needed_and_nothing_half_written(tmp_path, demo_source):
    with tmpfs(tmp_path / "stick", 8) as stick:
        db_path = stick / "secretariat.db"
        shutil.copy(demo_source / "secretariat.db", db_path)
        withdraw_publication_of(db_path)
        before = table_rows(db_path)
        database = Database(db_path)  # open before the stick fills up
        filler = stick / "filler"
        with filler.open("wb", buffering=0) as file:  # the stick fills up with other files (unbuffered: nothing left to flush on close)
            try:
                while True:
                    file.write(b"\0" * 65536)
                    file.flush()
            except OSError:
                pass
        run = cli("returns", "import", "--db", db_path, "--key", demo_source / "keys" / "秘书处.key", demo_source / "returns")
        assert run.returncode == 2 and "磁盘空间不足" in run.stderr and "至少需要" in run.stderr, run.stderr
        assert "Traceback" not in run.stderr

        # A write that meets the full disk inside SQLite: refused whole, explained.
        with pytest.raises(DatabaseProblem, match="磁盘已满"):
            with database.session() as session:
                record_recheck(session, only_round(session), "AJ-WPYP", "维持" * 20_000, "复核" * 20_000)
        database.close()
        filler.unlink()
        assert table_rows(db_path) == before


def test_backups_pruned_by_two_processes_at_once(tmp_path, demo_source):
    """Two imports back up and prune the same folder at the same moment: neither fails."""
    from reviewer_app.store.backup import KEEP, list_backups

    db_path = tmp_path / "secretariat.db"
    shutil.copy(demo_source / "secretariat.db", db_path)
    code = ("import sys, pathlib\nfrom reviewer_app.store.backup import backup_database\n"
            "for n in range(25):\n    backup_database(pathlib.Path(sys.argv[1]), 'race')\n")
    runs = [subprocess.Popen([sys.executable, "-c", code, str(db_path)], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    errors = [run.communicate()[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], errors
    assert len(list_backups(db_path)) <= KEEP + 3
