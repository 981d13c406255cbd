"""The console's 先进集体评选 tab (seed 004, 附1): the statistics import, the counties their cities
recommend, the round's settings, and the selection's table with the proposed list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.core.awards.collective import BaselineReading, CollectiveSelection
from reviewer_app.core.consolidation import RoundResults
from reviewer_app.core.vocabulary import UnitLevel
from reviewer_app.documents.awards_report import COLLECTIVE_HEADER, cell_text, collective_rows, rules_text
from reviewer_app.gui.vocabulary import label
from reviewer_app.gui.console.award_tab import AwardTab
from reviewer_app.gui.widgets.tables import fill, text_table
from reviewer_app.store.awards import (
    AwardError,
    candidate_rows,
    collective_rules,
    collective_selection,
    import_statistics,
    order_tie,
    recommend,
    set_collective_rules,
    write_statistics_template,
)
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.spreadsheets import SpreadsheetError

READINGS = (BaselineReading.LINE, BaselineReading.LINEAR)


class CollectiveAwardsTab(AwardTab):
    refusals = (AwardError, SpreadsheetError)

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__(database, on_change)
        self.selection: CollectiveSelection | None = None
        self.rules = QLabel()
        self.rules.setWordWrap(True)

        actions = QHBoxLayout()
        self.template_button = QPushButton(self.tr("写出统计数据模板…"))
        self.template_button.setToolTip(self.tr("每个参评单位一行：重点监控企业数、查处案件数、罚款金额、五类重大案件数、满意度得票、文章数、空气和水质"))
        self.template_button.clicked.connect(lambda: self.write_template())
        self.import_button = QPushButton(self.tr("导入统计数据…"))
        self.import_button.setToolTip(self.tr("整表导入，替换原有数据；有错误时指出工作表、行和列，不导入任何数据"))
        self.import_button.clicked.connect(lambda: self.choose_statistics())
        self.tie_button = QPushButton(self.tr("并列顺序…"))
        self.tie_button.setToolTip(self.tr("综合得分和文章数都相同的单位：给所选单位排定先后（1 在前，0 取消），须写理由"))
        self.tie_button.clicked.connect(lambda: self.set_tie_order())
        for button in (self.template_button, self.import_button, self.tie_button):
            actions.addWidget(button)
        actions.addStretch()

        settings = QHBoxLayout()
        self.reading = QComboBox()
        for reading in READINGS:
            self.reading.addItem(label(reading.label), reading)
        self.city_quota, self.county_quota = QSpinBox(maximum=999), QSpinBox(maximum=999)
        apply = QPushButton(self.tr("应用规则"))
        apply.clicked.connect(lambda: self.apply_rules())
        self.apply_button = apply
        settings.addWidget(QLabel(self.tr("分指标计分：")))
        settings.addWidget(self.reading, 1)
        settings.addWidget(QLabel(self.tr("市级名额：")))
        settings.addWidget(self.city_quota)
        settings.addWidget(QLabel(self.tr("县级名额：")))
        settings.addWidget(self.county_quota)
        settings.addWidget(apply)

        self.candidates = QListWidget()
        self.candidates.setToolTip(self.tr("设区市直接列为候选；县级单位由所在设区市推荐，勾选即列为候选"))
        self.candidates.itemChanged.connect(self._candidate_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("候选单位（县级须设区市推荐）")))
        left_layout.addWidget(self.candidates)
        self.table = text_table([label(h) for h in COLLECTIVE_HEADER])
        self.proposed = QLabel()
        self.proposed.setWordWrap(True)
        self.proposed.setTextInteractionFlags(Qt.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table)
        right_layout.addWidget(self.proposed)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 4)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addLayout(settings)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    # --- showing -----------------------------------------------------------------------
    def reload(self, results: RoundResults) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            rules = collective_rules(round_record)
            rows = candidate_rows(session, round_record)
            self.selection = collective_selection(session, round_record, results)
        self.rules.setText(rules_text(self.selection))
        self.reading.setCurrentIndex(READINGS.index(rules.reading))
        self.city_quota.setValue(rules.city_quota)
        self.county_quota.setValue(rules.county_quota)
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name}" + ("" if row.has_statistics else self.tr("（无统计数据）")))
            item.setData(Qt.UserRole, row.name)
            item.setCheckState(Qt.Checked if row.candidate else Qt.Unchecked)
            if row.level is UnitLevel.CITY:
                item.setFlags(item.flags() & ~Qt.ItemIsUserCheckable & ~Qt.ItemIsEnabled)  # a candidate of its own level
            self.candidates.addItem(item)
        self.candidates.blockSignals(False)
        shown = [[cell_text(v, "") for v in row] for row in collective_rows(self.selection)]
        vetoed = {n for n, u in enumerate(self.selection.units) if u.vetoed}
        fill(self.table, shown, lambda row, column, text: "#c62828" if row in vetoed else ("#1b5e20" if column == 11 and text else None))
        lines = [self.tr("拟推荐 {level}（名额 {quota}）：{names}").format(
            level=label(level.label), quota=quota, names="、".join(u.name for u in self.selection.proposed(level)) or self.tr("无"))
            for level, quota in ((UnitLevel.CITY, rules.city_quota), (UnitLevel.COUNTY, rules.county_quota))]
        if self.selection.pending:
            lines.append(self.tr("待决：{items}").format(items="；".join(self.selection.pending)))
        self.proposed.setText("\n".join(lines))

    # --- acting ------------------------------------------------------------------------
    def write_template(self) -> None:
        def write(path: Path) -> None:
            with self.database.session() as session:
                write_statistics_template(path, only_round(session))

        self.save_template(self.tr("写出统计数据模板"), self.tr("先进集体评选统计数据.xlsx"), write)

    def choose_statistics(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入统计数据"), "", "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            self.import_statistics(Path(path))

    def import_statistics(self, path: Path) -> None:
        imported: list[int] = []
        if self.record(lambda session, round_record: imported.append(import_statistics(session, round_record, path)), ""):
            self.message.say(self.tr("已导入 {name}：{count} 个单位的统计数据（原有数据已替换）").format(name=path.name, count=imported[0]))

    def _candidate_changed(self, item: QListWidgetItem) -> None:
        name, on = item.data(Qt.UserRole), item.checkState() == Qt.Checked
        done = self.tr("已记录：{unit}列为县级先进集体候选") if on else self.tr("已记录：{unit}不再列为候选")
        if not self.record(lambda session, round_record: recommend(session, round_record, name, on), done.format(unit=name)):
            self.on_change()  # the box goes back to what is recorded

    def apply_rules(self) -> None:
        with self.database.session() as session:
            current = collective_rules(only_round(session))
        rules = replace(current, reading=BaselineReading(self.reading.currentData()), city_quota=self.city_quota.value(),
                        county_quota=self.county_quota.value())
        self.record(lambda session, round_record: set_collective_rules(session, round_record, rules), self.tr("评选规则已更新"))

    def set_tie_order(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.selection is None:
            self.message.say(self.tr("请先在表中选择一个单位"), error=True)
            return
        unit = [u for level in (UnitLevel.CITY, UnitLevel.COUNTY) for u in self.selection.units if u.level is level][row]
        order, ok = QInputDialog.getInt(self, self.tr("并列顺序"), self.tr("{unit} 在并列单位中的顺序（1 在前，0 取消）：").format(unit=unit.name),
                                        0, 0, 999)
        if not ok:
            return
        reason = ""
        if order:
            reason, ok = QInputDialog.getText(self, self.tr("并列顺序"), self.tr("理由（记入审计日志并印在报告中）："))
            if not ok:
                return
        self.record(lambda session, round_record: order_tie(session, round_record, unit.name, order or None, reason),
                     self.tr("已记录 {unit} 的并列顺序").format(unit=unit.name))
