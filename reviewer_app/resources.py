"""Where the shipped resources and migrations live, in a checkout and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    # PyInstaller unpacks data beside the executable under sys._MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "db"


CJK_FONT = resource_path("fonts", "wqy-microhei.ttc")
