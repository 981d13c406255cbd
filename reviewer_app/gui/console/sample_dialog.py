"""随机抽取案卷: the secretariat draws a reproducible random sample of the registered case files,
sees it at once, and may set the round to review the sample only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.core.sampling import SampleError
from reviewer_app.gui.vocabulary import label
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.sampling import STRATIFY_LABELS, current_sample, draw_sample, set_review_sample_only


class SampleDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("随机抽取案卷"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("从已登记的全部案卷中随机抽取。同一随机种子抽出的案卷相同，种子、件数和抽取人记录在案，可供复核。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        with database.session() as session:
            round_record = only_round(session)
            total = sum(1 for c in round_record.case_files_only if c.unit_file)
            sample = current_sample(session, round_record)
            sample_only = round_record.review_sample_only
        form = QFormLayout()
        self.seed = QSpinBox(maximum=2**31 - 1)
        self.seed.setValue(sample.seed if sample else 0)
        form.addRow(self.tr("随机种子(&S)："), self.seed)
        self.size = QSpinBox(minimum=1, maximum=max(1, total))
        self.size.setValue(sample.size if sample else min(total, max(1, total // 5)))
        self.size.setSuffix(self.tr(" 件（共 {total} 件）").format(total=total))
        form.addRow(self.tr("抽取件数(&N)："), self.size)
        self.stratify = QComboBox()
        for value, text in STRATIFY_LABELS.items():
            self.stratify.addItem(label(text), value)
        form.addRow(self.tr("分层(&L)："), self.stratify)
        self.drawn_by = QLineEdit(sample.drawn_by if sample else "秘书处")
        form.addRow(self.tr("抽取人(&B)："), self.drawn_by)
        layout.addLayout(form)
        self.draw_button = QPushButton(self.tr("抽取(&D)"))
        self.draw_button.clicked.connect(self.draw)
        layout.addWidget(self.draw_button)
        self.drawn = QPlainTextEdit(readOnly=True)
        self.drawn.setFixedHeight(120)
        layout.addWidget(self.drawn)
        self.sample_only = QCheckBox(self.tr("只评抽中的案卷（自动分配和结果只计这些案卷）(&O)"))
        self.sample_only.setChecked(sample_only)
        self.sample_only.toggled.connect(self.set_sample_only)
        layout.addWidget(self.sample_only)
        self.message = OutcomeLabel()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if sample:
            self._show(sample)

    def draw(self) -> None:
        try:
            with self.database.session() as session:
                sample = draw_sample(session, only_round(session), self.seed.value(), size=self.size.value(),
                                     stratify=self.stratify.currentData(), drawn_by=self.drawn_by.text())
        except SampleError as error:
            self.message.say(str(error), error=True)
            return
        self._show(sample)
        self.message.say(self.tr("已抽取 {n} 件，已记录").format(n=sample.size))

    def set_sample_only(self, on: bool) -> None:
        try:
            with self.database.session() as session:
                set_review_sample_only(session, only_round(session), on)
        except SampleError as error:
            self.message.say(str(error), error=True)
            self.sample_only.blockSignals(True)
            self.sample_only.setChecked(not on)
            self.sample_only.blockSignals(False)
            return
        self.message.say(self.tr("已设为只评抽中的案卷") if on else self.tr("已设为评全部登记的案卷"))

    def _show(self, sample) -> None:  # noqa: ANN001
        self.drawn.setPlainText(sample.description + "\n" + "、".join(sample.codes))
