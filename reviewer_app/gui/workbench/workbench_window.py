"""The reviewer workbench: case files on the left, documents in the centre, the score sheet
on the right. Every edit is saved at once and can be undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSize, QItemSelectionModel, Qt
from sqlalchemy import select
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.gui.vocabulary import label
from reviewer_app.core.vocabulary import CaseType, SheetStatus
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyFileError, WrongPassphrase, create_key_file, open_key_file
from reviewer_app.exchange.packages import open_package, package_folder
from reviewer_app.exchange.trust import TrustError, trusted_keys
from reviewer_app.exchange.returns import export_return
from reviewer_app.gui.workbench.case_file_list import CaseFileFilter, CaseFileListModel, EntryRole
from reviewer_app.gui.workbench.document_viewer import DocumentViewer
from reviewer_app.gui.menus import add_help_menu, add_settings_menu
from reviewer_app.gui.workbench.scoring_panel import ScoringPanel
from reviewer_app.gui.operations import run_with_progress
from reviewer_app.gui.workbench.passphrase import ask_for_keys
from reviewer_app.gui.settings import app_settings
from reviewer_app.gui.workbench.sign_dialog import SignDialog
from reviewer_app.store.database import Database
from reviewer_app.store.precheck import set_verdict, stored_leads
from reviewer_app.store.rounds import only_round, round_identity, round_rubric, round_rules
from reviewer_app.store.schema import AssignmentRecord, ReviewerRecord, SheetRecord
from reviewer_app.store.scoring import (
    SheetIncomplete,
    SheetLocked,
    SignerMark,
    canonical_sheet,
    current_sheet,
    load_sheet,
    missing_answers,
    put_comment,
    put_falsification,
    put_submission_concern,
    put_mark,
    put_veto,
    revise_sheet,
    sign_sheet,
)
from reviewer_app.store.workbench_queries import Progress, case_documents, entry_for, reviewer_case_files
from reviewer_app.user_dirs import data_dir, key_file
from reviewer_app.gui.widgets.screen_fit import fit_to_screen


class AnswerChange(QUndoCommand):
    """One scoring action: put `after` in place; undo puts `before` back."""

    def __init__(self, text: str, apply: Callable[[Any], None], before: Any, after: Any) -> None:
        super().__init__(text)
        self.apply, self.before, self.after = apply, before, after

    def redo(self) -> None:
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)


class WorkbenchWindow(QMainWindow):
    def __init__(self, database_path: Path, reviewer_id: int) -> None:
        super().__init__()
        self.database = Database(database_path)
        self.round_folder = database_path.parent
        with self.database.session() as session:
            reviewer = session.get(ReviewerRecord, reviewer_id)
            self.reviewer_name = reviewer.name
            self.signers = [m for m in reviewer.members.splitlines() if m] or [reviewer.name]
            self.round_id = reviewer.round.id
            self.round_identity = round_identity(reviewer.round)
            self.round_name = reviewer.round.name
            self.rubric = round_rubric(reviewer.round)
            self.rules = round_rules(reviewer.round)
        self.reviewer_id = reviewer_id
        self.assignment_id: int | None = None
        self.sheet_id: int | None = None
        self.undo_stacks: dict[int, QUndoStack] = {}
        self.undo_stack = QUndoStack(self)
        self.message_box: QMessageBox | None = None
        self.sign_dialog: SignDialog | None = None
        self.other_windows: list[WorkbenchWindow] = []
        self.setAcceptDrops(True)

        self.case_model = CaseFileListModel(self)
        self.case_filter = CaseFileFilter(self)
        self.case_filter.setSourceModel(self.case_model)
        self.case_list = QListView()
        self.case_list.setObjectName("caseFileList")
        self.case_list.setModel(self.case_filter)
        self.case_list.selectionModel().currentChanged.connect(self._case_selected)
        self.progress_filter = QComboBox()
        self.progress_filter.addItem(self.tr("全部状态"), None)
        for progress in Progress:
            self.progress_filter.addItem(label(progress.label), progress)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("全部类型"), None)
        for case_type in CaseType:
            self.type_filter.addItem(label(case_type.label), case_type)
        self.progress_filter.currentIndexChanged.connect(self._filter_changed)
        self.type_filter.currentIndexChanged.connect(self._filter_changed)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("评审人员：{name}").format(name=self.reviewer_name)))
        left_layout.addWidget(self.progress_filter)
        left_layout.addWidget(self.type_filter)
        left_layout.addWidget(self.case_list)
        left_layout.addWidget(self.progress_label)
        left_layout.addWidget(self.progress_bar)

        self.viewer = DocumentViewer()
        self.viewer.position_changed.connect(self._position_changed)
        self.viewer.document_changed.connect(self._document_changed)

        self.panel = ScoringPanel()
        self.panel.mark_edited.connect(lambda before, after: self._push(self.tr("评分 {item}").format(item=after.item_id), self._put_mark, before, after))
        self.panel.veto_edited.connect(lambda item_id, before, after: self._push(
            self.tr("实体评查 {item}").format(item=item_id), lambda value, i=item_id: self._put_veto(i, value), before, after))
        self.panel.falsification_edited.connect(lambda before, after: self._push(self.tr("造假情况"), self._put_falsification, before, after))
        self.panel.submission_edited.connect(lambda before, after: self._push(self.tr("报送要求"), self._put_submission, before, after))
        self.panel.comment_edited.connect(lambda before, after: self._push(self.tr("评审意见"), self._put_comment, before, after))
        self.panel.notice.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.panel.current_changed.connect(self._follow_item)
        self.panel.open_page.connect(lambda document_id, page: self.viewer.show_document_at(document_id, page))
        self.panel.lead_answered.connect(self._answer_lead)
        self.sign_button = QPushButton(self.tr("签名 (Ctrl+Shift+S)"))
        self.sign_button.clicked.connect(self.sign)
        self.revise_button = QPushButton(self.tr("修订"))
        self.revise_button.clicked.connect(self.revise)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.sign_button)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.viewer)
        self.splitter.addWidget(right)
        self.splitter.setSizes([220, 640, 640])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.setWindowTitle(self.tr("评审工作台 — {round}").format(round=self.round_name))
        fit_to_screen(self, QSize(1500, 900))
        self._restore_layout()
        self.reload_case_files()
        if self.case_filter.rowCount():
            self.case_list.setCurrentIndex(self.case_filter.index(0, 0))

    # --- menus and shortcuts ----------------------------------------------------------
    def _action(self, menu, text: str, slot: Callable, shortcut: QKeySequence | str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(file_menu, self.tr("打开评审包(&O)…"), self.choose_package, QKeySequence.Open)
        self._action(file_menu, self.tr("导出评分回传文件(&E)…"), self.choose_return_file, "Ctrl+E")
        self.trust_action = self._action(file_menu, self.tr("信任秘书处(&T)…"), self.trust_secretariat)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("关闭(&C)"), self.close, QKeySequence.Close)
        edit = bar.addMenu(self.tr("编辑(&E)"))
        undo = self.undo_action = self._action(edit, self.tr("撤销"), lambda: self.undo_stack.undo(), QKeySequence.Undo)
        redo = self.redo_action = self._action(edit, self.tr("重做"), lambda: self.undo_stack.redo(), QKeySequence.Redo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        go = bar.addMenu(self.tr("浏览(&G)"))
        self._action(go, self.tr("下一评查项"), self.panel.next_item, "Alt+Down")
        self._action(go, self.tr("上一评查项"), self.panel.previous_item, "Alt+Up")
        self._action(go, self.tr("本项无扣分"), self.no_deduction_for_current_item, "Ctrl+0")
        go.addSeparator()
        self._action(go, self.tr("下一份文书"), self.viewer.next_document, "Ctrl+PgDown")
        self._action(go, self.tr("上一份文书"), self.viewer.previous_document, "Ctrl+PgUp")
        self._action(go, self.tr("下一页"), self.viewer.next_page, "Alt+Right")
        self._action(go, self.tr("上一页"), self.viewer.previous_page, "Alt+Left")
        go.addSeparator()
        self._action(go, self.tr("下一件案卷"), lambda: self.step_case_file(1), "Ctrl+Shift+Down")
        self._action(go, self.tr("上一件案卷"), lambda: self.step_case_file(-1), "Ctrl+Shift+Up")
        sheet = bar.addMenu(self.tr("评分表(&S)"))
        self._action(sheet, self.tr("签名…"), self.sign, "Ctrl+Shift+S")
        self._action(sheet, self.tr("修订…"), self.revise)
        add_settings_menu(self)
        add_help_menu(self)

    def _sync_undo_actions(self) -> None:
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setText(self.tr("撤销 {what}").format(what=self.undo_stack.undoText()).strip())
        self.redo_action.setText(self.tr("重做 {what}").format(what=self.undo_stack.redoText()).strip())

    # --- case files --------------------------------------------------------------------
    def reload_case_files(self) -> None:
        with self.database.session() as session:
            entries = reviewer_case_files(session, self.reviewer_id)
        self.case_model.set_entries(entries)
        self._update_progress()

    def _update_progress(self) -> None:
        entries = self.case_model.entries
        signed = sum(1 for e in entries if e.progress is Progress.SIGNED)
        self.progress_label.setText(self.tr("已签名 {signed} / {total} 件").format(signed=signed, total=len(entries)))
        self.progress_bar.setMaximum(max(1, len(entries)))
        self.progress_bar.setValue(signed)

    def _filter_changed(self) -> None:
        self.case_filter.set_filter(self.progress_filter.currentData(), self.type_filter.currentData())

    def step_case_file(self, step: int) -> None:
        row = self.case_list.currentIndex().row() + step
        if 0 <= row < self.case_filter.rowCount():
            self.case_list.setCurrentIndex(self.case_filter.index(row, 0))

    def select_case_file(self, code: str) -> None:
        for row in range(self.case_filter.rowCount()):
            if self.case_filter.index(row, 0).data(EntryRole).code == code:
                self.case_list.selectionModel().setCurrentIndex(
                    self.case_filter.index(row, 0), QItemSelectionModel.ClearAndSelect)
                return
        raise KeyError(code)

    def _case_selected(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        if self.sheet_id:
            self.panel.flush()
        entry = current.data(EntryRole)
        self.assignment_id = entry.assignment_id
        with self.database.session() as session:
            record = current_sheet(session, entry.assignment_id)
            self.sheet_id = record.id
            documents = case_documents(session, entry.assignment_id, self.round_folder)
            leads = stored_leads(session, only_round(session), record.assignment.case_file_id)
        self.undo_stack = self.undo_stacks.setdefault(entry.assignment_id, QUndoStack(self))
        self.undo_stack.indexChanged.connect(self._sync_undo_actions)
        self._sync_undo_actions()
        self.panel.build(self.rubric, entry.case_type, self.rules.veto_policy,
                         {d.id: f"{d.position:02d} {d.title}" for d in documents})
        self.panel.show_leads(leads, {d.position: d.id for d in documents})
        self.viewer.show_documents(documents)
        self.show_current_sheet()

    def _answer_lead(self, lead_id: int, verdict: str) -> None:
        with self.database.session() as session:
            set_verdict(session, lead_id, verdict)
        self.statusBar().showMessage(self.tr("预审提示：{answer}").format(
            answer=self.tr("已核实") if verdict == "confirmed" else self.tr("不成立") if verdict == "dismissed" else self.tr("待核实")), 4000)

    def show_current_sheet(self) -> None:
        with self.database.session() as session:
            record = session.get(SheetRecord, self.sheet_id)
            sheet = load_sheet(session, self.sheet_id)
            signed = record.status == SheetStatus.SIGNED.value
            note = self.tr("第 {revision} 版").format(revision=record.revision)
            note += self.tr("，已签名（只读）") if signed else self.tr("，草稿：每项修改即时保存")
            entry = entry_for(session.get(AssignmentRecord, self.assignment_id))
        self.panel.show_sheet(sheet, read_only=signed, revision_note=note)
        self.sign_button.setEnabled(not signed)
        self.revise_button.setEnabled(signed)
        self.case_model.update_entry(entry)
        self._update_progress()

    # --- the viewer tells the panel where the reviewer is reading ---------------------
    def _position_changed(self, document_id: int, page: int) -> None:
        from reviewer_app.core.score_sheet import PageRef

        self.panel.current_ref = PageRef(document_id, page)

    def _follow_item(self, widget) -> None:  # noqa: ANN001
        """Moving to a rubric item shows the document it is about: at the page its deductions last
        cited, or where the reviewer last read it. Reading that kind of document already, stay."""
        wanted = widget.item.document_type
        shown = self.viewer.current
        if wanted is None or (shown is not None and shown.doc_type == wanted):
            return
        of_type = {d.id for d in self.viewer.documents if d.doc_type == wanted}
        cited = [d.ref for d in widget.mark.deductions if d.ref is not None and d.ref.document_id in of_type]
        if cited:
            self.viewer.show_document_at(cited[-1].document_id, cited[-1].page)
        elif of_type:
            self.viewer.show_document_at(next(d.id for d in self.viewer.documents if d.doc_type == wanted))

    def _document_changed(self, document) -> None:  # noqa: ANN001
        if document is not None:
            self.panel.set_document(document.doc_type, document.title)

    # --- edits: saved at once, undoable -----------------------------------------------
    def _push(self, text: str, apply: Callable[[Any], None], before: Any, after: Any) -> None:
        self.undo_stack.push(AnswerChange(text, apply, before, after))

    def _save(self, change: Callable) -> None:  # noqa: ANN001
        try:
            with self.database.session() as session:
                change(session)
        except SheetLocked as error:
            self.statusBar().showMessage(str(error), 8000)
        self.show_current_sheet()

    def _put_mark(self, mark) -> None:  # noqa: ANN001
        self._save(lambda session: put_mark(session, self.sheet_id, mark))

    def _put_veto(self, item_id: str, passed: bool | None) -> None:
        self._save(lambda session: put_veto(session, self.sheet_id, item_id, passed))

    def _put_falsification(self, answer) -> None:  # noqa: ANN001
        self._save(lambda session: put_falsification(session, self.sheet_id, answer))

    def _put_submission(self, answer) -> None:  # noqa: ANN001
        self._save(lambda session: put_submission_concern(session, self.sheet_id, answer))

    def _put_comment(self, text: str) -> None:
        self._save(lambda session: put_comment(session, self.sheet_id, text))

    def no_deduction_for_current_item(self) -> None:
        item = self.panel.current_item()
        if item is not None and not self.panel.read_only:
            item.set_no_deduction()

    # --- signing and revising ---------------------------------------------------------
    def _tell(self, title: str, text: str) -> None:
        self.message_box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, self)
        self.message_box.open()

    def sign(self) -> None:
        self.panel.flush()
        with self.database.session() as session:
            missing = missing_answers(session, self.sheet_id)
        if missing:
            self._jump_to(missing[0])
            lines = "\n".join(f"· {m.message}" for m in missing[:12])
            more = self.tr("\n…共 {count} 处").format(count=len(missing)) if len(missing) > 12 else ""
            self._tell(self.tr("评分表尚未完成"), self.tr("以下内容需要先完成，才能签名：\n") + lines + more)
            return
        with self.database.session() as session:
            sheet = load_sheet(session, self.sheet_id)
        from reviewer_app.core.score_sheet import total_sheet

        total = total_sheet(self.rubric, sheet)
        summary = self.tr("案卷 {code}（{type}），第 {revision} 版\n本表得分：{score}；实体评查：{veto}；造假情况：{fals}").format(
            code=self.case_model.entries[self.case_model.row_of(self.assignment_id)].code,
            type=label(sheet.case_type.label), revision=sheet.revision,
            score=total.score(self.rules.veto_policy), veto=self.tr("不通过") if total.veto_failed else self.tr("通过"),
            fals=label(sheet.falsification.label),
        )
        if sheet.submission_concern.strip():
            summary += self.tr("\n报送要求：{concern}（提请秘书处认定）").format(concern=sheet.submission_concern.strip())
        self.sign_dialog = SignDialog(summary, self.signers, creating_key=not key_file().exists(), parent=self)
        self.sign_dialog.buttons.accepted.disconnect()
        self.sign_dialog.buttons.accepted.connect(self._finish_signing)
        self.sign_dialog.open()

    def _finish_signing(self) -> None:
        dialog = self.sign_dialog
        passphrase = dialog.passphrase.text()
        try:
            keys = create_key_file(key_file(), passphrase) if dialog.creating_key else open_key_file(key_file(), passphrase)
        except (WrongPassphrase, KeyFileError) as error:
            dialog.show_error(str(error))
            return
        with self.database.session() as session:
            signature = keys.sign(canonical_sheet(session, self.sheet_id))
            marks = [SignerMark(signer, png, signature, keys.public.fingerprint) for signer, png in dialog.signatures().items()]
            try:
                sign_sheet(session, self.sheet_id, marks)
            except SheetIncomplete as error:
                dialog.show_error(str(error))
                return
        dialog.accept()
        self.undo_stack.clear()
        self.show_current_sheet()
        self.statusBar().showMessage(self.tr("已签名。签名密钥指纹：{fp}").format(fp=keys.public.short_fingerprint), 10000)

    def _jump_to(self, missing) -> None:  # noqa: ANN001
        if missing.kind in ("item", "reason"):
            for n, widget in enumerate(self.panel.items):
                if widget.item.id == missing.target:
                    self.panel.set_current(n)
                    return
        elif missing.kind == "veto":
            self.panel.scroll.ensureWidgetVisible(self.panel.vetoes[missing.target])
        elif missing.kind == "submission":
            self.panel.scroll.ensureWidgetVisible(self.panel.submission)
            self.panel.submission.concern.setFocus()
        elif missing.kind == "comment":
            self.panel.scroll.ensureWidgetVisible(self.panel.comment)
            self.panel.comment.editor.setFocus()
        else:
            self.panel.scroll.ensureWidgetVisible(self.panel.falsification)

    def revise(self) -> None:
        """Ask why, then open a new draft revision (the button and the menu both come here: a
        slot taking the reason would receive their `checked` flag instead)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("修订评分表"))
        dialog.setLabelText(self.tr("请填写修订原因（将记入修订记录）："))
        if dialog.exec() == QDialog.Accepted:
            self.revise_with_reason(dialog.textValue())

    def revise_with_reason(self, reason: str) -> None:
        if not reason.strip():
            self._tell(self.tr("修订评分表"), self.tr("修订原因不能为空。"))
            return
        with self.database.session() as session:
            self.sheet_id = revise_sheet(session, self.sheet_id, reason).id
        self.show_current_sheet()

    # --- packages in, returns out ------------------------------------------------------
    def choose_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开评审包"), "", self.tr("评审包 (*.rvwpkg);;所有文件 (*)"))
        if name:
            self.open_package_file(Path(name))

    def open_package_file(self, path: Path) -> WorkbenchWindow | None:
        window = open_package_window(self, path, self._warn)
        if window is not None:
            self.other_windows.append(window)
        return window

    def trust_secretariat(self) -> None:
        from reviewer_app.gui.workbench.trust_dialog import TrustSecretariatDialog

        self.trust_dialog = TrustSecretariatDialog(self)
        self.trust_dialog.open()

    def choose_return_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出评分回传文件"), f"评分回传_{self.reviewer_name}.rvwret",
                                              self.tr("回传文件 (*.rvwret)"))
        if name:
            self.export_return_file(Path(name))

    def export_return_file(self, path: Path) -> Path | None:
        unsigned = [e.code for e in self.case_model.entries if e.progress is not Progress.SIGNED]
        if unsigned and not self._export_without(unsigned):
            return None
        keys, problem = ask_for_keys(self, key_file(), self.tr("请输入本机密钥口令以签署回传文件"))
        if keys is None:
            if problem:
                self._warn(problem)
            return None
        try:
            written = export_return(self.database, path, keys, trusted_keys(data_dir()))
        except (ExchangeError, TrustError, OSError) as error:
            self._warn(str(error))
            return None
        self._tell(self.tr("导出完成"), self.tr("回传文件已写入并校验：\n{path}").format(path=written))
        return written

    def _export_without(self, unsigned: list[str]) -> bool:
        """Whether to export although these case files are not signed (only signed sheets go)."""
        listed = "、".join(unsigned[:12]) + (self.tr(" 等") if len(unsigned) > 12 else "")
        box = QMessageBox(QMessageBox.Question, self.tr("导出评分回传文件"), self.tr(
            "有 {count} 件案卷尚未签名，不会包含在回传文件中：\n{codes}\n\n只导出已签名的评分表吗？").format(
            count=len(unsigned), codes=listed), QMessageBox.NoButton, self)
        export = box.addButton(self.tr("只导出已签名的"), QMessageBox.AcceptRole)
        box.addButton(self.tr("返回继续评分"), QMessageBox.RejectRole)
        box.setDefaultButton(export)
        self.message_box = box
        box.exec()
        return box.clickedButton() is export

    def _warn(self, text: str) -> None:
        self.message_box = QMessageBox(QMessageBox.Warning, self.tr("无法完成"), text, QMessageBox.Ok, self)
        self.message_box.open()

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().endswith(".rvwpkg"):
                self.open_package_file(Path(url.toLocalFile()))

    # --- layout ------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("workbench/geometry")
        if geometry is not None:  # as last left, moved and shrunk onto this screen if need be
            fit_to_screen(self, QSize(1500, 900), geometry)
        state = settings.value("workbench/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        viewer_state = settings.value("workbench/viewer_splitter")
        if viewer_state is not None:
            self.viewer.splitter.restoreState(viewer_state)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.panel.flush()
        self.viewer._remember_position()
        settings = app_settings()
        settings.setValue("workbench/geometry", self.saveGeometry())
        settings.setValue("workbench/splitter", self.splitter.saveState())
        settings.setValue("workbench/viewer_splitter", self.viewer.splitter.saveState())
        self.database.close()
        super().closeEvent(event)


def open_package_window(parent: QWidget | None, path: Path, warn: Callable[[str], None]) -> WorkbenchWindow | None:
    """Verify a received package before anything is shown, load it into this laptop's round
    folder, remember it among the recent, and open the workbench on it."""
    from reviewer_app.gui.recent import remember

    keys, problem = ask_for_keys(parent, key_file(), QCoreApplication.translate("WorkbenchWindow", "请输入本机密钥口令以解开评审包"))
    if keys is None:
        if problem:
            warn(problem)
        return None
    try:
        trusted = trusted_keys(data_dir())
        folder = package_folder(data_dir() / "rounds", path)
        db_path = run_with_progress(parent, QCoreApplication.translate("WorkbenchWindow", "正在校验并载入评审包……"),
                                    lambda report: open_package(path, keys, folder, trusted))
    except (ExchangeError, TrustError) as error:
        untrusted = "确认过的秘书处" in str(error)
        warn(str(error) + (QCoreApplication.translate(
            "WorkbenchWindow", "\n\n确认秘书处：开始页的“信任秘书处…”，或工作台菜单“文件 › 信任秘书处…”。") if untrusted else ""))
        return None
    opened = Database(db_path)
    with opened.session() as session:
        reviewer_id = session.scalar(select(ReviewerRecord.id))
    opened.close()
    remember("workbench", db_path, path.stem)
    window = WorkbenchWindow(db_path, reviewer_id)
    window.show()
    return window
