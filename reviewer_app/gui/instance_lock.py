"""One application per database: a second one opening the same file is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseInUse(RuntimeError):
    pass


def lock_database(db_path: Path) -> QLockFile:
    """Hold the returned lock for as long as the database is open (stale locks of crashed
    processes are taken over)."""
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        raise DatabaseInUse(f"评查数据库“{db_path.name}”已在另一个程序窗口中打开；请切换到那个窗口，或关闭它后再打开。")
    return lock
