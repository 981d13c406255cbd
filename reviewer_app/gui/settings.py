"""Settings (window layout, language, reading positions) in the installation's data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reviewer_app.user_dirs import data_dir


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)
