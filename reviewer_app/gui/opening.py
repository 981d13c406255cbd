"""Opening a round's window from a database file: checked, locked for the window's life, backed
up; the demo round built on first use; what to say when it cannot be opened. Used by the start
window and by `run` alike."""

from __future__ import annotations

import logging
from pathlib import Path

from reviewer_app.user_dirs import demo_dir


def ensure_demo_round(parent=None) -> Path:  # noqa: ANN001
    from reviewer_app.demo.build import DATABASE_NAME, build_demo
    from reviewer_app.gui.operations import run_with_progress

    folder = demo_dir()
    database = folder / DATABASE_NAME
    if not database.exists():
        run_with_progress(parent, "正在生成演示评查活动……", lambda report: build_demo(folder))
    return database


def reviewer_id(database: Path, name: str) -> int:
    from reviewer_app.store.database import Database
    from reviewer_app.store.rounds import only_round
    from reviewer_app.store.workbench_queries import reviewers

    opened = Database(database)
    with opened.session() as session:
        found = [r.id for r in reviewers(session, only_round(session).id) if r.name == name]
    opened.close()
    if not found:
        raise LookupError(f"评查活动中没有评审人员“{name}”")
    return found[0]


def open_database_window(database: Path, reviewer: str | None = None, reviewer_number: int | None = None):  # noqa: ANN201
    """The console on a round database, or the workbench as one of its reviewers: the database
    checked, locked for this window while it is open (a second program on it is refused),
    backed up. Raises DatabaseInUse, DatabaseProblem, FileNotFoundError or LookupError."""
    from PySide6.QtCore import Qt

    from reviewer_app.gui.console.round_window import RoundWindow
    from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
    from reviewer_app.store.backup import backup_database
    from reviewer_app.store.database import DatabaseProblem, is_writable
    from reviewer_app.store.recognition import recognise_round_database
    from reviewer_app.store.writer_lock import lock_database

    if not database.is_file():
        raise FileNotFoundError(f"找不到评查数据库：{database}")
    recognise_round_database(database)  # before a lock, a backup or a migration touches a foreign file
    read_only = not is_writable(database)
    scoring = reviewer is not None or reviewer_number is not None
    if read_only and scoring:
        raise DatabaseProblem(f"评查数据库“{database.name}”位于只读位置，评分需要修改它；请先复制到本机硬盘再打开。")
    # On read-only media nothing can be written, not even a lock: it is opened for viewing.
    lock = None if read_only else lock_database(database)
    try:
        if not read_only:
            backup_database(database, "on-open")
        if scoring:
            window = WorkbenchWindow(database, reviewer_number if reviewer_number is not None else reviewer_id(database, reviewer))
        else:
            window = RoundWindow(database, read_only=read_only)
    except BaseException:
        if lock is not None:
            lock.unlock()
        raise
    if lock is not None:
        window.setAttribute(Qt.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: lock.unlock())  # held while the window is open
    return window


def explain_opening_failure(error: Exception) -> str:
    """What to tell the person when a database could not be opened."""
    from reviewer_app.store.database import DatabaseProblem
    from reviewer_app.store.writer_lock import DatabaseInUse

    if isinstance(error, (DatabaseInUse, DatabaseProblem, FileNotFoundError, LookupError)):
        return str(error).strip("'\"")
    logging.getLogger("reviewer_app").exception("could not open")
    return f"无法打开评查数据库：\n{error}"
