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


def copy_database(source: Path, target: Path) -> None:
    # The online backup copies a consistent snapshot even while the source is in use.
    from reviewer_app.store.recognition import is_writable, read_only_connection

    # On read-only media nothing else writes it, and SQLite could not make its lock files there.
    src = sqlite3.connect(source) if is_writable(source) else read_only_connection(source)
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
    copy_database(db_path, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)  # another process pruning at the same moment may have taken it
    return target


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put a backup in place of the database, after backing up the current state first; only
    a backup of this same round database is taken (checked whole, before anything is written)."""
    check_backup_of(backup, db_path)
    safety = backup_database(db_path, "before-restore")
    copy_database(backup, db_path)
    return safety


def check_backup_of(backup: Path, db_path: Path) -> None:
    """DatabaseProblem unless `backup` is a sound copy of the round database at `db_path`: the
    same identity, or, for a copy from before identities were kept or a database too damaged
    to say, one this program made in the database's own backups folder."""
    from reviewer_app.store.problems import DatabaseProblem
    from reviewer_app.store.recognition import database_identity, read_only_connection

    if not backup.is_file():
        raise DatabaseProblem(f"找不到备份文件：{backup}")
    theirs = database_identity(backup)
    connection = read_only_connection(backup)
    try:
        verdict = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
    finally:
        connection.close()
    if verdict != "ok":
        raise DatabaseProblem(f"备份“{backup.name}”已损坏（{verdict}），不能用于恢复；请选择另一个备份。没有作任何改动。")
    try:
        ours = database_identity(db_path) if db_path.exists() else None
    except DatabaseProblem:
        ours = None  # the damaged database a restore is for
    own_folder = backup.resolve().parent == backups_dir(db_path.resolve()) and backup.name.startswith(f"{db_path.stem}-")
    if theirs and ours:
        if theirs != ours:
            raise DatabaseProblem(f"“{backup.name}”是另一个评查数据库的备份，不是“{db_path.name}”的；没有作任何改动。"
                                  "请选择这一轮自己的备份（在它旁边的 backups 文件夹中）。")
    elif not own_folder:
        raise DatabaseProblem(f"无法确认“{backup.name}”是“{db_path.name}”的备份；没有作任何改动。"
                              "请从这一轮旁边的 backups 文件夹中选择备份。")
