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


def division_table() -> Path:
    """China's administrative divisions, province to village (jionlp's data file, found without
    importing jionlp; the desktop build carries the file itself, see build.spec)."""
    import importlib.util

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "jionlp" / "dictionary" / "china_location.zip"
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("未安装行政区划数据（jionlp），无法识别地名")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"


CJK_FONT = resource_path("fonts", "wqy-microhei.ttc")
