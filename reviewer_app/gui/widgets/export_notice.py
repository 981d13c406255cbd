"""What a finished export says: where the files went, with a button that opens the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def show_export_done(parent: QWidget, text: str, folder: Path) -> QMessageBox:
    """A window-modal notice that never blocks the caller; 打开所在文件夹 shows the files."""
    title = QCoreApplication.translate("ExportNotice", "导出完成")
    box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Close, parent)
    open_folder = box.addButton(QCoreApplication.translate("ExportNotice", "打开所在文件夹"), QMessageBox.ActionRole)
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setDefaultButton(QMessageBox.Close)
    box.open()
    return box
