"""The units tab of the console: each unit's result, and the secretariat's decisions on a unit
(a reconsideration correction, its missing files, a city's counties, the order of tied units)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from reviewer_app.core.vocabulary import GapDecision, UnitLevel
from reviewer_app.gui.console.results_models import UnitResultsModel
from reviewer_app.gui.console.unit_decisions import CountiesDialog, GapDialog, ReconsiderationDialog
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.store.composition import compositions, decide_gap, name_counted_counties
from reviewer_app.store.database import Database
from reviewer_app.store.decisions import DecisionError, set_reconsideration, set_tie_break
from reviewer_app.store.rounds import only_round, round_rules


class UnitsTab(QWidget):
    def __init__(self, database: Database, on_change: Callable[[], None],
                 make_table: Callable[..., QTableView]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.model = UnitResultsModel([], self)
        self.view = make_table(self.model, sort_column=-1)  # cities, then counties, in rank order
        self.message = OutcomeLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for text, tip, action in (
            (self.tr("缺报案卷…"), self.tr("所选单位报送的案卷少于应报件数（县级 7 件、市本级 8 件）：缺报的按 0 分计入，或准予缺报"),
             self.decide_gap),
            (self.tr("计入市级的县…"), self.tr("所选设区市的得分计入哪两个县级单位的案卷（所辖多于两个时须指定）"), self.name_counties),
            (self.tr("行政复议纠正…"), self.tr("所选单位的行政处罚被行政复议纠正：填写决定文号和日期，评查期间内的使其案卷质量指标为 0；清空文号则撤销"),
             self.set_reconsideration),
            (self.tr("设置并列顺序…"), self.tr("案卷质量指标相同的单位默认并列；在此给所选单位排定先后（1 在前，0 取消）"),
             self.set_tie_break),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, act=action: act())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _selected_unit(self):  # noqa: ANN202
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.say(self.tr("请先选择一个参评单位"), error=True)
            return None
        return self.model.row_object(index.row())

    def set_reconsideration(self) -> None:
        unit = self._selected_unit()
        if unit is None:
            return
        with self.database.session() as session:
            round_record = only_round(session)
            record = next(u for u in round_record.units if u.name == unit.name)
            current, decided_on, period = record.reconsideration_note, record.reconsideration_date, round_rules(round_record).period
        self.unit_dialog = dialog = ReconsiderationDialog(unit.name, current, decided_on, period, self)
        dialog.accepted.connect(lambda: self._record_unit_decision(self.tr("行政复议纠正"), lambda session, round_record: set_reconsideration(
            session, round_record, unit.name, dialog.reference.text(), decided_on=dialog.decided_on)))
        dialog.open()

    def decide_gap(self) -> None:
        unit = self._selected_unit()
        if unit is None:
            return
        with self.database.session() as session:
            found = next(c for c in compositions(only_round(session)) if c.name == unit.name)
        if not found.gap and found.decision is GapDecision.NONE:
            self.message.say(self.tr("{unit} 报送 {n} 件，不缺报").format(unit=unit.name, n=found.submitted), error=True)
            return
        self.unit_dialog = dialog = GapDialog(found.name, found.submitted, found.required, found.decision, found.reason, self)
        dialog.accepted.connect(lambda: self._record_unit_decision(self.tr("缺报案卷"), lambda session, round_record: decide_gap(
            session, round_record, unit.name, dialog.decision, dialog.reason.toPlainText())))
        dialog.open()

    def name_counties(self) -> None:
        unit = self._selected_unit()
        if unit is None:
            return
        with self.database.session() as session:
            counties = [(c.name, c.counted_in_city) for c in compositions(only_round(session)) if c.parent == unit.name]
        if unit.level is not UnitLevel.CITY or not counties:
            self.message.say(self.tr("请选择一个有所辖县级单位的设区市"), error=True)
            return
        self.unit_dialog = dialog = CountiesDialog(unit.name, counties, self)
        dialog.accepted.connect(lambda: self._record_unit_decision(self.tr("计入市级的县"), lambda session, round_record: name_counted_counties(
            session, round_record, unit.name, dialog.chosen)))
        dialog.open()

    def set_tie_break(self, order: int | None = None) -> None:
        unit = self._selected_unit()
        if unit is None:
            return
        if order is None:
            order, ok = QInputDialog.getInt(self, self.tr("并列顺序"), self.tr("{unit} 在并列单位中的顺序（1 在前，0 取消）：").format(unit=unit.name),
                                            unit.tie_break or 0, 0, 99)
            if not ok:
                return
        self._record_unit_decision(self.tr("并列顺序"),
                                   lambda session, round_record: set_tie_break(session, round_record, unit.name, order or None))

    def _record_unit_decision(self, title: str, decide) -> None:  # noqa: ANN001
        """A refusal (a reference too long, results already published) is said in a message box
        and changes nothing; a recorded decision reloads the figures."""
        try:
            with self.database.session() as session:
                decide(session, only_round(session))
        except DecisionError as error:
            self.message_box = QMessageBox(QMessageBox.Warning, title, str(error), QMessageBox.Ok, self)
            self.message_box.open()
            return
        self.on_change()

