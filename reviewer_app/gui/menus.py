"""Menus every window has: settings (interface language) and help (about, log, backups)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reviewer_app import __version__
from reviewer_app.app_log import log_file

from reviewer_app.gui.translations import LANGUAGES, save_language, saved_language



def add_settings_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("settings", "设置(&T)"))
    languages = menu.addMenu(QCoreApplication.translate("settings", "界面语言"))
    group = QActionGroup(window)
    current = saved_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=code == current)
        action.triggered.connect(lambda _=False, c=code: _choose(window, c))
        group.addAction(action)
        languages.addAction(action)


def _choose(window: QMainWindow, language: str) -> None:
    save_language(language)
    box = QMessageBox(QMessageBox.Information, QCoreApplication.translate("settings", "界面语言"),
                      QCoreApplication.translate("settings", "界面语言已更改，重新打开程序后生效。"), QMessageBox.Ok, window)
    box.open()


def about_text() -> str:
    from reviewer_app.exchange.keys import KeyFileError, public_keys_of
    from reviewer_app.user_dirs import key_file

    try:
        key = public_keys_of(key_file()).short_fingerprint if key_file().exists() else QCoreApplication.translate("settings", "尚未建立")
    except (KeyFileError, ValueError, KeyError, OSError):
        key = QCoreApplication.translate("settings", "密钥文件无法读取")
    return QCoreApplication.translate("settings", "环境执法案卷评查 {version}\n\n离线评审、签名评分表、文件交换与汇总。\n本机密钥指纹：{key}\n日志：{log}").format(
        version=__version__, key=key, log=log_file())


def add_help_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("settings", "帮助(&H)"))
    about = QAction(QCoreApplication.translate("settings", "关于(&A)"), window)
    about.triggered.connect(lambda: QMessageBox.about(window, QCoreApplication.translate("settings", "关于"), about_text()))
    menu.addAction(about)
