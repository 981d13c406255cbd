"""Desktop behaviour: backups and restore, the unexpected-error message, one instance per
database, the version in one place."""

import logging
import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer_app import __version__
from reviewer_app.store.backup import KEEP, backup_database, list_backups, restore_backup
from helpers import withdraw_publication_of


def count_sheets(db_path):
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute("SELECT count(*) FROM score_sheets").fetchone()[0]
    finally:
        connection.close()


def test_backup_and_restore_round_trip(demo_round):
    db_path = demo_round / "secretariat.db"
    backup = backup_database(db_path, "on-open")
    assert count_sheets(backup) == count_sheets(db_path) == 94  # 88 on case files, 6 on the panel's stories
    connection = sqlite3.connect(db_path)
    connection.execute("DELETE FROM score_sheets")
    connection.commit()
    connection.close()
    assert count_sheets(db_path) == 0
    safety = restore_backup(backup, db_path)
    assert count_sheets(db_path) == 94
    assert count_sheets(safety) == 0  # the state before the restore is kept too


def test_only_the_last_ten_backups_are_kept(demo_round):
    db_path = demo_round / "secretariat.db"
    made = [backup_database(db_path) for _ in range(KEEP + 3)]
    kept = list_backups(db_path)
    assert len(kept) == KEEP and kept[0] == made[-1] and made[0] not in kept


def test_import_backs_up_first(demo_round):
    from reviewer_app.exchange.keys import open_key_file
    from reviewer_app.exchange.returns import import_returns
    from reviewer_app.store.database import Database

    db_path = demo_round / "secretariat.db"
    before = len(list_backups(db_path))
    database = Database(db_path)
    import_returns(database, [next((demo_round / "returns").iterdir())], open_key_file(demo_round / "keys" / "秘书处.key", "demo-secretariat"))
    database.close()
    assert len(list_backups(db_path)) == before + 1 and "before-import" in list_backups(db_path)[0].name


