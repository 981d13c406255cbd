"""评分细则编辑: the veto items, then the sections, their items and each item's preset deductions,
as a tree beside a form for the selected entry. Add, edit, delete, move up and down; the totals of every case
type are checked against the maximum on each change."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSize, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.core.rubric import ALL_CASE_TYPES, Rubric, RubricError, fresh_id, rubric_from_dict
from reviewer_app.core.vocabulary import DOCUMENT_TYPE_LABELS, CaseType, DocumentType
from reviewer_app.gui.vocabulary import label
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round, round_rubric, scoring_started, set_round_rubric
from reviewer_app.gui.widgets.screen_fit import fit_to_screen

SECTION, ITEM, DEDUCTION, VETO_GROUP, VETO = 0, 1, 2, 3, 4  # the form shown for a kind is page kind + 1
ERROR_STYLE = "color:#c62828"
OK_STYLE = "color:#2e7d32"
POINTS_PATTERN = QRegularExpression(r"^\d{0,3}(\.\d{0,2})?$")


def _points_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(POINTS_PATTERN))
    edit.setMaximumWidth(90)
    return edit


class RubricEditor(QWidget):
    """Edits a copy of a rubric; `rubric()` gives the result, or None with the reason shown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = {}
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("评查项目"), self.tr("分值"), self.tr("所涉文书")])
        self.tree.currentItemChanged.connect(lambda *_: self._show_form())
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)

        self.add_section_button = QPushButton(self.tr("添加环节"))
        self.add_item_button = QPushButton(self.tr("添加评查项"))
        self.add_deduction_button = QPushButton(self.tr("添加扣分情形"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.up_button.setToolTip(self.tr("Ctrl+↑"))
        self.down_button.setToolTip(self.tr("Ctrl+↓"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button.clicked.connect(self.add_item)
        self.add_deduction_button.clicked.connect(self.add_deduction)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        # Keys of the tree itself: Delete in a text field must edit the text, not delete the entry.
        self.tree.installEventFilter(self)
        buttons = QHBoxLayout()
        for button in (self.add_section_button, self.add_item_button, self.add_deduction_button,
                       self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.forms = QStackedWidget()
        self.forms.addWidget(QLabel(self.tr("选择左侧的否决项、环节、评查项或扣分情形进行编辑。"), wordWrap=True))
        self.section_title = QLineEdit()
        self.forms.addWidget(self._form((self.tr("环节名称："), self.section_title)))
        self.item_text = QLineEdit()
        self.item_points = _points_edit()
        self.item_document = QComboBox()
        self.item_document.addItem(self.tr("（不指定）"), None)
        for doc_type in DocumentType:
            self.item_document.addItem(label(DOCUMENT_TYPE_LABELS[doc_type]), doc_type.value)
        types, self.case_type_boxes = self._case_type_grid()
        self.forms.addWidget(self._form((self.tr("评查内容："), self.item_text), (self.tr("满分："), self.item_points),
                                        (self.tr("所涉文书："), self.item_document), (self.tr("适用案卷类型："), types)))
        self.deduction_text = QLineEdit()
        self.deduction_points = _points_edit()
        self.forms.addWidget(self._form((self.tr("扣分情形："), self.deduction_text), (self.tr("扣分："), self.deduction_points)))
        self.forms.addWidget(QLabel(self.tr("实体评查项目不计分：任一项不通过，案卷按本次评查的否决项规则处理。"
                                            "选中本组后点“添加评查项”可增加否决项。"), wordWrap=True))
        self.veto_text = QLineEdit()
        veto_types, self.veto_type_boxes = self._case_type_grid()
        self.forms.addWidget(self._form((self.tr("否决项内容："), self.veto_text), (self.tr("适用案卷类型："), veto_types)))
        for edit in (self.section_title, self.item_text, self.item_points, self.deduction_text, self.deduction_points, self.veto_text):
            edit.textEdited.connect(lambda *_: self._form_edited())
        self.item_document.activated.connect(lambda *_: self._form_edited())
        for box in (*self.case_type_boxes.values(), *self.veto_type_boxes.values()):
            box.clicked.connect(lambda *_: self._form_edited())

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.check = QLabel()
        self.check.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.forms)
        right_layout.addWidget(QLabel(self.tr("各类案卷分值合计：")))
        right_layout.addWidget(self.totals)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.check)
        self._read_only = False

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if watched is self.tree and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Delete:
                self.delete_current()
                return True
            if event.key() in (Qt.Key_Up, Qt.Key_Down) and event.modifiers() & Qt.ControlModifier:
                self.move_current(-1 if event.key() == Qt.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _case_type_grid() -> tuple[QWidget, dict[CaseType, QCheckBox]]:
        boxes = {case_type: QCheckBox(label(case_type.label)) for case_type in ALL_CASE_TYPES}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(boxes.values()):
            grid.addWidget(box, n // 2, n % 2)
        return grid_widget, boxes

    @staticmethod
    def _form(*rows: tuple[str, QWidget]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for text, widget in rows:
            form.addRow(text, widget)
        return page

    # --- loading and reading back ----------------------------------------------------------
    def load(self, rubric: Rubric, read_only: bool = False) -> None:
        self.data = rubric.to_dict()
        self._read_only = read_only
        self.tree.clear()
        group = self._node(None, VETO_GROUP, {})
        for veto in self.data["veto_items"]:
            self._node(group, VETO, veto)
        for section in self.data["sections"]:
            node = self._node(None, SECTION, {k: v for k, v in section.items() if k != "items"})
            for item in section["items"]:
                child = self._node(node, ITEM, {k: v for k, v in item.items() if k != "deductions"})
                for deduction in item["deductions"]:
                    self._node(child, DEDUCTION, deduction)
        self.tree.expandToDepth(0)
        for widget in (self.add_section_button, self.add_item_button, self.add_deduction_button,
                       self.delete_button, self.up_button, self.down_button, self.forms):
            widget.setEnabled(not read_only)
        self._changed()

    def rubric(self) -> Rubric | None:
        try:
            return rubric_from_dict(self._as_dict(), self.tr("评分细则"))
        except RubricError as error:
            self.check.setText(str(error))
            self.check.setStyleSheet(ERROR_STYLE)
            return None

    def _as_dict(self) -> dict[str, Any]:
        data = copy.deepcopy({k: v for k, v in self.data.items() if k not in ("sections", "veto_items")})
        data["sections"], data["veto_items"] = [], []
        for s in range(self.tree.topLevelItemCount()):
            section_node = self.tree.topLevelItem(s)
            if self._kind(section_node) == VETO_GROUP:
                data["veto_items"] = [dict(section_node.child(v).data(0, Qt.UserRole)) for v in range(section_node.childCount())]
                continue
            section = dict(section_node.data(0, Qt.UserRole), items=[])
            for i in range(section_node.childCount()):
                item_node = section_node.child(i)
                deductions = [dict(item_node.child(d).data(0, Qt.UserRole)) for d in range(item_node.childCount())]
                section["items"].append(dict(item_node.data(0, Qt.UserRole), deductions=deductions))
            data["sections"].append(section)
        return data

    # --- the tree -------------------------------------------------------------------------
    def _node(self, parent: QTreeWidgetItem | None, kind: int, values: dict[str, Any], at: int | None = None) -> QTreeWidgetItem:
        node = QTreeWidgetItem()
        node.setData(0, Qt.UserRole, values)
        node.setData(1, Qt.UserRole, kind)
        self._describe(node)
        if parent is None:
            self.tree.insertTopLevelItem(self.tree.topLevelItemCount() if at is None else at, node)
        else:
            parent.insertChild(parent.childCount() if at is None else at, node)
        return node

    def _describe(self, node: QTreeWidgetItem) -> None:
        values, kind = node.data(0, Qt.UserRole), node.data(1, Qt.UserRole)
        if kind == VETO_GROUP:
            node.setText(0, self.tr("实体评查（一票否决）"))
        elif kind == VETO:
            node.setText(0, f"{values['id']}  {values['text']}")
            node.setToolTip(0, values["text"])
            node.setText(1, self.tr("否决"))
        elif kind == SECTION:
            node.setText(0, values["title"])
        elif kind == ITEM:
            node.setText(0, f"{values['id']}  {values['text']}")
            node.setToolTip(0, values["text"])
            node.setText(1, values["max_points"])
            doc = values.get("document_type")
            node.setText(2, label(DOCUMENT_TYPE_LABELS[DocumentType(doc)]) if doc else "")
        else:
            node.setText(0, f"－ {values['text']}")
            node.setToolTip(0, values["text"])
            node.setText(1, f"−{values['points']}")

    def _kind(self, node: QTreeWidgetItem | None) -> int | None:
        return None if node is None else node.data(1, Qt.UserRole)

    def _taken_ids(self) -> set[str]:
        data = self._as_dict()
        taken = {v["id"] for v in data["veto_items"]} | {s["id"] for s in data["sections"]}
        for section in data["sections"]:
            for item in section["items"]:
                taken |= {item["id"]} | {d["id"] for d in item["deductions"]}
        return taken

    def _owner(self, kind: int) -> QTreeWidgetItem | None:
        """The selected node, or its ancestor, of the given kind."""
        node = self.tree.currentItem()
        while node is not None and self._kind(node) != kind:
            node = node.parent()
        return node

    def _select(self, node: QTreeWidgetItem) -> None:
        if node.parent() is not None:
            node.parent().setExpanded(True)
        self.tree.setCurrentItem(node)
        self._changed()

    def add_section(self) -> QTreeWidgetItem:
        current = self._owner(SECTION)
        at = self.tree.indexOfTopLevelItem(current) + 1 if current is not None else None
        node = self._node(None, SECTION, {"id": fresh_id(self._taken_ids(), "S"), "title": self.tr("新环节")}, at)
        self._select(node)
        self.section_title.setFocus()
        self.section_title.selectAll()
        return node

    def add_item(self) -> QTreeWidgetItem | None:
        group = self._owner(VETO_GROUP)
        if group is not None:
            current = self._owner(VETO)
            at = group.indexOfChild(current) + 1 if current is not None else None
            node = self._node(group, VETO, {"id": fresh_id(self._taken_ids(), "V"), "text": self.tr("新否决项"),
                                            "case_types": "all"}, at)
            self._select(node)
            self.veto_text.setFocus()
            self.veto_text.selectAll()
            return node
        section = self._owner(SECTION)
        if section is None:
            return None
        current = self._owner(ITEM)
        at = section.indexOfChild(current) + 1 if current is not None else None
        node = self._node(section, ITEM, {"id": fresh_id(self._taken_ids(), "N"), "text": self.tr("新评查项"),
                                          "max_points": "0", "document_type": None, "case_types": "all"}, at)
        self._select(node)
        self.item_text.setFocus()
        self.item_text.selectAll()
        return node

    def add_deduction(self) -> QTreeWidgetItem | None:
        item = self._owner(ITEM)
        if item is None:
            return None
        current = self.tree.currentItem() if self._kind(self.tree.currentItem()) == DEDUCTION else None
        at = item.indexOfChild(current) + 1 if current is not None else None
        node = self._node(item, DEDUCTION, {"id": fresh_id(self._taken_ids(), item.data(0, Qt.UserRole)["id"] + "-"),
                                            "text": self.tr("新扣分情形"), "points": "1"}, at)
        self._select(node)
        self.deduction_text.setFocus()
        self.deduction_text.selectAll()
        return node

    def delete_current(self) -> None:
        node = self.tree.currentItem()
        if node is None or self._read_only or self._kind(node) == VETO_GROUP:
            return
        parent = node.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(node))
        else:
            parent.removeChild(node)
        self._changed()

    def move_current(self, step: int) -> None:
        node = self.tree.currentItem()
        if node is None or self._read_only:
            return
        parent = node.parent()
        siblings = parent.childCount() if parent else self.tree.topLevelItemCount()
        index = parent.indexOfChild(node) if parent else self.tree.indexOfTopLevelItem(node)
        target = index + step
        if not 0 <= target < siblings or VETO_GROUP in (self._kind(node), self._kind(self.tree.topLevelItem(target)) if parent is None else None):
            return  # the veto items stay first
        expanded = node.isExpanded()
        if parent is None:
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, node)
        else:
            parent.takeChild(index)
            parent.insertChild(target, node)
        node.setExpanded(expanded)
        self._select(node)

    # --- the form -------------------------------------------------------------------------
    def _show_form(self) -> None:
        node = self.tree.currentItem()
        kind = self._kind(node)
        self.forms.setCurrentIndex(0 if kind is None else kind + 1)
        if kind is None:
            return
        values = node.data(0, Qt.UserRole)
        if kind == VETO:
            self.veto_text.setText(values["text"])
            self._show_case_types(self.veto_type_boxes, values["case_types"])
        elif kind == SECTION:
            self.section_title.setText(values["title"])
        elif kind == ITEM:
            self.item_text.setText(values["text"])
            self.item_points.setText(values["max_points"])
            self.item_document.setCurrentIndex(max(0, self.item_document.findData(values.get("document_type"))))
            self._show_case_types(self.case_type_boxes, values["case_types"])
        elif kind == DEDUCTION:
            self.deduction_text.setText(values["text"])
            self.deduction_points.setText(values["points"])

    @staticmethod
    def _show_case_types(boxes: dict[CaseType, QCheckBox], case_types: Any) -> None:
        for case_type, box in boxes.items():
            box.setChecked(case_types == "all" or case_type.value in case_types)

    @staticmethod
    def _chosen_case_types(boxes: dict[CaseType, QCheckBox]) -> Any:
        chosen = [c.value for c, box in boxes.items() if box.isChecked()]
        return "all" if len(chosen) == len(ALL_CASE_TYPES) else chosen

    def _form_edited(self) -> None:
        node = self.tree.currentItem()
        kind = self._kind(node)
        if kind is None or kind == VETO_GROUP:
            return
        values = dict(node.data(0, Qt.UserRole))
        if kind == VETO:
            values.update(text=self.veto_text.text(), case_types=self._chosen_case_types(self.veto_type_boxes))
        elif kind == SECTION:
            values["title"] = self.section_title.text()
        elif kind == ITEM:
            values.update(text=self.item_text.text(), max_points=self.item_points.text() or "0",
                          document_type=self.item_document.currentData(),
                          case_types=self._chosen_case_types(self.case_type_boxes))
        else:
            values.update(text=self.deduction_text.text(), points=self.deduction_points.text() or "0")
        node.setData(0, Qt.UserRole, values)
        self._describe(node)
        self._changed()

    # --- the live check ---------------------------------------------------------------------
    def _changed(self) -> None:
        rubric = self.rubric()
        if rubric is not None:
            lines = []
            for case_type in ALL_CASE_TYPES:
                total = rubric.total_for(case_type)
                mark = "✓" if total == rubric.max_points else ("—" if not total else "✗")
                lines.append(f"{mark} {label(case_type.label)}：{total} / {rubric.max_points}")
            self.totals.setText("\n".join(lines))
            problems = self.problems(rubric)
            self.check.setText("；".join(problems) if problems
                               else self.tr("各类案卷分值合计均为 {max} 分。").format(max=rubric.max_points))
            self.check.setStyleSheet(ERROR_STYLE if problems else OK_STYLE)
        self.changed.emit()

    def problems(self, rubric: Rubric) -> list[str]:
        problems = rubric.total_problems()
        if not any(section.items for section in rubric.sections):
            problems.append(self.tr("还没有评查项"))
        return problems

    def is_acceptable(self) -> bool:
        rubric = self.rubric()
        return rubric is not None and not self.problems(rubric)


class RoundRubricDialog(QDialog):
    """The round's own rubric: editable until the first package goes out or the first sheet exists."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("评分细则"))
        self.database = database
        with database.session() as session:
            round_record = only_round(session)
            rubric, locked = round_rubric(round_record), scoring_started(session, round_record)
        self.editor = RubricEditor()
        self.editor.load(rubric, read_only=locked is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel if locked is None else QDialogButtonBox.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        if self.save_button is not None:
            self.editor.changed.connect(lambda: self.save_button.setEnabled(self.editor.is_acceptable()))
        layout = QVBoxLayout(self)
        if locked is not None:
            layout.addWidget(QLabel(self.tr("{reason}：评分细则只能查看，不能再修改。").format(reason=locked)))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 700))

    def save(self) -> None:
        rubric = self.editor.rubric()
        if rubric is None:
            return
        try:
            with self.database.session() as session:
                set_round_rubric(session, only_round(session), rubric)
        except RubricError as error:
            self.editor.check.setText(str(error))
            self.editor.check.setStyleSheet(ERROR_STYLE)
            return
        self.accept()
