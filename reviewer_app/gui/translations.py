"""UI language: source strings are Chinese (zh_CN, the default); English comes from a .qm
compiled from resources/translations/*.ts by `make translations`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reviewer_app.resources import resource_path

TRANSLATIONS = resource_path("translations")
LANGUAGES = {"zh_CN": "中文", "en": "English"}

_installed: list[QTranslator] = []


def _install(path: str) -> bool:
    translator = QTranslator()
    if not translator.load(path):
        return False
    QCoreApplication.instance().installTranslator(translator)
    _installed.append(translator)
    return True


def set_language(language: str) -> bool:
    """Install our translation (zh_CN is the source and needs none) and Qt's own, for its
    standard buttons. False if our .qm is missing (run `make translations`)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Dates, numbers and the calendar popup follow the interface language, not the machine's.
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if language == "zh_CN" else QLocale(QLocale.English, QLocale.UnitedKingdom))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(f"{qt_translations}/qtbase_{language}.qm")
    if language == "zh_CN":
        return True
    return _install(str(TRANSLATIONS / f"reviewer_app_{language}.qm"))


def saved_language() -> str:
    from reviewer_app.gui.settings import app_settings

    language = str(app_settings().value("language", "zh_CN"))
    return language if language in LANGUAGES else "zh_CN"


def save_language(language: str) -> None:
    from reviewer_app.gui.settings import app_settings

    app_settings().setValue("language", language)


def build() -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__" and sys.argv[1:] == ["build"]:
    build()
