"""Table models over round results (core objects), for the case-file and unit tables."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from reviewer_app.gui.vocabulary import label
from reviewer_app.core.consolidation import CaseResult, UnitResult, in_rank_order
from reviewer_app.core.points import fmt

Column = tuple[str, Callable[[Any], Any]]

ALERT = QBrush(QColor("#c62828"))


class _ResultsModel(QAbstractTableModel):
    columns: list[Column] = []

    def __init__(self, rows: list[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given = self._rows = rows
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)  # -1: as the rows were given

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._given = rows
        self._rows = self._sorted(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """By the column's values, scores as numbers. The model sorts itself: a sort proxy asked
        for two values per comparison, 9,000 calls into Python for a provincial round's 800 files."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self._rows[index.row()]) for index in before]
        self._rows = self._sorted(column, order)
        row_of = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(row_of[id(row)], index.column()) for index, row in moved])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[Any]:
        if column < 0:
            return list(self._given)
        value = self.columns[column][1]
        numeric = column in self.numeric_columns

        def key(row: Any) -> tuple[bool, Any]:
            shown = value(row)
            if shown is None or shown == "":
                return True, 0  # blank after the values
            return False, Decimal(str(shown)) if numeric else str(shown)

        return sorted(self._given, key=key, reverse=order == Qt.DescendingOrder)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("results", self.columns[section][0])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == Qt.ForegroundRole and self.alert(row):
            return ALERT
        if role == Qt.TextAlignmentRole and index.column() in self.numeric_columns:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    numeric_columns: frozenset[int] = frozenset()

    def alert(self, row: Any) -> bool:
        return False


def _yes(flag: bool) -> str:
    return QCoreApplication.translate("results", "是") if flag else ""


class CaseResultsModel(_ResultsModel):
    columns: list[Column] = [
        (QT_TRANSLATE_NOOP("results", "案卷编号"), lambda c: c.code),
        (QT_TRANSLATE_NOOP("results", "案卷类型"), lambda c: label(c.case_type.label)),
        (QT_TRANSLATE_NOOP("results", "参评单位"), lambda c: c.unit),
        (QT_TRANSLATE_NOOP("results", "专家评审"), lambda c: fmt(c.expert_score)),
        (QT_TRANSLATE_NOOP("results", "交叉评审"), lambda c: fmt(c.cross_score)),
        (QT_TRANSLATE_NOOP("results", "案卷得分"), lambda c: fmt(c.final_score)),
        (QT_TRANSLATE_NOOP("results", "等次"), lambda c: c.grade),
        (QT_TRANSLATE_NOOP("results", "造假"), lambda c: _yes(c.falsified)),
        (QT_TRANSLATE_NOOP("results", "不符合报送要求"), lambda c: _yes(not c.eligible)),
        (QT_TRANSLATE_NOOP("results", "计分规则"), lambda c: c.rule),
        (QT_TRANSLATE_NOOP("results", "说明"), lambda c: "；".join(label(r) for r in c.reasons)),
    ]
    numeric_columns = frozenset({3, 4, 5})

    def alert(self, row: CaseResult) -> bool:
        return row.falsified or not row.eligible or row.veto_failed


class UnitResultsModel(_ResultsModel):
    """Cities first, then counties, each in rank order: the levels are ranked separately."""

    columns: list[Column] = [
        (QT_TRANSLATE_NOOP("results", "参评单位"), lambda u: u.name),
        (QT_TRANSLATE_NOOP("results", "层级"), lambda u: label(u.level.label)),
        (QT_TRANSLATE_NOOP("results", "案卷数"), lambda u: u.case_count),
        (QT_TRANSLATE_NOOP("results", "案卷平均分"), lambda u: fmt(u.score)),
        (QT_TRANSLATE_NOOP("results", "案卷质量指标"), lambda u: fmt(u.indicator)),
        (QT_TRANSLATE_NOOP("results", "排名"), lambda u: u.rank),
        (QT_TRANSLATE_NOOP("results", "并列顺序"), lambda u: u.tie_break),
        # the fixed 7 or 22, missing files counted 0 included (or fewer when a gap is excused)
        (QT_TRANSLATE_NOOP("results", "平均分按件数"), lambda u: u.denominator),
        (QT_TRANSLATE_NOOP("results", "指标为零原因"), lambda u: "；".join(u.zero_reasons)),
        (QT_TRANSLATE_NOOP("results", "待决事项"), lambda u: "；".join(u.questions)),
        (QT_TRANSLATE_NOOP("results", "提示"), lambda u: "；".join(u.warnings)),
    ]
    numeric_columns = frozenset({2, 3, 4, 5, 6, 7})

    def set_rows(self, rows: list[UnitResult]) -> None:
        super().set_rows(in_rank_order(rows))

    def alert(self, row: UnitResult) -> bool:
        return bool(row.zero_reasons)
