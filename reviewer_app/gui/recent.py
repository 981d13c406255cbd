"""The rounds and packages opened recently, newest first, for the start screen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reviewer_app.gui.settings import app_settings

KEEP = 10


@dataclass(frozen=True)
class Recent:
    kind: str  # "round" (the secretariat's console) or "workbench" (a reviewer's opened package)
    path: Path
    label: str

    @property
    def exists(self) -> bool:
        return self.path.is_file()


def recent() -> list[Recent]:
    try:
        entries = json.loads(str(app_settings().value("recent", "[]")))
        return [Recent(e["kind"], Path(e["path"]), e["label"]) for e in entries][:KEEP]
    except (ValueError, KeyError, TypeError):
        return []  # a damaged setting is forgotten, not an error


def remember(kind: str, path: Path, label: str) -> None:
    entries = [e for e in recent() if e.path != path.resolve()]
    entries.insert(0, Recent(kind, path.resolve(), label))
    app_settings().setValue("recent", json.dumps(
        [{"kind": e.kind, "path": str(e.path), "label": e.label} for e in entries[:KEEP]], ensure_ascii=False))


def forget_all() -> None:
    app_settings().setValue("recent", "[]")
