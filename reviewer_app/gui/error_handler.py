"""Unexpected errors: logged in full, shown to the user as a short message with where the
log is. Every edit is committed when made, so nothing saved is lost."""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer_app.app_log import log_file
from reviewer_app.store.database import DatabaseProblem

log = logging.getLogger("reviewer_app")
_open_boxes: list[QMessageBox] = []


def report_unexpected(kind, error, trace) -> None:  # noqa: ANN001
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    if QApplication.instance() is None:
        return
    if isinstance(error, DatabaseProblem):
        # Disk full, read-only medium, a lock, a damaged file: the message already says what to do.
        title, text = QCoreApplication.translate("errors", "无法保存"), str(error)
    else:
        title = QCoreApplication.translate("errors", "意外错误")
        text = QCoreApplication.translate("errors", "程序遇到意外错误：{error}\n\n已保存的评分不会丢失。请把日志文件交给技术人员：\n{log}").format(
            error=str(error) or kind.__name__, log=log_file())
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok)
    box.setObjectName("unexpectedError")
    _open_boxes.append(box)
    box.finished.connect(lambda _=0, b=box: _open_boxes.remove(b))
    # Shown from the event loop, so an error inside a paint or a slot does not nest dialogs.
    QTimer.singleShot(0, box.open)


def install() -> None:
    sys.excepthook = report_unexpected
    threading.excepthook = lambda args: report_unexpected(args.exc_type, args.exc_value, args.exc_traceback)
