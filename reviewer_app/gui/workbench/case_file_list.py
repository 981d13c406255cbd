"""The reviewer's case files: anonymous code, case type, progress, and a red mark when a
falsification is reported; filterable by progress and case type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from reviewer_app.gui.vocabulary import label
from reviewer_app.core.vocabulary import CaseType
from reviewer_app.store.workbench_queries import CaseFileEntry, Progress

EntryRole = Qt.UserRole + 1
RED = QBrush(QColor("#c62828"))
PROGRESS_COLOURS = {
    Progress.NOT_STARTED: QColor("#777777"),
    Progress.IN_PROGRESS: QColor("#b26a00"),
    Progress.COMPLETE: QColor("#2e5da0"),
    Progress.SIGNED: QColor("#2e7d32"),
}


class CaseFileListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[CaseFileEntry] = []

    def set_entries(self, entries: list[CaseFileEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def update_entry(self, entry: CaseFileEntry) -> None:
        for row, old in enumerate(self.entries):
            if old.assignment_id == entry.assignment_id:
                self.entries[row] = entry
                self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, assignment_id: int) -> int:
        return next(n for n, e in enumerate(self.entries) if e.assignment_id == assignment_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        entry = self.entries[index.row()]
        if role == Qt.DisplayRole:
            mark = " ⚠" + label("疑似造假") if entry.falsification_reported else ""
            revision = f" 第{entry.revision}版" if entry.revision > 1 else ""
            return f"{entry.code}  {label(entry.case_type.label)}\n{label(entry.progress.label)}{revision}{mark}"
        if role == Qt.ForegroundRole:
            return RED if entry.falsification_reported else QBrush(PROGRESS_COLOURS[entry.progress])
        if role == EntryRole:
            return entry
        return None


class CaseFileFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress: Progress | None = None
        self.case_type: CaseType | None = None

    def set_filter(self, progress: Progress | None, case_type: CaseType | None) -> None:
        self.beginFilterChange()
        self.progress, self.case_type = progress, case_type
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        entry = self.sourceModel().entries[row]
        # Combo box data comes back as plain strings: compare by value.
        return (self.progress is None or entry.progress == self.progress) and (
            self.case_type is None or entry.case_type == self.case_type
        )
