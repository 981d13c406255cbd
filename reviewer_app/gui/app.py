"""Start the desktop application: fonts, the default demo round, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer_app import __version__
from reviewer_app.resources import CJK_FONT
from reviewer_app.user_dirs import APP_NAME


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


def run(db: Path | None = None, reviewer: str | None = None, demo: bool = False) -> int:
    """The start screen; or, asked for a database (or the demo), its window directly."""
    from reviewer_app.app_log import set_up_logging
    from reviewer_app.gui import error_handler
    from reviewer_app.gui.opening import ensure_demo_round, explain_opening_failure, open_database_window

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
