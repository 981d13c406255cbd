"""A table column whose value is chosen from a list, edited in place."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

CHOICE = Qt.UserRole  # the item's value; its text is the value's label


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list only while a cell is being changed (double-click, F2): a combo box in
    every row took a second to make for a provincial round's 800 case files, and five for a
    national round. `chosen(row, value)` runs once the list has closed."""

    def __init__(self, choices: list[tuple[str, str]], chosen: Callable[[int, str], None], parent: QObject) -> None:
        super().__init__(parent)
        self.choices, self.chosen = choices, chosen

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QComboBox:  # noqa: N802
        combo = QComboBox(parent)
        for text, value in self.choices:
            combo.addItem(text, value)
        combo.activated.connect(lambda _: self._done(combo))
        # One double-click opens the list, not a closed box; skipped if the editor is gone first.
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(CHOICE))))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        value, row = editor.currentData(), index.row()
        if value != index.data(CHOICE):
            # After the editor has gone: the change reloads the table the editor sits in.
            QTimer.singleShot(0, self, lambda: self.chosen(row, value))
