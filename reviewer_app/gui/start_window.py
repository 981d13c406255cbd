"""The start screen: what someone who has just installed the program sees. A reviewer opens
the package the secretariat gave them; the secretariat opens or creates a round; either can
look at the demo round. Recent rounds and packages are one double-click away, and a package
or a database can be dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.gui.menus import add_help_menu, add_settings_menu
from reviewer_app.gui.recent import Recent, forget_all, recent, remember
from reviewer_app.gui.widgets.screen_fit import fit_to_screen

PACKAGE_SUFFIX, DATABASE_SUFFIX = ".rvwpkg", ".db"


class StartWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("环境执法案卷评查"))
        self.setAcceptDrops(True)
        self.windows: list[QWidget] = []  # what was opened from here, kept alive

        title = QLabel(self.tr("环境执法案卷评查"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("离线评分 · 签名回传 · 汇总排名"))
        self.package_button = self._big_button(self.tr("打开评审包…"), self.tr("评审人员：打开秘书处发来的评审包（.rvwpkg）开始评分"), self.choose_package)
        self.database_button = self._big_button(self.tr("打开评查活动…"), self.tr("秘书处：打开评查活动的数据库（.db）"), self.choose_database)
        self.create_button = self._big_button(self.tr("新建评查活动…"), self.tr("秘书处：登记单位和评审人员、导入案卷、设定评分规则"), self.create_round)
        self.demo_button = self._big_button(self.tr("打开演示评查活动"), self.tr("看看程序怎么用：22 件示例案卷、5 名评审人员"), self.open_demo)
        self.trust_button = QPushButton(self.tr("信任秘书处…"))
        self.trust_button.setToolTip(self.tr("评审人员：导入秘书处公钥并核对会议材料上的指纹；只有确认过的秘书处发来的评审包才能打开"))
        self.trust_button.clicked.connect(self.trust_secretariat)
        QShortcut(QKeySequence.Open, self, self.package_button.click)
        QShortcut(QKeySequence("Ctrl+D"), self, self.database_button.click)
        QShortcut(QKeySequence.New, self, self.create_button.click)

        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(self._recent_activated)
        clear = QPushButton(self.tr("清除列表"))
        clear.clicked.connect(self.clear_recent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")

        actions = QVBoxLayout()
        for button in (self.package_button, self.database_button, self.create_button, self.demo_button):
            actions.addWidget(button)
        actions.addWidget(self.trust_button, 0, Qt.AlignLeft)
        actions.addStretch()
        recent_column = QVBoxLayout()
        recent_column.addWidget(QLabel(self.tr("最近打开（双击或回车打开）")))
        recent_column.addWidget(self.recent_list, 1)
        recent_column.addWidget(clear, 0, Qt.AlignRight)
        columns = QHBoxLayout()
        columns.addLayout(actions, 2)
        columns.addLayout(recent_column, 3)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)
        layout.addWidget(QLabel(self.tr("也可以把评审包（.rvwpkg）或评查活动数据库（.db）拖到这个窗口。")))
        layout.addWidget(self.message)
        self.setCentralWidget(body)
        add_settings_menu(self)
        add_help_menu(self)
        fit_to_screen(self, QSize(860, 520))
        self.fill_recent()

    def _big_button(self, text: str, explanation: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(f"{text}\n{explanation}")
        button.setStyleSheet("text-align: left; padding: 10px 14px;")
        button.setMinimumHeight(58)
        button.clicked.connect(slot)
        return button

    # --- recent ------------------------------------------------------------------------
    def fill_recent(self) -> None:
        self.recent_list.clear()
        for entry in recent():
            kind = self.tr("评审包") if entry.kind == "workbench" else self.tr("评查活动")
            item = QListWidgetItem(f"{entry.label}  [{kind}]\n{entry.path}")
            item.setData(Qt.UserRole, entry)
            if not entry.exists:
                item.setForeground(Qt.gray)
                item.setToolTip(self.tr("文件已不在原处"))
            self.recent_list.addItem(item)
        if self.recent_list.count():
            self.recent_list.setCurrentRow(0)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        entry: Recent = item.data(Qt.UserRole)
        if not entry.exists:
            self.say(self.tr("“{path}”已不在原处（被移动或删除）。").format(path=entry.path))
            return
        if entry.kind == "workbench":
            self.open_database(entry.path, as_reviewer=True)
        else:
            self.open_database(entry.path)

    def clear_recent(self) -> None:
        forget_all()
        self.fill_recent()

    # --- opening -----------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)

    def choose_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开评审包"), "", self.tr("评审包 (*.rvwpkg);;所有文件 (*)"))
        if name:
            self.open_path(Path(name))

    def trust_secretariat(self) -> None:
        from reviewer_app.gui.workbench.trust_dialog import TrustSecretariatDialog

        self.trust_dialog = TrustSecretariatDialog(self)
        self.trust_dialog.open()

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开评查活动"), "", self.tr("评查活动数据库 (*.db);;所有文件 (*)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> QWidget | None:
        """A package or a round database, by what it is."""
        if path.suffix.lower() == PACKAGE_SUFFIX:
            from reviewer_app.gui.workbench.workbench_window import open_package_window

            window = open_package_window(self, path, self.say)
            return self._opened(window)
        if path.suffix.lower() == DATABASE_SUFFIX:
            return self.open_database(path)
        self.say(self.tr("“{name}”既不是评审包（.rvwpkg）也不是评查活动数据库（.db）。").format(name=path.name))
        return None

    def open_database(self, path: Path, as_reviewer: bool = False) -> QWidget | None:
        from reviewer_app.gui.opening import explain_opening_failure, open_database_window

        try:
            reviewer_number = _only_reviewer(path) if as_reviewer else None
            window = open_database_window(path, reviewer_number=reviewer_number)
        except Exception as error:  # noqa: BLE001 - the person gets a message, never a traceback
            self.say(explain_opening_failure(error))
            return None
        if not as_reviewer:
            remember("round", path, _round_name(path) or path.stem)
        window.show()
        return self._opened(window)

    def _opened(self, window: QWidget | None) -> QWidget | None:
        if window is not None:
            self.windows.append(window)
            self.say("")
            self.fill_recent()
        return window

    def create_round(self) -> None:
        from reviewer_app.gui.console.setup_wizard import SetupWizard

        wizard = SetupWizard(parent=self)
        wizard.accepted.connect(lambda: self.open_database(wizard.db_path))
        self.setup_wizard = wizard
        wizard.open()

    def open_demo(self) -> QWidget | None:
        from reviewer_app.gui.opening import ensure_demo_round

        return self.open_database(ensure_demo_round(self))

    # --- drag and drop -----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in (PACKAGE_SUFFIX, DATABASE_SUFFIX)
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(Path(url.toLocalFile()))
        event.acceptProposedAction()


def _only_reviewer(path: Path) -> int:
    from sqlalchemy import select

    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import ReviewerRecord

    database = Database(path)
    try:
        with database.session() as session:
            ids = list(session.scalars(select(ReviewerRecord.id)))
    finally:
        database.close()
    if len(ids) != 1:
        raise LookupError("这不是评审人员从评审包打开的评查活动")
    return ids[0]


def _round_name(path: Path) -> str | None:
    from reviewer_app.store.database import Database
    from reviewer_app.store.rounds import only_round

    database = Database(path)
    try:
        with database.session() as session:
            return only_round(session).name
    except Exception:  # noqa: BLE001 - a name is a nicety
        return None
    finally:
        database.close()
