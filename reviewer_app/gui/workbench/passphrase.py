"""Asking for this installation's key passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reviewer_app.exchange.keys import KeyFileError, KeyPair, WrongPassphrase, open_key_file


def ask_for_keys(parent: QWidget | None, key_path: Path, purpose: str) -> tuple[KeyPair | None, str]:
    """(keys, '') when the passphrase opens the key; (None, message) otherwise."""
    passphrase, ok = QInputDialog.getText(parent, parent.tr("密钥口令") if parent else "密钥口令",
                                          f"{purpose}\n{key_path.name}：", QLineEdit.Password)
    if not ok:
        return None, ""
    try:
        return open_key_file(key_path, passphrase), ""
    except (WrongPassphrase, KeyFileError) as error:
        return None, str(error)
