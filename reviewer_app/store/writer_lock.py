"""One writer per round database, across processes: the console, the workbench and the
command line all take the same lock, and a refusal says who holds it.

The lock is an OS file lock (released by the OS when its process dies, so a crash leaves no
stale lock); beside it a small note says which program holds it, for the refusal message.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout


class DatabaseInUse(RuntimeError):
    pass


def _lock_path(db_path: Path) -> Path:
    # Beside the file itself, whatever path (a link, a relative one) named it.
    real = db_path.resolve()
    return real.with_name(real.name + ".lock")


def _note_path(db_path: Path) -> Path:
    real = db_path.resolve()
    return real.with_name(real.name + ".holder")


def holder_of(db_path: Path) -> str:
    """Who holds the lock, as the holder wrote it down; a general phrase if it did not."""
    try:
        note = json.loads(_note_path(db_path).read_text(encoding="utf-8"))
        since = datetime.fromisoformat(note["since"]).astimezone().strftime("%m月%d日 %H:%M")
        return f"{note['program']}（进程 {note['pid']}，{note['user']}@{note['host']}，自 {since} 起）"
    except (OSError, ValueError, KeyError, TypeError):
        return "另一个程序"


class WriterLock:
    """Held for as long as a program may write to the database."""

    def __init__(self, db_path: Path, program: str) -> None:
        self.db_path = Path(db_path)
        self.program = program
        self._lock = FileLock(str(_lock_path(self.db_path)), is_singleton=False)

    def acquire(self, timeout: float = 0.1) -> WriterLock:
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            raise DatabaseInUse(
                f"评查数据库“{self.db_path.name}”正在被另一个程序使用：{holder_of(self.db_path)}。"
                "请切换到那个窗口并关闭它，或等它完成后再试。") from None
        note = {"program": self.program, "pid": os.getpid(), "host": socket.gethostname(),
                "user": _user(), "since": datetime.now(timezone.utc).isoformat()}
        try:
            _note_path(self.db_path).write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # the note only improves a refusal message; the lock itself holds
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            _note_path(self.db_path).unlink(missing_ok=True)
            self._lock.release()

    unlock = release

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def lock_database(db_path: Path, program: str = "评查程序窗口") -> WriterLock:
    return WriterLock(db_path, program).acquire()


def held_by_another(db_path: Path) -> bool:
    """Whether a program (this one included, through another lock object) holds the round open
    for writing now; False where no lock can even be made (read-only media)."""
    probe = FileLock(str(_lock_path(Path(db_path))), is_singleton=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False
    probe.release()
    return False
