"""新建评查活动: the secretariat's wizard from nothing to an assigned round."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reviewer_app.core.assignment import AssignmentError
from reviewer_app.core.consolidation import CombinationRule, RoundRules
from reviewer_app.core.rubric import PRESETS, Rubric, RubricError, load_preset
from reviewer_app.core.vocabulary import VetoPolicy
from reviewer_app.gui.console.rubric_editor import RubricEditor
from reviewer_app.store.intake import IntakeError
from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, RosterError, write_template
from reviewer_app.store.round_setup import RoundPlan, check_plan, set_up_round
from reviewer_app.gui.widgets.screen_fit import fit_to_screen

PRESET_NAMES = {"national_2012": "2012 指南结构（六类案卷）", "blank": "空白模板"}
ERROR_STYLE = "color:#c62828"


class BasicsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("评查活动"))
        self.name = QLineEdit(placeholderText=self.tr("如：2026年全省环境执法大练兵案卷评查"))
        self.year = QSpinBox(minimum=2000, maximum=2100, value=date.today().year)
        self.start = QDateEdit(QDate(date.today().year, 9, 1), calendarPopup=True)
        self.end = QDateEdit(QDate(date.today().year, 11, 30), calendarPopup=True)
        self.preset = QComboBox()
        for key in PRESETS:
            self.preset.addItem(self.tr(PRESET_NAMES[key]), key)
        self.expert_weight = QDoubleSpinBox(minimum=0, maximum=1, singleStep=0.05, value=0.5)
        self.cross_weight = QDoubleSpinBox(minimum=0, maximum=1, singleStep=0.05, value=0.5)
        self.veto = QComboBox()
        self.veto.addItem(self.tr("否决项不通过：本表计 0 分"), VetoPolicy.ZERO.value)
        self.veto.addItem(self.tr("否决项不通过：保留得分，标注不合格"), VetoPolicy.MARK_ONLY.value)
        self.experts = QSpinBox(minimum=0, maximum=9, value=2)
        self.cross = QSpinBox(minimum=0, maximum=9, value=2)
        form = QFormLayout(self)
        form.addRow(self.tr("名称："), self.name)
        form.addRow(self.tr("年度："), self.year)
        form.addRow(self.tr("案卷形成期间："), self._row(self.start, QLabel("—"), self.end))
        form.addRow(self.tr("评分细则："), self.preset)
        form.addRow(self.tr("计分权重："), self._row(QLabel(self.tr("专家评审")), self.expert_weight, QLabel(self.tr("交叉评审")), self.cross_weight))
        form.addRow(self.tr("否决项处理："), self.veto)
        form.addRow(self.tr("每件案卷评审人数："), self._row(QLabel(self.tr("专家")), self.experts, QLabel(self.tr("交叉")), self.cross))
        self.name.textChanged.connect(self.completeChanged)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return row

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.name.text().strip()) and self.expert_weight.value() + self.cross_weight.value() > 0


class RubricPage(QWizardPage):
    """The chosen preset in the rubric editor; the wizard goes on only when every case type adds up."""

    def __init__(self, basics: BasicsPage) -> None:
        super().__init__()
        self.basics = basics
        self.setTitle(self.tr("评分细则"))
        self.setSubTitle(self.tr("可增删、修改和调整评查项及扣分情形；每类案卷的分值合计须等于满分。"))
        self.editor = RubricEditor()
        self.editor.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.loaded_preset: str | None = None

    def initializePage(self) -> None:  # noqa: N802
        # Coming back from the next page keeps the edits; choosing another preset starts afresh.
        if self.loaded_preset != self.basics.preset.currentData():
            self.loaded_preset = self.basics.preset.currentData()
            self.editor.load(load_preset(self.loaded_preset))

    @property
    def check(self) -> QLabel:
        return self.editor.check

    def rubric(self) -> Rubric | None:
        return self.editor.rubric()

    def isComplete(self) -> bool:  # noqa: N802
        return self.editor.is_acceptable()


class SourcesPage(QWizardPage):
    """The roster and the case files; checked in full (in a scratch copy) before going on."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("名单和案卷"))
        self.roster = QLineEdit(placeholderText=self.tr("参评单位和评审人员名单（.xlsx，含两个工作表）"))
        self.cases = QLineEdit(placeholderText=self.tr("案卷文件夹：单位/案卷/文书"))
        choose_roster = QPushButton(self.tr("选择名单…"))
        choose_roster.clicked.connect(self._choose_roster)
        template = QPushButton(self.tr("下载名单模板…"))
        template.clicked.connect(self._save_template)
        choose_cases = QPushButton(self.tr("选择案卷文件夹…"))
        choose_cases.clicked.connect(self._choose_cases)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.tr("名单："), BasicsPage._row(self.roster, choose_roster, template))
        form.addRow(self.tr("案卷："), BasicsPage._row(self.cases, choose_cases))
        form.addRow(self.result)
        self.checked = False
        self.roster.textChanged.connect(self._changed)
        self.cases.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.checked = False
        self.completeChanged.emit()

    def _choose_roster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择名单"), "", self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.roster.setText(name)

    def _save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存名单模板"), "名单模板.xlsx", self.tr("表格 (*.xlsx)"))
        if name:
            write_template(Path(name))

    def _choose_cases(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择案卷文件夹"))
        if folder:
            self.cases.setText(folder)

    def validatePage(self) -> bool:  # noqa: N802
        """Refuse to go on until the whole set-up would succeed, saying what is wrong."""
        try:
            with tempfile.TemporaryDirectory(prefix="round-check-") as scratch:
                report = check_plan(self.owner.plan(), Path(scratch))
        except (RosterError, IntakeError, AssignmentError, RubricError, OSError) as error:
            self.result.setText(str(error))
            self.result.setStyleSheet(ERROR_STYLE)
            return False
        if report.refused:
            self.result.setText("\n".join([self.tr("以下文书无法使用，请更换后再检查："), *report.refused]))
            self.result.setStyleSheet(ERROR_STYLE)
            return False
        lines = [self.tr("检查通过：{cases} 件案卷，{documents} 份文书。").format(cases=report.case_files, documents=report.documents)]
        lines += [f"· {w}" for w in report.warnings]
        self.result.setText("\n".join(lines))
        self.result.setStyleSheet("")
        self.owner.report = report
        return True


class SetupWizard(QWizard):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建评查活动"))
        self.db_path = db_path
        self.report = None
        self.basics = BasicsPage()
        self.rubric_page = RubricPage(self.basics)
        self.sources = SourcesPage(self)
        for page in (self.basics, self.rubric_page, self.sources):
            self.addPage(page)
        fit_to_screen(self, QSize(1000, 700))  # room for the rubric editor

    def plan(self) -> RoundPlan:
        b = self.basics
        roster = Path(self.sources.roster.text().strip())
        kind = None
        if roster.suffix.lower() == ".csv":
            kind = REVIEWER_SHEET if "评审" in roster.stem or "reviewer" in roster.stem.lower() else UNIT_SHEET
        return RoundPlan(
            name=b.name.text().strip(), year=b.year.value(),
            period=(b.start.date().toPython(), b.end.date().toPython()),
            rubric=self.rubric_page.rubric() or load_preset(b.preset.currentData()),
            rules=RoundRules(weights=CombinationRule(Decimal(str(b.expert_weight.value())), Decimal(str(b.cross_weight.value()))),
                             veto_policy=VetoPolicy(b.veto.currentData())),
            experts_per_file=b.experts.value(), cross_per_file=b.cross.value(),
            rosters=((roster, kind),), case_folder=Path(self.sources.cases.text().strip()),
        )

    def accept(self) -> None:
        if self.db_path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("保存评查活动数据库"), "secretariat.db", self.tr("数据库 (*.db)"))
            if not name:
                return
            self.db_path = Path(name)
        try:
            self.report = set_up_round(self.plan(), self.db_path)
        except (RosterError, IntakeError, AssignmentError, RubricError, OSError) as error:
            self.sources.result.setText(str(error))
            self.sources.result.setStyleSheet(ERROR_STYLE)
            return
        super().accept()
