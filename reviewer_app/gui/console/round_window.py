"""The main window over one review round: its case files and its units' results."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.gui.console.results_models import CaseResultsModel
from reviewer_app.gui.console.case_files_tab import CaseFilesTab
from reviewer_app.gui.console.console_tabs import (
    ChartsTab,
    ConflictsTab,
    EligibilityTab,
    FalsificationTab,
    ProgressMatrix,
    RecheckTab,
    VetoRulingTab,
)
from reviewer_app.gui.console.publish_dialog import PublishDialog
from reviewer_app.gui.menus import add_help_menu, add_settings_menu
from reviewer_app.gui.operations import run_with_progress
from reviewer_app.gui.settings import app_settings
from reviewer_app.gui.widgets.export_notice import show_export_done
from reviewer_app.user_dirs import key_file
from reviewer_app.gui.vocabulary import label
from reviewer_app.store.backup import check_backup_of, list_backups, restore_backup
from reviewer_app.store.database import Database, DatabaseProblem
from reviewer_app.gui.console.awards_tab import CollectiveAwardsTab
from reviewer_app.gui.console.candidates_tab import CandidatesTab
from reviewer_app.gui.console.units_tab import UnitsTab
from reviewer_app.store.workbench_queries import reviewers
from reviewer_app.store.results import round_results
from reviewer_app.store.rounds import only_round
from reviewer_app.gui.widgets.screen_fit import fit_to_screen


def _table(model, sort_column: int = 0) -> QTableView:  # noqa: ANN001 - a results model, which sorts itself
    """sort_column -1 keeps the model's own order until a header is clicked."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    # Sized to the first rows once per reload (reload), and then the user's to drag:
    # kept fitted (ResizeToContents), the header measured them again at every layout change,
    # 24,000 calls into the model before a provincial round's console was shown.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setResizeContentsPrecision(50)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class RoundWindow(QMainWindow):
    def __init__(self, database_path: Path, read_only: bool = False) -> None:
        super().__init__()
        self.read_only = read_only
        self.database = Database(database_path, read_only=read_only)
        self.case_model = CaseResultsModel([], self)
        self.units_tab = UnitsTab(self.database, self.reload, _table)
        self.unit_model, self.unit_view = self.units_tab.model, self.units_tab.view
        self.case_view = _table(self.case_model)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.setWordWrap(True)  # a published round adds a clause; the window must still fit a laptop

        tabs = QTabWidget()
        tabs.addTab(self.case_view, self.tr("案卷"))
        tabs.addTab(self.units_tab, self.tr("参评单位"))
        self.case_files_tab = CaseFilesTab(self.database, self.reload)
        self.progress_matrix = ProgressMatrix(self.database, self.reload)
        self.falsification_tab = FalsificationTab(self.database, self.reload)
        self.veto_tab = VetoRulingTab(self.database, self.reload)
        self.recheck_tab = RecheckTab(self.database, self.reload)
        self.eligibility_tab = EligibilityTab(self.database, self.reload)
        self.conflicts_tab = ConflictsTab(self.database, self.reload)
        self.charts_tab = ChartsTab(self.database)
        self.awards_tab = CollectiveAwardsTab(self.database, self.reload)
        self.candidates_tab = CandidatesTab(self.database, self.reload)
        tabs.addTab(self.case_files_tab, self.tr("案卷登记"))
        tabs.addTab(self.eligibility_tab, self.tr("报送要求"))
        tabs.addTab(self.conflicts_tab, self.tr("回避声明"))
        tabs.addTab(self.progress_matrix, self.tr("评分进度"))
        tabs.addTab(self.veto_tab, self.tr("否决裁定"))
        tabs.addTab(self.falsification_tab, self.tr("造假报告"))
        tabs.addTab(self.recheck_tab, self.tr("复核"))
        tabs.addTab(self.charts_tab, self.tr("图表"))
        tabs.addTab(self.awards_tab, self.tr("先进集体评选"))
        tabs.addTab(self.candidates_tab, self.tr("先进个人评选"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary)
        layout.addWidget(tabs)
        self.setCentralWidget(central)
        self.tabs = tabs
        # Each tab reads the database when it is first shown after a change, not all of them at
        # every change: the window opens on a provincial round without reading ten tabs' worth.
        self._tab_loaders = {
            self.case_files_tab: self.case_files_tab.reload, self.eligibility_tab: self.eligibility_tab.reload,
            self.conflicts_tab: self.conflicts_tab.reload, self.progress_matrix: self.progress_matrix.reload,
            self.veto_tab: self.veto_tab.reload, self.falsification_tab: self.falsification_tab.reload,
            self.recheck_tab: lambda: self.recheck_tab.reload(self.results),
            self.charts_tab: lambda: self.charts_tab.reload(self.results),
            # the window's results, not computed again (seconds on a provincial round)
            self.awards_tab: lambda: self.awards_tab.reload(self.results),
            self.candidates_tab: lambda: self.candidates_tab.reload(self.results),
        }
        self._stale_tabs: set[QWidget] = set()
        tabs.currentChanged.connect(lambda _index: self._load_current_tab())

        refresh = QAction(self.tr("刷新(&R)"), self)
        refresh.setShortcut(QKeySequence.Refresh)
        refresh.triggered.connect(self.reload)
        close = QAction(self.tr("退出(&Q)"), self)
        close.setShortcut(QKeySequence.Quit)
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        new_round = QAction(self.tr("新建评查活动(&N)…"), self)
        new_round.setShortcut(QKeySequence.New)
        new_round.triggered.connect(self.open_setup_wizard)
        menu.addAction(new_round)
        import_returns = QAction(self.tr("导入评分回传文件(&I)…"), self)
        import_returns.setShortcut(QKeySequence("Ctrl+I"))
        import_returns.triggered.connect(self.open_import_dialog)
        menu.addAction(import_returns)
        for text, fmt in ((self.tr("导出评分表和报告（PDF）…"), "pdf"), (self.tr("导出评分表和报告（Word）…"), "docx")):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, f=fmt: self.export_documents(f))
            menu.addAction(action)
        round_report = QAction(self.tr("导出评查结果报告(&R)…"), self)
        round_report.setShortcut(QKeySequence("Ctrl+Shift+R"))
        round_report.setToolTip(self.tr("一份报告：评查概况、计分规则、单位排名、各案卷得分、典型问题、评审尺度"))
        round_report.triggered.connect(lambda: self.export_round_report())
        menu.addAction(round_report)
        self.round_report_action = round_report
        export_workbook = QAction(self.tr("导出 Excel(&E)…"), self)
        export_workbook.setShortcut(QKeySequence("Ctrl+E"))
        export_workbook.setToolTip(self.tr("单位得分与排名、案卷得分、评分明细、扣分统计、评审进度、先进集体和先进个人评选，一个工作簿"))
        export_workbook.triggered.connect(lambda: self.export_workbook())
        menu.addAction(export_workbook)
        self.export_workbook_action = export_workbook
        publish = QAction(self.tr("发布最终结果(&P)…"), self)
        publish.setToolTip(self.tr("记录发布单位和日期；此后导出的报告载明二者"))
        publish.triggered.connect(lambda: self.open_publish_dialog())
        menu.addAction(publish)
        self.publish_action = publish
        menu.addSeparator()
        roster = QAction(self.tr("名单：参评单位和评审人员(&L)…"), self)
        roster.triggered.connect(self.open_roster)
        menu.addAction(roster)
        rubric = QAction(self.tr("评分细则(&B)…"), self)
        rubric.triggered.connect(self.open_rubric)
        menu.addAction(rubric)
        terms = QAction(self.tr("敏感词列表(&T)…"), self)
        terms.triggered.connect(self.open_terms)
        menu.addAction(terms)
        review = QAction(self.tr("脱敏审核(&A)…"), self)
        review.triggered.connect(self.open_redaction_review)
        menu.addAction(review)
        precheck = QAction(self.tr("预审：读取文书提示问题(&K)…"), self)
        precheck.setToolTip(self.tr("按规则库读取各案卷文书，提示日期、期限、金额、当事人、条款等问题，随评审包发给评审人员核实"))
        precheck.triggered.connect(self.run_precheck)
        menu.addAction(precheck)
        self.precheck_action = precheck
        sample = QAction(self.tr("随机抽取案卷(&S)…"), self)
        sample.setToolTip(self.tr("按记录在案的随机种子抽取案卷，可设为只评抽中的案卷"))
        sample.triggered.connect(self.open_sample_dialog)
        menu.addAction(sample)
        self.sample_action = sample
        menu.addSeparator()
        restore = QAction(self.tr("从备份恢复…"), self)
        restore.triggered.connect(self.choose_backup)
        menu.addAction(restore)
        menu.addSeparator()
        menu.addAction(refresh)
        menu.addSeparator()
        menu.addAction(close)
        self.reviewer_menu = self.menuBar().addMenu(self.tr("评审工作台(&W)"))
        add_settings_menu(self)
        add_help_menu(self)

        fit_to_screen(self, QSize(1200, 720))
        self.workbenches: list = []
        self.closed = False
        self.reload()
        self._fill_reviewer_menu()

    def reload(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            results = round_results(session, round_record)
            name = round_record.name
            self.publication = (round_record.issuing_body, round_record.issued_on)
        self.round_name, self.results = name, results
        suffix = self.tr("（只读：可查看和导出，不能修改）") if self.read_only else ""
        self.setWindowTitle(f"{name} — 环境执法案卷评查{suffix}")
        self.case_model.set_rows(results.cases)
        self.unit_model.set_rows(results.units)
        for view in (self.case_view, self.unit_view):
            view.resizeColumnsToContents()
        self._stale_tabs = set(self._tab_loaders)
        self._load_current_tab()
        self._show_summary()

    def _publication_changed(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            self.publication = (round_record.issuing_body, round_record.issued_on)
        self._show_summary()

    def _show_summary(self) -> None:
        """The round at a glance; a published round says so, since it then refuses changes."""
        issuer, issued_on = self.publication
        results = self.results
        scored = sum(1 for c in results.cases if c.final_score is not None)
        text = self.tr("评查活动：{name}　　案卷 {total} 件，已出分 {scored} 件　　计分规则：{rule}").format(
            name=self.round_name, total=len(results.cases), scored=scored, rule=results.rules.weights.describe())
        if issued_on is not None:
            text += self.tr("　　已于 {date} 由{issuer}发布，结果不再更改").format(date=issued_on.isoformat(), issuer=issuer)
        self.summary.setText(text)

    def _load_current_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            self._tab_loaders[tab]()

    def secretariat_key(self) -> Path:
        """This installation's key, or the demo round's secretariat key beside its database."""
        demo_key = self.database.path.parent / "keys" / "秘书处.key"
        return key_file() if key_file().exists() or not demo_key.exists() else demo_key

    def open_publish_dialog(self) -> PublishDialog:
        dialog = PublishDialog(self.database, self.results, self)
        dialog.published.connect(lambda: self.statusBar().showMessage(
            self.tr("已发布最终结果：{issuer}").format(issuer=dialog.issuer.text().strip()), 10000))
        dialog.withdrawn.connect(lambda: self.statusBar().showMessage(
            self.tr("已撤销发布：结果可以再更改，改好后请重新发布"), 10000))
        dialog.published.connect(self._publication_changed)
        dialog.withdrawn.connect(self._publication_changed)
        dialog.open()
        self.publish_dialog = dialog
        return dialog

    def open_import_dialog(self):  # noqa: ANN201 - an ImportReturnsDialog
        # Imported when asked for: it brings the exchange and PDF-writing code the window does not need to open.
        from reviewer_app.gui.console.import_returns_dialog import ImportReturnsDialog

        dialog = ImportReturnsDialog(self.database.path, self.secretariat_key(), self)
        dialog.imported.connect(self.reload)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def export_documents(self, fmt: str, folder: Path | None = None) -> list[Path]:
        from reviewer_app.documents.export import ExportError, export_round

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("选择导出到的文件夹"))
            if not chosen:
                return []
            folder = Path(chosen)
        try:
            paths = run_with_progress(self, self.tr("正在导出评分表和报告……"),
                                      lambda report: export_round(self.database, folder, fmt, progress=report))
        except (ExportError, OSError) as error:
            QMessageBox.warning(self, self.tr("导出评分表和报告"), self.tr("部分文件未能导出：{error}").format(error=error))
            return []
        self.export_notice = show_export_done(
            self, self.tr("已导出 {count} 个文件到 {folder}").format(count=len(paths), folder=folder), folder)
        return paths

    def export_round_report(self) -> Path | None:
        """The round report for the leadership meeting, as PDF or Word (chosen by the file type)."""
        from reviewer_app.documents.export import plan_documents, write_documents

        settings = app_settings()
        folder = Path(settings.value("export/folder", str(Path.home())))
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("导出评查结果报告"), str(folder / f"{self.round_name}_评查结果报告.pdf"),
            self.tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"))
        if not chosen:
            return None
        path = Path(chosen)
        fmt = "docx" if path.suffix.lower() == ".docx" or ("docx" in chosen_filter and path.suffix.lower() != ".pdf") else "pdf"
        path = path.with_suffix(f".{fmt}")
        plan = [replace(planned, name=path.stem) for planned in plan_documents(self.database, ("report",))]
        run_with_progress(self, self.tr("正在生成评查结果报告……"), lambda report: list(write_documents(plan, path.parent, fmt, report)))
        settings.setValue("export/folder", str(path.parent))
        self.export_notice = show_export_done(self, self.tr("已导出评查结果报告：\n{path}").format(path=path), path.parent)
        return path

    def export_workbook(self) -> Path | None:
        from reviewer_app.documents.results_workbook import WorkbookError, export_results_workbook

        settings = app_settings()
        folder = Path(settings.value("export/folder", str(Path.home())))
        suggested = folder / f"{self.round_name}_评查结果.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel 工作簿"), str(suggested),
                                                self.tr("Excel 工作簿 (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        try:
            run_with_progress(self, self.tr("正在导出 Excel 工作簿……"),
                              lambda report: export_results_workbook(self.database, path, report))
        except WorkbookError as error:
            QMessageBox.warning(self, self.tr("导出 Excel"), str(error))
            return None
        settings.setValue("export/folder", str(path.parent))
        self.export_notice = show_export_done(self, self.tr("已导出 Excel 工作簿：\n{path}").format(path=path), path.parent)
        return path

    def open_sample_dialog(self) -> None:
        from reviewer_app.gui.console.sample_dialog import SampleDialog

        self.sample_dialog = SampleDialog(self.database, self)
        self.sample_dialog.finished.connect(lambda _=0: self.reload())
        self.sample_dialog.open()

    def open_setup_wizard(self) -> None:
        from reviewer_app.gui.console.setup_wizard import SetupWizard

        wizard = SetupWizard(parent=self)
        wizard.accepted.connect(lambda: self._open_round(wizard.db_path))
        self.setup_wizard = wizard
        wizard.open()

    def _open_round(self, db_path: Path) -> None:
        window = RoundWindow(db_path)
        self.workbenches.append(window)
        window.show()

    def run_precheck(self) -> None:
        """The pre-check over every case file whose documents or rules changed, off the UI thread,
        cancellable; what was read before a cancel is kept and not read again."""
        from reviewer_app.gui.operations import run_on_database
        from reviewer_app.pdf.trial_pool import Cancelled
        from reviewer_app.precheck.run import run_precheck

        def work(database, report):  # noqa: ANN001, ANN202
            return run_precheck(database, self.database.round_folder, report, report.cancelled)

        try:
            done = run_on_database(self, self.tr("正在预审案卷……"), self.database.path, work, cancellable=True)
        except Cancelled:
            self.statusBar().showMessage(self.tr("预审已取消；已读取的案卷已保存，再次预审时从中断处继续。"), 10000)
            return
        text = self.tr("预审完成：读取 {checked} 件案卷（{unchanged} 件未变），提示 {leads} 条。导出“预审提示汇总”可查看全部提示。").format(
            checked=done.checked, unchanged=done.unchanged, leads=done.leads)
        if done.problems:
            text += self.tr("无法读取：{files}").format(files="；".join(done.problems[:5]))
        self.statusBar().showMessage(text, 15000)
        self.reload()

    def open_redaction_review(self) -> None:
        from reviewer_app.gui.console.redaction_review import RedactionReviewDialog

        self.redaction_dialog = RedactionReviewDialog(self.database.path, self)
        self.redaction_dialog.open()

    def open_rubric(self) -> None:
        from reviewer_app.gui.console.rubric_editor import RoundRubricDialog

        self.rubric_dialog = RoundRubricDialog(self.database, self)
        self.rubric_dialog.accepted.connect(self.reload)
        self.rubric_dialog.open()

    def open_roster(self) -> None:
        from reviewer_app.gui.console.roster_dialog import RosterDialog

        self.roster_dialog = RosterDialog(self.database, self)
        self.roster_dialog.finished.connect(lambda _: self.roster_dialog.changed and self._roster_changed())
        self.roster_dialog.open()

    def _roster_changed(self) -> None:
        self.reload()
        self._fill_reviewer_menu()

    def open_terms(self) -> None:
        from reviewer_app.gui.console.terms_dialog import SensitiveTermsDialog

        self.terms_dialog = SensitiveTermsDialog(self.database.path, self)
        self.terms_dialog.open()

    def choose_backup(self) -> None:
        backups = list_backups(self.database.path)
        if not backups:
            QMessageBox.information(self, self.tr("从备份恢复"), self.tr("还没有备份。"))
            return
        name, ok = QInputDialog.getItem(self, self.tr("从备份恢复"), self.tr("选择要恢复的备份（最新在前）："),
                                        [b.name for b in backups], 0, False)
        if ok:
            self.restore(next(b for b in backups if b.name == name))

    def restore(self, backup: Path) -> None:
        """Replace the database with a backup; the current state is backed up first."""
        path = self.database.path
        try:
            check_backup_of(backup, path)
        except DatabaseProblem as problem:
            QMessageBox.warning(self, self.tr("从备份恢复"), str(problem))
            return
        self.database.close()
        safety = restore_backup(backup, path)
        self.database = Database(path)
        for tab in (self.case_files_tab, self.eligibility_tab, self.conflicts_tab, self.progress_matrix, self.veto_tab,
                    self.falsification_tab, self.recheck_tab, self.charts_tab, self.units_tab):
            tab.database = self.database
        self.reload()
        self.statusBar().showMessage(self.tr("已从 {backup} 恢复；恢复前的状态另存为 {safety}").format(
            backup=backup.name, safety=safety.name), 15000)

    def _fill_reviewer_menu(self) -> None:
        """Open the workbench as one of the round's reviewers (until review packages exist,
        the demo's reviewers score in the round's own database)."""
        with self.database.session() as session:
            people = reviewers(session, only_round(session).id)
        self.reviewer_menu.clear()
        for person in people:
            action = self.reviewer_menu.addAction(f"{person.name}（{label(person.track.label)}）")
            action.triggered.connect(lambda _=False, p=person: self.open_workbench(p.id))

    def open_workbench(self, reviewer_id: int) -> None:
        """The workbench as a reviewer sees it: anonymised copies only, never the originals."""
        from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
        from reviewer_app.store.workbench_queries import documents_not_shipped

        with self.database.session() as session:
            missing = documents_not_shipped(session, reviewer_id)
        if missing:
            self.message_box = QMessageBox(QMessageBox.Information, self.tr("评审工作台"), self.tr(
                "此评审人员的案卷中有 {count} 份文书尚未生成脱敏件。评审工作台只显示脱敏件，"
                "请先在“文件 › 脱敏审核”中生成脱敏件。").format(count=missing), QMessageBox.Ok, self)
            self.message_box.open()
            return

        window = WorkbenchWindow(self.database.path, reviewer_id)
        window.setAttribute(Qt.WA_DeleteOnClose)  # closing it is what shows its scores here
        window.destroyed.connect(lambda _=None, closed=window: self._workbench_closed(closed))
        self.workbenches.append(window)
        window.show()

    def _workbench_closed(self, window) -> None:  # noqa: ANN001 - a WorkbenchWindow, already deleted
        self.workbenches = [w for w in self.workbenches if w is not window]
        if not self.closed:
            self.reload()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.closed = True  # a workbench left open must not read the round through a closed console
        self.database.close()
        super().closeEvent(event)
