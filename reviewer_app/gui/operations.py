"""Long work off the UI thread with a progress dialog, as Anki's operations do."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Report = Callable[[int, int, str], None]  # done, total, what


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Report], T]) -> None:
        super().__init__()
        self._work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(lambda done, total, what: self.progressed.emit(done, total, what))
        except BaseException as error:  # noqa: BLE001 - re-raised on the UI thread
            self.error = error


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Report], T]) -> T:
    """Run work(report) in a thread while a dialog shows its progress; return its result or
    raise its error on the UI thread."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowTitle(dialog.tr("请稍候"))
    worker = _Worker(work)

    def update(done: int, total: int, what: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{label}\n{what}")

    worker.progressed.connect(update)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
