"""The line under a tab or dialog that says what the last action did: green when done, red when refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

DONE_STYLE = "color:#2e7d32"
REFUSED_STYLE = "color:#c62828"


class OutcomeLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)  # a refusal names a file: let it be copied

    def say(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet(REFUSED_STYLE if error else DONE_STYLE)
