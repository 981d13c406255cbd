"""Where this installation keeps its data, keys, settings and logs.

REVIEWER_APP_DATA overrides the platform's user data folder (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "reviewer-app"


def data_dir() -> Path:
    override = os.environ.get("REVIEWER_APP_DATA")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def key_file() -> Path:
    return data_dir() / "installation.key"


def demo_dir() -> Path:
    return data_dir() / "demo-round"
