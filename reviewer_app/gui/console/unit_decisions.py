"""The secretariat's decisions on a unit: a reconsideration correction with its decision's date,
what its missing files count, and which counties a city's score takes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.core.composition import COUNTIES_IN_CITY_SCORE
from reviewer_app.core.vocabulary import GapDecision
from reviewer_app.gui.console.decision_dialog import record_or_cancel


class ReconsiderationDialog(QDialog):
    """The decision's reference and date; an empty reference takes the record back."""

    def __init__(self, unit: str, reference: str, decided_on: date | None, period: tuple[date, date] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("行政复议纠正"))
        layout = QVBoxLayout(self)
        window = (self.tr("评查期间 {start} 至 {end} 内的决定使该单位的案卷质量指标为 0；期间外的不影响。").format(
            start=period[0].isoformat(), end=period[1].isoformat()) if period else "")
        intro = QLabel(self.tr("{unit} 的行政处罚被行政复议纠正。").format(unit=unit) + window
                       + self.tr("清空文号则撤销记录。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reference = QLineEdit(reference, placeholderText=self.tr("如：临复决字〔2016〕12号"))
        form.addRow(self.tr("决定文号(&R)："), self.reference)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        start = decided_on or (period[0] if period else date.today())
        self.date.setDate(QDate(start.year, start.month, start.day))
        form.addRow(self.tr("决定日期(&D)："), self.date)
        layout.addLayout(form)
        layout.addWidget(record_or_cancel(self))

    @property
    def decided_on(self) -> date:
        return self.date.date().toPython()


class GapDialog(QDialog):
    """How a unit's missing files count: 0 each, or excused with a reason (or undecided)."""

    def __init__(self, unit: str, submitted: int, required: int, decision: GapDecision, reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("缺报案卷"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{unit} 报送 {submitted} 件，应报 {required} 件。通知按应报件数计算平均分："
                               "缺报的每件按 0 分计入；确有正当理由的，可准予缺报，按实报件数计算。").format(
            unit=unit, submitted=submitted, required=required))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        for value, text in ((GapDecision.ZERO, self.tr("缺报的每件按 0 分计入(&Z)")),
                            (GapDecision.EXCUSED, self.tr("准予缺报，按实报件数计算(&E)")),
                            (GapDecision.NONE, self.tr("暂不决定（结果保持为初步结果）(&N)"))):
            button = QRadioButton(text)
            button.setProperty("decision", value.value)
            button.setChecked(value is decision)
            self.choices.addButton(button)
            layout.addWidget(button)
        self.reason = QPlainTextEdit(reason)
        self.reason.setPlaceholderText(self.tr("理由（准予缺报时必填），记入审计日志"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        layout.addWidget(self.reason)
        self.buttons = record_or_cancel(self)
        layout.addWidget(self.buttons)
        self.choices.buttonToggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    @property
    def decision(self) -> GapDecision:
        checked = self.choices.checkedButton()
        return GapDecision(checked.property("decision")) if checked else GapDecision.NONE

    def _update(self) -> None:
        complete = self.choices.checkedButton() is not None and (
            self.decision is not GapDecision.EXCUSED or bool(self.reason.toPlainText().strip()))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(complete)


class CountiesDialog(QDialog):
    """The counties whose files the city's score takes, ticked."""

    def __init__(self, city: str, counties: list[tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("计入市级得分的县级单位"))
        layout = QVBoxLayout(self)
        self.needed = min(COUNTIES_IN_CITY_SCORE, len(counties))
        intro = QLabel(self.tr("{city} 的得分按本级 8 份和 {count} 个县级单位各 7 份案卷计算。请勾选这 {count} 个县级单位：").format(
            city=city, count=self.needed))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes = []
        for name, counted in counties:
            box = QCheckBox(name)
            box.setChecked(counted)
            box.toggled.connect(self._update)
            self.boxes.append(box)
            layout.addWidget(box)
        self.buttons = record_or_cancel(self)
        layout.addWidget(self.buttons)
        self._update()

    @property
    def chosen(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(len(self.chosen) == self.needed)
