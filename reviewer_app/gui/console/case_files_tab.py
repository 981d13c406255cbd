"""案卷登记: the round's case files and their documents. Folders dropped here (or chosen) are
taken in; the case and document types inferred from names can be corrected until scoring starts."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.core.vocabulary import DOCUMENT_TYPE_LABELS, CaseType, DocumentType
from reviewer_app.gui.widgets.choice_delegate import CHOICE, ChoiceDelegate
from reviewer_app.gui.widgets.feedback import REFUSED_STYLE, OutcomeLabel
from reviewer_app.gui.operations import run_with_progress
from reviewer_app.gui.widgets.tables import text_table
from reviewer_app.gui.vocabulary import label
from reviewer_app.store.backup import backup_database
from reviewer_app.store.database import Database
from reviewer_app.store.intake import IntakeError, correct_case_type, correct_document_type, intake_dropped, unit_warnings
from reviewer_app.store.rounds import only_round, scoring_started
from reviewer_app.store.schema import CaseFileRecord


def case_types() -> list[tuple[str, str]]:
    return [(label(t.label), t.value) for t in CaseType]  # in the interface's language of the moment


def document_types() -> list[tuple[str, str]]:
    return [(label(DOCUMENT_TYPE_LABELS[t]), t.value) for t in DocumentType]
EDIT_TRIGGERS = QAbstractItemView.DoubleClicked | QAbstractItemView.SelectedClicked | QAbstractItemView.EditKeyPressed


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    return item


def _choice_item(choices: list[tuple[str, str]], value: str, editable: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(next((text for text, v in choices if v == value), value))
    item.setData(CHOICE, value)
    if editable:
        item.setToolTip(QCoreApplication.translate("CaseFilesTab", "双击（或按 F2）更正"))
    else:
        item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    return item


class CaseFilesTab(QWidget):
    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.setAcceptDrops(True)
        hint = QLabel(self.tr("把单位文件夹（或包含各单位文件夹的文件夹，结构为“单位/案卷/文书”）拖到这里即可登记案卷。"
                              "文书类型按首页标题（或文号）推断，没有标题时才看文件名；案卷类型按名称和文书推断。如有不对，双击表中的类型即可更正。"))
        hint.setWordWrap(True)
        choose = QPushButton(self.tr("登记案卷文件夹…"))
        choose.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(choose)
        self.cases = text_table([self.tr("编号"), self.tr("参评单位"), self.tr("案卷名称"), self.tr("案卷类型"),
                             self.tr("文书"), self.tr("页数"), self.tr("移动执法平台记录")], fit_columns=False)
        self.cases.currentCellChanged.connect(lambda row, *_: self._show_documents(row))
        self.cases.setItemDelegateForColumn(3, ChoiceDelegate(
            case_types(), lambda row, value: self.correct_case(self.rows[row][0], CaseType(value)), self.cases))
        self.documents = text_table([self.tr("序号"), self.tr("文件"), self.tr("文书类型"), self.tr("页数"), self.tr("类型依据")],
                                    fit_columns=False)
        self.documents.setItemDelegateForColumn(2, ChoiceDelegate(
            document_types(), lambda row, value: self.correct_document(self.shown[row], DocumentType(value)), self.documents))
        for table in (self.cases, self.documents):
            table.setEditTriggers(EDIT_TRIGGERS)
        splitter = QSplitter()
        splitter.addWidget(self.cases)
        splitter.addWidget(self.documents)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.lock = QLabel()
        self.message = OutcomeLabel()
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(110)
        self.warnings.setStyleSheet(REFUSED_STYLE)
        self.warnings.setToolTip(self.tr("组卷和报送要求：登记或更正后即时更新"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.warnings)
        self.rows: list[tuple[str, list[tuple[int, int, str, str, int, str]]]] = []
        self.shown: list[int] = []  # the listed documents' ids
        self.editable = True

    # --- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            locked = scoring_started(session, round_record)
            # Documents and units in two queries, not one per case file (800 at a provincial round).
            loaded = session.scalars(select(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id)
                                     .options(selectinload(CaseFileRecord.documents), selectinload(CaseFileRecord.unit)))
            cases = sorted(loaded, key=lambda c: (c.unit.name if c.unit else "", c.title))
            listed = [(c.code, c.unit.name if c.unit else "", c.title, c.case_type,
                       [(d.id, d.position, Path(d.path).name, d.doc_type, d.pages, d.type_basis) for d in c.documents],
                       c.platform_evidence) for c in cases]
            warnings = unit_warnings(round_record)
        self.editable = locked is None
        self.lock.setText("" if self.editable else self.tr("{reason}：案卷和文书类型已不能更正。").format(reason=locked))
        current, choices = self.cases.currentRow(), case_types()
        self.cases.setRowCount(len(listed))
        self.rows = []
        for r, (code, unit, title, case_type, documents, evidence) in enumerate(listed):
            self.rows.append((code, documents))
            platform = evidence or self.tr("未识别")  # what intake took for the platform mark, to check by eye
            for c, text in enumerate((code, unit, title, "", str(len(documents)), str(sum(d[4] for d in documents)), platform)):
                self.cases.setItem(r, c, _choice_item(choices, case_type, self.editable) if c == 3 else _item(text))
        self.cases.resizeColumnsToContents()
        self.warnings.clear()
        self.warnings.addItems(warnings)
        self.warnings.setVisible(bool(warnings))
        if listed:
            self.cases.selectRow(min(max(current, 0), len(listed) - 1))
        self._show_documents(self.cases.currentRow())

    def _show_documents(self, row: int) -> None:
        documents = self.rows[row][1] if 0 <= row < len(self.rows) else []
        self.documents.setRowCount(len(documents))
        self.shown = [document[0] for document in documents]
        choices = document_types()
        for r, (_, position, name, doc_type, pages, basis) in enumerate(documents):
            self.documents.setItem(r, 0, _item(f"{position:02d}"))
            self.documents.setItem(r, 1, _item(name))
            self.documents.setItem(r, 2, _choice_item(choices, doc_type, self.editable))
            self.documents.setItem(r, 3, _item(str(pages)))
            # what decided the type (标题, 文号, 文件名, 秘书处更正), what was read in the tooltip
            basis_item = _item(basis.split("：")[0] + ("（文字识别）" if basis.endswith("（文字识别）") else ""))
            basis_item.setToolTip(basis)
            self.documents.setItem(r, 4, basis_item)
        self.documents.resizeColumnsToContents()

    def case_type_of(self, code: str) -> CaseType:
        row = next(n for n, (c, _) in enumerate(self.rows) if c == code)
        return CaseType(self.cases.item(row, 3).data(CHOICE))

    # --- correcting ---------------------------------------------------------------------------
    def correct_case(self, code: str, case_type: CaseType) -> None:
        self._apply(lambda session: correct_case_type(session, only_round(session), code, case_type),
                    self.tr("{code} 的案卷类型已更正为“{type}”。").format(code=code, type=label(case_type.label)))

    def correct_document(self, document_id: int, doc_type: DocumentType) -> None:
        self._apply(lambda session: correct_document_type(session, only_round(session), document_id, doc_type),
                    self.tr("文书类型已更正为“{type}”。").format(type=label(DOCUMENT_TYPE_LABELS[doc_type])))

    def _apply(self, change: Callable, done: str) -> None:  # noqa: ANN001
        try:
            with self.database.session() as session:
                change(session)
        except IntakeError as error:
            self.message.say(str(error), error=True)
        else:
            self.message.say(done)
        self.on_change()  # the window reloads every tab, this one too

    # --- taking folders in ----------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择单位文件夹或包含各单位文件夹的文件夹"))
        if folder:
            self.intake([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and Path(u.toLocalFile()).is_dir() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        event.acceptProposedAction()
        self.intake([Path(u.toLocalFile()) for u in event.mimeData().urls()])

    def intake(self, folders: list[Path]) -> None:
        """All or nothing: a bad folder or file is named and nothing is recorded."""
        path = self.database.path

        def work(report):  # noqa: ANN001, ANN202
            report(0, 0, self.tr("正在检查每份文书能否打开、读取和显示……"))
            database = Database(path)  # this thread's own connection
            try:
                with database.session() as session:
                    return intake_dropped(session, only_round(session), folders, path.parent, report)
            finally:
                database.close()

        backup_database(path, "intake")
        try:
            result = run_with_progress(self, self.tr("正在登记案卷……"), work)
        except (IntakeError, OSError) as error:
            self.message.say(self.tr("未登记任何案卷：{error}").format(error=error), error=True)
            return
        said = self.tr("已登记 {cases} 件案卷、{documents} 份文书。新案卷尚未分配评审人员：请到“评分进度”页自动分配或手工分配。").format(
            cases=result.case_files, documents=result.documents)
        if result.refused:
            said += "\n" + self.tr("以下案卷未登记，请更换有问题的文书后再拖入：") + "\n" + "\n".join(result.refused)
        self.message.say(said, error=bool(result.refused))
        self.on_change()

