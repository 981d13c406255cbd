"""Publishing the final results: who issues them and on what day. Refused, with what is still
open, while any result is provisional; once recorded, every report prints the issuer and date."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.documents.text import CHINA
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.store.database import Database
from reviewer_app.core.consolidation import RoundResults
from reviewer_app.store.awards import publication_questions
from reviewer_app.store.rounds import PublicationRefused, only_round, publish_results, withdraw_publication


class PublishDialog(QDialog):
    published = Signal()
    withdrawn = Signal()

    def __init__(self, database: Database, results: RoundResults, parent: QWidget | None = None) -> None:
        """results: the console's, as of its last reload (totalling every sheet again here would
        freeze the window for seconds on a provincial round)."""
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("发布最终结果"))
        with database.session() as session:
            round_record = only_round(session)
            issuer, issued_on = round_record.issuing_body, round_record.issued_on
            self.open_questions = publication_questions(session, round_record, results)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("发布后，导出的报告载明发布单位和日期。尚有待决事项时不能发布。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.issuer = QLineEdit(issuer, placeholderText=self.tr("如：省生态环境厅"))
        form.addRow(self.tr("发布单位(&I)："), self.issuer)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")  # as the command line writes it, read the same in any language
        today = issued_on or datetime.now(CHINA).date()
        self.date.setDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("发布日期(&D)："), self.date)
        layout.addLayout(form)
        if issued_on is not None:
            layout.addWidget(self._withdrawal(issuer, issued_on.isoformat()))
        self.message = OutcomeLabel()
        layout.addWidget(self.message)
        if self.open_questions:
            shown = "；".join(self.open_questions[:3]) + ("；……" if len(self.open_questions) > 3 else "")
            self.message.say(self.tr("尚有 {count} 项待决事项：{shown}").format(count=len(self.open_questions), shown=shown),
                             error=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("发布"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.issuer.textChanged.connect(self._update)
        self._update()

    def _withdrawal(self, issuer: str, issued_on: str) -> QGroupBox:
        """Published results are frozen (store.rounds.refuse_if_published): changing them again
        starts here, with a reason for the audit trail."""
        box = QGroupBox(self.tr("已于 {date} 由{issuer}发布").format(date=issued_on, issuer=issuer))
        column = QVBoxLayout(box)
        note = QLabel(self.tr("发布后，导入评分表、裁定、复核、分配等会改变结果的操作都不再接受。确需更改时，先撤销发布，改后重新发布。"))
        note.setWordWrap(True)
        column.addWidget(note)
        row = QHBoxLayout()
        self.withdraw_reason = QLineEdit(placeholderText=self.tr("撤销理由（记入操作日志）"))
        row.addWidget(self.withdraw_reason)
        self.withdraw_button = QPushButton(self.tr("撤销发布(&W)"))
        self.withdraw_button.clicked.connect(self.withdraw)
        row.addWidget(self.withdraw_button)
        column.addLayout(row)
        return box

    def withdraw(self) -> None:
        try:
            with self.database.session() as session:
                withdraw_publication(session, only_round(session), self.withdraw_reason.text())
        except PublicationRefused as refusal:
            self.message.say(str(refusal), error=True)
            return
        self.withdrawn.emit()
        self.accept()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.issuer.text().strip()) and not self.open_questions)

    def publish(self) -> None:
        issued_on = self.date.date().toPython()
        try:
            with self.database.session() as session:
                publish_results(session, only_round(session), self.issuer.text(), issued_on, self.open_questions)
        except PublicationRefused as refusal:
            self.message.say(str(refusal), error=True)
            return
        self.published.emit()
        self.accept()
