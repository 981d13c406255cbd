"""The single-writer lock belongs to the database file, whatever path names it: a link or a
relative path to a round that is open elsewhere is refused like its own path."""

import os

import pytest

from reviewer_app.store.database import Database
from reviewer_app.store.writer_lock import DatabaseInUse, WriterLock


def test_a_link_to_a_held_database_does_not_bypass_the_lock(tmp_path, monkeypatch):
    real = tmp_path / "round" / "secretariat.db"
    real.parent.mkdir()
    Database(real).close()
    (tmp_path / "shortcut.db").symlink_to(real)
    with WriterLock(real, "评查程序窗口"):
        with pytest.raises(DatabaseInUse, match="评查程序窗口"):
            WriterLock(tmp_path / "shortcut.db", "命令行").acquire()
        monkeypatch.chdir(tmp_path / "round")
        with pytest.raises(DatabaseInUse):
            WriterLock(os.path.join("..", "round", "secretariat.db"), "命令行").acquire()
    with WriterLock(tmp_path / "shortcut.db", "命令行"):  # and free again once released
        pass


def test_every_writing_verb_waits_for_the_lock_anonymise_check_included(demo_round):
    import subprocess
    import sys

    db_path = demo_round / "secretariat.db"
    with WriterLock(db_path, "评查程序窗口"):
        run = subprocess.run([sys.executable, "-m", "reviewer_app", "anonymise", "check", "--db", str(db_path)],
                             capture_output=True, text=True, timeout=600)
    # check remembers what it found clean: it writes, so it is refused while the window holds the round
    assert run.returncode == 2 and "评查程序窗口" in run.stderr and "Traceback" not in run.stderr, run.stderr
