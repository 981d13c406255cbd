"""Database backups: list them, restore one of this round."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer_app.cli.common import (
    round_database,
)


def _backup_list(args: argparse.Namespace) -> int:
    from reviewer_app.store.backup import list_backups

    with round_database(args.db, writer=False):
        pass  # only checks that it is a round database
    backups = list_backups(Path(args.db))
    for path in backups:
        print(path)
    if not backups:
        print("没有备份")
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    from reviewer_app.store.backup import restore_backup
    from reviewer_app.store.writer_lock import WriterLock

    with WriterLock(Path(args.db), "命令行 reviewer-app backup restore"):
        safety = restore_backup(Path(args.backup), Path(args.db))
    print(f"已从 {args.backup} 恢复；恢复前的状态另存为 {safety}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    backup = verbs.add_parser("backup", help="数据库备份").add_subparsers(title="commands", required=True)
    backup_list = backup.add_parser("list", help="列出备份（最新在前）")
    backup_list.add_argument("--db", required=True)
    backup_list.set_defaults(run=_backup_list)
    backup_restore = backup.add_parser("restore", help="用备份恢复数据库（恢复前自动再备份一次）")
    backup_restore.add_argument("--db", required=True)
    backup_restore.add_argument("backup")
    backup_restore.set_defaults(run=_backup_restore)
