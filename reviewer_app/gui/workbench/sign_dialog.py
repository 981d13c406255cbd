"""Signing a score sheet: its summary, a drawn signature per signer, and the key passphrase."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.exchange.keys import passphrase_problem, passphrase_warning
from reviewer_app.gui.workbench.signature_pad import SignaturePad


class SignDialog(QDialog):
    """Collects what signing needs; the window does the signing and reports errors here."""

    def __init__(self, summary: str, signers: list[str], creating_key: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("签署评分表"))
        self.creating_key = creating_key
        layout = QVBoxLayout(self)
        text = QLabel(summary)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.pads: dict[str, SignaturePad] = {}
        tabs = QTabWidget()
        for signer in signers:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(QLabel(self.tr("请 {name} 在下框内手写签名：").format(name=signer)))
            pad = SignaturePad()
            pad.changed.connect(self._update_ok)
            page_layout.addWidget(pad)
            buttons = QHBoxLayout()
            clear = QPushButton(self.tr("重写"))
            clear.clicked.connect(pad.clear)
            load = QPushButton(self.tr("载入签名图片…"))
            load.clicked.connect(lambda _=False, p=pad: self._load(p))
            buttons.addWidget(clear)
            buttons.addWidget(load)
            buttons.addStretch()
            page_layout.addLayout(buttons)
            tabs.addTab(page, signer)
            self.pads[signer] = pad
        layout.addWidget(tabs)
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.Password)
        self.passphrase.textChanged.connect(self._update_ok)
        form.addRow(self.tr("本机密钥口令："), self.passphrase)
        self.confirm = QLineEdit(echoMode=QLineEdit.Password)
        self.confirm.textChanged.connect(self._update_ok)
        self.passphrase_hint = QLabel()
        self.passphrase_hint.setWordWrap(True)
        if creating_key:
            form.addRow(self.tr("再次输入口令："), self.confirm)
            layout.addWidget(QLabel(self.tr("本机尚无签名密钥，将用此口令新建；请牢记口令。")))
        layout.addLayout(form)
        layout.addWidget(self.passphrase_hint)
        self.error = QLabel()
        self.error.setObjectName("signError")
        self.error.setStyleSheet("color:#c62828")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("确认签名"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _load(self, pad: SignaturePad) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择签名图片"), "", self.tr("图片 (*.png *.jpg *.jpeg *.bmp)"))
        if path and not pad.load_image(QImage(path)):
            self.error.setText(self.tr("无法读取图片：{path}").format(path=path))

    def _update_ok(self) -> None:
        ready = all(not pad.is_empty() for pad in self.pads.values()) and bool(self.passphrase.text())
        if self.creating_key:
            text = self.passphrase.text()
            problem = passphrase_problem(text) if text else None
            warning = passphrase_warning(text) if text and not problem else None
            self.passphrase_hint.setText(problem or warning or "")
            self.passphrase_hint.setStyleSheet("color:#c62828" if problem else "color:#b26a00")
            ready = ready and problem is None and text == self.confirm.text()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ready)

    def signatures(self) -> dict[str, bytes]:
        return {signer: pad.png_bytes() for signer, pad in self.pads.items()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
