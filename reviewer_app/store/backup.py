"""Automatic database backups with SQLite's online backup API, the last ten kept."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

KEEP = 10


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Newest first."""
    folder = backups_dir(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.db"), reverse=True) if folder.is_dir() else []


def _copy(source: Path, target: Path) -> None:
    # The online backup copies a consistent snapshot even while the source is in use.
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _bytes_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:  # the -wal goes when the last connection closes, in any process, at any moment
        return 0


def backup_database(db_path: Path, reason: str = "", keep: int = KEEP) -> Path:
    """A consistent copy in backups/; refused, before anything is written, when the disk has no
    room for it and for the work that follows."""
    from reviewer_app.store.database import DatabaseProblem, free_megabytes

    folder = backups_dir(db_path)
    size = sum(_bytes_of(p) for p in (db_path, db_path.with_name(db_path.name + "-wal"))) / 1024**2
    needed = 2 * size + 20  # the copy, and as much again for the database to grow by
    free = free_megabytes(db_path.parent)
    if free < needed:
        raise DatabaseProblem(f"磁盘空间不足：“{db_path.name}”所在磁盘只剩 {free:.0f} MB，备份和写入至少需要 {needed:.0f} MB；"
                              "请清理磁盘后重试。没有作任何改动。")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}{('-' + reason) if reason else ''}.db"
    _copy(db_path, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)  # another process pruning at the same moment may have taken it
    return target


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put a backup in place of the database, after backing up the current state first."""
    if not backup.is_file():
        raise FileNotFoundError(f"找不到备份文件：{backup}")
    safety = backup_database(db_path, "before-restore")
    _copy(backup, db_path)
    return safety
