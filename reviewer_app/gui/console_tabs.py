"""The secretariat's tabs beside the results: who has scored what, falsification reports to
decide, case files to re-check, and charts of unit scores and reviewer leniency."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from reviewer_app.core.consolidation import RoundResults, reviewer_deviation
from reviewer_app.core.points import fmt
from reviewer_app.gui.vocabulary import label
from reviewer_app.store.assignments import assignment_conflicts
from reviewer_app.store.database import Database
from reviewer_app.store.decisions import DecisionError, decide_falsification, falsification_reports, record_recheck, spreads
from reviewer_app.store.report_views import assignment_statuses
from reviewer_app.store.results import signed_sheet_scores
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import IssuedPackage, ReviewerRecord

STATE_COLOURS = {"未发送": "#9e9e9e", "已发送": "#1565c0", "评分中": "#b26a00", "已签名": "#2e7d32"}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], colour: Callable[[int, int, str], str | None] = lambda r, c, t: None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if (shade := colour(r, c, text)) is not None:
                item.setForeground(QBrush(QColor(shade)))
            table.setItem(r, c, item)


class ProgressMatrix(QWidget):
    """Reviewers by case files: not sent / sent / in progress / signed."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.conflicts = QLabel()
        self.conflicts.setStyleSheet("color:#c62828")
        self.conflicts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("评分进度：随回传文件导入而更新")))
        layout.addWidget(self.table)
        layout.addWidget(self.conflicts)

    def reload(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            statuses = assignment_statuses(session, round_record)
            self.conflicts.setText("\n".join(assignment_conflicts(round_record)))
            sent = set(session.scalars(select(ReviewerRecord.name).join(IssuedPackage, IssuedPackage.reviewer_id == ReviewerRecord.id)))
        reviewers = list(dict.fromkeys(s.reviewer for s in statuses))
        codes = sorted({s.case_code for s in statuses})
        self.table.setRowCount(len(reviewers))
        self.table.setColumnCount(len(codes))
        self.table.setVerticalHeaderLabels(reviewers)
        self.table.setHorizontalHeaderLabels(codes)
        for status in statuses:
            if status.status is not None:
                text = "已签名" if status.status.value == "signed" else "评分中"
            else:
                text = "已发送" if status.reviewer in sent else "未发送"
            item = QTableWidgetItem(label(text))
            item.setForeground(QBrush(QColor(STATE_COLOURS[text])))
            item.setTextAlignment(Qt.AlignCenter)
            self.table.setItem(reviewers.index(status.reviewer), codes.index(status.case_code), item)
        self.table.resizeColumnsToContents()

    def cell(self, reviewer: str, code: str) -> str:
        row = next(r for r in range(self.table.rowCount()) if self.table.verticalHeaderItem(r).text() == reviewer)
        column = next(c for c in range(self.table.columnCount()) if self.table.horizontalHeaderItem(c).text() == code)
        item = self.table.item(row, column)
        return item.text() if item else ""


class FalsificationTab(QWidget):

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = _table([self.tr("案卷编号"), self.tr("评审人员"), self.tr("报告"), self.tr("情况说明"),
                             self.tr("证据页"), self.tr("秘书处决定")])
        confirm = QPushButton(self.tr("认定造假…"))
        confirm.clicked.connect(lambda: self.decide(True))
        reject = QPushButton(self.tr("不予认定…"))
        reject.clicked.connect(lambda: self.decide(False))
        self.message = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(reject)
        buttons.addWidget(confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        with self.database.session() as session:
            self.reports = falsification_reports(session, only_round(session))
        decisions = {"none": self.tr("待决定"), "confirmed": self.tr("已认定"), "rejected": self.tr("不予认定")}
        _fill(self.table, [[r.case_code, r.reviewer, label(r.status.label), r.description, "；".join(r.evidence),
                            decisions[r.decision.value] + (f"：{r.decision_reason}" if r.decision_reason else "")]
                           for r in self.reports],
              lambda row, column, text: "#c62828" if column == 5 and text.startswith(decisions["none"]) else None)

    def decide(self, confirmed: bool, reason: str | None = None) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.setText(self.tr("请先选择一条造假报告"))
            return
        code = self.reports[row].case_code
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("认定造假") if confirmed else self.tr("不予认定"),
                                              self.tr("案卷 {code}：请填写理由").format(code=code))
            if not ok:
                return
        try:
            with self.database.session() as session:
                decide_falsification(session, only_round(session), code, confirmed, reason)
        except DecisionError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("已记录 {code} 的决定").format(code=code))
        self.on_change()


class RecheckTab(QWidget):
    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = _table([self.tr("案卷编号"), self.tr("最高与最低分差"), self.tr("各评审人员得分"), self.tr("复核记录")])
        record = QPushButton(self.tr("记录复核决定…"))
        record.clicked.connect(lambda: self.record())
        self.message = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(record)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("评分差距超过本轮阈值的案卷需要复核")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        with self.database.session() as session:
            self.rows = [s for s in spreads(session, only_round(session)) if s.flagged or s.decisions]
        _fill(self.table, [[s.case_code, fmt(s.spread), "；".join(f"{n} {fmt(v)}" for n, _, v in s.scores), "；".join(s.decisions)]
                           for s in self.rows],
              lambda row, column, text: "#c62828" if column == 3 and not text else None)

    def record(self, decision: str | None = None, reason: str | None = None) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.setText(self.tr("请先选择一件案卷"))
            return
        code = self.rows[row].case_code
        if decision is None:
            decision, ok = QInputDialog.getText(self, self.tr("复核决定"), self.tr("案卷 {code} 的复核决定：").format(code=code))
            if not ok:
                return
            reason, ok = QInputDialog.getText(self, self.tr("复核理由"), self.tr("理由："))
            if not ok:
                return
        try:
            with self.database.session() as session:
                record_recheck(session, only_round(session), code, decision, reason or "")
        except DecisionError as error:
            self.message.setText(str(error))
            return
        self.on_change()


class ChartsTab(QWidget):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.units_view = QChartView()
        self.reviewers_view = QChartView()
        for view in (self.units_view, self.reviewers_view):
            view.setRenderHint(QPainter.Antialiasing)
        layout = QHBoxLayout(self)
        layout.addWidget(self.units_view)
        layout.addWidget(self.reviewers_view)

    def reload(self, results: RoundResults) -> None:
        with self.database.session() as session:
            deviations = reviewer_deviation(signed_sheet_scores(session, only_round(session)))
        self.units_view.setChart(self._bars(self.tr("各参评单位案卷质量指标"), [u.name for u in results.units],
                                            [float(u.indicator or 0) for u in results.units], 0, 100))
        low = min([float(v) for v in deviations.values()] + [-5])
        high = max([float(v) for v in deviations.values()] + [5])
        self.reviewers_view.setChart(self._bars(self.tr("评审人员相对案卷均分的平均偏差（正为偏宽）"), list(deviations),
                                                [float(v) for v in deviations.values()], low - 1, high + 1))

    def _bars(self, title: str, categories: list[str], values: list[float], low: float, high: float) -> QChart:
        bars = QBarSet(title)
        bars.append(values)
        bars.setColor(QColor("#2e5da0"))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().hide()
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        chart.addAxis(axis_x, Qt.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(low, high)
        chart.addAxis(axis_y, Qt.AlignLeft)
        series.attachAxis(axis_y)
        return chart
