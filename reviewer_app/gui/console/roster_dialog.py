"""名单: the round's units and reviewers, added by hand or from a spreadsheet, with the same
checks either way; a wrong field or row is named and nothing is added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.core.vocabulary import Track, UnitLevel
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.gui.widgets.tables import fill, text_table
from reviewer_app.gui.vocabulary import label
from reviewer_app.store.database import Database
from reviewer_app.store.roster import (
    REVIEWER_SHEET,
    UNIT_SHEET,
    RosterError,
    RowProblem,
    add_reviewer,
    add_unit,
    import_roster,
    write_template,
)
from reviewer_app.store.rounds import only_round
from reviewer_app.gui.widgets.screen_fit import fit_to_screen

class RosterDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("名单：参评单位和评审人员"))
        self.database = database

        self.units = text_table([self.tr("单位名称"), self.tr("层级"), self.tr("上级单位"), self.tr("所属地区")])
        self.unit_name = QLineEdit()
        self.unit_level = QComboBox()
        for level in UnitLevel:
            self.unit_level.addItem(label(level.label), level.label)
        self.unit_parent = QComboBox()
        self.unit_region = QLineEdit(placeholderText=self.tr("如：某市（设区市与所辖县同属一个地区）"))
        add_unit_button = QPushButton(self.tr("添加单位"))
        add_unit_button.clicked.connect(self.add_unit)
        self.unit_level.currentIndexChanged.connect(lambda _: self.unit_parent.setEnabled(self.unit_level.currentIndex() == 1))
        self.unit_parent.setEnabled(False)
        unit_form = QFormLayout()
        unit_form.addRow(self.tr("单位名称："), self.unit_name)
        unit_form.addRow(self.tr("层级："), self.unit_level)
        unit_form.addRow(self.tr("上级单位："), self.unit_parent)
        unit_form.addRow(self.tr("所属地区："), self.unit_region)
        unit_form.addRow("", add_unit_button)

        self.reviewers = text_table([self.tr("姓名或评审组"), self.tr("评审类别"), self.tr("所属地区"), self.tr("成员")])
        self.reviewer_name = QLineEdit()
        self.reviewer_track = QComboBox()
        for track in Track:
            self.reviewer_track.addItem(label(track.label), track.label)
        self.reviewer_region = QLineEdit(placeholderText=self.tr("交叉评审人员必填：不评本地区的案卷"))
        self.reviewer_members = QLineEdit(placeholderText=self.tr("评审组的成员，用顿号分隔；个人不填"))
        add_reviewer_button = QPushButton(self.tr("添加评审人员"))
        add_reviewer_button.clicked.connect(self.add_reviewer)
        reviewer_form = QFormLayout()
        reviewer_form.addRow(self.tr("姓名或评审组："), self.reviewer_name)
        reviewer_form.addRow(self.tr("评审类别："), self.reviewer_track)
        reviewer_form.addRow(self.tr("所属地区："), self.reviewer_region)
        reviewer_form.addRow(self.tr("成员："), self.reviewer_members)
        reviewer_form.addRow("", add_reviewer_button)

        self.tabs = QTabWidget()
        for table, form, title in ((self.units, unit_form, self.tr("参评单位")), (self.reviewers, reviewer_form, self.tr("评审人员"))):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(table, 1)
            page_layout.addLayout(form)
            self.tabs.addTab(page, title)

        import_button = QPushButton(self.tr("从表格导入…"))
        import_button.clicked.connect(self.choose_spreadsheet)
        template_button = QPushButton(self.tr("下载名单模板…"))
        template_button.clicked.connect(self.save_template)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        for button in (add_unit_button, add_reviewer_button, import_button, template_button, close):
            button.setAutoDefault(False)
        self.message = OutcomeLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(template_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(760, 620))
        self.changed = False
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            units = [(u.name, label(UnitLevel(u.level).label), u.parent.name if u.parent else "", u.region)
                     for u in round_record.units]
            cities = [u.name for u in round_record.units if UnitLevel(u.level) is UnitLevel.CITY]
            reviewers = [(r.name, label(Track(r.track).label), r.region, "、".join(r.members.splitlines()))
                         for r in round_record.reviewers]
        fill(self.units, units)
        fill(self.reviewers, reviewers)
        self.unit_parent.clear()
        self.unit_parent.addItems(cities)

    def add_unit(self) -> bool:
        parent = self.unit_parent.currentText() if self.unit_parent.isEnabled() else ""
        return self._add(lambda session: add_unit(session, only_round(session), self.unit_name.text(),
                                                  self.unit_level.currentData(), parent, self.unit_region.text()),
                         self.unit_name.text().strip(), (self.unit_name, self.unit_region))

    def add_reviewer(self) -> bool:
        return self._add(lambda session: add_reviewer(session, only_round(session), self.reviewer_name.text(),
                                                      self.reviewer_track.currentData(), self.reviewer_region.text(),
                                                      self.reviewer_members.text()),
                         self.reviewer_name.text().strip(), (self.reviewer_name, self.reviewer_region, self.reviewer_members))

    def _add(self, change, name: str, fields: tuple[QLineEdit, ...]) -> bool:  # noqa: ANN001
        try:
            with self.database.session() as session:
                change(session)
        except RowProblem as problem:
            self.message.say(self.tr("未添加：{problem}").format(problem=problem), error=True)
            return False
        for field in fields:
            field.clear()
        self.message.say(self.tr("已添加“{name}”。").format(name=name))
        self.changed = True
        self.reload()
        return True

    def choose_spreadsheet(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择名单"), "", self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.import_spreadsheet(Path(name))

    def import_spreadsheet(self, path: Path) -> bool:
        """A CSV holds one list: the one whose tab is open."""
        kind = UNIT_SHEET if self.tabs.currentIndex() == 0 else REVIEWER_SHEET
        try:
            with self.database.session() as session:
                units, reviewers = import_roster(session, only_round(session), path, kind if path.suffix.lower() == ".csv" else None)
        except RosterError as error:
            self.message.say(self.tr("未导入任何一行：{error}").format(error=error), error=True)
            return False
        self.message.say(self.tr("已从 {file} 导入 {units} 个单位、{reviewers} 名评审人员。").format(
            file=path.name, units=units, reviewers=reviewers))
        self.changed = True
        self.reload()
        return True

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存名单模板"), "名单模板.xlsx", self.tr("表格 (*.xlsx)"))
        if name:
            write_template(Path(name))

