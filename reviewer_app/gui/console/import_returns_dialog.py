"""The secretariat imports many return files at once: drop them (or a folder) here, watch
the progress, read the report: accepted, already imported, refused and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QObject, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.exchange.keys import KeyFileError, WrongPassphrase, open_key_file
from reviewer_app.exchange.returns import ImportResult, Outcome, import_returns
from reviewer_app.gui.vocabulary import label
from reviewer_app.store.database import Database
from reviewer_app.gui.widgets.screen_fit import fit_to_screen

COLOURS = {Outcome.ACCEPTED: "#2e7d32", Outcome.DUPLICATE: "#555555", Outcome.REFUSED: "#c62828"}


def return_files(paths: list[Path]) -> list[Path]:
    """Files as given; folders contribute their .rvwret files."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.rvwret")) if path.is_dir() else [path])
    return found


class _ImportWorker(QObject):
    progressed = Signal(int, int, object)
    finished = Signal()

    def __init__(self, database_path: Path, paths: list[Path], keys) -> None:  # noqa: ANN001
        super().__init__()
        self.database_path, self.paths, self.keys = database_path, paths, keys

    def run(self) -> None:
        database = Database(self.database_path)  # its own connection: this runs off the UI thread
        try:
            import_returns(database, self.paths, self.keys, lambda n, total, result: self.progressed.emit(n, total, result))
        finally:
            database.close()
            self.finished.emit()


class ImportReturnsDialog(QDialog):
    imported = Signal()

    def __init__(self, database_path: Path, key_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入评分回传文件"))
        self.setAcceptDrops(True)
        self.database_path, self.key_path = database_path, key_path
        self.results: list[ImportResult] = []
        self.thread: QThread | None = None

        self.files = QListWidget()
        self.files.setObjectName("returnFiles")
        hint = QLabel(self.tr("把回传文件（.rvwret）或存放它们的文件夹拖到这里，或用下面的按钮选择。"))
        hint.setWordWrap(True)
        add_files = QPushButton(self.tr("选择文件…"))
        add_files.clicked.connect(self._choose_files)
        add_folder = QPushButton(self.tr("选择文件夹…"))
        add_folder.clicked.connect(self._choose_folder)
        self.passphrase = QLineEdit(echoMode=QLineEdit.Password, placeholderText=self.tr("秘书处密钥口令"))
        self.start = QPushButton(self.tr("开始导入"))
        self.start.setDefault(True)  # Enter, in the passphrase or anywhere, starts the import
        self.start.clicked.connect(self.start_import)
        self.passphrase.returnPressed.connect(self.start.click)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QTableWidget(0, 4)
        self.report.setHorizontalHeaderLabels([self.tr("文件"), self.tr("评审人员"), self.tr("结果"), self.tr("说明")])
        self.report.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().hide()

        buttons = QHBoxLayout()
        for widget in (add_files, add_folder):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("密钥：{name}").format(name=key_path.name)))
        buttons.addWidget(self.passphrase)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        fit_to_screen(self, QSize(900, 560))

    # --- choosing files ----------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> None:
        known = {self.files.item(n).text() for n in range(self.files.count())}
        for path in return_files(paths):
            if str(path) not in known:
                self.files.addItem(str(path))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择回传文件"), "", self.tr("回传文件 (*.rvwret);;所有文件 (*)"))
        self.add_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放回传文件的文件夹"))
        if folder:
            self.add_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.add_paths([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    # --- importing ---------------------------------------------------------------------
    def start_import(self) -> None:
        paths = [Path(self.files.item(n).text()) for n in range(self.files.count())]
        if not paths:
            self._say(self.tr("请先添加回传文件。"), error=True)
            return
        try:
            keys = open_key_file(self.key_path, self.passphrase.text())
        except (WrongPassphrase, KeyFileError) as error:
            self._say(str(error), error=True)
            self.passphrase.selectAll()
            return
        self.results = []
        self.report.setRowCount(0)
        self.progress.setMaximum(len(paths))
        self.progress.setValue(0)
        self.start.setEnabled(False)
        self.thread = QThread(self)
        self.worker = _ImportWorker(self.database_path, paths, keys)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.finished.connect(self.thread.quit)
        self.thread.start()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {COLOURS[Outcome.REFUSED]}; font-weight: bold;" if error else "")

    def _progressed(self, done: int, total: int, result: ImportResult) -> None:
        self.results.append(result)
        self.progress.setValue(done)
        self._say(self.tr("正在导入 {done} / {total}：{name}").format(done=done, total=total, name=result.path.name))
        row = self.report.rowCount()
        self.report.insertRow(row)
        for column, text in enumerate((result.path.name, result.reviewer, label(result.outcome.label), result.message)):
            item = QTableWidgetItem(text)
            item.setForeground(QBrush(QColor(COLOURS[result.outcome])))
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            self.report.setItem(row, column, item)

    def _finished(self) -> None:
        counts = {outcome: sum(1 for r in self.results if r.outcome is outcome) for outcome in Outcome}
        self._say(self.tr("完成：导入 {a} 个，已导入过 {d} 个，拒绝 {r} 个。").format(
            a=counts[Outcome.ACCEPTED], d=counts[Outcome.DUPLICATE], r=counts[Outcome.REFUSED]),
            error=counts[Outcome.REFUSED] > 0)
        self.start.setEnabled(True)
        self.imported.emit()
