"""Long work off the UI thread with a progress dialog, as Anki's operations do."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class ProgressReport:
    """What work receives: call it with (done, total, what); work that can stop part way asks
    cancelled() between steps (and keeps what it finished)."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = False

    def __call__(self, done: int, total: int, what: str) -> None:
        self._emit(done, total, what)

    def cancel(self) -> None:
        self._cancelled = True

    def cancelled(self) -> bool:
        return self._cancelled


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[ProgressReport], T]) -> None:
        super().__init__()
        self._work = work
        self.report = ProgressReport(lambda done, total, what: self.progressed.emit(done, total, what))
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self.report)
        except BaseException as error:  # noqa: BLE001 - re-raised on the UI thread
            self.error = error


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[ProgressReport], T],
                      cancellable: bool = False) -> T:
    """Run work(report) in a thread while a dialog shows its progress; return its result or
    raise its error on the UI thread. With cancellable, the dialog has 取消, which asks the work
    to stop (report.cancelled()); the work decides what stopping means."""
    dialog = QProgressDialog(label, dialog_cancel_text() if cancellable else "", 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowTitle(dialog.tr("请稍候"))
    worker = _Worker(work)
    dialog.canceled.connect(worker.report.cancel)

    def update(done: int, total: int, what: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{label}\n{what}")

    worker.progressed.connect(update)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


def dialog_cancel_text() -> str:
    return QProgressDialog.tr("取消")


def run_on_database(parent: QWidget | None, label: str, database_path, work, cancellable: bool = False):  # noqa: ANN001, ANN201
    """run_with_progress for work on a round database: work(database, report) gets a connection
    of the worker thread's own (SQLite connections stay in their thread), closed afterwards."""
    from reviewer_app.store.database import Database

    def in_thread(report: ProgressReport):  # noqa: ANN202
        database = Database(database_path)
        try:
            return work(database, report)
        finally:
            database.close()

    return run_with_progress(parent, label, in_thread, cancellable)
