"""The console's read-only tables of rows of text (QTableWidget), made and filled one way."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def text_table(headers: list[str], fit_columns: bool = True) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectRows)
    table.setSelectionMode(QTableWidget.SingleSelection)
    table.verticalHeader().hide()
    if fit_columns:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]],
         colour: Callable[[int, int, str], str | None] = lambda r, c, t: None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if (shade := colour(r, c, text)) is not None:
                item.setForeground(QBrush(QColor(shade)))
            table.setItem(r, c, item)
