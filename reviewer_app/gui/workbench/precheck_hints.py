"""A pre-check lead (预审提示) beside the rubric item it bears on: what the rules read, where (a
button per cited page opens it), and the reviewer's answer, 已核实 or 不成立. A lead is a
question for the reviewer, never a deduction: the points stay the reviewer's to give."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reviewer_app.store.precheck import StoredLead

STYLE = ("QFrame#precheckHint { background: #eef4fb; border: 1px solid #8fb3dd; border-radius: 3px; }"
         "QPushButton#confirmed:checked { background: #2e7d32; color: white; font-weight: bold; }"
         "QPushButton#dismissed:checked { background: #616161; color: white; font-weight: bold; }")


class PrecheckHint(QFrame):
    open_page = Signal(int, int)  # document id, page
    answered = Signal(int, str)  # lead id, "confirmed" | "dismissed" | ""

    def __init__(self, lead: StoredLead, document_ids: dict[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precheckHint")
        self.setStyleSheet(STYLE)
        self.lead = lead
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.text_label = QLabel(self.tr("预审提示：{message}").format(message=lead.message))
        self.text_label.setWordWrap(True)
        self.source_label = QLabel(self.tr("依据：{source}（程序读取文书所得，请核实；不自动扣分）").format(source=lead.source))
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color:#555")
        layout.addWidget(self.text_label)
        layout.addWidget(self.source_label)
        pages = QVBoxLayout()  # one cited page a line: side by side they widen the sheet past the panel
        pages.setSpacing(2)
        self.page_buttons = []
        for evidence in lead.evidence:
            document_id = document_ids.get(evidence.get("position"))
            if document_id is None:
                continue
            button = QPushButton(self.tr("查看 {document} 第{page}页").format(document=evidence["document"], page=evidence["page"]))
            if evidence.get("quote"):
                button.setToolTip(evidence["quote"])
            button.clicked.connect(lambda _=False, d=document_id, p=evidence["page"]: self.open_page.emit(d, p))
            self.page_buttons.append(button)
            line = QHBoxLayout()
            line.addWidget(button)
            line.addStretch()
            pages.addLayout(line)
        layout.addLayout(pages)
        row = QHBoxLayout()
        row.addStretch()
        self.confirm = QPushButton(self.tr("已核实"), checkable=True, objectName="confirmed")
        self.confirm.setToolTip(self.tr("看过文书，确有此问题：在对应评分项中扣分或说明"))
        self.dismiss = QPushButton(self.tr("不成立"), checkable=True, objectName="dismissed")
        self.dismiss.setToolTip(self.tr("看过文书，没有此问题（如程序读错了日期）"))
        self.confirm.clicked.connect(lambda on: self._answer("confirmed" if on else ""))
        self.dismiss.clicked.connect(lambda on: self._answer("dismissed" if on else ""))
        row.addWidget(self.confirm)
        row.addWidget(self.dismiss)
        layout.addLayout(row)
        self.show_verdict(lead.verdict)

    def show_verdict(self, verdict: str) -> None:
        self.confirm.setChecked(verdict == "confirmed")
        self.dismiss.setChecked(verdict == "dismissed")

    def _answer(self, verdict: str) -> None:
        self.show_verdict(verdict)
        self.answered.emit(self.lead.id, verdict)
