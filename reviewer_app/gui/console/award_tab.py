"""What the two award tabs (先进集体评选, 先进个人评选) share: recording a change with its refusal
said in red, and writing a spreadsheet template where the secretary chooses."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QFileDialog, QWidget

from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round


class AwardTab(QWidget):
    refusals: tuple[type[Exception], ...] = ()  # the store's errors a change may raise, said in red

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.message = OutcomeLabel()

    def record(self, change: Callable, done: str) -> bool:
        """Apply one change (session, round) -> None; a refusal is said in red and changes nothing."""
        try:
            with self.database.session() as session:
                change(session, only_round(session))
        except self.refusals as error:
            self.message.say(str(error), error=True)
            return False
        self.message.say(done)
        self.on_change()  # reloads the window's current tab: this one
        return True

    def save_template(self, title: str, default_name: str, write: Callable[[Path], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, default_name, "Excel (*.xlsx)")
        if not path:
            return
        try:
            write(Path(path))
        except OSError as error:
            self.message.say(self.tr("无法写出 {path}：{error}").format(path=path, error=error.strerror or error), error=True)
            return
        self.message.say(self.tr("模板已写出：{path}").format(path=path))
