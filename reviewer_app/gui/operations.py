"""Long work off the UI thread with a progress dialog, as Anki's operations do."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QEventLoop, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class _Worker(QThread):
    def __init__(self, work: Callable[[], T]) -> None:
        super().__init__()
        self._work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # noqa: BLE001 - re-raised on the UI thread
            self.error = error


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run work in a thread while a busy dialog shows; return its result or raise its error."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowTitle("请稍候")
    worker = _Worker(work)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
