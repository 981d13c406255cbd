"""Start the desktop application: fonts, the default demo round, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer_app import __version__
from reviewer_app.resources import CJK_FONT
from reviewer_app.user_dirs import APP_NAME, demo_dir


def install_fonts(app: QApplication) -> None:
    """Ship our own CJK font so Chinese renders on machines without one installed."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("环境执法案卷评查")
    app.setApplicationVersion(__version__)
    install_fonts(app)
    from reviewer_app.gui.translations import saved_language, set_language

    set_language(saved_language())
    return app


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


def run(db: Path | None = None, reviewer: str | None = None, demo: bool = False) -> int:
    """The start screen; or, asked for a database (or the demo), its window directly."""
    from reviewer_app.app_log import set_up_logging
    from reviewer_app.gui import error_handler

    set_up_logging()
    app = make_application()
    error_handler.install()
    if db is None and not demo:
        from reviewer_app.gui.start_window import StartWindow

        window = StartWindow()
    else:
        try:
            window = open_database_window(db or ensure_demo_round(), reviewer)
        except Exception as error:  # noqa: BLE001 - the user gets a message, never a traceback
            QMessageBox.warning(None, "无法打开", explain_opening_failure(error))
            return 1
    window.show()
    return app.exec()
