"""One dialog for every decision the secretariat records on a case file: what was decided (when
the decision has words of its own), why, and for a re-check the score it settled on. 确定 stays
off until the required fields are filled, so an empty reason never reaches the store."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget


@dataclass(frozen=True)
class DecisionAnswer:
    decision: str
    reason: str
    score: str  # as typed; empty for none
    actor: str = "秘书处"  # who decided: a group leader re-checking names themself


def record_or_cancel(dialog: QDialog) -> QDialogButtonBox:
    """记录 and 取消, wired to accept and reject: the buttons of every decision the secretariat records."""
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Ok).setText(QCoreApplication.translate("DecisionDialog", "记录"))
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("DecisionDialog", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class DecisionDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *, with_decision: bool = False,
                 with_score: bool = False, with_actor: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.decision = QLineEdit(placeholderText=self.tr("如：维持原评分、采纳组长复评结果"))
        if with_decision:
            form.addRow(self.tr("决定(&D)："), self.decision)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("必填：依据和理由，将记入审计日志并印在报告中"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        form.addRow(self.tr("理由(&R)："), self.reason)
        self.score = QLineEdit(placeholderText=self.tr("不填则按各评分表计算"))
        self.score.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}(\.\d{0,2})?"), self.score))
        if with_score:
            form.addRow(self.tr("认定得分(&S)："), self.score)
        self.actor = QLineEdit("秘书处", placeholderText=self.tr("如：评审组组长 张三"))
        if with_actor:
            form.addRow(self.tr("复核人(&B)："), self.actor)
        layout.addLayout(form)
        self.buttons = record_or_cancel(self)
        layout.addWidget(self.buttons)
        self.with_decision = with_decision
        for field in (self.decision, self.score, self.actor):
            field.textChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        (self.decision if with_decision else self.reason).setFocus()

    def _update(self) -> None:
        complete = (bool(self.reason.toPlainText().strip()) and (not self.with_decision or bool(self.decision.text().strip()))
                    and bool(self.actor.text().strip()))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(complete)

    def answer(self) -> DecisionAnswer:
        return DecisionAnswer(self.decision.text().strip(), self.reason.toPlainText().strip(), self.score.text().strip(),
                              self.actor.text().strip())
