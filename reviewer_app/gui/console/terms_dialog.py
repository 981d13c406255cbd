"""敏感词列表: what the redaction search looks for. Unit and region names are always in it; the
secretariat adds what else identifies a file (a person, a company, a village) or removes what
it added, then searches the documents again for new proposals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.anonymise.round_anonymisation import add_terms, prefill_terms, propose_redactions, remove_term, stored_terms
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.gui.operations import run_on_database
from reviewer_app.pdf.trial_pool import Cancelled
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round

SOURCES = {
    "unit": QT_TRANSLATE_NOOP("SensitiveTermsDialog", "参评单位"),
    "region": QT_TRANSLATE_NOOP("SensitiveTermsDialog", "地区"),
    "reviewer": QT_TRANSLATE_NOOP("SensitiveTermsDialog", "评审人员"),
    "manual": QT_TRANSLATE_NOOP("SensitiveTermsDialog", "手工添加"),
}


class SensitiveTermsDialog(QDialog):
    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("敏感词列表"))
        self.database = Database(database_path)
        self.round_folder = database_path.parent
        with self.database.session() as session:
            prefill_terms(session, only_round(session))  # a new round starts with its names listed
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.ExtendedSelection)
        self.list.installEventFilter(self)
        self.new_term = QLineEdit(placeholderText=self.tr("输入敏感词，按回车添加（如企业名称、人名、村名）"))
        self.new_term.returnPressed.connect(self.add)
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self.remove_selected)
        self.search_button = QPushButton(self.tr("重新检索文书"))
        self.search_button.setToolTip(self.tr("按当前列表检索全部文书，提出新的遮盖建议；已作出的决定保留"))
        self.search_button.clicked.connect(self.search_again)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        for button in (add, remove, self.search_button, close):
            button.setAutoDefault(False)  # Enter in the term field adds the term, nothing else
        self.message = OutcomeLabel()
        entry = QHBoxLayout()
        entry.addWidget(self.new_term, 1)
        entry.addWidget(add)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("参评单位和地区名称始终检索（灰色，不能删除）；简称（如去掉“市”“县”）自动一并检索。")))
        layout.addWidget(self.list, 1)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(520, 560)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            terms = stored_terms(session, only_round(session))
        self.list.clear()
        for term in terms:
            item = QListWidgetItem(f"{term.term}　（{self.tr(SOURCES[term.source])}）")
            item.setData(Qt.UserRole, term.term)
            if term.fixed:
                item.setForeground(QBrush(QColor("#757575")))
                item.setFlags(item.flags() & ~Qt.ItemIsSelectable)
            self.list.addItem(item)

    def terms(self) -> list[str]:
        return [self.list.item(n).data(Qt.UserRole) for n in range(self.list.count())]

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if watched is self.list and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Delete:
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def add(self) -> None:
        text = self.new_term.text().strip()
        if not text:
            return
        if len(text) < 2:
            self.message.say(self.tr("敏感词至少两个字。"), error=True)
            return
        with self.database.session() as session:
            added = add_terms(session, only_round(session), [(text, "manual")])
        self.new_term.clear()
        self.message.say(self.tr("已添加“{term}”。重新检索文书后生效。").format(term=text) if added
                  else self.tr("“{term}”已在列表中。").format(term=text))
        self.reload()

    def remove_selected(self) -> None:
        chosen = [item.data(Qt.UserRole) for item in self.list.selectedItems()]
        if not chosen:
            return
        try:
            with self.database.session() as session:
                round_record = only_round(session)
                for term in chosen:
                    remove_term(session, round_record, term)
        except (LookupError, ValueError) as error:
            self.message.say(str(error), error=True)
        else:
            self.message.say(self.tr("已删除：{terms}。已接受的遮盖框保留，请在审核页面逐一确认。").format(terms="、".join(chosen)))
        self.reload()

    def search_again(self) -> int:
        def work(database, report):  # noqa: ANN001, ANN202
            report(0, 0, self.tr("正在检索全部文书……"))
            return propose_redactions(database, self.round_folder, report, report.cancelled)

        try:
            found = run_on_database(self, self.tr("正在按敏感词检索文书……"), self.database.path, work, cancellable=True)
        except Cancelled:
            self.message.say(self.tr("已取消。已检索的文书的建议已保存。"))
            return 0
        text = self.tr("检索完成：新提出遮盖建议 {count} 处，新增待人工查看 {pages} 页。").format(
            count=found.proposals, pages=found.pages_to_look)
        if found.problems:
            text += self.tr("\n以下文书无法检索，请更换原件：{problems}").format(problems="；".join(found.problems))
        self.message.say(text, error=bool(found.problems))
        return found.proposals

    def done(self, result: int) -> None:
        self.database.close()
        super().done(result)
