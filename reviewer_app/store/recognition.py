"""Is this file one of our round databases? Answered before SQLite may write a byte into it.

Another program's SQLite file, or one crafted to look like ours, must not be migrated, merged
or run: opening it read-only and looking first keeps its triggers from firing, its views from
running and a stray write-ahead log from being merged into a good round.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from reviewer_app.resources import migrations_path
from reviewer_app.store.problems import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"
# Written into every round database's header (PRAGMA application_id): "AJPC", 案卷评查.
APPLICATION_ID = int.from_bytes(b"AJPC", "big")
# The revision that first wrote the application id and the database's identity.
FIRST_MARKED_REVISION = "0016"

# Files this process has already looked at, by (device, inode): a worker thread opening its
# own connection need not check the log again.
_recognised: set[tuple[int, int]] = set()


def known_revisions() -> set[str]:
    return {path.name[:4] for path in (migrations_path() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")}


def check_database_file(path: Path) -> None:
    """Refuse, by name, a file that is not a SQLite database at all."""
    if path.is_dir():
        raise DatabaseProblem(f"“{path}”是一个文件夹，不是评查数据库文件")
    if not path.exists():
        return  # a new round's database is created here
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseProblem(f"无法读取评查数据库“{path}”：{error.strerror}") from None
    if not header:
        raise DatabaseProblem(f"“{path.name}”是空文件（0 字节），不是评查数据库；可能是复制未完成。"
                              "请重新复制，或从备份恢复。文件未作任何改动。")
    if header != SQLITE_HEADER:
        raise DatabaseProblem(f"“{path.name}”不是评查数据库，或文件头已损坏；文件未作任何改动。请确认选择的文件，或从备份恢复。")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def is_writable(path: Path) -> bool:
    """Whether SQLite can write the database and its journal beside it (read-only media,
    write-protected USB sticks and folders without permission cannot)."""
    folder = path.parent
    try:
        if path.exists():
            with path.open("r+b"):
                pass
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return False
    return True


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. Without a write-ahead log beside the file it reads the
    file as it is on disk (SQLite's immutable mode), so that no empty log is left behind."""
    immutable = "&immutable=1" if not wal_path(path).exists() or not is_writable(path) else ""
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro{immutable}", uri=True, timeout=1)
    connection.execute("PRAGMA trusted_schema=OFF")
    connection.execute("PRAGMA query_only=ON")
    return connection


def _foreign(path: Path, why: str) -> DatabaseProblem:
    return DatabaseProblem(f"“{path.name}”不是本程序的评查数据库（{why}）；为安全起见没有打开，文件未作任何改动。"
                           "请确认选择的文件，或从备份恢复。")


def recognise_round_database(path: Path) -> None:
    """Raise DatabaseProblem unless `path` is absent (a new round) or one of our round databases
    with nothing of another program's in it. A write-ahead log beside it is checked unless a
    program of ours holds the round open for writing now (the log is then its own)."""
    from reviewer_app.store.writer_lock import held_by_another

    check_database_file(path)
    if not path.exists():
        return
    try:
        identity = (path.stat().st_dev, path.stat().st_ino)
        connection = read_only_connection(path)
        try:
            _check_marks(path, connection)
            log = wal_path(path)
            if identity not in _recognised and log.exists() and log.stat().st_size and not held_by_another(path):
                _check_log(path, connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(f"评查数据库“{path.name}”已损坏或不是本程序的数据库（{error}）；文件未作任何改动。"
                              "请用“文件 › 从备份恢复”或命令 backup restore 恢复最近的备份。") from None
    _recognised.add(identity)


def _check_marks(path: Path, connection: sqlite3.Connection) -> None:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id not in (0, APPLICATION_ID):
        raise _foreign(path, f"属于另一个程序，标识 {application_id:#010x}")
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables and application_id == 0:
        return  # an empty SQLite file (made by a tool in advance): the round is created in it
    if "alembic_version" not in tables or "rounds" not in tables:
        raise _foreign(path, "没有评查数据库的表")
    revision = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
    known = known_revisions()
    if revision not in known:
        if isinstance(revision, str) and revision > max(known):
            raise DatabaseProblem(f"评查数据库“{path.name}”由更新版本的程序建立（版本 {revision}）；请用新版本程序打开。文件未作任何改动。")
        raise _foreign(path, f"未知的数据库版本 {revision!r}")
    if application_id == 0 and revision >= FIRST_MARKED_REVISION:
        raise _foreign(path, "缺少本程序的标识")
    extras = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name").fetchall()
    if extras:
        listed = "、".join(f"{'触发器' if kind == 'trigger' else '视图'} {name}" for kind, name in extras[:5])
        raise DatabaseProblem(f"评查数据库“{path.name}”含有本程序从不建立的{listed}，可能被其他程序改动过；"
                              "为安全起见没有打开，文件未作任何改动。请从备份恢复，或联系技术支持。")


def _check_log(path: Path, connection: sqlite3.Connection) -> None:
    """A log left by a crash of ours is merged on open; one copied in from another database
    would corrupt this one (rows missing from their indexes is what it looks like), so it is
    read in a connection that cannot merge it and the whole result checked first."""
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(3)")]
    if problems != ["ok"]:
        raise DatabaseProblem(
            f"评查数据库“{path.name}”旁边的日志文件“{wal_path(path).name}”不属于这个数据库（合并后数据不一致：{problems[0]}），"
            "没有合并，数据库未作任何改动。请把该日志文件移出这个文件夹后重新打开；如果数据库刚刚异常退出且仍打不开，请从备份恢复。")


def database_identity(path: Path) -> str | None:
    """The round database's own identity (kept by its backups), None for one from before it
    was recorded; DatabaseProblem if the file is not readable as a round database."""
    recognise_round_database(path)
    connection = read_only_connection(path)
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'database_identity'").fetchone():
            return None
        row = connection.execute("SELECT database_id FROM database_identity").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(f"评查数据库“{path.name}”已损坏（{error}）") from None
    finally:
        connection.close()
