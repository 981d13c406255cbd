"""信任秘书处: the reviewer imports the secretariat's public key file and types the fingerprint
printed on the briefing paper; only then are that secretariat's packages opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.exchange.keys import PublicKeys
from reviewer_app.exchange.trust import TrustError, fingerprint_words, read_public_key_file, trust_secretariat
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.user_dirs import data_dir


class TrustSecretariatDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("信任秘书处"))
        self.loaded: tuple[str, PublicKeys] | None = None
        explanation = QLabel(self.tr(
            "只有您确认过的秘书处发来的评审包才能打开，评分也只回传给它。请选择秘书处发给您的公钥文件，"
            "再把会议材料上印的指纹逐字输入下面的框里（空格和大小写不要紧）。指纹对不上时，请不要信任，并联系秘书处。"))
        explanation.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("选择公钥文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("尚未选择"))
        self.file_label.setWordWrap(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("书面指纹，例如 1A2B 3C4D …（共 64 位）"))
        self.fingerprint.textChanged.connect(lambda _: self._update())
        self.trust_button = QPushButton(self.tr("核对无误，信任"))
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        self.outcome = OutcomeLabel()
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(chooser)
        layout.addWidget(QLabel(self.tr("会议材料上的指纹：")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(620, 260)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择秘书处公钥文件"), "", self.tr("公钥文件 (*.json);;所有文件 (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        try:
            self.loaded = read_public_key_file(path)
        except TrustError as error:
            self.loaded = None
            self.outcome.say(str(error), error=True)
        else:
            # The fingerprint is not shown here on purpose: it is to be read from the paper,
            # not copied from the file that might be the forgery.
            self.file_label.setText(self.tr("{name}（{file}）").format(name=self.loaded[0], file=path.name))
            self.outcome.say("")
        self._update()

    def _update(self) -> None:
        self.trust_button.setEnabled(self.loaded is not None and bool(self.fingerprint.text().strip()))

    def confirm(self) -> None:
        if self.loaded is None:
            return
        name, keys = self.loaded
        try:
            entry = trust_secretariat(data_dir(), name, keys, self.fingerprint.text())
        except TrustError as error:
            self.outcome.say(str(error), error=True)
            return
        self.outcome.say(self.tr("已信任秘书处“{name}”（指纹 {fingerprint}）。现在可以打开它发来的评审包。").format(
            name=entry.name, fingerprint=fingerprint_words(entry.keys)))
