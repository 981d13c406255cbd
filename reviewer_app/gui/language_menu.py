"""Settings → interface language, shared by the windows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reviewer_app.gui.translations import LANGUAGES, save_language, saved_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def add_settings_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(_tr("设置(&T)"))
    languages = menu.addMenu(_tr("界面语言"))
    group = QActionGroup(window)
    current = saved_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=code == current)
        action.triggered.connect(lambda _=False, c=code: _choose(window, c))
        group.addAction(action)
        languages.addAction(action)


def _choose(window: QMainWindow, language: str) -> None:
    save_language(language)
    box = QMessageBox(QMessageBox.Information, _tr("界面语言"),
                      _tr("界面语言已更改，重新打开程序后生效。"), QMessageBox.Ok, window)
    box.open()