def test_backup_cli(demo_round):
    db_path = demo_round / "secretariat.db"
    backup = backup_database(db_path)
    listed = subprocess.run([sys.executable, "-m", "reviewer_app", "backup", "list", "--db", str(db_path)],
                            capture_output=True, text=True, check=True)
    assert str(backup) in listed.stdout
    restored = subprocess.run([sys.executable, "-m", "reviewer_app", "backup", "restore", "--db", str(db_path), str(backup)],
                              capture_output=True, text=True)
    assert restored.returncode == 0 and "已从" in restored.stdout
    missing = subprocess.run([sys.executable, "-m", "reviewer_app", "backup", "restore", "--db", str(db_path), "nope.db"],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "找不到备份文件" in missing.stderr and "Traceback" not in missing.stderr


def test_unexpected_error_shows_a_message_and_logs(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_APP_DATA", str(tmp_path))
    from reviewer_app.app_log import log_file, set_up_logging
    from reviewer_app.gui import error_handler

    set_up_logging()
    try:
        raise ValueError("试验用的错误")
    except ValueError as error:
        error_handler.report_unexpected(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: any(w.objectName() == "unexpectedError" and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedError")
    assert isinstance(box, QMessageBox)
    assert "试验用的错误" in box.text() and str(log_file()) in box.text() and "Traceback" not in box.text()
    box.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file().read_text(encoding="utf-8")
    assert "ValueError: 试验用的错误" in logged and "Traceback" in logged


def test_second_instance_on_the_same_database_is_refused(demo_round):
    from reviewer_app.store.writer_lock import DatabaseInUse, lock_database

    db_path = demo_round / "secretariat.db"
    first = lock_database(db_path)
    with pytest.raises(DatabaseInUse, match="正在被另一个程序使用"):
        lock_database(db_path)
    first.unlock()
    lock_database(db_path).unlock()  # free again once the first one closes


def test_second_instance_process_is_refused(demo_round, tmp_path):
    """A real second process gets the refusal (exit 1), not a second window."""
    from reviewer_app.store.writer_lock import lock_database

    db_path = demo_round / "secretariat.db"
    held = lock_database(db_path)
    code = (
        "import sys\n"
        "from unittest import mock\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "shown = []\n"
        "with mock.patch.object(QMessageBox, 'warning', lambda *a: shown.append(a[2])):\n"
        "    from reviewer_app.gui.app import run\n"
        f"    status = run(db=__import__('pathlib').Path({str(db_path)!r}))\n"
        "print(status, shown)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_APP_DATA": str(tmp_path)})
    held.unlock()
    assert output.stdout.startswith("1 ") and "正在被另一个程序使用" in output.stdout, output.stderr


def test_version_in_one_place():
    from reviewer_app.gui.menus import about_text

    output = subprocess.run([sys.executable, "-m", "reviewer_app", "--version"], capture_output=True, text=True)
    assert __version__ in output.stdout and __version__ in about_text()
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "reviewer_app.__version__"}


def test_restore_from_the_console(qtbot, demo_round):
    from reviewer_app.gui.console.round_window import RoundWindow

    db_path = demo_round / "secretariat.db"
    backup = backup_database(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE case_files SET falsification_decision='none'")
    connection.commit()
    connection.close()
    window = RoundWindow(db_path)
    qtbot.addWidget(window)
    falsified = lambda: sum(1 for r in range(22) if window.case_view.model().index(r, 7).data() == "是")  # noqa: E731
    assert falsified() == 0
    window.restore(backup)
    assert falsified() == 1 and "已从" in window.statusBar().currentMessage()
    tabs = (window.case_files_tab, window.progress_matrix, window.falsification_tab, window.recheck_tab, window.charts_tab)
    assert all(tab.database is window.database for tab in tabs)  # none left on the closed connection
    window.close()


def test_the_command_line_and_the_window_exclude_each_other(demo_round):
    """A writing command is refused while a window holds the round, and says who holds it; a
    reading command still works; once the window closes, the command goes through."""
    withdraw_publication_of(demo_round / "secretariat.db")
    from reviewer_app.store.writer_lock import lock_database

    db_path = demo_round / "secretariat.db"
    command = [sys.executable, "-m", "reviewer_app"]
    held = lock_database(db_path, "秘书处控制台")
    try:
        refused = subprocess.run(command + ["recheck", "decide", "--db", str(db_path), "--case", "AJ-WPYP",
                                            "--decision", "维持", "--reason", "复核"], capture_output=True, text=True)
        assert refused.returncode == 2
        assert "正在被另一个程序使用" in refused.stderr and "秘书处控制台" in refused.stderr and str(os.getpid()) in refused.stderr
        reading = subprocess.run(command + ["results", "--db", str(db_path)], capture_output=True, text=True)
        assert reading.returncode == 0 and "临江市" in reading.stdout
    finally:
        held.release()
    done = subprocess.run(command + ["recheck", "decide", "--db", str(db_path), "--case", "AJ-WPYP",
                                     "--decision", "维持", "--reason", "复核"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    # The command released the lock when it ended: a window can open the round again.
    lock_database(db_path).release()


def test_a_database_problem_is_shown_as_what_to_do(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_APP_DATA", str(tmp_path))
    from reviewer_app.gui import error_handler
    from reviewer_app.store.database import DatabaseProblem

    problem = DatabaseProblem("磁盘空间不足（磁盘已满）：请清理磁盘后重试。")
    error_handler.report_unexpected(DatabaseProblem, problem, None)
    visible = lambda: [w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedError" and w.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: bool(visible()))
    [box] = visible()
    assert box.text() == str(problem) and box.windowTitle() == "无法保存"
    box.close()


def test_a_round_on_read_only_media_opens_for_viewing(demo_source, tmp_path):
    """The real start-up path: no lock, no backup, the window says it is read-only."""
    import shutil

    from helpers import tmpfs

    with tmpfs(tmp_path / "cdrom", 64) as medium:
        shutil.copy(demo_source / "secretariat.db", medium / "secretariat.db")
        assert subprocess.run(["mount", "-o", "remount,ro", str(medium)]).returncode == 0
        code = (
            "from unittest import mock\n"
            "from PySide6.QtWidgets import QApplication, QMessageBox\n"
            "def shown(self):\n"
            "    print('TITLES', [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()])\n"
            "    return 0\n"
            "with mock.patch.object(QApplication, 'exec', shown), "
            "mock.patch.object(QMessageBox, 'warning', lambda *a: print('WARNING', a[2])):\n"
            "    from reviewer_app.gui.app import run\n"
            f"    print('STATUS', run(db=__import__('pathlib').Path({str(medium / 'secretariat.db')!r})))\n"
        )
        output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_APP_DATA": str(tmp_path / "data")})
        assert "STATUS 0" in output.stdout, output.stdout + output.stderr
        assert "只读" in output.stdout and "WARNING" not in output.stdout
        assert sorted(p.name for p in medium.iterdir()) == ["secretariat.db"]
