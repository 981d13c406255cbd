"""UI language: source strings are Chinese (zh_CN, the default); English comes from a .qm
compiled from resources/translations/*.ts by `make translations`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from reviewer_app.resources import resource_path

TRANSLATIONS = resource_path("translations")
LANGUAGES = {"zh_CN": "中文", "en": "English"}

_installed: list[QTranslator] = []


def set_language(language: str) -> bool:
    """Install the translator for language (zh_CN needs none). False if its .qm is missing."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "zh_CN":
        return True
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / f"reviewer_app_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def build() -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__" and sys.argv[1:] == ["build"]:
    build()
